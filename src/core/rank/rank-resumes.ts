import { readResume, type ResumeInput } from '../resume/intake.js';
import { scoreFit, type FitOptions, type ScorablePosting } from '../score/fit.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { fitSummary, type FitSummary } from './fit-summary.js';

/** A recruiter's stack of résumés for one posting, best fit first; equal scores keep the order sent. */
export function rankResumes(taxonomy: Taxonomy, posting: ScorablePosting, resumes: readonly ResumeInput[], options: FitOptions = {}): (FitSummary & { index: number })[] {
  const items = resumes.map((resume, index) => ({ index, ...fitSummary(scoreFit(taxonomy, posting, readResume(taxonomy, resume), options)) }));
  return items.sort((a, b) => b.score - a.score || a.index - b.index);
}
