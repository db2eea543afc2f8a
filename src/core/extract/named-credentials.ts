import type { Token } from '../text/tokenize.js';
import vocabulary from './data/credential-words.json' with { type: 'json' };
import type { TokenRange } from './list-mates.js';
import type { SkillHit } from './match.js';

/*
 * "Hold a current chemical applicator's license", "Possess a current Certified Crop Consultant certification":
 * a licence or certificate the candidate must hold is something a recruiter checks, whether or not the
 * catalogue lists it. Its name is the run of words before the credential noun, after the words that say it is
 * held ("hold", "possess", "current", "valid").
 */

/** The curated words (data/credential-words.json, with its schema and the why of each list). */
const CREDENTIAL_NOUNS: ReadonlySet<string> = new Set(vocabulary.credentialNouns);
/** Words that say the credential is held, just before its name (articles and "current" may come between). */
const HOLDING_WORDS: ReadonlySet<string> = new Set(vocabulary.holdingWords);
const BETWEEN_HOLDING_AND_NAME: ReadonlySet<string> = new Set(vocabulary.beforeTheName);
/** Words that name no credential of their own, and the small words that end a name ("up-to-date licenses"). */
const VAGUE_WORDS: ReadonlySet<string> = new Set(vocabulary.vagueWords);
/** "a valid EU work permit": a permission to work or stay, not a credential of a skill. */
const PERMISSION_WORDS: ReadonlySet<string> = new Set(vocabulary.permissionWords);
const MAX_NAME_WORDS = 4;
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);

/** Credentials held, named before their noun, that no catalogue name covers. */
export function namedCredentials(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange[] {
  const found: TokenRange[] = [];
  for (let c = 1; c < tokens.length; c++) {
    if (!CREDENTIAL_NOUNS.has((tokens[c] as Token).lower) || PERMISSION_WORDS.has(tokens[c - 1]?.lower ?? '')) continue;
    let first = c;
    let words = 0;
    for (let k = c - 1; k >= 0; k--) {
      const tok = tokens[k] as Token;
      // "applicator's license": the possessive belongs to the name.
      if (tok.lower === 's' && APOSTROPHES.has(tokens[k - 1]?.text ?? '')) {
        k--;
        continue;
      }
      if (tok.text === '-' && words > 0) continue;
      if (tok.kind !== 'word' || BETWEEN_HOLDING_AND_NAME.has(tok.lower) || HOLDING_WORDS.has(tok.lower) || VAGUE_WORDS.has(tok.lower))
        break;
      if (++words > MAX_NAME_WORDS) break;
      first = k;
    }
    if (words === 0 || words > MAX_NAME_WORDS) continue;
    // "Hold a current …", "a valid state …": past the words between, a word that says the credential is held.
    let before = first - 1;
    while (
      before >= 0 &&
      BETWEEN_HOLDING_AND_NAME.has((tokens[before] as Token).lower) &&
      !HOLDING_WORDS.has((tokens[before] as Token).lower)
    )
      before--;
    if (before < 0 || !HOLDING_WORDS.has((tokens[before] as Token).lower)) continue;
    if (hits.some((h) => h.first <= c && h.last >= first)) continue;
    found.push({ first, last: c, start: (tokens[first] as Token).start, end: (tokens[c] as Token).end });
  }
  return found;
}
