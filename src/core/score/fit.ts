import { INTENSITY_FACTOR, LEVEL_WEIGHT, type Level } from '../extract/cues.js';
import type { AlternativesGroup, Evidence, PostingAnalysis, Requirement, SkillRef } from '../extract/extract.js';
import { PROFICIENCY_RANK, type CandidateSkill, type ResumeEvidence, type ResumeProfile } from '../resume/intake.js';
import type { Taxonomy } from '../taxonomy/compile.js';

/**
 * The weighted fit of a résumé to a posting. Deterministic; documented in the README:
 *  - exact and alias matches earn full credit; a narrower skill satisfies a broader requirement
 *    (PostgreSQL for SQL);
 *  - a broader or related skill earns partial credit;
 *  - an alternatives group counts once, satisfied by its best member;
 *  - "proficiency"/"strong" wording lowers the credit of a skill the candidate rates beginner or intermediate.
 */
export const SCORING_VERSION = '1.0.0';

export type Status = 'matched' | 'partial' | 'missing';
export type Via = 'exact' | 'alias' | 'narrower' | 'broader' | 'related' | 'group';

export const CREDIT = { exact: 1, narrower: 1, broader: 0.5, related: 0.5 } as const;
/** Credit kept when the posting asks for strong proficiency and the candidate rates the skill lower. */
export const PROFICIENCY_CREDIT: Record<'beginner' | 'intermediate', number> = { beginner: 0.6, intermediate: 0.85 };

export type LevelWeights = Record<Level, number>;
export const DEFAULT_WEIGHTS: LevelWeights = { ...LEVEL_WEIGHT };

export interface RequirementFit {
  skill: SkillRef;
  level: Level;
  weight: number;
  status: Status;
  credit: number;
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

export interface Gap {
  skill: { id: string; name: string };
  level: Level;
  /** Score points this gap costs. */
  cost: number;
  alternatives?: { id: string; name: string }[];
}

export type Band = 'strong' | 'good' | 'partial' | 'weak';

export interface FitReport {
  score: number;
  band: Band;
  breakdown: Record<Level, LevelBreakdown>;
  requirements: RequirementFit[];
  groups: GroupFit[];
  gaps: Gap[];
  extras: { id: string; name: string }[];
  summary: string;
  weights: LevelWeights;
  taxonomyVersion: string;
  scoringVersion: string;
}

interface Candidate {
  skill: CandidateSkill;
  credit: number;
  via: Via;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function bandOf(score: number): Band {
  if (score >= 80) return 'strong';
  if (score >= 60) return 'good';
  if (score >= 40) return 'partial';
  return 'weak';
}

function proficiencyFactor(req: Requirement, candidate: CandidateSkill): number {
  if (req.intensity !== 'strong' || !candidate.level) return 1;
  if (PROFICIENCY_RANK[candidate.level] >= PROFICIENCY_RANK.advanced) return 1;
  return PROFICIENCY_CREDIT[candidate.level as 'beginner' | 'intermediate'];
}

/**
 * The best thing the candidate has for one requirement: every way of meeting it is priced and the
 * highest credit wins, so adding a skill to a résumé can never lower its score.
 */
function bestFor(taxonomy: Taxonomy, req: Requirement, have: ReadonlyMap<string, CandidateSkill>, narrowerHave: ReadonlyMap<string, CandidateSkill[]>): Candidate | undefined {
  const options: Candidate[] = [];
  const offer = (skill: CandidateSkill | undefined, base: number, via: Via): void => {
    if (skill) options.push({ skill, credit: base * proficiencyFactor(req, skill), via });
  };
  const id = req.skill.id;
  offer(have.get(id), CREDIT.exact, 'exact');
  for (const s of narrowerHave.get(id) ?? []) offer(s, CREDIT.narrower, 'narrower');
  for (const ancestor of taxonomy.ancestors(id)) offer(have.get(ancestor), CREDIT.broader, 'broader');
  for (const rel of taxonomy.skills.get(id)?.related ?? []) {
    offer(have.get(rel), CREDIT.related, 'related');
    for (const s of narrowerHave.get(rel) ?? []) offer(s, CREDIT.related, 'related');
  }
  let best: Candidate | undefined;
  for (const o of options) if (!best || o.credit > best.credit) best = o;
  return best;
}

const emptyBreakdown = (): LevelBreakdown => ({ weight: 0, earned: 0, possible: 0, coverage: 0, matched: 0, partial: 0, missing: 0 });

export function scoreFit(taxonomy: Taxonomy, posting: Pick<PostingAnalysis, 'requirements' | 'groups'>, resume: ResumeProfile, weights: LevelWeights = DEFAULT_WEIGHTS): FitReport {
  const have = new Map(resume.skills.map((s) => [s.id, s]));
  // For each broader skill, the candidate's skills beneath it.
  const narrowerHave = new Map<string, CandidateSkill[]>();
  for (const s of [...resume.skills].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const ancestor of taxonomy.ancestors(s.id)) narrowerHave.set(ancestor, [...(narrowerHave.get(ancestor) ?? []), s]);
  }
  const unitWeight = (level: Level, intensity: Requirement['intensity']): number => weights[level] * INTENSITY_FACTOR[intensity];

