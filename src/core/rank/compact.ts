import { INTENSITY_FACTOR, LEVEL_WEIGHT, type Intensity, type Level } from '../extract/cues.js';
import type { AlternativesGroup, PostingAnalysis, Requirement, SkillRef } from '../extract/extract.js';
import { DEFAULT_WEIGHTS } from '../score/fit.js';
import { creditSlot, skillNumberOf, type Interner, type SkillNumbers } from './numbering.js';

/*
 * A posting analysis reduced to what scoring reads: per requirement its skill, level, intensity and
 * alternatives group, plus the groups. Mentions, sections and evidence stay in the store. A compact
 * analysis turned back into a PostingAnalysis (toScorable) scores exactly like the original.
 */

export interface CompactGroup {
  id: string;
  level: Level;
  skills: readonly string[];
  /** False for a group a requirement names but the analysis does not list; scoreFit ignores those. */
  listed: boolean;
  /** True when some requirement has this as its own group: only then is the group a scoring unit. */
  isUnit: boolean;
  /** The unit's weight as an index into UNIT_WEIGHT: its heaviest own member's (-1 when no unit). */
  unitCode: number;
  /** Requirements whose best credit the group takes (scoreFit looks members up by skill id; the last one wins). */
  memberRequirements: readonly number[];
}

export interface CompactAnalysis {
  /**
   * Per requirement, in analysis order: where its credit sits in a résumé's credit table, i.e. its
   * skill's number (SkillNumbers) times two, plus one when the posting asks for the skill strongly.
   */
  creditSlots: readonly number[];
  /** Per requirement: level, intensity and own group packed by packCode(). */
  codes: readonly number[];
  groups: readonly CompactGroup[];
}

export type ScorableAnalysis = Pick<PostingAnalysis, 'requirements' | 'groups'>;

/** The part of an analysis ranking reads; a full analysis is one. Stored beside it for a fast index build. */
export interface RankInput {
  requirements: readonly (Pick<Requirement, 'level' | 'intensity' | 'group'> & { skill: SkillRef })[];
  groups: readonly Pick<AlternativesGroup, 'id' | 'level' | 'skills'>[];
}

/** An analysis reduced to its RankInput, for storing. */
export function rankInputOf(analysis: RankInput): RankInput {
  return {
    requirements: analysis.requirements.map(({ skill, level, intensity, group }) => ({
      skill: { id: skill.id, name: skill.name, kind: skill.kind, category: skill.category },
      level,
      intensity,
      ...(group !== undefined ? { group } : {}),
    })),
    groups: analysis.groups.map(({ id, level, skills }) => ({ id, level, skills })),
  };
}

const LEVELS: readonly Level[] = ['required', 'preferred', 'mentioned'];
const INTENSITIES: readonly Intensity[] = ['strong', 'normal', 'basic'];
const NO_GROUP = -1;

const packCode = (level: Level, intensity: Intensity, groupIndex: number): number =>
  LEVELS.indexOf(level) + 3 * INTENSITIES.indexOf(intensity) + 9 * (groupIndex + 1);
const levelOf = (code: number): Level => LEVELS[code % 3] as Level;
const intensityOf = (code: number): Intensity => INTENSITIES[Math.floor(code / 3) % 3] as Intensity;
const groupIndexOf = (code: number): number => Math.floor(code / 9) - 1;
const isStrong = (code: number): boolean => Math.floor(code / 3) % 3 === 0;

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
/** The rounded unit weight scoreFit gives a requirement, by code % 9 (level and intensity). */
export const UNIT_WEIGHT: readonly number[] = Array.from({ length: 9 }, (_, k) =>
  round3(DEFAULT_WEIGHTS[levelOf(k)] * INTENSITY_FACTOR[intensityOf(k)]),
);
const unitWeightOf = (code: number): number => UNIT_WEIGHT[code % 9] as number;
/** Codes of requirements outside any group are below this, and are their own index into UNIT_WEIGHT. */
export const FIRST_GROUPED_CODE = 9;

const NONE: readonly never[] = Object.freeze([]);

