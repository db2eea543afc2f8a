import { FuzzyIndex } from './fuzzy.js';
import { ANONYMISED_NAME } from './anonymised-names.js';
import {
  DESCRIBING_MODIFIERS,
  HEADING_ENTRIES,
  headingWords,
  isHeadNoun,
  isSectionNounList,
  kindFromFitLabel,
  kindFromQuestionLabel,
  kindFromHeadFirstLabel,
  kindFromLabelWords,
  LABEL_WORDS,
  RUN_ON_HEADINGS,
  kindFromMarkedHeading,
  asideStatesLevel,
  asideIsOnlyALevel,
  closesOnALevel,
  opensACompound,
  levelledByAside,
  type HeadingEntry,
  type SectionKind,
} from './headings.js';
import { BULLET } from './normalize.js';

/**
 * Finds section headings in normalised text, including headings glued to the words around them
 * ("QualificationsMinimum QualificationsYou are"), misspelled ones ("Minimm Qualifications") and
 * ones ending in ":". Linear: each candidate position reads at most MAX_WORDS words.
 */
export interface Section {
  kind: SectionKind;
  heading: string;
  /** Where the heading starts (equal to `start` for the untitled opening section). */
  headingStart: number;
  /** Content range, after the heading and its colon. */
  start: number;
  end: number;
}

const MAX_WORDS = 6;
type Strength = 0 | 1 | 2 | 3;

const BY_PHRASE = new Map<string, HeadingEntry>();
const VOCABULARY = new FuzzyIndex<string>(6);
/** Words a heading can open with; "about" opens "About Acme". */
const FIRST_WORDS = new Set<string>(['about']);
/** Small words a label or a title-case heading writes in lower case between its words ("Terms and Conditions"). */
export const LABEL_CONNECTORS: ReadonlySet<string> = new Set(['and', 'of', 'or', 'for', 'to', 'the', 'in', '&']);
/** Label words that may open a heading ("Typical Duties"); a connector never opens one on its own. */
const OPENING_LABEL_WORDS: ReadonlySet<string> = new Set([...LABEL_WORDS].filter((w) => !LABEL_CONNECTORS.has(w)));
const VOCABULARY_WORDS = new Set<string>();
for (const entry of HEADING_ENTRIES) {
  BY_PHRASE.set(entry.words.join(' '), entry);
  for (const w of entry.words) {
    VOCABULARY.add(w, w);
    VOCABULARY_WORDS.add(w);
  }
  if (entry.words[0] !== undefined) FIRST_WORDS.add(entry.words[0]);
}
const FUZZY_MIN_LENGTH = 6;

/** Whether a word, as written or with one typo (for long words), can open a heading. */
function canOpenHeading(word: string, allowTypo: boolean): boolean {
  if (FIRST_WORDS.has(word) || OPENING_LABEL_WORDS.has(word)) return true;
  if (!allowTypo || word.length < FUZZY_MIN_LENGTH) return false;
  return VOCABULARY.lookup(word).some((candidate) => FIRST_WORDS.has(candidate.word));
}

// ASCII fast paths: this runs for every character of every posting.
const isUpper = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /\p{Lu}/u.test(c);
};
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLower = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /\p{Ll}/u.test(c);
};
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /\p{L}/u.test(c);
};

const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

interface HeadingWord {
  word: string;
  start: number;
  end: number;
}

/**
 * A name with inner capitals after "About" ("About TikTok", "About LinkedIn") that ends its line,
 * rather than a heading glued to the text after it ("About UsInspiring…", "About AcmeAcme is…").
 */
function isCamelCaseName(text: string, start: number, glue: number): boolean {
  if (VOCABULARY_WORDS.has(text.slice(start, glue).toLowerCase())) return false;
  let j = glue;
  while (j < text.length && isLetter(text[j])) j++;
  while (text[j] === ' ') j++;
  return j >= text.length || text[j] === '\n' || text[j] === ':';
}

const PRODUCT_NAME_ENDINGS: ReadonlySet<string> = new Set(['stack', 'tools']);

/**
 * "About TikTokTikTok is the leading …": the name after "About", glued to the sentence that opens with it again, ends
 * where it repeats (not at its own inner capital, "Tik|Tok"). Where the repeat starts, or undefined.
 */
function nameRepeatedFrom(text: string, start: number, from: number): number | undefined {
  for (let k = from; k < text.length && k - start <= MAX_NAME_CHARS && isLetter(text[k]); k++)
    if (isUpper(text[k]) && isLower(text[k - 1]) && text.startsWith(text.slice(start, k), k)) return k;
  return undefined;
}
const MAX_NAME_CHARS = 40;

/** Where the word whose last letter sits before `end` starts. */
function wordStartBefore(text: string, end: number): number {
  let k = end - 1;
  while (k > 0 && isLetter(text[k - 1])) k--;
  return k;
}

/** The word before the space at `at - 1` is capitalised ("… Excel Preferred Skills:"). */
const followsCapitalisedWord = (text: string, at: number): boolean => isUpper(text[wordStartBefore(text, at - 1)]);
/**
 * "… (not required to start) DISPATCH & ADMINISTRATIVE Duties Monitor 30+ cameras": a title-case word after a word in
 * capitals (a subheading) on a page whose lines were joined by spaces; not a word of a label ("Technical Skills").
 */
function followsCapitalsSubheading(text: string, at: number): boolean {
  if (text[at - 1] !== ' ' || !isLower(text[at + 1])) return false;
  const from = wordStartBefore(text, at - 1);
  if (at - 1 - from < 3) return false;
  for (let k = from; k < at - 1; k++) if (!isUpper(text[k])) return false;
  return onAJoinedPage(text, at);
}

/** A tools word that ends a capitalised word ("RudderStack", "DevTools") is part of a product's name. */
const endsCamelCaseName = (text: string, at: number): boolean => isLower(text[at - 1]) && isUpper(text[wordStartBefore(text, at)]);

/**
 * "PRIMARY RESPONSIBILITIESExternal", "REQUIREMENTSMotivate people": at the lower-case letter `i`, a heading word in
 * capitals that opened at `start` ends before the capital of the word glued after it.
 */
const capitalsHeadingWordEndsBefore = (text: string, start: number, i: number): boolean =>
  isLower(text[i]) &&
  isUpper(text[i - 1]) &&
  isUpper(text[i - 2]) &&
  i - 1 - start >= 2 &&
  // "ABILITIESMust have": a head noun in capitals ends before the capital of the word glued to it.
  (VOCABULARY_WORDS.has(text.slice(start, i - 1).toLowerCase()) || isHeadNoun(text.slice(start, i - 1).toLowerCase()));

/** Sticky: tried only where it is set to start. */
const ANONYMISED_NAME_AT = new RegExp(ANONYMISED_NAME.source, 'y');

/**
 * Reads up to MAX_WORDS words from `at`, stopping at punctuation, at a lower→upper glue
 * ("UsInspiring") and at the first word no heading has (one typo allowed when `allowTypo`), so
 * running text after "We" or "Our" costs one word, not six. "About" takes any words ("About Acme").
 */
function readWords(text: string, at: number, allowTypo: boolean): HeadingWord[] {
  const words: HeadingWord[] = [];
  let typos = 0;
  const keep = (word: HeadingWord): boolean => {
    const known = VOCABULARY_WORDS.has(word.word) || LABEL_WORDS.has(word.word) || word.word === 'about' || words[0]?.word === 'about';
    if (!known && (!allowTypo || word.word.length < FUZZY_MIN_LENGTH || ++typos > 1)) return false;
    words.push(word);
    return true;
  };
  let i = at;
  while (words.length < MAX_WORDS && i < text.length) {
    // "About <ORGANIZATION>": an anonymised corpus's stand-in is the company's name.
    ANONYMISED_NAME_AT.lastIndex = i;
    const placeholder = words[0]?.word === 'about' ? ANONYMISED_NAME_AT.exec(text) : null;
    if (placeholder) {
      words.push({ word: placeholder[0].toLowerCase(), start: i, end: i + placeholder[0].length });
      i += placeholder[0].length;
      if (text[i] !== ' ') break;
      i++;
      continue;
    }
    if (!isLetter(text[i])) break;
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i];
      if (isLetter(c) || (c === "'" && isLetter(text[i + 1]))) {
        if (isUpper(c) && isLower(text[i - 1]) && words[0]?.word === 'about') {
          const repeated = nameRepeatedFrom(text, start, i);
          if (repeated !== undefined) {
            i = repeated;
            break;
          }
        }
        if (isUpper(c) && isLower(text[i - 1]) && !(words[0]?.word === 'about' && isCamelCaseName(text, start, i))) break;
        if (capitalsHeadingWordEndsBefore(text, start, i)) {
          i--;
          break;
        }
        i++;
      } else break;
    }
    // "DUTIES AND RESPONSIBILITIESFINANCIAL RETURNS": a word in capitals glued to the next ends at the longest heading word it opens with.
    const glued = VOCABULARY_WORDS.has(text.slice(start, i).toLowerCase()) ? undefined : headingWordOpening(text, start, i);
    if (glued !== undefined) i = glued;
    if (!keep({ word: text.slice(start, i).toLowerCase(), start, end: i })) break;
    // Glued to a capitalised word: the heading may go on ("Why Join Us" + "Inspiring") — stop and let the caller decide.
    if (isUpper(text[i]) && isLower(text[i - 1])) break;
    let j = i;
    if (text[j] === ' ' && text[j + 1] === '&' && text[j + 2] === ' ') {
      if (!keep({ word: 'and', start: j + 1, end: j + 2 })) break;
      j += 3;
    } else if (text[j] === '&') {
      if (!keep({ word: 'and', start: j, end: j + 1 })) break;
      j += 1;
    } else if (text[j] === ' ' || (text[j] === '-' && isLetter(text[j + 1]))) j += 1;
    // "Knowledge, Skills and Abilities": a comma between capitalised section words goes on with the heading.
    else if (text[j] === ',' && text[j + 1] === ' ' && isUpper(text[j + 2])) j += 2;
    else break;
    i = j;
  }
  return words;
}

