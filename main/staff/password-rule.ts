/** The rule for a new password (create and reset), Node-free so the admin screen can say it too. */

export const MIN_PASSWORD_LENGTH = 10;

/** Passwords guessed first in every list of leaked ones, and the office's own obvious words. */
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1111111111',
  '0000000000',
  '123456789a',
  'a123456789',
  'qwertyuiop',
  'qwerty1234',
  'password12',
  'password123',
  'password1234',
  'matkhau123',
  'matkhau1234',
  'matkhaumoi',
  'iloveyou12',
  'admin12345',
  'admin123456',
  'administrator',
  'motcua1234',
  'motcua12345',
  'motcuaxa123',
  'abc1234567',
  'abcd123456',
  'zaq12wsxcde',
  '1q2w3e4r5t',
  'vietnam123',
  'vietnam1234',
  'hanoi12345',
]);

/** Why `password` may not be used by `username`, in Vietnamese, or null when it is fine. */
export function passwordProblem(password: string, username: string): string | null {
  const p = password.normalize('NFC');
  if ([...p].length < MIN_PASSWORD_LENGTH) return `cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`;
  const lower = p.toLowerCase();
  const user = username.trim().toLowerCase();
  if (user && (lower === user || lower === [...user].reverse().join('')))
    return 'không được trùng với tên đăng nhập';
  if (COMMON.has(lower) || /^(.)\1+$/u.test(lower)) return 'quá phổ biến, dễ đoán';
  return null;
}
