import type { ResumeProfile } from '../resume/model.js';
import { bestCredit, indexHeldSkills } from '../score/credit.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { creditSlot, type SkillNumbers } from './numbering.js';
/**
 * Every requirement skill some skill of the résumé earns credit for: the skill itself, the broader
 * skills it satisfies (ancestors), the narrower ones it half-satisfies (descendants), and the skills
 * related to it or to one of its ancestors. A posting naming none of these scores 0.
 */
export function creditableSkills(taxonomy: Taxonomy, skillIds: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const addRelated = (id: string): void => {
    for (const rel of taxonomy.skills.get(id)?.related ?? []) out.add(rel);
  };
  for (const id of skillIds) {
    out.add(id);
    addRelated(id);
    for (const ancestor of taxonomy.ancestors(id)) {
      out.add(ancestor);
      addRelated(ancestor);
    }
    const below = [...(taxonomy.skills.get(id)?.narrower ?? [])];
    const seen = new Set<string>();
    while (below.length > 0) {
      const next = below.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      out.add(next);
      below.push(...(taxonomy.skills.get(next)?.narrower ?? []));
    }
  }
  return out;
}

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
  const held = indexHeldSkills(taxonomy, profile.skills);
  const creditable = creditableSkills(
    taxonomy,
    profile.skills.map((s) => s.id),
  );
  const table = new Float64Array(numbers.size * 2);
  for (const id of creditable) {
    const n = numbers.find(id);
    if (n === undefined) continue; // no stored posting requires it
    table[creditSlot(n, false)] = bestCredit(taxonomy, held, id, false)?.credit ?? 0;
    table[creditSlot(n, true)] = bestCredit(taxonomy, held, id, true)?.credit ?? 0;
  }
  return { creditable, table };
}
