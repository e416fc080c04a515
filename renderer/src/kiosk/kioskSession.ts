/**
 * What one citizen's visit holds in memory only: the declaration they just made. Nothing typed
 * at the kiosk goes to any storage; the idle reset and "Về trang chủ" drop it.
 */
import { createContext, useContext } from 'react';
import type { Declaration } from '../../../main/dossiers/types';
import type { Procedure } from '../../../main/catalog/types';

export interface KioskVisit {
  declaration: Declaration | null;
  procedure: Procedure | null;
  /** What the citizen typed in the search, kept while they read a procedure and come back. */
  search: string;
}

export interface KioskSessionValue {
  visit: KioskVisit;
  /** Visit number: screens key their state by it so a reset remounts them empty. */
  visitId: number;
  setDeclared(declaration: Declaration, procedure: Procedure | null): void;
  setSearch(query: string): void;
  /** Clears the visit, back to Vietnamese, and returns to the kiosk's home. */
  endVisit(): void;
}

export const KioskSession = createContext<KioskSessionValue | null>(null);

/** The current visit; only inside the kiosk shell. */
export function useKioskSession(): KioskSessionValue {
  const v = useContext(KioskSession);
  if (!v) throw new Error('useKioskSession outside KioskShell');
  return v;
}
