/** The devices and device_pairings tables; tokens and codes are kept only as SHA-256 hashes. */
import { createHash } from 'node:crypto';
import { withoutSync, type Db } from '../db/database';
import type { DeviceIdentity } from '../core/types';
import type { DeviceKind, DeviceView } from './types';
import { statement } from '../db/statements';

interface DeviceRow {
  id: number;
  kind: DeviceKind;
  name: string;
  printer: string | null;
  office_printer: string | null;
  paired_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

interface PairingRow {
  code_hash: string;
  kind: DeviceKind;
  name: string;
  expires_at: string;
  used_at: string | null;
}

const COLUMNS = 'id, kind, name, printer, office_printer, paired_at, last_seen_at, revoked_at';

/** SHA-256 in hex, for tokens and pairing codes. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const toView = (r: DeviceRow): DeviceView => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  printer: r.printer,
  officePrinter: r.office_printer,
  pairedAt: r.paired_at,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

/** Stores a new pairing code's hash. */
export function insertPairing(
  db: Db,
  p: { codeHash: string; kind: DeviceKind; name: string; at: Date; by: string; expiresAt: Date },
): void {
  statement(
    db,
    `INSERT INTO device_pairings (code_hash, kind, name, created_at, created_by, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(p.codeHash, p.kind, p.name, p.at.toISOString(), p.by, p.expiresAt.toISOString());
}

/** A pairing code by its hash, used or not. */
export function findPairing(db: Db, codeHash: string): PairingRow | undefined {
  return statement<[string], PairingRow>(
    db,
    'SELECT code_hash, kind, name, expires_at, used_at FROM device_pairings WHERE code_hash = ?',
  ).get(codeHash);
}

/** Creates the device of a pairing and marks the code used; call inside one transaction. */
export function insertDevice(
  db: Db,
  d: { kind: DeviceKind; name: string; tokenHash: string; at: Date; codeHash: string },
): DeviceView {
  const id = Number(
    statement(
      db,
      'INSERT INTO devices (kind, name, token_hash, paired_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
    ).run(d.kind, d.name, d.tokenHash, d.at.toISOString(), d.at.toISOString()).lastInsertRowid,
  );
  statement(db, 'UPDATE device_pairings SET used_at = ?, device_id = ? WHERE code_hash = ?').run(
    d.at.toISOString(),
    id,
    d.codeHash,
  );
  return getDevice(db, id) as DeviceView;
}

/** One device by id. */
export function getDevice(db: Db, id: number): DeviceView | undefined {
  const row = statement<[number], DeviceRow>(db, `SELECT ${COLUMNS} FROM devices WHERE id = ?`).get(
    id,
  );
  return row && toView(row);
}

/** Every device, newest pairing first. */
export function listDevices(db: Db): DeviceView[] {
  return statement<[], DeviceRow>(db, `SELECT ${COLUMNS} FROM devices ORDER BY id DESC`)
    .all()
    .map(toView);
}

/** The live (not revoked) device behind a token hash. */
export function deviceByTokenHash(db: Db, tokenHash: string): DeviceView | undefined {
  const row = statement<[string], DeviceRow>(
    db,
    `SELECT ${COLUMNS} FROM devices WHERE token_hash = ? AND revoked_at IS NULL`,
  ).get(tokenHash);
  return row && toView(row);
}

/** Records that a device was seen. */
export function touchDevice(db: Db, id: number, at: Date): void {
  withoutSync(db, () =>
    statement(db, 'UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at.toISOString(), id),
  );
}

/** Marks a device revoked (kept in the list, its token dead). */
export function revokeDevice(db: Db, id: number, at: Date): void {
  statement(db, 'UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(
    at.toISOString(),
    id,
  );
}

/** Sets a device's printers; `officePrinter` undefined leaves that one as it is. */
export function updatePrinters(
  db: Db,
  id: number,
  printer: string | null,
  officePrinter: string | null | undefined,
): void {
  if (officePrinter === undefined)
    statement(db, 'UPDATE devices SET printer = ? WHERE id = ?').run(printer, id);
  else
    statement(db, 'UPDATE devices SET printer = ?, office_printer = ? WHERE id = ?').run(
      printer,
      officePrinter,
      id,
    );
}

/** The identity the core passes around for a device view. */
export const identityOf = (d: DeviceView): DeviceIdentity => ({
  id: d.id,
  kind: d.kind,
  name: d.name,
  printer: d.printer,
  officePrinter: d.officePrinter,
});
