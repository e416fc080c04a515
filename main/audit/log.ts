/** The append-only audit log: who did or read what, when. Triggers forbid edits and deletes. */
import type { Db } from '../db/database';
import type { Caller } from '../core/types';
import type { AuditEntry } from './types';
import { currentScope, deviceLabel } from '../core/call-scope';
import { statement } from '../db/statements';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  detail: string | null;
  device: string | null;
}

/** The name an entry records for a caller: the user name, or `kiosk` for the public. */
export const actorOf = (caller: Caller | null): string => (caller ? caller.username : 'kiosk');

/**
 * Appends one entry. Call it inside the transaction that makes the change it records. The device
 * the call came from (see core/call-scope) is recorded beside the person.
 */
export function appendAudit(
  db: Db,
  entry: { at: Date; actor: string; action: string; subject?: string; detail?: unknown },
): void {
  statement(
    db,
    'INSERT INTO audit (at, actor, action, subject, detail, device) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    entry.at.toISOString(),
    entry.actor,
    entry.action,
    entry.subject ?? null,
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
    deviceLabel(currentScope()),
  );
}

/** Every entry about one subject (a dossier code, a user name), oldest first. */
export function auditOf(db: Db, subject: string): AuditEntry[] {
  return statement<[string], AuditRow>(db, 'SELECT * FROM audit WHERE subject = ? ORDER BY id')
    .all(subject)
    .map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      subject: r.subject ?? undefined,
      detail: r.detail ? (JSON.parse(r.detail) as unknown) : undefined,
      device: r.device ?? undefined,
    }));
}
