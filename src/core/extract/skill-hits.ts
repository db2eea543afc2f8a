import type { Taxonomy } from '../taxonomy/compile.js';
import type { Token } from '../text/tokenize.js';
import { resolveAmbiguous } from './ambiguous-names.js';
import { findPeopleDirected } from './directing-people.js';
import { expandCoordination, findNounOfObjects, findSkills, findVerbObjects, tokenCoverage, type SkillHit } from './match.js';
import { slashChainNames } from './slash-chains.js';
import { suiteMembersInBrackets } from './suite-members.js';
import { findTeamWork, mayNameTeamWork, teamworkSkillOf } from './team-work.js';
import { namesATeam } from './team-names.js';

/*
 * The catalogue's names in one tokenised text, for postings and résumés alike: the trie's matches, with
 * verb-object phrases, people directed, and the context rules for ambiguous names, team names and short forms.
 */

/**
 * Skill names in already tokenised text, with the context rule for ambiguous names applied.
 * `inSkillList`: the tokens are one item of a skills or requirements list.
 */
export function skillHitsIn(taxonomy: Taxonomy, tokens: readonly Token[], text: string, inSkillList = false): SkillHit[] {
  if (inSkillList && isTagList(tokens)) {
    const tagged = expandCoordination(taxonomy, tokens, findSkills(taxonomy, tokens, true));
    // A tag line is mostly names ("docker agile selenium"); "comfortable receiving feedback" is a sentence in lower case.
    const covered = tokenCoverage(tokens, tagged);
    const namedWords = tokens.filter((t, k) => t.kind === 'word' && covered[k] !== 0).length;
    if (namedWords * 2 >= wordCount(tokens)) return tagged;
  }
  const cased = expandCoordination(taxonomy, tokens, findSkills(taxonomy, tokens, false));
  const chained = slashChainNames(taxonomy, tokens, cased);
  const written = chained.length === 0 ? cased : [...cased, ...chained].sort((x, y) => x.start - y.start);
  const members = suiteMembersInBrackets(taxonomy, tokens, written);
  const listed = members.length === 0 ? written : [...written, ...members].sort((x, y) => x.start - y.start);
  // "Lead project teams": a name inside a team's name ("project teams") gives its words back to the other readings.
  const listedCoverage = tokenCoverage(tokens, listed);
  const named: SkillHit[] = [];
  const teamNamed: SkillHit[] = [];
  for (const hit of listed) (namesATeam(tokens, hit, listedCoverage) ? teamNamed : named).push(hit);
  const taken = teamNamed.length === 0 ? listedCoverage : tokenCoverage(tokens, named);
  const verbObjects = [...findVerbObjects(taxonomy, tokens, taken), ...findNounOfObjects(taxonomy, tokens, taken)];
  const replaced = new Set(verbObjects.flatMap((v) => named.filter((h) => h.first === v.first && h.last === h.first)));
  const read = verbObjects.length === 0 ? named : [...named.filter((h) => !replaced.has(h)), ...verbObjects];
  const people = findPeopleDirected(taxonomy, tokens, verbObjects.length === 0 ? taken : tokenCoverage(tokens, read));
  // "contribute in a multidisciplinary team setting": the team-work reading takes over the catalogue's shorter team names inside it.
  const teamworkId = mayNameTeamWork(tokens) ? teamworkSkillOf(taxonomy) : undefined;
  const teamWorkHits =
    teamworkId === undefined
      ? []
      : findTeamWork(
          taxonomy,
          tokens,
          tokenCoverage(
            tokens,
            [...read, ...people].filter((h) => h.skillId !== teamworkId),
          ),
        );
  const kept =
    teamWorkHits.length === 0
      ? read
      : read.filter((h) => h.skillId !== teamworkId || !teamWorkHits.some((t) => t.first <= h.last && h.first <= t.last));
  const directed = teamWorkHits.length === 0 ? people : [...people, ...teamWorkHits];
  // A name inside a team's name stays the context of the short names around it ("using ERC Netlist generation Board"), then goes.
  const readings = directed.length === 0 && verbObjects.length === 0 ? named : [...kept, ...directed];
  const hits = readings === named && teamNamed.length === 0 ? named : [...readings, ...teamNamed].sort((x, y) => x.start - y.start);
  const covered = hits === named ? taken : tokenCoverage(tokens, hits);
  return resolveAmbiguous(hits, tokens, text, taxonomy, inSkillList).filter(
    (h) => !teamNamed.includes(h) && !namesATeam(tokens, h, covered) && !abbreviatesOtherWords(taxonomy, tokens, h, hits),
  );
}

const INITIALS_SKIPPED = new Set(['for', 'of', 'and', 'the', 'in', 'on', 'to', '&']);

/**
 * "Certified Payroll Professional (CPP)", "patient care reports (PCR)": a short form in brackets
 * spells the words before it, so it names them, not the skill it would name alone (C++, the PCR
 * technique). The name before it keeps its own reading ("Visual Basic for Applications (VBA)").
 */
function abbreviatesOtherWords(taxonomy: Taxonomy, tokens: readonly Token[], hit: SkillHit, hits: readonly SkillHit[]): boolean {
  if (hit.first !== hit.last || tokens[hit.first - 1]?.text !== '(' || tokens[hit.last + 1]?.text !== ')') return false;
  const short = (tokens[hit.first] as Token).text.toLowerCase().replace(/[^a-z]/g, '');
  if (short.length < 2 || short.length > 6) return false;
  let k = hit.first - 2;
  let initials = '';
  while (k >= 0 && initials.length < short.length) {
    const tok = tokens[k] as Token;
    if (tok.kind !== 'word') break;
    if (!INITIALS_SKIPPED.has(tok.lower)) initials = (tok.lower[0] ?? '') + initials;
    k--;
  }
  if (initials !== short) return false;
  const spelled = hits.find((h) => h.end === (tokens[hit.first - 2] as Token).end);
  if (spelled) return spelled.skillId !== hit.skillId;
  // Words no name took may still be the skill's own name, misspelt: "National Electric Code (NEC)".
  const stems = (words: readonly string[]): string[] => words.filter((w) => !INITIALS_SKIPPED.has(w)).map((w) => w.slice(0, 4));
  const before = stems(tokens.slice(k + 1, hit.first - 1).map((t) => t.lower));
  const name = stems(
    (taxonomy.skills.get(hit.skillId)?.name ?? '')
      .toLowerCase()
      .split(/[^a-z0-9+#]+/)
      .filter(Boolean),
  );
  return before.filter((w, i) => name[i] === w).length * 2 < before.length;
}

const TAG_PUNCTUATION = new Set(['-', '.', '#', '+']);
const SENTENCE_WORDS = new Set([
  'and',
  'or',
  'the',
  'a',
  'an',
  'of',
  'in',
  'with',
  'for',
  'to',
  'on',
  'is',
  'are',
  'be',
  'you',
  'we',
  'our',
  'your',
  'as',
  'at',
  'by',
  'from',
  'will',
  'can',
  'have',
  'has',
  'i',
  'my',
]);

const wordCount = (tokens: readonly Token[]): number => tokens.filter((t) => t.kind === 'word').length;

/** A job board's tag line ("docker agile selenium circleci jenkins"): lower-case names, no sentence words, no list punctuation. */
function isTagList(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const tok of tokens) {
    if (tok.kind === 'punct' && !TAG_PUNCTUATION.has(tok.text)) return false;
    if (tok.kind !== 'word') continue;
    if (tok.text !== tok.lower || SENTENCE_WORDS.has(tok.lower)) return false;
    words++;
  }
  return words >= 3;
}
