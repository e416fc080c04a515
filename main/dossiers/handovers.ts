/** The control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ): each hand-over, its return and their timing. */
import type { Db } from '../db/database';
import { toVnIso, vnDate } from '../calendar/vn-time';
import type { Handover, Timing } from './types';
import { statement } from '../db/statements';

interface HandoverRow {
  sent_at: string;
  giver: string;
  from_unit: string;
  to_unit: string;
  receiver: string | null;
  sent_timing: Timing;
  back_at: string | null;
  back_by: string | null;
  back_timing: Timing | null;
}

/** Early before the due day, on time up to the due instant, late after it: the sheet's three boxes. */
export function timingOf(at: Date, due: Date): Timing {
  if (at.getTime() > due.getTime()) return 'late';
  return vnDate(at) < vnDate(due) ? 'early' : 'on_time';
}

/** Writes a hand-over line; call inside the transaction that moves the dossier. */
export function insertHandover(
  db: Db,
  h: {
    dossier: string;
    at: Date;
    giver: string;
    fromUnit: string;
    toUnit: string;
    receiver?: string;
    timing: Timing;
  },
): void {
  statement(
    db,
    `INSERT INTO dossier_handovers (dossier, sent_at, giver, from_unit, to_unit, receiver, sent_timing)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(h.dossier, h.at.toISOString(), h.giver, h.fromUnit, h.toUnit, h.receiver ?? null, h.timing);
}

/** Closes the open hand-over line (the unit gave the dossier back); returns whether one was open. */
export function closeHandover(
  db: Db,
  dossier: string,
  at: Date,
  by: string,
  timing: Timing,
): boolean {
  return (
    statement(
      db,
      `UPDATE dossier_handovers SET back_at = ?, back_by = ?, back_timing = ?
         WHERE id = (SELECT max(id) FROM dossier_handovers WHERE dossier = ? AND back_at IS NULL)`,
    ).run(at.toISOString(), by, timing, dossier).changes === 1
  );
}

/** The control sheet of one dossier, oldest line first. */
export function listHandovers(db: Db, dossier: string): Handover[] {
  return statement<[string], HandoverRow>(
    db,
    'SELECT * FROM dossier_handovers WHERE dossier = ? ORDER BY id',
  )
    .all(dossier)
    .map((r) => ({
      sentAt: toVnIso(new Date(r.sent_at)),
      giver: r.giver,
      fromUnit: r.from_unit,
      toUnit: r.to_unit,
      ...(r.receiver ? { receiver: r.receiver } : {}),
      sentTiming: r.sent_timing,
      ...(r.back_at ? { backAt: toVnIso(new Date(r.back_at)) } : {}),
      ...(r.back_by ? { backBy: r.back_by } : {}),
      ...(r.back_timing ? { backTiming: r.back_timing } : {}),
    }));
}
