/** Declaring at the kiosk and accepting at the counter: the dossier's first steps. */
import { withoutSync, type Db } from '../db/database';
import type { Caller } from '../core/types';
import type { Procedure, ProcessingTime } from '../catalog/types';
import type { WorkingCalendar, WorkingTime } from '../calendar/types';
import type { UnitSettings } from '../settings/types';
import type { SlipDocument } from '../slips/types';
import type { PrintOutcome } from '../printing/types';
import { AppError, badInput, conflict, notFound } from '../core/errors';
import { appendAudit, auditOf } from '../audit/log';
import { toVnIso } from '../calendar/vn-time';
import {
  formatDossierCode,
  newDeclarationCode,
  newLookupSecret,
  nextDayNumber,
  nextLedgerNo,
} from './codes';
import {
  checkCounts,
  missingRequired,
  requiredDocuments,
  toReceived,
  type DocumentInput,
} from './documents';
import { chooseDueDate } from './due-override';
import { dossierProcessing, type ConfirmedTime } from './confirm-time';
import { CHANNEL_NUMBER } from './dossier-row';
import {
  appendEvent,
  findDeclaration,
  findDossier,
  insertDeclaration,
  insertDossier,
  setDeclarationStatus,
} from './repo';
import type {
  AcceptResult,
  Applicant,
  Channel,
  Declaration,
  Delivery,
  DossierPayment,
  MissingDocument,
  ReceivedDocument,
} from './types';
import { buildReceiptSlip } from './slip-data';
import { rememberAccept, replayAccept, storeAcceptAnswer } from './accept-requests';

export interface DossierDeps {
  db: Db;
  /** The calendar service: the due-date engine and the working time the supplement pause and Mẫu 04 count in. */
  calendar: WorkingCalendar & WorkingTime;
  procedure(code: string): Procedure | undefined;
  processingOf(p: Procedure): ProcessingTime;
  printer: { print(doc: SlipDocument, opts?: { subject?: string }): Promise<PrintOutcome> };
  settings(): UnitSettings;
}

export interface AcceptInput {
  declarationCode?: string;
  procedureCode?: string;
  applicant?: Applicant;
  documents?: DocumentInput[];
  sets?: number;
  dueAtOverride?: string;
  overrideReason?: string;
  /** The screen's id for this accept attempt (idempotent retries). */
  requestId?: string;
  channel?: Channel;
  delivery?: Delivery;
  missingReason?: string;
  /** The officer's time when the catalog's has no structure. */
  processing?: ConfirmedTime;
}

function requireProcedure(deps: DossierDeps, code: string): Procedure {
  const p = deps.procedure(code);
  if (!p || p.hidden) throw notFound(`Không tìm thấy thủ tục có mã ${code}.`);
  return p;
}

/** Records a citizen's declaration from the kiosk and returns its code. */
export function declare(
  deps: DossierDeps,
  input: { procedureCode: string; applicant: Applicant },
  now: Date,
): Declaration & { declarationCode: string } {
  const p = requireProcedure(deps, input.procedureCode);
  if (input.applicant.idNumber.length === 9 && !deps.settings().allowOldIdNumbers)
    throw badInput(
      'Số định danh: cần số căn cước 12 chữ số (chứng minh nhân dân 9 số đã hết hiệu lực từ 01/01/2025).',
      'applicant.idNumber',
    );
  return deps.db
    .transaction(() => {
      let code = newDeclarationCode();
      while (findDeclaration(deps.db, code)) code = newDeclarationCode();
      insertDeclaration(deps.db, {
        code,
        procedureCode: p.code,
        applicant: input.applicant,
        createdAt: now,
      });
      appendAudit(deps.db, { at: now, actor: 'kiosk', action: 'dossiers.declare', subject: code });
      return {
        declarationCode: code,
        code,
        procedureCode: p.code,
        procedureName: p.name,
        applicant: input.applicant,
        createdAt: toVnIso(now),
        status: 'declared' as const,
      };
    })
    .immediate();
}

/**
 * The due date a dossier received now would get, shown before accepting; none (and
 * `needsConfirmation`) while the catalog's time has no structure and the officer gave none.
 */
