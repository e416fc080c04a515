/**
 * Parsers for the national portal's page text, where table cells run together
 * ("Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp22 Ngày làm việcMiễn phí…"). Each returns
 * what it could structure; the importer keeps the original text for the rest.
 */
import type {
  Channel,
  DocumentCase,
  Fee,
  LegalBasis,
  ProcessingTime,
  RequiredDocument,
  TimeUnit,
} from './types';

const NO_INFO = /^\s*Không có thông tin\s*$/u;

/** Whether a section says nothing ("", "Không có thông tin"). */
export function isEmptySection(text: string | undefined): boolean {
  return !text || NO_INFO.test(text) || text.trim() === '';
}

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

const HEADER = /Tên giấy tờMẫu đơn, tờ khaiSố lượng/u;
const COUNT = /(\d+)\s*[Bb]ản (chính|sao|chụp)(?:\s*,\s*(\d+)\s*[Bb]ản (chính|sao|chụp))?/gu;
/** A form file's extension; the portal glues one or more file names after the document's name. */
const FILE_EXT = /\.(?:docx|doc|pdf|xlsx|xls|rar|zip)/giu;
/** How the portal's form files begin: "Mẫu …", "Mau …", "Mus09", "Phụ lục …", "Tờ khai …", "10-Mẫu …", "1.MuCT01…". */
const FORM_START =
  /^(?:\d{1,3}[-.\s]+)?(?:M(?:ẫu|au|us?\d|u[A-Z])|MẪU|PHỤ LỤC|mẫu|mau|phu luc|Ms\d|Phụ ?lục|Phu ?luc|PL\s?\d|Biểu mẫu|Bieu mau|Tờ khai|To khai|TK\s?\d|Bản khai|Giấy|Đơn|đơn|Don\b|Phiếu|Văn bản|[A-Z]{1,4}\d)/u;
/**
 * Where a file name can begin: after closing punctuation, or glued to the name without a space
 * ("…NĐ-CPMau04.docx", "…hết hạnmau so 20.doc", "…cước18-Mẫu TK8.doc").
 */
const FILE_BOUNDARY =
  /[.;)\]]+\s*|,(?=\S)|(?<=[\p{Ll}\d])(?=\p{Lu})|(?<=[\p{L}\d])(?=Mẫu|Mau|MẪU|Phụ lục|PHỤ LỤC|Mus?\d|mau\s|mẫu\s)|(?<=\p{L})(?=\d{1,3}-\p{L})/gu;
/** Longest file name the portal shows (in characters, extension excluded). */
const MAX_FILE_STEM = 100;

/**
 * Separates the form files the portal glues after a document's name ("…(NA20).Mau NA20-BCA.docx",
 * "…của Chính phủ)Giấy đề nghị.pdf", "…sảnMau 07-….docMau 08-….docx") from the name. The file
 * begins at the first boundary followed by a form's usual first word, else at the first boundary
 * whose remainder is short; with neither, the name stays whole rather than cut in the middle.
 */
function splitFormFile(raw: string): { name: string; form?: string } {
  const end = raw.search(new RegExp(FILE_EXT.source, 'iu'));
  if (end < 0) return { name: raw };
  const starts = [...raw.slice(0, end).matchAll(FILE_BOUNDARY)]
    .map((m) => m.index + m[0].length)
    .filter(
      (p) =>
        p > 0 &&
        end - p <= MAX_FILE_STEM &&
        (/\p{L}/u.test(raw.slice(p, end)) || PROCEDURE_CODE_STEM.test(raw.slice(p, end))),
    );
  const at =
    starts.find((p) => FORM_START.test(raw.slice(p))) ??
    echoedStart(raw, end) ??
    afterFormPhrase(raw, end) ??
    starts.find((p) => plainFileStem(raw, p, end)) ??
    starts.find(
      // " (1)" before the extension is a downloaded file's copy number, not the name's words.
      (p) =>
        end - p <= 40 &&
        !raw
          .slice(p, end)
          .replace(/ \(\d+\)$/u, '')
          .includes(' ('),
    );
  if (at === undefined) return { name: raw };
  const rest = raw.slice(at);
  const files: string[] = [];
  let from = 0;
  for (const m of rest.matchAll(FILE_EXT)) {
    files.push(rest.slice(from, m.index + m[0].length).trim());
    from = m.index + m[0].length;
  }
  if (rest.slice(from).trim()) files.push(rest.slice(from).trim());
  const name = raw
    .slice(0, at)
    .trim()
    .replace(/[;,:]+$/u, '')
    .trim();
  return name ? { name, form: files.filter(Boolean).join('; ') } : { name: raw };
}

