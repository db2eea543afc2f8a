import vocabulary from './data/places.json' with { type: 'json' };

/*
 * Places a posting names where it asks ("experience in Arizona and adjacent states", "fieldwork in
 * southern Arizona"): where the work was done, never a skill. The names are data (data/places.json).
 */

/** Place names without their article: "the Pacific Northwest" is looked up as "Pacific Northwest". */
const PLACES: ReadonlySet<string> = new Set(vocabulary.places.map((p) => p.replace(/^the /, '')));
const DIRECTION_WORDS: ReadonlySet<string> = new Set(vocabulary.directionWords);

/** Whether a phrase is a place's name, written as such, after at most one direction word or article ("southern Arizona"). */
export function namesAPlace(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  return PLACES.has((DIRECTION_WORDS.has(first) || first === 'the' ? words.slice(1) : words).join(' '));
}

/** "experience in", "work in", "based in": what follows says where, not what. "Knowledge of Pennsylvania" is local knowledge, a skill. */
const WHERE_BEFORE =
  /\b(?:experience|experienced|work|worked|working|based|located|living|live)\s+(?:\w+\s+)?(?:in|within|across|throughout|around)\s+(?:the\s+)?$/;

/** Whether the phrase at [start, end) names the place some experience or work was in. */
export function namesWhereWorkWasDone(text: string, start: number, end: number): boolean {
  return namesAPlace(text.slice(start, end)) && WHERE_BEFORE.test(text.slice(Math.max(0, start - 50), start).toLowerCase());
}
