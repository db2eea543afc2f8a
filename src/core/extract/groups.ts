import { isDutyVerb, mayStandInAName } from './list-mates.js';

/**
 * Alternatives inside one item: "SPSS/R/Python/SQL or equivalent", "Excel, SQL, Python, or R",
 * "BI tools (Tableau/Looker/Data Studio)", "tools like Tableau, Power BI, and Think-Cell" each form an
 * anyOf group; a plain "and" list does not.
 */
export type Link = 'or' | 'list' | 'and' | 'examples' | 'break';

/** Words that may sit between list members without ending the list. */
const FILLER = new Set([
  'tools',
  'tool',
  'software',
  'languages',
  'language',
  'platforms',
  'platform',
  'packages',
  'package',
  'suites',
  'suite',
  'frameworks',
  'framework',
  'technologies',
  'technology',
  'systems',
  'system',
  'programs',
  'applications',
  'apps',
  'libraries',
  'library',
  'ecosystems',
  'ecosystem',
  'industry',
  'industries',
  'algorithms',
  'methods',
  'techniques',
  'environments',
  'environment',
  'services',
  'solutions',
  'databases',
  'stack',
  'skills',
  'experience',
  'knowledge',
  'similar',
  'comparable',
  'alternative',
  'another',
  'equivalent',
  'other',
  'others',
  'related',
  'etc',
  'any',
  'either',
  'the',
  'a',
  'an',
  'of',
  'with',
  'in',
  'e',
  'g',
  'i',
  'eg',
  'ie',
  'also',
  'preferably',
  'ideally',
  'especially',
  'particularly',
  'and/or',
  'basic',
  'is',
  'fine',
  'ok',
  'okay',
  'good',
  'advanced',
  'plus',
  'level',
  'based',
  'modern',
  'common',
  'relevant',
  'one',
  'more',
  'tools/platforms',
  'using',
  'via',
]);
/** Words that qualify the list member after them ("open communication", "advanced SQL"), not a phrase of their own. */
const MEMBER_MODIFIERS = new Set([
  'open',
  'strong',
  'advanced',
  'basic',
  'good',
  'excellent',
  'solid',
  'effective',
  'clear',
  'written',
  'verbal',
  'oral',
  'deep',
  'proven',
  'modern',
]);
/** A plain word after "or", qualifying the member after it: a word that is no verb, ask or function word. */
const qualifiesTheNextMember = (word: string): boolean =>
  /^\p{Ll}{3,}$/u.test(word) && !/(?:ing|ed|ly)$/.test(word) && mayStandInAName(word) && !isDutyVerb(word);
/** Nouns for the parts of a subject, whose examples are all meant: "fundamentals such as", "concepts like". */
const SUBJECT_PARTS = new Set(['fundamentals', 'concepts', 'principles', 'basics', 'foundations', 'essentials']);
/** A name that ends in such a noun ("computer science fundamentals"): the examples after it are its parts. */
export const namesSubjectParts = (name: string): boolean => SUBJECT_PARTS.has(name.toLowerCase().split(/\s+/).pop() ?? '');
/** Words that open examples, any of which will do. "Including" is not one: "interpersonal skills, including diplomacy and tact" asks for all. */
const EXAMPLE_MARKERS = ['like', 'such as', 'e.g.', 'e.g', 'eg', 'for example', 'for instance', 'i.e.', 'i.e'];

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'./+#-]*/gu) ?? [];
}

/** Drops short parenthetical notes that name no skill: " (basic is fine) or " reads as " or ". */
function withoutNotes(gap: string): { text: string; note: boolean } {
  let note = false;
  const text = gap.replace(/\(([^()]{0,40})\)/g, (_m, inner: string) => {
    note = true;
    return words(inner).length <= 6 ? ' ' : ` ${inner} `;
  });
  return { text, note };
}

/** What separates the members of a list in a gap: commas, slashes, "or", "and", "&". */
const SEPARATOR = String.raw`,|\/|\|\||\bor\b|\band\b|&`;
const LIST_SEPARATOR = new RegExp(String.raw`\s*(?:${SEPARATOR})\s*`, 'i');
const SEPARATORS = new RegExp(SEPARATOR, 'g');

