import type { PostingSource } from '../core/intake/posting-source.js';
import { analysePosting, type AnalysedPosting, type PreparedPosting } from '../core/posting.js';
import { matchResume, type Vocabularies } from '../core/match.js';
import { readResume, type ResumeInput } from '../core/resume/intake.js';
import type { FitReport } from '../core/score/fit.js';

export type FitOptions = NonNullable<Parameters<typeof matchResume>[3]>;

/** The CPU-heavy work of a request, as a message a worker thread can run. */
export type AnalysisTask =
  | { kind: 'posting'; source: PostingSource | PreparedPosting; title?: string }
  | { kind: 'fit'; analysis: AnalysedPosting; resume: ResumeInput; options: FitOptions }
  /** Answered once the thread has compiled its vocabularies: how the pool knows it is warm. */
  | { kind: 'warm' };

export function runTask(vocabularies: Vocabularies, task: AnalysisTask): AnalysedPosting | FitReport | null {
  const { taxonomy, occupations } = vocabularies;
  switch (task.kind) {
    case 'posting':
      return analysePosting(taxonomy, task.source, {
        ...(occupations ? { occupations } : {}),
        ...(task.title ? { title: task.title } : {}),
      });
    case 'fit':
      return matchResume(vocabularies, task.analysis, readResume(taxonomy, task.resume), task.options);
    case 'warm':
      return null;
  }
}
