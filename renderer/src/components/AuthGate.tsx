/** Shows the sign-in form until an officer (or an admin, when required) is signed in in this tab. */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { toFormError, type FormError } from '../api/fieldErrors';
import {
  clearSession,
  readSession,
  saveSession,
  SIGNED_OUT_EVENT,
  type Session,
} from '../api/session';
import { ErrorNotice } from './ErrorNotice';
import { TextField } from './TextField';

interface Props {
  need: 'officer' | 'admin';
  children: (session: Session, signOut: () => void) => ReactNode;
}

export function AuthGate({ need, children }: Props) {
  const [session, setSession] = useState<Session | null>(() => readSession());

  useEffect(() => {
    const onOut = () => setSession(null);
    window.addEventListener(SIGNED_OUT_EVENT, onOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onOut);
  }, []);

  const signOut = () => {
    const signedOut = () => {
      clearSession();
      setSession(null);
    };
    // Signed out here whether or not the hub heard it (it may be unreachable; the token expires anyway).
    call('auth.logout', {}).then(signedOut, signedOut);
  };

  const allowed =
    session && (session.role === 'admin' || (need === 'officer' && session.role === 'officer'));
  if (!session || !allowed)
    return (
      <SignInForm need={need} refused={Boolean(session && !allowed)} onSignedIn={setSession} />
    );
  return <>{children(session, signOut)}</>;
}

function SignInForm({
  need,
  refused,
  onSignedIn,
}: {
  need: Props['need'];
  refused: boolean;
  onSignedIn: (s: Session) => void;
}) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('auth.login', { username: username.trim(), password });
      const s: Session = {
        token: r.token,
        role: r.role,
        username: r.username,
        fullName: r.fullName,
        expiresAt: r.expiresAt,
      };
      saveSession(s);
      setPassword('');
      onSignedIn(s);
    } catch (err) {
      setError(toFormError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title">{need === 'admin' ? t('signIn.adminTitle') : t('signIn.title')}</h1>
        {refused && <ErrorNotice message={t('signIn.needAdmin')} />}
        <TextField
          label={t('signIn.username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          autoFocus
          required
        />
        <TextField
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          type="password"
          autoComplete="current-password"
          required
        />
        <ErrorNotice message={error?.message} />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t('signIn.signingIn') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
