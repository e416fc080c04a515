/**
 * "Cách thức thực hiện" of the national portal: one row per channel, its processing time (value,
 * unit, cut-off) and its fee, the cells run together ("Trực tiếp22 Ngày làm việcMiễn phí…").
 */
import type { Channel, Fee, ProcessingTime, TimeUnit } from './types';

const CHANNELS: Record<string, Channel> = {
  'Trực tiếp': 'in_person',
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'post',
};
const UNITS: Record<string, TimeUnit> = {
  'ngày làm việc': 'working_day',
  ngày: 'calendar_day',
  giờ: 'working_hour',
  'giờ làm việc': 'working_hour',
};

/** The cut-off hour a text states ("nếu tiếp nhận hồ sơ sau 15 giờ …") as HH:MM. */
export function findCutoff(text: string): string | undefined {
  const m = /(?:nhận|tiếp nhận|nộp)[^.;]{0,60}?sau (\d{1,2})\s*(?:giờ|h)\s*(\d{2})?/iu.exec(text);
  if (!m || Number(m[1]) > 23) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** The unit a text gives to a number stated without one ("05 (năm) ngày làm việc" for 5). */
export function unitFromText(amount: number, text: string): TimeUnit | undefined {
  const re = new RegExp(
    `(?:^|[^\\d,.])0*${amount}\\s*(?:\\([^)]{0,20}\\)\\s*)?(ngày làm việc|giờ làm việc|ngày|giờ)`,
    'iu',
  );
  const m = re.exec(text);
  return m ? UNITS[m[1].toLowerCase()] : undefined;
}

interface ChannelRow {
  channel: Channel;
  time?: ProcessingTime;
  fee?: Fee;
  raw: string;
}

/** Reads a balanced "( … )" at the start of `s`, for the fee's explanation. */
function leadingParenthesis(s: string): string {
  if (!s.startsWith('(')) return '';
  let depth = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (s[i] === '(') depth += 1;
    else if (s[i] === ')') depth -= 1;
    if (depth === 0) return s.slice(0, i + 1);
  }
  return s;
}

function parseFee(channel: Channel, s: string): { fee?: Fee; rest: string } {
  const m = /^(Miễn phí|Không có thông tin|([\d.,]+)\s*(Việt Nam Đồng|VNĐ|Đồng|đồng))/u.exec(s);
  if (!m) return { rest: s };
  const after = s.slice(m[0].length);
  const note = leadingParenthesis(after);
  const rest = after.slice(note.length);
  if (m[1] === 'Không có thông tin') return { rest };
  const amount = m[2] ? Number(m[2].replace(/[.,]/gu, '')) : 0;
  return { fee: { channel, amount, text: `${m[1]}${note ? ` ${note}` : ''}`.trim() }, rest };
}

/** A cell that begins with an amount of money ("120,000 VNĐ", "50.000 đồng"). */
const CURRENCY_FIRST = /^[\d.,]+\s*(?:Việt Nam Đồng|VNĐ|Đồng|đồng)/u;

function parseTime(
  channel: Channel,
  s: string,
  context: string,
): { time?: ProcessingTime; rest: string } {
  // "Trực tuyến120,000 VNĐ(…)": the time cell is empty and the figure is the fee.
  if (CURRENCY_FIRST.test(s)) return { rest: s };
  const m = /^(?:(\d+)(?:[.,]\d+)?\s*(Ngày làm việc|Ngày|Giờ|Tháng)?|Không có thông tin)/u.exec(s);
  if (!m || !m[1]) return { rest: m ? s.slice(m[0].length) : s };
  const amount = Number(m[1]);
  const rest = s.slice(m[0].length);
  const text = m[0].trim();
  if (m[2] === 'Tháng') return { rest };
  const cutoff = findCutoff(context);
  if (m[2])
    return {
      time: {
        channel,
        amount,
        unit: UNITS[m[2].toLowerCase()],
        text,
        ...(cutoff ? { cutoff } : {}),
      },
      rest,
    };
  if (/trong ngày(?! làm việc tiếp theo)/iu.test(rest) || (amount === 1 && cutoff)) {
    return {
      time: {
        channel,
        amount: 0,
        unit: 'same_day',
        text: 'Trong ngày',
        sourceNote: `nguồn ghi: ${text}`,
        ...(cutoff ? { cutoff } : {}),
      },
      rest,
    };
  }
  const unit = unitFromText(amount, `${rest} ${context}`);
  return unit
    ? { time: { channel, amount, unit, text, ...(cutoff ? { cutoff } : {}) }, rest }
    : { rest };
}

/**
 * Parses "Cách thức thực hiện": one row per channel with its processing time (value and unit,
 * the unit taken from the row's or the steps' wording when the cell has none) and its fee.
 */
export function parseChannels(
  text: string,
  context: string,
): { rows: ChannelRow[]; complete: boolean } {
  const body = text.replace(/^Hình thức nộpThời gianPhí, lệ phíMô tả/u, '');
  const starts = [
    ...body.matchAll(
      /(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=\d|Không có thông tin|Miễn phí)/gu,
    ),
  ];
  const rows: ChannelRow[] = starts.map((m, i) => {
    const channel = CHANNELS[m[1]];
    const seg = body.slice(
      m.index + m[0].length,
      i + 1 < starts.length ? starts[i + 1].index : body.length,
    );
    const { time, rest } = parseTime(channel, seg, context);
    const { fee, rest: description } = parseFee(channel, rest);
    // The row's "Mô tả" goes with its time; a row with no time gives it to its fee, where it
    // often states the rule ("2.000 đồng/trang; từ trang thứ 3 … tối đa 200.000 đồng/bản").
    const note = description.trim().slice(0, 300);
    const withText = time && note ? { ...time, text: `${time.text}: ${note}`, note } : time;
    const withFee = !time && fee && note ? { ...fee, text: `${fee.text} ${note}` } : fee;
    return { channel, time: withText, fee: withFee, raw: seg };
  });
  const complete = rows.length > 0 && rows.every((r) => r.time && r.fee);
  return { rows, complete };
}
