/**
 * The two pieces of language processing the project uses: Porter's inflectional steps (so "designing
 * surveys" reaches "survey design") and Damerau–Levenshtein distance (typo-tolerant names and headings).
 */
import { porterStep1 } from './porter-step1.js';

/**
 * Porter's step 1 only (plurals, -ed, -ing, final y) plus a dropped final e: inflections meet
 * ("designing"/"design", "surveys"/"survey", "managing"/"manage") while the derivational steps that
 * conflate "experience" with "experiment" or "product" with "production" are left out.
 */
export function stem(word: string): string {
  const s = porterStep1(word);
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and a swap of two neighbouring
 * letters cost one edit each (no substring is edited twice). Three rolling rows of the usual table.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (beforePrevious[j - 2] as number) + 1);
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] as number;
}
