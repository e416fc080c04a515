/**
 * The letter model behind the Telex composer: a Vietnamese letter as base + vowel mark + tone,
 * the split of a word into onset, nucleus and coda, and where the tone goes. Pure, no DOM.
 *
 * Tone placement follows the "new style" of the 2018 orthography rules (Quy tắc đặt dấu thanh
 * kiểu mới): the tone sits on the main vowel, so `oa`, `oe`, `uy` without a final consonant carry it
 * on the second vowel: "hoà", "thuý", "khoẻ". The old style ("hòa", "thủy") is available as an
 * option because many ID cards carry names written that way and the citizen must match their card.
 */

export type Mark = '' | 'hat' | 'breve' | 'horn';
/** s sắc, f huyền, r hỏi, x ngã, j nặng; '' no tone. */
export type Tone = '' | 's' | 'f' | 'r' | 'x' | 'j';
export type ToneStyle = 'modern' | 'classic';

export interface Letter {
  /** Lower-case base letter: a–z or đ; anything else is kept as is and makes the word non-Vietnamese. */
  base: string;
  mark: Mark;
  tone: Tone;
  upper: boolean;
}

const MARK_OF: Record<string, Mark> = { '\u0302': 'hat', '\u0306': 'breve', '\u031B': 'horn' };
const COMBINING_OF_MARK: Record<Mark, string> = {
  '': '',
  hat: '\u0302',
  breve: '\u0306',
  horn: '\u031B',
};
const TONE_OF: Record<string, Tone> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
};
const COMBINING_OF_TONE: Record<Tone, string> = {
  '': '',
  s: '\u0301',
  f: '\u0300',
  r: '\u0309',
  x: '\u0303',
  j: '\u0323',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const ONSETS = new Set([
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'q',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
]);
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** Whether a letter is one of the vowels a e i o u y (with any mark). */
export const isVowel = (l: Letter): boolean => VOWELS.has(l.base);

/** Reads one NFC character into a letter; characters that are not Latin letters keep their text as base. */
export function toLetter(ch: string): Letter {
  const decomposed = ch.normalize('NFD');
  const first = decomposed[0] ?? '';
  let mark: Mark = '';
  let tone: Tone = '';
  for (const c of decomposed.slice(1)) {
    if (MARK_OF[c]) mark = MARK_OF[c];
    else if (TONE_OF[c]) tone = TONE_OF[c];
    else return { base: ch.toLowerCase(), mark: '', tone: '', upper: ch !== ch.toLowerCase() };
  }
  const lower = first.toLowerCase();
  return { base: lower, mark, tone, upper: first !== lower };
}

/** Writes a letter back as one NFC character. */
export function fromLetter(l: Letter): string {
  const text = (l.base + COMBINING_OF_MARK[l.mark] + COMBINING_OF_TONE[l.tone]).normalize('NFC');
  return l.upper ? text.toUpperCase() : text;
}

/** A word as letters (one per NFC code point). */
export const toLetters = (word: string): Letter[] =>
  Array.from(word.normalize('NFC')).map(toLetter);
/** Letters back to an NFC word. */
export const fromLetters = (letters: readonly Letter[]): string =>
  letters.map(fromLetter).join('').normalize('NFC');

export interface Syllable {
  /** Index where the nucleus starts (the onset's length). */
  start: number;
  /** Index after the nucleus (the coda starts here). */
  end: number;
}

/**
 * Splits a word into onset, nucleus (vowels) and coda when it can be a Vietnamese syllable (or the
 * start of one); undefined otherwise, so English words and codes are left alone.
 * `qu` and `gi` (before another vowel) are onsets: the `u` of "quý" and the `i` of "giá" are not vowels of the nucleus.
 */
export function splitSyllable(letters: readonly Letter[]): Syllable | undefined {
  let start = 0;
  while (start < letters.length && !isVowel(letters[start])) start += 1;
  const first = letters[start];
  const next = letters[start + 1];
  if (start === 1 && first?.base === 'u' && first.mark === '' && letters[0].base === 'q')
    start += 1;
  else if (start === 1 && first?.base === 'i' && letters[0].base === 'g' && next && isVowel(next))
    start += 1;
  let end = start;
  while (end < letters.length && isVowel(letters[end])) end += 1;
  if (end - start > 3) return undefined;
  const onset = letters.slice(0, start);
  const coda = letters.slice(end);
  if (
    !ONSETS.has(onset.map((l) => l.base).join('')) ||
    !CODAS.has(coda.map((l) => l.base).join(''))
  )
    return undefined;
  const consonantsPlain = [...onset, ...coda].every(
    (l) => l.tone === '' && (l.mark === '' || isVowel(l)),
  );
  return consonantsPlain ? { start, end } : undefined;
}

const SECOND_IN_MODERN = new Set(['oa', 'oe', 'uy']);

/** Where the tone goes in a syllable, by the chosen style; -1 when it has no vowel. */
export function tonePosition(letters: readonly Letter[], s: Syllable, style: ToneStyle): number {
  const nucleus = letters.slice(s.start, s.end);
  if (nucleus.length === 0) return -1; // "qu" alone has no vowel to carry a tone
  let marked = -1;
  nucleus.forEach((l, i) => {
    if (l.mark !== '') marked = i;
  });
  if (marked >= 0) return s.start + marked;
  if (nucleus.length === 1) return s.start;
  const hasCoda = s.end < letters.length;
  if (hasCoda) return s.end - 1;
  if (nucleus.length === 3) return s.start + 1;
  const pair = nucleus.map((l) => l.base).join('');
  return style === 'modern' && SECOND_IN_MODERN.has(pair) ? s.start + 1 : s.start;
}

/** The tone the letters carry (the last one found), '' when none. */
export function toneOf(letters: readonly Letter[]): Tone {
  let tone: Tone = '';
  for (const l of letters) if (l.tone !== '') tone = l.tone;
  return tone;
}

/** The letters with `tone` placed by the rules (every other tone removed); unchanged when it cannot be placed. */
export function placeTone(
  letters: readonly Letter[],
  tone: Tone,
  style: ToneStyle,
): Letter[] | undefined {
  const bare = letters.map((l): Letter => ({ ...l, tone: '' }));
  if (tone === '') return bare;
  const s = splitSyllable(bare);
  if (!s) return undefined;
  const at = tonePosition(bare, s, style);
  if (at < 0) return undefined;
  bare[at] = { ...bare[at], tone };
  return bare;
}
