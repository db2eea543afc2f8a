import { INTENSITY_FACTOR, LEVEL_WEIGHT, type Intensity, type Level } from '../extract/cues.js';
import type { AlternativesGroup, PostingAnalysis, Requirement, SkillRef } from '../extract/extract.js';
import { DEFAULT_WEIGHTS } from '../score/fit.js';

/**
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
  /** The unit's weight: its heaviest own member's, with the default level weights. */
  unitWeight: number;
  /** Requirements whose best credit the group takes (scoreFit looks members up by skill id; the last one wins). */
  memberRequirements: readonly number[];
}

export interface CompactAnalysis {
  /** Requirement skill ids, in analysis order. */
  skills: readonly string[];
  /** Per requirement: level, intensity and own group packed by packCode(). */
  codes: readonly number[];
  groups: readonly CompactGroup[];
}

export type ScorableAnalysis = Pick<PostingAnalysis, 'requirements' | 'groups'>;

const LEVELS: readonly Level[] = ['required', 'preferred', 'mentioned'];
const INTENSITIES: readonly Intensity[] = ['strong', 'normal', 'basic'];
const NO_GROUP = -1;

export const packCode = (level: Level, intensity: Intensity, groupIndex: number): number =>
  LEVELS.indexOf(level) + 3 * INTENSITIES.indexOf(intensity) + 9 * (groupIndex + 1);
export const levelOf = (code: number): Level => LEVELS[code % 3] as Level;
export const intensityOf = (code: number): Intensity => INTENSITIES[Math.floor(code / 3) % 3] as Intensity;
export const groupIndexOf = (code: number): number => Math.floor(code / 9) - 1;
export const isStrong = (code: number): boolean => Math.floor(code / 3) % 3 === 0;

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
/** The rounded unit weight scoreFit gives a requirement, by code % 9 (level and intensity). */
export const UNIT_WEIGHT: readonly number[] = Array.from({ length: 9 }, (_, k) =>
  round3(DEFAULT_WEIGHTS[levelOf(k)] * INTENSITY_FACTOR[intensityOf(k)]),
);
export const unitWeightOf = (code: number): number => UNIT_WEIGHT[code % 9] as number;
export const isGrouped = (code: number): boolean => code >= 9;

/** Shares one string per distinct value across all compact analyses (ids repeat across postings). */
export class Interner {
  private readonly strings = new Map<string, string>();
  intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}

const NONE: readonly never[] = Object.freeze([]);

export function compactAnalysis(analysis: ScorableAnalysis, interner: Interner): CompactAnalysis {
  const { requirements } = analysis;
  const groups: CompactGroup[] = analysis.groups.map((g) => ({
    id: interner.intern(g.id),
    level: g.level,
    skills: g.skills.map((s) => interner.intern(s)),
    listed: true,
    isUnit: false,
    unitWeight: 0,
    memberRequirements: NONE,
  }));
  const groupIndex = (id: string | undefined): number => {
    if (id === undefined) return NO_GROUP;
    const found = groups.findIndex((g) => g.id === id);
    if (found >= 0) return found;
    groups.push({ id: interner.intern(id), level: 'mentioned', skills: NONE, listed: false, isUnit: false, unitWeight: 0, memberRequirements: NONE });
    return groups.length - 1;
  };
  const skills = requirements.map((r) => interner.intern(r.skill.id));
  const codes = requirements.map((r) => packCode(r.level, r.intensity, groupIndex(r.group)));
  for (const code of codes) {
    const g = groups[groupIndexOf(code)];
    if (!g || !g.listed) continue;
    g.isUnit = true;
    g.unitWeight = Math.max(g.unitWeight, unitWeightOf(code));
  }
  for (const g of groups) {
    if (!g.isUnit) continue;
    const members = g.skills.map((id) => skills.lastIndexOf(id)).filter((i) => i >= 0);
    g.memberRequirements = members.length > 0 ? members : NONE;
  }
  return { skills, codes, groups: groups.length > 0 ? groups : NONE };
}

const EMPTY_TEXTS: string[] = [];

/** The compact analysis as scoreFit takes it; evidence and mentions come back empty. */
export function toScorable(compact: CompactAnalysis, refOf: (skillId: string) => SkillRef): ScorableAnalysis {
  const requirements: Requirement[] = compact.skills.map((id, i) => {
    const code = compact.codes[i] as number;
    const group = compact.groups[groupIndexOf(code)];
    const level = levelOf(code);
    const intensity = intensityOf(code);
    return {
      skill: refOf(id),
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
