/**
 * A processing time the catalog could not structure ("Không", a figure without a unit) is never
 * turned into a due date by guessing: the officer states it (amount and unit) for the dossier at
 * hand, and that is what the due date is counted from and the slip prints.
 */
import type { ProcessingTime } from '../catalog/types';
import { badInput } from '../core/errors';

/** What the officer gives: working days, days, or same day with an optional cut-off. */
export interface ConfirmedTime {
  amount: number;
  unit: 'working_day' | 'calendar_day' | 'same_day';
  cutoff?: string;
}

const WORDS = { working_day: 'ngày làm việc', calendar_day: 'ngày' } as const;

/** The wording of a confirmed time, as the slip and the dossier keep it. */
function confirmedText(c: ConfirmedTime): string {
  if (c.unit === 'same_day')
    return c.cutoff
      ? `Trong ngày (nhận sau ${c.cutoff} trả ngày làm việc tiếp theo)`
      : 'Trong ngày';
  return `${c.amount} ${WORDS[c.unit]}`;
}

/**
 * The time a dossier is counted with: the catalog's when it is structured (an officer's figure is
 * then refused: the due-date override is the way to change a date), the officer's when it is not
 * (refused without one, naming the field `processing`).
 */
export function dossierProcessing(
  catalog: ProcessingTime,
  given: ConfirmedTime | undefined,
  officer: string,
): ProcessingTime {
  if (!catalog.assumed) {
    if (given)
      throw badInput(
        'Thời hạn giải quyết: thủ tục đã có thời hạn theo quy định; muốn hẹn ngày khác, dùng "Ấn định ngày hẹn" và ghi lý do.',
        'processing',
      );
    return catalog;
  }
  if (!given)
    throw badInput(
      'Thời hạn giải quyết: danh mục không ghi rõ thời hạn của thủ tục này; cán bộ nhập thời hạn (số và đơn vị) trước khi tiếp nhận.',
      'processing',
    );
  if (given.unit === 'same_day' ? given.amount !== 0 : given.amount < 1)
    throw badInput(
      given.unit === 'same_day'
        ? 'Thời hạn giải quyết: "Trong ngày" không kèm số ngày.'
        : 'Thời hạn giải quyết: số ngày phải từ 1 trở lên.',
      'processing.amount',
    );
  if (given.unit !== 'same_day' && given.cutoff)
    throw badInput(
      'Thời hạn giải quyết: giờ nhận muộn nhất chỉ dùng với "Trong ngày".',
      'processing.cutoff',
    );
  return {
    channel: 'in_person',
    amount: given.amount,
    unit: given.unit,
    ...(given.cutoff ? { cutoff: given.cutoff } : {}),
    text: confirmedText(given),
    sourceNote: `cán bộ ${officer} xác nhận${catalog.sourceNote ? `; nguồn: ${catalog.sourceNote}` : ''}`,
  };
}
