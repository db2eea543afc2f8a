import { PROFICIENCY_RANK, type CandidateSkill, type ResumeProfile } from '../resume/intake.js';
import { CREDIT, PROFICIENCY_CREDIT } from '../score/fit.js';
import type { Taxonomy } from '../taxonomy/compile.js';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The credit one résumé earns for a requirement on a given skill, computed the way scoreFit does
 * (exact, narrower, broader, related; lowered for a "strong" requirement the candidate rates below
 * advanced) and remembered, so ranking many postings prices each skill once.
 */
export class ResumeCredits {
  private readonly have: ReadonlyMap<string, CandidateSkill>;
  private readonly narrowerHave = new Map<string, CandidateSkill[]>();
  private readonly memo = [new Map<string, number>(), new Map<string, number>()];

  constructor(
    private readonly taxonomy: Taxonomy,
    profile: ResumeProfile,
  ) {
    this.have = new Map(profile.skills.map((s) => [s.id, s]));
    for (const s of profile.skills) {
      for (const ancestor of taxonomy.ancestors(s.id)) {
        const below = this.narrowerHave.get(ancestor);
        if (below) below.push(s);
        else this.narrowerHave.set(ancestor, [s]);
      }
    }
  }

  /** The rounded credit (0–1) for a requirement on `skillId`; `strong` when the posting asks for proficiency. */
  credit(skillId: string, strong: boolean): number {
    const memo = this.memo[strong ? 1 : 0] as Map<string, number>;
    let credit = memo.get(skillId);
    if (credit === undefined) {
      credit = this.compute(skillId, strong);
      memo.set(skillId, credit);
    }
    return credit;
  }

  private compute(id: string, strong: boolean): number {
    let best = 0;
    const offer = (skill: CandidateSkill | undefined, base: number): void => {
      if (!skill) return;
      const credit = base * proficiencyFactor(strong, skill);
      if (credit > best) best = credit;
    };
    offer(this.have.get(id), CREDIT.exact);
    for (const s of this.narrowerHave.get(id) ?? []) offer(s, CREDIT.narrower);
    for (const ancestor of this.taxonomy.ancestors(id)) offer(this.have.get(ancestor), CREDIT.broader);
    for (const rel of this.taxonomy.skills.get(id)?.related ?? []) {
      offer(this.have.get(rel), CREDIT.related);
      for (const s of this.narrowerHave.get(rel) ?? []) offer(s, CREDIT.related);
    }
    return round3(best);
  }
}

function proficiencyFactor(strong: boolean, candidate: CandidateSkill): number {
  if (!strong || !candidate.level) return 1;
  if (PROFICIENCY_RANK[candidate.level] >= PROFICIENCY_RANK.advanced) return 1;
  return PROFICIENCY_CREDIT[candidate.level as 'beginner' | 'intermediate'];
}

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
