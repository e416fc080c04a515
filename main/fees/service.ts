/**
 * Fees by transfer: the QR for a dossier's fee into the unit's account, the QR each counter's
 * customer screen shows, the officer's confirmation with the bank's reference, and fee timing.
 */
import type { Db } from '../db/database';
import type { Caller } from '../core/types';
import { badInput, conflict, notFound } from '../core/errors';
import { appendAudit } from '../audit/log';
import { toVnIso } from '../calendar/vn-time';
import { findHead } from '../dossiers/transition';
import type { UnitSettings } from '../settings/types';
import type { PrintService } from '../printing/service';
import { feeQrSlip } from './slip';
import { bankByBin } from './banks';
import { feePurpose } from './purpose';
import { vietQrImage, vietQrPayload } from './vietqr';
import type { FeePayment, FeeQr, FeeTiming } from './types';
import { statement } from '../db/statements';

/**
 * The most one QR asks for: NAPAS 247 fast transfers (what a VietQR starts) are capped at
 * 500,000,000 đ per transaction; a larger fee is paid in parts or at the bank.
 */
export const MAX_TRANSFER = 500_000_000;
/** How long a counter's customer screen keeps showing a QR nobody confirmed. */
const SHOWN_MS = 15 * 60_000;
const CLOSED = new Set(['refused', 'withdrawn', 'stopped']);

export interface FeesDeps {
  db: Db;
  settings: () => UnitSettings;
  printer?: PrintService;
}

/** 400 unless the amount is whole đồng above 0 and within one transfer's limit. */
export function checkTransferAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_TRANSFER)
    throw badInput(
      'Số tiền: phải là số nguyên đồng lớn hơn 0 và không quá 500.000.000 đồng (hạn mức một lần chuyển nhanh NAPAS).',
      'amount',
    );
}

function openDossier(db: Db, code: string) {
  const head = findHead(db, code);
  if (!head) throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  return head;
}

/** Creates the fee service; the counters' shown QRs live in memory (a screen, not a record). */
export function createFeeService(deps: FeesDeps) {
  const shown = new Map<number, FeeQr>();

  /** Builds, records and (for a counter) shows the QR for a dossier's fee. */
  async function makeQr(
    input: { code: string; amount: number; counter?: number; print?: boolean },
    caller: Caller,
    now: Date,
  ): Promise<FeeQr> {
    checkTransferAmount(input.amount);
    const head = openDossier(deps.db, input.code);
    if (CLOSED.has(head.status))
      throw conflict(`Hồ sơ ${head.code} đã kết thúc, không thu lệ phí.`);
    const account = deps.settings().bank;
    const bank = account ? bankByBin(account.bin) : undefined;
    if (!account || !bank)
      throw conflict(
        'Chưa khai báo tài khoản nhận lệ phí của đơn vị: quản trị viên nhập ở màn hình Quản trị, mục Lệ phí và Cổng DVC.',
      );
    const purpose = feePurpose(head.code, head.procedure_name);
    const payload = vietQrPayload({
      bin: bank.bin,
      account: account.account,
      amount: input.amount,
      purpose,
    });
    const qr: FeeQr = {
      code: head.code,
      amount: input.amount,
      purpose,
      payload,
      image: await vietQrImage(payload),
      bank: { ...bank, account: account.account, accountName: account.accountName },
      counter: input.counter,
      createdAt: toVnIso(now),
    };
    statement(
      deps.db,
      'INSERT INTO fee_requests (dossier, amount, purpose, payload, counter, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      head.code,
      input.amount,
      purpose,
      payload,
      input.counter ?? null,
      now.toISOString(),
      caller.username,
    );
    if (input.counter !== undefined) shown.set(input.counter, qr);
    if (input.print && deps.printer)
      qr.print = await deps.printer.print(feeQrSlip(qr, deps.settings().unitName), {
        subject: head.code,
      });
    return qr;
  }

  /** The QR a counter shows now, or null once confirmed or after 15 minutes. */
  function current(counter: number, now: Date): FeeQr | null {
    const qr = shown.get(counter);
    if (!qr) return null;
    if (now.getTime() - Date.parse(qr.createdAt) > SHOWN_MS) {
      shown.delete(counter);
      return null;
    }
    return qr;
  }

  /** Records a transfer the officer saw arrive; its reference may be recorded only once. */
  function confirm(
    input: { code: string; amount: number; reference: string },
    caller: Caller,
    now: Date,
  ): FeePayment {
    checkTransferAmount(input.amount);
    const head = openDossier(deps.db, input.code);
    const payment = recordPayment(deps.db, {
      code: head.code,
      procedureName: head.procedure_name,
      amount: input.amount,
      reference: input.reference.toUpperCase(),
      paidAt: now,
      source: 'officer',
      recordedBy: caller.username,
    });
    for (const [n, qr] of shown) if (qr.code === head.code) shown.delete(n);
    return payment;
  }

  return { makeQr, current, confirm };
}

