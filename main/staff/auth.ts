/** Signing in: password check, session tokens, and a brake on password guessing. */
import type { Db } from '../db/database';
import { AppError } from '../core/errors';
import { appendAudit } from '../audit/log';
import { callerForToken, createSession, deleteSession, findStaff, insertStaff } from './repo';
import { generatePassword, hashPassword, verifyPassword } from './passwords';
import type { LoginResult } from './types';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

export interface Auth {
  login(username: string, password: string, now: Date): Promise<LoginResult>;
  logout(token: string | null): void;
  resolve(token: string, now: Date): ReturnType<typeof callerForToken>;
}

/** Builds the sign-in service; failures are counted per user name in memory. */
export function createAuth(db: Db): Auth {
  const failures = new Map<string, { count: number; since: number }>();
  const tooMany = (key: string, now: Date) => {
    const f = failures.get(key);
    if (!f || now.getTime() - f.since > WINDOW_MS) return false;
    return f.count >= MAX_FAILURES;
  };
  const fail = (key: string, now: Date) => {
    const f = failures.get(key);
    if (!f || now.getTime() - f.since > WINDOW_MS)
      failures.set(key, { count: 1, since: now.getTime() });
    else f.count += 1;
  };
  return {
    async login(username, password, now) {
      const key = username.toLowerCase();
      if (tooMany(key, now))
        throw new AppError(
          'rate_limited',
          'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
        );
      const account = findStaff(db, username);
      const ok = account?.active === true && (await verifyPassword(password, account.passwordHash));
      if (!account || !ok) {
        fail(key, now);
        appendAudit(db, { at: now, actor: username, action: 'auth.login_failed' });
        throw new AppError('unauthenticated', 'Tên đăng nhập hoặc mật khẩu không đúng.');
      }
      failures.delete(key);
      const session = createSession(db, account.id, now);
      appendAudit(db, {
        at: now,
        actor: account.username,
        action: 'auth.login',
        subject: account.username,
      });
      return {
        token: session.token,
        role: account.role,
        username: account.username,
        fullName: account.fullName,
        expiresAt: session.expiresAt.toISOString(),
      };
    },
    logout(token) {
      if (token) deleteSession(db, token);
    },
    resolve: (token, now) => callerForToken(db, token, now),
  };
}

/**
 * Creates the `admin` account on an empty database. With no password given it generates one,
 * which the caller prints once: there is no fixed default password.
 */
export async function ensureAdmin(
  db: Db,
  password: string | undefined,
  now: Date,
): Promise<{ created: boolean; generatedPassword?: string }> {
  if (findStaff(db, 'admin')) return { created: false };
  const chosen = password && password.length > 0 ? password : generatePassword();
  insertStaff(
    db,
    {
      username: 'admin',
      passwordHash: await hashPassword(chosen),
      fullName: 'Quản trị viên',
      role: 'admin',
    },
    now,
  );
  appendAudit(db, { at: now, actor: 'system', action: 'staff.create', subject: 'admin' });
  return password ? { created: true } : { created: true, generatedPassword: chosen };
}
