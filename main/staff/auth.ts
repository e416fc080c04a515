/** Signing in: password check, session tokens, and a brake on password guessing. */
import type { Db } from '../db/database';
import { AppError } from '../core/errors';
import { appendAudit } from '../audit/log';
import {
  callerForToken,
  createSession,
  deleteSession,
  findStaff,
  insertStaff,
  upgradeStaffHash,
} from './repo';
import {
  generatePassword,
  hashPassword,
  needsRehash,
  verifyDummy,
  verifyPassword,
} from './passwords';
import { passwordProblem } from './password-rule';
import { createThrottle, type Throttle } from './throttle';
import { createFailedLogins } from './failed-logins';
import type { LoginResult } from './types';

export interface Auth {
  login(username: string, password: string, now: Date, client?: string): Promise<LoginResult>;
  logout(token: string | null): void;
  resolve(token: string, now: Date): ReturnType<typeof callerForToken>;
  /** Writes pending audit entries and stops the timer. */
  close(): void;
}

export interface AuthOptions {
  /** An officer's session ends after this long unused (default 30 minutes). */
  idleMs?: number;
  throttle?: Throttle;
}

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/** Builds the sign-in service; failures are counted per (user name, address) in memory. */
export function createAuth(db: Db, options: AuthOptions = {}): Auth {
  const throttle = options.throttle ?? createThrottle();
  const failed = createFailedLogins(db);
  const idleMs = options.idleMs ?? 30 * 60_000;
  const timer = setInterval(() => failed.flush(new Date()), 60_000);
  timer.unref();
  return {
    async login(username, password, now, client = 'local') {
      const wait = throttle.wait(username, client, now.getTime());
      if (wait > 0)
        throw new AppError(
          'rate_limited',
          `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 1000)} giây.`,
        );
      const account = findStaff(db, username);
      // Unknown and disabled accounts cost the same scrypt as a real one: timing reveals nothing.
      const ok =
        account?.active === true
          ? await verifyPassword(password, account.passwordHash)
          : await verifyDummy(password);
      if (!account || !ok) {
        throttle.fail(username, client, now.getTime());
        failed.record(username.slice(0, 64), client, now);
        throw new AppError('unauthenticated', WRONG);
      }
      throttle.succeed(username, client);
      if (needsRehash(account.passwordHash))
        upgradeStaffHash(db, account.id, await hashPassword(password));
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
    resolve: (token, now) => callerForToken(db, token, now, idleMs),
    close() {
      clearInterval(timer);
      failed.flush(new Date());
    },
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
  const problem = password ? passwordProblem(password, 'admin') : null;
  if (problem) throw new Error(`Mật khẩu quản trị (MOTCUA_ADMIN_PASSWORD) ${problem}.`);
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
