/** Loads one operation's answer for the kiosk's read-only screens; a late answer for old input is dropped. */
import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api/client';
import type { Contract, OperationName } from '../../../main/api/contract';
import type { InputOf, ResultOf } from '../../../main/core/types';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Calls `op` with `input` whenever `key` changes (the input's identity for the screen). */
export function useCall<K extends OperationName>(
  op: K,
  input: InputOf<Contract[K]> | null,
  key: string,
): Loaded<ResultOf<Contract[K]>> {
  const [state, setState] = useState<{
    key: string;
    data: ResultOf<Contract[K]> | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    if (input === null) return undefined;
    let live = true;
    call(op, input).then(
      (data) => live && setState({ key, data, error: null }),
      (e: unknown) => live && setState({ key, data: null, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
    // The key stands for the input: a new object with the same key is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [op, key]);
  const current = state && state.key === key ? state : null;
  return {
    data: current?.data ?? null,
    error: current?.error ?? null,
    loading: input !== null && !current,
  };
}
