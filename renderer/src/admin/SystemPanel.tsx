/** The hub's storage for the admin (system.status / system.backup): integrity, backups, free space, TLS. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { vnDateTime, vnDecimal1 } from '../format';
import type { SystemStatus } from '../../../main/system/types';

const mb = (bytes: number | null) => (bytes === null ? '—' : `${vnDecimal1(bytes / 1024 ** 2)} MB`);

/** Shows what could lose data before it does, and starts a backup on request. */
export function SystemPanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SystemStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () =>
    call('system.status', {}).then(setStatus, (e: unknown) => setError(errorMessage(e)));
  useEffect(() => {
    void load();
  }, []);
  const backup = async () => {
    setBusy(true);
    setError(null);
    try {
      const b = await call('system.backup', {});
      setDone(b.file);
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const integrity = status?.integrity.status ?? 'unchecked';
  return (
    <section className="card" aria-labelledby="system-title">
      <h2 id="system-title">{t('admin.system.title')}</h2>
      <ErrorNotice message={error} />
      {status?.warnings.map((w) => (
        <p key={w} className="notice notice--warn" role="alert">
          {w}
        </p>
      ))}
      {done && (
        <p className="notice notice--ok" role="status">
          {t('admin.system.backupDone', { file: done })}
        </p>
      )}
      {status && (
        <dl className="system-status">
          <dt>{t('admin.system.integrity')}</dt>
          <dd>
            {integrity === 'ok'
              ? t('admin.system.integrityOk')
              : integrity === 'damaged'
                ? t('admin.system.integrityDamaged')
                : t('admin.system.integrityUnchecked')}
            {status.integrity.checkedAt && ` (${vnDateTime(status.integrity.checkedAt)})`}
          </dd>
          <dt>{t('admin.system.lastBackup')}</dt>
          <dd>
            {status.lastBackup
              ? `${vnDateTime(status.lastBackup.at)} · ${mb(status.lastBackup.bytes)}`
              : t('admin.system.noBackup')}
          </dd>
          <dt>{t('admin.system.freeSpace')}</dt>
          <dd>{mb(status.freeBytes)}</dd>
          <dt>{t('admin.system.backupDir')}</dt>
          <dd>{status.backupDir}</dd>
          <dt>{t('admin.system.fingerprint')}</dt>
          <dd className="system-status__fingerprint">
            {status.tlsFingerprint ?? t('admin.system.noTls')}
          </dd>
        </dl>
      )}
      <button
        type="button"
        className="btn btn--primary"
        disabled={busy}
        onClick={() => void backup()}
      >
        {t('admin.system.backupNow')}
      </button>
    </section>
  );
}
