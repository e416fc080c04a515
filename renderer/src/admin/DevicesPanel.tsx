/** The "Thiết bị" tab: pair a new kiosk, desk or hall display with a code (large, with its QR), list, revoke, set printers. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { vnDateTime } from '../format';
import type { DeviceKind, DeviceView, PairingCode } from '../../../main/devices/types';
import { DeviceRow } from './DeviceRow';
import '../devices/devices.css';

const KINDS: DeviceKind[] = ['kiosk', 'workstation', 'display'];

export function DevicesPanel() {
  const { t } = useTranslation();
  const [devices, setDevices] = useState<DeviceView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call('devices.list', {}).then(
      (r) => setDevices(r.items),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(load, [load]);

  return (
    <section className="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('devices.admin.title')}</h2>
      <NewPairing onError={setError} />
      <ErrorNotice message={error} />
      <h3 id="devices-list">{t('devices.admin.listTitle')}</h3>
      {devices && devices.length === 0 && <p className="muted">{t('devices.admin.empty')}</p>}
      {devices && devices.length > 0 && (
        <div className="table-scroll">
          <table className="table table--dense" aria-labelledby="devices-list">
            <thead>
              <tr>
                <th scope="col">{t('devices.admin.id')}</th>
                <th scope="col">{t('devices.admin.kind')}</th>
                <th scope="col">{t('devices.admin.nameColumn')}</th>
                <th scope="col">{t('devices.admin.lastSeen')}</th>
                <th scope="col">{t('devices.admin.status')}</th>
                <th scope="col">{t('devices.admin.printers')}</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <DeviceRow key={d.id} device={d} onChange={load} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The form that creates a code, and the code shown large with its QR until it is used or expires. */
function NewPairing({ onError }: { onError: (m: string | null) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DeviceKind>('kiosk');
  const [name, setName] = useState('');
  const [code, setCode] = useState<(PairingCode & { name: string; qr: string }) | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    onError(null);
    try {
      const r = await call('devices.createPairing', { kind, name });
      const qr = await QRCode.toDataURL(r.pairingCode, { margin: 2, width: 200 });
      setCode({ ...r, name, qr });
      setName('');
    } catch (err) {
      onError(errorMessage(err));
    }
  };

  return (
    <>
      <form
        className="form form--inline"
        onSubmit={(e) => void create(e)}
        aria-label={t('devices.admin.createTitle')}
      >
        <SelectField
          className="field--narrow"
          label={t('devices.admin.kind')}
          value={kind}
          onChange={setKind}
          options={KINDS.map((k) => ({ value: k, label: t(`devices.admin.kinds.${k}`) }))}
        />
        <TextField
          label={t('devices.admin.name')}
          value={name}
          onChange={setName}
          maxLength={80}
          required
        />
        <button type="submit" className="btn btn--primary">
          {t('devices.admin.create')}
        </button>
      </form>
      {code && (
        <div className="pairing-code notice" role="status" aria-labelledby="pairing-code-title">
          <div>
            <h3 id="pairing-code-title">{t('devices.admin.codeTitle', { name: code.name })}</h3>
            <p className="pairing-code__value" data-testid="pairing-code">
              {code.pairingCode}
            </p>
            <p>{t('devices.admin.codeHint', { time: vnDateTime(code.expiresAt) })}</p>
          </div>
          <img src={code.qr} width={200} height={200} alt={t('devices.admin.qrAlt')} />
        </div>
      )}
    </>
  );
}
