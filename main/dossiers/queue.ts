/** Today's work at the counter: declarations waiting, dossiers due today or overdue, supplements awaited. */
import { vnDate, vnInstant } from '../calendar/vn-time';
import { findDeclaration, listDossiers, waitingDeclarations } from './repo';
import type { DossierDeps } from './service';
import { statement } from '../db/statements';
import type { QueueView } from './types';

const OPEN = "status IN ('received', 'in_progress', 'handed_over')";
const OPEN_STATES = ['received', 'in_progress', 'handed_over'];
/** Rows per list: a screen's worth; `totals` says how many there are in all. */
export const QUEUE_LIMIT = 50;
const EPOCH = new Date(0).toISOString();

const count = (deps: DossierDeps, sql: string, ...params: string[]) =>
  statement<string[], { n: number }>(deps.db, `SELECT count(*) AS n FROM ${sql}`).get(...params)
    ?.n ?? 0;

/**
 * Open dossiers due in [from, to), soonest first. The index (status, due_at) is read per state
 * for row ids only, merged here, and only the rows shown are loaded: a single `status IN (…)
 * ORDER BY due_at` query would load and sort every matching dossier of the archive.
 */
function openDueBetween(deps: DossierDeps, from: string, to: string) {
  const sql = `SELECT rowid AS id, due_at FROM dossiers WHERE status = ? AND due_at >= ? AND due_at < ?
    ORDER BY due_at LIMIT ${QUEUE_LIMIT}`;
  const ids = OPEN_STATES.flatMap((s) =>
    statement<string[], { id: number; due_at: string }>(deps.db, sql).all(s, from, to),
  )
    .sort((a, b) => (a.due_at < b.due_at ? -1 : a.due_at > b.due_at ? 1 : 0))
    .slice(0, QUEUE_LIMIT)
    .map((r) => r.id);
  return listDossiers(
    deps.db,
    'd.rowid IN (SELECT value FROM json_each(?))',
    [JSON.stringify(ids)],
    QUEUE_LIMIT,
  );
}

/** Builds the officer's queue for the local day of `now`. */
export function todaysQueue(deps: DossierDeps, now: Date): QueueView {
  const [y, m, d] = vnDate(now).split('-').map(Number);
  const start = vnInstant(y, m, d).toISOString();
  const end = vnInstant(y, m, d + 1).toISOString();
  const since = new Date(Date.parse(start) - 7 * 86_400_000);
  const named = (list: ReturnType<typeof waitingDeclarations>) =>
    list.map((decl) => ({
      ...decl,
      procedureName: deps.procedure(decl.procedureCode)?.name ?? decl.procedureCode,
    }));
  const declarations = named(waitingDeclarations(deps.db, since, QUEUE_LIMIT));
  // Declarations sent home for missing papers, for the citizen who comes back with them (30 days).
  const papersSince = new Date(Date.parse(start) - 30 * 86_400_000);
  const declarationsAwaitingPapers = named(
    waitingDeclarations(deps.db, papersSince, QUEUE_LIMIT, 'supplement'),
  );
  const receivedToday = 'd.received_at >= ? AND d.received_at < ?';
  return {
    declarations,
    declarationsAwaitingPapers,
    receivedToday: listDossiers(
      deps.db,
      receivedToday,
      [start, end],
      QUEUE_LIMIT,
      'd.received_at DESC, d.code',
    ),
    dueToday: openDueBetween(deps, start, end),
    overdue: openDueBetween(deps, EPOCH, now.toISOString()),
    awaitingSupplement: listDossiers(deps.db, "d.status = 'supplement_requested'", [], QUEUE_LIMIT),
    totals: {
      declarations: count(
        deps,
        "declarations WHERE status = 'declared' AND created_at >= ?",
        since.toISOString(),
      ),
      declarationsAwaitingPapers: count(
        deps,
        "declarations WHERE status = 'supplement' AND created_at >= ?",
        papersSince.toISOString(),
      ),
      receivedToday: count(deps, 'dossiers WHERE received_at >= ? AND received_at < ?', start, end),
      dueToday: count(deps, `dossiers WHERE ${OPEN} AND due_at >= ? AND due_at < ?`, start, end),
      overdue: count(deps, `dossiers WHERE ${OPEN} AND due_at < ?`, now.toISOString()),
      awaitingSupplement: count(deps, "dossiers WHERE status = 'supplement_requested'"),
    },
  };
}

/** A declaration with its procedure's name, for the officer's "open by code" screen. */
export function getDeclaration(deps: DossierDeps, code: string) {
  const d = findDeclaration(deps.db, code);
  return d && { ...d, procedureName: deps.procedure(d.procedureCode)?.name ?? d.procedureCode };
}
