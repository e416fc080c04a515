/**
 * Parsers for the national portal's page text, where table cells run together: the legal basis,
 * the results, the steps, plain lists and the portal address. The channels (time and fee) are in
 * national-channels.ts, the papers in national-documents.ts. Each returns what it could
 * structure; the importer keeps the original text for the rest.
 */
import type { LegalBasis } from './types';

const NO_INFO = /^\s*Không có thông tin\s*$/u;

/** Whether a section says nothing ("", "Không có thông tin"). */
export function isEmptySection(text: string | undefined): boolean {
  return !text || NO_INFO.test(text) || text.trim() === '';
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
