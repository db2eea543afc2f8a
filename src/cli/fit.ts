/** The CLI's calls into analysis, résumé reading and scoring, with the same vocabularies the service loads. */
import type { PostingSource } from '../core/intake/posting-source.js';
import { matchResume } from '../core/match.js';
import { loadOccupations, type OccupationIndex } from '../core/occupations/index.js';
import { analysePosting as analyse, type AnalysedPosting } from '../core/posting.js';
import { readResume, type ResumeInput, type ResumeProfile } from '../core/resume/intake.js';
import type { FitReport } from '../core/score/fit.js';
import type { Taxonomy } from '../core/taxonomy/index.js';

export type { FitReport };

let occupations: OccupationIndex | undefined;
const theOccupations = (): OccupationIndex => (occupations ??= loadOccupations());

export function analysePosting(taxonomy: Taxonomy, source: PostingSource): AnalysedPosting {
  return analyse(taxonomy, source, { occupations: theOccupations() });
}

export function readProfile(taxonomy: Taxonomy, resume: ResumeInput): ResumeProfile {
  return readResume(taxonomy, resume);
}

export function fitOf(taxonomy: Taxonomy, posting: AnalysedPosting, profile: ResumeProfile): FitReport {
  return matchResume({ taxonomy, occupations: theOccupations() }, posting, profile);
}
