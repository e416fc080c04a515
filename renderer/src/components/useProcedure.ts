/** One procedure from catalog.get, loaded when its code changes. */
import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api/client';
import type { Procedure } from '../../../main/catalog/types';

export function useProcedure(code: string | null | undefined): {
  procedure: Procedure | null;
  error: string | null;
  loading: boolean;
} {
  const [state, setState] = useState<{
    code: string;
    procedure: Procedure | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    if (!code) return undefined;
    let live = true;
    call('catalog.get', { code }).then(
      (p: Procedure) => live && setState({ code, procedure: p, error: null }),
      (e: unknown) => live && setState({ code, procedure: null, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [code]);
  const current = state && state.code === code ? state : null;
  return {
    procedure: current?.procedure ?? null,
    error: current?.error ?? null,
    loading: Boolean(code) && !current,
  };
}
