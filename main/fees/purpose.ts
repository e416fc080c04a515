/** The transfer's purpose text (tag 62/08): plain ASCII that every bank app keeps intact. Node-free. */

/** The longest purpose we put in a QR; bank apps cut the transfer description around 50–70 characters. */
export const PURPOSE_MAX = 50;

/** Vietnamese without tone or vowel marks, `đ` as `d`, only letters, digits, space, `.` and `-`. */
export function asciiText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .replace(/[^A-Za-z0-9.\- ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * "<dossier code> <short procedure>": the code first and whole (the statement is matched on it),
 * then as many words of the procedure's name (without a leading "Thủ tục") as fit in PURPOSE_MAX.
 */
export function feePurpose(code: string, procedureName: string): string {
  const head = asciiText(code);
  let out = head;
  const rest = asciiText(procedureName).replace(/^thu tuc\s+/iu, '');
  const short = rest.charAt(0).toUpperCase() + rest.slice(1);
  for (const word of short.split(' ')) {
    if (!word) continue;
    if (out.length + 1 + word.length > PURPOSE_MAX) break;
    out += ` ${word}`;
  }
  return out;
}
