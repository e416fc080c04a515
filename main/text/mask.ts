/** Masking of personal data (Nghị định 13/2023) for anything printed or shown in public. */

/** Shows only the last three digits of an ID number: `0010******45` style, length kept. */
export function maskIdNumber(id: string): string {
  const digits = id.replace(/\D/gu, '');
  if (digits.length <= 3) return '*'.repeat(digits.length);
  return '*'.repeat(digits.length - 3) + digits.slice(-3);
}

/** Keeps the first three and last two digits of a phone number: `091*****67`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/gu, '');
  if (digits.length <= 5) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 5) + digits.slice(-2);
}

/** Keeps the given name whole and the initials of the rest: "Nguyễn Văn An" → "N. V. An". */
export function maskName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/u).filter(Boolean);
  if (parts.length <= 1) return parts.join('');
  const last = parts[parts.length - 1];
  return [...parts.slice(0, -1).map((p) => `${[...p][0]}.`), last].join(' ');
}
