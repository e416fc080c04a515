/** The admin exit PIN of a kiosk or display: 4–8 digits, kept only as a salted scrypt hash. */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const PIN = /^\d{4,8}$/u;

/** True when the text is an acceptable PIN (4 to 8 digits). */
export function isValidPin(pin: string): boolean {
  return PIN.test(pin);
}

/** `scrypt$<salt>$<hash>` of a PIN. */
export function hashPin(pin: string): string {
  if (!isValidPin(pin)) throw new Error('Mã PIN gồm 4 đến 8 chữ số');
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(pin, salt, 32).toString('base64')}`;
}

/** True when the PIN matches the stored hash; false for anything malformed. */
export function verifyPin(pin: string, stored: string | undefined): boolean {
  if (!stored || !isValidPin(pin)) return false;
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length);
  return expected.length === 32 && timingSafeEqual(expected, actual);
}
