import type { Token } from '../text/tokenize.js';
import type { TokenRange } from './list-mates.js';
import { continuesNounPhrase, type SkillHit } from './match.js';

/*
 * "the Marine Life Protection Act, Porter Cologne Act, Coastal Zone Management Act": a law named by its
 * title is knowledge a candidate can show, whether or not the catalogue lists it. Its name is the run of
 * capitalised words before "Act" (with the small words titles hold), and the year after it when given.
 */

const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'on', 'with', '-', '&']);
const MAX_TITLE_TOKENS = 8;
const YEAR = /^(?:1[89]|20)\d\d$/;
const isCapitalised = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'word' && /^\p{Lu}/u.test(tok.text);

const opensASentence = (tokens: readonly Token[], k: number): boolean => k === 0 || (tokens[k - 1] as Token).kind !== 'word';

/** Laws named by title that no catalogue name covers. */
export function namedLaws(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange[] {
  const laws: TokenRange[] = [];
  for (let a = 1; a < tokens.length; a++) {
    if ((tokens[a] as Token).text !== 'Act') continue;
    let first = a;
    for (let k = a - 1; k >= 0 && a - k <= MAX_TITLE_TOKENS; k--) {
      const tok = tokens[k] as Token;
      // "Clean Water Act and Porter Cologne Act": the title before ends at its own "Act".
      if (tok.text === 'Act') break;
      if (isCapitalised(tok)) {
        // "Knowledge of the Clean Air Act": a sentence's first word before a small word is the ask, not the title.
        if (k < first - 1 && opensASentence(tokens, k)) break;
        first = k;
      } else if (!TITLE_CONNECTORS.has(tok.lower)) break;
    }
    // "Care Act support assessments": the law names the kind of a practice, which is what is asked.
    if (first === a || continuesNounPhrase(tokens[a + 1])) continue;
    let last = a;
    // "Act of 1996", "Act 2014".
    if (tokens[a + 1]?.lower === 'of' && YEAR.test(tokens[a + 2]?.text ?? '')) last = a + 2;
    else if (YEAR.test(tokens[a + 1]?.text ?? '')) last = a + 1;
    if (hits.some((h) => h.first <= last && h.last >= first)) continue;
    laws.push({ first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
  }
  return laws;
}
