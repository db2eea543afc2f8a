import { editDistance } from './nlp.js';

/** From this length a word is indexed by its halves rather than by all its one-letter deletions. */
const LONG_WORD = 12;

type Bucket = string | string[];

/**
 * Finds words within one edit of a query in time proportional to the query's length, not to the
 * vocabulary's size; candidates are confirmed with a real edit distance.
 * - A short word is indexed under each of its one-letter deletions (the symmetric-delete idea).
 * - A long word (whole skill names such as "environmental social and governance") would need as many
 *   entries as it has letters, which made compiling a large catalogue slow; it is indexed under its first
 *   half and its second half instead (one edit leaves one half intact), plus the first half with a swap
 *   across the middle, the one edit that touches both halves.
 */
export class FuzzyIndex<T> {
  /** Key -> the word, or the words, under it; a bare string for the common single word keeps compile-time garbage low. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly values = new Map<string, T[]>();

  constructor(private readonly minLength = 5) {}

  add(word: string, value: T): void {
    if (word.length < this.minLength) return;
    if (this.memo.size > 0) this.memo.clear();
    const list = this.values.get(word);
    if (list) {
      list.push(value);
      return;
    }
    this.values.set(word, [value]);
    if (word.length >= LONG_WORD) {
      const half = word.length >> 1;
      this.index(prefixKey(word.length, word.slice(0, half)), word);
      this.index(suffixKey(word.length, word.slice(half)), word);
      this.index(prefixKey(word.length, word.slice(0, half - 1) + word.charAt(half)), word);
      return;
    }
    this.index(word, word);
    for (let i = 0; i < word.length; i++) this.index(word.slice(0, i) + word.slice(i + 1), word);
  }

  private index(key: string, word: string): void {
    const known = this.buckets.get(key);
    if (known === undefined) this.buckets.set(key, word);
    else if (typeof known === 'string') {
      if (known !== word) this.buckets.set(key, [known, word]);
    } else if (!known.includes(word)) known.push(word);
  }

  /** Vocabulary words one edit (insertion, deletion, substitution or swap) away, nearest first. */
  private readonly memo = new Map<string, { word: string; values: T[]; distance: number }[]>();

  lookup(query: string): { word: string; values: T[]; distance: number }[] {
    if (query.length < this.minLength) return [];
    const known = this.memo.get(query);
    if (known) return known;
    const found = this.search(query);
    if (this.memo.size >= 50_000) this.memo.clear();
    this.memo.set(query, found);
    return found;
  }

  private search(query: string): { word: string; values: T[]; distance: number }[] {
    const exact = this.values.get(query);
    if (exact) return [{ word: query, values: exact, distance: 0 }];
    const seen = new Set<string>();
    const found: { word: string; values: T[]; distance: number }[] = [];
    const consider = (key: string): void => {
      const words = this.buckets.get(key);
      if (words === undefined) return;
      for (const word of typeof words === 'string' ? [words] : words) {
        if (seen.has(word)) continue;
        seen.add(word);
        const distance = editDistance(query, word);
        if (distance <= 1) found.push({ word, values: this.values.get(word) ?? [], distance });
      }
    };
    const n = query.length;
    if (n <= LONG_WORD) {
      consider(query);
      for (let i = 0; i < n; i++) consider(query.slice(0, i) + query.slice(i + 1));
    }
    for (let length = Math.max(LONG_WORD, n - 1); length <= n + 1; length++) {
      const half = length >> 1;
      if (n >= half) consider(prefixKey(length, query.slice(0, half)));
      if (n >= length - half) consider(suffixKey(length, query.slice(n - (length - half))));
    }
    return found.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
  }
}

// Keys of long words start with a control character, so they never equal a short word or its deletions.
const prefixKey = (length: number, head: string): string => `\u0001${length}<${head}`;
const suffixKey = (length: number, tail: string): string => `\u0001${length}>${tail}`;
