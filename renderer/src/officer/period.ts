/** The default period of the log book and the statistics: the current month up to today, in Vietnam. */

/** Today (YYYY-MM-DD, Vietnam) and the first day of its month. */
export function thisMonth(now: Date = new Date()): { from: string; to: string } {
  const local = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return { from: `${local.slice(0, 8)}01`, to: local };
}
