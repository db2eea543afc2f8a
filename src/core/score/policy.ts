import type { Intensity, Level } from '../extract/cues.js';
import type { Proficiency } from '../resume/model.js';
import type { SkillKind } from '../taxonomy/types.js';

/**
 * The scoring policy: every weight, credit and factor the fit report and ranking use, in one place.
 * The README's "How the fit is scored" documents these numbers; change them here and bump
 * SCORING_VERSION.
 */
export const SCORING_VERSION = '2.1.0';

export type LevelWeights = Record<Level, number>;
export const DEFAULT_LEVEL_WEIGHTS: Readonly<LevelWeights> = Object.freeze({ required: 1, preferred: 0.5, mentioned: 0.25 });

export const INTENSITY_FACTOR: Readonly<Record<Intensity, number>> = Object.freeze({ strong: 1.25, normal: 1, basic: 0.75 });

/** How a requirement's skill counts in the report: tools, methods and domains outweigh professional skills; traits weigh least. */
export type ReportKind = 'hard' | 'language' | 'professional' | 'trait';
export const REPORT_KINDS: readonly ReportKind[] = ['hard', 'language', 'professional', 'trait'];
export type KindWeights = Record<ReportKind, number>;
export const DEFAULT_KIND_WEIGHTS: Readonly<KindWeights> = Object.freeze({ hard: 1, language: 1, professional: 0.4, trait: 0.1 });

export function reportKindOf(kind: SkillKind | 'trait'): ReportKind {
  if (kind === 'soft') return 'professional';
  return kind as ReportKind;
}

/** Gaps and suggestions show hard skills and languages before professional skills, and those before traits. */
export const KIND_TIER: Readonly<Record<ReportKind, number>> = Object.freeze({ hard: 0, language: 0, professional: 1, trait: 2 });

export interface ScoringWeights {
  levels: LevelWeights;
  kinds: KindWeights;
}
export const DEFAULT_SCORING_WEIGHTS: ScoringWeights = Object.freeze({
  levels: DEFAULT_LEVEL_WEIGHTS,
  kinds: DEFAULT_KIND_WEIGHTS,
}) as ScoringWeights;

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The weight of one requirement: level × intensity × kind, rounded to 0.001. */
export function requirementWeight(
  level: Level,
  intensity: Intensity,
  kind: ReportKind,
  weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS,
): number {
  return round3(weights.levels[level] * INTENSITY_FACTOR[intensity] * weights.kinds[kind]);
}

/** Credit for holding the skill itself or a narrower one (PostgreSQL for SQL); a broader or related skill earns half. */
export const CREDIT = Object.freeze({ exact: 1, narrower: 1, broader: 0.5, related: 0.5 });
export type CreditRoute = keyof typeof CREDIT;

export const PROFICIENCY_RANK: Readonly<Record<Proficiency, number>> = Object.freeze({
  beginner: 1,
  intermediate: 2,
  advanced: 3,
  expert: 4,
});
/** Credit kept when the posting asks for strong proficiency and the candidate rates the skill lower. */
export const PROFICIENCY_CREDIT: Readonly<Record<'beginner' | 'intermediate', number>> = Object.freeze({
  beginner: 0.6,
  intermediate: 0.85,
});

export function proficiencyFactor(strongRequirement: boolean, level: Proficiency | undefined): number {
  if (!strongRequirement || !level || PROFICIENCY_RANK[level] >= PROFICIENCY_RANK.advanced) return 1;
  return PROFICIENCY_CREDIT[level as 'beginner' | 'intermediate'];
}

/** Whether a posting's requirement of this intensity asks for strong proficiency. */
export const isStrong = (intensity: Intensity): boolean => intensity === 'strong';

/** An unmet dealbreaker (enrolment, graduation window, a required degree level) multiplies the skills score by this. */
export const DEALBREAKER_FACTOR = 0.5;

/**
 * Years of experience: below the posting's minimum the score is scaled from EXPERIENCE_FLOOR (no
 * dated experience) up to 1 (the minimum met); more years never lower it. Unknown years change nothing.
 */
export const EXPERIENCE_FLOOR = 0.7;
export function experienceFactor(requiredYears: number | undefined, years: number | undefined): number {
  if (requiredYears === undefined || requiredYears <= 0 || years === undefined) return 1;
  if (years >= requiredYears) return 1;
  return round3(EXPERIENCE_FLOOR + (1 - EXPERIENCE_FLOOR) * (Math.max(0, years) / requiredYears));
}

/**
 * Occupation: the posting's title and the résumé's job titles resolved to ESCO occupations. Work in
 * another career family costs 40%: on real résumés the career a person has worked in tells more
 * about fit than a few shared tools. A résumé that states no job title the service can read
 * ("unstated") gives no evidence either way and sits between a related and an unrelated one; a
 * posting without an occupation ("unknown") judges no one on it.
 */
export type OccupationRelation = 'same' | 'same-group' | 'same-family' | 'unrelated' | 'unstated' | 'unknown';
export const OCCUPATION_FACTOR: Readonly<Record<OccupationRelation, number>> = Object.freeze({
  same: 1,
  'same-group': 0.95,
  'same-family': 0.9,
  unrelated: 0.6,
  unstated: 0.85,
  unknown: 1,
});

export const BANDS = Object.freeze({ strong: 80, good: 60, partial: 40 });
export type Band = 'strong' | 'good' | 'partial' | 'weak';
export function bandOf(score: number): Band {
  if (score >= BANDS.strong) return 'strong';
  if (score >= BANDS.good) return 'good';
  if (score >= BANDS.partial) return 'partial';
  return 'weak';
}

/** A 0–100 score from earned and possible weight, to one decimal. */
export function percent(earned: number, possible: number): number {
  return possible === 0 ? 0 : Math.round((earned / possible) * 1000) / 10;
}

/** The final score: the skills score scaled by the product of the factors, to one decimal. */
export function scaledScore(earned: number, possible: number, factor: number): number {
  return possible === 0 ? 0 : Math.round((earned / possible) * factor * 1000) / 10;
}
