/**
 * The official forms of Thông tư 03/2025/TT-VPCP for one dossier (or declaration) as PDF: 01 receipt
 * and appointment (A5, Liên 1 and Liên 2), 02 supplement, 03 refusal, 04 apology and new date,
 * 05 stop notice, 06 control sheet. A form the dossier's state does not call for is a 409.
 */
import { conflict, notFound } from '../core/errors';
import type { Caller } from '../core/types';
import { appendAudit } from '../audit/log';
import { formatVnDateTime } from '../calendar/vn-time';
import { receiptA5 } from '../slips/receipt';
import {
  controlSheet,
  delayNotice,
  refusalNotice,
  stopNotice,
  supplementRequest,
} from '../slips/notices';
import type { SlipDocument } from '../slips/types';
import { findStaff } from '../staff/repo';
import { findDeclaration, findDossier } from '../dossiers/repo';
import { receiptData } from '../dossiers/slip-data';
import type { DossierDeps } from '../dossiers/service';
import type {
  Declaration,
  Dossier,
  DossierEvent,
  MissingDocument,
  Timing,
} from '../dossiers/types';
import { renderPdf } from './pdf';

export type FormNumber = '01' | '02' | '03' | '04' | '05' | '06';
type Full = Dossier & { lookupSecret: string };

const TIMING: Record<Timing, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };
const lastEvent = (d: Dossier, action: string): DossierEvent | undefined =>
  [...d.history].reverse().find((e) => e.action === action);
const notApplicable = (form: FormNumber, code: string, why: string) =>
  conflict(`Không thể lập Mẫu ${form} cho ${code}: ${why}.`);

function base(
  deps: DossierDeps,
  code: string,
  procedureName: string,
  applicantName: string,
  at: string,
  officerName: string,
) {
  const s = deps.settings();
  return {
    unitName: s.unitName,
    parentAgency: s.parentAgency || undefined,
    place: s.place || undefined,
    headName: s.headName || undefined,
    code,
    procedureName,
    applicantName,
    issuedAt: at,
    officerName,
  };
}

/** The document of a form for a dossier, or a 409 when its state does not call for it. */
function dossierForm(deps: DossierDeps, d: Full, form: FormNumber, officer: string): SlipDocument {
  const b = (at: string) => base(deps, d.code, d.procedureName, d.applicant.fullName, at, officer);
  switch (form) {
    case '01':
      if (d.status === 'refused')
        throw notApplicable(form, d.code, 'hồ sơ đã bị từ chối tiếp nhận');
      return receiptA5(receiptData(d, deps.settings(), { fullName: officer }));
    case '02': {
      const e = lastEvent(d, 'requestSupplement');
      if (!e) throw notApplicable(form, d.code, 'hồ sơ chưa có yêu cầu bổ sung');
      const x = e.detail as { missing: MissingDocument[]; reason: string };
      const contact = [officer, deps.settings().contact].filter(Boolean).join(', ');
      return supplementRequest({
        ...b(e.at),
        missing: x.missing,
        reason: x.reason,
        contact,
        receivedAt: d.receivedAt,
      });
    }
    case '03': {
      const e = lastEvent(d, 'refuse');
      if (d.status !== 'refused' || !e)
        throw notApplicable(form, d.code, `hồ sơ đang ở trạng thái "${d.statusLabel}"`);
      return refusalNotice({ ...b(e.at), reason: d.note ?? '' });
    }
    case '04': {
      const e = lastEvent(d, 'delay');
      if (!e) throw notApplicable(form, d.code, 'hồ sơ chưa được hẹn lại ngày trả');
      const x = e.detail as { dueBefore: string; dueAt: string; reason: string };
      return delayNotice({
        ...b(e.at),
        receivedAt: d.receivedAt,
        originalDueAt: x.dueBefore,
        newDueAt: x.dueAt,
        reason: x.reason,
      });
    }
    case '05': {
      const e = lastEvent(d, 'stop');
      if (d.status !== 'stopped' || !e)
        throw notApplicable(form, d.code, `hồ sơ đang ở trạng thái "${d.statusLabel}"`);
      return stopNotice({ ...b(e.at), reason: d.note ?? '' });
    }
    case '06':
      return controlSheet({
        ...b(d.receivedAt),
        receivedAt: d.receivedAt,
        dueAt: d.dueAt,
        lines: controlLines(d, deps.settings().unitName, officer),
      });
  }
}

