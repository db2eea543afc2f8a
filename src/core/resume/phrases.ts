import { isNameUnit, phraseKeyOf, unitsOf, type Unit } from '../extract/list-mates.js';
import { tokenize } from '../text/tokenize.js';
import type { ResumeEvidence } from './model.js';

/** Longest phrase kept: as long as the longest listed name a posting can ask for. */
const MAX_PHRASE_WORDS = 4;

/**
 * Records every short run of name-like words in a résumé text by its phrase key, so that a
 * requirement the catalogue lacks ("ASCE 7", "Azkaban") is met when the résumé writes it.
 * Keeps the first place each phrase was written. Linear in the text.
 */
export function collectPhrases(into: Map<string, ResumeEvidence>, text: string, base: Omit<ResumeEvidence, 'text'>): void {
  const units = unitsOf(tokenize(text));
  let run: Unit[] = [];
  const flush = (): void => {
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
        const phrase = run
          .slice(i, i + n)
          .map((u) => u.text)
          .join(' ');
        const key = phraseKeyOf(phrase);
        if (key && !into.has(key)) into.set(key, { ...base, text: phrase });
      }
    }
    run = [];
  };
  for (const u of units) {
    if (isNameUnit(u)) run.push(u);
    else flush();
  }
  flush();
}