/** Letters a glued word in capitals keeps after the heading word it opens with ("RESPONSIBILITIES" + "FINANCIAL"). */
const MIN_GLUED_TAIL = 3;
/** Where the longest heading word that opens a word in capitals ends, when more capitals follow it; undefined otherwise. */
function headingWordOpening(text: string, start: number, end: number): number | undefined {
  if (end - start < 2 * MIN_GLUED_TAIL + 1) return undefined;
  for (let k = start; k < end; k++) if (!isUpper(text[k])) return undefined;
  for (let cut = end - MIN_GLUED_TAIL; cut > start + MIN_GLUED_TAIL; cut--)
    if (VOCABULARY_WORDS.has(text.slice(start, cut).toLowerCase())) return cut;
  return undefined;
}

/** How clearly the position opens a heading: 3 at a line start, 2 after a sentence or glued, 1 mid-sentence (capitals only below 3). */
function startStrength(text: string, at: number): Strength {
  if (at === 0) return 3;
  const prev = text[at - 1];
  if (prev === '\n' || (prev === ' ' && text[at - 2] === '\n')) return 3;
  // Only a line start may open a heading in lower case; elsewhere a lower-case word is running text.
  if (!isUpper(text[at])) return 0;
  if (isLetter(prev) || isDigit(prev) || prev === ')' || prev === '.' || prev === '"') {
    // Glued: "...etc.).Preferred", "QualificationsMinimum", "tokyo.bWhy", "Texas 78745Qualifications:".
    return 2;
  }
  if (prev === ' ') {
    const before = text[at - 2];
    if (before === BULLET || before === '-' || before === '*') return 0; // an item label, not a heading
    if (before !== undefined && '.!?:;)'.includes(before)) return 2;
    // After a capitalised word a one-word heading is part of a label ("Technical Skills:", "User Experience:"):
    // see `vocabularyHeadingAt`, which reads only a longer heading with its colon there ("… Excel Preferred Skills: SQL").
    return 1;
  }
  if (prev === BULLET || prev === '*' || prev === '-') return 0;
  if (prev !== undefined && ':;!?|'.includes(prev)) return 2;
  return 0;
}

/** Where the spaces from `at` end. */
function endOfSpaces(text: string, at: number): number {
  let j = at;
  while (text[j] === ' ') j++;
  return j;
}

/** How clearly the text after a heading says "that was a heading"; also where the content starts. */
function endStrength(text: string, at: number): { strength: Strength; contentStart: number } {
  const j = endOfSpaces(text, at);
  if (text[j] === ':') return { strength: 3, contentStart: endOfSpaces(text, j + 1) };
  if (j >= text.length || text[j] === '\n') return { strength: 3, contentStart: j };
  // "## What We're Looking For 🧐": pictographs after a heading end its line as well.
  const pastPictographs =
    text.charCodeAt(j) > 0x7f && PICTOGRAPH.test(String.fromCodePoint(text.codePointAt(j) ?? 32)) ? pastDecoration(text, j) : j;
  if (pastPictographs > j && (pastPictographs >= text.length || text[pastPictographs] === '\n' || text[pastPictographs] === ':'))
    return { strength: 3, contentStart: text[pastPictographs] === ':' ? endOfSpaces(text, pastPictographs + 1) : pastPictographs };
  // "… improvements What We're Looking For 🧐 Current student …": mid-line, the pictograph stands for the line end.
  if (pastPictographs > j && isUpper(text[pastPictographs])) return { strength: 3, contentStart: pastPictographs };
  // A question on a line of its own ("Who are you?") is a heading too, and so are "Requirements;" (a semicolon written for
  // the colon) and "You should be…" (an ellipsis leading into the list).
  const ellipsis = text[j] === '\u2026' ? 1 : text.startsWith('...', j) ? 3 : 0;
  if (text[j] === '?' || text[j] === ';' || ellipsis !== 0) {
    let k = j + Math.max(1, ellipsis);
    while (text[k] === ' ') k++;
    if (k >= text.length || text[k] === '\n') return { strength: 3, contentStart: k };
    // "… after-all) You should be… Organized and detail-oriented": an ellipsis leads into the list as a colon does;
    // so does a semicolon before a capital ("Requirements; Applicants must have …").
    if ((ellipsis !== 0 || text[j] === ';') && isUpper(text[k])) return { strength: 2, contentStart: k };
  }
  // Glued to the next word, a capital or a number: "QualificationsMinimum", "Requirements1 or more years of experience".
  if (j === at && (isUpper(text[j]) || isDigit(text[j]))) return { strength: 2, contentStart: j };
  // A dash bullet glued to both: "Preferred Qualifications-Excellent verbal skills".
  if (j === at && text[j] === '-' && isUpper(text[j + 1]) && isLower(text[j + 2])) return { strength: 2, contentStart: j + 1 };
  // "Preferred Qualifications -Excellent verbal skills": a dash bullet glued to its item, after a space.
  if (j > at && (text[j] === BULLET || (text[j] === '-' && (text[j + 1] === ' ' || (isUpper(text[j + 1]) && isLower(text[j + 2]))))))
    return { strength: 3, contentStart: j };
  // "About you + You are a quick learner": Markdown's plus bullet, before a capitalised item.
  if (j > at && text[j] === '+' && text[j + 1] === ' ' && isUpper(text[j + 2])) return { strength: 3, contentStart: j };
  // A numbered list starting after it ("… sessions. Preferred Skills 1. At least two years"): a run-on page's heading.
  if (j > at && text[j] === '1' && (text[j + 1] === '.' || text[j + 1] === ')') && text[j + 2] === ' ')
    return { strength: 3, contentStart: j };
  if (j > at && (isUpper(text[j]) || (isDigit(text[j]) && YEARS_OPENING.test(text.slice(j, j + 16)))))
    return { strength: 1, contentStart: j };
  return { strength: 0, contentStart: j };
}

/** "Required Skills And Qualifications": two headings joined by "and" read as the first one. */
function joinedHeadings(words: string[]): HeadingEntry | undefined {
  const and = words.findIndex((w, k) => k > 0 && k < words.length - 1 && (w === 'and' || w === '&'));
  if (and === -1) return undefined;
  const first = BY_PHRASE.get(words.slice(0, and).join(' '));
  const second = BY_PHRASE.get(words.slice(and + 1).join(' '));
  return first && second && !first.field && !second.field ? first : undefined;
}

/** "Strongly Preferred", "Highly Desired Qualifications": an adverb that only says how much a heading of wishes is wished. */
const WISH_INTENSIFIERS: ReadonlySet<string> = new Set(['strongly', 'highly', 'very']);

function lookupPhrase(words: string[], fuzzy: boolean): HeadingEntry | undefined {
  const exact = BY_PHRASE.get(words.join(' ')) ?? joinedHeadings(words) ?? intensifiedWish(words) ?? wishOfAHeadNoun(words);
  if (exact || !fuzzy) return exact;
  // One misspelled word per heading is tolerated ("Minimm Qualifications", "Responsibilites").
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (w.length < FUZZY_MIN_LENGTH) continue;
    for (const { word } of VOCABULARY.lookup(w)) {
      if (word === w) continue;
      const fixed = [...words];
      fixed[k] = word;
      const entry = BY_PHRASE.get(fixed.join(' '));
      if (entry) return entry;
    }
  }
  return undefined;
}

/** "Good to have skills", "Nice to have qualifications": a heading of wishes before the head noun it wishes for. */
function wishOfAHeadNoun(words: string[]): HeadingEntry | undefined {
  if (words.length < 3 || !isHeadNoun(words[words.length - 1] as string)) return undefined;
  const wish = BY_PHRASE.get(words.slice(0, -1).join(' '));
  return wish?.kind === 'preferred' ? wish : undefined;
}

function intensifiedWish(words: string[]): HeadingEntry | undefined {
  if (words.length < 2 || !WISH_INTENSIFIERS.has(words[0] as string)) return undefined;
  const wish = BY_PHRASE.get(words.slice(1).join(' '));
  return wish?.kind === 'preferred' ? wish : undefined;
}

/** The lower-cased word at `at`, as readWords would read it first. */
function firstWord(text: string, at: number): string {
  let i = at + 1;
  while (i < text.length && i - at <= 40) {
    const c = text[i];
    if (isLetter(c) || (c === "'" && isLetter(text[i + 1]))) {
      if (isUpper(c) && isLower(text[i - 1])) break;
      if (capitalsHeadingWordEndsBefore(text, at, i)) return text.slice(at, i - 1).toLowerCase();
      i++;
    } else break;
  }
  return text.slice(at, i).toLowerCase();
}

/** A heading after an ordinary word needs a colon right after it ("... (Summer) Responsibilities: - Assist"). */
function colonSoon(text: string, at: number): boolean {
  for (let j = at; j < text.length && j < at + 60; j++) {
    const c = text[j];
    if (c === ':') return true;
    if (c === '.' || c === '\n' || c === ',' || c === ';') return false;
  }
  return false;
}

interface Found {
  kind: SectionKind;
  headingStart: number;
  headingEnd: number;
  contentStart: number;
  field: boolean;
  /** The Markdown level when the source marked the line as a heading ("## Duties" is 2). */
  level?: number;
  /** A marked heading whose words name no kind of section ("## The Team"). */
  untitled?: boolean;
  /** A line announcing the list after it ("Nice to have but not mandatory:"): its section is that list. */
  announcesList?: boolean;
}

/** What a text holds, read once before its headings are looked for: readings it cannot hold are not tried at each word. */
interface TextTraits {
  /** A run-on fit label needs " if": a text without one (most) is passed over once. */
  mayHoldFitLabels: boolean;
  /** The readings of a joined page need a line that long: a text whose lines are all shorter skips them at every word. */
  mayBeJoined: boolean;
}

