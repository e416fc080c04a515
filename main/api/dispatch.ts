/** What both transports share: resolve the bearer token, invoke, and map errors to the API's shape. */
import { AppError } from '../core/errors';
import type { OperationTable } from './operations';
import type { ApiErrorBody, Caller } from '../core/types';
import type { Auth } from '../staff/auth';
import type { DeviceIdentity } from '../core/types';

/** Resolves a device token (X-Motcua-Device) to its live device, or null. */
export interface DeviceResolver {
  resolve(token: string, now: Date): DeviceIdentity | null;
}

/** What a transport knows about the caller: the bearer token, the device token, where from. */
export interface Credentials {
  token: string | null;
  /** The X-Motcua-Device token over HTTP; over IPC the app itself is the device. */
  deviceToken?: string | null;
  origin: 'http' | 'ipc';
  client?: string;
}

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
 * Runs one call for a transport: tokens → caller and device, then the table; always returns a
 * reply. A transport that already resolved the caller (to refuse before reading the body) passes it.
 */
export async function dispatch(
  deps: {
    table: OperationTable;
    auth: Auth;
    devices?: DeviceResolver;
    clock: () => Date;
    log: (e: unknown) => void;
  },
  op: string,
  input: unknown,
  cred: Credentials,
  resolved?: Caller | null,
): Promise<Reply> {
  try {
    const now = deps.clock();
    const caller =
      resolved !== undefined ? resolved : cred.token ? deps.auth.resolve(cred.token, now) : null;
    const device = cred.deviceToken ? resolveDevice(deps.devices, cred.deviceToken, now) : null;
    const { token, origin, client } = cred;
    const result = await deps.table.invoke(op, input, { caller, token, origin, client, device });
    return { status: 200, body: result };
  } catch (error) {
    return errorReply(error, deps.log);
  }
}

/** A device token that names no live device is refused at once, whatever the operation. */
function resolveDevice(
  devices: DeviceResolver | undefined,
  token: string,
  now: Date,
): DeviceIdentity {
  const device = devices?.resolve(token, now);
  if (!device)
    throw new AppError(
      'device_revoked',
      'Thiết bị này không còn được ghép nối với máy chủ (đã bị thu hồi hoặc mã không đúng). Hãy ghép nối lại.',
    );
  return device;
}
