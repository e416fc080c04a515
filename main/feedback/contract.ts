/** Satisfaction rating at the kiosk and its statistics for the officer. Node-free. */
import { z } from 'zod';
import { spec } from '../core/types';
import { isoInstant } from '../core/fields';
import { RATING_REASONS, type FeedbackStats, type RateResult } from './types';

/** A dossier code as printed on the slip; the message names the field (the table's labels do not know this key). */
const dossierCode = z
  .string({ error: 'Mã hồ sơ phải là chữ' })
  .max(80, { error: 'Mã hồ sơ dài quá 80 ký tự' })
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z.string().regex(/^[A-Z0-9.#-]{4,60}$/u, {
      error: 'Mã hồ sơ không đúng định dạng, ví dụ 000.00.06.H14-261126-0001',
    }),
  );

const officer = z
  .string({ error: 'Cán bộ phải là tên đăng nhập' })
  .max(64)
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9._-]{3,32}$/u, { error: 'Cán bộ phải là tên đăng nhập của một cán bộ' }),
  );

export const feedbackContract = {
  'feedback.rate': spec<RateResult>()({
    role: 'kiosk',
    input: z
      .object({
        level: z.number().int().min(1).max(5),
        dossierCode: dossierCode.optional(),
        officer: officer.optional(),
        reasons: z
          .array(
            z.enum(
              RATING_REASONS.map((r) => r.key),
              { error: 'Lý do đánh giá không có trong danh sách' },
            ),
          )
          .max(RATING_REASONS.length)
          .optional(),
      })
      .strict(),
    doc: "Records a citizen's rating, 5 Rất hài lòng … 1 Rất không hài lòng, with optional reasons; a dossier is rated once with its slip's CODE#SECRET; paced per kiosk.",
  }),
  'feedback.stats': spec<FeedbackStats>()({
    role: 'officer',
    input: z
      .object({ from: isoInstant, to: isoInstant })
      .strict()
      .refine((r) => Date.parse(r.from) <= Date.parse(r.to), {
        error: 'phải sau thời điểm bắt đầu',
        path: ['to'],
      }),
    doc: 'Counts per level and per officer over a period, for the head of unit and the on-time report.',
  }),
};