export function previewDueDate(
  deps: DossierDeps,
  procedureCode: string,
  now: Date,
  given?: ConfirmedTime,
): { dueAt: string | null; processing: ProcessingTime; needsConfirmation?: true } {
  const p = requireProcedure(deps, procedureCode);
  const catalog = deps.processingOf(p);
  if (catalog.assumed && !given)
    return { dueAt: null, processing: catalog, needsConfirmation: true };
  const processing = dossierProcessing(catalog, given, 'tiếp nhận');
  const due = deps.calendar.dueDate({
    from: now,
    amount: processing.amount,
    unit: processing.unit,
    cutoff: processing.cutoff,
  });
  return { dueAt: toVnIso(due), processing };
}

function resolveSource(deps: DossierDeps, input: AcceptInput) {
  if (input.declarationCode) {
    const d = findDeclaration(deps.db, input.declarationCode);
    if (!d) throw notFound(`Không tìm thấy tờ khai ${input.declarationCode}.`);
    if (d.status !== 'declared' && d.status !== 'supplement')
      throw conflict(
        `Tờ khai ${d.code} đã được xử lý trước đó (${d.status === 'accepted' ? 'đã tiếp nhận' : 'không còn chờ tiếp nhận'}).`,
      );
    return {
      declaration: d,
      procedureCode: input.procedureCode ?? d.procedureCode,
      applicant: input.applicant ?? d.applicant,
    };
  }
  if (!input.procedureCode)
    throw badInput('Mã thủ tục: chưa được nhập (hoặc nhập mã tờ khai).', 'procedureCode');
  if (!input.applicant) throw badInput('Người nộp hồ sơ: chưa được nhập.', 'applicant');
  return { declaration: undefined, procedureCode: input.procedureCode, applicant: input.applicant };
}

/** The papers an accept stores, checked: counts, and a reason when a required paper is missing. */
function checkedDocuments(p: Procedure, input: AcceptInput): ReceivedDocument[] {
  checkCounts(input.documents, 'documents');
  const documents = input.documents ? input.documents.map(toReceived) : requiredDocuments(p);
  const missing = missingRequired(p, documents);
  if (missing.length > 0 && !(input.missingReason && input.missingReason.length >= 5))
    throw new AppError(
      'bad_input',
      `Còn thiếu giấy tờ theo quy định: ${missing.join('; ')}. Ghi lý do tiếp nhận khi thiếu giấy tờ, hoặc lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02).`,
      'missingReason',
    );
  return documents;
}

/** The result's delivery: by post needs the address it goes to. */
function checkedDelivery(input: AcceptInput, applicant: Applicant): Delivery {
  const d = input.delivery ?? { method: 'counter' as const };
  if (d.method === 'post' && !d.address?.trim()) {
    if (!applicant.address)
      throw badInput('Địa chỉ nhận kết quả qua bưu chính: chưa được nhập.', 'delivery.address');
    return { method: 'post', address: applicant.address };
  }
  return d.method === 'post' ? { method: 'post', address: d.address } : { method: 'counter' };
}

/**
 * Accepts a dossier: takes the day's next number and the ledger's next entry and stores the
 * dossier in one transaction, then prints the slip. A refused accept (any 400/409) writes nothing
 * and consumes no number; a printer fault never loses the dossier: it is stored before printing.
 */
