import type { Intensity, Level } from '../extract/cues.js';
import type { Evidence, SkillRef } from '../extract/extract.js';
import type { ResumeEvidence, ResumeProfile } from '../resume/model.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { bestCredit, creditReason, indexHeldSkills, type BestCredit } from './credit.js';
import type { Eligibility, PostingEligibility } from './eligibility.js';
import { fitFactors, type FactorReport, type FitFactors, type OccupationFit } from './factors.js';
import {
  bandOf,
  DEFAULT_KIND_WEIGHTS,
  DEFAULT_LEVEL_WEIGHTS,
  isStrong,
  KIND_TIER,
  percent,
  REPORT_KINDS,
  reportKindOf,
  requirementWeight,
  fitScore,
  focusPointsOf,
  scoreParts,
  SCORING_VERSION,
  type Band,
  type KindWeights,
  type LevelWeights,
  type ReportKind,
  type ScoringWeights,
} from './policy.js';
import { focusOf, focusReport, postingAreas, requiresAny, resumeAreas, type FocusReport } from './focus.js';

export type { FocusReport } from './focus.js';
import { apportion } from './receipt.js';
import { suggest, type Suggestion } from './suggestions.js';
import { summarize } from './summary.js';

export { bandOf, SCORING_VERSION, type Band, type LevelWeights, type KindWeights } from './policy.js';
export const DEFAULT_WEIGHTS: LevelWeights = { ...DEFAULT_LEVEL_WEIGHTS };

export type Status = 'matched' | 'partial' | 'missing' | 'covered';
export type Via = 'exact' | 'alias' | 'narrower' | 'broader' | 'related' | 'group';

/** What scoring reads of a posting: a full PostingAnalysis is one, and so is a ranking index entry. */
export interface ScorableRequirement {
  skill: SkillRef;
  level: Level;
  intensity: Intensity;
  group?: string;
  mentions?: readonly Evidence[];
}
export interface ScorableGroup {
  id: string;
  level: Level;
  skills: readonly string[];
  text?: string;
}
export interface ScorablePosting extends PostingEligibility {
  requirements: readonly ScorableRequirement[];
  groups: readonly ScorableGroup[];
}

export interface FitOptions {
  weights?: Partial<LevelWeights>;
  kindWeights?: Partial<KindWeights>;
  occupation?: OccupationFit;
  /** 'YYYY-MM' the eligibility and experience checks are made at; defaults to this month. */
  asOf?: string;
}

export interface RequirementFit {
  skill: SkillRef;
  kind: ReportKind;
  level: Level;
  weight: number;
  status: Status;
  credit: number;
  /** This row's contribution to the score; the rows add up to `score`. */
  points: number;
  reason?: string;
  via?: Via;
  candidateSkill?: { id: string; name: string };
  group?: string;
  postingEvidence: Evidence[];
  resumeEvidence: ResumeEvidence[];
}

export interface GroupFit {
  id: string;
  level: Level;
  skills: string[];
  satisfied: boolean;
  credit: number;
  satisfiedBy?: { id: string; name: string };
  text: string;
}

export interface LevelBreakdown {
  weight: number;
  earned: number;
  possible: number;
  coverage: number;
  matched: number;
  partial: number;
  missing: number;
}

export interface KindBreakdown {
  weight: number;
  earned: number;
  possible: number;
  coverage: number;
  units: number;
}

export interface Gap {
  skill: { id: string; name: string };
  kind: ReportKind;
  level: Level;
  /** Score points this gap costs. */
  cost: number;
  alternatives?: { id: string; name: string }[];
}

export interface FitReport {
  score: number;
  /** The score from skills alone, before the eligibility, experience and occupation factors. */
  skillsScore: number;
  band: Band;
  factors: FitFactors;
  eligibility: Eligibility;
  experience: FactorReport['experience'];
  occupation: FactorReport['occupation'];
  focus: FocusReport;
  breakdown: Record<Level, LevelBreakdown>;
  byKind: Record<ReportKind, KindBreakdown>;
  requirements: RequirementFit[];
  groups: GroupFit[];
  gaps: Gap[];
  suggestions: Suggestion[];
  extras: { id: string; name: string }[];
  summary: string;
  weights: LevelWeights;
  kindWeights: KindWeights;
  taxonomyVersion: string;
  scoringVersion: string;
}

/** One scoring unit: an alternatives group (counted once) or a requirement standing alone. */
export interface ScoringUnit {
  level: Level;
  kind: ReportKind;
  weight: number;
  credit: number;
  /** Indexes into the report's requirements: the members (one for a lone requirement). */
  members: number[];
  /** The member the unit's points sit on (its best, or its heaviest when none earns anything). */
  carrier: number;
  group?: GroupFit;
}

const VIA_OF: Record<BestCredit['route'], Via> = { exact: 'exact', narrower: 'narrower', broader: 'broader', related: 'related' };

