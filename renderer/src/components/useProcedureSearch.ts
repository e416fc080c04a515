/**
 * Search as you type over catalog.search: keystrokes of one frame are sent as one query (no longer
 * debounce: the citizen sees results as they type), and a late answer never replaces a newer one.
 */
import { useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../api/client';
import type { ProcedureSummary, SearchMatch } from '../../../main/catalog/types';

export interface SearchResult {
  query: string;
  items: ProcedureSummary[];
  total: number;
  /** `partial`: no procedure holds every word, these come closest; `none`: nothing. */
  match?: SearchMatch;
  message?: string;
}

export function useProcedureSearch(
  query: string,
  limit: number,
): { result: SearchResult | null; error: string | null; busy: boolean } {
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(() => query.normalize('NFC').trim() !== '');
  const seq = useRef(0);

  // A new query empties the answer (nothing typed) or marks it as on its way; adjusted while
  // rendering, as React advises for state that follows a prop.
  const [asked, setAsked] = useState({ query, limit });
  if (asked.query !== query || asked.limit !== limit) {
    setAsked({ query, limit });
    const typed = query.normalize('NFC').trim() !== '';
    if (!typed) {
      setResult(null);
      setError(null);
    }
    setBusy(typed);
  }

  useEffect(() => {
    const q = query.normalize('NFC').trim();
    const mine = ++seq.current;
    if (!q) return undefined;
    const id = window.requestAnimationFrame(() => {
      call('catalog.search', { query: q, limit }).then(
        (r: Omit<SearchResult, 'query'>) => {
          if (mine !== seq.current) return;
          setResult({ ...r, query: q });
          setError(null);
          setBusy(false);
        },
        (e: unknown) => {
          if (mine !== seq.current) return;
          setError(errorMessage(e));
          setBusy(false);
        },
      );
    });
    return () => window.cancelAnimationFrame(id);
  }, [query, limit]);

  return { result, error, busy };
}