/** A file named by the procedure's code ("1.004270.docx", "1.003894 (1).docx"). */
const PROCEDURE_CODE_STEM = /^\d\.\d{6}\b/u;

/**
 * Where the file begins right after the name's closing "theo mẫu" / "theo quy định", glued to it
 * ("…theo mẫu1.000312.docx", "…theo mẫuvăn bản đề nghị.docx", "…quy địnhon_de_nghi.docx"): in
 * Vietnamese text no word follows "mẫu" or "định" without a space, so the glue is the cell's edge.
 */
function afterFormPhrase(raw: string, end: number): number | undefined {
  const m = /(?:mẫu|Mẫu|quy định|quy đinh)[.;]?(?=[\p{L}\d])/u.exec(raw.slice(0, end));
  if (!m) return undefined;
  const at = m.index + m[0].length;
  return end - at <= MAX_FILE_STEM ? at : undefined;
}

/**
 * Whether the tail from `p` is a file name written without diacritics ("DON DANG KY MUA THUE…",
 * "Thoa thuan trao doi, tang cho…") beside a name written with them: people strip the marks
 * from file names, never from a document's name.
 */
function plainFileStem(raw: string, p: number, end: number): boolean {
  const stem = raw.slice(p, end);
  return (
    /\p{L}{2}/u.test(stem) && !/[^\p{ASCII}]/u.test(stem) && /[^\p{ASCII}]/u.test(raw.slice(0, p))
  );
}

/**
 * Where a file named after the document begins when it is glued to the name in the middle of a
 * word ("Báo cáo kết quả khảo sát (…) theo mẫu quy địnhbáo cáo kết quả khảo sát.docx"): the
 * longest tail of two words or more, before the extension, that the name already says as words.
 */
function echoedStart(raw: string, end: number): number | undefined {
  const lower = raw.toLocaleLowerCase('vi');
  for (let p = Math.max(1, end - MAX_FILE_STEM); p < end; p++) {
    if (!/\p{L}/u.test(raw[p - 1]) || !/\p{L}/u.test(raw[p])) continue;
    const stem = lower.slice(p, end).trim();
    if (stem.split(/\s+/u).length < 2) continue;
    // The name says it as words of its own, not as the tail of a longer word ("Đơn đề nghị"
    // holds "n đề nghị", which is no file name).
    for (let q = lower.indexOf(stem); q >= 0 && q < p; q = lower.indexOf(stem, q + 1))
      if (q === 0 || !/\p{L}/u.test(lower[q - 1])) return p;
  }
  return undefined;
}

function cleanTitle(s: string): string {
  return s.replace(/^[\s*\-–+:]+|[\s*\-–+:]+$/gu, '').trim();
}

/**
 * Where the table's count cell of a count match begins, or undefined when the count is the name's
 * own words. The portal's cell is always "N bản chính" (",N bản sao") glued to the cell before it;
 * a name states counts in prose ("nộp 02 bản chính tờ khai", "Hóa đơn: 01 bản chụp;", "01 bản sao
 * có chứng thực …"), after a space and before a space or a stop. A figure of three or more digits
 * is the name's number with the count's digit glued on ("Nghị định 116" + "1 bản chính").
 */
function cellStart(text: string, m: RegExpExecArray): number | undefined {
  if (m[2] !== 'chính') return undefined;
  const at = m.index + (m[1].length >= 3 ? m[1].length - 1 : 0);
  if (at > m.index) return at;
  const before = text[at - 1] ?? '';
  const after = text[m.index + m[0].length] ?? '';
  if (/[ \u00a0]/u.test(before) && /^[\s;.,:]/u.test(after)) return undefined;
  return at;
}

/** A count the name states at its end ("Hóa đơn thương mại: 01 bản chụp;"), the table's cell giving it again. */
const TRAILING_COUNT = /\s*:\s*\d+\s*[Bb]ản (?:chính|sao|chụp)\s*[;.,]?\s*$/u;

function toDocument(raw: string, counts: (string | undefined)[]): RequiredDocument {
  const { name, form } = splitFormFile(
    raw
      .trim()
      .replace(/^[-+•]\s*/u, '')
      .replace(TRAILING_COUNT, '')
      .replace(/(?<!\.)\.\.$/u, '.'),
  );
  const pairs: [string | undefined, string | undefined][] = [
    [counts[1], counts[2]],
    [counts[3], counts[4]],
  ];
  let originals = 0;
  let copies = 0;
  for (const [n, kind] of pairs) {
    if (!n || !kind) continue;
    if (kind === 'chính') originals += Number(n);
    else copies += Number(n);
  }
  return { name: name || raw.trim(), originals, copies, ...(form ? { form } : {}) };
}

