import vocabulary from './data/directing-people.json' with { type: 'json' };
import type { Surface, Taxonomy } from '../taxonomy/compile.js';
import { keyOf, type Token } from '../text/tokenize.js';
import { continuesNounPhrase, gluedToNext, isJoiner, isPlainWord, type SkillHit } from './match.js';
import { isPeople } from './people.js';

/*
 * "Train users", "Lead interns and volunteers", "Supervise visiting scientists": a verb that directs
 * people names its practice whoever the people are. The catalogue names it with a few objects
 * ("train staff"); the reading of the verb with those (data/directing-people.json `readAs`) is the
 * reading with any workforce noun. People the job serves name other practices and are not read here.
 */

/** The verb, its third person and its gerund ("trains", "supervising"): "trained staff" describes staff. */
const thirdPerson = (verb: string): string => (/(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`);
const VERB_FORMS: ReadonlySet<string> = new Set(vocabulary.verbs.flatMap((v) => [v, thirdPerson(v), `${v.replace(/e$/, '')}ing`]));
/** The verb and its third person, which only a verb can be ("supervise", "trains"): what follows is its object. */
const FINITE_FORMS: ReadonlySet<string> = new Set(vocabulary.verbs.flatMap((v) => [v, thirdPerson(v)]));
const READ_AS: readonly string[] = vocabulary.readAs.map(keyOf);
const TEAM_WORDS: ReadonlySet<string> = new Set(vocabulary.teamWords);
const SERVED: ReadonlySet<string> = new Set(vocabulary.servedPeople);
/** Before these the verb form is a noun or an adjective: "the training staff", "our lead technicians". */
const NOT_BEFORE_A_VERB: ReadonlySet<string> = new Set(
  'the a an our your their its his her this that these those of for with by in on at from as'.split(' '),
);
/** What may open the object: "train the staff", "lead our volunteers". A preposition ends it ("schedules with team"). */
const OPENERS: ReadonlySet<string> = new Set('the a an all our your their its his her this these those'.split(' '));
/** People named in the singular without an article are a role ("lead worker", "train conductor"); these are never plural. */
const MASS_PEOPLE: ReadonlySet<string> = new Set(['staff', 'personnel', 'people']);
const MAX_SHARED_VERBS = 3;
const MAX_WORDS_BEFORE_PEOPLE = 3;

const isWorkforce = (tok: Token | undefined): boolean =>
  isPlainWord(tok) && (TEAM_WORDS.has(tok.lower) || (isPeople(tok.lower) && !SERVED.has(tok.lower)));
const isGroupOfPeople = (lower: string): boolean => lower.endsWith('s') || MASS_PEOPLE.has(lower) || TEAM_WORDS.has(lower);

/**
 * "Train and supervise staff", "Train and develop team members": a name that ends in a verb directing people, with the
 * people right after it as its object (not a team the name is part of, as in "the nursing staff").
 */
export function endsInADirectingVerb(tokens: readonly Token[], hit: SkillHit): boolean {
  return (
    hit.last > hit.first &&
    FINITE_FORMS.has((tokens[hit.last] as Token).lower) &&
    !NOT_BEFORE_A_VERB.has(tokens[hit.first - 1]?.lower ?? '')
  );
}

/** The catalogue's reading of the verb with staff, employees or people. */
function readingOf(taxonomy: Taxonomy, verbKey: string): Surface | undefined {
  const node = taxonomy.trie.next.get(verbKey);
  for (const object of READ_AS) {
    const surface = node?.next.get(object)?.surfaces.find((s) => !s.caseForms && !s.requireContext);
    if (surface) return surface;
  }
  return undefined;
}

/** Verbs directing workforce people, over words no other name took. */
export function findPeopleDirected(taxonomy: Taxonomy, tokens: readonly Token[], taken: Uint8Array): SkillHit[] {
  const found: SkillHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (taken[i] !== 0 || verb.kind !== 'word' || !VERB_FORMS.has(verb.lower)) continue;
    if (NOT_BEFORE_A_VERB.has(tokens[i - 1]?.lower ?? '')) continue;
    // "industry-leading engineers", "world-leading researchers": the verb ends a compound adjective.
    if (tokens[i - 1]?.text === '-' && gluedToNext(tokens, i - 1) && gluedToNext(tokens, i - 2)) continue;
    let j = i + 1;
    // "Recruit, train and supervise volunteers": verbs joined by "and" or commas share the object.
    for (let verbs = 0; verbs < MAX_SHARED_VERBS && isJoiner(tokens[j]) && VERB_FORMS.has(tokens[j + 1]?.lower ?? ''); verbs++) j += 2;
    if (OPENERS.has(tokens[j]?.lower ?? '')) j++;
    let head = -1;
    for (let k = j; k < tokens.length && k - j <= MAX_WORDS_BEFORE_PEOPLE && taken[k] === 0 && isPlainWord(tokens[k]); k++) {
      if (!isWorkforce(tokens[k])) continue;
      head = k;
      // "team members", "staff volunteers": the people run on.
      while (taken[head + 1] === 0 && isWorkforce(tokens[head + 1])) head++;
      break;
    }
    // "hiring manager/client relationships": the people qualify what follows them.
    const after = tokens[head + 1];
    if (head === -1 || continuesNounPhrase(after) || after?.text === '/' || !isGroupOfPeople((tokens[head] as Token).lower)) continue;
    const surface = readingOf(taxonomy, verb.key);
    if (!surface) continue;
    found.push({ skillId: surface.skillId, surface, first: i, last: head, start: verb.start, end: (tokens[head] as Token).end });
    i = head;
  }
  return found;
}
