import { RUN_ON_ITEM_OPENERS } from './headings.js';
import { onAJoinedPage } from './sections.js';
import { BULLET, type Span } from './normalize.js';
import { isSoftWrap } from './tokenize.js';

/**
 * Splits a range of normalised text into items: bullets, lines, inline " - " and " * " bullets, sentences and
 * semicolon clauses. Requirements and their cues ("is a plus") are read item by item.
 */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'inc',
  'ltd',
  'co',
  'corp',
  'mr',
  'ms',
  'mrs',
  'dr',
  'st',
  'no',
  'approx',
  'incl',
  'esp',
  'dept',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'min',
  'max',
  'u.s',
  'b.s',
  'm.s',
  'b.a',
  'm.a',
  'ph.d',
  'fig',
  'al',
]);

function wordBefore(text: string, dot: number): string {
  let k = dot - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k] as string)) k--;
  return text.slice(k + 1, dot).toLowerCase();
}

const isUpperLetter = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c);

/** Words this long before a dot are words, not abbreviations ("skills. experience in welding is a plus"). */
const MIN_WORD_BEFORE_LOWER_SENTENCE = 5;
/**
 * A sentence that starts in lower case after a full stop ends the one before it when the dot closes an
 * ordinary word: "…and problem-solving skills. experience in welding is a plus" holds two asks.
 */
function lowerCaseSentenceAfter(text: string, dot: number, next: number): boolean {
  if (text[dot] !== '.' || !/^\p{Ll}{2}/u.test(text.slice(next, next + 2))) return false;
  const before = wordBefore(text, dot);
  return (
    before.length >= MIN_WORD_BEFORE_LOWER_SENTENCE && /^[a-z]+$/.test(before) && /[aeiouy]/.test(before) && !ABBREVIATIONS.has(before)
  );
}

/** Where the sentence ending at `i` ends, with the brackets and quotes that close on it ("(PostgreSQL is a plus!)"); -1 when none ends there. */
function sentenceEndAt(text: string, i: number): number {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return -1;
  let j = i + 1;
  while (text[j] === ')' || text[j] === '"' || text[j] === "'") j++;
  const closed = j;
  // "experience.Strong" is two sentences glued; "B.Tech", "M.Sc" are one word (a single letter before the dot).
  const glued =
    j === i + 1 &&
    isUpperLetter(text[j]) &&
    /\p{Ll}/u.test(text[j + 1] ?? '') &&
    /[\p{L})]/u.test(text[i - 1] ?? '') &&
    wordBefore(text, i).length !== 1;
  if (text[j] === ' ') {
    while (text[j] === ' ') j++;
    // "… skills required. -Highly organized": a dash bullet glued to its item's capital opens the next item.
    const dashBullet = (text[j] === '-' || text[j] === '*') && isUpperLetter(text[j + 1]);
    if (!(
      isUpperLetter(text[j]) ||
      /[\p{N}"(]/u.test(text[j] ?? '') ||
      text[j] === BULLET ||
      dashBullet ||
      lowerCaseSentenceAfter(text, i, j)
    ))
      return -1;
  } else if (!glued && j < text.length && text[j] !== '\n') return -1;
  const abbreviation = c === '.' ? wordBefore(text, i) : '';
  // "…, MS SQL Server, etc. The greater knowledge …": "etc." closes its list, and a capitalised word opens a new sentence.
  const closesAList = abbreviation === 'etc' && isUpperLetter(text[j]) && /\p{Ll}/u.test(text[j + 1] ?? '');
  if (ABBREVIATIONS.has(abbreviation) && !closesAList) return -1;
  return closed;
}

/** "Excel - required", "SQL - a plus": a level noted after a dash belongs to the item, it opens no bullet. */
const LEVEL_NOTE_AFTER =
  /^(?:required|preferred|desired|desirable|optional|mandatory|essential|a plus|a bonus|nice to have|must have|must)\b\s*(?:[.;,)]|\n|$)/i;

/** Labels that open what a posting would like to see ("bonus - …", "nice to have: …"), inside an item or a run-on list. */
export const WISH_LABEL = String.raw`(?:bonus(?: points)?|nice[- ]to[- ]haves?|extra credit|brownie points)`;
/** "… a team-oriented mindset bonus - you have experience …": a wish label at the end of the words before a dash labels what follows it. */
const WISH_LABEL_BEFORE_DASH = new RegExp(String.raw`\s${WISH_LABEL}\s*$`, 'i');
/** "Mandatory – Digital fabrication: …", "Required - Microsoft 365": a level written before a dash opens the item it levels. */
const LEVEL_NOTE_BEFORE =
  /(?:^|[\n\u2022*:;])\s*(?:required|preferred|desired|desirable|optional|mandatory|essential|a plus|bonus|nice to have|must have|must)\s*$/i;

/** "The successful applicant will have; experience of …": a semicolon where the lead-in's colon belongs opens no item. */
const VERB_OF_HAVING_BEFORE_SEMICOLON = /\b(?:will|must|should|shall|would)\s+(?:also\s+)?(?:have|possess|bring|need)\s*$/i;
const endsInAVerbOfHaving = (text: string, start: number, at: number): boolean =>
  VERB_OF_HAVING_BEFORE_SEMICOLON.test(text.slice(Math.max(start, at - 40), at));

