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
  kind: TokenKind;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

/** Stems plain alphabetic words of four letters or more; everything else keys as itself. */
export function keyOf(lower: string): string {
  if (lower === '&') return 'and';
  if (lower.length < 4 || !/^[a-z]+$/.test(lower)) return lower;
  const cached = stemCache.get(lower);
  if (cached !== undefined) return cached;
  const stemmed = stem(lower);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(lower, stemmed);
  return stemmed;
}

const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
};
const isCombining = (c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) >= 0x300 && /\p{M}/u.test(c);

/**
 * Splits normalised text into words, punctuation and line breaks. Linear in the text.
 * "C++", "C#", ".NET" and "you'll" are single words; "Node.js" is node . js.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i] as string;
    if (c === ' ') {
      i++;
      continue;
    }
    if (c === '\n') {
      tokens.push(makeToken(text, i, i + 1, 'break'));
      i++;
      continue;
    }
    const startsDotWord = c === '.' && !isWordChar(text[i - 1]) && /[A-Za-z]/.test(text[i + 1] ?? '');
    if (isWordChar(c) || startsDotWord) {
      let j = i + 1;
      while (j < to) {
        const d = text[j];
        if (isWordChar(d) || isCombining(d)) j++;
        else if (d === "'" && isWordChar(text[j + 1]) && /[\p{L}]/u.test(text[j - 1] ?? '')) j += 1;
        else break;
      }
      // Trailing + and # belong to names like C++, C#, F#, Notepad++.
      while (j < to && (text[j] === '+' || text[j] === '#') && j - i <= 10 && !isWordChar(text[j + 1])) j++;
      tokens.push(makeToken(text, i, j, 'word'));
      i = j;
      continue;
    }
    tokens.push(makeToken(text, i, i + 1, 'punct'));
    i++;
  }
  return tokens;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  // Acronyms are names, not inflected words: "SSRS" is not the plural of "SSR".
  const acronym = raw.length >= 2 && raw === raw.toUpperCase() && /^\p{Lu}+$/u.test(raw);
  const key = kind === 'word' ? (acronym ? lower : keyOf(lower)) : lower === '&' ? 'and' : lower;
  return { start, end, text: raw, lower, key, kind };
}

/** The words of a name or alias, as the index keys them (hyphens dropped, "&" read as "and"). */
export function nameTokens(name: string): Token[] {
  return tokenize(name).filter((t) => t.kind !== 'break' && t.text !== '-');
}
