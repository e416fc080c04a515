/**
 * What citizens say for what the catalog writes ("bằng lái" for "giấy phép lái xe", "sổ đỏ" for
 * the land-use certificate). Folded on both sides; the query gets the official words added.
 */
import { searchFold } from './search-text';

const SYNONYMS: readonly [string, string][] = [
  ['bang lai xe', 'giay phep lai xe'],
  ['bang lai', 'giay phep lai xe'],
  ['so do', 'giay chung nhan quyen su dung dat'],
  ['so hong', 'giay chung nhan quyen su dung dat'],
  ['doc than', 'tinh trang hon nhan'],
  ['cmnd', 'can cuoc'],
  ['cccd', 'can cuoc'],
  ['chung minh nhan dan', 'can cuoc'],
  ['giay dang ky kinh doanh', 'dang ky doanh nghiep'],
  ['khai tu cho nguoi chet', 'khai tu'],
  ['giay chung tu', 'khai tu'],
].map(([from, to]) => [searchFold(from), searchFold(to)]);

/** Replaces the colloquial phrases of a folded query by the catalog's words, whole words only. */
export function expandSynonyms(folded: string): string {
  let out = ` ${folded} `;
  for (const [from, to] of SYNONYMS) out = out.split(` ${from} `).join(` ${to} `);
  return out.trim();
}
