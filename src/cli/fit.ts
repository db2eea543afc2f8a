/**
 * The CLI's only calls into résumé reading and scoring: their signatures are changing (fit report v2), so they live
 * in this one small module.
 */
import type { AnalysedPosting } from '../core/posting.js';
import { readResume, type ResumeInput, type ResumeProfile } from '../core/resume/intake.js';
import { DEFAULT_WEIGHTS, type FitReport, scoreFit } from '../core/score/fit.js';
import type { Taxonomy } from '../core/taxonomy/index.js';

export type { FitReport };

export function readProfile(taxonomy: Taxonomy, resume: ResumeInput): ResumeProfile {
  return readResume(taxonomy, resume);
}

export function fitOf(taxonomy: Taxonomy, posting: AnalysedPosting, profile: ResumeProfile): FitReport {
  return scoreFit(taxonomy, posting, profile, DEFAULT_WEIGHTS);
}
