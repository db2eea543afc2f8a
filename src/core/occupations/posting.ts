import type { OccupationIndex } from './compile.js';
import { resolveOccupation, type OccupationMatch } from './resolve.js';
import type { TitleContext } from './software-context.js';

export interface PostingOccupation extends OccupationMatch {
  /** The title the occupation was read from. */
  title: string;
  /** Where that title came from: the posting's `title` field, its opening line, a "Job Title:" label or a sentence that names the role. */
  source: 'title' | 'first-line' | 'labelled' | 'sentence';
}

/**
 * The posting's opening line when it reads as a title — the same rule extraction uses to keep the
 * title line's skills out of the requirements: short, one line, no sentence end, more text after it.
 */
export function titleLine(text: string): string | undefined {
  const start = text.search(/\S/);
  if (start === -1) return undefined;
  const end = text.indexOf('\n', start);
  if (end === -1 || text.slice(end).trim() === '') return undefined;
  const line = text.slice(start, end).trim();
  if (line.length > 100 || /[.!?]$/.test(line) || line.split(/\s+/).length > 12) return undefined;
  return line;
}

/** How far into a posting its title is looked for: titles sit at the top, never in the benefits. */
const TITLE_SEARCH_CHARS = 3000;
/** "Job Title: Staff Accountant", "Position: Recruiter", "Role - Account Executive". */
const LABELLED_TITLE =
  /(?:^|\n)[ \t*#•-]*(?:job\s+title|position\s+title|title\s+of\s+position|position|role|job|vacancy|opening)[ \t]*[:\-–][ \t]*([^\n]{3,80})/i;
/** "We are looking for a Senior Recruiter to …", "As a Staff Accountant, you will …". */
const ROLE_SENTENCE =
  /\b(?:looking\s+for|seeking|hiring|searching\s+for|in\s+search\s+of|recruiting|need)\s+(?:an?\s+|our\s+next\s+|a\s+new\s+)?((?:[\w.+#/&-]+\s+){0,5}?[\w.+#/&-]+?)(?=\s+(?:to|who|with|that|in|for|at|based|on|join|and\s+you)\b|[,.;:(!\n])|\bAs\s+(?:an?|the|our)\s+((?:[\w.+#/&-]+\s+){0,5}?[\w.+#/&-]+?)(?=\s*,|\s+(?:you|at|on|with|in)\b)/g;
/** A sentence's candidate is a title only when the resolver explains it well. */
const SENTENCE_MIN_SCORE = 0.6;

/**
 * The occupation a posting is for: from its title when it has one, else its title line, else a
 * "Job Title:" label near the top, else the first sentence that names the role it hires for.
 */
export function postingOccupation(
  index: OccupationIndex,
  posting: { title?: string; text: string },
  context: TitleContext = {},
): PostingOccupation | undefined {
  const title = posting.title?.trim();
  if (title) {
    const match = resolveOccupation(index, title, context);
    if (match) return { ...match, title, source: 'title' };
  }
  const line = titleLine(posting.text);
  if (line) {
    const match = resolveOccupation(index, line, context);
    if (match) return { ...match, title: line, source: 'first-line' };
  }
  const top = posting.text.slice(0, TITLE_SEARCH_CHARS);
  const labelled = LABELLED_TITLE.exec(top)?.[1]?.trim();
  if (labelled) {
    const match = resolveOccupation(index, labelled, context);
    if (match) return { ...match, title: labelled, source: 'labelled' };
  }
  for (const m of top.matchAll(ROLE_SENTENCE)) {
    const phrase = (m[1] ?? m[2] ?? '').trim();
    if (!phrase) continue;
    const match = resolveOccupation(index, phrase, context);
    if (match && match.score >= SENTENCE_MIN_SCORE) return { ...match, title: phrase, source: 'sentence' };
  }
  return undefined;
}
