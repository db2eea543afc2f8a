import { stem } from '../text/nlp.js';
import vocabulary from './data/duty-words.json' with { type: 'json' };
import type { Token } from '../text/tokenize.js';
import {
  firstWordOf,
  isDutyVerb,
  isLightDutyVerb,
  isNounAsOftenAsVerb,
  unitsOf,
  verbStemOf,
  type TokenRange,
  type Unit,
} from './list-mates.js';
import type { SkillHit } from './match.js';
import { isPeople } from './people.js';

/*
 * A duty the catalogue has no name for, read from the item that states it: "Inspect guest rooms",
 * "Conducts vegetation plot surveys", "Restock linen carts". The duty verb and its object are the
 * practice a recruiter would look for on a résumé; the words are the posting's own.
 */

/** The curated vocabulary (data/duty-words.json, with its schema and the why of each list). */
const OPENING_WORDS = new Set(vocabulary.openingWords);
const FUNCTION_WORDS = new Set(vocabulary.functionWords);
const VAGUE_OBJECTS = new Set(vocabulary.vagueObjects);
const GENERIC_ALONE = new Set(vocabulary.genericAlone);
const AIM_VERBS = new Set(vocabulary.aimVerbs.map(stem));
const ADJECTIVES = new Set(vocabulary.adjectives);
const HANDS_ON_VERBS = new Set(vocabulary.handsOnVerbs.map(stem));
const PERFORMING_VERBS = new Set(vocabulary.performingVerbs.map(stem));
/** An adjective's ending ("innovative", "detailed", "reliable"). */
const NOT_A_NOUN_END = /(?:ive|ous|ful|less|[^e]ed)$|^\w{3,}(?:able|ible)$/;
/** Hyphened qualifiers that open an object ("basic-to-intermediate analysis", "day-to-day operations", "high-quality content"). */
const QUALIFIER = /-to-|^(?:high|top|best|world|first|full|part|long|short)-/;
const WORD = /^\p{L}[\p{L}\p{N}'’-]*$/u;
const MAX_OBJECT_WORDS = 4;
const MIN_HEAD_CHARS = 3;
const MIN_LONE_OBJECT_CHARS = 5;
const COORDINATORS = new Set(['and', 'or', '&']);

const MAX_JOINED_VERBS = 2;
const isJoinedVerb = (u: Unit | undefined): boolean =>
  u !== undefined && WORD.test(u.text) && isDutyVerb(u.lower) && !isLightDutyVerb(u.lower) && !AIM_VERBS.has(verbStemOf(u.lower));

/** "Pack sterile supplies", "Clean guest rooms": an item opening with a hands-on verb states a duty ("supplies" is its object, not a verb). */
export function opensWithHandsOnVerb(lower: string): boolean {
  const first = firstWordOf(lower);
  return first !== undefined && HANDS_ON_VERBS.has(verbStemOf(first));
}

/** "weekly", "safely", "as needed": how often or how well ends the object ("supply" and "assembly" are nouns). */
const ADVERB = /(?<![pb])ly$/;
const isObjectWord = (u: Unit): boolean =>
  !u.separator && !u.ends && WORD.test(u.text) && !FUNCTION_WORDS.has(u.lower) && !ADVERB.test(u.lower);
/** A quality where the object's first word or head should be ("a safe and welcoming space", "Develop innovative …"). */
const isQuality = (word: string): boolean => NOT_A_NOUN_END.test(word) || ADJECTIVES.has(word);

/**
 * The duty an item opens with, when the catalogue names none of it: the verb and the noun phrase right
 * after it. Returns its token range, or none when the verb states an aim or the object is vague, people, or runs on.
 */
export function unlistedDuty(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange | undefined {
  const units = unitsOf(tokens);
  let v = 0;
  while (v < units.length && !/\p{L}/u.test((units[v] as Unit).text)) v++;
  const verb = units[v];
  if (!verb || !WORD.test(verb.text) || isLightDutyVerb(verb.lower)) return undefined;
  const verbStem = verbStemOf(verb.lower);
  if ((!isDutyVerb(verb.lower) && !HANDS_ON_VERBS.has(verbStem)) || AIM_VERBS.has(verbStem)) return undefined;
  let o = v + 1;
  // "Pack and prepare sterile supplies", "Request and review translations": verbs joined over one object.
  for (let joined = 0; joined < MAX_JOINED_VERBS && COORDINATORS.has(units[o]?.lower ?? '') && isJoinedVerb(units[o + 1]); joined++) o += 2;
  // "Design logos" may be a name; "Design the menu" is a duty.
  if (isNounAsOftenAsVerb(verb.lower) && !OPENING_WORDS.has(units[o]?.lower ?? '')) return undefined;
  while (o < units.length && (OPENING_WORDS.has((units[o] as Unit).lower) || QUALIFIER.test((units[o] as Unit).lower))) o++;
  let end = o;
  let words = 0;
  while (end < units.length && words < MAX_OBJECT_WORDS) {
    const u = units[end] as Unit;
    // "minor and major repairs", "linens and towels": a joined word continues the object.
    const next = units[end + 1];
    const joined = COORDINATORS.has(u.lower) && words > 0 && next !== undefined && isObjectWord(next) && !isDutyVerb(next.lower);
    if (!joined && !isObjectWord(u)) break;
    if (!joined) words++;
    end++;
  }
  if (end === o) return undefined;
  // One short word is as often the start of a phrase the tokens cut ("Handle pass through invoicing").
  if (words === 1 && (units[o] as Unit).lower.length < MIN_LONE_OBJECT_CHARS) return undefined;
  // An object longer than a name reads as prose ("Perform routine checks of all the equipment used…" stops at "of").
  if (end < units.length && isObjectWord(units[end] as Unit)) return undefined;
  const head = units[end - 1] as Unit;
  // "Conduct analysis", "Prepare reports": a bare generic object names no practice of its own.
  if (words === 1 && GENERIC_ALONE.has(head.lower)) return undefined;
  // "Track the product's progress": the object belongs to someone; what is done to it is the aim.
  if (units.slice(o, end).some((u) => /['\u2019]s$/.test(u.lower))) return undefined;
  if (head.lower.length < MIN_HEAD_CHARS || VAGUE_OBJECTS.has(head.lower) || isPeople(head.lower)) return undefined;
  if (isQuality(head.lower) || isQuality((units[o] as Unit).lower)) return undefined;
  // "the state of …", "the accuracy of …": the object is what follows, and it runs on.
  if (units[end]?.lower === 'of') return undefined;
  // A duty verb after the verb ("Assist prepare …") is a second verb, not an object.
  if (isDutyVerb((units[o] as Unit).lower) && !isNounAsOftenAsVerb((units[o] as Unit).lower)) return undefined;
  // The catalogue names the duty, or part of it ("Inspect equipment"): it is read there.
  // A name right after the object is what the object qualifies ("Perform minor repairs").
  const after = units[end];
  if (hits.some((h) => h.first <= (after?.last ?? head.last) && h.last >= verb.first)) return undefined;
  // "Conduct churn driver research": the verb only says it is done, so the object names the practice.
  const first = PERFORMING_VERBS.has(verbStem) && words >= 2 ? (units[o] as Unit).first : verb.first;
  return { first, last: head.last, start: (tokens[first] as Token).start, end: (tokens[head.last] as Token).end };
}
