import type { PostingSource } from '../core/intake/posting-source.js';
import { preparePosting, type PreparedPosting } from '../core/posting.js';
import type { ResumeInput } from '../core/resume/intake.js';
import { HttpProblem, problem } from './problem.js';

/**
 * Refuses a text longer than `max` characters as sent, or after Unicode compatibility normalisation (NFKC),
 * which is what the analysis reads: one character can become eighteen (U+FDFA), so a text within the limit
 * as sent could still cost the analysis eighteen times the work the limit allows.
 */
export function assertTextLength(text: string, max: number, what: string): void {
  if (text.length > max) {
    throw new HttpProblem(problem(413, `${what} has ${text.length} characters; the limit is ${max} (MAX_TEXT_LENGTH).`));
  }
  const normalised = text.normalize('NFKC').length;
  if (normalised > max) {
    throw new HttpProblem(
      problem(
        413,
        `${what} has ${normalised} characters after Unicode normalisation (NFKC, ${text.length} as sent); the limit is ${max} (MAX_TEXT_LENGTH).`,
      ),
    );
  }
}

/** Assembles a posting's text and rejects it with 413 when longer than the limit (as sent or normalised), before any analysis. */
export function assertPostingSize(source: PostingSource, limits: { config: { MAX_TEXT_LENGTH: number } }): PreparedPosting {
  const prepared = preparePosting(source);
  assertTextLength(prepared.text, limits.config.MAX_TEXT_LENGTH, 'The posting');
  return prepared;
}

/** Rejects a résumé whose text is longer than the limit (as sent or normalised), before any reading. */
export function assertResumeSize(resume: ResumeInput, limits: { config: { MAX_TEXT_LENGTH: number } }): void {
  if (resume.text !== undefined) assertTextLength(resume.text, limits.config.MAX_TEXT_LENGTH, 'The résumé text');
}
