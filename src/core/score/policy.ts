import type { Intensity, Level } from '../extract/cues.js';
import type { Proficiency } from '../resume/model.js';
import type { SkillKind } from '../taxonomy/types.js';

/**
 * The scoring policy: every weight, credit and factor the fit report and ranking use, in one place.
 * The README's "How the fit is scored" documents these numbers; change them here and bump
 * SCORING_VERSION.
 */
export const SCORING_VERSION = '4.0.0';

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
 * skills list) — the part is left out and the other parts share its weight: no evidence either way.
 */
export type OccupationRelation = 'same' | 'same-group' | 'same-family' | 'unrelated' | 'unstated' | 'unknown';
export const OCCUPATION_WEIGHT = 0.3;
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

/**
 * Focus: the share of the résumé's hard skills that lie in the areas (skill categories) the posting's
 * hard skills come from. Coverage asks "does the candidate have what the posting asks?"; focus asks
 * the reverse, "is what the candidate brings about this job?" — a recruiter reads a résumé of sixty
 * tools across five trades differently from one whose every line is in the job's field. It is left
 * out when either side names no hard skill, and counts nothing while no requirement is met (a
 * neighbouring area alone is no fit). The weights: on both ranking development sets (npm run
 * eval:rank, eval:rank:jobboard) NDCG@10 rises with the focus part from 0.1 to 0.3 of the score and
 * flattens there; 0.25 leaves the skills the largest part.
 */
export const FOCUS_WEIGHT = 0.25;

/** How the score splits between skills, occupation and focus for one posting and résumé. */
export interface ScoreParts {
  /** Share of the score the skills carry: 1 when the other parts are left out. */
  skillsShare: number;
  /** Points of the occupation part (0 … 100 × OCCUPATION_WEIGHT), before the factors. */
  occupationPoints: number;
  /** Points of the focus part (0 … 100 × FOCUS_WEIGHT) before the factors, when some requirement is met. */
  focusPoints: number;
  /** 100 × the occupation credit when the occupation part is in play, else 0: the whole score of a posting naming no skill. */
  occupationAlone: number;
}
/** `focus` is the focus share (0–1), undefined when the part is left out. */
export function scoreParts(relation: OccupationRelation, focus?: number): ScoreParts {
  const occupation = occupationWeight(relation);
  const focusWeight = focus === undefined ? 0 : FOCUS_WEIGHT;
  return {
    skillsShare: 1 - occupation - focusWeight,
    occupationPoints: 100 * occupation * OCCUPATION_CREDIT[relation],
    focusPoints: 100 * focusWeight * (focus ?? 0),
    occupationAlone: occupation === 0 ? 0 : 100 * OCCUPATION_CREDIT[relation],
  };
}

/**
 * The most a posting can score, before the factors, when its skills percent is at most `skills`:
 * whichever parts are in play. For pruning a ranking by a bound of the skills percent.
 */
export function maxScoreForSkills(skills: number, withOccupation: boolean): number {
  let best = Math.max(skills, (1 - FOCUS_WEIGHT) * skills + 100 * FOCUS_WEIGHT);
  if (withOccupation) {
    best = Math.max(
      best,
      (1 - OCCUPATION_WEIGHT) * skills + 100 * OCCUPATION_WEIGHT,
      (1 - OCCUPATION_WEIGHT - FOCUS_WEIGHT) * skills + 100 * (OCCUPATION_WEIGHT + FOCUS_WEIGHT),
    );
  }
  return best;
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

/** The focus points a score counts: none while no requirement is met. */
export const focusPointsOf = (earned: number, parts: ScoreParts): number => (earned > 0 ? parts.focusPoints : 0);

/**
 * The final score, to one decimal: (skills share × skills percent + occupation points + focus points)
 * × the factors (eligibility × experience). A posting that names no skill the service knows is judged
 * on its occupation alone, when it has one ("Mechanical Engineering Intern" over duties no vocabulary
 * names still wants mechanical engineers); without one it scores 0: there is nothing to score.
 */
export function fitScore(earned: number, possible: number, factor: number, parts: ScoreParts = SKILLS_ONLY): number {
  if (possible === 0) return Math.round(parts.occupationAlone * factor * 10) / 10;
  return (
    Math.round((parts.skillsShare * (earned / possible) * 100 + parts.occupationPoints + focusPointsOf(earned, parts)) * factor * 10) / 10
  );
}
export const SKILLS_ONLY: ScoreParts = Object.freeze({ skillsShare: 1, occupationPoints: 0, focusPoints: 0, occupationAlone: 0 });
