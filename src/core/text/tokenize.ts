import { stem } from './nlp.js';

/**
 * Tokens over normalised text. Words keep their case in `text`; `lower` is for comparisons and
 * `key` is what the skill index is keyed by (a Porter stem for ordinary words, so "surveys" and
 * "designing" meet "survey" and "design"; technical-looking tokens are never stemmed).
 */
export type TokenKind = 'word' | 'punct' | 'break';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  key: string;
  /** For an all-caps word, its stem, tried when the trie has nothing under `key`. */
  stemKey?: string;
  kind: TokenKind;
}

function isPlainWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
/** Words whose stem would make a person out of a discipline: a "software engineer" is a job title, "software engineering" a skill. */
const UNSTEMMED = new Set(['engineering']);

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;
/** Porter's step 1c backtracks quadratically on long consonant runs; no real word is this long. */
const LONGEST_STEMMED_WORD = 40;

/** Greek plurals Porter leaves apart from their singular: "analyses" → "analysis", "hypotheses" → "hypothesis". */
const GREEK_PLURAL = /(?:ys|thes)es$/;

/** Stems plain alphabetic words of four letters or more; everything else keys as itself. */
export function keyOf(lower: string): string {
  if (lower === '&') return 'and';
  if (lower.length < 4 || lower.length > LONGEST_STEMMED_WORD || !isPlainWord(lower) || UNSTEMMED.has(lower)) return lower;
  const cached = stemCache.get(lower);
  if (cached !== undefined) return cached;
  const stemmed = stem(GREEK_PLURAL.test(lower) ? `${lower.slice(0, -2)}is` : lower);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(lower, stemmed);
  return stemmed;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;
const LETTER = /\p{L}/u;
const UPPER_ONLY = /^\p{Lu}+$/u;

function isWordCode(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code === code && NON_ASCII_WORD.test(text[at] as string); // NaN past the end
}
const isCombiningAt = (text: string, at: number): boolean => text.charCodeAt(at) >= 0x300 && COMBINING.test(text[at] as string);
const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** "NDA's", "the company's": the "'s" is not part of the name before it ("you'll", "don't" stay one word). */
const isPossessive = (text: string, apostrophe: number): boolean =>
  (text.charCodeAt(apostrophe + 1) | 32) === 115 && !isWordCode(text, apostrophe + 2) && !isCombiningAt(text, apostrophe + 2);
const PLUS = 43;
const HASH = 35;
const APOSTROPHE = 39;
const AT = 64;
const MAILBOX_PUNCTUATION: ReadonlySet<string> = new Set(['.', '-', '_', '+']);

/** A line break inside a sentence (hard-wrapped text): no punctuation before it, a lower-case word after it. */
export function isSoftWrap(text: string, i: number): boolean {
  return /[\p{L},]/u.test(text[i - 1] ?? '') && /\p{Ll}/u.test(text[i + 1] ?? '');
}

/** What a web address opens with: its words ("https://python.org/jobs") name no skill. */
const WEB_ADDRESS_START = /^(?:https?:(?:\/\/|\\\/\\\/)|www\.)/i;
/** What ends a web address in prose or markup. */
const WEB_ADDRESS_STOP = /[\s"'<>()[\]{}]/;
/** Where a web address starting at `i` ends, or -1 when none starts there. Linear: each address is read once. */
function webAddressEnd(text: string, i: number, to: number): number {
  // Every word passes here: two character codes rule out all but "ht…" and "ww…" before any slice.
  const first = text.charCodeAt(i) | 32;
  const second = text.charCodeAt(i + 1) | 32;
  if (!((first === 104 && second === 116) || (first === 119 && second === 119))) return -1;
  if (isWordCode(text, i - 1) || !WEB_ADDRESS_START.test(text.slice(i, i + 12))) return -1;
  return webAddressTail(text, i, to);
}

/** Where an address read from `i` ends: at a space or markup, before a sentence's closing punctuation. */
function webAddressTail(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && !WEB_ADDRESS_STOP.test(text[j] as string)) j++;
  // A sentence may end right after the address: "Apply at www.acme.com."
  while (j > i && /[.,;:!?]/.test(text[j - 1] as string)) j--;
  return j;
}

/**
 * Splits normalised text into words, punctuation and line breaks; a hard wrap inside a sentence
 * ("observational\nresearch") is a space, so names read across it. Linear in the text.
 * "C++", "C#", ".NET" and "you'll" are single words; "Node.js" is node . js.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    if (code === 10) {
      if (!isSoftWrap(text, i)) tokens.push(makeToken(text, i, i + 1, 'break'));
      i++;
      continue;
    }
    const urlEnd = webAddressEnd(text, i, to);
    if (urlEnd !== -1) {
      tokens.push(makeToken(text, i, urlEnd, 'punct'));
      i = urlEnd;
      continue;
    }
    const spacedDotNet = code === 46 ? spacedDotNetEnd(text, i, to) : -1;
    if (spacedDotNet !== -1) {
      tokens.push(token(i, spacedDotNet, text.slice(i, spacedDotNet), '.net', '.net', undefined, 'word'));
      i = spacedDotNet;
      continue;
    }
    const startsDotWord = code === 46 && !isWordCode(text, i - 1) && isAsciiLetterCode(text.charCodeAt(i + 1));
    if (startsDotWord || isWordCode(text, i)) {
      let j = i + 1;
      while (j < to) {
        if (isWordCode(text, j) || isCombiningAt(text, j)) j++;
        else if (text.charCodeAt(j) === APOSTROPHE && isWordCode(text, j + 1) && LETTER.test(text[j - 1] ?? '') && !isPossessive(text, j))
          j += 1;
        else break;
      }
      // Trailing + and # belong to names like C++, C#, F#, Notepad++.
      while (j < to && (text.charCodeAt(j) === PLUS || text.charCodeAt(j) === HASH) && j - i <= 10 && !isWordCode(text, j + 1)) j++;
      // "HR@bios.edu": an e-mail address names a mailbox, not the words in it.
      if (text.charCodeAt(j) === AT && isWordCode(text, j + 1)) {
        const addressEnd = webAddressTail(text, j, to);
        // "python.jobs@…": the mailbox's name runs back through the dots glued to it.
        let addressStart = i;
        for (
          let last = tokens.at(-1);
          last && last.end === addressStart && (last.kind === 'word' || MAILBOX_PUNCTUATION.has(last.text));
          last = tokens.at(-1)
        ) {
          addressStart = last.start;
          tokens.pop();
        }
        tokens.push(makeToken(text, addressStart, addressEnd, 'punct'));
        i = addressEnd;
        continue;
      }
      tokens.push(makeToken(text, i, j, 'word'));
      i = j;
      continue;
    }
    tokens.push(makeToken(text, i, i + 1, 'punct'));
    i++;
  }
  return tokens;
}

/**
 * ". NET", "( . Net Core": a tokenised corpus writes ".NET" with a space after its dot. Only where the dot
 * stands apart from the word before it, so "framework. Net income" stays a sentence end.
 */
function spacedDotNetEnd(text: string, dot: number, to: number): number {
  const before = text.charCodeAt(dot - 1);
  if (dot > 0 && before !== 32 && before !== 10 && before !== 40 && before !== 47) return -1;
  if (text.charCodeAt(dot + 1) !== 32 || (text.charCodeAt(dot + 2) | 32) !== 110) return -1;
  if (text.slice(dot + 2, dot + 5).toLowerCase() !== 'net' || dot + 5 > to || isWordCode(text, dot + 5)) return -1;
  return dot + 5;
}

/** Every token has the same fields (stemKey undefined when there is none), so the engine keeps one shape for all of them. */
function token(start: number, end: number, text: string, lower: string, key: string, stemKey: string | undefined, kind: TokenKind): Token {
  return { start, end, text, lower, key, stemKey, kind };
}

/** Letters only, all upper case: "SSRS", "NASA". ASCII is read by code; other scripts by the Unicode property. */
function isAllCapitals(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const code = raw.charCodeAt(k);
    if (code >= 65 && code <= 90) continue;
    if (code < 128) return false;
    return UPPER_ONLY.test(raw);
  }
  return true;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  if (kind !== 'word') return token(start, end, raw, lower, lower === '&' ? 'and' : lower, undefined, kind);
  // Acronyms are names, not inflected words: "SSRS" is not the plural of "SSR".
  if (raw.length < 2 || raw === lower || !isAllCapitals(raw)) return token(start, end, raw, lower, keyOf(lower), undefined, kind);
  // An all-caps line ("SENIOR SOFTWARE DEVELOPER") still has ordinary words: the stem is the fallback key.
  const stemmed = keyOf(lower);
  return token(start, end, raw, lower, lower, stemmed === lower ? undefined : stemmed, kind);
}

/** The words of a name or alias, as the index keys them (hyphens dropped, "&" read as "and"). */
export function nameTokens(name: string): Token[] {
  return tokenize(name).filter((t) => t.kind !== 'break' && t.text !== '-');
}
