/**
 * The portal adapter's two calls over HTTP: sign in, and send one DongBoHoSoMC item. Every way the
 * far end can fail (no route, timeout, 5xx, an HTML page, error_code ≠ 0) becomes a PortalError
 * saying whether trying again may help; nothing here throws anything else.
 */

export interface PortalCredentials {
  url: string;
  username: string;
  password: string;
}

import { OutboxError } from './worker';

/** The portal's failures are the outbox's: retry, credentials, or "đã tồn tại". */
export const PortalError = OutboxError;

type Answer = { error_code?: unknown; session?: unknown; message?: unknown };

async function post(url: string, body: unknown, timeoutMs: number): Promise<Answer> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const timeout = e instanceof Error && e.name === 'TimeoutError';
    throw new PortalError(
      timeout ? `Cổng không trả lời sau ${timeoutMs} ms.` : 'Không kết nối được tới cổng.',
      'retry',
    );
  }
  const text = await res.text().catch(() => '');
  if (res.status >= 500) throw new PortalError(`Cổng báo lỗi HTTP ${res.status}.`, 'retry');
  if (res.status === 401 || res.status === 403)
    throw new PortalError(`Cổng từ chối (HTTP ${res.status}).`, 'credentials');
  try {
    return JSON.parse(text) as Answer;
  } catch {
    throw new PortalError(
      `Cổng trả về nội dung không phải JSON (HTTP ${res.status}): ${text.slice(0, 60)}`,
      'retry',
    );
  }
}

/** Signs in; wrong credentials are their own kind of error (parked, not retried). */
export async function signIn(c: PortalCredentials, timeoutMs: number): Promise<string> {
  const a = await post(`${c.url}/auth`, { username: c.username, password: c.password }, timeoutMs);
  if (a.error_code === 0 && typeof a.session === 'string' && a.session) return a.session;
  throw new PortalError(
    `Đăng nhập cổng dịch vụ công không thành công (error_code ${String(a.error_code)}): kiểm tra tên đăng nhập và mật khẩu (MOTCUA_PORTAL_USER, MOTCUA_PORTAL_PASSWORD).`,
    'credentials',
  );
}

/** Sends one item; error_code 3 ("đã tồn tại") is its own kind, so the caller resends it as an update. */
export async function sendItem(
  c: PortalCredentials,
  body: { session: string; madonvi: string; isUpdating: boolean; item: unknown },
  timeoutMs: number,
): Promise<void> {
  const a = await post(
    `${c.url}/integration`,
    {
      session: body.session,
      madonvi: body.madonvi,
      service: 'DongBoHoSoMC',
      isUpdating: body.isUpdating ? 'True' : 'False',
      data: [body.item],
    },
    timeoutMs,
  );
  if (a.error_code === 0) return;
  if (a.error_code === 3) throw new PortalError('Hồ sơ đã tồn tại trên cổng.', 'exists');
  throw new PortalError(
    `Cổng trả error_code ${String(a.error_code)}${typeof a.message === 'string' ? `: ${a.message.slice(0, 200)}` : ''}.`,
    'retry',
  );
}