/** Words a clause has before a dash that sets off an aside rather than opening a run-on list. */
const MIN_CLAUSE_WORDS_BEFORE_ASIDE = 4;
const ASIDE_LOOK_BACK = 120;
const SENTENCE_BOUNDARY = /[\n;\u2022]|[.!?](?=\s|$)/g;

/**
 * "Applicants must have a diploma in Montessori teaching – AMI or AMS, and …": one dash inside a sentence
 * that has already said something sets off an aside; a run-on list has a dash before each of its items.
 */
function isLoneDashInSentence(text: string, start: number, dash: number, to: number): boolean {
  // A bounded look-back keeps a long item with many dashes linear.
  const before = text.slice(Math.max(start, dash - ASIDE_LOOK_BACK), dash);
  if ((before.match(/\p{L}+/gu)?.length ?? 0) < MIN_CLAUSE_WORDS_BEFORE_ASIDE || before.includes(':')) return false;
  SENTENCE_BOUNDARY.lastIndex = dash + 1;
  const boundary = SENTENCE_BOUNDARY.exec(text);
  const sentenceEnd = Math.min(boundary ? boundary.index : text.length, to);
  return !/ [-*] /.test(text.slice(dash + 1, sentenceEnd));
}

/** An item longer than this, with no stop in it, may be a list whose markup and line breaks a scrape removed. */
const LONG_ITEM_CHARS = 160;
/** A capitalised word after another word (or a closing bracket), with a lower-case word after it. */
const RUN_ON_OPENER = /(?<=(?:(?:^|[\s(/])([\p{L}\d][\p{L}\d'-]*)|\)) )(\p{Lu}[\p{Ll}'-]+)(?= [\p{Ll}])/gu;
/** Credentials a capitalised word before them qualifies ("a Graduate Diploma in …", "PMP Certification"): no item opens there. */
const QUALIFIED_CREDENTIALS: ReadonlySet<string> = new Set([
  'diploma',
  'degree',
  'certification',
  'certified',
  'license',
  'licence',
  'bachelor',
  "bachelor's",
  "master's",
]);

/**
 * Splits a long item before each word that opens a list item ("… analytical data warehouses Hands-on
 * experience with Snowflake Experience with dbt …"), so a cue in one ("is preferred") binds to it alone.
 */
function runOnItems(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  // Where each piece after a cut starts, and where the piece before it ends.
  const cuts: { end: number; next: number }[] = [];
  for (const m of slice.matchAll(RUN_ON_OPENER)) {
    const opener = (m[2] as string).toLowerCase();
    if (!RUN_ON_ITEM_OPENERS.has(opener)) continue;
    if (/^\p{Lu}/u.test(m[1] ?? ')') && QUALIFIED_CREDENTIALS.has(opener)) continue;
    cuts.push({ end: start + m.index - 1, next: start + m.index });
  }
  // "… the better: Remote management systems …": a lead-in's colon before a capitalised word ends the lead-in.
  if (onAJoinedPage(text, start))
    for (const m of slice.matchAll(COLON_BEFORE_ITEM)) cuts.push({ end: start + m.index + 1, next: start + m.index + m[0].length });
  cuts.sort((a, b) => a.next - b.next);
  const items: Span[] = [];
  let from = start;
  for (const cut of cuts) {
    if (cut.next - from < MIN_RUN_ON_ITEM_CHARS) continue;
    items.push({ start: from, end: cut.end });
    from = cut.next;
  }
  items.push({ start: from, end });
  return items;
}
const COLON_BEFORE_ITEM = /:[ \t]+(?=\p{Lu}\p{Ll})/gu;
/** A piece shorter than this stays with the item before it ("Strong SQL Good Python" is no list of two). */
const MIN_RUN_ON_ITEM_CHARS = 12;

export function splitItems(text: string, from: number, to: number): Span[] {
  const items: Span[] = [];
  let start = from;
  const close = (end: number, next: number): void => {
    let s = start;
    let e = end;
    while (s < e && /[\s\u2022*:-]/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e - s > LONG_ITEM_CHARS) items.push(...runOnItems(text, s, e));
    else if (e > s) items.push({ start: s, end: e });
    start = next;
  };
  let closedAtDash = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n' && isSoftWrap(text, i)) continue;
    if (c === ';' && endsInAVerbOfHaving(text, start, i)) continue;
    if (c === '\n' || c === BULLET || c === ';') {
      close(i, i + 1);
      closedAtDash = false;
    } else if (
      (c === '-' || c === '*') &&
      text[i - 1] === ' ' &&
      text[i + 1] === ' ' &&
      !(c === '-' && !closedAtDash && isLoneDashInSentence(text, start, i, to)) &&
      !LEVEL_NOTE_AFTER.test(text.slice(i + 2, i + 24)) &&
      !LEVEL_NOTE_BEFORE.test(text.slice(Math.max(start, i - 24), i))
    ) {
      // A list run on into one line: the wish label opens the next item.
      const label = WISH_LABEL_BEFORE_DASH.exec(text.slice(Math.max(start, i - 24), i));
      if (label) close(i - label[0].length + 1, i - label[0].length + 1);
      else close(i, i + 1);
      closedAtDash = true;
    } else {
      const end = Math.min(sentenceEndAt(text, i), to);
      if (end > i) {
        close(end, end);
        closedAtDash = false;
        i = end - 1;
      }
    }
  }
  close(to, to);
  return items;
}
