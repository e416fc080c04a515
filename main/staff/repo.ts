/** Staff accounts and their sign-in sessions. */
import { createHash, randomBytes } from 'node:crypto';
import { withoutSync, type Db } from '../db/database';
import type { Caller } from '../core/types';
import type { StaffAccount } from './types';
import { statement } from '../db/statements';

interface StaffRow {
  id: number;
  username: string;
  password_hash: string;
  full_name: string;
  role: Caller['role'];
  active: number;
  created_at: string;
}

const SESSION_HOURS = 12;

const toAccount = (r: StaffRow): StaffAccount => ({
  id: r.id,
  username: r.username,
  fullName: r.full_name,
  role: r.role,
  active: r.active === 1,
  createdAt: r.created_at,
});

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Finds an account by its (case-insensitive) user name, with its password hash. */
export function findStaff(
  db: Db,
  username: string,
): (StaffAccount & { passwordHash: string }) | undefined {
  const row = statement<[string], StaffRow>(
    db,
    'SELECT * FROM staff WHERE username = ? COLLATE NOCASE',
  ).get(username);
  return row && { ...toAccount(row), passwordHash: row.password_hash };
}

/** Every account, for the admin's list. */
export function listStaff(db: Db): StaffAccount[] {
  return statement<[], StaffRow>(db, 'SELECT * FROM staff ORDER BY username').all().map(toAccount);
}

/** Inserts an account; the caller has checked the user name is free. */
export function insertStaff(
  db: Db,
  a: { username: string; passwordHash: string; fullName: string; role: Caller['role'] },
  now: Date,
): StaffAccount {
  const id = statement(
    db,
    'INSERT INTO staff (username, password_hash, full_name, role, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(a.username, a.passwordHash, a.fullName, a.role, now.toISOString()).lastInsertRowid;
  return toAccount(
    statement<[number], StaffRow>(db, 'SELECT * FROM staff WHERE id = ?').get(Number(id))!,
  );
}

/** Enables or disables an account; a disabled account's sessions end. */
export function setStaffActive(db: Db, id: number, active: boolean): void {
  statement(db, 'UPDATE staff SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
  if (!active) statement(db, 'DELETE FROM sessions WHERE staff_id = ?').run(id);
}

/** Stores a stronger hash of the same password (upgrade at sign-in); sessions stay. */
export function upgradeStaffHash(db: Db, id: number, passwordHash: string): void {
  statement(db, 'UPDATE staff SET password_hash = ? WHERE id = ?').run(passwordHash, id);
}

/** Replaces an account's password hash and ends its sessions. */
export function setStaffPassword(db: Db, id: number, passwordHash: string): void {
  statement(db, 'UPDATE staff SET password_hash = ? WHERE id = ?').run(passwordHash, id);
  statement(db, 'DELETE FROM sessions WHERE staff_id = ?').run(id);
}

/** Starts a session; only the token's hash is stored, so a copied database yields no tokens. */
export function createSession(
  db: Db,
  staffId: number,
  now: Date,
): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  statement(db, 'DELETE FROM sessions WHERE expires_at < ?').run(now.toISOString());
  statement(
    db,
    'INSERT INTO sessions (token_hash, staff_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
  ).run(hashToken(token), staffId, now.toISOString(), expiresAt.toISOString(), now.toISOString());
  return { token, expiresAt };
}

/** How often a session's last use is written: often enough for the idle limit, not on every call. */
const TOUCH_MS = 30_000;

/**
 * The active account behind a bearer token, or null when it is unknown, past its 12 hours, or an
 * officer's or admin's session unused for `idleMs` (a desk left signed in). Kiosk accounts do
 * not idle out. A use moves the session's last-seen time on.
 */
export function callerForToken(db: Db, token: string, now: Date, idleMs?: number): Caller | null {
  const row = statement<[string, string], StaffRow & { last_seen_at: string | null }>(
    db,
    `SELECT staff.*, sessions.last_seen_at FROM sessions JOIN staff ON staff.id = sessions.staff_id
       WHERE sessions.token_hash = ? AND sessions.expires_at > ? AND staff.active = 1`,
  ).get(hashToken(token), now.toISOString());
  if (!row) return null;
  const seen = Date.parse(row.last_seen_at ?? '') || 0;
  if (idleMs !== undefined && row.role !== 'kiosk' && now.getTime() - seen > idleMs) {
    deleteSession(db, token);
    return null;
  }
  if (now.getTime() - seen > TOUCH_MS) {
    try {
      withoutSync(db, () =>
        statement(db, 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(
          now.toISOString(),
          hashToken(token),
        ),
      );
    } catch {
      // A full or read-only disk must not sign everyone out; the call itself will say it failed.
    }
  }
  return { id: row.id, username: row.username, fullName: row.full_name, role: row.role };
}

/** Ends a session. */
export function deleteSession(db: Db, token: string): void {
  statement(db, 'DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}