function traitsOf(text: string): TextTraits {
  let longest = 0;
  for (let from = 0; from < text.length && longest < ONE_LINE_PAGE;) {
    const newline = text.indexOf('\n', from);
    const end = newline === -1 ? text.length : newline;
    longest = Math.max(longest, end - from);
    from = end + 1;
  }
  return { mayHoldFitLabels: text.includes(' if'), mayBeJoined: longest >= ONE_LINE_PAGE };
}

/** The readings only a joined page holds (each still asks `onAJoinedPage` where it stands): after a word in lower case. */
function joinedPageHeadingMidLineAt(text: string, at: number, traits: TextTraits): Found | undefined {
  return (
    (traits.mayHoldFitLabels ? runOnFitLabelAt(text, at) : undefined) ??
    runOnLeadInAt(text, at) ??
    runOnAsideLabelAt(text, at) ??
    midLineAnnouncementAt(text, at) ??
    runOnRoleLabelAt(text, at)
  );
}

/** The same after a stop or glued to the word before. */
function joinedPageHeadingAfterAStopAt(text: string, at: number): Found | undefined {
  return runOnLeadInAt(text, at) ?? runOnAsideLabelAt(text, at) ?? runOnRoleLabelAt(text, at) ?? runOnSectionNounsAt(text, at);
}

function headingAt(text: string, at: number, marked: boolean, traits: TextTraits): Found | undefined {
  const start = startStrength(text, at);
  if (start === 0) return undefined;
  const fromVocabulary = vocabularyHeadingAt(text, at, start, marked);
  if (fromVocabulary) return fromVocabulary;
  if (start < 2) return traits.mayBeJoined ? joinedPageHeadingMidLineAt(text, at, traits) : undefined;
  if (start === 2)
    return (
      runOnHeadFirstLabelAt(text, at) ??
      (traits.mayBeJoined ? joinedPageHeadingAfterAStopAt(text, at) : undefined) ??
      gluedLabelBeforeColonAt(text, at, marked) ??
      runOnListAskedAt(text, at) ??
      runOnAnnouncementAt(text, at) ??
      (traits.mayBeJoined ? runOnQuestionAt(text, at) : undefined) ??
      (traits.mayBeJoined && traits.mayHoldFitLabels ? runOnFitLabelAt(text, at) : undefined)
    );
  return labelHeadingAt(text, at, marked) ?? announcementAt(text, at);
}

/**
 * "The CONSTRUCTION SURVEYOR will be responsible for the following:", "Successful candidates must have
 * the following:": a line that announces the list after it is that list's heading, however long its subject.
 */
const ANNOUNCING = String.raw`^(([^\n.:;!?]{0,100}?)\b(?:(responsible for)|(must)\s+(?:have|possess|meet|bring|demonstrate)|(?:should|will|would|who|that)\s+(?:have|has|possess|meet|bring|demonstrate)|(expects?)|(?:include|includes|are))\s+the following(?: [a-z]+){0,2})`;
const ANNOUNCEMENT = new RegExp(String.raw`${ANNOUNCING}(\s*[:.]?)[ \t]*(?:\([^()\n]*\)[ \t]*)?(?:\n|$)`, 'i');
/**
 * "… department. To be successful you must have the following attributes: Respond promptly …": after a sentence on its
 * line, run on into its list after its colon or closing the line.
 */
const RUN_ON_ANNOUNCEMENT = new RegExp(String.raw`${ANNOUNCING}(\s*:)[ \t]*(?=\n|$|\p{Lu}|[${BULLET}·*-]\s*\p{Lu})`, 'iu');
const ANNOUNCEMENT_MAX_WORDS = 16;
const FOLLOWING = /following/i;

/**
 * "The following responsibilities, skills, experience … are required for this position:", "Experience in one or more
 * of these areas is an advantage:", "Nice to have but not mandatory:": a line of its own, before its colon, that says
 * how much the list after it is asked.
 */
const LIST_ASKED_SENTENCE = String.raw`^([^\n.:;!?]{0,160}?\b(?:are|is)\s+(?:(required|needed|necessary|essential|expected|mandatory)|(preferred|desired|desirable|beneficial|(?:a\s+)?(?:plus|bonus)|an?\s+(?:advantage|asset)))\b(?!\s+to\b)[^\n.:;!?]{0,40}?)(\s*:)`;
const LIST_ASKED = new RegExp(String.raw`${LIST_ASKED_SENTENCE}[ \t]*(?:\n|$)`, 'i');
/** The same sentence run on into its list on a page whose lines were joined, by spaces or by nothing. */
const LIST_ASKED_RUN_ON = new RegExp(String.raw`${LIST_ASKED_SENTENCE}[ \t]*(?=\S)`, 'i');
/** How long the rest of the line must be for a page to read as one whose lines were joined. */
const JOINED_PAGE_REST = 300;
const LIST_WISHED =
  /^((?:nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus points?|desirable|desired|preferred|optional)\b[^\n.:;!?]{0,60}?)(\s*:)[ \t]*(?:\n|$)/i;
const LIST_ASKED_MAX_WORDS = 16;
/**
 * "… Computation. While not a prerequisite, previous experience in some or all of the following areas is a plus: Neurobiology: …":
 * run on into its list, a sentence that points at that list may say more first. (On a line of its own, such a sentence is
 * read as its list's lead-in instead.)
 */
const LIST_POINTED_AT_MAX_WORDS = 24;
const POINTS_AT_ITS_LIST = /\b(?:the following|these|below)\b/i;
const fitsALeadIn = (sentence: string): boolean =>
  sentence.split(/\s+/).length <= (POINTS_AT_ITS_LIST.test(sentence) ? LIST_POINTED_AT_MAX_WORDS : LIST_ASKED_MAX_WORDS);

function listAskedAt(text: string, at: number): Found | undefined {
  // Both readings end their line in a colon: any other line is passed over without a scan.
  const newline = text.indexOf('\n', at);
  const lineEnd = newline === -1 ? text.length : newline;
  let last = lineEnd - 1;
  while (last > at && (text[last] === ' ' || text[last] === '\t')) last--;
  if (text[last] !== ':') return undefined;
  const window = text.slice(at, at + 260);
  const asked = LIST_ASKED.exec(window);
  const read = asked && (asked[1] as string).split(/\s+/).length <= LIST_ASKED_MAX_WORDS ? asked : LIST_WISHED.exec(window);
  if (!read) return undefined;
  const headingEnd = at + (read[1] as string).length;
  // The colon is each reading's last group.
  const contentStart = headingEnd + (read[read.length - 1] as string).length;
  const kind: SectionKind = read === asked && asked[2] ? 'required' : 'preferred';
  return { kind, headingStart: at, headingEnd, contentStart, field: false, announcesList: true };
}

/**
 * "You've done some of these things...", "You are the sort of person that...", "You have:": a line in the
 * candidate's voice that trails off or ends in a colon, right above a list, heads that list as what is asked.
 */
const CANDIDATE_LEAD =
  /^((?:you(?:'|\u2019)ve|you have|you are|you(?:'|\u2019)re|you bring|you know)\b[^\n.:;!?]{0,60}?)(\s*(?:\.\.\.|\u2026|:))/i;

/** A line far longer than any paragraph's: a page whose line breaks a scrape turned into spaces. */
const JOINED_PAGE_LINE = 1500;
/** A posting with no line break at all, of at least this length, is a page whose lines were joined. */
const ONE_LINE_PAGE = 600;
/** Reads at most JOINED_PAGE_LINE characters each way, so a page of one huge line is still read in linear time. */
export function onAJoinedPage(text: string, at: number): boolean {
  const from = Math.max(0, at - JOINED_PAGE_LINE);
  const before = text.slice(from, at).lastIndexOf('\n');
  const lineStart = before === -1 ? from : from + before + 1;
  const after = text.slice(at, at + JOINED_PAGE_LINE).indexOf('\n');
  const lineEnd = after === -1 ? Math.min(text.length, at + JOINED_PAGE_LINE) : at + after;
  // A whole posting on one line is a joined page when it is longer than a paragraph or two is.
  const wholeText = lineStart === 0 && text.length - lineEnd <= 2 && text.slice(lineEnd).trim() === '';
  return lineEnd - lineStart >= (wholeText ? ONE_LINE_PAGE : JOINED_PAGE_LINE);
}
/** A word that makes what follows part of its phrase ("the Requirements of …", "including Skills Development"). */
const FUNCTION_WORD_BEFORE =
  /\b(?:the|a|an|of|for|in|on|at|to|with|by|from|and|or|our|your|their|its|this|these|those|including|include|includes|such|as|any|all|other|key|core|new)\s$/i;

/** "… He or she is a problem solver. The following responsibilities, skills … are required for this position: Proof of …". */
function runOnListAskedAt(text: string, at: number): Found | undefined {
  if (text.length - at < JOINED_PAGE_REST || text.slice(at, at + JOINED_PAGE_REST).includes('\n')) return undefined;
  const asked = LIST_ASKED_RUN_ON.exec(text.slice(at, at + 260));
  if (!asked || !fitsALeadIn(asked[1] as string)) return undefined;
  const headingEnd = at + (asked[1] as string).length;
  const contentStart = endStrength(text, headingEnd).contentStart;
  return { kind: asked[2] ? 'required' : 'preferred', headingStart: at, headingEnd, contentStart, field: false, announcesList: true };
}

