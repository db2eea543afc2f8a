import type { PostingSource } from '../core/intake/posting-source.js';
import { analysePosting, type AnalysedPosting, type PreparedPosting } from '../core/posting.js';
import { readResume, type ResumeInput } from '../core/resume/intake.js';
import { scoreFit, type FitReport } from '../core/score/fit.js';
import type { Taxonomy } from '../core/taxonomy/compile.js';

export type FitOptions = NonNullable<Parameters<typeof scoreFit>[3]>;

/** The CPU-heavy work of a request, as a message a worker thread can run. */
export type AnalysisTask =
  | { kind: 'posting'; source: PostingSource | PreparedPosting }
  | { kind: 'fit'; analysis: AnalysedPosting; resume: ResumeInput; options: FitOptions };

export function runTask(taxonomy: Taxonomy, task: AnalysisTask): AnalysedPosting | FitReport {
  switch (task.kind) {
    case 'posting':
      return analysePosting(taxonomy, task.source);
    case 'fit':
      return scoreFit(taxonomy, task.analysis, readResume(taxonomy, task.resume), task.options);
  }
}
