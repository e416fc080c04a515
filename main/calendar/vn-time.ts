/**
 * Vietnam time (UTC+7, no daylight saving since 1975). A fixed offset is exact for every date the
 * product handles (1990–2100) and keeps the due-date hot path free of time-zone lookups.
 * Node-free: the renderer formats with the same functions.
 */

export const VN_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VN_OFFSET_MINUTES * 60_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall-clock fields of an instant in Vietnam. */
export function vnParts(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
} {
  const d = new Date(instant.getTime() + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** ISO-8601 with the +07:00 offset, as the API returns every instant. */
export function toVnIso(instant: Date): string {
  const p = vnParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+07:00`;
}

/** The local date YYYY-MM-DD of an instant in Vietnam. */
export function vnDate(instant: Date): string {
  const p = vnParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** YYMMDD of the local date, for dossier codes. */
export function vnYymmdd(instant: Date): string {
  const p = vnParts(instant);
  return `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}`;
}

/** "hh:mm dd/mm/yyyy" as the official forms write a time. */
export function formatVnDateTime(instant: Date): string {
  const p = vnParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)} ${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "dd/mm/yyyy". */
export function formatVnDate(instant: Date): string {
  const p = vnParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** The instant of a local wall-clock time in Vietnam. */
export function vnInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS);
}