/** "… platform integrations You should apply if: you're familiar with …": who fits, run on with its page's lines, up to its colon. */
const RUN_ON_FIT_LABEL = /^(\p{Lu}[^.:;!?\n]{0,80}?\bif(?: you(?:'re| are| have)?)?)\s*:\s*/u;
/** "BLE and USB protocols You will fit in if you have": a capital after a word in lower case opens the label's own sentence. */
const SENTENCE_INSIDE = /(?<![\p{L}'-])\p{Ll}[\p{L}'-]* \p{Lu}/u;
const opensAnotherSentence = (label: string): boolean => SENTENCE_INSIDE.test(label);
function runOnFitLabelAt(text: string, at: number): Found | undefined {
  if (!isUpper(text[at])) return undefined;
  const window = text.slice(at, at + 100);
  // The regular expression runs only where an "if" and a colon stand in the window.
  if (!window.includes(' if') || !window.includes(':')) return undefined;
  const label = RUN_ON_FIT_LABEL.exec(window);
  if (!label || opensAnotherSentence(label[1] as string) || !onAJoinedPage(text, at)) return undefined;
  const kind = kindFromFitLabel(headingWords(label[1] as string));
  if (!kind) return undefined;
  return { kind, headingStart: at, headingEnd: at + (label[1] as string).length, contentStart: at + label[0].length, field: false };
}

function announcementAt(text: string, at: number): Found | undefined {
  const listAsked = listAskedAt(text, at);
  if (listAsked) return listAsked;
  const lead = CANDIDATE_LEAD.exec(text.slice(at, at + 120));
  if (lead && listFollowsLine(text, at + lead[0].length)) {
    const headingEnd = at + (lead[1] as string).length;
    return { kind: 'qualifications', headingStart: at, headingEnd, contentStart: at + lead[0].length, field: false, announcesList: true };
  }
  return announced(at, ANNOUNCEMENT.exec(text.slice(at, at + 200)));
}

function runOnAnnouncementAt(text: string, at: number): Found | undefined {
  const window = text.slice(at, at + 200);
  // Read at every sentence start: most have no "following" at all, and the pattern is not run on them.
  if (!FOLLOWING.test(window)) return undefined;
  const found = announced(at, RUN_ON_ANNOUNCEMENT.exec(window)) ?? announcedWithoutColon(text, at, window);
  // "… Automate data analysis We get excited about …": the announcement starts at its own sentence's capital.
  if (!found || opensAnotherSentence(text.slice(at, found.headingEnd))) return undefined;
  return { ...found, contentStart: endStrength(text, found.contentStart).contentStart };
}

/**
 * "Foreman in Meat Production Foreman Duties Ongoing contact with the client …": on a joined page, the role's own name
 * before a head noun that stands for a section whatever names it (duties, requirements) heads a sentence-case item.
 */
const RUN_ON_ROLE_LABEL = /^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+) (?=\p{Lu})/u;
function runOnRoleLabelAt(text: string, at: number): Found | undefined {
  const m = RUN_ON_ROLE_LABEL.exec(text.slice(at, at + 60));
  const head = m ? (m[1] as string).toLowerCase() : '';
  if (!m || !STANDS_ALONE_BEFORE_ITS_COLON.has(head)) return undefined;
  const contentStart = at + m[0].length;
  const kind = kindFromLabelWords([head]);
  if (!kind || !opensASentenceCaseItem(text, contentStart) || !onAJoinedPage(text, at)) return undefined;
  return { kind, headingStart: at, headingEnd: contentStart - 1, contentStart, field: false };
}

/**
 * "… 19. Performs other duties as assigned. Knowledge, Skills & Abilities 1. Knowledge of …": on a joined page, section
 * nouns listed with commas and "and" head the numbered or capitalised list after them, as they would alone on a line.
 */
const RUN_ON_SECTION_NOUNS = /^(\p{Lu}\p{Ll}+(?:(?:,| and| &|, and|, &) \p{Lu}\p{Ll}+){1,3}) (?=1[.)] |\p{Lu}\p{Ll})/u;
function runOnSectionNounsAt(text: string, at: number): Found | undefined {
  const m = RUN_ON_SECTION_NOUNS.exec(text.slice(at, at + 80));
  if (!m) return undefined;
  const words = headingWords(m[1] as string).filter((w) => !LABEL_CONNECTORS.has(w));
  if (!isSectionNounList(words) || !onAJoinedPage(text, at)) return undefined;
  const kind = kindFromLabelWords(words);
  if (!kind) return undefined;
  return { kind, headingStart: at, headingEnd: at + (m[1] as string).length, contentStart: at + m[0].length, field: false };
}

/** After a word in lower case, an announcement may start only on a joined page. */
function midLineAnnouncementAt(text: string, at: number): Found | undefined {
  const found = runOnAnnouncementAt(text, at);
  return found && onAJoinedPage(text, at) ? found : undefined;
}

/** "… efficiency We get excited about candidates who have the following Our Data Science Interns are …": on a joined page the colon may be gone. */
const RUN_ON_ANNOUNCEMENT_BARE = new RegExp(String.raw`${ANNOUNCING}( )`, 'i');
/** The words that may close an announcement after "the following" ("skills"), in lower case: the capital after them opens the list. */
const FOLLOWING_TAIL = /^(?: [a-z]+){0,2}?(?= [A-Z])/;
function announcedWithoutColon(text: string, at: number, window: string): Found | undefined {
  const m = RUN_ON_ANNOUNCEMENT_BARE.exec(window);
  if (!m) return undefined;
  // Read case-blind, the words after "the following" may be the list's own ("… the following Our interns …").
  const following = (m[1] as string).toLowerCase().lastIndexOf('the following') + 'the following'.length;
  const tail = FOLLOWING_TAIL.exec(window.slice(following));
  if (!tail || !onAJoinedPage(text, at)) return undefined;
  return announced(at, m, window.slice(0, following + tail[0].length));
}

/**
 * "… New entity set-up The ideal candidate will possess: Intermediate to advanced …": on a joined page, the candidate (or
 * the employer) said to need, have or bring what follows its colon opens the list of what is asked. "We need you to:"
 * opens duties, and "You will have: a laptop" an offer, so the clause may not end in "to" nor the list open in lower case.
 */
const RUN_ON_LEAD_IN =
  /^((?:The (?:ideal|successful|right|perfect|preferred) (?:candidate|applicant|person|hire)|(?:Successful |Ideal )?(?:Candidates?|Applicants?)|You|We)(?: will| should| must| would|'ll)? (?:need|have|has|possess(?:es)?|bring(?:s)?|demonstrate(?:s)?|require|expect)(?: [a-z]+){0,4}?)[ \t]*:[ \t]*(?=\p{Lu})/u;
const NOT_ASKED_AFTER_LEAD_IN = /\b(?:to|opportunity|chance|access)$/;
/** The letters RUN_ON_LEAD_IN can open with: most capitalised words are passed over without a scan. */
const LEAD_IN_FIRST_LETTERS: ReadonlySet<string> = new Set(['T', 'S', 'I', 'C', 'A', 'Y', 'W']);
function runOnLeadInAt(text: string, at: number): Found | undefined {
  if (!LEAD_IN_FIRST_LETTERS.has(text[at] as string)) return undefined;
  const lead = RUN_ON_LEAD_IN.exec(text.slice(at, at + 100));
  if (!lead || NOT_ASKED_AFTER_LEAD_IN.test(lead[1] as string) || !onAJoinedPage(text, at)) return undefined;
  return {
    kind: 'qualifications',
    headingStart: at,
    headingEnd: at + (lead[1] as string).length,
    contentStart: at + lead[0].length,
    field: false,
  };
}

/** A question that may head a section, read up to its question mark: "What types of background are we looking for?". */
const RUN_ON_QUESTION = /^[\p{L}][\p{L}' ,-]{4,90}?\?(?= ?\p{Lu})/u;
/** "… visualization. What types of background are we looking for? We are looking for interns …": on a joined page, a question asking for a section heads it. */
function runOnQuestionAt(text: string, at: number): Found | undefined {
  const m = RUN_ON_QUESTION.exec(text.slice(at, at + 100));
  if (!m || !onAJoinedPage(text, at)) return undefined;
  const kind = kindFromQuestionLabel(headingWords(m[0]));
  if (!kind) return undefined;
  const headingEnd = at + m[0].length - 1;
  return { kind, headingStart: at, headingEnd, contentStart: endOfSpaces(text, headingEnd + 1), field: false };
}

/**
 * The section a line announcing its list opens (`m` read at `at` by ANNOUNCEMENT or RUN_ON_ANNOUNCEMENT). `heading`, when
 * given, is the announcement as read without its colon; the content starts after the space that follows it.
 */
function announced(at: number, m: RegExpExecArray | null, heading?: string): Found | undefined {
  if (!m || (heading ?? m[0]).split(/\s+/).length > ANNOUNCEMENT_MAX_WORDS) return undefined;
  const subject = labelWords(m[2] as string).map((w) => w.toLowerCase());
  const kind: SectionKind | undefined = m[3]
    ? 'responsibilities'
    : m[4]
      ? 'required'
      : m[5] || /\b(?:have|possess|meet|bring|demonstrate)\s+the following/i.test(heading ?? m[0])
        ? 'qualifications'
        : subject.length > 0
          ? (kindOfPhraseAfterModifiers(subject) ?? kindFromLabelWords(subject))
          : undefined;
  if (!kind) return undefined;
  // The heading is the announcing words; an aside after its stop ("(Other duties may be assigned.)") is text.
  const headingEnd = at + (heading ?? (m[1] as string)).length;
  const contentStart = headingEnd + (heading === undefined ? (m[6] as string).length : 1);
  return { kind, headingStart: at, headingEnd, contentStart, field: false, announcesList: true };
}

/** A marked heading no vocabulary reads: its line, to end the section before it when it is a sibling (see detectSections). */
function untitledHeading(text: string, at: number, level: number): Found {
  const newline = text.indexOf('\n', at);
  const end = newline === -1 ? text.length : newline;
  return { kind: 'intro', headingStart: at, headingEnd: end, contentStart: end, field: false, level, untitled: true };
}

const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*(?:\n|$)/;

function followsAListItem(text: string, lineStart: number): boolean {
  const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
  return LIST_ITEM_LINE.test(text.slice(previous, lineStart)) || text[previous] === BULLET;
}

/** The "---" that closes a block opened by "---" on the text's first line (a page's front matter). */
function closesFrontMatter(text: string, lineStart: number): boolean {
  return THEMATIC_BREAK.test(text.slice(0, 40)) && text.indexOf('\n---', 0) === lineStart - 1;
}

const USED_IN_THE_JOB =
  /^\s+(?:you(?:'ll|\u2019ll| will)|we|our team)(?: (?:also|regularly|currently|daily))? (?:use|be using|work with|rely on)(?=\s*(?::|\n|$))/i;

/** Subjects that open a heading written as a clause ("We are looking for", "You will"). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['we', 'you', 'i', "we're", "you'll", "we'll"]);

/** Words that go on a sentence whose subject is a section noun ("Requirements Are", "Benefits Include"). */
const PREDICATE_WORDS: ReadonlySet<string> = new Set([
  'are',
  'is',
  'include',
  'includes',
  'will',
  'can',
  'may',
  'must',
  'should',
  'were',
  'was',
  'have',
  'has',
  'vary',
]);
/** A number that opens an item of experience: "2+ years", "3-5 years", "1 or more years", "5 years". */
const YEARS_OPENING = /^\d{1,2}\s*(?:\+|(?:(?:-|–|to)\s*\d{1,2}\s*\+?|or more)\s*(?:years?|yrs)\b|(?:years?|yrs)\b)/;

/** Years of experience: a number of years with "experience" after it in the same sentence. */
const opensAYearsItem = (text: string, at: number): boolean =>
  YEARS_OPENING.test(text.slice(at, at + 16)) && /^[^.;:!?\n]{0,60}\bexperience\b/i.test(text.slice(at, at + 80));

/** Whether the capitalised word at `at` can open a list item, not go on a sentence; a number of years opens one too. */
function opensAnItem(text: string, at: number): boolean {
  if (isDigit(text[at])) return opensAYearsItem(text, at);
  const word = /^[A-Za-z]+/.exec(text.slice(at, at + 20))?.[0]?.toLowerCase();
  return word !== undefined && !PREDICATE_WORDS.has(word);
}

/** A capitalised word that opens an item, followed by a lower-case one ("Engineering design team member"), not a title going on. */
function opensASentenceCaseItem(text: string, at: number): boolean {
  if (!opensAnItem(text, at)) return false;
  let k = at;
  // "Employer-funded pension": the item's first word may be hyphenated.
  while (k < text.length && (isLetter(text[k]) || (text[k] === '-' && isLetter(text[k + 1])))) k++;
  return text[k] === ' ' && isLower(text[k + 1]);
}

/** Nothing more on the line but blanks, or a colon. */
const LINE_END_AFTER = /^[ \t]*(?:\n|:|$)/;
function vocabularyHeadingAt(text: string, at: number, start: Strength, marked: boolean): Found | undefined {
  // A line the source marked as a heading is one in any case ("## Main duties and responsibilities").
  const capitalised = marked || isUpper(text[at]);
  if (!canOpenHeading(firstWord(text, at), start >= 2)) return undefined;
  // Mid-line without a colon, only a title-case heading right after a lower-case word may stand there
  // ("… results orientation Typical Duties Engineering design …", a page whose lines were joined by spaces).
  const midLine = start === 1 && !colonSoon(text, at);
  if (midLine && !isLower(text[at - 2]) && !followsCapitalsSubheading(text, at)) return undefined;
  const words = readWords(text, at, start >= 2);
  // Whether the heading runs on on a joined page: the same for every phrase read from `at`, so asked once.
  let joinedAnswer: boolean | undefined;
  const joinedPage = (): boolean => (joinedAnswer ??= runsOnOnAJoinedPage(text, at));
  for (let k = words.length; k >= 1; k--) {
    const phrase = words.slice(0, k);
    const last = phrase[k - 1] as HeadingWord;
    const entry = lookupPhrase(
      phrase.map((w) => w.word),
      start >= 2,
    );
    let kind: SectionKind | undefined = entry?.kind;
    // "…orientation.Typical DutiesEngineering design…": a label of modifiers and a head noun, in title case, glued to what it heads.
    // "Nice-to-Have": the words inside a hyphened compound keep its case.
    const titleCase = phrase.every((w) => isUpper(text[w.start]) || LABEL_CONNECTORS.has(w.word) || text[w.start - 1] === '-');
    // Run on with a space, only a label whose head is a plural section noun ("Specific Responsibilities", not "Key Person").
    // "… of their projects. Personal aptitudes Learning Capacity: …": a label in sentence case on a joined page, between a
    // sentence and the capitalised first item of its list.
    const restInLowerCase = (): boolean => phrase.slice(1).every((w) => !isUpper(text[w.start]));
    const sentenceCaseLabel =
      start === 2 &&
      k <= 4 &&
      (text[last.end] === ' ' ? isUpper(text[last.end + 1]) : isUpper(text[last.end])) &&
      restInLowerCase() &&
      joinedPage();
    // "… Maintaining your work schedule Role requirements: AAA game experience": a label in sentence case before its colon,
    // mid-line on a joined page.
    const colonLabel = start === 1 && k <= 5 && text[endOfSpaces(text, last.end)] === ':' && restInLowerCase() && joinedPage();
    const label =
      !entry &&
      k >= 2 &&
      (titleCase || sentenceCaseLabel || colonLabel) &&
      (isUpper(text[last.end]) ||
        isDigit(text[last.end]) ||
        sentenceCaseLabel ||
        colonLabel ||
        // "… GitHub Helpful Knowledge and Experience Familiar with …": a title-case label before a sentence-case item on a joined page.
        (titleCase && text[last.end] === ' ' && opensASentenceCaseItem(text, last.end + 1) && joinedPage()) ||
        (start < 3 && (RUN_ON_HEADINGS.has(last.word) || closesOnALevel(phrase.map((w) => w.word)))) ||
        // "… to improve. Desirable Experience" closing its line, before the bullets of its list.
        (start === 2 && LINE_END_AFTER.test(text.slice(last.end, last.end + 8))))
        ? kindFromLabelWords(phrase.map((w) => w.word))
        : undefined;
    if (label) kind = label;
    const field = entry?.field ?? false;
    // A field label inside a line ("… Company type: Public Technologies java …") cannot say where its value ends.
    if (field && start < 3) continue;
    if (!entry && phrase[0]?.word === 'about' && k >= 2 && phrase.slice(1).every((w) => isUpper(text[w.start]) || text[w.start] === '<')) {
      kind = 'boilerplate'; // "About Acme", "About TikTok"
    }
    if (!kind) continue;
    const single = k === 1;
    if (
      single &&
      start === 1 &&
      followsCapitalisedWord(text, at) &&
      !followsCapitalsSubheading(text, at) &&
      !(STANDS_ALONE_BEFORE_ITS_COLON.has(last.word) && text[last.end] === ':' && farIntoItsLine(text, at))
    )
      continue;
    if (single && start === 2 && PRODUCT_NAME_ENDINGS.has(last.word) && endsCamelCaseName(text, at)) continue;
    // "What You'll Need to Succeed:", "Qualifications for Success": what the heading's list is for closes the heading.
    const purpose = kind !== 'boilerplate' ? PURPOSE_TAIL.exec(text.slice(last.end, last.end + 40)) : null;
    // "About Forestry.io", "About Acme.com": the company's name may be its web address.
    const domain = phrase[0]?.word === 'about' && kind === 'boilerplate' ? DOMAIN_SUFFIX.exec(text.slice(last.end, last.end + 8)) : null;
    const headingEnd = last.end + (purpose?.[0].length ?? 0) + (domain?.[0].length ?? 0);
    const end = endStrength(text, headingEnd);
    let ok: boolean;
    if (start === 3) ok = capitalised ? end.strength >= (single ? 2 : 1) : end.strength === 3;
    // "…possible.Basic Qualifications Are enrolled…": a heading of two words or more may run into a capitalised sentence.
    // "… as possible? We are looking for Claims Handlers to join …": a clause with its subject, run on into a name, is a sentence.
    else if (start === 2)
      ok =
        capitalised &&
        (end.strength >= 2 ||
          (!single && end.strength >= 1 && !CLAUSE_SUBJECTS.has(phrase[0]?.word ?? '')) ||
          // "Data Engineer (Junior) Requirements Experience using Python": a page whose lines were joined by spaces.
          (single &&
            end.strength === 1 &&
            (RUN_ON_HEADINGS.has(last.word) || (inCapitals(text, last) && !capitalsGoOn(text, end.contentStart))) &&
            opensAnItem(text, end.contentStart)));
    // "… which include any glass Qualifications 3 years Demand Planning experience": a one-word heading before years.
    else if (midLine)
      ok =
        (end.strength === 1 &&
          (single
            ? RUN_ON_HEADINGS.has(last.word) &&
              (opensAYearsItem(text, end.contentStart) || (joinedPage() && opensAnItem(text, end.contentStart)))
            : (titleCase || (entry !== undefined && joinedPage())) &&
              (opensASentenceCaseItem(text, end.contentStart) ||
                opensAYearsItem(text, end.contentStart) ||
                // "… job interviews What we can offer you Rate 36.00 PLN gross …": a whole heading phrase of three words or more
                // may head any item on a joined page.
                (entry !== undefined && k >= 3 && joinedPage() && opensAnItem(text, end.contentStart))))) ||
        // "… 9 am - 5 pm Minimum Qualifications -High School Diploma": a title-case label before a bullet of its list.
        (!single &&
          titleCase &&
          end.strength === 3 &&
          (text[end.contentStart] === '-' || text[end.contentStart] === BULLET || closedByPictograph(text, headingEnd, end.contentStart)));
    else
      ok =
        capitalised &&
        end.strength === 3 &&
        (text.slice(headingEnd, end.contentStart).includes(':') || closedByPictograph(text, headingEnd, end.contentStart));
    if (!ok) continue;
    // "… processes. Benefits Administration including …": the heading word opens a name with the word after it.
    if (single && end.strength === 1 && opensACompound(last.word, firstWord(text, end.contentStart))) continue;
    // "Software & Tools You'll Use:", "Technologies we use:": the tools of the job, named as it uses them, not asked.
    const used = kind === 'skills' ? USED_IN_THE_JOB.exec(text.slice(last.end, last.end + 40)) : null;
    if (used) {
      const usedEnd = last.end + used[0].length;
      return {
        kind: 'responsibilities',
        headingStart: at,
        headingEnd: usedEnd,
        contentStart: endStrength(text, usedEnd).contentStart,
        field,
      };
    }
    return { kind, headingStart: at, headingEnd, contentStart: end.contentStart, field };
  }
  return undefined;
}

/**
 * "… or equivalent Hardware skills (Desirable, not a must) Strong fundamentals of …": on a joined page, a short label whose
 * head noun names a section, closed by an aside that says how much its list is asked, before the capital of its first item.
 */
const RUN_ON_ASIDE_LABEL = /^(\p{Lu}[\p{L}-]*(?: [\p{L}&-]+){0,2}) ?\(([^()\n]{1,40})\) ?(?=\p{Lu})/u;
const ASIDE_WITHIN = 40;
function runOnAsideLabelAt(text: string, at: number): Found | undefined {
  let paren = -1;
  for (let k = at; k < text.length && k - at <= ASIDE_WITHIN; k++) {
    const c = text[k];
    if (c === '(') {
      paren = k;
      break;
    }
    if (c === '\n' || c === '.' || c === ':') return undefined;
  }
  if (paren === -1) return undefined;
  const m = RUN_ON_ASIDE_LABEL.exec(text.slice(at, paren + ASIDE_WITHIN + 4));
  if (!m || !asideIsOnlyALevel(m[2] as string)) return undefined;
  const words = (m[1] as string).toLowerCase().split(' ');
  const head = words[words.length - 1] as string;
  // The aside makes the label a heading whatever describes its head noun ("Hardware skills", "Software Skills"); a heading
  // phrase takes one too ("Nice to Have (But Not Required)").
  const kind = isHeadNoun(head) ? (kindFromLabelWords(words) ?? kindFromLabelWords([head])) : lookupPhrase(words, false)?.kind;
  if (!kind || kind === 'boilerplate' || !onAJoinedPage(text, at)) return undefined;
  return {
    kind: levelledByAside(kind, m[2] as string),
    headingStart: at,
    headingEnd: at + m[0].trimEnd().length,
    contentStart: at + m[0].length,
    field: false,
  };
}

/**
 * "… Other tasks as necessary Requirements Technical expertise …", "… as we iterate Basic qualifications Exceptional
 * command …": a heading run on with its page's lines, not after a word it belongs with ("meet the Requirements").
 */
const runsOnOnAJoinedPage = (text: string, at: number): boolean =>
  onAJoinedPage(text, at) && !FUNCTION_WORD_BEFORE.test(text.slice(Math.max(0, at - 16), at));

/** "… job sites. SKILLSET Motivate, develop …": a heading word in capitals, as no sentence writes one. */
const MIN_CAPITALS_HEADING = 4;
function inCapitals(text: string, word: HeadingWord): boolean {
  if (word.end - word.start < MIN_CAPITALS_HEADING) return false;
  for (let k = word.start; k < word.end; k++) if (!isUpper(text[k])) return false;
  return true;
}

/** "ESSENTIAL FUNCTIONS": a word in capitals after the heading's own goes on with it, a heading no vocabulary reads. */
const capitalsGoOn = (text: string, at: number): boolean => isUpper(text[at]) && isUpper(text[at + 1]);

/**
 * "… 10000 Zagreb Responsibilities: Preparation of samples …": section nouns that head a list before their colon whatever
 * capitalised word comes before; "User Experience:" or "Technical Skills:" stay an item's label.
 */
const STANDS_ALONE_BEFORE_ITS_COLON: ReadonlySet<string> = new Set([
  'responsibilities',
  'duties',
  'requirements',
  'qualifications',
  'tasks',
]);
/** Past where an item's own label could end ("- Marketing Duties: …"): the line's text went on before the heading. */
const farIntoItsLine = (text: string, at: number): boolean =>
  at > LABEL_MAX_CHARS && !text.slice(at - LABEL_MAX_CHARS - 1, at).includes('\n');

const PURPOSE_TAIL =
  /^ (?:to (?:succeed|be successful|thrive|excel|do (?:well|this job))|for (?:success|this (?:role|position|job)|the (?:role|position|job))|in (?:this|the) (?:role|position|job))\b/i;

/** A heading can open at a letter after a non-letter, or at a capital glued to a lower-case letter ("QualificationsMinimum"). */
function startsWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  // ASCII fast path: this runs for every character of every posting.
  if (code < 128 && prev < 128)
    return isAsciiLetterCode(code) && (!isAsciiLetterCode(prev) || (code <= 90 && (prev >= 97 || endsARunOfCapitals(text, i))));
  const c = text[i];
  return isLetter(c) && (i === 0 || !isLetter(text[i - 1]) || (isUpper(c) && (isLower(text[i - 1]) || endsARunOfCapitals(text, i))));
}

/** "DISPATCH & ADMINISTRATIVEDuties": a title-case word glued after a word in capitals starts at its capital. */
const endsARunOfCapitals = (text: string, i: number): boolean => isUpper(text[i - 1]) && isUpper(text[i - 2]) && isLower(text[i + 1]);

/**
 * Splits normalised text into sections. The text before the first heading is an `intro` section.
 */
export function detectSections(text: string, marked: ReadonlyMap<number, number> = NO_MARKS): Section[] {
  const found: Found[] = [];
  const traits = traitsOf(text);
  let i = 0;
  while (i < text.length) {
    // "---" on a line of its own after a list (a thematic break), or the end of a front-matter block, ends the section
    // open before it; under a line of text it underlines a heading ("Requirements\n---").
    if (
      i > 0 &&
      text[i - 1] === '\n' &&
      THEMATIC_BREAK.test(text.slice(i, i + 40)) &&
      (followsAListItem(text, i) || closesFrontMatter(text, i))
    ) {
      const end = text.indexOf('\n', i);
      const lineEnd = end === -1 ? text.length : end;
      found.push({ kind: 'intro', headingStart: i, headingEnd: i, contentStart: lineEnd, field: false, untitled: true });
      i = lineEnd + 1;
      continue;
    }
    if (startsWord(text, i)) {
      const level = marked.size === 0 ? undefined : marked.get(i);
      const read = headingAt(text, i, level !== undefined, traits);
      const heading = read
        ? { ...read, ...(level !== undefined ? { level } : {}) }
        : level !== undefined
          ? untitledHeading(text, i, level)
          : undefined;
      if (heading) {
        if (!heading.untitled || endsOpenSection(found, heading)) found.push(heading);
        i = Math.max(heading.contentStart, i + 1);
        continue;
      }
    }
    i++;
  }
  inheritAskingParents(found);
  const sections: Section[] = [];
  const firstStart = found[0]?.headingStart ?? text.length;
  if (firstStart > 0) sections.push({ kind: 'intro', heading: '', headingStart: 0, start: 0, end: firstStart });
  let continuing: SectionKind = 'intro';
  found.forEach((h, n) => {
    const end = found[n + 1]?.headingStart ?? text.length;
    const start = Math.min(h.contentStart, end);
    const valueEnd = h.field ? Math.min(endOfValueLine(text, start), end) : h.announcesList ? endOfAnnouncedList(text, start, end) : end;
    sections.push({ kind: h.kind, heading: text.slice(h.headingStart, h.headingEnd), headingStart: h.headingStart, start, end: valueEnd });
    if (h.announcesList && valueEnd < end) sections.push({ kind: 'intro', heading: '', headingStart: valueEnd, start: valueEnd, end });
    else if (!h.field) continuing = h.kind;
    else if (/\S/.test(text.slice(valueEnd, end))) {
      sections.push({ kind: continuing, heading: '', headingStart: valueEnd, start: valueEnd, end });
    }
  });
  return withBaseTierOfWishes(withLevelOfAnEmptyParent(text, sections));
}

const ASKING_KINDS: ReadonlySet<SectionKind> = new Set(['required', 'qualifications', 'skills', 'experience']);

/** Kinds that ask without saying how much: under a level's heading they take its level. */
const LEVEL_NEUTRAL_KINDS: ReadonlySet<SectionKind> = new Set(['qualifications', 'skills', 'experience', 'certifications']);

/**
 * "Preferred Qualifications:" with nothing under it but "Technical Skills: …" and "Soft Skills: …": the labels are its
 * subheadings (a scrape that glued the page's lines makes each a heading of its own), so they take its level.
 */
function withLevelOfAnEmptyParent(text: string, sections: Section[]): Section[] {
  let parent: 'required' | 'preferred' | undefined;
  return sections.map((s) => {
    if (s.kind === 'required' || s.kind === 'preferred') {
      parent = /\S/.test(text.slice(s.start, s.end)) ? undefined : s.kind;
      return s;
    }
    if (parent && LEVEL_NEUTRAL_KINDS.has(s.kind)) return { ...s, kind: parent };
    parent = undefined;
    return s;
  });
}

/**
 * "Desired Skills and Experience" and then "Additional Nice-to-Have Skills", with no requirements
 * heading: a posting that names a further tier of wishes makes its first one the requirements.
 */
function withBaseTierOfWishes(sections: Section[]): Section[] {
  if (sections.some((s) => ASKING_KINDS.has(s.kind))) return sections;
  const wishes = sections.filter((s) => s.kind === 'preferred' && s.heading !== '');
  const base = wishes[0];
  if (!base) return sections;
  const profile = IDEAL_PROFILE.test(base.heading);
  const firstOfTiers = (profile || DESIRED_TIER.test(base.heading)) && wishes.slice(1).some((s) => FURTHER_TIER.test(s.heading));
  // "The ideal person:" as the posting's only list of wishes: the profile it hires, so its requirements.
  if (!firstOfTiers && !(profile && wishes.length === 1)) return sections;
  return sections.map((s) => (s === base ? { ...s, kind: 'qualifications' } : s));
}
const DESIRED_TIER = /\bdesir(?:ed|able)\b/i;
const IDEAL_PROFILE = /\bideal\b/i;
const FURTHER_TIER = /\b(?:nice|bonus|plus|additional|extra)\b/i;

const NO_MARKS: ReadonlyMap<number, number> = new Map();

/** Kinds a Markdown sub-heading takes from the heading it sits under when that heading asks. */
const NEUTRAL_SUBHEADING_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['skills', 'experience', 'qualifications', 'intro']);
const ASKING_PARENT_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['required', 'preferred']);

/**
 * "## The Ideal Candidate" over "### Technical Aptitude", "# Required Qualifications" over "## Language Proficiency" and
 * "## Knowledge Assessment": a sub-heading that names no level of its own keeps the level of the heading it sits under.
 */
function inheritAskingParents(found: Found[]): void {
  const titledAbove: Found[] = [];
  for (const [n, h] of found.entries()) {
    // A label the source did not mark ("**Software & Tools You'll Use:**") sits inside the marked outline.
    if (h.level === undefined) continue;
    while (titledAbove.length > 0 && (titledAbove.at(-1)?.level ?? 0) >= h.level) titledAbove.pop();
    const parent = titledAbove.at(-1);
    if (parent && ASKING_PARENT_KINDS.has(parent.kind) && NEUTRAL_SUBHEADING_KINDS.has(h.kind)) found[n] = { ...h, kind: parent.kind };
    if (!h.untitled) titledAbove.push(found[n] as Found);
  }
}

/**
 * Whether an untitled marked heading ends the section open before it: a sibling or a parent of the
 * marked heading that opened it does ("## About Us" … "## The Role"), a subheading does not
 * ("## Requirements" … "### Technical"). A section an unmarked heading opened always ends there: the
 * source's own heading outranks a label ("Language skills" does not swallow "## Key advantages of this program").
 */
function endsOpenSection(found: readonly Found[], heading: Found): boolean {
  const open = found.at(-1);
  return open?.level === undefined || (heading.level ?? 0) <= open.level;
}

const LIST_ITEM_LINE = /^\s*(?:[-*\u2022\u25cf\u25aa\u2013\u00b7»]|\d{1,2}[.)]|[a-z][.)])\s/;
/** A paragraph of prose: a capitalised line of many words holding a full sentence ("Radio Angrezi is an experimental ground for …"). */
const PROSE_LINE = /^\s*\p{Lu}(?:\S*\s+){11,}\S*[.!?](?:\s|$)/u;

/** Where the list an announcing line heads ends: at the first paragraph of prose after its items ("Nice to have:" … "- GitHub account" … "Acme is …"). */
function endOfAnnouncedList(text: string, start: number, end: number): number {
  let items = 0;
  let at = start;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = text.slice(at, lineEnd);
    if (LIST_ITEM_LINE.test(line)) items++;
    else if (items > 0 && PROSE_LINE.test(line)) return at;
    at = lineEnd + 1;
  }
  return end;
}

/** The end of a field's value: the line it starts on, or the next line with text when the heading stands alone. */
function endOfValueLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  const newline = text.indexOf('\n', i);
  return newline === -1 ? text.length : newline;
}

