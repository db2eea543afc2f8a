import { isGrouped, isStrong, unitWeightOf, type CompactAnalysis } from './compact.js';
import type { ResumeCredits } from './credits.js';

/**
 * The score scoreFit would give (default weights), without building its report: the same units in
 * the same order (groups first, then ungrouped requirements) and the same arithmetic, so the result
 * is bit-for-bit equal. Ranking uses it to order candidates and runs scoreFit on the winners only.
 */
export function quickScore(posting: CompactAnalysis, credits: ResumeCredits): number {
  const { skills, codes, groups } = posting;
  let possible = 0;
  let earned = 0;
  for (const group of groups) {
    if (!group.isUnit) continue;
    let credit = 0;
    for (const r of group.memberRequirements) {
      const c = credits.credit(skills[r] as string, isStrong(codes[r] as number));
      if (c > credit) credit = c;
    }
    possible += group.unitWeight;
    earned += group.unitWeight * credit;
  }
  for (let i = 0; i < skills.length; i++) {
    const code = codes[i] as number;
    if (isGrouped(code)) continue;
    const weight = unitWeightOf(code);
    possible += weight;
    earned += weight * credits.credit(skills[i] as string, isStrong(code));
  }
  return possible === 0 ? 0 : Math.round((earned / possible) * 1000) / 10;
}
