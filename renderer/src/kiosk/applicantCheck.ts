/** The declaration's checks on the kiosk, all at once, so every field in error shows before sending. Pure. */

export type ApplicantKey = 'fullName' | 'idNumber' | 'phone' | 'address' | 'email';
export type ApplicantValues = Record<ApplicantKey, string>;
/** i18n keys of the messages, per field in error. */
export type ApplicantErrors = Partial<Record<ApplicantKey, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;

/** Every field's problem (an i18n key), none for a valid field; `allowOldId` lets 9 digits through. */
export function checkApplicant(v: ApplicantValues, allowOldId: boolean): ApplicantErrors {
  const e: ApplicantErrors = {};
  if (v.fullName.trim().length < 2) e.fullName = 'check.fullName';
  const idOk = /^\d{12}$/u.test(v.idNumber) || (allowOldId && /^\d{9}$/u.test(v.idNumber));
  if (!idOk) e.idNumber = allowOldId ? 'check.idNumberOld' : 'check.idNumber';
  if (!/^0\d{9}$/u.test(v.phone)) e.phone = 'check.phone';
  if (v.address.trim().length < 3) e.address = 'check.address';
  if (v.email.trim() && !EMAIL.test(v.email.trim())) e.email = 'check.email';
  return e;
}