const LABEL_MAX_CHARS = 60;
/** Punctuation a label reads through besides letters; one Set lookup instead of a Unicode regex per character. */
const LABEL_PUNCTUATION: ReadonlySet<string> = new Set(['&', ',', '/', "'", '(', ')', '_', ' ', '-']);
const isLabelChar = (c: string): boolean => isLetter(c) || LABEL_PUNCTUATION.has(c);

/**
 * The runs of letters and apostrophes in a label, as `label.split(/[^\p{L}']+/u).filter(Boolean)` reads them,
 * without a Unicode regex. A label holds no surrogate pairs (`isLabelChar` stops before them), so each unit is a character.
 */
function labelWords(label: string): string[] {
  const words: string[] = [];
  let wordStart = -1;
  for (let k = 0; k <= label.length; k++) {
    const c = label[k];
    const inWord = c !== undefined && (c === "'" || isLetter(c));
    if (inWord && wordStart === -1) wordStart = k;
    else if (!inWord && wordStart !== -1) {
      words.push(label.slice(wordStart, k));
      wordStart = -1;
    }
  }
  return words;
}
const LABEL_MAX_WORDS = 6;
const DOMAIN_SUFFIX = /^\.(?:io|com|ai|co|org|net|dev|app|xyz|tech|inc)\b/i;
/** How many words a label may have before an aside that gives its level ("Hardware skills (Desirable)"). */
const ASIDE_LABEL_MAX_WORDS = 3;
/** Kinds an inline title-case label opens: what the candidate brings or does. */
const INLINE_LABEL_KINDS: ReadonlySet<SectionKind> = new Set(['qualifications', 'required', 'preferred', 'skills', 'responsibilities']);

