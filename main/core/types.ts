/**
 * The shape of an operation's contract: its role, its zod input schema and (as a type only) its
 * result. Node-free, so the renderer can import these types to type its client.
 */
import type { z } from 'zod';

/** Who may call: `kiosk` is public (no sign-in), `officer` needs an officer or admin, `admin` an admin. */
export type Role = 'kiosk' | 'officer' | 'admin';

export interface OperationSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  role: Role;
  input: I;
  /** Why the operation exists, for the README's operation list and for error messages. */
  doc: string;
  /** Phantom field carrying the result type; never set at run time. */
  readonly __result?: O;
}

export type ContractShape = Record<string, OperationSpec>;
export type InputOf<S> = S extends OperationSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends OperationSpec<infer I, unknown> ? z.output<I> : never;
export type ResultOf<S> = S extends OperationSpec<z.ZodType, infer O> ? O : never;

/** Declares an operation: `spec<Result>()({ role, input, doc })`. */
export function spec<O>() {
  return <I extends z.ZodType>(s: { role: Role; input: I; doc: string }): OperationSpec<I, O> => s;
}

/** The signed-in user an operation runs for (null at the kiosk). */
export interface Caller {
  id: number;
  username: string;
  fullName: string;
  /** `kiosk` accounts are kiosk devices signed in; they may call kiosk operations only. */
  role: 'kiosk' | 'officer' | 'admin';
}

/** The paired device a call comes from (a kiosk, an officer desk, the hall display), as the core sees it. */
export interface DeviceIdentity {
  id: number;
  kind: 'kiosk' | 'workstation' | 'display';
  name: string;
  /** The device's slip printer URI; null: the hub's `--printer`. */
  printer: string | null;
  /** The device's A4/A5 office printer URI, if any. */
  officePrinter: string | null;
}

/** The error body of the HTTP API and of IPC replies. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

export type ErrorCode =
  | 'bad_input'
  | 'unauthenticated'
  | 'device_required'
  | 'device_revoked'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'rate_limited'
  | 'printer'
  | 'internal'
  /** 415: the body is not sent as application/json. */
  | 'unsupported_media'
  /** 421: the Host header names a host this hub does not serve. */
  | 'misdirected'
  /** 503: the database could not be written (disk full, read-only, I/O error); nothing was stored. */
  | 'storage_failed';
