import { editDistance } from './nlp.js';

/**
 * Finds words within one edit of a query in time proportional to the query's length, not to the
 * vocabulary's size: every vocabulary word is indexed under each of its one-letter deletions
 * (the symmetric-delete idea), and candidates are confirmed with a real edit distance.
 */
export class FuzzyIndex<T> {
  private readonly byVariant = new Map<string, Set<string>>();
  private readonly values = new Map<string, T[]>();

  constructor(private readonly minLength = 5) {}

  add(word: string, value: T): void {
    if (word.length < this.minLength) return;
    this.memo.clear();
    const list = this.values.get(word);
    if (list) {
      list.push(value);
      return;
    }
    this.values.set(word, [value]);
    for (const variant of variants(word)) {
      let set = this.byVariant.get(variant);
      if (!set) this.byVariant.set(variant, (set = new Set()));
      set.add(word);
    }
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
    for (const variant of variants(query)) {
      for (const word of this.byVariant.get(variant) ?? []) {
        if (seen.has(word)) continue;
        seen.add(word);
        const distance = editDistance(query, word);
        if (distance <= 1) found.push({ word, values: this.values.get(word) ?? [], distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
  }
}

function* variants(word: string): Generator<string> {
  yield word;
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}