/**
 * A heading outside the vocabulary, read from its words ("ESSENTIAL FUNCTIONS:", "OTHER
 * QUALIFICATIONS:", "Knowledge, Skills and Abilities"): at a line start, a short label that ends in
 * a colon or is the whole line, written as a heading (capitals or title case), whose head noun says
 * its kind. Applicant-tracking systems print their own vocabularies; the head noun is what they share.
 */
function labelHeadingAt(text: string, at: number, marked: boolean): Found | undefined {
  let end = at;
  // A parenthesis inside a label is read through: "Data Engineer (Junior) Requirements".
  while (end < text.length && end - at <= LABEL_MAX_CHARS && isLabelChar(text[end] as string)) end++;
  let labelEnd = end;
  while (labelEnd > at && /[ ,/&(-]/.test(text[labelEnd - 1] as string)) labelEnd--;
  const label = text.slice(at, labelEnd);
  const words = labelWords(label);
  if (words.length === 0) return undefined;
  const after = endStrength(text, end);
  // "The Ideal Person:" opens with an article only as a whole line before its colon; "The team will…" is a sentence.
  const opener = (words[0] as string).toLowerCase();
  if (LABEL_CONNECTORS.has(opener) && !(opener === 'the' && colonEndsLine(text, labelEnd, after))) return undefined;
  const beforeContent = text.slice(end, after.contentStart);
  const colon = text[after.contentStart - 1] === ':' || beforeContent.includes(':') || beforeContent.trim() === ';';
  // "**Skills you may have**  **😊**": pictographs and emphasis marks after a heading end its line as well.
  const pastLabel = pastDecoration(text, after.contentStart);
  const lineEnds = pastLabel >= text.length || text[pastLabel] === '\n';
  // "**This job is for you if you have**", "You'll be a great fit if you have:": who fits, a line of its own without a full stop.
  const fit = lineEnds ? kindFromFitLabel(words.map((w) => w.toLowerCase())) : undefined;
  if (fit) return { kind: fit, headingStart: at, headingEnd: labelEnd, contentStart: after.contentStart, field: false };
  // "What experience are we looking for?": a question on a line of its own asks for what its words name.
  const question = lineEnds && text[endOfSpaces(text, end)] === '?' ? kindFromQuestionLabel(words.map((w) => w.toLowerCase())) : undefined;
  if (question) return { kind: question, headingStart: at, headingEnd: labelEnd, contentStart: after.contentStart, field: false };
  const markedLine = marked && lineEnds;
  // "Responsibilities include:" is read as "Responsibilities:".
  const wordsBeforeTail = withoutInclusionTail(words, colon && lineEnds);
  if (wordsBeforeTail.length > LABEL_MAX_WORDS)
    return headFirstLabelAt(text, at, labelEnd, after, words, markedLine) ?? runOnLabelAt(text, at);
  const capitals = label === label.toUpperCase() && /\p{Lu}/u.test(label);
  // "Preferred Skills (Nice to Have)", "Qualifications (Required)": a closing aside says the level, not the kind.
  const aside = /\(([^()]*)\)$/.exec(label);
  // "Hardware skills (Desirable, not a must)", "Assets (preferred)": the aside keeps its own case.
  const casedWords = aside ? labelWords(label.slice(0, aside.index)) : wordsBeforeTail;
  const titleCase = casedWords.every((w) => isUpper(w[0]) || LABEL_CONNECTORS.has(w));
  const sentenceCased =
    casedWords.length >= 2 && isUpper((casedWords[0] as string)[0]) && casedWords.slice(1).every((w) => w === w.toLowerCase());
  // "Person specification", "Essential criteria", "Technical competencies": sentence case alone on its line (UK and EU postings).
  const sentenceCase = !colon && lineEnds && sentenceCased;
  // A label with text after it on the same line is a form field only in capitals ("EXPERIENCE: Three years…").
  // Title case alone on its line is a heading too ("Desired Skills & Experience"), when it has more than one word.
  // "Other Qualifications: Excellent analytical skills…": a title-case label of two or more section words opens its line's text.
  const inlineLabel = !capitals && !marked && colon && !lineEnds && wordsBeforeTail.length >= 2 && (titleCase || sentenceCased);
  const ok =
    (marked && lineEnds) ||
    inlineLabel ||
    (capitals
      ? colon || lineEnds
      : // "Essential duties and responsibilities:": sentence case before a colon alone on its line, as long as its words name a section.
        lineEnds &&
        (colon ? titleCase || sentenceCased || wordsBeforeTail.length <= 3 : (titleCase || sentenceCase) && wordsBeforeTail.length >= 2)) ||
    // "Knowledge/Skills/Abilities: Knowledge of …": a form's field whose label is only section nouns.
    (colon && titleCase && /[/,]/.test(label) && isSectionNounList(words.map((w) => w.toLowerCase())));
  if (!ok) return headFirstLabelAt(text, at, labelEnd, after, words, markedLine) ?? runOnLabelAt(text, at);
  const lower = casedWords.map((w) => w.toLowerCase());
  const named =
    lower.length > 0
      ? (kindOfPhraseAfterModifiers(aside ? [] : withoutInclusionTail(headingWords(label), colon && lineEnds)) ??
        kindFromLabelWords(lower) ??
        // "Hardware skills (Desirable, not a must)": an aside that gives the level marks the line as a heading, as "##" would.
        ((marked || (aside && asideStatesLevel(aside[1] as string) && lower.length <= ASIDE_LABEL_MAX_WORDS)) && lineEnds
          ? kindFromMarkedHeading(lower)
          : undefined))
      : undefined;
  const kind = named && aside ? levelledByAside(named, aside[1] as string) : named;
  // A sentence-case line that would make boilerplate is more often a perk in a list ("Competitive salary") than its heading.
  if (!kind || (sentenceCase && !titleCase && !marked && kind === 'boilerplate'))
    return headFirstLabelAt(text, at, labelEnd, after, words, markedLine);
  // An inline label of another kind is as often a perk's or a field's name ("Professional Education: training courses…").
  if (inlineLabel && !INLINE_LABEL_KINDS.has(kind) && !isSectionNounList(lower)) return headFirstLabelAt(text, at, labelEnd, after, words);
  return { kind, headingStart: at, headingEnd: labelEnd, contentStart: after.contentStart, field: false };
}

/** "Responsibilities include:", "Specific duties may include:": a label that says its list follows, alone on its line before a colon. Longest first. */
const INCLUSION_TAILS = [
  ['include', 'but', 'are', 'not', 'limited', 'to', 'the', 'following'],
  ['include', 'but', 'are', 'not', 'limited', 'to'],
  ['includes', 'but', 'is', 'not', 'limited', 'to'],
  ['include', 'but', 'not', 'limited', 'to'],
  ['includes', 'but', 'not', 'limited', 'to'],
  ['are', 'as', 'follows'],
  ['may', 'include'],
  ['will', 'include'],
  ['include'],
  ['includes'],
];

/** "Duties of the Nurse:", "Key advantages of this program:": whose section it is, after the section's own words. */
const OWNER_DETERMINERS = new Set(['the', 'this', 'that', 'our', 'your', 'a', 'an']);
const OWNER_TAIL_MAX_WORDS = 4;

function withoutInclusionTail(words: string[], closesItsLine: boolean): string[] {
  if (!closesItsLine) return words;
  const tail = INCLUSION_TAILS.find(
    (t) => t.length < words.length && t.every((w, k) => words[words.length - t.length + k]?.toLowerCase() === w),
  );
  if (tail) return words.slice(0, words.length - tail.length);
  const of = words.findIndex((w, k) => k > 0 && w.toLowerCase() === 'of' && OWNER_DETERMINERS.has(words[k + 1]?.toLowerCase() ?? ''));
  return of > 0 && words.length - of <= OWNER_TAIL_MAX_WORDS ? words.slice(0, of) : words;
}

/** "Overall Responsibilities & Skills": a known heading after words that only describe a section reads as that heading. */
function kindOfPhraseAfterModifiers(words: readonly string[]): HeadingEntry['kind'] | undefined {
  let first = 0;
  while (first < words.length - 1 && DESCRIBING_MODIFIERS.has(words[first] as string)) first++;
  return first > 0 ? lookupPhrase(words.slice(first), false)?.kind : undefined;
}

/** A line opening with a two- or three-word label run into its first capitalised sentence: "Skills needed Practical hands-on experience with Python". */
const RUN_ON_LABEL = /^(\p{Lu}\p{Ll}+ \p{Ll}+(?: \p{Ll}+)?) (?=\p{Lu})/u;

function runOnLabelAt(text: string, at: number): Found | undefined {
  const m = RUN_ON_LABEL.exec(text.slice(at, at + LABEL_MAX_CHARS));
  if (!m) return undefined;
  const label = m[1] as string;
  const words = label.toLowerCase().split(' ');
  // The longest reading first: "Skills we need Strong…" before "Skills we".
  for (let k = words.length; k >= 2; k--) {
    const kind = kindFromLabelWords(words.slice(0, k));
    if (!kind || (k < words.length && !isUpper(text[at + words.slice(0, k).join(' ').length + 1]))) continue;
    const headingEnd = at + words.slice(0, k).join(' ').length;
    return { kind, headingStart: at, headingEnd, contentStart: headingEnd + 1, field: false };
  }
  return undefined;
}

/**
 * "… construction techniques. Requirements and abilities for the position Architecture degree. …": a label that opens
 * with its head noun and describes it, run on after a sentence into its first item, on a page whose lines were joined
 * by spaces. It ends before the first capitalised word, which must open an item; a predicate makes it a sentence
 * ("Requirements for the role include Python").
 */
const RUN_ON_HEAD_FIRST_LABEL =
  /^(\p{Lu}\p{Ll}+(?: (?:and|&) \p{Ll}+)* (?:that|which|you|you'll|we|needed|required|for|to)(?: [\p{Ll}'-]+){0,6}?)( ?)(?=\p{Lu})/u;
