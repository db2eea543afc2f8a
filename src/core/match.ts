import type { OccupationIndex } from './occupations/compile.js';
import type { OccupationRef } from './occupations/types.js';
import type { ResumeProfile } from './resume/model.js';
import { scoreFit, type FitOptions, type FitReport, type ScorablePosting } from './score/fit.js';
import { occupationFit, resumeOccupations } from './score/occupation.js';
import type { Taxonomy } from './taxonomy/compile.js';

/** What matching knows beyond the texts: the skills taxonomy and, when loaded, the occupations. */
export interface Vocabularies {
  taxonomy: Taxonomy;
  occupations?: OccupationIndex;
}

/** The fit report of one résumé for one posting, with the occupation part when occupations are loaded. */
export function matchResume(
  vocabularies: Vocabularies,
  posting: ScorablePosting & { occupation?: OccupationRef },
  resume: ResumeProfile,
  options: Omit<FitOptions, 'occupation'> = {},
): FitReport {
  const ref = posting.occupation
    ? { id: posting.occupation.id, esco: posting.occupation.esco, name: posting.occupation.name, isco: posting.occupation.isco }
    : undefined;
  const occupation = vocabularies.occupations
    ? occupationFit(ref, resumeOccupations(vocabularies.occupations, resume, vocabularies.taxonomy), vocabularies.occupations.families)
    : undefined;
  return scoreFit(vocabularies.taxonomy, posting, resume, { ...options, ...(occupation ? { occupation } : {}) });
}
