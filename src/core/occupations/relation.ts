import { sharedFamily, type FamilyIndex } from './families.js';
import type { OccupationRef } from './types.js';

/**
 * How two occupations relate. "same-group" means the same ISCO-08 unit group (four digits: software
 * developers 2512, web and multimedia developers 2513): close enough that one person can do both jobs.
 * "same-family" means one career family (data/families.json) across unit groups: ISCO files a human
 * resources manager (1212) and a human resources officer (2423) under different major groups, though
 * a recruiter sees one career. The minor group (three digits) is too wide to call them related on its
 * own — 263 holds economists, psychologists and priests — so it only shows in occupationSimilarity.
 */
export type OccupationRelation = 'same' | 'same-group' | 'same-family' | 'unrelated';

type Comparable = Pick<OccupationRef, 'id' | 'isco'>;
type Families = Pick<FamilyIndex, 'familiesOf'>;

const sharesFamily = (families: Families | undefined, a: Comparable, b: Comparable): boolean =>
  families !== undefined && sharedFamily(families, a, b) !== undefined;

export function occupationRelation(a: Comparable, b: Comparable, families?: Families): OccupationRelation {
  if (a.id === b.id) return 'same';
  if (a.isco === b.isco) return 'same-group';
  if (sharesFamily(families, a, b)) return 'same-family';
  return 'unrelated';
}

export const SIMILARITY = { same: 1, unitGroup: 0.6, family: 0.45, minorGroup: 0.3, unrelated: 0 } as const;

/** 1 the same occupation, 0.6 the same ISCO unit group, 0.45 the same career family, 0.3 the same minor group (first three digits), 0 otherwise. */
export function occupationSimilarity(a: Comparable, b: Comparable, families?: Families): number {
  if (a.id === b.id) return SIMILARITY.same;
  if (a.isco === b.isco) return SIMILARITY.unitGroup;
  if (sharesFamily(families, a, b)) return SIMILARITY.family;
  if (a.isco.slice(0, 3) === b.isco.slice(0, 3)) return SIMILARITY.minorGroup;
  return SIMILARITY.unrelated;
}
