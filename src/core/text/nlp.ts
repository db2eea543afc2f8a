/**
 * The two pieces of `natural` the project uses: Porter stemming (so "designing surveys" reaches
 * "survey design") and Damerau–Levenshtein distance (typo-tolerant names and headings).
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';

export function stem(word: string): string {
  return PorterStemmer.stem(word);
}

/** Optimal-string-alignment distance: a swap of two neighbouring letters costs one edit. */
export function editDistance(a: string, b: string): number {
  return DamerauLevenshteinDistance(a, b, { restricted: true });
}
