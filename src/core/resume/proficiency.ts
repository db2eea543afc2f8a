import type { Proficiency } from './model.js';

/**
 * A proficiency as people write it — a word ("fluent", "working knowledge"), a CEFR level, years,
 * a rating ("4/5", "★★★★☆", "80%") — mapped to the four levels when it means something. The text
 * itself is always kept by the caller; nothing here rejects what it cannot read.
 *
 * Years map as: under 1 → beginner, 1–2 → intermediate, 3–4 → advanced, 5 or more → expert (a common
 * reading of "senior" at five years). Ratings map by fraction of the scale: ≥ 0.9 expert, ≥ 0.7
 * advanced, ≥ 0.5 intermediate, below that beginner.
 */
export interface LevelReading {
  level?: Proficiency;
  years?: number;
}

/** Longer phrases first: "limited working proficiency" must not read as "proficien(t)". */
const LEVEL_PHRASES: [RegExp, Proficiency][] = [
  [/\b(?:native|mother tongue|bilingual|first language)\b/i, 'expert'],
  [/\bfull professional\b/i, 'advanced'],
  [/\bprofessional working\b/i, 'intermediate'],
  [/\blimited working\b/i, 'beginner'],
  [/\bworking knowledge\b/i, 'intermediate'],
  [/\b(?:expert|master|guru|mastery|excellent)\b/i, 'expert'],
  [/\b(?:advanced|senior|proficient|proficiency|fluent|fluency|strong|professional|very good|upper[- ]intermediate)\b/i, 'advanced'],
  [/\b(?:intermediate|mid|middle|working|competent|conversational|good|moderate|average|comfortable)\b/i, 'intermediate'],
  [
    /\b(?:beginner|basic|basics|novice|junior|elementary|familiar|familiarity|learning|entry|limited|fundamental|fundamentals|notions?|exposure)\b/i,
    'beginner',
  ],
];

const CEFR: Record<string, Proficiency> = {
  a1: 'beginner',
  a2: 'beginner',
  b1: 'intermediate',
  b2: 'intermediate',
  c1: 'advanced',
  c2: 'expert',
};

const YEARS = /(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?|y)\b/i;
const MONTHS = /(\d{1,2})\s*\+?\s*(?:months?|mos?)\b/i;
const RATIO = /(\d+(?:\.\d+)?)\s*(?:\/|out of|of)\s*(\d+)/i;
const PERCENT = /(\d{1,3})\s*%/;
const STARS = /^[\s★☆✩✪✫✬✭✮✯✰⭐●○◉◯■□▪▫•·*-]+$/u;
const FILLED = /[★✪✫✬✭✮✯⭐●◉■▪*]/gu;
const EMPTY = /[☆✩✰○◯□▫]/gu;
const BARE_RATING = /^\s*(\d{1,2})\s*$/;

export function levelByYears(years: number): Proficiency {
  if (years >= 5) return 'expert';
  if (years >= 3) return 'advanced';
  if (years >= 1) return 'intermediate';
  return 'beginner';
}

function levelByFraction(fraction: number): Proficiency | undefined {
  if (!(fraction > 0) || fraction > 1) return undefined;
  if (fraction >= 0.9) return 'expert';
  if (fraction >= 0.7) return 'advanced';
  if (fraction >= 0.5) return 'intermediate';
  return 'beginner';
}

function ratingOf(text: string): Proficiency | undefined {
  const ratio = RATIO.exec(text);
  if (ratio) return levelByFraction(Number(ratio[1]) / Number(ratio[2]));
  const percent = PERCENT.exec(text);
  if (percent) return levelByFraction(Number(percent[1]) / 100);
  if (STARS.test(text)) {
    const filled = text.match(FILLED)?.length ?? 0;
    const empty = text.match(EMPTY)?.length ?? 0;
    // Without empty stars, the usual scale is five.
    return filled > 0 ? levelByFraction(filled / Math.max(filled + empty, 5)) : undefined;
  }
  const bare = BARE_RATING.exec(text);
  if (bare) {
    const n = Number(bare[1]);
    if (n >= 1 && n <= 5) return levelByFraction(n / 5);
    if (n > 5 && n <= 10) return levelByFraction(n / 10);
  }
  return undefined;
}

export function readLevel(text: string | undefined): LevelReading {
  if (!text?.trim()) return {};
  const cefr = /\b([abc][12])\b/i.exec(text);
  if (cefr) return { level: CEFR[(cefr[1] as string).toLowerCase()] as Proficiency };
  const years = YEARS.exec(text);
  const months = years ? null : MONTHS.exec(text);
  const yearCount = years ? Number(years[1]) : months ? Math.round((Number(months[1]) / 12) * 10) / 10 : undefined;
  for (const [pattern, level] of LEVEL_PHRASES)
    if (pattern.test(text)) return { level, ...(yearCount !== undefined ? { years: yearCount } : {}) };
  if (yearCount !== undefined) return { level: levelByYears(yearCount), years: yearCount };
  const rated = ratingOf(text);
  return rated ? { level: rated } : {};
}

/** The mapped level alone (kept for callers of the earlier API). */
export function proficiencyOf(level: string | undefined): Proficiency | undefined {
  return readLevel(level).level;
}
