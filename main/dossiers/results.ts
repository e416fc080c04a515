/** The answer of a lifecycle operation: the new state in words, the reloaded dossier and what was printed. */
import { notFound } from '../core/errors';
import { toVnIso } from '../calendar/vn-time';
import type { PrintOutcome } from '../printing/types';
import { DECLARATION_STATES, DOSSIER_STATES } from './lifecycle';
import { findDeclaration, findDossier } from './repo';
import type { DossierDeps } from './service';
import type { Dossier, TransitionResult } from './types';

/** A dossier as the officer sees it, with its control sheet, without the QR secret. */
export function loadDossier(deps: DossierDeps, code: string): Dossier & { lookupSecret: string } {
  const d = findDossier(deps.db, code);
  if (!d) throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  return d;
}

/** The result of an action on a dossier. */
export function dossierResult(
  deps: DossierDeps,
  code: string,
  now: Date,
  print?: PrintOutcome,
): TransitionResult {
  const { lookupSecret: _secret, ...dossier } = loadDossier(deps, code);
  const info = DOSSIER_STATES[dossier.status];
  return {
    kind: 'dossier',
    code: dossier.code,
    status: dossier.status,
    statusLabel: info.label,
    nationalStatus: info.national,
    at: toVnIso(now),
    dossier,
    ...(print ? { print } : {}),
  };
}

/** The result of an action on a declaration still at the counter. */
export function declarationResult(
  deps: DossierDeps,
  code: string,
  now: Date,
  print?: PrintOutcome,
): TransitionResult {
  const d = findDeclaration(deps.db, code);
  if (!d) throw notFound(`Không tìm thấy tờ khai ${code}.`);
  const info = DECLARATION_STATES[d.status];
  return {
    kind: 'declaration',
    code: d.code,
    status: d.status,
    statusLabel: info.label,
    nationalStatus: info.national,
    at: toVnIso(now),
    declaration: { ...d, procedureName: deps.procedure(d.procedureCode)?.name ?? d.procedureCode },
    ...(print ? { print } : {}),
  };
}
