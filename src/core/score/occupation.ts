import type { OccupationIndex } from '../occupations/compile.js';
import { sharedFamily, type FamilyIndex } from '../occupations/families.js';
import { occupationRelation } from '../occupations/relation.js';
import { resolveTitles } from '../occupations/resolve.js';
import { isSoftwareDocument } from '../occupations/software-context.js';
import type { OccupationRef } from '../occupations/types.js';
import type { ResumeProfile } from '../resume/model.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import type { OccupationFit } from './factors.js';

const RELATION_RANK = { same: 3, 'same-group': 2, 'same-family': 1, unrelated: 0 } as const;

/**
 * The résumé's occupations (its job titles resolved to ESCO, most recent first) and, for a posting's
 * occupation, the closest of them: someone who was a lawyer before becoming a manager is still close
 * to a legal posting. With the taxonomy, titles in a résumé of mostly software skills read as software titles.
 */
export function resumeOccupations(index: OccupationIndex, resume: ResumeProfile, taxonomy?: Pick<Taxonomy, 'skills'>): OccupationRef[] {
  const seen = new Set<string>();
  const found: OccupationRef[] = [];
  const software =
    taxonomy !== undefined &&
    isSoftwareDocument(
      index.software,
      resume.skills.map((s) => taxonomy.skills.get(s.id)),
    );
  for (const match of resolveTitles(index, resume.titles, { software }).results) {
    if (match && !seen.has(match.occupation.id)) {
      seen.add(match.occupation.id);
      found.push(match.occupation);
    }
  }
  return found;
}

/** The closest of the résumé's occupations to the posting's; with career families, a shared family counts. */
export function occupationFit(
  posting: OccupationRef | undefined,
  held: readonly OccupationRef[],
  families?: Pick<FamilyIndex, 'families' | 'familiesOf'>,
): OccupationFit {
  if (!posting) return { ...(held[0] ? { resume: held[0] } : {}), relation: 'unknown' };
  if (held.length === 0) return { posting, relation: 'unstated' };
  let best = held[0] as OccupationRef;
  let relation = occupationRelation(posting, best, families);
  for (const o of held.slice(1)) {
    const r = occupationRelation(posting, o, families);
    if (RELATION_RANK[r] > RELATION_RANK[relation]) [best, relation] = [o, r];
  }
  const familyId = relation === 'same-family' && families ? sharedFamily(families, posting, best) : undefined;
  const family = familyId ? families?.families.get(familyId) : undefined;
  return { posting, resume: best, relation, ...(family ? { family } : {}) };
}
