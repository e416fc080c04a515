/** Citizens' satisfaction ratings. Node-free: the kiosk shows the five faces, the officer the figures. */

export type RatingLevel = 1 | 2 | 3 | 4 | 5;

/** The five levels as the kiosk shows them, Vietnamese first, English second, best first. */
export const RATING_LEVELS: readonly { level: RatingLevel; vi: string; en: string }[] = [
  { level: 5, vi: 'Rất hài lòng', en: 'Very satisfied' },
  { level: 4, vi: 'Hài lòng', en: 'Satisfied' },
  { level: 3, vi: 'Bình thường', en: 'Neutral' },
  { level: 2, vi: 'Không hài lòng', en: 'Dissatisfied' },
  { level: 1, vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
];

/** Optional reasons a citizen may tick beside a rating (key stored, names shown). */
export const RATING_REASONS = [
  { key: 'fast', vi: 'Nhanh chóng', en: 'Quick' },
  { key: 'helpful', vi: 'Cán bộ nhiệt tình', en: 'Helpful staff' },
  { key: 'clear', vi: 'Hướng dẫn rõ ràng', en: 'Clear guidance' },
  { key: 'wait', vi: 'Chờ lâu', en: 'Long wait' },
  { key: 'unclear', vi: 'Hướng dẫn chưa rõ', en: 'Unclear guidance' },
  { key: 'attitude', vi: 'Thái độ chưa tốt', en: 'Unfriendly' },
  { key: 'facility', vi: 'Cơ sở vật chất', en: 'Facilities' },
] as const;

export type RatingReason = (typeof RATING_REASONS)[number]['key'];

export interface RateResult {
  id: number;
  level: RatingLevel;
  /** The level's Vietnamese name, e.g. "Rất hài lòng". */
  label: string;
  at: string;
  /** The dossier rated (without its secret). */
  dossierCode?: string;
  reasons: RatingReason[];
  /** "Cảm ơn ông/bà đã đánh giá." for the kiosk to show. */
  message: string;
}

/** Counts of one group of ratings: per level, average and share of satisfied (4–5). */
export interface RatingCounts {
  total: number;
  /** Index = level: counts[1] … counts[5]; counts[0] is always 0. */
  counts: [0, number, number, number, number, number];
  /** Mean level, 2 decimals; null without ratings. */
  average: number | null;
  /** Percentage of ratings at 4 or 5, 1 decimal; null without ratings. */
  satisfiedPercent: number | null;
}

export interface FeedbackStats extends RatingCounts {
  from: string;
  to: string;
  levels: { level: RatingLevel; label: string; count: number }[];
  /** Per officer, most rated first; `officer` null for ratings that named nobody. */
  officers: (RatingCounts & { officer: string | null; fullName: string | null })[];
}