const SENTENCE_VERBS: ReadonlySet<string> = new Set(['include', 'includes', 'are', 'is', 'were', 'was', 'vary', 'listed', 'below']);

/**
 * "…curiosity to learn about newThe ideal person:\nMinimum 6 years": a label glued to the word before it and closing its
 * line with a colon reads as it would at a line start.
 */
function gluedLabelBeforeColonAt(text: string, at: number, marked: boolean): Found | undefined {
  if (!isLower(text[at - 1])) return undefined;
  const colonAfter = text.slice(at, at + LABEL_MAX_CHARS + 1).indexOf(':');
  const colon = at + colonAfter;
  if (colonAfter === -1 || !/^:[ \t]*(?:\n|$)/.test(text.slice(colon, colon + 8))) return undefined;
  return labelHeadingAt(text, at, marked);
}

function runOnHeadFirstLabelAt(text: string, at: number): Found | undefined {
  const m = RUN_ON_HEAD_FIRST_LABEL.exec(text.slice(at, at + LABEL_MAX_CHARS));
  if (!m) return undefined;
  const words = (m[1] as string).toLowerCase().split(' ');
  if (words.some((w) => SENTENCE_VERBS.has(w))) return undefined;
  const headingEnd = at + (m[1] as string).length;
  // "…construction.Requirements and abilities for the positionArchitecture degree.": glued to its first item.
  const contentStart = headingEnd + (m[2] as string).length;
  if (!opensASentenceCaseItem(text, contentStart)) return undefined;
  const kind = kindFromHeadFirstLabel(words);
  return kind && { kind, headingStart: at, headingEnd, contentStart, field: false };
}

