/** Shared by the calendar tests: the shipped calendar in memory and Vietnam-time shorthands. */
import { createWorkingCalendar, shippedDaysOfYear } from '../../../main/calendar/working-calendar';
import { toVnIso } from '../../../main/calendar/vn-time';
import type { OfficeHours } from '../../../main/calendar/types';

/** The official 2022–2026 schedules and the generated years, default office hours. */
export const shipped = (officeHours?: Partial<OfficeHours>) =>
  createWorkingCalendar(shippedDaysOfYear, officeHours);

/** "2026-03-02 09:00" in Vietnam as an instant. */
export const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

/** An instant as the API prints it. */
export const iso = (d: Date) => toVnIso(d);

/** A deterministic pseudo-random generator (mulberry32), so a failing property names its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
