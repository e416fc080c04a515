/**
 * The Vietnamese lunar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm with the
 * time zone as a parameter. Vietnam counts new moons and solar terms at UTC+7; the Chinese
 * calendar uses UTC+8, which moves a new moon across midnight in some years (lunar new year
 * 2007 and 2030 differ; 1985 differs by a whole month). Node-free and dependency-free.
 */

/** Vietnam's zone for lunar reckoning. */
export const VN_LUNAR_ZONE = 7;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year as the Gregorian year in which it mostly lies (Bính Ngọ = 2026). */
  year: number;
  leap: boolean;
}

const INT = Math.floor;
const PI = Math.PI;

/** Julian day number of a Gregorian (or, before 1582-10-15, Julian) date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

/** The civil date of a Julian day number, as [day, month, year]. */
export function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return [
    e - INT((153 * m + 2) / 5) + 1,
    m + 3 - 12 * INT(m / 10),
    b * 100 + d - 4800 + INT(m / 10),
  ];
}

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltat;
}

/** The sun's apparent longitude in radians at a Julian date (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= PI * 2 * INT(L / (PI * 2));
  return L;
}

/** The solar-term sector (0..11, 30° each) at local midnight starting the day. */
function sunSector(dayNumber: number, zone: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - zone / 24) / PI) * 6);
}

/** The local Julian day number on which the k-th new moon falls. */
function newMoonDay(k: number, zone: number): number {
  return INT(newMoon(k) + 0.5 + zone / 24);
}

/** The day the 11th lunar month (the one holding the winter solstice) starts, for a Gregorian year. */
function lunarMonth11(yy: number, zone: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = INT(off / 29.530588853);
  const nm = newMoonDay(k, zone);
  return sunSector(nm, zone) >= 9 ? newMoonDay(k - 1, zone) : nm;
}

/** Which month after month 11 is the leap one (the first without a principal solar term). */
function leapMonthOffset(a11: number, zone: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, zone), zone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, zone), zone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Converts a Gregorian date to the lunar date; zone 7 gives the Vietnamese calendar. */
export function solarToLunar(dd: number, mm: number, yy: number, zone = VN_LUNAR_ZONE): LunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = INT((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, zone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, zone);
  let a11 = lunarMonth11(yy, zone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, zone);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, zone);
  }
  const day = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, zone);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/**
 * Converts a lunar date to the Gregorian [day, month, year]; null when `leap` is asked for a
 * month that is not the year's leap month.
 */
export function lunarToSolar(
  lunar: LunarDate,
  zone = VN_LUNAR_ZONE,
): [number, number, number] | null {
  const { day, month, year, leap } = lunar;
  const a11 = month < 11 ? lunarMonth11(year - 1, zone) : lunarMonth11(year, zone);
  const b11 = month < 11 ? lunarMonth11(year, zone) : lunarMonth11(year + 1, zone);
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, zone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return jdToDate(newMoonDay(k + off, zone) + day - 1);
}

/** The Gregorian date (YYYY-MM-DD) of lunar new year's day (mùng 1 Tết) in a Gregorian year. */
export function lunarNewYear(year: number, zone = VN_LUNAR_ZONE): string {
  const solar = lunarToSolar({ day: 1, month: 1, year, leap: false }, zone);
  if (!solar) throw new Error(`no lunar new year for ${year}`);
  const [d, m, y] = solar;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
