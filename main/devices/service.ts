/**
 * Pairing and resolving devices: single-use codes that live 10 minutes, device tokens of 256
 * random bits kept only as hashes, and a brake on code guessing (20 wrong codes a minute from one
 * address answer 429).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { AppError, badInput, notFound } from '../core/errors';
import { inTransaction, type Db } from '../db/database';
import { appendAudit } from '../audit/log';
import { parsePrinterUri } from '../printing/uri';
import { LOCAL_PRINTER } from '../printing/local-jobs';
import type { DeviceIdentity } from '../core/types';
import type { DeviceKind, DeviceView, PairResult, PairingCode } from './types';
import * as repo from './repo';

/** Letters and digits that cannot be mistaken for one another on a touch keyboard. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const CODE_TTL_MS = 10 * 60_000;
const MAX_WRONG_PER_MINUTE = 20;
/** A device's last-seen time is written at most this often. */
const TOUCH_EVERY_MS = 30_000;

export interface DeviceService {
  createPairing(kind: DeviceKind, name: string, by: string, now: Date): PairingCode;
  pair(code: string, client: string, now: Date): PairResult;
  /** The live device behind a token, or null when it is unknown or revoked. */
  resolve(token: string, now: Date): DeviceIdentity | null;
  list(): DeviceView[];
  revoke(id: number, by: string, now: Date): DeviceView;
  setPrinter(
    id: number,
    printers: { printer: string | null; officePrinter?: string | null },
    by: string,
    now: Date,
  ): DeviceView;
}

/** A new code: 8 characters of CODE_ALPHABET from the system's random source. */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What the device typed, as the code is stored: capitals, no spaces or dashes. */
export const normalizeCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/gu, '');

/** A printer URI as set by the admin: null stays null, anything else must parse. */
function checkedUri(uri: string | null | undefined, field: string): string | null | undefined {
  if (uri === null || uri === undefined) return uri;
  if (!uri.trim()) return null;
  // `local`: an Electron desk prints its slips on its own (USB) printer and reports back.
  if (uri.trim() === LOCAL_PRINTER) return LOCAL_PRINTER;
  try {
    return parsePrinterUri(uri).uri;
  } catch (err) {
    if (err instanceof AppError) throw badInput(err.message, field);
    throw err;
  }
}

/** Builds the device service over the database. */
export function createDeviceService(db: Db, opts: { tlsFingerprint?: string } = {}): DeviceService {
  const wrong = new Map<string, number[]>();
  const guessing = (client: string, now: Date) => {
    const recent = (wrong.get(client) ?? []).filter((t) => now.getTime() - t < 60_000);
    wrong.set(client, recent);
    return recent.length >= MAX_WRONG_PER_MINUTE;
  };
  const refuse = (client: string, now: Date, message: string): never => {
    wrong.get(client)?.push(now.getTime());
    throw badInput(message, 'pairingCode');
  };
  const existing = (id: number) => {
    const d = repo.getDevice(db, id);
    if (!d) throw notFound(`Không có thiết bị số ${id}.`);
    return d;
  };
  const seen = new Map<number, number>();
  return {
    createPairing(kind, name, by, now) {
      const code = newPairingCode();
      const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
      inTransaction(db, () => {
        repo.insertPairing(db, { codeHash: repo.sha256(code), kind, name, at: now, by, expiresAt });
        appendAudit(db, {
          at: now,
          actor: by,
          action: 'devices.createPairing',
          detail: { kind, name },
        });
      });
      return { pairingCode: code, expiresAt: expiresAt.toISOString() };
    },
    pair(typed, client, now) {
      if (guessing(client, now))
        throw new AppError(
          'rate_limited',
          'Nhập sai mã ghép nối quá nhiều lần. Vui lòng chờ một phút rồi thử lại.',
        );
      const codeHash = repo.sha256(normalizeCode(typed));
      const pairing = repo.findPairing(db, codeHash);
      if (!pairing)
        return refuse(
          client,
          now,
          'Mã ghép nối không đúng. Kiểm tra lại mã trên màn hình quản trị.',
        );
      if (pairing.used_at)
        return refuse(
          client,
          now,
          'Mã ghép nối này đã được dùng. Hãy tạo mã mới ở màn hình quản trị.',
        );
      if (Date.parse(pairing.expires_at) <= now.getTime())
        return refuse(client, now, 'Mã ghép nối đã hết hạn. Hãy tạo mã mới ở màn hình quản trị.');
      const deviceToken = randomBytes(32).toString('base64url');
      const device = inTransaction(db, () => {
        const d = repo.insertDevice(db, {
          kind: pairing.kind,
          name: pairing.name,
          tokenHash: repo.sha256(deviceToken),
          at: now,
          codeHash,
        });
        appendAudit(db, {
          at: now,
          actor: 'device',
          action: 'devices.pair',
          subject: `#${d.id}`,
          detail: { kind: d.kind, name: d.name, client },
        });
        return d;
      });
      return {
        deviceToken,
        device: { id: device.id, kind: device.kind, name: device.name },
        ...(opts.tlsFingerprint ? { certificateFingerprint: opts.tlsFingerprint } : {}),
      };
    },
    resolve(token, now) {
      const d = repo.deviceByTokenHash(db, repo.sha256(token));
      if (!d) return null;
      if (now.getTime() - (seen.get(d.id) ?? 0) >= TOUCH_EVERY_MS) {
        seen.set(d.id, now.getTime());
        repo.touchDevice(db, d.id, now);
      }
      return repo.identityOf(d);
    },
    list: () => repo.listDevices(db),
    revoke(id, by, now) {
      existing(id);
      inTransaction(db, () => {
        repo.revokeDevice(db, id, now);
        appendAudit(db, { at: now, actor: by, action: 'devices.revoke', subject: `#${id}` });
      });
      return existing(id);
    },
    setPrinter(id, printers, by, now) {
      existing(id);
      const printer = checkedUri(printers.printer, 'printer') ?? null;
      const officePrinter = checkedUri(printers.officePrinter, 'officePrinter');
      inTransaction(db, () => {
        repo.updatePrinters(db, id, printer, officePrinter);
        appendAudit(db, {
          at: now,
          actor: by,
          action: 'devices.setPrinter',
          subject: `#${id}`,
          detail: { printer, officePrinter },
        });
      });
      return existing(id);
    },
  };
}
