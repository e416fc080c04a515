/** Errors that cross the API carry a code, an HTTP status and a Vietnamese message. */
import type { ErrorCode } from './types';

const STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  device_required: 401,
  device_revoked: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  printer: 502,
  internal: 500,
  unsupported_media: 415,
  misdirected: 421,
  storage_failed: 503,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

/** 400 with a message naming the field. */
export const badInput = (message: string, field?: string) =>
  new AppError('bad_input', message, field);
/** 404 for a thing that does not exist. */
export const notFound = (message: string) => new AppError('not_found', message);
/** 409 for an action the thing's state does not allow. */
export const conflict = (message: string, field?: string) =>
  new AppError('conflict', message, field);
