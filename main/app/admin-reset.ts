/**
 * `npm run admin:reset -- --data DIR`: a new password for `admin` on the hub machine (the one who
 * can open the data directory is trusted). Refuses when it is unclear which data directory is
 * meant (no --data, no database there, no admin account) rather than creating a new one.
 * The new password is printed once; the account's sessions end, and the audit log records it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DB_FILE, openDataDir } from './data-dir';
import { appendAudit } from '../audit/log';
import { generatePassword, hashPassword } from '../staff/passwords';
import { findStaff, setStaffActive, setStaffPassword } from '../staff/repo';

export type ResetResult = { ok: true; password: string } | { ok: false; message: string };

/** Resets the admin password in the data directory named by `--data`. */
export async function resetAdminPassword(argv: string[], now: Date): Promise<ResetResult> {
  let dataDir: string | undefined;
  try {
    dataDir = parseArgs({ args: argv, options: { data: { type: 'string' } }, strict: true }).values
      .data;
  } catch (error) {
    return { ok: false, message: `Tham số không hợp lệ: ${String(error)}` };
  }
  if (!dataDir)
    return {
      ok: false,
      message: 'Cần chỉ rõ thư mục dữ liệu: npm run admin:reset -- --data THƯ_MỤC',
    };
  const file = path.join(path.resolve(dataDir), DB_FILE);
  if (!existsSync(file))
    return { ok: false, message: `Không có cơ sở dữ liệu Một cửa tại ${file}; không đặt lại gì.` };
  const { db } = openDataDir(path.resolve(dataDir));
  try {
    const admin = findStaff(db, 'admin');
    if (!admin) return { ok: false, message: 'Thư mục dữ liệu này không có tài khoản "admin".' };
    const password = generatePassword();
    const hash = await hashPassword(password);
    db.transaction(() => {
      setStaffPassword(db, admin.id, hash);
      if (!admin.active) setStaffActive(db, admin.id, true);
      appendAudit(db, {
        at: now,
        actor: 'system',
        action: 'staff.resetPassword',
        subject: 'admin',
      });
    })();
    return { ok: true, password };
  } finally {
    db.close();
  }
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
)
  void resetAdminPassword(process.argv.slice(2), new Date()).then((result) => {
    if (!result.ok) {
      console.error(result.message);
      process.exit(1);
    }
    console.log(
      `new password of "admin": ${result.password}  (shown once; sessions of admin ended; change it after signing in)`,
    );
  });
