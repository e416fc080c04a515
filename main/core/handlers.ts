/** What a feature implements for its contract: one handler per operation, typed from the spec. */
import type { Caller, ContractShape, DeviceIdentity, ParsedInputOf, ResultOf } from './types';

/** Per-call context: who calls, when, and through which door. */
export interface OpContext {
  caller: Caller | null;
  /** The paired device the call came with (X-Motcua-Device); null when none, or over IPC. */
  device?: DeviceIdentity | null;
  /** The bearer token the call came with, so that sign-out can end exactly that session. */
  token: string | null;
  now: Date;
  origin: 'http' | 'ipc' | 'cli';
  /** Where the call came from: the HTTP client's address, or `local` inside the app. */
  client?: string;
}

export type Handler<S> = (
  input: ParsedInputOf<S>,
  ctx: OpContext,
) => ResultOf<S> | Promise<ResultOf<S>>;

/** A feature's handlers: the compiler insists on exactly one per operation of its contract. */
export type Handlers<C extends ContractShape> = { [K in keyof C]: Handler<C[K]> };
