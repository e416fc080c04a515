/** Display helpers shared by the screens: times as the official forms write them. */
import { formatVnDate, formatVnDateTime } from '../../main/calendar/vn-time';

/** "hh:mm dd/mm/yyyy" in Vietnam time, or "" for a missing instant. */
export function vnDateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatVnDateTime(d);
}

/** "dd/mm/yyyy" in Vietnam time. */
export function vnDateOnly(iso: string | undefined | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatVnDate(d);
}

/** NFC for everything the user typed before it leaves the screen. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

const decimal1 = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A figure with one decimal the Vietnamese way: "78.008,8" (dot groups thousands, comma decimals). */
export function vnDecimal1(value: number): string {
  return decimal1.format(value);
}