export type FeeService = ReturnType<typeof createFeeService>;

/** Stores one transfer (and audits it) or answers 409 when the reference is already recorded. */
export function recordPayment(
  db: Db,
  p: Omit<FeePayment, 'paidAt' | 'purpose'> & { paidAt: Date; purpose?: string },
): FeePayment {
  const purpose = p.purpose ?? feePurpose(p.code, p.procedureName);
  return db.transaction(() => {
    const exists = statement(db, 'SELECT 1 FROM fee_payments WHERE reference = ?').get(p.reference);
    if (exists) throw conflict(`Mã giao dịch ${p.reference} đã được ghi nhận trước đó.`);
    statement(
      db,
      'INSERT INTO fee_payments (dossier, amount, purpose, reference, paid_at, source, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(p.code, p.amount, purpose, p.reference, p.paidAt.toISOString(), p.source, p.recordedBy);
    appendAudit(db, {
      at: p.paidAt,
      actor: p.recordedBy,
      action: 'fees.confirm',
      subject: p.code,
      detail: { amount: p.amount, reference: p.reference, source: p.source },
    });
    return { ...p, purpose, paidAt: toVnIso(p.paidAt) };
  })();
}

/** When a procedure collects its fee; "after" (thu sau, at return) unless the admin chose. */
export function feeTiming(db: Db, procedureCode: string): FeeTiming {
  const row = statement<[string, string], { timing: FeeTiming }>(
    db,
    `SELECT timing FROM fee_timing WHERE procedure_code = ?
       OR procedure_code = (SELECT code FROM procedures WHERE local_code = ?)`,
  ).get(procedureCode, procedureCode);
  return row?.timing ?? 'after';
}

/**
 * Sets a procedure's fee timing and marks it in `procedures.admin_fields` as the admin's, so a
 * catalog import keeps it (the timing itself lives in `fee_timing`, which imports never write).
 */
export function setFeeTiming(db: Db, procedureCode: string, timing: FeeTiming): void {
  const found = statement<[string, string], { code: string }>(
    db,
    'SELECT code FROM procedures WHERE code = ? OR local_code = ?',
  ).get(procedureCode, procedureCode);
  if (!found) throw notFound(`Không tìm thấy thủ tục ${procedureCode}.`);
  statement(
    db,
    'INSERT INTO fee_timing (procedure_code, timing) VALUES (?, ?) ON CONFLICT (procedure_code) DO UPDATE SET timing = excluded.timing',
  ).run(found.code, timing);
  statement(
    db,
    `UPDATE procedures SET admin_fields = json_insert(admin_fields, '$[#]', 'feeTiming')
     WHERE code = ? AND NOT EXISTS (SELECT 1 FROM json_each(procedures.admin_fields) WHERE value IN ('*', 'feeTiming'))`,
  ).run(found.code);
}
