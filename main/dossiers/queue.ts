/** Today's work at the counter: declarations waiting, dossiers due today or overdue, supplements awaited. */
import { vnDate, vnInstant } from '../calendar/vn-time';
import { findDeclaration, listDossiers, waitingDeclarations } from './repo';
import type { DossierDeps } from './service';
import type { QueueView } from './types';

const OPEN = "d.status IN ('received', 'in_progress', 'handed_over')";

/** Builds the officer's queue for the local day of `now`. */
export function todaysQueue(deps: DossierDeps, now: Date): QueueView {
  const [y, m, d] = vnDate(now).split('-').map(Number);
  const start = vnInstant(y, m, d);
  const end = vnInstant(y, m, d + 1);
  const declarations = waitingDeclarations(deps.db, new Date(start.getTime() - 7 * 86_400_000)).map((decl) => ({
    ...decl,
    procedureName: deps.procedure(decl.procedureCode)?.name ?? decl.procedureCode,
  }));
  return {
    declarations,
    receivedToday: listDossiers(deps.db, 'd.received_at >= ? AND d.received_at < ?', [start.toISOString(), end.toISOString()]),
    dueToday: listDossiers(deps.db, `${OPEN} AND d.due_at >= ? AND d.due_at < ?`, [start.toISOString(), end.toISOString()]),
    overdue: listDossiers(deps.db, `${OPEN} AND d.due_at < ?`, [now.toISOString()]),
    awaitingSupplement: listDossiers(deps.db, "d.status = 'supplement_requested'", []),
  };
}

/** A declaration with its procedure's name, for the officer's "open by code" screen. */
export function getDeclaration(deps: DossierDeps, code: string) {
  const d = findDeclaration(deps.db, code);
  return d && { ...d, procedureName: deps.procedure(d.procedureCode)?.name ?? d.procedureCode };
}
