import { isUnlistedId, phraseKeyOfId } from '../extract/list-mates.js';
import { WORK_SECTIONS, type CandidateSkill, type ResumeEvidence } from '../resume/model.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { CREDIT, proficiencyFactor, round3, type CreditRoute } from './policy.js';

/** A résumé's skills by id, and for each broader skill the résumé's skills beneath it (in id order). */
export interface HeldSkills {
  have: ReadonlyMap<string, CandidateSkill>;
  narrowerHave: ReadonlyMap<string, readonly CandidateSkill[]>;
  /** The résumé's short phrases by phrase key, which meet requirements the catalogue lacks. */
  phrases?: ReadonlyMap<string, ResumeEvidence>;
}

export function indexHeldSkills(
  taxonomy: Taxonomy,
  skills: readonly CandidateSkill[],
  phrases?: ReadonlyMap<string, ResumeEvidence>,
): HeldSkills {
  const have = new Map(skills.map((s) => [s.id, s]));
  const narrowerHave = new Map<string, CandidateSkill[]>();
  for (const s of [...skills].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const ancestor of taxonomy.ancestors(s.id)) {
      const below = narrowerHave.get(ancestor);
      if (below) below.push(s);
      else narrowerHave.set(ancestor, [s]);
    }
  }
  return { have, narrowerHave, ...(phrases ? { phrases } : {}) };
}

/** A requirement the catalogue lacks ("ASCE 7") is held when the résumé writes the same words. */
function heldPhrase(held: HeldSkills, skillId: string): CandidateSkill | undefined {
  const evidence = held.phrases?.get(phraseKeyOfId(skillId));
  if (!evidence) return undefined;
  return {
    id: skillId,
    name: evidence.text,
    shownInWork: evidence.section !== undefined && WORK_SECTIONS.has(evidence.section),
    evidence: [evidence],
  };
}

export interface BestCredit {
  skill: CandidateSkill;
  /** Rounded to 0.001. */
  credit: number;
  route: CreditRoute;
  /** The credit before the proficiency factor, to explain a reduction. */
  base: number;
}

/**
 * The best thing the candidate holds for a requirement on `skillId`: every way of meeting it is
 * priced and the highest credit wins (the first offered on a tie), so adding a skill never lowers a
 * score. The one rule behind the fit report and ranking alike.
 */
export function bestCredit(taxonomy: Taxonomy, held: HeldSkills, skillId: string, strong: boolean): BestCredit | undefined {
  let best: BestCredit | undefined;
  const offer = (skill: CandidateSkill | undefined, route: CreditRoute): void => {
    if (!skill) return;
    const base = CREDIT[route];
    const credit = base * proficiencyFactor(strong, skill.level);
    if (!best || credit > best.credit) best = { skill, credit, route, base };
  };
  offer(held.have.get(skillId), 'exact');
  if (isUnlistedId(skillId)) offer(heldPhrase(held, skillId), 'exact');
  for (const s of held.narrowerHave.get(skillId) ?? []) offer(s, 'narrower');
  for (const ancestor of taxonomy.ancestors(skillId)) offer(held.have.get(ancestor), 'broader');
  for (const rel of taxonomy.skills.get(skillId)?.related ?? []) {
    offer(held.have.get(rel), 'related');
    for (const s of held.narrowerHave.get(rel) ?? []) offer(s, 'related');
  }
  if (best) best.credit = round3(best.credit);
  return best;
}

/** Words for a credit below 1: which skill stood in, and why it earns less. */
export function creditReason(best: BestCredit, requirementName: string): string | undefined {
  const parts: string[] = [];
  if (best.route === 'broader') parts.push(`broader skill: ${best.skill.name} for ${requirementName}`);
  if (best.route === 'related') parts.push(`related skill: ${best.skill.name} for ${requirementName}`);
  if (best.credit < best.base) {
    const rated = best.skill.levelText ?? best.skill.level;
    parts.push(`rated ${rated}; the posting asks for strong proficiency`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
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
