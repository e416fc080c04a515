/** Office-printer forms of a dossier: the A5 Mẫu 01 in two copies (Liên 1: Lưu, Liên 2: Giao người nộp hồ sơ). */
import { notFound } from '../core/errors';
import type { Caller } from '../core/types';
import { appendAudit } from '../audit/log';
import { receiptA5 } from '../slips/receipt';
import { renderHtml } from '../printing/render-html';
import { findStaff } from '../staff/repo';
import { findDossier } from './repo';
import { receiptData } from './slip-data';
import type { DossierDeps } from './service';

/** The A5 receipt form as self-contained HTML the officer's browser prints; the read is audited. */
export function receiptFormHtml(
  deps: DossierDeps,
  code: string,
  caller: Caller,
  now: Date,
): { filename: string; html: string } {
  const d = findDossier(deps.db, code);
  if (!d) throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  const officer = findStaff(deps.db, d.receivedBy);
  const data = receiptData(d, deps.settings(), { fullName: officer?.fullName ?? d.receivedBy });
  appendAudit(deps.db, {
    at: now,
    actor: caller.username,
    action: 'dossiers.receiptForm',
    subject: d.code,
  });
  return {
    filename: `mau-01-${d.code}.html`,
    html: renderHtml(receiptA5(data), 'A5', { embedFonts: true }),
  };
}
