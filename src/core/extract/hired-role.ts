import type { Token } from '../text/tokenize.js';
import { mayStandInAName, type TokenRange } from './list-mates.js';

/** How a role's noun ends: manager, operator, chemist, analyst, technician, assistant, agent, mechanic, chef. */
const ROLE_ENDING = '(?:er|or|ist|yst|ian|ant|ent|ic|ef)';
/** Before "with … experience" a role may end in more ways: nurse, midwife, advocate, trainee. */
const ASKED_ROLE_ENDING = '(?:er|or|ist|yst|ian|ant|ent|ic|se|ef|ne|de|te)';

/**
 * The role a posting says it hires, in its running text: "We are seeking a Residential Electrician",
 * "we need new Driving instructors". The role's practice (electrical work, driving instruction) is
 * what the job does, so the caller names it at the "mentioned" level when the catalogue knows it.
 */
const HIRING_ROLE = new RegExp(
  String.raw`(?:(?:\b(?:are|is|am)|(?<=\bwe)'re) (?:currently |now )?(?:seeking|hiring|looking for|recruiting)|\b(?:(?:we|and) (?:urgently )?need|seeks|hires))\s+(?:(?:an?|new|more|experienced|qualified|talented|dedicated|motivated|skilled|full[- ]time|part[- ]time|seasonal)\s+){0,3}((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+${ROLE_ENDING}s?)\b`,
  'du',
);

/** "As a graphic designer, you are responsible for …", "As our new Data Analyst, you will …": the reader addressed as the role hired. */
const ROLE_ADDRESSED = new RegExp(
  String.raw`\bas (?:an?|the|our)\s+(?:(?:new|junior|senior|future)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+${ROLE_ENDING})\s*,\s*you(?:'ll|r)?\b`,
  'du',
);

/**
 * The role an ask opens with, before what the holder must bring: "Paramedic or nurse with ICU experience",
 * "a skilled biostatistician or bioinformatician with expertise in …", "Licensed plumber with 5 years". Each
 * role's practice is asked at the item's level.
 */
const ROLE_WITH_EXPERIENCE = new RegExp(
  String.raw`(?:^|\b(?:an?|be an?|as an?)\s+)(?:(?:experienced|qualified|skilled|certified|licensed|registered|highly|motivated|and)\s+){0,4}((?:[\p{L}+#.-]+\s+)?[\p{L}-]+${ASKED_ROLE_ENDING})(?:\s+or\s+(?:an?\s+)?([\p{L}-]+${ASKED_ROLE_ENDING}))?\s+with\s+(?:[\p{L}\d&/+-]+\s+){0,5}?(?:experience|expertise|background|training|knowledge)\b`,
  'du',
);

const WITH_WORD = /\swith\s/;

/** The roles an ask opens with (`lowerItem` starts at text offset `itemStart`), as token ranges and their texts. */
export function rolesWithExperience(lowerItem: string, itemStart: number, tokens: readonly Token[]): { range: TokenRange; role: string }[] {
  // A cheap test first: the pattern needs "with", and most items lack it.
  if (!WITH_WORD.test(lowerItem)) return [];
  const m = ROLE_WITH_EXPERIENCE.exec(lowerItem);
  if (!m?.indices) return [];
  const out: { range: TokenRange; role: string }[] = [];
  for (const group of [1, 2]) {
    const at = m.indices[group];
    const range = at ? rangeAt(itemStart + at[0], itemStart + at[1], tokens) : undefined;
    if (range) out.push({ range, role: m[group] as string });
  }
  return out;
}

function rangeAt(start: number, end: number, tokens: readonly Token[]): TokenRange | undefined {
  const first = tokens.findIndex((t) => t.start >= start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= end) last++;
  if (first === -1 || (tokens[first] as Token).start !== start || (tokens[last] as Token).end !== end) return undefined;
  return { first, last, start, end };
}

/** The role's words after a hiring phrase in an item (`lowerItem` starts at text offset `itemStart`), as a token range and its text. */
export function hiredRole(lowerItem: string, itemStart: number, tokens: readonly Token[]): { range: TokenRange; role: string } | undefined {
  const m = HIRING_ROLE.exec(lowerItem) ?? ROLE_ADDRESSED.exec(lowerItem);
  const at = m?.indices?.[1];
  if (!m || !at) return undefined;
  const end = pastRoleWords(lowerItem, at[1], (m[1] as string).split(' ').length);
  const range = rangeAt(itemStart + at[0], itemStart + end, tokens);
  // "driving instructors": the practice is read from one of them.
  return range ? { range, role: lowerItem.slice(at[0], end).replace(/(?<=[^s])s$/, '') } : undefined;
}

const ROLE_WORD_AFTER = new RegExp(String.raw`^ ([\p{L}-]+${ROLE_ENDING}s?)\b`, 'u');
const MAX_ROLE_WORDS = 4;

/**
 * "a Graphic Designer", "a Clinic Administrator": the shortest reading stops at a first word that only looks like a
 * role ("graphic", "clinic"); the role goes on over the words after it that look like one too, never over a function
 * word ("a welder for our shop").
 */
function pastRoleWords(lowerItem: string, end: number, words: number): number {
  let at = end;
  for (let n = words; n < MAX_ROLE_WORDS; n++) {
    const next = ROLE_WORD_AFTER.exec(lowerItem.slice(at, at + 40));
    if (!next || !mayStandInAName(next[1] as string)) break;
    at += next[0].length;
  }
  return at;
}
