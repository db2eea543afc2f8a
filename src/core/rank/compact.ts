import type { Intensity, Level } from '../extract/cues.js';
import type { SkillKind } from '../taxonomy/types.js';
import type { AlternativesGroup, Requirement, SkillRef } from '../extract/extract.js';
import type { PostingEligibility } from '../score/eligibility.js';
import type { OccupationRef } from '../score/factors.js';
import type { ScorablePosting } from '../score/fit.js';
import { REPORT_KINDS, reportKindOf, requirementWeight, type ReportKind } from '../score/policy.js';
import { creditSlot, skillNumberOf, type Interner, type SkillNumbers } from './numbering.js';
import { forEachPackedRequirement, isPacked, PackedRankInputError, type StoredRankInput } from './packed.js';

/*
 * A posting analysis reduced to what scoring reads: per requirement its skill, level, intensity, kind
 * and alternatives group, plus the groups and what the posting asks beyond skills. Mentions, sections
 * and evidence stay in the store. A compact analysis read back (scorableOf) scores exactly like the original.
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
  /** Per requirement: level, intensity, kind and own group packed by packCode(). */
  codes: readonly number[];
  groups: readonly CompactGroup[];
  /** Degree, enrolment, graduation and years the posting asks for (evidence kept for the report). */
  eligibility: PostingEligibility;
  occupation?: OccupationRef;
}

/** The part of an analysis ranking reads; a full analysis is one. Stored packed (rankInputOf) beside it for a fast index build. */
export interface RankInput extends PostingEligibility {
  requirements: readonly (Pick<Requirement, 'level' | 'intensity' | 'group'> & { skill: SkillRef })[];
  groups: readonly Pick<AlternativesGroup, 'id' | 'level' | 'skills'>[];
  occupation?: OccupationRef;
}

/** An analysis reduced to what the store keeps for ranking (packed: see packed.ts). */
export { packRankInput as rankInputOf } from './packed.js';

const LEVELS: readonly Level[] = ['required', 'preferred', 'mentioned'];
const INTENSITIES: readonly Intensity[] = ['strong', 'normal', 'basic'];
const NO_GROUP = -1;

/** Distinct (level, intensity, kind) combinations: a code modulo this is the index into UNIT_WEIGHT. */
const WEIGHT_CODES = 3 * 3 * REPORT_KINDS.length;
const packCode = (level: Level, intensity: Intensity, kind: ReportKind, groupIndex: number): number =>
  LEVELS.indexOf(level) + 3 * INTENSITIES.indexOf(intensity) + 9 * REPORT_KINDS.indexOf(kind) + WEIGHT_CODES * (groupIndex + 1);
const levelOf = (code: number): Level => LEVELS[code % 3] as Level;
const intensityOf = (code: number): Intensity => INTENSITIES[Math.floor(code / 3) % 3] as Intensity;
const kindOf = (code: number): ReportKind => REPORT_KINDS[Math.floor(code / 9) % REPORT_KINDS.length] as ReportKind;
/** The skill kind a code was packed from (a professional skill is a soft one). */
export const skillKindOf = (code: number): SkillKind => {
  const kind = kindOf(code);
  return kind === 'professional' ? 'soft' : kind;
};
const groupIndexOf = (code: number): number => Math.floor(code / WEIGHT_CODES) - 1;
const isStrong = (code: number): boolean => Math.floor(code / 3) % 3 === 0;

/** The unit weight scoreFit gives a requirement with the default weights, by code % WEIGHT_CODES. */
export const UNIT_WEIGHT: readonly number[] = Array.from({ length: WEIGHT_CODES }, (_, k) =>
  requirementWeight(levelOf(k), intensityOf(k), kindOf(k)),
);
const unitWeightOf = (code: number): number => UNIT_WEIGHT[code % WEIGHT_CODES] as number;
/** Codes of requirements outside any group are below this, and are their own index into UNIT_WEIGHT. */
export const FIRST_GROUPED_CODE = WEIGHT_CODES;

