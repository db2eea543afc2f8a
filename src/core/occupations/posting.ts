import type { OccupationIndex } from './compile.js';
import { resolveOccupation, type OccupationMatch } from './resolve.js';

export interface PostingOccupation extends OccupationMatch {
  /** The title the occupation was read from. */
  title: string;
  /** Where that title came from: the posting's `title` field or its opening line. */
  source: 'title' | 'first-line';
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

/** The occupation a posting is for: from its title when it has one, else from its title line. */
export function postingOccupation(index: OccupationIndex, posting: { title?: string; text: string }): PostingOccupation | undefined {
  const title = posting.title?.trim();
  if (title) {
    const match = resolveOccupation(index, title);
    if (match) return { ...match, title, source: 'title' };
  }
  const line = titleLine(posting.text);
  if (!line) return undefined;
  const match = resolveOccupation(index, line);
  return match ? { ...match, title: line, source: 'first-line' } : undefined;
}
