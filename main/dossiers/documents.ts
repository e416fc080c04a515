/**
 * The papers of a dossier counted by kind: the counts checked (a 400 names the paper), the older
 * `copies` read as certified copies, the procedure's requirement as the prefilled list, and the
 * required papers not received, which an accept must explain or turn into a Mẫu 02.
 */
import { badInput } from '../core/errors';
import type { Procedure } from '../catalog/types';
import type { MissingDocument, ReceivedDocument } from './types';

const MAX_COUNT = 99;
const KIND_WORDS = {
  originals: 'số bản chính',
  certifiedCopies: 'số bản sao chứng thực',
  photocopies: 'số bản photo',
  copies: 'số bản sao',
} as const;
type CountKey = keyof typeof KIND_WORDS;

/** A paper as it may come in: any count may be absent, `copies` is the older name of certified copies. */
export interface DocumentInput {
  name: string;
  originals?: number;
  certifiedCopies?: number;
  photocopies?: number;
  copies?: number;
  shownOnly?: boolean;
  note?: string;
}

/** Checks every count of every paper: whole numbers from 0 to 99, or a 400 naming the paper. */
export function checkCounts(list: readonly DocumentInput[] | undefined, field: string): void {
  list?.forEach((d, i) => {
    for (const key of Object.keys(KIND_WORDS) as CountKey[]) {
      const n = d[key];
      if (n === undefined) continue;
      if (!Number.isInteger(n) || n < 0 || n > MAX_COUNT)
        throw badInput(
          `Giấy tờ "${d.name}": ${KIND_WORDS[key]} phải là số nguyên từ 0 đến ${MAX_COUNT}.`,
          `${field}.${i}.${key}`,
        );
    }
  });
}

/** A received paper in the stored shape; a paper only shown keeps no copies. */
export function toReceived(d: DocumentInput): ReceivedDocument {
  return {
    name: d.name,
    originals: d.originals ?? 0,
    certifiedCopies: d.certifiedCopies ?? d.copies ?? 0,
    photocopies: d.photocopies ?? 0,
    ...(d.shownOnly ? { shownOnly: true } : {}),
  };
}

/** A paper asked for on Mẫu 02, with the older `copies` read as certified copies. */
export function toMissing(d: DocumentInput): MissingDocument {
  const certified = d.certifiedCopies ?? d.copies;
  return {
    name: d.name,
    ...(d.originals !== undefined ? { originals: d.originals } : {}),
    ...(certified !== undefined ? { certifiedCopies: certified } : {}),
    ...(d.photocopies !== undefined ? { photocopies: d.photocopies } : {}),
    ...(d.note ? { note: d.note } : {}),
  };
}

/**
 * The prefilled checklist (what the requirement says to bring): every "Giấy tờ phải nộp / phải
 * xuất trình" group and the first of the other cases; a paper to show is marked shown only.
 */
export function requiredDocuments(p: Procedure): ReceivedDocument[] {
  const cases = p.documentCases.filter((c) => c.documents.length > 0);
  const always = cases.filter((c) => alwaysRequired(c.title));
  const first = cases.find((c) => !always.includes(c));
  return cases
    .filter((c) => always.includes(c) || c === first)
    .flatMap((c) =>
      c.documents.map((d) =>
        shownGroup(c.title)
          ? { name: d.name, originals: 0, certifiedCopies: 0, photocopies: 0, shownOnly: true }
          : { name: d.name, originals: d.originals, certifiedCopies: d.copies, photocopies: 0 },
      ),
    );
}

/**
 * A group every dossier must bring whatever its case: the catalog's "Giấy tờ phải nộp" and
 * "Giấy tờ phải xuất trình" (papers to hand in, papers to show) say so in their title.
 */
export function alwaysRequired(title: string): boolean {
  return /^giấy tờ phải (nộp|xuất trình)(?!\p{L})/iu.test(title.normalize('NFC').trim());
}

/** "Giấy tờ phải xuất trình": seen at the counter and handed back, not kept. */
export function shownGroup(title: string): boolean {
  return /^giấy tờ phải xuất trình(?!\p{L})/iu.test(title.normalize('NFC').trim());
}

const key = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('vi');

/** A paper the catalog asks for only in some cases: "Văn bản ủy quyền (trường hợp ủy quyền)", "… (nếu có)". */
export function conditionalPaper(name: string): boolean {
  return /\((?:trường hợp|nếu|đối với)\b/iu.test(name.normalize('NFC'));
}

/**
 * The required papers not received (a paper asked for only in some cases, "(trường hợp …)",
 * "(nếu có)", is never missing). Groups titled "Giấy tờ phải nộp / phải xuất trình" are all
 * required; among the other cases (a procedure with several cases asks for one of them) the case
 * the received papers cover best decides, so a dossier of case 2 is not asked for case 1's papers.
 */
export function missingRequired(p: Procedure, received: readonly ReceivedDocument[]): string[] {
  const got = new Set(received.map((d) => key(d.name)));
  const gapsOf = (c: Procedure['documentCases'][number]) =>
    c.documents
      .filter((d) => !got.has(key(d.name)) && !conditionalPaper(d.name))
      .map((d) => d.name);
  const cases = p.documentCases.filter((c) => c.documents.length > 0);
  const always = cases.filter((c) => alwaysRequired(c.title));
  const alternatives = cases.filter((c) => !always.includes(c));
  const common = always.flatMap(gapsOf);
  if (alternatives.length === 0) return common;
  const best = alternatives.map(gapsOf).reduce((b, g) => (g.length < b.length ? g : b));
  return [...common, ...best];
}

/** The dossier's papers after a supplement: each paper that came is added (or its counts raised). */
export function mergeSupplied(
  documents: readonly ReceivedDocument[],
  supplied: readonly MissingDocument[],
): ReceivedDocument[] {
  const out = documents.map((d) => ({ ...d }));
  for (const s of supplied) {
    const add = toReceived({ ...s, originals: s.originals ?? (s.certifiedCopies ? 0 : 1) });
    const same = out.find((d) => key(d.name) === key(s.name));
    if (!same) out.push(add);
    else {
      same.originals += add.originals;
      same.certifiedCopies += add.certifiedCopies;
      same.photocopies += add.photocopies;
    }
  }
  return out;
}