/** The control sheet's lines: receipt at the counter, then each hand-over and its return. */
function controlLines(d: Dossier, unit: string, receiver: string) {
  const at = (iso: string) => formatVnDateTime(new Date(iso));
  const lines = [
    {
      unit: `Giao: ${unit} (tiếp nhận)`,
      at: at(d.receivedAt),
      giver: d.applicant.fullName,
      receiver,
      timing: '',
    },
  ];
  for (const h of d.handovers ?? []) {
    lines.push({
      unit: `Giao: ${h.fromUnit}\nNhận: ${h.toUnit}`,
      at: at(h.sentAt),
      giver: h.giver,
      receiver: h.receiver ?? '',
      timing: TIMING[h.sentTiming],
    });
    if (h.backAt)
      lines.push({
        unit: `Giao: ${h.toUnit}\nNhận: ${unit}`,
        at: at(h.backAt),
        giver: h.receiver ?? h.toUnit,
        receiver: h.backBy ?? '',
        timing: h.backTiming ? TIMING[h.backTiming] : '',
      });
  }
  return lines;
}

/** The forms a declaration (not yet a dossier) may have: 02 while papers are awaited, 03 once refused. */
function declarationForm(
  deps: DossierDeps,
  d: Omit<Declaration, 'procedureName'>,
  form: FormNumber,
  officer: string,
): SlipDocument {
  const name = deps.procedure(d.procedureCode)?.name ?? d.procedureCode;
  const b = base(deps, d.code, name, d.applicant.fullName, d.createdAt, officer);
  if (form === '02' && d.missing)
    return supplementRequest({
      ...b,
      missing: d.missing,
      reason: d.note ?? '',
      contact: [officer, deps.settings().contact].filter(Boolean).join(', '),
    });
  if (form === '03' && d.status === 'refused') return refusalNotice({ ...b, reason: d.note ?? '' });
  throw notApplicable(form, d.code, 'tờ khai chưa được tiếp nhận thành hồ sơ');
}

/** One official form as PDF (base64) with its page count; the read is audited. */
export async function formPdf(
  deps: DossierDeps,
  input: { code: string; form: FormNumber },
  caller: Caller,
  now: Date,
): Promise<{ pdf: string; pages: number; filename: string }> {
  const d = findDossier(deps.db, input.code);
  let doc: SlipDocument;
  if (d) {
    const officer = findStaff(deps.db, d.receivedBy)?.fullName ?? d.receivedBy;
    doc = dossierForm(
      deps,
      d,
      input.form,
      ['01', '06'].includes(input.form) ? officer : caller.fullName,
    );
  } else {
    const decl = findDeclaration(deps.db, input.code);
    if (!decl) throw notFound(`Không tìm thấy tờ khai hoặc hồ sơ ${input.code}.`);
    doc = declarationForm(deps, decl, input.form, caller.fullName);
  }
  const { pdf, pages } = await renderPdf(doc, { paper: input.form === '06' ? 'A4' : 'A5' });
  appendAudit(deps.db, {
    at: now,
    actor: caller.username,
    action: 'dossiers.formPdf',
    subject: d?.code ?? input.code,
    detail: { form: input.form },
  });
  return {
    pdf: pdf.toString('base64'),
    pages,
    filename: `mau-${input.form}-${d?.code ?? input.code}.pdf`,
  };
}
