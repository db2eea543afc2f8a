import type { Token } from '../text/tokenize.js';
import type { TokenRange } from './list-mates.js';

/**
 * The role a posting says it hires, in its running text: "We are seeking a Residential Electrician",
 * "we need new Driving instructors". The role's practice (electrical work, driving instruction) is
 * what the job does, so the caller names it at the "mentioned" level when the catalogue knows it.
 */
const HIRING_ROLE =
  /\b(?:(?:are|is|am) (?:currently |now )?(?:seeking|hiring|looking for|recruiting)|(?:we|and) (?:urgently )?need|seeks|hires)\s+(?:(?:an?|new|more|experienced|qualified|talented|dedicated|motivated|skilled|full[- ]time|part[- ]time|seasonal)\s+){0,3}((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:er|or|ist|ian|ant|ent|ic)s?)\b/du;

/** The role's words after a hiring phrase in an item (`lowerItem` starts at text offset `itemStart`), as a token range and its text. */
export function hiredRole(lowerItem: string, itemStart: number, tokens: readonly Token[]): { range: TokenRange; role: string } | undefined {
  const m = HIRING_ROLE.exec(lowerItem);
  const at = m?.indices?.[1];
  if (!m || !at) return undefined;
  const start = itemStart + at[0];
  const end = itemStart + at[1];
  const first = tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= end) last++;
  if (first === -1 || (tokens[last] as Token).end !== end) return undefined;
  // "driving instructors": the practice is read from one of them.
  const role = (m[1] as string).replace(/(?<=[^s])s$/, '');
  return { range: { first, last, start, end }, role };
}
