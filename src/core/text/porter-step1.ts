/**
 * Step 1 of Porter's stemmer (plurals, -ed/-ing, final y), exactly as the `natural` package implements
 * it (natural's porter_stemmer.js, MIT licence, © 2011 Chris Umbel), including its reading of "y" as a
 * vowel after a consonant. Kept here so that the project no longer installs natural, whose other parts
 * bring database clients and WordNet; test/core/porter-step1.test.ts pins the stems natural gave.
 * Only lower-case a–z words reach it (tokenize.ts).
 */

/** The word as runs of consonants (C) and vowels (V); y after a consonant is a vowel. */
const groups = (word: string): string =>
  word
    .replace(/[^aeiouy]+y/g, 'CV')
    .replace(/[aeiou]+/g, 'V')
    .replace(/[^V]+/g, 'C');

/** The same, letter by letter. */
const letters = (word: string): string =>
  word
    .replace(/[^aeiouy]y/g, 'CV')
    .replace(/[aeiou]/g, 'V')
    .replace(/[^V]/g, 'C');

/** Porter's m: how many vowel-consonant sequences the word has. */
function measure(word: string): number {
  if (!word) return -1;
  return groups(word).replace(/^C/, '').replace(/V$/, '').length / 2;
}

/** Plurals: -sses → -ss, -ies → -i, a final s dropped (not after s). */
function step1a(word: string): string {
  if (/(ss|i)es$/.test(word)) return word.replace(/(ss|i)es$/, '$1');
  if (word.endsWith('s') && word.at(-2) !== 's' && word.length > 2) return word.replace(/s?$/, '');
  return word;
}

const RESTORED_ENDINGS: readonly [string, string][] = [
  ['at', 'ate'],
  ['bl', 'ble'],
  ['iz', 'ize'],
];

/** What is left of a word once -ed or -ing is dropped: conflat(ed) → conflate, hopp(ing) → hop, fil(ing) → file. */
function afterEdOrIng(rest: string): string | null {
  if (!groups(rest).includes('V')) return null;
  let restored = rest;
  for (const [ending, replacement] of RESTORED_ENDINGS) {
    if (restored.endsWith(ending)) restored = restored.slice(0, -ending.length) + replacement;
  }
  if (restored !== rest) return restored;
  if (/([^aeiou])\1$/.test(rest) && /[^lsz]$/.test(rest)) return rest.replace(/([^aeiou])\1$/, '$1');
  if (measure(rest) === 1 && letters(rest).endsWith('CVC') && /[^wxy]$/.test(rest)) return `${rest}e`;
  return rest;
}

/** -eed → -ee when something is before it; -ed and -ing dropped when a vowel is left. */
function step1b(word: string): string {
  if (word.endsWith('eed')) {
    return measure(word.slice(0, -3)) > 0 ? word.replace(/eed$/, 'ee') : word;
  }
  if (/(ed|ing)$/.test(word)) {
    const rest = word.replace(/(ed|ing)$/, '');
    // natural treats an empty remainder as no match.
    const result = rest ? afterEdOrIng(rest) : null;
    if (result) return result;
  }
  return word;
}

/** A final y becomes i when a vowel comes before it. */
function step1c(word: string): string {
  const g = groups(word);
  return word.endsWith('y') && g.slice(0, -1).includes('V') ? word.replace(/y$/, 'i') : word;
}

export function porterStep1(word: string): string {
  return step1c(step1b(step1a(word)));
}