/** One or two words written as a product's variant: capitalised or a number ("CAM", "Pro", "Desktop", "2019"). */
const NAME_VARIANT = /^[\p{Lu}\d][\p{L}\d.+#-]*(?:\s+[\p{Lu}\d][\p{L}\d.+#-]*)?$/u;
/** A person's noun ("Front-End Developer, Back-End Developer or …") names a role, not a product's variant. */
const PERSON_NOUN = /(?:er|or|ist|ian|ant)s?$/i;
const isNameVariant = (words: string): boolean => NAME_VARIANT.test(words) && !PERSON_NOUN.test(words);

/** Unrecognised members a list may hold between two names ("Warehousing, Receiving, Shipping, Inventory, or Materials Management"). */
const MAX_UNNAMED_LIST_MEMBERS = 3;

/** Classifies the text between two skill names in the same item. */
/** A line wrapped inside an item: one line break beside nothing but a list separator ("customer service,\nor retail sales"). */
const WRAPPED_SEPARATOR = /^[ \t]*(?:,[ \t]*)?\n?[ \t]*(?:(?:or|and|and\/or)[ \t]*)?\n?[ \t]*$/i;

export function classifyGap(rawGap: string): Link {
  if (rawGap.includes('\n')) {
    const lineBreaks = rawGap.split('\n').length - 1;
    if (lineBreaks !== 1 || !WRAPPED_SEPARATOR.test(rawGap) || !/[,\p{L}]/u.test(rawGap)) return 'break';
    return classifyGap(rawGap.replace(/[ \t]*\n[ \t]*/, ' '));
  }
  if (/;/.test(rawGap)) return 'break';
  const { text } = withoutNotes(rawGap);
  const lower = text.toLowerCase().trim();
  if (lower === '' || lower === '-') return 'list';
  // "…, or related industries, with knowledge of": the "or" closed one list; words after a later comma open a new phrase.
  if (/\bor\b[^,]*,\s*\p{L}/u.test(lower)) return 'break';
  if (/^(?:[/|]|\|\|)$/.test(lower) || /^\/?\s*or$/.test(lower) || /^,?\s*(?:or|and\/or|\/)$/.test(lower)) return 'or';
  // "Either SPSS or SAS, plus Excel": what comes on top is asked beside the choice.
  if (/^,?\s*plus$/.test(lower)) return 'and';
  for (const marker of EXAMPLE_MARKERS) {
    const at = lower.lastIndexOf(marker);
    if (at === -1) continue;
    const before = words(lower.slice(0, at));
    // "computer science fundamentals such as algorithms, data structures and …": a subject's parts, all of them asked.
    if (before.some((w) => SUBJECT_PARTS.has(w))) return 'and';
    const after = lower.slice(at + marker.length).replace(/[\s,:(]/g, '');
    // "software and languages such as SAS, R and SPSS": classes joined by "and" still take examples.
    if (after === '' && before.every((w) => FILLER.has(w) || w === 'and' || w === 'or')) return 'examples';
  }
  if (
    /^\(\s*$/.test(lower) ||
    /^[,\s]*\($/.test(lower) ||
    (/^(?:\w+\s+){0,2}\($/.test(lower) && words(lower).every((w) => FILLER.has(w)))
  ) {
    return 'examples';
  }
  // A bracket closes between them ("(Tableau, Looker or similar) and SQL"): the choice in brackets ended there.
  if (/\)/.test(lower) && !/\(/.test(lower)) return 'break';
  const pieces = lower.split(LIST_SEPARATOR);
  const separators = lower.match(SEPARATORS) ?? [];
  if (separators.length === 0) return 'break';
  // A slash inside an unnamed phrase ("user/system/functional requirements") joins its words, not the names around it.
  const hasOr = separators.some((s) => s === 'or') || /^\s*\/|\/\s*$/.test(lower);
  const hasAnd = separators.some((s) => s === 'and' || s === '&');
  let unknownItems = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as string;
    const ws = words(piece);
    if (ws.every((w) => FILLER.has(w))) continue;
    // "Rhino CAM and/or Fusion 360": a capitalised word glued to the name before it is that name's variant, not a member.
    if (k === 0 && ws.length <= 2 && /^[ \t]/.test(text) && isNameVariant(text.trim().split(LIST_SEPARATOR)[0] ?? '')) continue;
    // An unrecognised list member ("governance") may stand between commas, never after a final "and".
    const afterAnd = k > 0 && /\band\b\s*$/.test(lower.slice(0, lower.indexOf(piece)));
    if (ws.length <= 3 && k > 0 && k < pieces.length - 1 && !afterAnd) {
      unknownItems++;
      continue;
    }
    // "collaboration, open communication, or …", "concrete testing or construction fieldwork": a word that qualifies
    // the next member stays in the list.
    if (k === pieces.length - 1 && k > 0 && ws.length === 1) {
      const word = ws[0] as string;
      if (MEMBER_MODIFIERS.has(word) || (/\bor\s*$/.test(lower.slice(0, lower.lastIndexOf(word))) && qualifiesTheNextMember(word)))
        continue;
    }
    return 'break';
  }
  if (unknownItems > MAX_UNNAMED_LIST_MEMBERS) return 'break';
  // "3D reconstruction/mapping, deep learning": the slash offered a word no name of ours; the comma after it lists on.
  if (/^\s*\/[^,/]+,\s*$/.test(lower) && !separators.some((s) => s === 'or')) return 'list';
  if (hasOr) return 'or';
  if (hasAnd) return 'and';
  return 'list';
}

/** True when the text after the last member continues the list with "or" ("..., or operations", "/or equivalent"). */
export function trailingOr(rawTail: string): boolean {
  return /^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*)?(?:\/\s*)?(?:or|and\/or)\b/i.test(rawTail);
}

/** Nouns that name a class of things ("tools", "languages"), whose examples are a choice. */
const CLASS_NOUNS = new Set([
  'cloud',
  'clouds',
  'provider',
  'providers',
  'vendor',
  'vendors',
  'crm',
  'erp',
  'ide',
  'ides',
  'editors',
  'tools',
  'tool',
  'platform',
  'language',
  'database',
  'framework',
  'library',
  'package',
  'suite',
  'system',
  'software',
  'languages',
  'platforms',
  'packages',
  'suites',
  'frameworks',
  'technologies',
  'systems',
  'programs',
  'applications',
  'libraries',
  'databases',
  'environments',
  'solutions',
  'solution',
  'services',
  'service',
  'technology',
  'environment',
  'engine',
  'engines',
]);
const EXAMPLES_AT_END = new RegExp(
  String.raw`\b([\p{L}/-]+)\s+(?:${EXAMPLE_MARKERS.map((m) => m.replace(/\./g, '\\.')).join('|')}|\()\s*:?\s*$`,
  'u',
);

/** Whether the text before a bracket ends in a noun naming a class of things ("BI tools (", "cloud platforms ("). */
export function endsInClassNoun(before: string): boolean {
  const last = /([\p{L}/-]+)\W*$/u.exec(before.slice(-40).toLowerCase());
  return last !== null && CLASS_NOUNS.has((last[1] as string).replace(/^.*\//, ''));
}

/**
 * Whether the text before an item's first name ends in a class with examples that names no skill
 * itself ("software and languages such as SAS, R and SPSS", "spreadsheet tools (Excel, Sheets)"):
 * the names that follow are a choice.
 */
export function examplesOfUnnamedClass(before: string, afterNames = false): boolean {
  const lower = before.slice(-80).toLowerCase();
  const m = EXAMPLES_AT_END.exec(lower);
  if (!m) return false;
  // "our tools (Jira, Confluence)" lists the employer's own tools, all of them.
  if (/\b(?:our|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(lower.slice(0, m.index + (m[1] as string).length + 1))) return false;
  const bracket = m[0].trimEnd().endsWith('(');
  // After other names, only words that say "examples" open a choice: "python data libraries (numpy, pandas)" lists parts.
  if (afterNames && bracket) return false;
  if (CLASS_NOUNS.has(m[1] as string)) return true;
  // "software for static and dynamic analysis such as": the class noun a few words before the marker.
  const lead = words(lower.slice(0, m.index)).slice(-CLASS_NOUN_REACH);
  return !bracket && lead.some((w) => CLASS_NOUNS.has(w));
}
const CLASS_NOUN_REACH = 6;

export interface GroupSpan<T> {
  members: T[];
}

/**
 * Turns the links between consecutive members into groups: a run joined by links with at least one
 * "or" is one group; a run with examples after a category is the category plus its examples.
 * `breakOr[k]`: the break after member k opens with "or" ("…, or similar tools, and").
 */
export function formGroups<T>(
  members: readonly T[],
  links: readonly Link[],
  tailOr: boolean,
  breakOr: readonly boolean[] = [],
): GroupSpan<T>[] {
  const groups: GroupSpan<T>[] = [];
  let runStart = 0;
  const closeRun = (end: number, isLast: boolean): void => {
    // "Python, with deep learning frameworks such as PyTorch or TensorFlow": the choice starts at the class its examples follow.
    const examplesAt = links.slice(runStart, end).lastIndexOf('examples');
    if (
      examplesAt > 0 &&
      links.slice(runStart + examplesAt, end).includes('or') &&
      !links.slice(runStart, runStart + examplesAt).includes('or')
    )
      runStart += examplesAt;
    const runLinks = links.slice(runStart, end);
    const run = members.slice(runStart, end + 1);
    if (run.length >= 2) {
      // "X, Y, or similar tools, and …": the run ends in an "or" even when the sentence goes on.
      const endsInOr = isLast ? tailOr : breakOr[end] === true;
      if (runLinks.includes('or') && runLinks.includes('and')) groups.push(...orRunsBetweenAnds(run, runLinks, endsInOr));
      else if (runLinks.includes('or') || endsInOr) {
        // "programming language (Go, C/C++, Rust)": a class's examples are all choices, whatever "or" sits among them.
        const allExamples = runLinks[0] === 'examples' && !runLinks.slice(1).includes('examples');
        groups.push({ members: endsInOr || allExamples ? run : run.slice(0, choiceEnd(runLinks) + 1) });
      } else {
        // "bug-tracking tools like JIRA and test management software (e.g., Xray, TestRail)": each class heads its own examples.
        const classes = runLinks.flatMap((link, k) => (link === 'examples' ? [runStart + k] : []));
        classes.forEach((ex, k) => {
          const last = k + 1 < classes.length ? (classes[k + 1] as number) - 1 : end;
          // A class with one example ("HVAC equipment such as furnaces") asks for the class; the example only illustrates it.
          if (last - ex >= 2) groups.push({ members: members.slice(ex, last + 1) });
        });
      }
    }
    runStart = end + 1;
  };
  for (let k = 0; k < links.length; k++) {
    if (links[k] === 'break') closeRun(k, false);
  }
  closeRun(members.length - 1, true);
  return groups;
}

/**
 * Where a choice ends among linked members: at the member after its last "or", or past the examples
 * that follow it. A name listed after it ("Spark or Hadoop, Kafka, and Airflow") is the next item of
 * the list, not one more option.
 */
function choiceEnd(links: readonly Link[]): number {
  const end = links.lastIndexOf('or') + 1;
  // "Vue.js or other front-end frameworks such as React": the examples of the last option are options too.
  return links[end] === 'examples' ? links.length : end;
}

/**
 * "SQL and Python or R": the "and" joins SQL to the choice, so only the stretch around the "or"
 * (Python or R) is one group. Splits a run at its "and" links and keeps the pieces that hold an "or".
 */
function orRunsBetweenAnds<T>(run: readonly T[], links: readonly Link[], endsInOr: boolean): GroupSpan<T>[] {
  const groups: GroupSpan<T>[] = [];
  let from = 0;
  for (let k = 0; k <= links.length; k++) {
    if (k < links.length && links[k] !== 'and') continue;
    const piece = run.slice(from, k + 1);
    const pieceLinks = links.slice(from, k);
    const openEnded = k === links.length && endsInOr;
    if (piece.length >= 2 && (pieceLinks.includes('or') || openEnded))
      groups.push({ members: openEnded ? piece : piece.slice(0, choiceEnd(pieceLinks) + 1) });
    from = k + 1;
  }
  return groups;
}
