import type { ResumeProfile } from '../resume/model.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { creditableSkills } from './credit.js';
import { CATEGORIES, type SkillCategory } from '../taxonomy/types.js';
import { FOCUS_WEIGHT, round3 } from './policy.js';

/*
 * Focus (policy.ts): how much of what the résumé brings lies in the posting's areas. An area is a
 * skill category (databases, nursing, accounting …); the posting's areas are those of its hard skills,
 * whatever their level. Counting is by category index so that ranking a résumé across a catalogue
 * reads one small array per posting.
 */

const CATEGORY_INDEX: ReadonlyMap<string, number> = new Map(CATEGORIES.map((c, i) => [c, i]));

/** The résumé's distinct hard skills, counted by category index, each with the requirement skills it earns credit for. */
export interface ResumeAreas {
  hardSkills: number;
  byCategory: Int32Array;
  skills: readonly { id: string; name: string; category: SkillCategory; categoryIndex: number; creditable: ReadonlySet<string> }[];
}

export function resumeAreas(taxonomy: Taxonomy, resume: Pick<ResumeProfile, 'skills'>): ResumeAreas {
  const byCategory = new Int32Array(CATEGORIES.length);
  const seen = new Set<string>();
  const skills: ResumeAreas['skills'][number][] = [];
  for (const held of resume.skills) {
    const skill = taxonomy.skills.get(held.id);
    if (skill?.kind !== 'hard' || seen.has(skill.id)) continue;
    const index = CATEGORY_INDEX.get(skill.category);
    if (index === undefined) continue;
    seen.add(skill.id);
    byCategory[index] = (byCategory[index] as number) + 1;
    skills.push({
      id: skill.id,
      name: skill.name,
      category: skill.category,
      categoryIndex: index,
      creditable: creditableSkills(taxonomy, [skill.id]),
    });
  }
  return { hardSkills: skills.length, byCategory, skills };
}

/** The category indexes of a posting's hard skills, ascending, each once. */
export function postingAreas(requirements: readonly { skill: { kind: string; category: string } }[]): Uint8Array {
  return areasOf(requirements.length, (i) => requirements[i]?.skill);
}

/** The same from `count` skills read by index: no list of them is built (the rank index reads its own tables). */
export function areasOf(count: number, skillAt: (i: number) => { kind: string; category: string } | undefined): Uint8Array {
  const seen = new Uint8Array(CATEGORIES.length);
  let found = 0;
  for (let i = 0; i < count; i++) {
    const skill = skillAt(i);
    if (skill?.kind !== 'hard') continue;
    const index = CATEGORY_INDEX.get(skill.category);
    if (index === undefined || seen[index] === 1) continue;
    seen[index] = 1;
    found++;
  }
  const areas = new Uint8Array(found);
  let k = 0;
  for (let index = 0; index < seen.length; index++) if (seen[index] === 1) areas[k++] = index;
  return areas;
}

/**
 * The résumé's hard skills inside the posting's areas. A skill that can earn credit for one of the
 * posting's requirements is inside whatever its category (PostgreSQL for a posting asking SQL), so
 * adding a skill the posting can use never lowers the score; `creditsSome(k)` says whether
 * `resume.skills[k]` can earn credit for one of the posting's requirements (requiresAny). Undefined
 * share when either side names no hard skill.
 */
export function focusOf(
  areas: Uint8Array,
  resume: ResumeAreas,
  creditsSome: (skillIndex: number) => boolean,
): { inArea: number; share: number | undefined; inside: (skillIndex: number) => boolean } {
  let inArea = 0;
  const inAreas = new Uint8Array(CATEGORIES.length);
  for (const index of areas) {
    inAreas[index] = 1;
    inArea += resume.byCategory[index] as number;
  }
  resume.skills.forEach((skill, k) => {
    if (inAreas[skill.categoryIndex] === 0 && creditsSome(k)) inArea++;
  });
  const inside = (k: number): boolean => inAreas[(resume.skills[k] as ResumeAreas['skills'][number]).categoryIndex] === 1 || creditsSome(k);
  const share = areas.length === 0 || resume.hardSkills === 0 ? undefined : inArea / resume.hardSkills;
  return { inArea, share, inside };
}

/** Whether a skill of the résumé can earn credit for a requirement on one of `required`. */
export const requiresAny =
  (resume: ResumeAreas, required: ReadonlySet<string>) =>
  (k: number): boolean => {
    for (const id of (resume.skills[k] as ResumeAreas['skills'][number]).creditable) if (required.has(id)) return true;
    return false;
  };

/** The focus part (policy.ts): how much of the résumé's hard skills lie in the posting's areas. */
export interface FocusReport {
  /** inArea / hardSkills, to 0.001; absent when the part is left out. */
  share?: number;
  /** The résumé's distinct hard skills, and how many of them are in the posting's areas. */
  hardSkills: number;
  inArea: number;
  /** The posting's areas: the categories of its hard skills. */
  areas: string[];
  /** Up to 10 of the résumé's hard skills outside those areas. */
  outside: { id: string; name: string }[];
  /** Its weight in the score: FOCUS_WEIGHT, or 0 when left out. */
  weight: number;
  points: number;
  /** Why the part is left out or earns nothing. */
  note?: string;
}

const OUTSIDE_SHOWN = 10;

/** The focus part as the fit report shows it; `points` is its share of the receipt. */
export function focusReport(
  areas: Uint8Array,
  resume: ResumeAreas,
  focus: ReturnType<typeof focusOf>,
  { points, earned }: { points: number; earned: number },
): FocusReport {
  const report: FocusReport = {
    ...(focus.share !== undefined ? { share: round3(focus.share) } : {}),
    hardSkills: resume.hardSkills,
    inArea: focus.inArea,
    areas: [...areas].map((index) => CATEGORIES[index] as SkillCategory),
    outside: resume.skills
      .filter((_, k) => !focus.inside(k))
      .slice(0, OUTSIDE_SHOWN)
      .map(({ id, name }) => ({ id, name })),
    weight: focus.share === undefined ? 0 : FOCUS_WEIGHT,
    points,
  };
  const note = focusNote(areas.length, resume.hardSkills, earned);
  return note ? { ...report, note } : report;
}

function focusNote(postingAreaCount: number, hardSkills: number, earned: number): string | undefined {
  if (postingAreaCount === 0) return 'left out: the posting names no hard skill';
  if (hardSkills === 0) return 'left out: the résumé names no hard skill';
  if (earned === 0) return 'no points while no requirement is met';
  return undefined;
}
