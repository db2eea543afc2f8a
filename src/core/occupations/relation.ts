import type { OccupationRef } from './types.js';

/**
 * How two occupations relate. "same-group" means the same ISCO-08 unit group (four digits: software
 * developers 2512, web and multimedia developers 2513): close enough that one person can do both jobs.
 * The minor group (three digits) is too wide to call them related on its own — 263 holds economists,
 * psychologists and priests — so it only shows in occupationSimilarity.
 */
export type OccupationRelation = 'same' | 'same-group' | 'unrelated';

type Comparable = Pick<OccupationRef, 'id' | 'isco'>;

export function occupationRelation(a: Comparable, b: Comparable): OccupationRelation {
  if (a.id === b.id) return 'same';
  if (a.isco === b.isco) return 'same-group';
  return 'unrelated';
}

export const SIMILARITY = { same: 1, unitGroup: 0.6, minorGroup: 0.3, unrelated: 0 } as const;

/** 1 the same occupation, 0.6 the same ISCO unit group, 0.3 the same minor group (first three digits), 0 otherwise. */
export function occupationSimilarity(a: Comparable, b: Comparable): number {
  if (a.id === b.id) return SIMILARITY.same;
  if (a.isco === b.isco) return SIMILARITY.unitGroup;
  if (a.isco.slice(0, 3) === b.isco.slice(0, 3)) return SIMILARITY.minorGroup;
  return SIMILARITY.unrelated;
}