const NONE: readonly never[] = Object.freeze([]);

const unlistedGroup = (id: string): CompactGroup => ({
  id,
  level: 'mentioned',
  skills: NONE,
  listed: false,
  isUnit: false,
  unitCode: -1,
  memberRequirements: NONE,
});
const listedGroup = (id: string, level: Level, skills: readonly string[]): CompactGroup => ({
  id,
  level,
  skills,
  listed: true,
  isUnit: false,
  unitCode: -1,
  memberRequirements: NONE,
});

/** A stored rank input (packed or plain) in the compact form the index keeps. */
export function compactAnalysis(analysis: StoredRankInput, interner: Interner, numbers: SkillNumbers): CompactAnalysis {
  const skills: string[] = [];
  const codes: number[] = [];
  let groups: CompactGroup[];
  if (isPacked(analysis)) {
    groups = (analysis.g ?? []).map((g) =>
      g.length === 1
        ? unlistedGroup(interner.intern(g[0]))
        : listedGroup(
            interner.intern(g[0]),
            g[1],
            g[2].map((s) => interner.intern(s)),
          ),
    );
    forEachPackedRequirement(analysis, (r) => {
      if (r.group >= groups.length || !(r.group >= -1)) throw new PackedRankInputError(`no group ${r.group} for ${r.skillId}`);
      skills.push(r.skillId);
      codes.push(packCode(r.level, r.intensity, reportKindOf(r.kind), r.group));
    });
  } else {
    groups = analysis.groups.map((g) =>
      listedGroup(
        interner.intern(g.id),
        g.level,
        g.skills.map((s) => interner.intern(s)),
      ),
    );
    const groupIndex = (id: string | undefined): number => {
      if (id === undefined) return NO_GROUP;
      const found = groups.findIndex((g) => g.id === id);
      return found >= 0 ? found : groups.push(unlistedGroup(interner.intern(id))) - 1;
    };
    for (const r of analysis.requirements) {
      skills.push(r.skill.id);
      codes.push(packCode(r.level, r.intensity, reportKindOf(r.skill.kind), groupIndex(r.group)));
    }
  }
  const creditSlots = skills.map((id, i) => creditSlot(numbers.numberOf(id), isStrong(codes[i] as number)));
  for (const code of codes) {
    const g = groups[groupIndexOf(code)];
    if (!g || !g.listed) continue;
    g.isUnit = true;
    if (g.unitCode < 0 || unitWeightOf(code) > unitWeightOf(g.unitCode)) g.unitCode = code % WEIGHT_CODES;
  }
  for (const g of groups) {
    if (!g.isUnit) continue;
    const members = g.skills.map((id) => skills.lastIndexOf(id)).filter((i) => i >= 0);
    g.memberRequirements = members.length > 0 ? members : NONE;
  }
  const eligibility: PostingEligibility = {
    ...(analysis.education ? { education: analysis.education } : {}),
    ...(analysis.experience ? { experience: analysis.experience } : {}),
  };
  return {
    creditSlots,
    codes,
    groups: groups.length > 0 ? groups : NONE,
    eligibility,
    ...(analysis.occupation ? { occupation: analysis.occupation } : {}),
  };
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

/** The compact analysis as scoreFit takes it; evidence and mentions come back empty. */
export function scorableOf(compact: CompactAnalysis, refOf: (skillNumber: number) => SkillRef): ScorablePosting {
  const requirements = compact.creditSlots.map((slot, i) => {
    const code = compact.codes[i] as number;
    const group = compact.groups[groupIndexOf(code)];
    return { skill: refOf(skillNumberOf(slot)), level: levelOf(code), intensity: intensityOf(code), ...(group ? { group: group.id } : {}) };
  });
  const groups = compact.groups.filter((g) => g.listed).map((g) => ({ id: g.id, level: g.level, skills: g.skills }));
  return { requirements, groups, ...compact.eligibility };
}
