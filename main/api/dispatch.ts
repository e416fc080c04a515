/** What both transports share: resolve the bearer token, invoke, and map errors to the API's shape. */
import { AppError } from '../core/errors';
import type { OperationTable } from './operations';
import type { ApiErrorBody, Caller } from '../core/types';
import type { Auth } from '../staff/auth';

export type Reply = { status: number; body: unknown };

/** SQLite result codes that mean the file could not be written or read: the disk, not the input. */
const STORAGE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|CANTOPEN|NOTADB|BUSY|LOCKED|PROTOCOL)/u;

/** True for a better-sqlite3 error caused by the storage (disk full, read-only, I/O error …). */
export function isStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && STORAGE_CODES.test(code);
}

const STORAGE_MESSAGE =
  'Không ghi được dữ liệu (ổ đĩa đầy, chỉ đọc hoặc lỗi ghi). Thao tác chưa được lưu; vui lòng báo quản trị viên rồi thử lại.';

/** Maps anything thrown to the API's error body; unexpected errors are logged, not shown. */
export function errorReply(
  error: unknown,
  log: (e: unknown) => void,
): { status: number; body: ApiErrorBody } {
  if (error instanceof AppError) {
    const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
    if (error.field) body.error.field = error.field;
    return { status: error.status, body };
  }
  log(error);
  // Every write runs in one transaction, so a failed write leaves nothing behind: saying so is true.
  if (isStorageError(error))
    return { status: 503, body: { error: { code: 'storage_failed', message: STORAGE_MESSAGE } } };
  return {
    status: 500,
    body: {
      error: {
        code: 'internal',
        message: 'Đã có lỗi hệ thống. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên.',
      },
    },
  };
}

/**
 * Runs one call for a transport: token → caller, then the table; always returns a reply. A
 * transport that already resolved the caller (to refuse before reading the body) passes it.
 */
export async function dispatch(
  deps: { table: OperationTable; auth: Auth; clock: () => Date; log: (e: unknown) => void },
  op: string,
  input: unknown,
  token: string | null,
  origin: 'http' | 'ipc',
  client?: string,
  resolved?: Caller | null,
): Promise<Reply> {
  try {
    const caller =
      resolved !== undefined ? resolved : token ? deps.auth.resolve(token, deps.clock()) : null;
    const result = await deps.table.invoke(op, input, { caller, token, origin, client });
    return { status: 200, body: result };
  } catch (error) {
    return errorReply(error, deps.log);
  }
}
