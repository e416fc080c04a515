/**
 * Idempotent accepts: an officer's screen sends one request id per accept attempt, and a retry
 * with the same id (after a timeout, a 500, a reset) gets the first answer and writes nothing.
 */
import { withoutSync, type Db } from '../db/database';
import { findDossier } from './repo';
import type { AcceptResult } from './types';
import { statement } from '../db/statements';

interface RequestRow {
  dossier_code: string;
  answer: string | null;
}

/** The answer an earlier accept with this id gave (or would have given), or null for a new id. */
export function replayAccept(
  db: Db,
  staffId: number,
  requestId: string | undefined,
): AcceptResult | null {
  if (!requestId) return null;
  const row = statement<[number, string], RequestRow>(
    db,
    'SELECT dossier_code, answer FROM accept_requests WHERE staff_id = ? AND request_id = ?',
  ).get(staffId, requestId);
  if (!row) return null;
  if (row.answer) return JSON.parse(row.answer) as AcceptResult;
  // The first attempt stored its dossier but never answered (it is still printing, or the hub
  // stopped): answer from the dossier, and say the slip's fate is in the print journal.
  const d = findDossier(db, row.dossier_code, { history: false });
  if (!d) return null;
  return {
    dossierCode: d.code,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    statutoryDueAt: d.originalDueAt,
    ledgerNo: d.ledger?.no ?? 0,
    ledgerYear: d.ledger?.year ?? 0,
    qrPayload: `${d.code}#${d.lookupSecret}`,
    print: {
      jobId: 0,
      status: 'failed',
      printer: '',
      message: 'Giấy hẹn của hồ sơ này chưa in xong; xem và in lại từ nhật ký in.',
      bytes: 0,
      preview: '',
    },
  };
}

/** Records the request id with its new dossier; call inside the accept's transaction. */
export function rememberAccept(
  db: Db,
  staffId: number,
  requestId: string | undefined,
  dossierCode: string,
  now: Date,
): void {
  if (!requestId) return;
  statement(
    db,
    'INSERT INTO accept_requests (staff_id, request_id, dossier_code, created_at) VALUES (?, ?, ?, ?)',
  ).run(staffId, requestId, dossierCode, now.toISOString());
}

/** Stores the answer once it is known (after printing); a failure here loses nothing. */
export function storeAcceptAnswer(
  db: Db,
  staffId: number,
  requestId: string | undefined,
  answer: AcceptResult,
): void {
  if (!requestId) return;
  try {
    withoutSync(db, () =>
      statement(
        db,
        'UPDATE accept_requests SET answer = ? WHERE staff_id = ? AND request_id = ?',
      ).run(JSON.stringify(answer), staffId, requestId),
    );
  } catch {
    // The dossier is stored; a retry answers from it instead.
  }
}
