import { readResume, type ResumeInput } from '../resume/intake.js';
import { matchResume, type Vocabularies } from '../match.js';
import type { OccupationRef } from '../occupations/types.js';
import type { FitOptions, ScorablePosting } from '../score/fit.js';
import { fitSummary, type FitSummary } from './fit-summary.js';

/** A recruiter's stack of résumés for one posting, best fit first; equal scores keep the order sent. */
export function rankResumes(
  vocabularies: Vocabularies,
  posting: ScorablePosting & { occupation?: OccupationRef },
  resumes: readonly ResumeInput[],
  options: Omit<FitOptions, 'occupation'> = {},
): (FitSummary & { index: number })[] {
  const items = resumes.map((resume, index) => ({
    index,
    ...fitSummary(matchResume(vocabularies, posting, readResume(vocabularies.taxonomy, resume), options)),
  }));
  return items.sort((a, b) => b.score - a.score || a.index - b.index);
}
