/** Line breaking that never loses text: words first, then after - / . in long codes, then by letter. */

export type Measure = (text: string) => number;

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Splits `text` into lines no wider than `maxWidth`; each explicit newline starts a new line. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/\s+/u).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = breakWord(word, maxWidth, measure);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** Breaks one word wider than the line into pieces that fit; the last piece may take more words. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (measure(rest) > maxWidth) {
    const graphemes = [...segmenter.segment(rest)].map((s) => s.segment);
    let fit = 1;
    let acc = graphemes[0];
    for (let i = 1; i < graphemes.length && measure(acc + graphemes[i]) <= maxWidth; i += 1) {
      acc += graphemes[i];
      fit = i + 1;
    }
    const head = graphemes.slice(0, fit).join('');
    const soft = Math.max(head.lastIndexOf('-'), head.lastIndexOf('/'), head.lastIndexOf('.'));
    const cut = soft > 0 && soft < head.length - 1 ? soft + 1 : head.length;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}
