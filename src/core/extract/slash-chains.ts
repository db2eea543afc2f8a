import type { Taxonomy } from '../taxonomy/compile.js';
import type { Token } from '../text/tokenize.js';
import { findSkills, tokenCoverage, type SkillHit } from './match.js';

/** The fewest names a chain holds before its lower-case members count as names. */
const MIN_CHAIN_NAMES = 2;

/**
 * "yarn/npm", "mocha/jest/jasmine", "express/hapi": words joined by slashes with no space between are one list of
 * names, so a name written in lower case there ("mocha", "yarn") is the tool, as in a tag list. Only a chain whose
 * every word is a name reads so: "trial/error" or "pass/fail" names nothing.
 */
export function slashChainNames(taxonomy: Taxonomy, tokens: readonly Token[], hits: readonly SkillHit[]): SkillHit[] {
  const found: SkillHit[] = [];
  let taken: Uint8Array | undefined;
  let k = 0;
  while (k < tokens.length) {
    const end = chainEnd(tokens, k);
    if (end === k) {
      k++;
      continue;
    }
    const members = findSkills(taxonomy, tokens.slice(k, end + 1), true).map((h) => ({ ...h, first: h.first + k, last: h.last + k }));
    if (members.length >= MIN_CHAIN_NAMES && coversEveryWord(tokens, k, end, members)) {
      taken ??= tokenCoverage(tokens, hits);
      const free = taken;
      for (const member of members) if (!free.subarray(member.first, member.last + 1).some((c) => c !== 0)) found.push(member);
    }
    k = end + 1;
  }
  return found;
}

/** The last token of a slash chain opening at `k` (words and glued slashes), or `k` when none opens there. */
function chainEnd(tokens: readonly Token[], k: number): number {
  const first = tokens[k];
  if (first?.kind !== 'word' || (k > 0 && isGluedSlash(tokens, k - 1))) return k;
  let end = k;
  let linked = false;
  // A member may be several glued tokens ("node.js"); a slash glued on both sides links the next.
  for (let j = k + 1; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    if (tok.start !== (tokens[j - 1] as Token).end) break;
    if (isGluedSlash(tokens, j) && tokens[j + 1]?.kind === 'word') {
      linked = true;
      end = j + 1;
      j++;
      continue;
    }
    if (tok.kind === 'word' || tok.text === '.' || tok.text === '-') {
      if (tok.kind === 'word') end = j;
      continue;
    }
    break;
  }
  return linked ? end : k;
}

const isGluedSlash = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.text === '/' && tokens[j + 1] !== undefined && (tokens[j] as Token).end === (tokens[j + 1] as Token).start;

/** Whether every word of the chain lies inside one of the names. */
function coversEveryWord(tokens: readonly Token[], from: number, to: number, names: readonly SkillHit[]): boolean {
  const covered = new Uint8Array(to - from + 1);
  for (const h of names) for (let t = h.first; t <= h.last; t++) covered[t - from] = 1;
  for (let t = from; t <= to; t++) if ((tokens[t] as Token).kind === 'word' && covered[t - from] === 0) return false;
  return true;
}
