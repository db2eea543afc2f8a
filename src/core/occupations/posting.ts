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
/** "Job Title: Staff Accountant", "Position: Recruiter", "Role - Account Executive", "Civil Service Title:" with the title on the next line. */
const LABELLED_TITLE =
  /(?:^|\n)[ \t*#•-]*(?:job\s+title|position\s+title|title\s+of\s+position|(?:civil\s+service|office|business|working)\s+title|position|role|job|vacancy|opening)[ \t]*(?:[:\-–][ \t]*([^\n]{3,80})|:[ \t]*\n[ \t]*([^\n]{3,80}))/i;
/** A parenthesis inside a sentence ("As an DevOps (or OpsDev) engineer", "Account Executive (AE) will"): read around it. */
const PARENTHESIS = /\s*\([^()\n]{0,40}\)/g;
/** A run of words that may be a title: up to six, the last ending it. */
const PHRASE = String.raw`((?:[\w.+#/&-]+\s+){0,5}?[\w.+#/&-]+?)`;
/** A capitalised run ("Director of Legal Affairs", "Project Manager"). */
const CAPITALISED = String.raw`((?:(?:[A-Z][\w.+#/&-]*|of|and|&)\s+){0,5}[A-Z][\w.+#/&-]*)`;
/** The sentences that name the role a posting hires for, each with the title in group 1. */
const ROLE_SENTENCES: readonly RegExp[] = [
  // "We are looking for a Senior Recruiter to …", "NYCERS seeks a Computer Systems Manager to join …"
  new RegExp(
    String.raw`\b(?:looking\s+for|seeking|seeks|hiring|searching\s+for|in\s+search\s+of|recruiting|needs?)\s+(?:an?\s+|our\s+next\s+|a\s+new\s+)?${PHRASE}(?=\s+(?:to|who|with|that|in|for|at|based|on|join|and\s+you)\b|[,.;:(!\n])`,
    'g',
  ),
  // "As a Software Engineer in Test, you'll …": the whole phrase up to the comma
  /\b[Aa]s\s+(?:an?|the|our)\s+((?:[\w.+#/&-]+\s+){0,5}[\w.+#/&-]+),/g,
  // "As a designer for Acme you would …"
  new RegExp(String.raw`\b[Aa]s\s+(?:an?|the|our)\s+${PHRASE}(?=\s*,|\s+(?:you|at|on|with|in|for|of)\b)`, 'g'),
  // "The Project Manager is responsible for …", "The Director of Legal Affairs, a newly created position, will provide …"
  new RegExp(
    String.raw`\b[Tt]he\s+${CAPITALISED}(?:\s*,[^,\n]{0,60},)?\s+(?:is|will|shall|reports|works|leads|manages|oversees|supports|serves|provides|must)\b`,
    'g',
  ),
  // "Account Executive (AE) will report to …" opening a line or a bullet
  new RegExp(String.raw`(?:^|\n)[ \t*#•-]*${CAPITALISED}\s+(?:will|is\s+responsible|reports\s+to)\b`, 'g'),
  // "At Acme, UX Designers collaborate …", "Production engineers work on …": the role in the plural as the subject
  new RegExp(
    String.raw`(?:^|[.!?]\s+|\n[ \t*#•-]*|,\s+)((?:[A-Z][\w.+#/&-]*\s+){0,4}[A-Za-z][\w.+#/&-]*s)\s+(?:at\s+[A-Z]\w+\s+)?(?:collaborate|work|help|are|build|design|develop|own|lead|support|partner|create|focus)\b`,
    'g',
  ),
];
/** A sentence's candidate is a title only when the resolver explains it well. */
const SENTENCE_MIN_SCORE = 0.6;

/**
 * The occupation a posting is for: from its title when it has one, else its title line, else a
 * "Job Title:" label near the top, else the sentences that name the role it hires for — the occupation
 * they name most often, the earliest on a tie (one sentence may name a colleague's role).
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
  const label = LABELLED_TITLE.exec(top);
  const labelled = (label?.[1] ?? label?.[2])?.trim();
  if (labelled) {
    const match = resolveOccupation(index, labelled, context);
    if (match) return { ...match, title: labelled, source: 'labelled' };
  }
  return roleInSentences(index, top.replace(PARENTHESIS, ''), context);
}

function roleInSentences(index: OccupationIndex, text: string, context: TitleContext): PostingOccupation | undefined {
  const found: { at: number; phrase: string; match: OccupationMatch }[] = [];
  // One sentence names the role once: a later, shorter reading of the same words does not vote again.
  const read = new Set<number>();
  for (const pattern of ROLE_SENTENCES) {
    for (const m of text.matchAll(pattern)) {
      const phrase = (m[1] ?? '').trim();
      if (!phrase || read.has(m.index ?? 0)) continue;
      const match = resolveOccupation(index, phrase, context);
      if (match && match.score >= SENTENCE_MIN_SCORE) {
        read.add(m.index ?? 0);
        found.push({ at: m.index ?? 0, phrase, match });
      }
    }
  }
  const count = new Map<string, number>();
  for (const f of found) count.set(f.match.occupation.id, (count.get(f.match.occupation.id) ?? 0) + 1);
  const best = found.sort(
    (a, b) => (count.get(b.match.occupation.id) as number) - (count.get(a.match.occupation.id) as number) || a.at - b.at,
  )[0];
  return best ? { ...best.match, title: best.phrase, source: 'sentence' } : undefined;
}
