/** One paired device: kind, name, id, last seen, revoke, and its slip and office printers. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { vnDateTime } from '../format';
import type { DeviceView } from '../../../main/devices/types';

export function DeviceRow({ device: d, onChange }: { device: DeviceView; onChange: () => void }) {
  const { t } = useTranslation();
  const [printer, setPrinter] = useState(d.printer ?? '');
  const [office, setOffice] = useState(d.officePrinter ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [field, setField] = useState<string | undefined>();

  const run = async (work: () => Promise<unknown>, ok: string) => {
    setMessage(null);
    setField(undefined);
    try {
      await work();
      setMessage({ ok: true, text: ok });
      onChange();
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
      setField((err as { field?: string }).field);
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        call('devices.setPrinter', {
          id: d.id,
          printer: printer.trim() || null,
          officePrinter: office.trim() || null,
        }),
      t('devices.admin.saved', { id: d.id }),
    );
  };
  const revoked = d.revokedAt !== null;
  const label = `${d.name} (${t('devices.admin.id')} ${d.id})`;
  return (
    <tr>
      <td>{d.id}</td>
      <td>{t(`devices.admin.kinds.${d.kind}`)}</td>
      <td>{d.name}</td>
      <td>{d.lastSeenAt ? vnDateTime(d.lastSeenAt) : t('devices.admin.never')}</td>
      <td>
        {revoked ? (
          <span className="job-status job-status--failed">
            {t('devices.admin.revoked', { time: vnDateTime(d.revokedAt ?? '') })}
          </span>
        ) : (
          <>
            <span className="job-status job-status--printed">{t('devices.admin.active')}</span>{' '}
            <button
              type="button"
              className="btn btn--small"
              aria-label={`${t('devices.admin.revoke')} ${label}`}
              onClick={() =>
                void run(
                  () => call('devices.revoke', { id: d.id }),
                  t('devices.admin.revoked', { time: '' }),
                )
              }
            >
              {t('devices.admin.revoke')}
            </button>
          </>
        )}
      </td>
      <td>
        {!revoked && (
          <form
            className="device-printers"
            onSubmit={save}
            aria-label={`${t('devices.admin.printers')} ${label}`}
          >
            <TextField
              label={t('devices.admin.printer')}
              hint={d.printer ? undefined : t('devices.admin.hubPrinter')}
              value={printer}
              onChange={setPrinter}
              placeholder={t('devices.admin.printerHint')}
              error={field === 'printer' ? (message?.text ?? undefined) : undefined}
            />
            <TextField
              label={t('devices.admin.officePrinter')}
              value={office}
              onChange={setOffice}
              error={field === 'officePrinter' ? (message?.text ?? undefined) : undefined}
            />
            <button type="submit" className="btn btn--small">
              {t('devices.admin.setPrinters')}
            </button>
          </form>
        )}
        {message && !field && <ErrorNotice message={message.ok ? null : message.text} />}
        {message?.ok && (
          <p className="notice notice--ok" role="status">
            {message.text}
          </p>
        )}
      </td>
    </tr>
  );
}
