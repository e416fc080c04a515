/**
 * The renderer's only door into the core: one typed `call` over two transports. Inside Electron
 * the preload's `window.motcua.invoke` carries it over IPC; in a browser it is `POST /api/<op>`.
 */
import type { Contract, OperationName } from '../../../main/api/contract';
import type { ApiErrorBody, ErrorCode, InputOf, ResultOf } from '../../../main/core/types';
import { clearSession, currentToken } from './session';
import { currentDeviceToken, deviceLost } from './device';

/** What the Electron preload exposes, exactly. */
interface MotcuaBridge {
  invoke(
    op: string,
    input: unknown,
    token: string | null,
  ): Promise<{ status: number; body: unknown }>;
}

/** What the preload exposes to a hub's page on a paired desk: printing on the desk's own printer. */
interface DeskBridge {
  printLocal(jobId: number, document: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    motcua?: MotcuaBridge;
    motcuaDesk?: DeskBridge;
  }
}

/** An operation's refusal, with the server's Vietnamese message (shown as is) and the field at fault. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'network';
  readonly status: number;
  /** Dotted path of the input at fault, e.g. "applicant.idNumber". */
  readonly field: string | undefined;

  constructor(status: number, code: ErrorCode | 'network', message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

type Reply = { status: number; body: unknown };

async function viaHttp(op: string, input: unknown, token: string | null): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const device = currentDeviceToken();
  if (device) headers['X-Motcua-Device'] = device;
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(op)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ApiError(0, 'network', 'Không kết nối được với máy chủ. Vui lòng thử lại.');
  }
  return { status: response.status, body: parseBody(await response.text()) };
}

/** The reply's JSON, or null when it is empty or not JSON (a proxy's error page, a cut-off body). */
function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function viaIpc(
  bridge: MotcuaBridge,
  op: string,
  input: unknown,
  token: string | null,
): Promise<Reply> {
  try {
    return await bridge.invoke(op, input ?? {}, token);
  } catch {
    throw new ApiError(0, 'network', 'Không liên lạc được với phần lõi của ứng dụng.');
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof (body as ApiErrorBody).error?.message === 'string'
  );
}

const isDeviceRefusal = (body: unknown) =>
  isErrorBody(body) &&
  (body.error.code === 'device_required' || body.error.code === 'device_revoked');

/**
 * A hub answers `print: {status: "local", jobId, document}` for a desk whose printer is `local`:
 * the desk app prints it on its own printer (and reports to the hub); the answer then carries the
 * desk's print outcome in place of the hand-over.
 */
async function printOnDesk(body: unknown): Promise<unknown> {
  const desk = typeof window !== 'undefined' ? window.motcuaDesk : undefined;
  const print = (
    body as { print?: { status?: unknown; jobId?: unknown; document?: unknown } } | null
  )?.print;
  if (!desk || print?.status !== 'local' || typeof print.jobId !== 'number') return body;
  const answer = (await desk.printLocal(print.jobId, print.document).catch(() => null)) as {
    ok?: boolean;
    outcome?: unknown;
  } | null;
  return answer?.ok ? { ...(body as object), print: answer.outcome } : body;
}

/** Calls one operation of the contract; resolves with its typed result or throws an ApiError. */
export async function call<K extends OperationName>(
  op: K,
  input: InputOf<Contract[K]>,
): Promise<ResultOf<Contract[K]>> {
  const token = currentToken();
  const bridge = typeof window !== 'undefined' ? window.motcua : undefined;
  const reply = bridge?.invoke
    ? await viaIpc(bridge, String(op), input, token)
    : await viaHttp(String(op), input, token);
  if (reply.status >= 200 && reply.status < 300)
    return (await printOnDesk(reply.body)) as ResultOf<Contract[K]>;
  if (reply.status === 401 && token && !isDeviceRefusal(reply.body)) clearSession();
  if (isErrorBody(reply.body)) {
    const { code, message, field } = reply.body.error;
    if (code === 'device_required' || code === 'device_revoked')
      deviceLost(code === 'device_revoked');
    throw new ApiError(reply.status, code, message, field);
  }
  throw new ApiError(
    reply.status,
    'internal',
    `Máy chủ trả lời không hợp lệ (mã ${reply.status}).`,
  );
}

/** The message to show for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Đã có lỗi không mong muốn. Vui lòng thử lại.';
}