/** Parses "Thành phần hồ sơ" into cases (the text before each table) with documents and counts. */
export function parseDocuments(text: string): DocumentCase[] {
  const parts = text.split(HEADER);
  if (parts.length < 2) return [];
  const cases: DocumentCase[] = [];
  let title = cleanTitle(parts[0]);
  for (const part of parts.slice(1)) {
    const documents: RequiredDocument[] = [];
    const notes: string[] = [];
    let pos = 0;
    for (const m of part.matchAll(COUNT)) {
      const at = cellStart(part, m);
      if (at === undefined) continue;
      const raw = part.slice(pos, at);
      pos = m.index + m[0].length;
      const cell = [m[0], m[1].slice(at - m.index), m[2], m[3], m[4]];
      if (!raw.trim()) continue;
      // "Hóa đơn thương mại: 01 bản chụp;0 bản chính,1 bản sao": the name states a count itself,
      // and the table's own count cell follows after a ";" — that cell is the paper's count.
      const last = documents.at(-1);
      if (!/\p{L}/u.test(raw) && last) {
        const { originals, copies } = toDocument(last.name, cell);
        const name = last.name.replace(/[\s:;,]+$/u, '');
        documents[documents.length - 1] = { ...last, name, originals, copies };
        continue;
      }
      const doc = toDocument(raw, cell);
      if (doc.originals + doc.copies > 0) documents.push(doc);
      else notes.push(doc.name);
    }
    if (documents.length + notes.length > 0) {
      cases.push({
        title: title || 'Thành phần hồ sơ',
        documents,
        ...(notes.length > 0 ? { notes } : {}),
      });
    }
    title = cleanTitle(part.slice(pos));
  }
  return cases;
}

const LEGAL_NUMBER =
  /(?:(?:Luật |Nghị định |Thông tư |Quyết định )?[Ss]ố\s*)?(\d+(?:\.\d+)?\/\d{4}\/(?:UBTVQH\d{1,2}|QH\d{1,2}|[A-ZĐ]{1,6}(?:-[A-ZĐ]{1,8}(?:g(?=\P{Ll}|$))?)+))(?=$|[\s,.;)]|\d|\p{Lu}\p{Ll}|\p{Lu}\p{Lu})/gu;

/** Parses "Căn cứ pháp lý": titles each followed by the document number cell. */
export function parseLegalBasis(text: string): LegalBasis[] {
  const body = text.replace(/^Tên văn bản pháp lýMã văn bản/u, '');
  const out: LegalBasis[] = [];
  let pos = 0;
  for (const m of body.matchAll(LEGAL_NUMBER)) {
    const end = m.index + m[0].length;
    const next = body.slice(end, end + 1);
    if (next !== '' && /\s/u.test(next)) continue;
    const title = body.slice(pos, m.index).trim();
    pos = end;
    if (!title) {
      if (out.length > 0 && !out[out.length - 1].number) out[out.length - 1].number = m[1];
      else if (out.length === 0 || out[out.length - 1].number !== m[1])
        out.push({ number: m[1], title: m[0].trim() });
      continue;
    }
    out.push({ number: m[1], title });
  }
  const tail = body.slice(pos).trim();
  if (tail) out.push({ title: tail });
  return out;
}

/** Parses "Kết quả thực hiện": result documents with their codes ("Giấy khai sinhMã: KQ.G15.000031"). */
export function parseResults(text: string): { name: string; code?: string }[] {
  const body = text.split(/Từ khóa|Chọn cơ quan thực hiện/u)[0];
  const out: { name: string; code?: string }[] = [];
  let pos = 0;
  // "Mã: KQ.G15.000031", "Mã: G19-KQ006098", "Mã: VBTT", glued to the next name ("…000031Giấy").
  for (const m of body.matchAll(/Mã:\s*([A-Z0-9][A-Z0-9.\-_/]*?)(?=\p{Lu}\p{Ll}|\s|$)/gu)) {
    const name = cleanResult(body.slice(pos, m.index));
    if (name) out.push({ name, code: m[1] });
    pos = m.index + m[0].length;
  }
  const tail = cleanResult(body.slice(pos));
  if (tail && !NO_INFO.test(tail)) out.push({ name: tail });
  return out;
}