  const fits: RequirementFit[] = posting.requirements.map((req) => {
    const best = bestFor(taxonomy, req, have, narrowerHave);
    const credit = best ? round(best.credit) : 0;
    return {
      skill: req.skill,
      level: req.level,
      weight: round(unitWeight(req.level, req.intensity)),
      status: !best ? 'missing' : credit >= 1 ? 'matched' : 'partial',
      credit,
      ...(best ? { via: best.via, candidateSkill: { id: best.skill.id, name: best.skill.name } } : {}),
      ...(req.group ? { group: req.group } : {}),
      postingEvidence: req.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      resumeEvidence: best ? best.skill.evidence.slice(0, 3) : [],
    };
  });
  const fitById = new Map(fits.map((f) => [f.skill.id, f]));

  // Groups: each counts once at its level, satisfied by its best member; members then show it.
  const groups: GroupFit[] = posting.groups.map((g: AlternativesGroup) => {
    let bestMember: RequirementFit | undefined;
    for (const id of g.skills) {
      const f = fitById.get(id);
      if (f && f.credit > (bestMember?.credit ?? 0)) bestMember = f;
    }
    return {
      id: g.id,
      level: g.level,
      skills: g.skills,
      satisfied: (bestMember?.credit ?? 0) >= 1,
      credit: bestMember?.credit ?? 0,
      ...(bestMember?.candidateSkill ? { satisfiedBy: bestMember.candidateSkill } : {}),
      text: g.text,
    };
  });
  const groupById = new Map(groups.map((g) => [g.id, g]));
  for (const f of fits) {
    const g = f.group ? groupById.get(f.group) : undefined;
    if (g && g.credit > f.credit && g.satisfiedBy) {
      f.credit = g.credit;
      f.status = g.credit >= 1 ? 'matched' : 'partial';
      f.via = 'group';
      f.candidateSkill = g.satisfiedBy;
      f.resumeEvidence = have.get(g.satisfiedBy.id)?.evidence.slice(0, 3) ?? f.resumeEvidence;
    }
  }

  // Scoring units: each grouped set once (its heaviest member's weight), every other requirement alone.
  const units: { level: Level; weight: number; credit: number; gap: Gap }[] = [];
  for (const g of groups) {
    const members = fits.filter((f) => f.group === g.id);
    if (members.length === 0) continue;
    const heaviest = members.reduce((a, b) => (b.weight > a.weight ? b : a));
    units.push({
      level: g.level,
      weight: heaviest.weight,
      credit: g.credit,
      gap: { skill: { id: heaviest.skill.id, name: heaviest.skill.name }, level: g.level, cost: 0, alternatives: members.filter((m) => m !== heaviest).map((m) => ({ id: m.skill.id, name: m.skill.name })) },
    });
  }
  for (const f of fits) {
    if (f.group) continue;
    units.push({ level: f.level, weight: f.weight, credit: f.credit, gap: { skill: { id: f.skill.id, name: f.skill.name }, level: f.level, cost: 0 } });
  }

  const possible = units.reduce((a, u) => a + u.weight, 0);
  const earned = units.reduce((a, u) => a + u.weight * u.credit, 0);
  const score = possible === 0 ? 0 : Math.round((earned / possible) * 1000) / 10;

  const breakdown: Record<Level, LevelBreakdown> = { required: emptyBreakdown(), preferred: emptyBreakdown(), mentioned: emptyBreakdown() };
  for (const u of units) {
    const b = breakdown[u.level];
    b.possible += u.weight;
    b.earned += u.weight * u.credit;
  }
  for (const f of fits) breakdown[f.level][f.status] += 1;
  for (const level of ['required', 'preferred', 'mentioned'] as const) {
    const b = breakdown[level];
    b.weight = weights[level];
    b.coverage = b.possible === 0 ? 1 : round(b.earned / b.possible);
    b.earned = round(b.earned);
    b.possible = round(b.possible);
  }

  const gaps = units
    .filter((u) => u.credit < 1)
    .map((u) => ({ ...u.gap, cost: possible === 0 ? 0 : round(((1 - u.credit) * u.weight * 100) / possible, 1) }))
    .sort((a, b) => b.cost - a.cost || a.skill.name.localeCompare(b.skill.name));

  const used = new Set(fits.map((f) => f.candidateSkill?.id).filter((x): x is string => x !== undefined));
  const extras = resume.skills.filter((s) => !used.has(s.id)).map((s) => ({ id: s.id, name: s.name }));

  const band = bandOf(score);
  return {
    score,
    band,
    breakdown,
    requirements: fits,
    groups,
    gaps,
    extras,
    summary: summarize(score, band, fits, gaps),
    weights,
    taxonomyVersion: taxonomy.version,
    scoringVersion: SCORING_VERSION,
  };
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function summarize(score: number, band: Band, fits: RequirementFit[], gaps: Gap[]): string {
  if (fits.length === 0) return 'The posting names no skills the service recognises, so there is nothing to score.';
  const required = fits.filter((f) => f.level === 'required');
  const metRequired = required.filter((f) => f.status === 'matched').length;
  const first = required.length > 0
    ? `${band[0]?.toUpperCase()}${band.slice(1)} fit (${score}/100): meets ${metRequired} of ${required.length} required skills.`
    : `${band[0]?.toUpperCase()}${band.slice(1)} fit (${score}/100).`;
  const top = gaps.slice(0, 3).map((g) => g.skill.name);
  return top.length > 0 ? `${first} Biggest gaps: ${list(top)}.` : `${first} No gaps.`;
}
