/**
 * The first-run flow behind the setup screen: checks the choices, pairs a kiosk, desk or hall
 * display with the hub (`devices.pair {"pairingCode"}`), and builds the settings file's content.
 * Plain Node; the hub call goes through an injected fetch.
 */
import { z } from 'zod';
import { parsePrinterUri } from '../printing/uri';
import { hashPin, isValidPin } from './pin';
import { MODES, SETTINGS_VERSION, type ShellSettings } from './settings-file';

export const setupChoiceSchema = z.object({
  mode: z.enum(MODES),
  hubUrl: z.string().max(300).optional(),
  pairingCode: z.string().max(64).optional(),
  printer: z.string().max(300).optional(),
  officePrinter: z.string().max(300).optional(),
  adminExitPin: z.string().max(16).optional(),
});
export type SetupChoice = z.infer<typeof setupChoiceSchema>;

export type SetupResult =
  { ok: true; settings: ShellSettings } | { ok: false; field?: keyof SetupChoice; message: string };

/** What `devices.pair` answers (DESIGN.md "The office"). */
export interface PairAnswer {
  deviceToken: string;
  device: { id: string; kind: string; name: string };
  certificateFingerprint?: string;
}

export interface FirstRunDeps {
  pair: (hubUrl: string, pairingCode: string) => Promise<PairAnswer>;
  now: () => Date;
}

/** "192.168.1.10:4370" or "http://hub.local:4370/kiosk" → the hub's origin; null when not an address. */
export function normaliseHubUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z]+:\/\//iu.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

function fail(field: keyof SetupChoice | undefined, message: string): SetupResult {
  return { ok: false, field, message };
}

function printerProblem(uri: string | undefined): string | null {
  if (!uri?.trim()) return null;
  try {
    parsePrinterUri(uri);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Checks what the hub does not need to see; the first problem found, or null. */
function localProblem(choice: SetupChoice): SetupResult | null {
  for (const field of ['printer', 'officePrinter'] as const) {
    const problem = printerProblem(choice[field]);
    if (problem) return fail(field, problem);
  }
  const locked = choice.mode === 'kiosk' || choice.mode === 'display';
  if (locked && !isValidPin(choice.adminExitPin ?? ''))
    return fail('adminExitPin', 'Nhập mã PIN thoát dành cho quản trị, gồm 4 đến 8 chữ số');
  return null;
}

/** Checks the choice, pairs with the hub when the mode needs one, and answers the settings to write. */
export async function completeSetup(input: unknown, deps: FirstRunDeps): Promise<SetupResult> {
  const parsed = setupChoiceSchema.safeParse(input);
  if (!parsed.success) return fail(undefined, 'Lựa chọn cài đặt không hợp lệ');
  const choice = parsed.data;
  const problem = localProblem(choice);
  if (problem) return problem;
  const base = {
    version: SETTINGS_VERSION,
    mode: choice.mode,
    printer: choice.printer?.trim() || undefined,
    officePrinter: choice.officePrinter?.trim() || undefined,
    adminExitPinHash: choice.adminExitPin ? hashPin(choice.adminExitPin) : undefined,
    createdAt: deps.now().toISOString(),
  } satisfies Partial<ShellSettings>;
  if (choice.mode === 'single') return { ok: true, settings: base };
  const hubUrl = normaliseHubUrl(choice.hubUrl ?? '');
  if (!hubUrl) return fail('hubUrl', 'Nhập địa chỉ máy chủ, ví dụ http://192.168.1.10:4370');
  const code = (choice.pairingCode ?? '').trim();
  if (!code) return fail('pairingCode', 'Nhập mã ghép nối do quản trị viên tạo trên máy chủ');
  let answer: PairAnswer;
  try {
    answer = await deps.pair(hubUrl, code);
  } catch (error) {
    return fail('pairingCode', error instanceof Error ? error.message : String(error));
  }
  if (answer.device.kind !== choice.mode)
    return fail(
      'pairingCode',
      `Mã ghép nối này dành cho thiết bị loại "${answer.device.kind}", không phải "${choice.mode}". Xin quản trị viên tạo mã đúng loại.`,
    );
  return {
    ok: true,
    settings: {
      ...base,
      hubUrl,
      deviceToken: answer.deviceToken,
      device: answer.device,
      certificateFingerprint: answer.certificateFingerprint,
    },
  };
}

const pairAnswerSchema = z.object({
  deviceToken: z.string().min(16),
  device: z.object({ id: z.coerce.string(), kind: z.string(), name: z.string() }),
  certificateFingerprint: z.string().optional(),
});

/** Calls the hub's `devices.pair`; throws an Error with the hub's Vietnamese message on refusal. */
export function hubPairing(fetchImpl: typeof fetch = fetch): FirstRunDeps['pair'] {
  return async (hubUrl, pairingCode) => {
    let response: Response;
    try {
      response = await fetchImpl(new URL('/api/devices.pair', hubUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pairingCode }),
        signal: AbortSignal.timeout(10000),
      });
    } catch {
      throw new Error(`Không kết nối được với máy chủ ${hubUrl}. Kiểm tra địa chỉ và mạng.`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
      throw new Error(
        typeof message === 'string' ? message : `Máy chủ từ chối ghép nối (mã ${response.status}).`,
      );
    }
    const answer = pairAnswerSchema.safeParse(body);
    if (!answer.success) throw new Error('Máy chủ trả lời ghép nối không hợp lệ.');
    return answer.data;
  };
}
