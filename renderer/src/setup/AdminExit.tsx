/** `#/setup/exit`: the admin exit of a locked kiosk or hall display, with the PIN from the settings. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import { shellBridge } from './shellBridge';
import './setup.css';

export function AdminExit() {
  const { t } = useTranslation();
  const bridge = shellBridge();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await bridge?.adminExit(pin);
    setWrong(!result?.ok);
    setPin('');
  };
  return (
    <main className="setup">
      <h1>{t('setup.exitTitle')}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('setup.exitPin')}
          value={pin}
          onChange={setPin}
          error={wrong ? t('setup.exitWrong') : undefined}
          type="password"
          inputMode="numeric"
          autoFocus
        />
        <button type="submit" className="btn btn--primary">
          {t('setup.exit')}
        </button>
      </form>
    </main>
  );
}