const emptyLevel = (): LevelBreakdown => ({ weight: 0, earned: 0, possible: 0, coverage: 0, matched: 0, partial: 0, missing: 0 });
const emptyKind = (): KindBreakdown => ({ weight: 0, earned: 0, possible: 0, coverage: 0, units: 0 });
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function resolveWeights(options: Pick<FitOptions, 'weights' | 'kindWeights'>): ScoringWeights {
  return { levels: { ...DEFAULT_LEVEL_WEIGHTS, ...options.weights }, kinds: { ...DEFAULT_KIND_WEIGHTS, ...options.kindWeights } };
}

/**
 * Scoring units in their fixed order — groups first, in the posting's order, then the requirements
 * that stand alone — so that ranking (quickScore) adds them up the same way.
 */
function scoringUnits(fits: RequirementFit[], groups: GroupFit[]): ScoringUnit[] {
  const indexOfSkill = new Map(fits.map((f, i) => [f.skill.id, i]));
  const units: ScoringUnit[] = [];
  for (const g of groups) {
    const members = fits.flatMap((f, i) => (f.group === g.id ? [i] : []));
    if (members.length === 0) continue;
    const heaviest = members.reduce((a, b) => ((fits[b] as RequirementFit).weight > (fits[a] as RequirementFit).weight ? b : a));
    // The group's credit is its best listed skill's, which may stand in another group of its own.
    let best = -1;
    for (const id of g.skills) {
      const i = indexOfSkill.get(id);
      if (i !== undefined && (fits[i] as RequirementFit).credit > (best < 0 ? 0 : (fits[best] as RequirementFit).credit)) best = i;
    }
    const heavy = fits[heaviest] as RequirementFit;
    units.push({
      level: g.level,
      kind: heavy.kind,
      weight: heavy.weight,
      credit: g.credit,
      members,
      carrier: g.credit > 0 && best >= 0 ? best : heaviest,
      group: g,
    });
  }
  fits.forEach((f, i) => {
    if (f.group === undefined) units.push({ level: f.level, kind: f.kind, weight: f.weight, credit: f.credit, members: [i], carrier: i });
  });
  return units;
}

/**
 * The weighted fit of a résumé to a posting, deterministic; the model is documented in the README
 * ("How the fit is scored") and its numbers live in policy.ts.
 */
