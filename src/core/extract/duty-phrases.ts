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
const HELPING_VERBS = new Set(vocabulary.helpingVerbs.map(stem));
/** Prepositions after a helping verb that open the practice helped with. */
const HELPED_WITH = new Set(['with', 'in']);
/** A practice noun: "placement", "organizing", "maintenance", "analysis". */
const PRACTICE_NOUN = /(?:ing|tion|sion|ment|sis|ance|ence)s?$/;
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
 * "Preparing financial on relevant projects", "Implement an instructional, therapeutic, or skill development program":
 * a head in -cial, -ical or -ional is an adjective whose noun the text dropped or put after a list of others.
 */
const ADJECTIVE_HEAD = /(?:cial|ical|ional)$/;

/**
 * The duty an item opens with, when the catalogue names none of it: the verb and the noun phrase right
 * after it. Returns its token range, or none when the verb states an aim or the object is vague, people, or runs on.
 */
export function unlistedDuty(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange | undefined {
  const range = dutyOpeningTheItem(tokens, hits);
  // "expanding our job postings reach": a phrase with whose it is in it is this job's task, not a practice one names.
  if (range && tokens.slice(range.first, range.last + 1).some((t) => POSSESSIVES.has(t.lower))) return undefined;
  return range;
}
const POSSESSIVES = new Set(['our', 'your', 'their', 'my', 'his', 'her', 'its']);

function dutyOpeningTheItem(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange | undefined {
  const units = unitsOf(tokens);
  let v = 0;
  while (v < units.length && !/\p{L}/u.test((units[v] as Unit).text)) v++;
  const verb = units[v];
  if (!verb || !WORD.test(verb.text) || isLightDutyVerb(verb.lower)) return undefined;
  const verbStem = verbStemOf(verb.lower);
  if (HELPING_VERBS.has(verbStem) && HELPED_WITH.has(units[v + 1]?.lower ?? '')) return practiceHelpedWith(units, v + 2, tokens, hits);
  const of = dutyNounsBeforeOf(units, v);
  if (of !== undefined) return nominalDuty(units, v, of, tokens, hits);
  if ((!isDutyVerb(verb.lower) && !HANDS_ON_VERBS.has(verbStem)) || AIM_VERBS.has(verbStem)) return undefined;
  let o = v + 1;
  // "Pack and prepare sterile supplies", "Request and review translations": verbs joined over one object.
  for (let joined = 0; joined < MAX_JOINED_VERBS && COORDINATORS.has(units[o]?.lower ?? '') && isJoinedVerb(units[o + 1]); joined++) o += 2;
  // "Design logos" may be a name; "Design the menu" is a duty.
  if (isNounAsOftenAsVerb(verb.lower) && !OPENING_WORDS.has(units[o]?.lower ?? '')) return undefined;
  while (o < units.length && (OPENING_WORDS.has((units[o] as Unit).lower) || QUALIFIER.test((units[o] as Unit).lower))) o++;
  const { end, words } = joinedObjectFrom(units, o);
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
  // "Consult district and outside resource people": the object qualifies people named after a coordinator.
  if (COORDINATORS.has(units[end]?.lower ?? '') && peopleSoonAfter(units, end + 1)) return undefined;
  if (isQuality(head.lower) || ADJECTIVE_HEAD.test(head.lower) || isQuality((units[o] as Unit).lower)) return undefined;
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

/**
 * "Assist with placement of orders", "Help with grassroots organizing efforts": the practice helped
 * with, from `at`, up to the first word no name holds or "of" and its object; words that only say it
 * is an effort ("efforts", "activities") are left off. Read only when its head is a practice noun.
 */
function practiceHelpedWith(
  units: readonly Unit[],
  at: number,
  tokens: readonly Token[],
  hits: readonly SkillHit[],
): TokenRange | undefined {
  const o = pastOpeningWords(units, at);
  let end = objectEnd(units, o);
  // "training and supervision of adults": practice nouns joined by "and" share what follows.
  const joined = units[end + 1]?.lower ?? '';
  if (COORDINATORS.has(units[end]?.lower ?? '') && PRACTICE_NOUN.test(joined) && !joined.endsWith('ing') && end - o === 1)
    end = objectEnd(units, end + 1);
  // "coordinating a Technology Resource Library": a gerund takes its object, with an article.
  if (end - o === 1 && /ing$/.test((units[o] as Unit).lower)) {
    const k = pastOpeningWords(units, end);
    const objectEnds = objectEnd(units, k);
    if (objectEnds > k) end = objectEnds;
  }
  const fullEnd = end;
  while (end > o && VAGUE_OBJECTS.has((units[end - 1] as Unit).lower)) end--;
  // "organizing efforts" is organizing; "diagnosing field issues" without its issues is no practice.
  if (end === o || (end < fullEnd && !PRACTICE_NOUN.test((units[end - 1] as Unit).lower))) return undefined;
  const next = units[end];
  if (next && !next.separator && !next.ends && isObjectWord(next) && !VAGUE_OBJECTS.has(next.lower)) return undefined;
  // "development and implementation of …", "identifying and cultivating donors": the practice runs on past its first word.
  if (COORDINATORS.has(next?.lower ?? '')) return undefined;
  const phrase = units.slice(o, end);
  // One word is a practice only with its object ("placement of orders"), never alone ("Assist with development").
  if (phrase.length < 2) return undefined;
  const head = units[o] as Unit;
  // "Participate in weekly Science and Policy Department meetings": a capitalised practice is a body's name.
  if (/^\p{Lu}/u.test(head.text)) return undefined;
  const last = phrase[phrase.length - 1] as Unit;
  if (!(PRACTICE_NOUN.test(head.lower) || PRACTICE_NOUN.test(last.lower)) || isPeople(last.lower) || GENERIC_ALONE.has(last.lower))
    return undefined;
  if (hits.some((h) => h.first <= last.last && h.last >= head.first)) return undefined;
  return { first: head.first, last: last.last, start: (tokens[head.first] as Token).start, end: (tokens[last.last] as Token).end };
}

/** Practice nouns that name a duty without a nominal ending ("Support, maintenance and inventory of the studio"). */
const DUTY_NOUNS = new Set(vocabulary.dutyNouns);
const isDutyNoun = (u: Unit | undefined): boolean =>
  u !== undefined &&
  WORD.test(u.text) &&
  (DUTY_NOUNS.has(u.lower) || (u.lower.length >= 6 && PRACTICE_NOUN.test(u.lower) && !u.lower.endsWith('ing')));
const MAX_JOINED_DUTY_NOUNS = 3;

/** Where the duty nouns at `v` are followed by "of" ("Development and maintenance of …"): the index of "of", if so. */
function dutyNounsBeforeOf(units: readonly Unit[], v: number): number | undefined {
  for (let k = v, nouns = 0; isDutyNoun(units[k]) && nouns < MAX_JOINED_DUTY_NOUNS; k += 2, nouns++) {
    const next = units[k + 1];
    if (next?.lower === 'of') return k + 1;
    if (!(COORDINATORS.has(next?.lower ?? '') || next?.text === ',')) return undefined;
  }
  return undefined;
}

/**
 * A duty stated as nouns at the head of its item: "Organization of workshops", "Development and maintenance of the
 * technical infrastructure", "Acquisition of equipment and inventory". The practice nouns from `v` and the object after
 * "of" at `of`, as the item words them.
 */
function nominalDuty(
  units: readonly Unit[],
  v: number,
  of: number,
  tokens: readonly Token[],
  hits: readonly SkillHit[],
): TokenRange | undefined {
  const o = pastOpeningWords(units, of + 1);
  const { end, words } = joinedObjectFrom(units, o);
  if (end === o) return undefined;
  // The object runs on into more words than a name ("Development of the new online booking and payment system for all …").
  if (end < units.length && isObjectWord(units[end] as Unit)) return undefined;
  const head = units[end - 1] as Unit;
  if (isPeople(head.lower) || VAGUE_OBJECTS.has(head.lower) || (words === 1 && GENERIC_ALONE.has(head.lower)) || isQuality(head.lower))
    return undefined;
  const first = units[v] as Unit;
  if (hits.some((h) => h.first <= head.last && h.last >= first.first)) return undefined;
  return { first: first.first, last: head.last, start: (tokens[first.first] as Token).start, end: (tokens[head.last] as Token).end };
}

/** The object from `o`: up to MAX_OBJECT_WORDS object words, a word joined by "and" continuing it ("minor and major repairs", "linens and towels"). */
function joinedObjectFrom(units: readonly Unit[], o: number): { end: number; words: number } {
  let end = o;
  let words = 0;
  while (end < units.length && words < MAX_OBJECT_WORDS) {
    const u = units[end] as Unit;
    const next = units[end + 1];
    const joined = COORDINATORS.has(u.lower) && words > 0 && next !== undefined && isObjectWord(next) && !isDutyVerb(next.lower);
    if (!joined && !isObjectWord(u)) break;
    if (!joined) words++;
    end++;
  }
  return { end, words };
}

const PEOPLE_REACH = 4;
/** A people noun within a few words from `at`, before any stop: the head the words before it qualify. */
function peopleSoonAfter(units: readonly Unit[], at: number): boolean {
  for (let k = at; k < units.length && k < at + PEOPLE_REACH; k++) {
    const u = units[k] as Unit;
    if (u.separator || u.ends) return false;
    // "people" itself stays out of the shared list, where "train people" would read as a directed practice.
    if (isPeople(u.lower) || u.lower === 'people') return true;
  }
  return false;
}

/** Past the determiners and plain qualifiers from `at` ("the", "all", "daily"). */
function pastOpeningWords(units: readonly Unit[], at: number): number {
  let k = at;
  while (k < units.length && OPENING_WORDS.has((units[k] as Unit).lower)) k++;
  return k;
}

/** "supervision of four (4) adults": a count opens who, not what. */
const COUNTS = new Set('one two three four five six seven eight nine ten twelve several multiple many all'.split(' '));

/** Where an object from `o` ends: object words, then "of" and its object after a practice noun ("placement of orders"). */
function objectEnd(units: readonly Unit[], o: number): number {
  let end = o;
  while (end < units.length && end - o < MAX_OBJECT_WORDS && isObjectWord(units[end] as Unit)) end++;
  if (
    units[end]?.lower === 'of' &&
    PRACTICE_NOUN.test((units[end - 1] as Unit | undefined)?.lower ?? '') &&
    !COUNTS.has(units[end + 1]?.lower ?? '')
  ) {
    let k = end + 1;
    while (k < units.length && k - end <= MAX_OBJECT_WORDS && isObjectWord(units[k] as Unit)) k++;
    if (k > end + 1) end = k;
  }
  return end;
}
