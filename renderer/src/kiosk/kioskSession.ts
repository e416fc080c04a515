/**
 * What one citizen's visit holds in memory only: what they searched, the declaration they just
 * made, the ticket they took, the dossier they may rate. Nothing typed at the kiosk goes to any
 * storage; the idle reset and "Về trang chủ" drop it.
 */
import { createContext, useContext } from 'react';
import type { Declaration } from '../../../main/dossiers/types';
import type { Procedure } from '../../../main/catalog/types';
import type { TakeResult } from '../../../main/queue/types';

export interface KioskVisit {
  declaration: Declaration | null;
  procedure: Procedure | null;
  /** What the citizen typed in the search, kept while they read a procedure and come back. */
  search: string;
  /** The ticket just taken, shown on the ticket screen. */
  ticket: TakeResult | null;
  /** The dossier the rating is about (after a lookup), or null for a rating of the visit. */
  rateFor: string | null;
}

export const EMPTY_VISIT: KioskVisit = {
  declaration: null,
  procedure: null,
  search: '',
  ticket: null,
  rateFor: null,
};

export interface KioskSessionValue {
  visit: KioskVisit;
  /** Visit number: screens key their state by it so a reset remounts them empty. */
  visitId: number;
  setDeclared: (declaration: Declaration, procedure: Procedure | null) => void;
  setSearch: (query: string) => void;
  setTicket: (ticket: TakeResult) => void;
  setRateFor: (dossierCode: string | null) => void;
  /** Clears the visit, back to Vietnamese and the normal text size, and returns to the kiosk's home. */
  endVisit: () => void;
}

export const KioskSession = createContext<KioskSessionValue | null>(null);

/** The current visit; only inside the kiosk shell. */
export function useKioskSession(): KioskSessionValue {
  const v = useContext(KioskSession);
  if (!v) throw new Error('useKioskSession outside KioskShell');
  return v;
}
