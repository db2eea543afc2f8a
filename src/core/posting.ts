import { extractPosting, type PostingAnalysis } from './extract/extract.js';
import { postingText, type PostingSource } from './intake/posting-source.js';
import type { OccupationIndex } from './occupations/compile.js';
import { postingOccupation } from './occupations/posting.js';
import { isSoftwareDocument } from './occupations/software-context.js';
import type { OccupationRef } from './occupations/types.js';
import type { Taxonomy } from './taxonomy/compile.js';

/** The occupation a posting is for, and the title it was read from. */
export type PostingOccupationRef = OccupationRef & { title: string };

export type AnalysedPosting = PostingAnalysis & { title?: string; text?: string; occupation?: PostingOccupationRef };

export type PreparedPosting = ReturnType<typeof postingText>;

/** Assembles the text of a posting once, so a caller can check its size before analysing it. */
export const preparePosting = postingText;

export interface AnalyseOptions {
  /** Resolves the posting's title to an ESCO occupation when given. */
  occupations?: OccupationIndex;
  /** A title given beside the posting (the catalogue's `title`), preferred to the one it carries. */
  title?: string;
}

/** Analyses a posting in any of its forms; structured forms return the text their offsets refer to. */
export function analysePosting(taxonomy: Taxonomy, source: PostingSource | PreparedPosting, options: AnalyseOptions = {}): AnalysedPosting {
  const { text, title, structured } = 'structured' in source ? source : postingText(source);
  const analysis = extractPosting(taxonomy, text);
  const givenTitle = options.title ?? title;
  const occupations = options.occupations;
  const occupation = occupations
    ? postingOccupation(
        occupations,
        { ...(givenTitle ? { title: givenTitle } : {}), text },
        {
          software: isSoftwareDocument(
            occupations.software,
            analysis.requirements.map((r) => r.skill),
          ),
        },
      )
    : undefined;
  return {
    ...(title ? { title } : {}),
    ...(structured ? { text } : {}),
    ...analysis,
    ...(occupation ? { occupation: { ...occupation.occupation, title: occupation.title } } : {}),
  };
}
