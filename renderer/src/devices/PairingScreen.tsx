/** "Thiết bị chưa được ghép nối": the code from the admin screen, typed (on the kiosk with the on-screen keyboard). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { saveDeviceToken } from '../api/device';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { AttachedKeyboard } from '../input/AttachedKeyboard';
import './devices.css';

interface Props {
  /** The kiosk: a touch keyboard under the field. */
  touch: boolean;
  onPaired: () => void;
  /** Desks and the display may go on without pairing. */
  onSkip?: () => void;
}

export function PairingScreen({ touch, onPaired, onSkip }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await call('devices.pair', { pairingCode: code });
      saveDeviceToken(r.deviceToken);
      onPaired();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className={`pairing${touch ? ' pairing--touch' : ''}`}>
      <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="pairing-title">
        <h1 id="pairing-title">{t('devices.pair.title')}</h1>
        <p>{t('devices.pair.explain')}</p>
        <TextField
          label={t('devices.pair.code')}
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          className="pairing__code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={9}
          required
          data-osk={touch ? 'text' : undefined}
          data-osk-telex="off"
          data-osk-enter="submit"
        />
        <ErrorNotice message={error} />
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy || !code.trim()}>
            {busy ? t('devices.pair.pairing') : t('devices.pair.submit')}
          </button>
          {onSkip && (
            <button type="button" className="btn" onClick={onSkip}>
              {t('devices.pair.skip')}
            </button>
          )}
        </div>
      </form>
      {touch && (
        <AttachedKeyboard names={{ text: t('kiosk.keyboard'), numeric: t('kiosk.numberPad') }} />
      )}
    </main>
  );
}
