/** What both transports share: resolve the bearer token, invoke, and map errors to the API's shape. */
import { AppError } from '../core/errors';
import type { OperationTable } from './operations';
import type { ApiErrorBody } from '../core/types';
import type { Auth } from '../staff/auth';

export type Reply = { status: number; body: unknown };

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
  return {
    status: 500,
    body: {
      error: {
        code: 'internal',
        message: 'Đã có lỗi hệ thống. Dữ liệu của bạn không bị mất; vui lòng thử lại.',
      },
    },
  };
}

/** Runs one call for a transport: token → caller, then the table; always returns a reply. */
export async function dispatch(
  deps: { table: OperationTable; auth: Auth; clock: () => Date; log: (e: unknown) => void },
  op: string,
  input: unknown,
  token: string | null,
  origin: 'http' | 'ipc',
  client?: string,
): Promise<Reply> {
  try {
    const caller = token ? deps.auth.resolve(token, deps.clock()) : null;
    const result = await deps.table.invoke(op, input, { caller, token, origin, client });
    return { status: 200, body: result };
  } catch (error) {
    return errorReply(error, deps.log);
  }
}
