/** What the counter reads off a procedure: the in-person processing time and fee, and their wording. */
import type { Channel, Fee, Procedure, ProcessingTime, TimeUnit } from './types';

const UNIT_WORDS: Record<TimeUnit, string> = {
  working_day: 'ngày làm việc',
  calendar_day: 'ngày',
  working_hour: 'giờ làm việc',
  same_day: 'Trong ngày',
};

/**
 * The processing time for a dossier received at the counter: the in-person channel, else the
 * post or online one (the portal usually states the same time), else a unit-less figure the
 * importer kept as text, marked `assumed`, else "same day" marked `assumed`. Never throws, so a
 * thin catalog record cannot block a reception; `assumed` tells the officer to check the date.
 */
export function inPersonProcessing(p: Procedure): ProcessingTime {
  const order = ['in_person', 'post', 'online'] as const;
  for (const channel of order) {
    const found = p.processing.find((t) => t.channel === channel && !t.assumed);
    if (found) return channel === 'in_person' ? found : { ...found, channel: 'in_person' };
  }
  const assumed = p.processing.find((t) => t.assumed);
  if (assumed) return { ...assumed, channel: 'in_person' };
  const raw = p.unparsed?.processing ?? '';
  const amount = /(?:Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(\d{1,3})(?!\d)/u.exec(raw);
  if (amount) {
    const n = Number(amount[1]);
    return {
      channel: 'in_person',
      amount: n,
      unit: 'working_day',
      text: ASK_OFFICER,
      sourceNote: `${n} (nguồn không ghi đơn vị)`,
      assumed: true,
    };
  }
  return {
    channel: 'in_person',
    amount: 0,
    unit: 'same_day',
    text: 'Chưa có thời hạn giải quyết',
    assumed: true,
  };
}

/** What citizens read when the time is only a guess: never a unit the source did not state. */
export const ASK_OFFICER = 'Cần hỏi cán bộ';

/** "5 ngày làm việc", "Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)" — short, for lists and slips. */
export function timeText(t: ProcessingTime): string {
  if (t.assumed) return ASK_OFFICER;
  if (t.unit === 'same_day') {
    return t.cutoff
      ? `Trong ngày (nhận sau ${t.cutoff} trả ngày làm việc tiếp theo)`
      : 'Trong ngày';
  }
  return `${t.amount} ${UNIT_WORDS[t.unit]}`;
}

/** The time for officer and admin screens: the guess and its provenance note, marked to check. */
export function staffTimeText(t: ProcessingTime): string {
  const base = t.assumed ? `${t.amount} ${UNIT_WORDS[t.unit]} (cần kiểm tra)` : timeText(t);
  return t.sourceNote ? `${base} — ${t.sourceNote}` : base;
}

/** Formats integer đồng the Vietnamese way: 1.000.000 đồng. */
export function formatDong(amount: number): string {
  return `${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/gu, '.')} đồng`;
}

/** The in-person fee as one short text: "Miễn phí", "50.000 đồng", or the source's words. */
export function feeText(p: Procedure): string {
  const fee = inPersonFee(p);
  if (!fee) return 'Không có thông tin';
  if (fee.amount === 0) return provinceSetsFee(fee.text) ? PROVINCE_FEE : 'Miễn phí';
  return formatDong(fee.amount);
}

/** What a citizen reads where the portal writes "Miễn phí" but its note leaves the amount to the province. */
export const PROVINCE_FEE = 'Theo mức do tỉnh quy định';

/**
 * Whether a fee's note says the provincial council sets the amount ("Miễn phí(Mức lệ phí cụ thể do
 * Hội đồng nhân dân tỉnh … quyết định …)", "Miễn phí(Theo quy định của Hội đồng nhân dân cấp
 * tỉnh)"): the portal's 0 then is no amount, and "Miễn phí" would tell a paying citizen it is free.
 */
export function provinceSetsFee(text: string): boolean {
  return /(?:mức(?: thu)?(?: lệ)? phí|theo (?:mức thu lệ phí|quy định của))[^.;]{0,30}Hội đồng nhân dân/iu.test(
    text.normalize('NFC'),
  );
}

/** The fee that applies at the counter: the in-person one, else one without a channel, else any. */
export function inPersonFee(p: Procedure): Fee | undefined {
  return (
    p.fees.find((f) => f.channel === 'in_person') ??
    p.fees.find((f) => f.channel === undefined) ??
    p.fees[0]
  );
}

/** Strips parentheses that wrap the whole text, however many ("((Miễn …))" → "Miễn …"). */
function unwrapParens(s: string): string {
  let out = s.trim();
  while (out.startsWith('(') && out.endsWith(')') && balancedInside(out)) {
    out = out.slice(1, -1).trim();
  }
  return out;
}

/** Whether the first "(" of `s` closes at its last character (so the outer pair wraps it all). */
function balancedInside(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '(') depth += 1;
    else if (s[i] === ')') depth -= 1;
    if (depth === 0) return i === s.length - 1;
  }
  return false;
}