export async function accept(
  deps: DossierDeps,
  input: AcceptInput,
  caller: Caller,
  now: Date,
): Promise<AcceptResult> {
  const replay = replayAccept(deps.db, caller.id, input.requestId);
  if (replay) return replay;
  const source = resolveSource(deps, input);
  const p = requireProcedure(deps, source.procedureCode);
  const processing = dossierProcessing(deps.processingOf(p), input.processing, caller.username);
  const settings = deps.settings();
  const statutory = deps.calendar.dueDate({
    from: now,
    amount: processing.amount,
    unit: processing.unit,
    cutoff: processing.cutoff,
  });
  const dueAt = chooseDueDate(deps.calendar, input, statutory, {
    now,
    caller,
    maxDays: settings.dueOverrideMaxDays,
  });
  const documents = checkedDocuments(p, input);
  const delivery = checkedDelivery(input, source.applicant);
  const channel = CHANNEL_NUMBER[input.channel ?? 'in_person'];
  const lookupSecret = newLookupSecret();
  const { code, ledger } = deps.db
    .transaction(() => {
      if (
        source.declaration &&
        !setDeclarationStatus(
          deps.db,
          source.declaration.code,
          source.declaration.status,
          'accepted',
        )
      )
        throw conflict(`Tờ khai ${source.declaration.code} đã được xử lý trước đó.`);
      const n = nextDayNumber(deps.db, settings.agencyCode, now);
      const dossierCode = formatDossierCode(settings.codeFormat, settings.agencyCode, now, n);
      const entry = nextLedgerNo(deps.db, settings.agencyCode, now);
      insertDossier(deps.db, {
        code: dossierCode,
        declarationCode: source.declaration?.code,
        procedureCode: p.code,
        procedureName: p.name,
        applicant: source.applicant,
        documents,
        sets: input.sets ?? 1,
        receivedAt: now,
        dueAt,
        statutoryDueAt: statutory,
        processing,
        lookupSecret,
        receivedBy: caller.id,
        field: p.field,
        channel,
        delivery,
        ledger: { unit: settings.agencyCode, ...entry },
        dueOverrideReason: input.dueAtOverride ? input.overrideReason : undefined,
        missingReason: input.missingReason || undefined,
      });
      const detail = acceptDetail(input, source.declaration, dueAt, statutory, entry);
      appendEvent(deps.db, {
        dossier: dossierCode,
        at: now,
        actor: caller.username,
        action: 'accept',
        to: 'received',
        detail,
      });
      appendAudit(deps.db, {
        at: now,
        actor: caller.username,
        action: 'dossiers.accept',
        subject: dossierCode,
        detail,
      });
      rememberAccept(deps.db, caller.id, input.requestId, dossierCode, now);
      return { code: dossierCode, ledger: entry };
    })
    .immediate();
  const dossier = findDossier(deps.db, code)!;
  const slip = buildReceiptSlip(dossier, deps.settings(), caller);
  const print = await printStored(deps, slip, code);
  const answer = {
    dossierCode: code,
    receivedAt: toVnIso(now),
    dueAt: toVnIso(dueAt),
    statutoryDueAt: toVnIso(statutory),
    ledgerNo: ledger.no,
    ledgerYear: ledger.year,
    qrPayload: `${code}#${lookupSecret}`,
    print,
  };
  storeAcceptAnswer(deps.db, caller.id, input.requestId, answer);
  return answer;
}

/**
 * Prints the slip of a dossier already stored: whatever goes wrong now (even a full disk for the
 * journal) is the slip's failure, never a 500 that would make the officer accept it again.
 */
async function printStored(
  deps: DossierDeps,
  slip: SlipDocument,
  code: string,
): Promise<PrintOutcome> {
  try {
    return await deps.printer.print(slip, { subject: code });
  } catch {
    return {
      jobId: 0,
      status: 'failed',
      printer: '',
      message: 'Hồ sơ đã được lưu nhưng không in được giấy hẹn; in lại từ nhật ký in.',
      bytes: 0,
      preview: '',
    };
  }
}

/** What the accept event records: the ledger entry, an override and its reason, papers a supplement brought. */
function acceptDetail(
  input: AcceptInput,
  declaration: { supplied?: MissingDocument[] } | undefined,
  dueAt: Date,
  statutory: Date,
  ledger: { year: number; no: number },
) {
  return {
    ledger,
    ...(input.dueAtOverride
      ? {
          overrideReason: input.overrideReason,
          dueAt: toVnIso(dueAt),
          statutoryDueAt: toVnIso(statutory),
        }
      : {}),
    ...(input.missingReason ? { missingReason: input.missingReason } : {}),
    ...(declaration?.supplied ? { supplied: declaration.supplied } : {}),
  };
}

/** The transfers recorded for a dossier (at acceptance when its fee is paid first), oldest first. */
function paymentsOf(db: Db, code: string): DossierPayment[] {
  return db
    .prepare(
      'SELECT amount, reference, paid_at AS paidAt, source FROM fee_payments WHERE dossier = ? ORDER BY paid_at',
    )
    .all(code) as DossierPayment[];
}

/** A dossier with its history; reading personal data is itself audited. */
export function getDossier(deps: DossierDeps, code: string, caller: Caller, now: Date) {
  const d = findDossier(deps.db, code);
  if (!d) throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  // A bookkeeping write: its own fsync blocked the hub ~4 ms per read under load (see withoutSync).
  withoutSync(deps.db, () =>
    appendAudit(deps.db, {
      at: now,
      actor: caller.username,
      action: 'dossiers.read',
      subject: d.code,
    }),
  );
  const { lookupSecret: _secret, ...dossier } = d;
  const payments = paymentsOf(deps.db, d.code);
  return {
    ...dossier,
    audit: auditOf(deps.db, d.code),
    ...(payments.length > 0 ? { payments } : {}),
  };
}
