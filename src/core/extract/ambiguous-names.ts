import type { Taxonomy } from '../taxonomy/compile.js';
import type { Token } from '../text/tokenize.js';
import { classifyGap } from './groups.js';
import { hasTechContextAfter, sharedSurfaces, type SkillHit } from './match.js';

/*
 * Names that are also common words or letters ("R", "Go", "boilers", "networking"): which of them name a
 * skill, read from the names beside them and the words that ask for them.
 */

const LIST_SEPARATORS = new Set([',', '/', '|', ';', '(', ')', ':', '&', 'and', 'or']);

/** A name that is a whole element of a list ("R" in "Skills: SAS, R, Stata", a bullet that says only "Go"). */
function isListElement(tokens: readonly Token[], hit: SkillHit): boolean {
  const prev = tokens[hit.first - 1];
  const next = tokens[hit.last + 1];
  return (prev === undefined || LIST_SEPARATORS.has(prev.key)) && (next === undefined || LIST_SEPARATORS.has(next.key));
}

/**
 * Business-side categories: a word that is also a technical name ("networking") is not vouched for by a sales or
 * marketing skill beside it ("cold calling and networking"), only by a skill of its own side.
 */
const BUSINESS_CATEGORIES: ReadonlySet<string> = new Set([
  'sales',
  'marketing',
  'advertising',
  'hr',
  'legal-compliance',
  'content-media',
  'education-training',
  'healthcare',
  'business-domain',
  'finance',
  'soft-skill',
  'ecommerce',
]);
/** Trades and plant: "engines", "boilers" are vouched for by a skill of the shop floor, not by "NoSQL" beside them. */
const PHYSICAL_CATEGORIES: ReadonlySet<string> = new Set(['engineering', 'operations']);
const sideOf = (category: string): 'business' | 'physical' | 'digital' =>
  BUSINESS_CATEGORIES.has(category) ? 'business' : PHYSICAL_CATEGORIES.has(category) ? 'physical' : 'digital';

/** Words that ask for a tool by name right before it: "experience with Spark", "knowledge of Go". */
const ASKED_WITH = new Set(['with', 'in', 'of', 'using']);
/** The word before that preposition: a noun, adjective or verb of asking ("experience", "proficient", "worked"). */
const ASKING_WORDS = new Set([
  'worked',
  'experience',
  'knowledge',
  'proficiency',
  'proficient',
  'familiarity',
  'familiar',
  'expertise',
  'skilled',
  'fluency',
  'fluent',
  'competency',
  'competence',
  // "Code will be written in C", "coding in Go": a language is what code is written in.
  'written',
  'write',
  'writing',
  'code',
  'coded',
  'coding',
  'programming',
  'scripting',
  // "letters in Word", "reports in Access", "slides in Keynote": a document is made in a program.
  'letters',
  'documents',
  'memos',
  'reports',
  'presentations',
  'slides',
  'spreadsheets',
  'invoices',
  'templates',
  'diagrams',
]);

/** A case-exact name written capitalised right after "experience with" or "knowledge of" is the tool, not the word ("Spark", "Go"). */
function isCapitalisedNameAskedFor(tokens: readonly Token[], hit: SkillHit): boolean {
  if (!hit.surface.caseForms || !/^\p{Lu}/u.test(hit.surface.text)) return false;
  const preposition = tokens[hit.first - 1];
  const asking = tokens[hit.first - 2];
  return preposition !== undefined && asking !== undefined && ASKED_WITH.has(preposition.lower) && ASKING_WORDS.has(asking.lower);
}

/** A context-bound name that is a plain word written in lower case ("boilers"), not a letter or a capitalised name ("R", "Go"). */
const isCommonNoun = (hit: SkillHit): boolean => hit.surface.requireContext && !hit.surface.caseForms && /^\p{Ll}/u.test(hit.surface.text);
/** A context-bound product name written as the catalogue spells it, capitalised and longer than a letter or two ("Instagram", not "R" or "Go"). */
const MIN_PRODUCT_NAME_CHARS = 4;
const isSpelledProductName = (hit: SkillHit): boolean =>
  hit.surface.requireContext &&
  hit.surface.caseForms !== undefined &&
  /^\p{Lu}/u.test(hit.surface.text) &&
  hit.surface.text.length >= MIN_PRODUCT_NAME_CHARS;

