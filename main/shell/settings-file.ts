/**
 * The desktop app's own settings: one JSON file in the user-data folder, written by the first-run
 * screen (never by hand). Which mode this machine is in, the hub it talks to, its device token,
 * its printers and the admin exit PIN. Plain Node (no Electron), validated with zod.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const SETTINGS_FILE = 'motcua-settings.json';
export const SETTINGS_VERSION = 1;

export const MODES = ['single', 'kiosk', 'workstation', 'display'] as const;
export type Mode = (typeof MODES)[number];

const hubUrl = z
  .string()
  .url()
  .refine(
    (u) => /^https?:$/u.test(new URL(u).protocol),
    'Địa chỉ máy chủ phải bắt đầu bằng http:// hoặc https://',
  );

export const shellSettingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    mode: z.enum(MODES),
    hubUrl: hubUrl.optional(),
    deviceToken: z.string().min(16).optional(),
    device: z.object({ id: z.string(), kind: z.string(), name: z.string() }).optional(),
    certificateFingerprint: z.string().optional(),
    /** The slip printer URI (main/printing/uri.ts), for single mode and a desk's local printing. */
    printer: z.string().min(1).optional(),
    officePrinter: z.string().min(1).optional(),
    /** scrypt of the admin exit PIN (main/shell/pin.ts); kiosk and display modes. */
    adminExitPinHash: z.string().optional(),
    createdAt: z.string(),
  })
  .refine((s) => s.mode === 'single' || (s.hubUrl && s.deviceToken), {
    message: 'Máy trạm, kiosk và màn hình sảnh cần địa chỉ máy chủ và mã thiết bị đã ghép nối',
  });

export type ShellSettings = z.infer<typeof shellSettingsSchema>;

export type SettingsRead =
  | { status: 'missing'; file: string }
  | { status: 'ok'; file: string; settings: ShellSettings }
  | { status: 'corrupt' | 'newer'; file: string; reason: string };

/** The settings file's path in a user-data folder. */
export function settingsPath(userData: string): string {
  return path.join(userData, SETTINGS_FILE);
}

/** Reads and checks the file: missing, ok, corrupt (unreadable or invalid) or from a newer version. */
export function readShellSettings(file: string): SettingsRead {
  if (!existsSync(file)) return { status: 'missing', file };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { status: 'corrupt', file, reason: `Tệp cài đặt không đọc được (${String(error)})` };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SETTINGS_VERSION)
    return {
      status: 'newer',
      file,
      reason: `Tệp cài đặt do phiên bản mới hơn của ứng dụng ghi (phiên bản ${version}, ứng dụng này đọc được ${SETTINGS_VERSION})`,
    };
  const parsed = shellSettingsSchema.safeParse(raw);
  if (!parsed.success)
    return {
      status: 'corrupt',
      file,
      reason: `Tệp cài đặt không hợp lệ: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    };
  return { status: 'ok', file, settings: parsed.data };
}

/** Writes the settings atomically (a temporary file renamed over the old one); invalid ones throw. */
export function writeShellSettings(file: string, settings: ShellSettings): void {
  const checked = shellSettingsSchema.parse(settings);
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

/** Moves a bad or unwanted file aside (kept, never deleted) and answers where it went. */
export function setSettingsAside(file: string, now: Date): string | null {
  if (!existsSync(file)) return null;
  const stamp = now.toISOString().replace(/[:.]/gu, '-');
  const aside = `${file}.${stamp}.old`;
  renameSync(file, aside);
  return aside;
}
