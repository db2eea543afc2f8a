import { extractPosting, type PostingAnalysis } from './extract/extract.js';
import { postingText, type PostingSource } from './intake/posting-source.js';
import type { Taxonomy } from './taxonomy/compile.js';

export type AnalysedPosting = PostingAnalysis & { title?: string; text?: string };

export type PreparedPosting = ReturnType<typeof postingText>;

/** Assembles the text of a posting once, so a caller can check its size before analysing it. */
export const preparePosting = postingText;

/** Analyses a posting in any of its forms; structured forms return the text their offsets refer to. */
export function analysePosting(taxonomy: Taxonomy, source: PostingSource | PreparedPosting): AnalysedPosting {
  const { text, title, structured } = 'structured' in source ? source : postingText(source);
  const analysis = extractPosting(taxonomy, text);
  return { ...(title ? { title } : {}), ...(structured ? { text } : {}), ...analysis };
}