export function compactAnalysis(analysis: RankInput, interner: Interner, numbers: SkillNumbers): CompactAnalysis {
  const { requirements } = analysis;
  const groups: CompactGroup[] = analysis.groups.map((g) => ({
    id: interner.intern(g.id),
    level: g.level,
    skills: g.skills.map((s) => interner.intern(s)),
    listed: true,
    isUnit: false,
    unitCode: -1,
    memberRequirements: NONE,
  }));
  const groupIndex = (id: string | undefined): number => {
    if (id === undefined) return NO_GROUP;
    const found = groups.findIndex((g) => g.id === id);
    if (found >= 0) return found;
    groups.push({ id: interner.intern(id), level: 'mentioned', skills: NONE, listed: false, isUnit: false, unitCode: -1, memberRequirements: NONE });
    return groups.length - 1;
  };
  const skills = requirements.map((r) => r.skill.id);
  const codes = requirements.map((r) => packCode(r.level, r.intensity, groupIndex(r.group)));
  const creditSlots = requirements.map((r, i) => creditSlot(numbers.numberOf(r.skill.id), isStrong(codes[i] as number)));
  for (const code of codes) {
    const g = groups[groupIndexOf(code)];
    if (!g || !g.listed) continue;
    g.isUnit = true;
    if (g.unitCode < 0 || unitWeightOf(code) > unitWeightOf(g.unitCode)) g.unitCode = code % 9;
  }
  for (const g of groups) {
    if (!g.isUnit) continue;
    const members = g.skills.map((id) => skills.lastIndexOf(id)).filter((i) => i >= 0);
    g.memberRequirements = members.length > 0 ? members : NONE;
  }
  return { creditSlots, codes, groups: groups.length > 0 ? groups : NONE };
}

/**
 * Each (requirement, unit) pair that can earn credit, as (credit slot, unit weight code): an
 * ungrouped requirement in its own unit; each member of a group unit in that unit. Summing
 * weight × credit over these bounds the score from above (a group counts its best member only).
 */
export function creditEntries(compact: CompactAnalysis): { creditSlot: number; unitCode: number }[] {
  const entries: { creditSlot: number; unitCode: number }[] = [];
  for (const g of compact.groups) {
    if (!g.isUnit) continue;
    for (const r of g.memberRequirements) entries.push({ creditSlot: compact.creditSlots[r] as number, unitCode: g.unitCode });
  }
  compact.codes.forEach((code, i) => {
    if (code < FIRST_GROUPED_CODE) entries.push({ creditSlot: compact.creditSlots[i] as number, unitCode: code });
  });
  return entries;
}

/** The denominator of the score: the weights of all scoring units. */
export function possibleWeight(compact: CompactAnalysis): number {
  let possible = 0;
  for (const g of compact.groups) if (g.isUnit) possible += UNIT_WEIGHT[g.unitCode] as number;
  for (const code of compact.codes) if (code < FIRST_GROUPED_CODE) possible += UNIT_WEIGHT[code] as number;
  return possible;
}

const EMPTY_TEXTS: string[] = [];

/** The compact analysis as scoreFit takes it; evidence and mentions come back empty. */
export function toScorable(compact: CompactAnalysis, refOf: (skillNumber: number) => SkillRef): ScorableAnalysis {
  const requirements: Requirement[] = compact.creditSlots.map((slot, i) => {
    const code = compact.codes[i] as number;
    const group = compact.groups[groupIndexOf(code)];
    const level = levelOf(code);
    const intensity = intensityOf(code);
    return {
      skill: refOf(skillNumberOf(slot)),
      level,
      weight: round3(LEVEL_WEIGHT[level] * INTENSITY_FACTOR[intensity]),
      intensity,
      ...(group ? { group: group.id } : {}),
      groups: EMPTY_TEXTS,
      mentions: [],
      cues: EMPTY_TEXTS,
    };
  });
  const groups: AlternativesGroup[] = compact.groups
    .filter((g) => g.listed)
    .map((g) => ({ id: g.id, mode: 'anyOf', level: g.level, skills: [...g.skills], start: 0, end: 0, text: '' }));
  return { requirements, groups };
}