/**
 * Context rule for names that are also words or letters: they count only beside other technical
 * skills, or, in a list of skills (`inSkillList`), as a whole element of it.
 */
export function resolveAmbiguous(
  written: SkillHit[],
  tokens: readonly Token[],
  text: string,
  taxonomy: Taxonomy,
  inSkillList: boolean,
): SkillHit[] {
  const hits = bySideOfNeighbours(written, tokens, text, taxonomy);
  const accepted = hits.map(
    (h) =>
      !h.surface.requireContext ||
      hasTechContextAfter(tokens, h) ||
      (inSkillList && isListElement(tokens, h)) ||
      isCapitalisedNameAskedFor(tokens, h),
  );
  const isAnchor = (k: number, of: SkillHit): boolean => {
    const h = hits[k];
    if (!h || !accepted[k]) return false;
    const skill = taxonomy.skills.get(h.skillId);
    const own = taxonomy.skills.get(of.skillId);
    return skill !== undefined && skill.kind === 'hard' && (own === undefined || sideOf(own.category) === sideOf(skill.category));
  };
  // "repairs to boilers, burners, pumps and motors", "platforms such as Instagram, Facebook, LinkedIn": lower-case names, or
  // product names spelled as the catalogue does, of one category listed together vouch for each other.
  const boundAlike = (a: SkillHit, b: SkillHit): boolean =>
    (isCommonNoun(a) && isCommonNoun(b)) || (isSpelledProductName(a) && isSpelledProductName(b));
  hits.forEach((h, k) => {
    const next = hits[k + 1];
    if (accepted[k] || !next || accepted[k + 1] || !boundAlike(h, next) || h.skillId === next.skillId) return;
    const category = taxonomy.skills.get(h.skillId)?.category;
    if (category === undefined || category !== taxonomy.skills.get(next.skillId)?.category) return;
    if (classifyGap(text.slice(h.end, next.start)) === 'break') return;
    accepted[k] = true;
    accepted[k + 1] = true;
  });
  for (let pass = 0; pass < 2; pass++) {
    hits.forEach((h, k) => {
      if (accepted[k]) return;
      const prev = hits[k - 1];
      const next = hits[k + 1];
      const linked = (a: SkillHit, b: SkillHit, classFirst: boolean): boolean => {
        const link = classifyGap(text.slice(a.end, b.start));
        // "social media (Facebook, Instagram)": a class vouches for the examples after it, not the other way round.
        return link !== 'break' && (link !== 'examples' || classFirst);
      };
      if ((prev && isAnchor(k - 1, h) && linked(prev, h, true)) || (next && isAnchor(k + 1, h) && linked(h, next, false)))
        accepted[k] = true;
    });
  }
  return hits.filter((_, k) => accepted[k]);
}

/**
 * "Experience with CBT and DBT": a context-bound name two skills share is the one whose side its listed
 * neighbours are on — the therapy beside a therapy, the data build tool beside Snowflake.
 */
function bySideOfNeighbours(hits: SkillHit[], tokens: readonly Token[], text: string, taxonomy: Taxonomy): SkillHit[] {
  const hardSideOf = (hit: SkillHit): string | undefined => {
    const skill = taxonomy.skills.get(hit.skillId);
    return skill?.kind === 'hard' ? sideOf(skill.category) : undefined;
  };
  return hits.map((h, k) => {
    if (!h.surface.requireContext) return h;
    const prev = hits[k - 1];
    const next = hits[k + 1];
    const sides = [
      prev && !prev.surface.requireContext && classifyGap(text.slice(prev.end, h.start)) !== 'break' ? hardSideOf(prev) : undefined,
      next && !next.surface.requireContext && classifyGap(text.slice(h.end, next.start)) !== 'break' ? hardSideOf(next) : undefined,
    ].filter((side): side is string => side !== undefined);
    const own = taxonomy.skills.get(h.skillId);
    if (sides.length === 0 || (own && sides.includes(sideOf(own.category)))) return h;
    const other = sharedSurfaces(taxonomy, tokens, h).find((s) => {
      const skill = taxonomy.skills.get(s.skillId);
      return skill !== undefined && sides.includes(sideOf(skill.category));
    });
    return other ? { ...h, skillId: other.skillId, surface: other } : h;
  });
}
