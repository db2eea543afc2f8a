import type { PostingSource } from '../core/intake/posting-source.js';
import { HttpProblem, problem } from './problem.js';

type PostingForms = Partial<{
  text: string;
  title: string;
  jobPosting: Extract<PostingSource, { jobPosting: unknown }>['jobPosting'];
  job: Extract<PostingSource, { job: unknown }>['job'];
}>;

/** The one posting form a validated body holds (the schema requires exactly one). */
export function postingSourceOf(body: PostingForms): PostingSource {
  if (body.text !== undefined) return { text: body.text, ...(body.title ? { title: body.title } : {}) };
  if (body.jobPosting !== undefined) return { jobPosting: body.jobPosting };
  if (body.job !== undefined) return { job: body.job };
  throw new HttpProblem(problem(400, 'Give exactly one of text, jobPosting or job.'));
}
