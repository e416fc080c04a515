/** The public status of a dossier or declaration: what the kiosk shows to whoever holds the code. */
import { notFound } from '../core/errors';
import { maskIdNumber, maskName, maskPhone } from '../text/mask';
import { DECLARATION_STATES, DOSSIER_STATES, type DossierState } from './lifecycle';
import { parseLookupInput } from './codes';
import { findDeclaration, findDossier } from './repo';
import type { DossierDeps } from './service';
import type { MissingDocument, PublicStatus } from './types';

/** The papers asked for, by name only (no personal data), as the citizen must bring them. */
const missingNames = (missing: MissingDocument[] | undefined) => (missing ?? []).map((m) => m.name);

const BRING: Partial<Record<DossierState, string[]>> = {
  result_ready: [
    'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    'Căn cước (hoặc giấy tờ tùy thân) của người nộp',
    'Tiền lệ phí (nếu có)',
  ],
  received: [
    'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    'Căn cước (hoặc giấy tờ tùy thân) khi đến nhận kết quả',
  ],
  in_progress: [
    'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    'Căn cước (hoặc giấy tờ tùy thân) khi đến nhận kết quả',
  ],
  handed_over: [
    'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    'Căn cước (hoặc giấy tờ tùy thân) khi đến nhận kết quả',
  ],
  supplement_requested: ['Phiếu yêu cầu bổ sung hồ sơ', 'Các giấy tờ còn thiếu ghi trên phiếu'],
};

/** The masked applicant, shown only to whoever holds the slip's secret. */
const maskedApplicant = (a: { fullName: string; idNumber: string; phone: string }) => ({
  applicantName: maskName(a.fullName),
  idNumberMasked: maskIdNumber(a.idNumber),
  phoneMasked: maskPhone(a.phone),
});

/**
 * Looks a code up for the kiosk. A bare code (sequential, so guessable) answers the procedure,
 * status and dates only; the slip's QR (`CODE#SECRET`) adds the masked applicant; a wrong secret
 * is treated as no match, so a guessed code with a forged QR learns nothing.
 */
export function lookup(deps: DossierDeps, raw: string): PublicStatus {
  const { code, secret } = parseLookupInput(raw);
  const dossier = findDossier(deps.db, code, { history: false });
  if (dossier && (!secret || secret === dossier.lookupSecret)) {
    const info = DOSSIER_STATES[dossier.status];
    return {
      code: dossier.code,
      kind: 'dossier',
      status: dossier.status,
      nationalStatus: info.national,
      statusLabel: info.label,
      statusText: info.plain,
      procedureName: dossier.procedureName,
      ...(secret ? maskedApplicant(dossier.applicant) : {}),
      receivedAt: dossier.receivedAt,
      dueAt: dossier.dueAt,
      bring: [
        ...(BRING[dossier.status] ?? []),
        ...(dossier.status === 'supplement_requested' ? missingNames(dossier.missing) : []),
      ],
    };
  }
  const declaration = !secret ? findDeclaration(deps.db, code) : undefined;
  if (!declaration)
    throw notFound(`Không tìm thấy hồ sơ có mã ${code}. Vui lòng kiểm tra lại mã trên giấy hẹn.`);
  const info = DECLARATION_STATES[declaration.status];
  return {
    code: declaration.code,
    kind: 'declaration',
    status: declaration.status,
    nationalStatus: info.national,
    statusLabel: info.label,
    statusText: info.plain,
    procedureName: deps.procedure(declaration.procedureCode)?.name ?? declaration.procedureCode,
    bring:
      declaration.status === 'declared'
        ? ['Các giấy tờ theo danh mục của thủ tục', 'Căn cước của người nộp']
        : declaration.status === 'supplement'
          ? ['Phiếu yêu cầu bổ sung hồ sơ', ...missingNames(declaration.missing)]
          : [],
  };
}
