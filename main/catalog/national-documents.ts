/**
 * "Thành phần hồ sơ" of the national portal: the cases, each paper with its counts ("1 bản chính,
 * 1 bản sao") and the form files the portal glues after its name.
 */
import type { DocumentCase, RequiredDocument } from './types';

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
