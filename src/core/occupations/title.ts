import type { TitleWordData } from './types.js';

/** The vocabulary titles are read with, as sets for constant-time lookups. */
export interface TitleWords {
  abbreviations: ReadonlyMap<string, string[]>;
  /** Seniority and level words ("senior", "II", "head"): kept for matching, but a title is not judged by them. */
  levels: ReadonlySet<string>;
  /** Contract and job-board words ("remote", "contract", "m/f/d"): the same. */
  noise: ReadonlySet<string>;
  /** Role words that alone name no occupation ("director", "manager"). */
  generic: ReadonlySet<string>;
  /** A field of work → its practitioner's word ("engineering" → "engineer"). */
  practitioners: ReadonlyMap<string, string>;
}

export function compileTitleWords(data: TitleWordData): TitleWords {
  return {
    abbreviations: new Map(Object.entries(data.abbreviations).map(([k, v]) => [k, v.split(' ')])),
    levels: new Set(data.levels),
    noise: new Set(data.noise),
    generic: new Set(data.generic ?? []),
    practitioners: new Map(Object.entries(data.practitioners ?? {})),
  };
}

const WORD = /[\p{L}\p{N}+#]+/gu;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const KEEP_S = /(ss|us|is|ics|ous|sis)$/;

/** "developers" and "developer", "sales" and "sale" meet; a stemmer would also merge "development" with "developer". */
function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || KEEP_S.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/**
 * A title or label as words to match: lower case, "&" as "and", abbreviations spelled out, plurals
 * reduced. Typed titles and ESCO labels go through the same function, so both sides always agree.
 */
export function titleWords(text: string, words: TitleWords): string[] {
  const out: string[] = [];
  let lower = (ASCII.test(text) ? text : text.normalize('NFKC')).toLowerCase();
  if (lower.includes('&')) lower = lower.replace(/&/g, ' and ');
  if (/['’]/.test(lower)) lower = lower.replace(/['’]s\b/g, '').replace(/['’]/g, '');
  for (const m of lower.matchAll(WORD)) {
    const expanded = words.abbreviations.get(m[0]);
    if (expanded) for (const w of expanded) out.push(singular(w));
    else out.push(singular(m[0]));
  }
  return out;
}

/** Parentheses and brackets hold locations, teams and contract terms: "(Remote)", "[m/f/d]". */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g;
/** Where job boards join a title to a team, place or company: " - ", "|", ":", " @ ", " at ", "/". */
const SEGMENT_BREAK = /\s[-–—]\s|[|•·:;/–—]|\s@\s|\sat\s/i;
/** "Worked in Oman as IT Administrator", "As Zonal Sales Head": the role is what follows "as". */
const AS_ROLE = /(?:^|\s)as\s+(?:an?\s+)?(\S.*)$/i;
/** "Head of Sales", "Director of Engineering": the department then the role, as ESCO names them. */
const ROLE_OF = /^(head|director|manager|vp|vice president|lead)\s+of\s+(.+)$/i;
/** "Zonal Sales Head", "HR Head": the department then "head", as job boards write "Head of Sales". */
const DEPARTMENT_HEAD = /^(.+?)\s+head$/i;
const ROLE_NOUN: Record<string, string> = {
  head: 'manager',
  director: 'director',
  manager: 'manager',
  vp: 'director',
  'vice president': 'director',
  lead: 'manager',
};

/** The longest title the resolver reads; anything longer is a sentence, not a title. */
export const MAX_TITLE_CHARS = 200;

export interface Phrasing {
  text: string;
  /** 0 for the title's first segment, 1 for the rest (a team, a place, a second role). */
  rank: number;
  /** Counts only when an occupation's own name or a curated title spells it whole (the first of two joined roles). */
  whole?: boolean;
}

/**
 * Ways of reading one title, best first: each segment ("Software Engineer - Payments" gives both
 * parts), a comma inversion ("Manager, Operations" → "Operations Manager") and "head of X" → "X manager".
 */
/** Two fields joined before one role: "Sales & Marketing Manager", "Recruiting and Onboarding Coordinator". */
const JOINED_FIELDS = /^((?:\S+\s+){0,2}?\S+)\s+(?:&|and)\s+(\S+)\s+(\S+(?:\s+\S+)?)$/i;
/** Two roles joined, "Accountant & Administrative Officer", "Plumber & Electrician": the first is named first. */
const TWO_ROLES = /^(.+?)\s+(?:&|and)\s+\S.*$/i;

export function titlePhrasings(title: string): Phrasing[] {
  const clipped = title.slice(0, MAX_TITLE_CHARS);
  const unbracketed = clipped.replace(BRACKETED, ' ').replace(BRACKETED, ' ');
  // A title written wholly in brackets ("(Senior Mechanical Engineer)") is the title itself.
  const cleaned = /[\p{L}]/u.test(unbracketed) ? unbracketed : clipped.replace(/[()[\]{}]/g, ' ');
  const out: Phrasing[] = [];
  const push = (text: string, rank: number, whole = false) => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t && !out.some((p) => p.text === t)) out.push({ text: t, rank, ...(whole ? { whole } : {}) });
  };
  // "Worked in Oman as IT Administrator": what comes before "as" is no part of the title.
  const asRole = AS_ROLE.exec(cleaned);
  const segments = (asRole ? (asRole[1] as string) : cleaned).split(SEGMENT_BREAK).map((text, i) => ({ text, rank: i === 0 ? 0 : 1 }));
  segments.forEach(({ text: segment, rank }) => {
    const parts = segment.split(',');
    const first = parts[0] ?? '';
    const trimmed = first.trim();
    const roleOf = ROLE_OF.exec(trimmed);
    if (roleOf) push(`${roleOf[2]} ${ROLE_NOUN[(roleOf[1] ?? '').toLowerCase()] ?? 'manager'}`, rank);
    const departmentHead = DEPARTMENT_HEAD.exec(trimmed);
    if (departmentHead) push(`${departmentHead[1]} manager`, rank);
    push(first, rank);
    const twoRoles = TWO_ROLES.exec(trimmed);
    if (twoRoles) push(twoRoles[1] as string, rank, true);
    // "Recruiting & Onboarding Coordinator": each field with the role, behind the whole title.
    const joined = JOINED_FIELDS.exec(trimmed);
    if (joined) {
      push(`${joined[1]} ${joined[3]}`, 1);
      push(`${joined[2]} ${joined[3]}`, 1);
    }
    if (parts.length > 1) {
      push(`${parts[1] ?? ''} ${first}`, rank);
      for (const p of parts.slice(1)) push(p, 1);
    }
  });
  return out;
}
