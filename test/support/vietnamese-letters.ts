/** The Vietnamese letters that are not plain ASCII, built from vowels × tones (not typed by hand). */

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** No mark, huyền, sắc, ngã, hỏi, nặng. */
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** 67 lower-case letters: 12 vowels × 6 tones, less the 6 ASCII vowels, plus đ. */
export function vietnameseLowerLetters(): string[] {
  const letters = VOWELS.flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC')));
  return [...letters.filter((l) => !/^[a-z]$/u.test(l)), 'đ'];
}

/** All 134: the 67 lower-case letters and their 67 capitals. */
export function vietnameseLetters(): string[] {
  const lower = vietnameseLowerLetters();
  return [...lower, ...lower.map((l) => l.toLocaleUpperCase('vi'))];
}
