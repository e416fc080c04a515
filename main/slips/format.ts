/** Formatting shared by the documents: Vietnam time as the forms write it, counts, masking. Node-free. */
import { formatVnDateTime, vnParts } from '../calendar/vn-time';
import { maskIdNumber } from '../text/mask';
import type { HeadingBlock, ReceivedDocument } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:30 26/11/2026" from an ISO instant; the raw text when it is not a date (never loses it). */
export function slipTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : formatVnDateTime(new Date(t));
}

/** "09 giờ 30 phút, ngày 26 tháng 11 năm 2026", the wording of the official forms. */
export function formTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const p = vnParts(new Date(t));
  return `${pad(p.hour)} giờ ${pad(p.minute)} phút, ngày ${pad(p.day)} tháng ${pad(p.month)} năm ${p.year}`;
}

/** "ngày 26 tháng 11 năm 2026" for the place-and-date line above signatures. */
export function formDate(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const p = vnParts(new Date(t));
  return `ngày ${pad(p.day)} tháng ${pad(p.month)} năm ${p.year}`;
}

/** Counts as the forms write them: two digits ("01"), 0 as "0". */
export function count(n: number): string {
  return n === 0 ? '0' : pad(n);
}

/** A masked ID number; masks it again if a caller passed the full number by mistake. */
export function safeId(id: string): string {
  return /^\d{9,12}$/u.test(id.replace(/\s/gu, '')) ? maskIdNumber(id) : id;
}

/**
 * The official heading: the parent agency over the unit on the left (the unit alone when there is
 * no parent), the national name and motto on the right.
 */
export function nationalHeading(unitName: string, parentAgency?: string): HeadingBlock {
  const parent = parentAgency?.trim();
  return {
    kind: 'heading',
    left: parent
      ? [parent.toLocaleUpperCase('vi'), unitName.toLocaleUpperCase('vi')]
      : [unitName.toLocaleUpperCase('vi')],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  };
}

/** "Hòa An, ngày 26 tháng 11 năm 2026": the place-and-date line; without a place, the date alone. */
export function placeDate(place: string | undefined, iso: string): string {
  const p = place?.trim();
  return p ? `${p}, ${formDate(iso)}` : formDate(iso).replace(/^n/u, 'N');
}

/** "01 bản chính, 02 bản sao chứng thực; xuất trình" — one paper's counts in words. */
export function kindCounts(d: ReceivedDocument): string {
  const parts = [
    d.originals ? `${count(d.originals)} bản chính` : '',
    d.certifiedCopies ? `${count(d.certifiedCopies)} bản sao chứng thực` : '',
    d.photocopies ? `${count(d.photocopies)} bản photo` : '',
  ].filter(Boolean);
  const kept = parts.join(', ');
  if (d.shownOnly) return kept ? `${kept}; xuất trình bản chính` : 'Xuất trình (không giữ lại)';
  return kept || '0';
}
