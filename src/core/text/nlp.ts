/**
 * The two pieces of `natural` the project uses: Porter's inflectional steps (so "designing surveys"
 * reaches "survey design") and Damerau–Levenshtein distance (typo-tolerant names and headings).
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';

/**
 * Porter's step 1 only (plurals, -ed, -ing, final y) plus a dropped final e: inflections meet
 * ("designing"/"design", "surveys"/"survey", "managing"/"manage") while the derivational steps that
 * conflate "experience" with "experiment" or "product" with "production" are left out.
 */
export function stem(word: string): string {
  const s = PorterStemmer.step1c(PorterStemmer.step1b(PorterStemmer.step1a(word)));
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}

/** Optimal-string-alignment distance: a swap of two neighbouring letters costs one edit. */
export function editDistance(a: string, b: string): number {
  return DamerauLevenshteinDistance(a, b, { restricted: true });
}