const HEAD_FIRST_MAX_WORDS = 10;

/** The label is followed by its colon and nothing else on its line. */
const colonEndsLine = (text: string, labelEnd: number, after: { contentStart: number }): boolean =>
  /^\s*:\s*$/.test(text.slice(labelEnd, after.contentStart)) && (after.contentStart >= text.length || text[after.contentStart] === '\n');

/** A longer label that opens with its head noun, alone on its line before a colon ("Skills that will make you successful in this role:"). */
function headFirstLabelAt(
  text: string,
  at: number,
  labelEnd: number,
  after: { contentStart: number },
  words: readonly string[],
  markedLine = false,
): Found | undefined {
  if (words.length > HEAD_FIRST_MAX_WORDS || !isUpper((words[0] as string)[0])) return undefined;
  // "## Skills you will need": a line the source marked as a heading needs no colon, nor does a line right above a
  // list ("Requirements and abilities for the position" over "• Architecture degree.").
  // A line that a scrape's glue split off ("…construction.Requirements and abilities for the positionArchitecture degree.")
  // has neither: the sentence-case item on the next line says it heads a list.
  if (!markedLine && !colonEndsLine(text, labelEnd, after) && !listFollowsLine(text, labelEnd) && !itemFollowsLine(text, labelEnd))
    return undefined;
  const kind = kindFromHeadFirstLabel(words.map((w) => w.toLowerCase()));
  return kind && { kind, headingStart: at, headingEnd: labelEnd, contentStart: after.contentStart, field: false };
}

/** Where the next line starts when the label's line ends right after it (trailing blanks aside); -1 otherwise. */
function nextLineAfter(text: string, labelEnd: number): number {
  const at = pastDecoration(text, labelEnd);
  return text[at] === '\n' ? at + 1 : -1;
}

/** Past the blanks, emphasis marks and pictographs from `from`, up to a line break: scans only those, so a long line costs nothing. */
function pastDecoration(text: string, from: number): number {
  let at = from;
  while (at < text.length && text[at] !== '\n' && isDecoration(text, at)) at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  return at;
}
const isDecoration = (text: string, at: number): boolean => DECORATION_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? 32));
const DECORATION_CHAR = /^[\s*_~\p{Extended_Pictographic}\u{FE0F}\u{200D}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const closedByPictograph = (text: string, from: number, to: number): boolean => /\p{Extended_Pictographic}/u.test(text.slice(from, to));

function itemFollowsLine(text: string, labelEnd: number): boolean {
  const next = nextLineAfter(text, labelEnd);
  return next !== -1 && opensASentenceCaseItem(text, next);
}

function listFollowsLine(text: string, labelEnd: number): boolean {
  const next = nextLineAfter(text, labelEnd);
  return next !== -1 && LIST_ITEM_LINE.test(text.slice(next, next + 7));
}
