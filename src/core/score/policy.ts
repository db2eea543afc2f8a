import type { Intensity, Level } from '../extract/cues.js';
import type { Proficiency } from '../resume/model.js';
import type { SkillKind } from '../taxonomy/types.js';

/**
 * The scoring policy: every weight, credit and factor the fit report and ranking use, in one place.
 * The README's "How the fit is scored" documents these numbers; change them here and bump
 * SCORING_VERSION.
 */
export const SCORING_VERSION = '3.0.0';

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
 * Occupation: the posting's title and the résumé's job titles resolved to ESCO occupations. It is a
 * part of the score of its own, OCCUPATION_WEIGHT of it, beside the skills: the career a person has
 * worked in says as much about fit as a list of tools, and a lawyer whose résumé names few of the
 * posting's skills is still a lawyer. Credit: the same occupation 1, the same ISCO unit group 0.9,
 * the same career family 0.7, unrelated 0. When either side has no occupation — a posting without a
 * title ("unknown") or a résumé that states no job title the service can read ("unstated", a bare
 * skills list) — the part is left out and the skills carry the whole score: no evidence either way.
 * The weight: on the ranking development set (npm run eval:rank, with and without the résumés' heading
 * line) NDCG@10 rises from 0.3 to 0.35–0.4 and falls again by 0.5; 0.35 keeps the skills the larger share.
 */
export type OccupationRelation = 'same' | 'same-group' | 'same-family' | 'unrelated' | 'unstated' | 'unknown';
export const OCCUPATION_WEIGHT = 0.35;
export const OCCUPATION_CREDIT: Readonly<Record<OccupationRelation, number>> = Object.freeze({
  same: 1,
  'same-group': 0.9,
  'same-family': 0.7,
  unrelated: 0,
  unstated: 0,
  unknown: 0,
});
/** The occupation part's weight for a relation: 0 when either side names no occupation (unknown, unstated). */
export const occupationWeight = (relation: OccupationRelation): number =>
  relation === 'unknown' || relation === 'unstated' ? 0 : OCCUPATION_WEIGHT;

/** How the score splits between skills and occupation for one posting and résumé. */
export interface ScoreParts {
  /** Share of the score the skills carry: 1 when the occupation part is left out. */
  skillsShare: number;
  /** Points of the occupation part (0 … 100 × OCCUPATION_WEIGHT), before the factors. */
  occupationPoints: number;
}
export function scoreParts(relation: OccupationRelation): ScoreParts {
  const weight = occupationWeight(relation);
  return { skillsShare: 1 - weight, occupationPoints: 100 * weight * OCCUPATION_CREDIT[relation] };
}

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

/**
 * The final score, to one decimal: (skills share × skills percent + occupation points) × the factors
 * (eligibility × experience). A posting that names no skill scores 0: there is nothing to score.
 */
export function fitScore(earned: number, possible: number, factor: number, parts: ScoreParts = NO_OCCUPATION): number {
  if (possible === 0) return 0;
  return Math.round((parts.skillsShare * (earned / possible) * 100 + parts.occupationPoints) * factor * 10) / 10;
}
export const NO_OCCUPATION: ScoreParts = Object.freeze({ skillsShare: 1, occupationPoints: 0 });
