import type { ResumeProfile } from '../resume/model.js';
import { bestCredit, creditableSkills, indexHeldSkills } from '../score/credit.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { creditSlot, type SkillNumbers } from './numbering.js';
export interface ResumeCredits {
  /** The skills the résumé earns anything for (see creditableSkills). */
  creditable: ReadonlySet<string>;
  /** The rounded credit (0–1) by credit slot (see CompactAnalysis.creditSlots); 0 for every other skill. */
  table: Float64Array;
}

/**
 * What one résumé earns for a requirement on each skill, by the same rule as scoreFit (bestCredit),
 * once per skill, so that scoring a posting only reads an array.
 */
export function resumeCredits(taxonomy: Taxonomy, profile: ResumeProfile, numbers: SkillNumbers): ResumeCredits {
  const held = indexHeldSkills(taxonomy, profile.skills, profile.phrases);
  const creditable = creditableSkills(
    taxonomy,
    profile.skills.map((s) => s.id),
  );
  // Requirements the catalogue lacks, met by a phrase the résumé writes.
  for (const key of profile.phrases?.keys() ?? []) for (const id of numbers.unlistedIdsOf(key)) creditable.add(id);
  const table = new Float64Array(numbers.size * 2);
  for (const id of creditable) {
    const n = numbers.find(id);
    if (n === undefined) continue; // no stored posting requires it
    table[creditSlot(n, false)] = bestCredit(taxonomy, held, id, false)?.credit ?? 0;
    table[creditSlot(n, true)] = bestCredit(taxonomy, held, id, true)?.credit ?? 0;
  }
  return { creditable, table };
}
