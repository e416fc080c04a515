/**
 * A Telex composer for the kiosk's touch keyboard: applies one keystroke to the text typed so far,
 * the way Vietnamese Telex input works (`aa`→â, `aw`→ă, `ow`→ơ, `uw`/`w`→ư, `uow`→ươ, `dd`→đ;
 * tones s f r x j, `z` removes; the same modifier twice undoes it: `ass`→`as`). Only the last word
 * changes; a word that cannot be Vietnamese (e.g. "class", "www") is typed literally. Output is NFC.
 * Tone placement: new style by default (see telexLetters.ts), old style on request.
 */
import {
  fromLetters,
  isVowel,
  placeTone,
  splitSyllable,
  toLetters,
  toneOf,
  type Letter,
  type Mark,
  type Tone,
  type ToneStyle,
} from './telexLetters';

export type { ToneStyle } from './telexLetters';

export interface TelexOptions {
  /** 'modern' (default): "hoà", "thuý"; 'classic': "hòa", "thủy". */
  toneStyle?: ToneStyle;
}

const TONE_KEYS: Record<string, Tone> = { s: 's', f: 'f', r: 'r', x: 'x', j: 'j' };
const DOUBLE_MARK: Record<string, Mark> = { a: 'hat', e: 'hat', o: 'hat' };

/** The word being typed: the trailing run of letters. */
function splitLastWord(text: string): { head: string; word: string } {
  const match = /\p{L}+$/u.exec(text);
  return match ? { head: text.slice(0, match.index), word: match[0] } : { head: text, word: '' };
}

const letterOf = (key: string): Letter => ({
  base: key.toLowerCase(),
  mark: '',
  tone: '',
  upper: key !== key.toLowerCase(),
});

/** Re-places the word's tone after its letters changed; keeps it where it was if the word is no syllable. */
function withTone(letters: Letter[], tone: Tone, style: ToneStyle): Letter[] {
  return placeTone(letters, tone, style) ?? letters;
}

/** Tone keys: set, replace, or (same key again) undo and type the key itself. */
function applyTone(letters: Letter[], key: string, style: ToneStyle): Letter[] | undefined {
  const lower = key.toLowerCase();
  const current = toneOf(letters);
  if (lower === 'z') return current === '' ? undefined : withTone(letters, '', style);
  const tone = TONE_KEYS[lower];
  if (!tone) return undefined;
  if (current === tone) return [...withTone(letters, '', style), letterOf(key)];
  return placeTone(letters, tone, style);
}

/** `aa`, `ee`, `oo`: put a hat on the nucleus's matching vowel; a second time takes it off. */
function applyDouble(letters: Letter[], key: string): Letter[] | undefined {
  const base = key.toLowerCase();
  const s = splitSyllable(letters);
  if (!DOUBLE_MARK[base] || !s) return undefined;
  for (let i = s.end - 1; i >= s.start; i -= 1) {
    const l = letters[i];
    if (l.base !== base) continue;
    const out = [...letters];
    if (l.mark === 'hat')
      return [...out.slice(0, i), { ...l, mark: '' }, ...out.slice(i + 1), letterOf(key)];
    out[i] = { ...l, mark: 'hat' };
    return out;
  }
  return undefined;
}

/** `dd`: the onset d becomes đ; a second d takes it back. */
function applyD(letters: Letter[], key: string): Letter[] | undefined {
  const first = letters[0];
  if (key.toLowerCase() !== 'd' || !first || (first.base !== 'd' && first.base !== 'đ'))
    return undefined;
  if (!splitSyllable(letters)) return undefined;
  if (first.base === 'đ') return [{ ...first, base: 'd' }, ...letters.slice(1), letterOf(key)];
  return [{ ...first, base: 'đ' }, ...letters.slice(1)];
}

const setMark = (letters: Letter[], marks: Record<number, Mark>): Letter[] =>
  letters.map((l, i) => (i in marks ? { ...l, mark: marks[i] } : l));

