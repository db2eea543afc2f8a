import { extractPosting, type PostingAnalysis } from './extract/extract.js';
import { postingText, type PostingSource } from './intake/posting-source.js';
import type { Taxonomy } from './taxonomy/compile.js';

export type AnalysedPosting = PostingAnalysis & { title?: string; text?: string };

/** Analyses a posting in any of its forms; structured forms return the text their offsets refer to. */
export function analysePosting(taxonomy: Taxonomy, source: PostingSource): AnalysedPosting {
  const { text, title, structured } = postingText(source);
  const analysis = extractPosting(taxonomy, text);
  return { ...(title ? { title } : {}), ...(structured ? { text } : {}), ...analysis };
}

export function postingLength(source: PostingSource): number {
  return postingText(source).text.length;
}
