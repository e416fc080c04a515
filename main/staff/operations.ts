/** Handlers of the staff contract. */
import type { Db } from '../db/database';
import type { Handlers } from '../core/handlers';
import { conflict, notFound } from '../core/errors';
import { appendAudit, actorOf } from '../audit/log';
import type { staffContract } from './contract';
import type { Auth } from './auth';
import { findStaff, insertStaff, listStaff, setStaffActive, setStaffPassword } from './repo';
import { hashPassword } from './passwords';

function existing(db: Db, username: string) {
  const account = findStaff(db, username);
  if (!account) throw notFound(`Không có tài khoản "${username}".`);
  return account;
}

/** Wires the staff contract to the auth service and the staff repository. */
export function staffHandlers(deps: { db: Db; auth: Auth }): Handlers<typeof staffContract> {
  const { db, auth } = deps;
  return {
    'auth.login': (input, ctx) => auth.login(input.username, input.password, ctx.now, ctx.client),
    'auth.logout': (_input, ctx) => {
      auth.logout(ctx.token);
      return { ok: true };
    },
    'auth.me': (_input, ctx) => ({ caller: ctx.caller }),
    'staff.create': async (input, ctx) => {
      if (findStaff(db, input.username))
        throw conflict(`Tên đăng nhập "${input.username}" đã có người dùng.`);
      const passwordHash = await hashPassword(input.password);
      return db.transaction(() => {
        const account = insertStaff(db, { ...input, passwordHash }, ctx.now);
        appendAudit(db, {
          at: ctx.now,
          actor: actorOf(ctx.caller),
          action: 'staff.create',
          subject: account.username,
          detail: { role: account.role },
        });
        return account;
      })();
    },
    'staff.list': () => ({ items: listStaff(db) }),
    'staff.setActive': (input, ctx) => {
      const account = existing(db, input.username);
      if (!input.active && ctx.caller?.id === account.id)
        throw conflict('Không thể tự khóa tài khoản đang đăng nhập.');
      setStaffActive(db, account.id, input.active);
      appendAudit(db, {
        at: ctx.now,
        actor: actorOf(ctx.caller),
        action: 'staff.setActive',
        subject: account.username,
        detail: { active: input.active },
      });
      const { passwordHash: _hash, ...visible } = account;
      return { ...visible, active: input.active };
    },
    'staff.resetPassword': async (input, ctx) => {
      const account = existing(db, input.username);
      setStaffPassword(db, account.id, await hashPassword(input.password));
      appendAudit(db, {
        at: ctx.now,
        actor: actorOf(ctx.caller),
        action: 'staff.resetPassword',
        subject: account.username,
      });
      return { ok: true };
    },
  };
}
