import type { Taxonomy } from '../taxonomy/compile.js';
import type { Token } from '../text/tokenize.js';
import { allSurfacesAt, findSkills, trieKeysOf, type SkillHit } from './match.js';

/** How many tokens a bracketed list of a suite's members may run ("(word, excel, powerpoint and outlook)"). */
const MAX_BRACKET_TOKENS = 24;
/** Words between the suite and the bracket ("Microsoft Office aptitude test (word and excel)", "MS Office suite (…)"). */
const MAX_WORDS_BEFORE_BRACKET = 3;

/**
 * "Microsoft Office (word and excel)": in brackets right after a suite, its members are named however
 * they are written, so a plain word ("word") reads as the suite's product. Only the suite's own members
 * count, so "MS Office (required)" or "(word count)" names nothing new.
 */
export function suiteMembersInBrackets(taxonomy: Taxonomy, tokens: readonly Token[], hits: readonly SkillHit[]): SkillHit[] {
  const found: SkillHit[] = [];
  for (const suite of hits) {
    let bracket = suite.last + 1;
    while (bracket - suite.last <= MAX_WORDS_BEFORE_BRACKET && tokens[bracket]?.kind === 'word') bracket++;
    if (tokens[bracket]?.text !== '(') continue;
    const open = bracket + 1;
    let close = open;
    while (close < tokens.length && close - open < MAX_BRACKET_TOKENS && tokens[close]?.text !== ')' && tokens[close]?.kind !== 'break')
      close++;
    if (tokens[close]?.text !== ')') continue;
    for (const member of findSkills(taxonomy, tokens.slice(open, close), true)) {
      const first = member.first + open;
      const last = member.last + open;
      if (hits.some((h) => h.first <= first && first <= h.last)) continue;
      // "Google Apps (Docs, Sheets)": a word other names share reads as the suite's own member.
      const surface = taxonomy.ancestors(member.skillId).includes(suite.skillId)
        ? member.surface
        : allSurfacesAt(taxonomy, trieKeysOf(tokens.slice(first, last + 1))).find((s) =>
            taxonomy.ancestors(s.skillId).includes(suite.skillId),
          );
      if (surface === undefined) continue;
      // The suite before the bracket is the context a word-like name ("word") otherwise needs.
      found.push({ ...member, skillId: surface.skillId, surface: { ...surface, requireContext: false }, first, last });
    }
  }
  return found;
}
