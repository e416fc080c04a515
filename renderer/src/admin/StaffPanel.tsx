/** Staff accounts: the list and a form to add an officer or admin (staff.list, staff.create). */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api/client';
import { errorFor, toFormError, type FormError } from '../api/fieldErrors';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { vnDateTime } from '../format';
import type { StaffAccount } from '../../../main/staff/types';

type Role = StaffAccount['role'];
const ROLE_KEY = {
  officer: 'admin.roleOfficer',
  admin: 'admin.roleAdmin',
  kiosk: 'admin.roleKiosk',
} as const;

export function StaffPanel() {
  const { t } = useTranslation();
  const [items, setItems] = useState<StaffAccount[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form, setForm] = useState({
    username: '',
    fullName: '',
    password: '',
    role: 'officer' as Role,
  });
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [resetting, setResetting] = useState<string | null>(null);

  const setActive = async (username: string, active: boolean) => {
    setError(null);
    setDone(null);
    try {
      await call('staff.setActive', { username, active });
      setDone(t(active ? 'manage.staff.enabled' : 'manage.staff.disabled', { username }));
      load();
    } catch (err) {
      setError(toFormError(err));
    }
  };

  const load = useCallback(() => {
    call('staff.list', {}).then(
      (r) => setItems(r.items),
      (e: unknown) => setLoadError(errorMessage(e)),
    );
  }, []);
  useEffect(load, [load]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const created = await call('staff.create', {
        ...form,
        fullName: form.fullName.normalize('NFC'),
      });
      setDone(t('admin.created', { username: created.username }));
      setForm({ username: '', fullName: '', password: '', role: 'officer' });
      load();
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('admin.staffTitle')}</h2>
      <ErrorNotice message={loadError} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('admin.username')}</th>
            <th scope="col">{t('admin.fullName')}</th>
            <th scope="col">{t('admin.role')}</th>
            <th scope="col">{t('admin.createdAt')}</th>
            <th scope="col">{t('admin.active')}</th>
            <th scope="col">{t('manage.staff.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>{a.username}</td>
              <td>{a.fullName}</td>
              <td>{t(ROLE_KEY[a.role])}</td>
              <td>{vnDateTime(a.createdAt)}</td>
              <td>{a.active ? t('admin.active') : t('admin.inactive')}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => void setActive(a.username, !a.active)}
                  aria-label={`${a.active ? t('manage.staff.disable') : t('manage.staff.enable')}: ${a.username}`}
                >
                  {a.active ? t('manage.staff.disable') : t('manage.staff.enable')}
                </button>
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => setResetting(a.username)}
                  aria-label={`${t('manage.staff.resetPassword')}: ${a.username}`}
                >
                  {t('manage.staff.resetPassword')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {resetting && (
        <ResetPassword
          key={resetting}
          username={resetting}
          onDone={(username) => {
            setResetting(null);
            setDone(t('manage.staff.resetDone', { username }));
          }}
          onCancel={() => setResetting(null)}
        />
      )}
      <form
        className="form grid-2"
        onSubmit={(e) => void submit(e)}
        aria-label={t('admin.create')}
        noValidate
      >
        <TextField
          label={t('admin.username')}
          value={form.username}
          onChange={(v) => setForm((f) => ({ ...f, username: v }))}
          error={errorFor(error, 'username')}
          autoComplete="off"
        />
        <TextField
          label={t('admin.fullName')}
          value={form.fullName}
          onChange={(v) => setForm((f) => ({ ...f, fullName: v }))}
          error={errorFor(error, 'fullName')}
          autoComplete="off"
        />
        <TextField
          label={t('admin.password')}
          value={form.password}
          onChange={(v) => setForm((f) => ({ ...f, password: v }))}
          error={errorFor(error, 'password')}
          type="password"
          autoComplete="new-password"
        />
        <div className="field">
          <label htmlFor="new-role">{t('admin.role')}</label>
          <select
            id="new-role"
            value={form.role}
            onChange={(e) => setForm((f) => ({ ...f, role: e.target.value as Role }))}
          >
            <option value="officer">{t('admin.roleOfficer')}</option>
            <option value="admin">{t('admin.roleAdmin')}</option>
            <option value="kiosk">{t('admin.roleKiosk')}</option>
          </select>
        </div>
        <div className="span-2">
          <ErrorNotice message={error?.message} />
          {done && (
            <p className="notice notice--ok" role="status">
              {done}
            </p>
          )}
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('admin.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A new password for an account that forgot its own; the core ends its sessions. */
function ResetPassword({
  username,
  onDone,
  onCancel,
}: {
  username: string;
  onDone: (u: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await call('staff.resetPassword', { username, password });
      onDone(username);
    } catch (err) {
      setError(toFormError(err));
    }
  };
  return (
    <form
      className="action-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('manage.staff.resetPassword')}
      noValidate
    >
      <TextField
        label={t('manage.staff.newPassword', { username })}
        value={password}
        onChange={setPassword}
        type="password"
        autoComplete="new-password"
        error={
          errorFor(error, 'password') ??
          (error && error.field !== 'password' ? error.message : undefined)
        }
        autoFocus
      />
      <div className="actions">
        <button type="submit" className="btn btn--primary">
          {t('manage.staff.resetPassword')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('desk.cancel')}
        </button>
      </div>
    </form>
  );
}
