import type { OccupationIndex } from '../occupations/compile.js';
import { occupationRelation } from '../occupations/relation.js';
import { resolveTitles } from '../occupations/resolve.js';
import type { OccupationRef } from '../occupations/types.js';
import type { ResumeProfile } from '../resume/model.js';
import type { OccupationFit } from './factors.js';

const RELATION_RANK = { same: 2, 'same-group': 1, unrelated: 0 } as const;

/**
 * The résumé's occupations (its job titles resolved to ESCO, most recent first) and, for a posting's
 * occupation, the closest of them: someone who was a lawyer before becoming a manager is still close
 * to a legal posting.
 */
export function resumeOccupations(index: OccupationIndex, resume: ResumeProfile): OccupationRef[] {
  const seen = new Set<string>();
  const found: OccupationRef[] = [];
  for (const match of resolveTitles(index, resume.titles).results) {
    if (match && !seen.has(match.occupation.id)) {
      seen.add(match.occupation.id);
      found.push(match.occupation);
    }
  }
  return found;
}

export function occupationFit(posting: OccupationRef | undefined, held: readonly OccupationRef[]): OccupationFit {
  if (!posting || held.length === 0)
    return { ...(posting ? { posting } : {}), ...(held[0] ? { resume: held[0] } : {}), relation: 'unknown' };
  let best = held[0] as OccupationRef;
  for (const o of held) if (RELATION_RANK[occupationRelation(posting, o)] > RELATION_RANK[occupationRelation(posting, best)]) best = o;
  return { posting, resume: best, relation: occupationRelation(posting, best) };
}
