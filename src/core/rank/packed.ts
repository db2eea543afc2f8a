import type { Intensity, Level } from '../extract/cues.js';
import type { SkillKind } from '../taxonomy/types.js';
import type { RankInput } from './compact.js';

/*
 * The rank input as stored: every requirement as one short token in one string, so that building the
 * index at start-up parses a few hundred bytes per posting instead of a tree of objects. Skill names
 * and categories are not stored: the index takes them from the taxonomy the posting was analysed with.
 *
 *   token = <skill id> "/" <level> <intensity> <kind> [<group number>]
 *   level r|p|m, intensity s|n|b, kind h|s|t|l; the group number indexes `g`.
 *
 * Skill ids are slugs (a-z, 0-9, "-"), so "/" and " " never occur in them.
 */
export interface PackedRankInput {
  /** Tokens separated by single spaces, in analysis order. */
  r: string;
  /** Groups: [id, level, member skill ids] as the analysis lists them; [id] for a group a requirement names but the analysis does not list. */
  g?: (readonly [string, Level, readonly string[]] | readonly [string])[];
  education?: RankInput['education'];
  experience?: RankInput['experience'];
  occupation?: RankInput['occupation'];
}

/** What a store holds in its rank input column: packed, or (rows written before packing) the plain RankInput. */
export type StoredRankInput = RankInput | PackedRankInput;

export const isPacked = (input: StoredRankInput): input is PackedRankInput => typeof (input as PackedRankInput).r === 'string';

const LEVEL_CHAR: Readonly<Record<Level, string>> = { required: 'r', preferred: 'p', mentioned: 'm' };
const INTENSITY_CHAR: Readonly<Record<Intensity, string>> = { strong: 's', normal: 'n', basic: 'b' };
const KIND_CHAR: Readonly<Record<SkillKind, string>> = { hard: 'h', soft: 's', trait: 't', language: 'l' };
const invert = <T extends string>(map: Readonly<Record<T, string>>): ReadonlyMap<string, T> =>
  new Map(Object.entries(map).map(([value, char]) => [char as string, value as T]));
const LEVEL_OF = invert(LEVEL_CHAR);
const INTENSITY_OF = invert(INTENSITY_CHAR);
const KIND_OF = invert(KIND_CHAR);

export class PackedRankInputError extends Error {}

/** An analysis reduced to its packed rank input, for storing. */
export function packRankInput(analysis: RankInput): PackedRankInput {
  const g: NonNullable<PackedRankInput['g']> = analysis.groups.map(({ id, level, skills }) => [id, level, skills] as const);
  const groupNumber = (id: string): number => {
    const found = g.findIndex((group) => group[0] === id);
    if (found >= 0) return found;
    return g.push([id]) - 1;
  };
  const r = analysis.requirements
    .map(({ skill, level, intensity, group }) => {
      const code = `${LEVEL_CHAR[level]}${INTENSITY_CHAR[intensity]}${KIND_CHAR[skill.kind]}`;
      return `${skill.id}/${code}${group === undefined ? '' : groupNumber(group)}`;
    })
    .join(' ');
  return {
    r,
    ...(g.length > 0 ? { g } : {}),
    ...(analysis.education ? { education: analysis.education } : {}),
    ...(analysis.experience ? { experience: analysis.experience } : {}),
    ...(analysis.occupation ? { occupation: analysis.occupation } : {}),
  };
}

/** One packed requirement read back. */
export interface PackedRequirement {
  skillId: string;
  level: Level;
  intensity: Intensity;
  kind: SkillKind;
  /** Index into `g`, or -1. */
  group: number;
}

/** Calls `each` for every requirement of a packed rank input, in order, reusing one object. */
export function forEachPackedRequirement(packed: PackedRankInput, each: (requirement: Readonly<PackedRequirement>) => void): void {
  const { r } = packed;
  const row: PackedRequirement = { skillId: '', level: 'required', intensity: 'normal', kind: 'hard', group: -1 };
  let start = 0;
  while (start < r.length) {
    let end = r.indexOf(' ', start);
    if (end < 0) end = r.length;
    const slash = r.indexOf('/', start);
    if (slash < 0 || slash + 4 > end) throw new PackedRankInputError(`malformed requirement "${r.slice(start, end)}"`);
    const level = LEVEL_OF.get(r[slash + 1] as string);
    const intensity = INTENSITY_OF.get(r[slash + 2] as string);
    const kind = KIND_OF.get(r[slash + 3] as string);
    if (!level || !intensity || !kind) throw new PackedRankInputError(`malformed requirement "${r.slice(start, end)}"`);
    row.skillId = r.slice(start, slash);
    row.level = level;
    row.intensity = intensity;
    row.kind = kind;
    row.group = slash + 4 < end ? Number(r.slice(slash + 4, end)) : -1;
    each(row);
    start = end + 1;
  }
}