/** `w`: uo→ươ, ua→ưa, a→ă, o→ơ, u→ư, nothing→ư; on a vowel that already has the horn or breve it undoes it. */
function applyW(letters: Letter[], key: string): Letter[] | undefined {
  const s = splitSyllable(letters);
  if (key.toLowerCase() !== 'w' || !s) return undefined;
  const at = (i: number) => letters[i];
  const uo = [...Array(s.end - s.start).keys()]
    .map((k) => s.start + k)
    .find((i) => at(i).base === 'u' && at(i + 1)?.base === 'o' && i + 1 < s.end);
  if (uo !== undefined) {
    if (at(uo).mark === 'horn' && at(uo + 1).mark === 'horn')
      return [...setMark(letters, { [uo]: '', [uo + 1]: '' }), letterOf(key)];
    return setMark(letters, { [uo]: 'horn', [uo + 1]: 'horn' });
  }
  const nucleus = letters.slice(s.start, s.end);
  const find = (base: string, marks: Mark[]) => {
    const i = nucleus.findIndex((l) => l.base === base && marks.includes(l.mark));
    return i < 0 ? undefined : s.start + i;
  };
  const ua =
    nucleus.length >= 2 &&
    nucleus[0].base === 'u' &&
    nucleus[1].base === 'a' &&
    nucleus[1].mark === '';
  if (ua && nucleus[0].mark === 'horn')
    return [...setMark(letters, { [s.start]: '' }), letterOf(key)];
  const target = ua ? { i: s.start, mark: 'horn' as Mark } : pickW(find);
  if (target) return setMark(letters, { [target.i]: target.mark });
  const undo = find('a', ['breve']) ?? find('o', ['horn']) ?? find('u', ['horn']);
  if (undo !== undefined) {
    if (letters.length === 1 && letters[0].base === 'u')
      return [{ ...letterOf(key), upper: letters[0].upper }];
    return [...setMark(letters, { [undo]: '' }), letterOf(key)];
  }
  if (s.start === s.end && s.end === letters.length)
    return [...letters, { base: 'u', mark: 'horn', tone: '', upper: key !== key.toLowerCase() }];
  return undefined;
}

function pickW(
  find: (base: string, marks: Mark[]) => number | undefined,
): { i: number; mark: Mark } | undefined {
  const a = find('a', ['', 'hat']);
  if (a !== undefined) return { i: a, mark: 'breve' };
  const o = find('o', ['', 'hat']);
  if (o !== undefined) return { i: o, mark: 'horn' };
  const u = find('u', ['']);
  return u === undefined ? undefined : { i: u, mark: 'horn' };
}

/** Applies one key to the word (tones stripped while the letters change, then placed again). */
function applyToWord(word: string, key: string, style: ToneStyle): string {
  const letters = toLetters(word);
  const tone = toneOf(letters);
  const toned = applyTone(letters, key, style);
  if (toned) return fromLetters(toned);
  const bare = letters.map((l): Letter => ({ ...l, tone: '' }));
  const changed = applyDouble(bare, key) ?? applyD(bare, key) ?? applyW(bare, key);
  const next = changed ?? [...bare, letterOf(key)];
  if (!changed && !splitSyllable(next)) return fromLetters([...letters, letterOf(key)]);
  return fromLetters(withTone(next, tone, style));
}

/**
 * Applies one keystroke (a single character) to `text`, everything typed so far; only the last
 * word is recomposed. Non-letters are appended as they are. Returns NFC.
 */
export function applyKey(text: string, key: string, options: TelexOptions = {}): string {
  const style = options.toneStyle ?? 'modern';
  let out = text.normalize('NFC');
  for (const ch of Array.from(key.normalize('NFC'))) {
    if (!/^[A-Za-z]$/u.test(ch)) {
      out = (out + ch).normalize('NFC');
      continue;
    }
    const { head, word } = splitLastWord(out);
    out = head + applyToWord(word, ch, style);
  }
  return out.normalize('NFC');
}

/** Composes a whole keystroke sequence, e.g. `composeTelex('Nguyeenx')` → "Nguyễn". */
export function composeTelex(keys: string, options: TelexOptions = {}): string {
  return Array.from(keys).reduce((text, key) => applyKey(text, key, options), '');
}

/** Whether a word has any vowel (so a tone key would do something); exported for the keyboard's hints. */
export function hasVowel(word: string): boolean {
  return toLetters(word).some(isVowel);
}
