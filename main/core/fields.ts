/** Reusable input schemas: every text is NFC and trimmed, every limit is stated once. */
import { z } from 'zod';
import { cleanText } from '../text/normalize';

/** A required one-line text, NFC, trimmed, 1..max characters. */
export const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanText)
    .pipe(z.string().min(1).max(max));

/** An optional free text that may be empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform(cleanText)
    .pipe(z.string().max(max));

/** A 12-digit căn cước number, or a legacy 9-digit CMND. */
export const idNumber = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s.-]/gu, ''))
  .pipe(
    z
      .string()
      .regex(/^(\d{12}|\d{9})$/u, { error: 'phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)' }),
  );

/** A Vietnamese mobile number: 10 digits starting with 0, or +84 followed by 9 digits. */
export const phone = z
  .string()
  .max(40)
  .transform((s) => s.replace(/[\s.()-]/gu, ''))
  .pipe(
    z
      .string()
      .regex(/^(0\d{9}|\+84\d{9})$/u, { error: 'phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84)' })
      .transform((s) => (s.startsWith('+84') ? `0${s.slice(3)}` : s)),
  );

export const email = z
  .string()
  .max(254)
  .transform((s) => s.trim())
  .pipe(z.union([z.literal(''), z.email({ error: 'không đúng định dạng thư điện tử' })]));

/** An instant with an explicit offset, between 1990 and 2100. */
export const isoInstant = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/u, {
    error: 'phải là thời điểm ISO-8601 có múi giờ, ví dụ 2026-11-26T09:30:00+07:00',
  })
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'không phải thời điểm có thật' })
  .refine(
    (s) => {
      const y = new Date(s).getUTCFullYear();
      return y >= 1990 && y <= 2100;
    },
    { error: 'phải nằm trong khoảng 1990–2100' },
  );

/** A calendar date YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'phải có dạng YYYY-MM-DD' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    { error: 'không phải ngày có thật' },
  );

/** A dossier code or a declaration code as printed on a slip. */
export const anyCode = z
  .string()
  .max(80)
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().min(1));

/** The applicant as declared at the kiosk or typed by the officer. */
/** A tax code (mã số thuế): 10 digits, or 10 digits and a 3-digit branch suffix. */
export const taxCode = z
  .string()
  .max(40)
  .transform((s) => s.replace(/\s/gu, ''))
  .pipe(z.string().regex(/^\d{10}(-\d{3})?$/u, { error: 'phải gồm 10 chữ số (hoặc 10-3 chữ số)' }));

export const applicant = z.object({
  fullName: text(100),
  idNumber,
  phone,
  address: text(300),
  email: email.optional(),
  organisation: z
    .object({ name: text(200), taxCode, representative: optionalText(100).optional() })
    .strict()
    .optional(),
  onBehalfOf: z
    .object({
      fullName: text(100),
      idNumber: idNumber.optional(),
      relation: optionalText(100).optional(),
    })
    .strict()
    .optional(),
});
export type ApplicantInput = z.output<typeof applicant>;