/** A result's name without the stray stops and commas around it (".văn bản trả lời.,"). */
function cleanResult(s: string): string {
  return s
    .trim()
    .replace(/^[\s.,;:]+|[\s,;:]+$/gu, '')
    .trim();
}

const STEP_MARK = /^(?:[-–+•*]+\s*)?(?:Bước\s*\d+\s*[:.)-]?\s*|\d{1,2}\s*[.)]\s+)?/iu;
const STEP_HEAD = /^(?:[-–+•*]\s*)?(?:[a-zđ]\)\s*)?(?:Bước\s*\d+|\d{1,2}\s*[.)]\s)/iu;
/** A lettered step ("a) Nộp hồ sơ TTHC:", "b) Giải quyết TTHC:") in a source without numbers. */
const LETTER_HEAD = /^(?:[-–+•*]\s*)?[a-zđ]\)\s*/u;
/** A dash bullet: the steps of a source that does not number them ("- Nộp hồ sơ…", then "+ …", "(i) …"). */
const DASH_HEAD = /^[-–]\s*/u;

/**
 * Splits "Trình tự thực hiện" into its steps, one per line, without the source's own numbering
 * ("- Bước 1:", "1.") since the page numbers them; when the source numbers its steps (or, without
 * numbers, marks them with dashes), the lines between two steps ("+ …", "(i) …", plain sentences)
 * stay under their step, as lines after the first ("\n").
 */
export function parseSteps(text: string): string[] {
  const lines = joinWrapped(
    text
      // "… hồ sơ. + Bước 2: Trong thời hạn …": a step that begins inside a line.
      .replace(/([.;:])[ \t]+(?=(?:[-–+*]\s*)?Bước\s*\d+\s*[:.)])/gu, '$1\n')
      .split(/\n+/u)
      .map((s) => s.replace(/\s+/gu, ' ').trim())
      // "Trình tự thực hiện Bước 1: …": the section's own title before the first step.
      .map((s, i) => (i === 0 ? s.replace(/^Trình tự thực hiện\s*:?\s*/iu, '') : s))
      .filter((s) => s.length > 0 && !NO_INFO.test(s)),
  );
  const marks = (head: RegExp): boolean => lines.filter((l) => head.test(l)).length >= 2;
  const head = lines.some((l) => STEP_HEAD.test(l))
    ? STEP_HEAD
    : marks(LETTER_HEAD)
      ? LETTER_HEAD
      : marks(DASH_HEAD)
        ? DASH_HEAD
        : undefined;
  const isHead = (line: string): boolean => head?.test(line) ?? true;
  const out: string[] = [];
  for (const line of lines) {
    const head = isHead(line);
    const bare = head ? line.replace(LETTER_HEAD, '') : line;
    const stripped = bare.replace(STEP_MARK, '').trim();
    // "- Bước 1: " alone on its line: the step's text is the line that follows.
    if (head && !stripped && STEP_HEAD.test(line)) out.push('');
    else if (!head && out.length > 0 && out[out.length - 1] === '')
      out[out.length - 1] = stripped || line;
    else if (!head && out.length > 0) out[out.length - 1] += `\n${stripped || line}`;
    else out.push(stripped || line);
  }
  return out.filter((s) => s.length > 0);
}

/**
 * Joins the lines the source broke inside a sentence ("… kể từ ngày kết\nthúc kiểm tra, …"): a line
 * that begins with a small letter continues the one before when that one does not end a sentence,
 * a clause or a list's head.
 */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && /^\p{Ll}/u.test(line) && !/[.:;!?)]$/u.test(prev)) {
      out[out.length - 1] = `${prev} ${line}`;
    } else out.push(line);
  }
  return out;
}

/** Splits a comma list, leaving commas inside parentheses alone ("Tổ chức (không bao gồm doanh nghiệp, HTX)"). */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s.length > 0 && !NO_INFO.test(s));
}

/** The national portal's procedure page addressed by the national code (the portal's own form). */
const PORTAL_BY_CODE =
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

/**
 * The procedure's page on the national portal: the record's own https address on
 * dichvucong.gov.vn when it has one, else the portal's page for the national code.
 */
export function portalUrlFor(code: string, detailUrl?: string): string {
  const given = detailUrl?.trim() ?? '';
  if (/^https:\/\/([a-z0-9-]+\.)*dichvucong\.gov\.vn\//u.test(given)) return given;
  return `${PORTAL_BY_CODE}${encodeURIComponent(code.trim())}`;
}