/**
 * A fee for a citizen's screen: the amount in Vietnamese format ("70.000 đ", "Miễn phí") and the
 * source's explanation without the amount it repeats and without doubled brackets.
 */
export function feeParts(fee: Fee): { amount: string; note?: string } {
  const amount =
    fee.amount === 0
      ? provinceSetsFee(fee.text)
        ? PROVINCE_FEE
        : 'Miễn phí'
      : `${String(Math.round(fee.amount)).replace(/\B(?=(\d{3})+(?!\d))/gu, '.')} đ`;
  const rest = fee.text
    .normalize('NFC')
    .replace(/^\s*(?:Miễn phí|[\d.,]+\s*(?:Việt Nam Đồng|VNĐ|Đồng|đồng|đ)(?![\p{L}]))/u, '');
  // "Miễn phí(Đồng (Mức lệ phí …))": a currency word the portal's form leaves before the note.
  const note = unwrapParens(
    unwrapParens(rest).replace(/^(?:Việt Nam Đồng|VNĐ|Đồng|đồng)(?![\p{L}])\s*/u, ''),
  )
    .replace(/\s+/gu, ' ')
    .replace(/^[-*+•–]\s*/u, '')
    .trim();
  // "(/hồ sơ)", "(đồng/lần)", "(150.000 đồng/1 giấy)", "/trang; từ trang thứ ba …": the unit of
  // the amount (the amount itself may be said again) is read with it ("2.000 đ/trang"); what
  // follows it stays the note.
  const unit = LEADING_UNIT.exec(note);
  if (
    unit &&
    fee.amount > 0 &&
    (!unit[1] || Number(unit[1].replace(/[.,]/gu, '')) === fee.amount)
  ) {
    const after = unit[3].trim();
    const withUnit = `${amount}/${unit[2].trim()}`;
    return after
      ? { amount: withUnit, note: after[0].toLocaleUpperCase('vi') + after.slice(1) }
      : { amount: withUnit };
  }
  // "Miễn phí (Không)": a word that only repeats the amount is no explanation.
  if (!note || note === amount || NO_NOTE.test(note)) return { amount };
  return { amount, note };
}

/** A note that begins with the amount's unit: "(/trang)", "/hồ sơ", "2.000 đồng/trang;", "đồng/lần". */
const LEADING_UNIT =
  /^\(?\s*(?:([\d.,]+)\s*)?(?:đồng|đ)?\s*\/\s*([^\s/().;:,]+(?:\s[^\s/().;:,]+){0,2})\s*(?:\)\s*[;,.]?|[;,.]|$)\s*(.*)$/isu;

/** Notes that say nothing beyond the amount ("Không", "Không thu", "0 đồng"). */
const NO_NOTE = /^(?:không(?: có| quy định| thu(?: phí| lệ phí)?)?|miễn phí|0(?: đồng| đ)?)\.?$/iu;

/**
 * Rows that read the same for several channels, shown once with those channels ("Nộp trực tuyến,
 * Qua bưu chính: 4.000.000 đ …" instead of the same amount and note six times), in first-seen order.
 */
export function sameAcrossChannels<T extends { channel?: Channel }>(
  rows: T[],
  key: (row: T) => string,
): { channels: (Channel | undefined)[]; row: T }[] {
  const out: { channels: (Channel | undefined)[]; row: T; key: string }[] = [];
  for (const row of rows) {
    const k = key(row);
    const found = out.find((g) => g.key === k);
    if (!found) out.push({ channels: [row.channel], row, key: k });
    else if (!found.channels.includes(row.channel)) found.channels.push(row.channel);
  }
  return out.map(({ channels, row }) => ({ channels, row }));
}

/** What a citizen reads of a time, as a key: the figure and what the row is for (its stage or case). */
export function timeKey(t: ProcessingTime): string {
  return `${timeText(t)}\u0000${t.assumed ? '' : (t.note ?? '')}`;
}

/** What a citizen reads of a fee, as a key: rows with the same amount and note read the same. */
export function feeKey(fee: Fee): string {
  const { amount, note } = feeParts(fee);
  return `${amount}\u0000${note ?? ''}`;
}
