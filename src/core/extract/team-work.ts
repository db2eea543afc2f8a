import vocabulary from './data/team-work.json' with { type: 'json' };
import type { Surface, Taxonomy } from '../taxonomy/compile.js';
import { keyOf, type Token } from '../text/tokenize.js';
import { gluedToNext, type SkillHit } from './match.js';

/*
 * "Ability to work independently and in a team environment", "contribute in a multidisciplinary team
 * setting", "work on diverse teams": work in any team the candidate may join names teamwork, as the
 * catalogue's "work in a team" does, whatever words of manner and description stand between
 * (data/team-work.json). A team named with "the" or "our" is one team, not a way of working.
 */

const VERBS: ReadonlySet<string> = new Set(vocabulary.verbs);
const MANNER: ReadonlySet<string> = new Set(vocabulary.mannerWords);
const PREPOSITIONS: ReadonlySet<string> = new Set(vocabulary.prepositions);
const PART_OF: ReadonlySet<string> = new Set(vocabulary.partOf);
const ARTICLES: ReadonlySet<string> = new Set(vocabulary.articles);
const NOT_DESCRIBING: ReadonlySet<string> = new Set(vocabulary.notDescribing);
const TEAM: ReadonlySet<string> = new Set(vocabulary.teamWords);
const SETTING: ReadonlySet<string> = new Set(vocabulary.settingWords);
const READ_AS = ['work', 'in', 'a', 'team'].map(keyOf);
const MAX_MANNER_TOKENS = 6;
const MAX_DESCRIBING_WORDS = 2;

/** The catalogue's reading of "work in a team", looked up once per catalogue. */
const READINGS = new WeakMap<Taxonomy, Surface | null>();
function teamworkReading(taxonomy: Taxonomy): Surface | undefined {
  let reading = READINGS.get(taxonomy);
  if (reading === undefined) {
    let node = taxonomy.trie.next.get(READ_AS[0] as string);
    for (const key of READ_AS.slice(1)) node = node?.next.get(key);
    reading = node?.surfaces.find((s) => !s.caseForms && !s.requireContext) ?? null;
    READINGS.set(taxonomy, reading);
  }
  return reading ?? undefined;
}

const isWord = (tok: Token | undefined): tok is Token => tok !== undefined && tok.kind === 'word';
/** A hyphen glued between word `k` and a word after it ("single-handed", "cross-functional"). */
const hyphenAfter = (tokens: readonly Token[], k: number): boolean =>
  tokens[k + 1]?.text === '-' && gluedToNext(tokens, k) && gluedToNext(tokens, k + 1) && isWord(tokens[k + 2]);

/** Past the words of manner after the verb ("independently and", "well both", "single-handed as well as"), at the preposition or not at all. */
function prepositionAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= MAX_MANNER_TOKENS; k++) {
    const tok = tokens[k] as Token;
    if (isWord(tok) && PREPOSITIONS.has(tok.lower)) return k;
    if (tok.lower === 'as' && partOfAt(tokens, k + 1) !== -1) return k;
    // "single-handed": a hyphenated word of manner.
    if (hyphenAfter(tokens, k) && MANNER.has(`${tok.lower}-${(tokens[k + 2] as Token).lower}`)) k += 2;
    else if (tok.text !== ',' && !(isWord(tok) && MANNER.has(tok.lower))) return -1;
  }
  return -1;
}

/** After "part of" or "a member of" at `from`, where the team's words begin; -1 when those are not there. */
function partOfAt(tokens: readonly Token[], from: number): number {
  const k = ARTICLES.has(tokens[from]?.lower ?? '') ? from + 1 : from;
  return PART_OF.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of' ? k + 2 : -1;
}

/** The team word after the article and describing words at `from` ("a multidisciplinary team", "diverse teams", "a cross-functional team"), or -1. */
function teamAfter(tokens: readonly Token[], from: number): number {
  let k = from;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  for (let words = 0; words <= MAX_DESCRIBING_WORDS; words++) {
    const tok = tokens[k];
    if (!isWord(tok) || NOT_DESCRIBING.has(tok.lower) || tok.text !== tok.lower) return -1;
    if (TEAM.has(tok.lower)) return k;
    // "cross-functional": a hyphenated word is one describing word.
    while (hyphenAfter(tokens, k)) k += 2;
    k++;
  }
  return -1;
}

/**
 * Work in a team the candidate may join. Other names may hold the verb and its manner ("work independently"):
 * the reading then starts after them. Over words no other name took.
 */
export function findTeamWork(taxonomy: Taxonomy, tokens: readonly Token[], taken: Uint8Array): SkillHit[] {
  const found: SkillHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!isWord(verb) || !VERBS.has(verb.lower)) continue;
    const at = prepositionAfter(tokens, i + 1);
    if (at === -1) continue;
    // "as part of a team", "as a member of a diverse team"
    let team = teamAfter(tokens, tokens[at]?.lower === 'as' ? partOfAt(tokens, at + 1) : at + 1);
    if (team === -1) continue;
    if (SETTING.has(tokens[team + 1]?.lower ?? '')) team++;
    if (taken.subarray(at, team + 1).some((t) => t !== 0)) continue;
    const first = taken.subarray(i, at).some((t) => t !== 0) ? at : i;
    const surface = teamworkReading(taxonomy);
    if (!surface) return found;
    const from = tokens[first] as Token;
    found.push({ skillId: surface.skillId, surface, first, last: team, start: from.start, end: (tokens[team] as Token).end });
    i = team;
  }
  return found;
}

/** Whether the text has a work verb at all, so texts without one skip the reading. */
export const mayNameTeamWork = (tokens: readonly Token[]): boolean => tokens.some((t) => VERBS.has(t.lower));

/** The skill "work in a team" names, whose own hits the team-work reading may take over. */
export const teamworkSkillOf = (taxonomy: Taxonomy): string | undefined => teamworkReading(taxonomy)?.skillId;