export function scoreFit(taxonomy: Taxonomy, posting: ScorablePosting, resume: ResumeProfile, options: FitOptions = {}): FitReport {
  const weights = resolveWeights(options);
  const held = indexHeldSkills(taxonomy, resume.skills, resume.phrases);

  const fits: RequirementFit[] = posting.requirements.map((req) => {
    const kind = reportKindOf(req.skill.kind);
    const best = bestCredit(taxonomy, held, req.skill.id, isStrong(req.intensity));
    const credit = best?.credit ?? 0;
    const reason = best && credit < 1 ? creditReason(best, req.skill.name) : undefined;
    return {
      skill: req.skill,
      kind,
      level: req.level,
      weight: requirementWeight(req.level, req.intensity, kind, weights),
      status: !best ? 'missing' : credit >= 1 ? 'matched' : 'partial',
      credit,
      points: 0,
      ...(reason ? { reason } : {}),
      ...(best ? { via: VIA_OF[best.route], candidateSkill: { id: best.skill.id, name: best.skill.name } } : {}),
      ...(req.group !== undefined ? { group: req.group } : {}),
      postingEvidence: (req.mentions ?? []).map((m) => ({ start: m.start, end: m.end, text: m.text })),
      resumeEvidence: best ? best.skill.evidence.slice(0, 3) : [],
    };
  });

  // Groups: each counts once at its level, satisfied by its best member.
  const fitBySkill = new Map(fits.map((f) => [f.skill.id, f]));
  const groups: GroupFit[] = posting.groups.map((g) => {
    let bestMember: RequirementFit | undefined;
    for (const id of g.skills) {
      const f = fitBySkill.get(id);
      if (f && f.credit > (bestMember?.credit ?? 0)) bestMember = f;
    }
    return {
      id: g.id,
      level: g.level,
      skills: [...g.skills],
      satisfied: (bestMember?.credit ?? 0) >= 1,
      credit: bestMember?.credit ?? 0,
      ...(bestMember?.candidateSkill ? { satisfiedBy: bestMember.candidateSkill } : {}),
      text: g.text ?? '',
    };
  });

  const units = scoringUnits(fits, groups);
  let possible = 0;
  let earned = 0;
  for (const u of units) {
    possible += u.weight;
    earned += u.weight * u.credit;
  }
  const factorReport = fitFactors(posting, resume, options.occupation, options.asOf, taxonomy.ancestors);
  const product = factorReport.factors.product;
  const areas = postingAreas(posting.requirements);
  const brought = resumeAreas(taxonomy, resume);
  const focus = focusOf(areas, brought, requiresAny(brought, new Set(posting.requirements.map((r) => r.skill.id))));
  const parts = scoreParts(factorReport.occupation.relation, focus.share);
  // What one point of skills percent is worth in the final score.
  const factor = parts.skillsShare * product;
  const skillsScore = percent(earned, possible);
  const score = fitScore(earned, possible, product, parts);

  // The receipt: each unit's share sits on its carrier, the occupation part's on `occupation.points`,
  // the focus part's on `focus.points`; the other members of a satisfied group are covered by it.
  const occupationExact = (possible === 0 ? parts.occupationAlone : parts.occupationPoints) * product;
  // A posting naming no skill is judged on its occupation alone: the part carries the whole weight.
  if (possible === 0 && factorReport.occupation.weight > 0) factorReport.occupation.weight = 1;
  const focusExact = possible === 0 ? 0 : focusPointsOf(earned, parts) * product;
  const allShares = apportion(
    [...units.map((u) => (possible === 0 ? 0 : (100 * u.weight * u.credit * factor) / possible)), occupationExact, focusExact],
    score,
  );
  const shares = allShares.slice(0, units.length);
  factorReport.occupation.points = allShares[units.length] as number;

  const focusPart = focusReport(areas, brought, focus, { points: allShares[units.length + 1] as number, earned });
  const carriers = new Set(units.filter((u) => u.credit > 0).map((u) => u.carrier));
  units.forEach((u, k) => {
    const carrier = fits[u.carrier] as RequirementFit;
    // A skill listed in two groups can carry both.
    carrier.points = Math.round((carrier.points + (shares[k] as number)) * 100) / 100;
    if (!u.group?.satisfiedBy) return;
    for (const m of u.members) {
      if (carriers.has(m)) continue;
      const f = fits[m] as RequirementFit;
      f.status = 'covered';
      f.via = 'group';
      f.credit = u.group.credit;
      f.candidateSkill = u.group.satisfiedBy;
      f.reason = `satisfied by the group through ${u.group.satisfiedBy.name}`;
      f.resumeEvidence = held.have.get(u.group.satisfiedBy.id)?.evidence.slice(0, 3) ?? [];
    }
  });

  const breakdown: Record<Level, LevelBreakdown> = { required: emptyLevel(), preferred: emptyLevel(), mentioned: emptyLevel() };
  const byKind = Object.fromEntries(REPORT_KINDS.map((k) => [k, emptyKind()])) as Record<ReportKind, KindBreakdown>;
  for (const u of units) {
    breakdown[u.level].possible += u.weight;
    breakdown[u.level].earned += u.weight * u.credit;
    byKind[u.kind].possible += u.weight;
    byKind[u.kind].earned += u.weight * u.credit;
    byKind[u.kind].units += 1;
    const status = u.credit >= 1 ? 'matched' : u.credit > 0 ? 'partial' : 'missing';
    breakdown[u.level][status] += 1;
  }
  for (const level of ['required', 'preferred', 'mentioned'] as const) {
    const b = breakdown[level];
    b.weight = weights.levels[level];
    b.coverage = b.possible === 0 ? 1 : round(b.earned / b.possible);
    b.earned = round(b.earned);
    b.possible = round(b.possible);
  }
  for (const kind of REPORT_KINDS) {
    const b = byKind[kind];
    b.weight = weights.kinds[kind];
    b.coverage = b.possible === 0 ? 1 : round(b.earned / b.possible);
    b.earned = round(b.earned);
    b.possible = round(b.possible);
  }

  const gaps: Gap[] = units
    .filter((u) => u.credit < 1)
    .map((u) => {
      const lead = fits[
        u.group
          ? u.members.reduce((a, b) => ((fits[b] as RequirementFit).weight > (fits[a] as RequirementFit).weight ? b : a))
          : (u.members[0] as number)
      ] as RequirementFit;
      const others = u.group ? u.members.map((m) => fits[m] as RequirementFit).filter((f) => f !== lead) : [];
      return {
        skill: { id: lead.skill.id, name: lead.skill.name },
        kind: u.kind,
        level: u.level,
        cost: possible === 0 ? 0 : round(((1 - u.credit) * u.weight * 100 * factor) / possible, 1),
        ...(others.length > 0 ? { alternatives: others.map((f) => ({ id: f.skill.id, name: f.skill.name })) } : {}),
      };
    })
    .sort((a, b) => KIND_TIER[a.kind] - KIND_TIER[b.kind] || b.cost - a.cost || a.skill.name.localeCompare(b.skill.name));

  const used = new Set(fits.map((f) => f.candidateSkill?.id).filter((x): x is string => x !== undefined));
  const extras = resume.skills.filter((s) => !used.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
  const band = bandOf(score);
  const suggestions = suggest({ fits, units, possible, factor, resume, held });

  return {
    score,
    skillsScore,
    band,
    factors: factorReport.factors,
    eligibility: factorReport.eligibility,
    experience: factorReport.experience,
    occupation: factorReport.occupation,
    focus: focusPart,
    breakdown,
    byKind,
    requirements: fits,
    groups,
    gaps,
    suggestions,
    extras,
    summary: summarize({
      score,
      skillsScore,
      band,
      fits,
      units,
      gaps,
      eligibility: factorReport.eligibility,
      occupation: factorReport.occupation,
      focus: focusPart,
    }),
    weights: weights.levels,
    kindWeights: weights.kinds,
    taxonomyVersion: taxonomy.version,
    scoringVersion: SCORING_VERSION,
  };
}
