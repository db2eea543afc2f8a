import { isNameUnit, phraseKeyOf, unitsOf, type Unit } from '../extract/list-mates.js';
import type { Token } from '../text/tokenize.js';
import type { ResumeEvidence } from './model.js';

/** Longest phrase kept: as long as the longest listed name a posting can ask for. */
const MAX_PHRASE_WORDS = 4;

/**
 * Records every short run of name-like words in a résumé text's tokens by its phrase key, so that a
 * requirement the catalogue lacks ("ASCE 7", "Azkaban") is met when the résumé writes it.
 * Keeps the first place each phrase was written. Linear in the text.
 */
export function collectPhrases(into: Map<string, ResumeEvidence>, tokens: readonly Token[], base: Omit<ResumeEvidence, 'text'>): void {
  let run: Unit[] = [];
  const flush = (): void => {
    // A phrase's key is its units' keys in order: each unit is keyed once.
    const keys = run.map((u) => phraseKeyOf(u.text));
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n++) {
        const key = keys.slice(i, i + n).join(' ');
        if (key && !into.has(key)) {
          const phrase = run
            .slice(i, i + n)
            .map((u) => u.text)
            .join(' ');
          into.set(key, { ...base, text: phrase });
        }
      }
    }
    run = [];
  };
  for (const u of unitsOf(tokens)) {
    if (isNameUnit(u)) run.push(u);
    else flush();
  }
  flush();
}
