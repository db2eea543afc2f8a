import { PROFICIENCY_RANK, type CandidateSkill, type ResumeProfile } from '../resume/intake.js';
import { CREDIT, PROFICIENCY_CREDIT } from '../score/fit.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { creditSlot, type SkillNumbers } from './numbering.js';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

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

function proficiencyFactor(strong: boolean, candidate: CandidateSkill): number {
  if (!strong || !candidate.level) return 1;
  if (PROFICIENCY_RANK[candidate.level] >= PROFICIENCY_RANK.advanced) return 1;
  return PROFICIENCY_CREDIT[candidate.level as 'beginner' | 'intermediate'];
}

/**
 * What one résumé earns for a requirement on each skill, computed the way scoreFit does (exact,
 * narrower, broader, related; lowered for a "strong" requirement the candidate rates below advanced),
 * once per skill, so that scoring a posting only reads an array.
 */
export function resumeCredits(taxonomy: Taxonomy, profile: ResumeProfile, numbers: SkillNumbers): ResumeCredits {
  const have = new Map(profile.skills.map((s) => [s.id, s]));
  const narrowerHave = new Map<string, CandidateSkill[]>();
  for (const s of profile.skills) {
    for (const ancestor of taxonomy.ancestors(s.id)) {
      const below = narrowerHave.get(ancestor);
      if (below) below.push(s);
      else narrowerHave.set(ancestor, [s]);
    }
  }

  const creditFor = (id: string, strong: boolean): number => {
    let best = 0;
    const offer = (skill: CandidateSkill | undefined, base: number): void => {
      if (!skill) return;
      const credit = base * proficiencyFactor(strong, skill);
      if (credit > best) best = credit;
    };
    offer(have.get(id), CREDIT.exact);
    for (const s of narrowerHave.get(id) ?? []) offer(s, CREDIT.narrower);
    for (const ancestor of taxonomy.ancestors(id)) offer(have.get(ancestor), CREDIT.broader);
    for (const rel of taxonomy.skills.get(id)?.related ?? []) {
      offer(have.get(rel), CREDIT.related);
      for (const s of narrowerHave.get(rel) ?? []) offer(s, CREDIT.related);
    }
    return round3(best);
  };

  const creditable = creditableSkills(taxonomy, profile.skills.map((s) => s.id));
  const table = new Float64Array(numbers.size * 2);
  for (const id of creditable) {
    const n = numbers.find(id);
    if (n === undefined) continue; // no stored posting requires it
    table[creditSlot(n, false)] = creditFor(id, false);
    table[creditSlot(n, true)] = creditFor(id, true);
  }
  return { creditable, table };
}
