import { fitScore, SKILLS_ONLY, type ScoreParts } from '../score/policy.js';
import { FIRST_GROUPED_CODE, UNIT_WEIGHT, type CompactAnalysis } from './compact.js';

/**
 * The score scoreFit would give (default weights), without building its report: the same units in
 * the same order (groups first, then ungrouped requirements) and the same arithmetic, so the result
 * is bit-for-bit equal. `credits` is a résumé's credit table (resumeCredits); `factor` the product of
 * the eligibility and experience factors (fitFactors); `parts` the occupation and focus parts. Ranking uses it to order
 * candidates and runs scoreFit on the winners only.
 */
export function quickScore(posting: CompactAnalysis, credits: Float64Array, factor = 1, parts: ScoreParts = SKILLS_ONLY): number {
  const { creditSlots, codes, groups } = posting;
  let possible = 0;
  let earned = 0;
  for (const group of groups) {
    if (!group.isUnit) continue;
    let credit = 0;
    for (const r of group.memberRequirements) {
      const c = credits[creditSlots[r] as number] as number;
      if (c > credit) credit = c;
    }
    const weight = UNIT_WEIGHT[group.unitCode] as number;
    possible += weight;
    earned += weight * credit;
  }
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if (code >= FIRST_GROUPED_CODE) continue;
    const weight = UNIT_WEIGHT[code] as number;
    possible += weight;
    earned += weight * (credits[creditSlots[i] as number] as number);
  }
  return fitScore(earned, possible, factor, parts);
}
