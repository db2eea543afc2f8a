/**
 * The heading vocabulary of job postings and résumés: which words open which kind of section.
 */
import vocabulary from './data/headings.json' with { type: 'json' };

export type SectionKind =
  | 'intro'
  | 'responsibilities'
  | 'required'
  | 'preferred'
  | 'education'
  | 'skills'
  | 'experience'
  | 'projects'
  | 'languages'
  | 'certifications'
  | 'summary'
  | 'qualifications'
  | 'boilerplate';

type HeadingKind = Exclude<SectionKind, 'intro'>;

/** The curated vocabulary (data/headings.json, with its schema): a curator's change reads as a diff of data. */
interface HeadingVocabulary {
  fields: string[];
  headings: Record<HeadingKind, string[]>;
  headNouns: Record<string, HeadingKind>;
  preferredModifiers: string[];
  requiredModifiers: string[];
  sectionModifiers: string[];
  describingModifiers: string[];
  describedBoilerplate: string[];
  runOnHeadings: string[];
  runOnItemOpeners: string[];
  runOnCompounds: Record<string, string[]>;
}
const VOCABULARY = vocabulary as HeadingVocabulary;

/**
 * Headings of a job board's one-value fields ("Salary: €60k", "Location:\nBerlin"), all boilerplate:
 * their section is the value's line only, and what follows continues the section before them.
 */
const FIELD_HEADINGS = new Set(VOCABULARY.fields);
const HEADINGS: Record<HeadingKind, string[]> = {
  ...VOCABULARY.headings,
  boilerplate: [...VOCABULARY.headings.boilerplate, ...VOCABULARY.fields],
};

export interface HeadingEntry {
  kind: Exclude<SectionKind, 'intro'>;
  words: string[];
  /** A one-value field: the section ends with the value's line. */
  field: boolean;
}

/** Lower-cased heading phrases as word lists ("&" as "and", apostrophes kept). */
export function headingWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

const QUESTION_WORDS = new Set(['what', 'who', 'how', 'why', 'where']);
const AUXILIARIES = new Set(['are', 'will', 'do', 'can', 'should', 'would', 'have']);
const FIRST_PERSON: Readonly<Record<string, string>> = { you: 'i', "you'll": "i'll", your: 'my', yourself: 'myself' };

/**
 * A heading asked as a question or from the applicant's side says the same: "What we are looking for"
 * is also "What are we looking for?", and "What you will be doing" also "What will I be doing?".
 */
function questionForms(words: readonly string[]): string[][] {
  const forms: string[][] = [[...words]];
  const [wh, subject, auxiliary, ...rest] = words;
  if (wh && subject && auxiliary && QUESTION_WORDS.has(wh) && (subject === 'we' || subject === 'you') && AUXILIARIES.has(auxiliary))
    forms.push([wh, auxiliary, subject, ...rest]);
  for (const form of [...forms]) if (form.some((w) => FIRST_PERSON[w])) forms.push(form.map((w) => FIRST_PERSON[w] ?? w));
  return forms;
}

export const HEADING_ENTRIES: HeadingEntry[] = Object.entries(HEADINGS).flatMap(([kind, phrases]) =>
  phrases.flatMap((p) =>
    questionForms(headingWords(p)).map((words) => ({ kind: kind as HeadingEntry['kind'], words, field: FIELD_HEADINGS.has(p) })),
  ),
);

/** Sections whose words never make requirements. */
export const NON_REQUIREMENT_SECTIONS: ReadonlySet<SectionKind> = new Set(['boilerplate']);

/** The last word of a heading names what it holds; the vocabulary above misses many employers' own phrasings. */
const HEAD_NOUNS: Readonly<Record<string, HeadingKind>> = VOCABULARY.headNouns;
/** A noun that closes a label and names its section ("abilities", "duties"). */
export const isHeadNoun = (word: string): boolean => Object.hasOwn(HEAD_NOUNS, word);
/** Words before the head noun that set the level: "Preferred Experience", "Minimum Education". */
const PREFERRED_MODIFIERS = new Set(VOCABULARY.preferredModifiers);
const REQUIRED_MODIFIERS = new Set(VOCABULARY.requiredModifiers);
/**
 * Words that may stand before the head noun. A label such as "Communication Skills:" names a skill,
 * not a section, so only words that describe a section itself are allowed.
 */
const SECTION_MODIFIERS = new Set([
  ...VOCABULARY.sectionModifiers,
  ...PREFERRED_MODIFIERS,
  ...REQUIRED_MODIFIERS,
  ...Object.keys(HEAD_NOUNS),
]);

/** Words a label heading is made of ("Typical Duties", "Preferred Experience"): its modifiers and head nouns. */
export const LABEL_WORDS: ReadonlySet<string> = SECTION_MODIFIERS;

/** One-word headings read even where a page's lines were joined by spaces ("… (Junior) Requirements Experience using Python"). */
export const RUN_ON_HEADINGS: ReadonlySet<string> = new Set(VOCABULARY.runOnHeadings);

/** Capitalised words that open the next item of a list a scrape ran together ("… data warehouses Hands-on experience with Snowflake …"). */
export const RUN_ON_ITEM_OPENERS: ReadonlySet<string> = new Set(VOCABULARY.runOnItemOpeners);

const RUN_ON_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(VOCABULARY.runOnCompounds).map(([head, next]) => [head, new Set(next)]),
);
/** "Benefits Administration", "Requirements Gathering": a run-on heading word that opens a name with the word after it. */
export const opensACompound = (head: string, next: string): boolean => RUN_ON_COMPOUNDS.get(head)?.has(next) ?? false;

/** "Overall Responsibilities & Skills": words that only describe a section before a known heading. */
export const DESCRIBING_MODIFIERS: ReadonlySet<string> = new Set(VOCABULARY.describingModifiers);

/** The words of a heading's closing aside, lower-cased ("(Desirable, not a must)" → desirable, not, a, must). */
const wordsOfAside = (aside: string): string[] =>
  aside
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter(Boolean);

/** A heading's kind with the level its closing aside gives ("(Nice to Have)", "(Required)"); other asides change nothing. */
export function levelledByAside(kind: Exclude<SectionKind, 'intro'>, aside: string): Exclude<SectionKind, 'intro'> {
  if (kind === 'preferred' || kind === 'required') return kind;
  return levelled(kind, wordsOfAside(aside));
}

/** "(Desirable, not a must)", "(Necessary)", "(nice to have)": an aside that says how much its heading's list is asked. */
const isLevelWord = (word: string): boolean => PREFERRED_MODIFIERS.has(word) || REQUIRED_MODIFIERS.has(word);
export function asideStatesLevel(aside: string): boolean {
  return withNiceToHaveAsOneWord(wordsOfAside(aside)).some(isLevelWord);
}

/** Words an aside may hold around its level and still say nothing else ("(Desirable, not a must)", "(Nice to Have)"). */
const LEVEL_ASIDE_FILLERS: ReadonlySet<string> = new Set([
  'not',
  'a',
  'an',
  'but',
  'or',
  'and',
  'is',
  'highly',
  'strongly',
  'very',
  'to',
  'have',
]);
/** "(Necessary)", "(Desirable, not a must)": an aside of level words only, where "(prior PyTorch experience required)" hedges an item. */
export function asideIsOnlyALevel(aside: string): boolean {
  const words = withNiceToHaveAsOneWord(wordsOfAside(aside));
  return words.some(isLevelWord) && words.every((w) => isLevelWord(w) || LEVEL_ASIDE_FILLERS.has(w));
}

/** Modals that make what follows a possibility ("Skills you may have"). */
const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could']);

/** Kinds a level modifier can turn into required or preferred. */
const LEVELLED_KINDS: ReadonlySet<SectionKind> = new Set(['qualifications', 'required', 'skills', 'experience', 'certifications']);

/** A marked heading's closing word that says its list is asked for. */
const NEEDED_WORDS: ReadonlySet<string> = new Set(['needed', 'required']);
const MAX_NEEDED_LABEL_WORDS = 4;

/**
 * The kind of a heading the source marked ("### Data Engineer (Junior) Requirements"), from its head noun
 * alone: the mark says it is a heading, so the words before the head may name the role or the team.
 */
export function kindFromMarkedHeading(words: readonly string[]): Exclude<SectionKind, 'intro'> | undefined {
  const last = words[words.length - 1] ?? '';
  const head = HEAD_NOUNS[last];
  if (head) return levelled(head, words.slice(0, -1));
  // "Equipment Needed", "Tools Required": whatever a marked heading says is needed is asked for.
  if (words.length >= 2 && words.length <= MAX_NEEDED_LABEL_WORDS && NEEDED_WORDS.has(last)) return 'required';
  return undefined;
}

/** A head noun's kind, turned into required or preferred by a level among its modifiers when its kind takes one. */
function levelled(head: Exclude<SectionKind, 'intro'>, modifiers: readonly string[]): Exclude<SectionKind, 'intro'> {
  if (!LEVELLED_KINDS.has(head)) return head;
  if (modifiers.some((w) => PREFERRED_MODIFIERS.has(w))) return 'preferred';
  if (modifiers.some((w) => REQUIRED_MODIFIERS.has(w))) return 'required';
  return head;
}

const MAX_BOILERPLATE_LABEL_WORDS = 4;
/** Head nouns that name boilerplate whatever words describe them; "conditions" or "grade" need a known modifier. */
const DESCRIBED_BOILERPLATE = new Set(VOCABULARY.describedBoilerplate);

/** Singular head nouns that open a requirement, not a heading: "Ability to work independently", "Proficiency in Excel". */
const OPENS_AN_ITEM: ReadonlySet<string> = new Set(['ability', 'aptitude', 'proficiency', 'expertise', 'competency', 'skill']);

/** Words after a head noun that open what describes it: "Skills that will make you successful", "Requirements for this role". */
const HEAD_FIRST_FOLLOWERS = new Set(['that', 'which', 'you', "you'll", 'we', "we're", "we'd", 'i', 'needed', 'required', 'for', 'to']);

/**
 * The kind of a label that opens with its head noun and goes on to describe it ("Skills that will make
 * you successful in this role", "Qualifications we look for", "Experience you'll need"); a level among
 * its words ("Skills that would be nice to have") sets the level.
 */
export function kindFromHeadFirstLabel(words: readonly string[]): Exclude<SectionKind, 'intro'> | undefined {
  const head = HEAD_NOUNS[words[0] ?? ''];
  if (!head || head === 'boilerplate' || OPENS_AN_ITEM.has(words[0] ?? '')) return undefined;
  // "Requirements and abilities for the position": section nouns joined before what describes them.
  let next = 1;
  const joinedSectionNoun = (k: number): boolean => {
    const kind = HEAD_NOUNS[words[k + 1] ?? ''];
    return (words[k] === 'and' || words[k] === '&') && kind !== undefined && kind !== 'boilerplate';
  };
  while (joinedSectionNoun(next)) next += 2;
  if (!HEAD_FIRST_FOLLOWERS.has(words[next] ?? '')) return undefined;
  // "Skills you may have, or will learn": what the candidate may have is a plus.
  if (LEVELLED_KINDS.has(head) && words.slice(next).some((w) => POSSIBILITY_MODALS.has(w))) return 'preferred';
  return levelled(head, words.slice(next));
}

/** "Knowledge/Skills/Abilities", "Education/Certification/Experience": a label made only of section nouns, a form's field. */
export function isSectionNounList(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((w) => HEAD_NOUNS[w] !== undefined && HEAD_NOUNS[w] !== 'boilerplate');
}

/** Words of a sentence announcing the job ("Muses is hiring"); `headingWords` keeps only straight apostrophes. */
const ANNOUNCING_VERBS: ReadonlySet<string> = new Set(['is', 'are', "we're", "it's", 'now']);

/** The kind of a heading outside the vocabulary, from its lower-cased words; undefined when its last word names no section. */
export function kindFromLabelWords(label: readonly string[]): Exclude<SectionKind, 'intro'> | undefined {
  const words = withNiceToHaveAsOneWord(label);
  // A level may follow the head noun: "Knowledge, Skills and Abilities Required", "Experience Preferred".
  const trailingLevel = closesOnALevel(words);
  const headAt = trailingLevel ? words.length - 2 : words.length - 1;
  const head = HEAD_NOUNS[words[headAt] ?? ''];
  const modifiers = words.filter((_, k) => k !== headAt);
  if (!head) return undefined;
  // "Muses is hiring", "We're hiring": a sentence announcing the job opens the posting, no section.
  if (modifiers.some((w) => ANNOUNCING_VERBS.has(w))) return undefined;
  // "Values-Driven Hiring", "Our Amazing Perks": a boilerplate head noun names its section whatever describes it.
  const describedBoilerplate = DESCRIBED_BOILERPLATE.has(words[headAt] as string) && words.length <= MAX_BOILERPLATE_LABEL_WORDS;
  if (!describedBoilerplate && !modifiers.every((w) => SECTION_MODIFIERS.has(w))) return undefined;
  return levelled(head, modifiers);
}

/** "Knowledge, Skills and Abilities Required", "Experience Preferred": a level closing a label after its head noun. */
export function closesOnALevel(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && (PREFERRED_MODIFIERS.has(last) || REQUIRED_MODIFIERS.has(last));
}

/** "Additional Nice-to-Have Skills": "nice to have" before a head noun is one preferred modifier. */
function withNiceToHaveAsOneWord(words: readonly string[]): readonly string[] {
  // "Good to have skills" says the same as "Nice to have skills".
  const at = Math.max(words.indexOf('nice'), words.indexOf('good'));
  if (at === -1 || words[at + 1] !== 'to' || words[at + 2] !== 'have') return words;
  return [...words.slice(0, at), 'nice', ...words.slice(at + 3)];
}

/** Words that say who fits before the "if": "for you if", "a great fit if", "you'll thrive here if". */
const FIT_WORDS = new Set(['fit', 'for', 'thrive', 'succeed', 'excel', 'love', 'apply', 'right', 'perfect', 'match', 'interested', 'want']);
/** What follows the "if": the candidate's having or being, or nothing ("You should apply if:", the list says it). */
const FIT_CONDITION = /^(?:you )?(?:have|are|bring|can|know|possess|hold)\b|^you(?:'re| are)?$|^$/;
const MAX_FIT_LABEL_WORDS = 12;
/** "We get excited about candidates who have the following", "Looking for people who are": the people sought, then what they have. */
const SOUGHT_PEOPLE = new Set(['candidates', 'applicants', 'people', 'individuals', 'someone', 'those']);
const SOUGHT_RELATIVES = new Set(['who', 'that']);
/** "Ideal candidates who have": the profile hoped for, which the lead-in reading weighs. */
const IDEAL_WORDS = new Set(['ideal', 'perfect', 'best']);
/** The index of the "who" after a sought-people noun, or -1. */
function soughtPeopleAt(words: readonly string[]): number {
  for (let k = 1; k < words.length; k++)
    if (SOUGHT_RELATIVES.has(words[k] as string) && SOUGHT_PEOPLE.has(words[k - 1] as string)) return k;
  return -1;
}

/**
 * A heading that says who fits ("This job is for you if you have", "You'll be a great fit if you",
 * "Bonus points if you have", "We get excited about candidates who have the following"): required, or preferred
 * when a level word says so.
 */
export function kindFromFitLabel(words: readonly string[]): 'required' | 'preferred' | undefined {
  if (words.length > MAX_FIT_LABEL_WORDS) return undefined;
  const sought = soughtPeopleAt(words);
  const at = sought === -1 ? words.indexOf('if') : sought;
  if (at < 1 || !FIT_CONDITION.test(words.slice(at + 1).join(' '))) return undefined;
  const before = words.slice(0, at);
  if (before.some((w) => PREFERRED_MODIFIERS.has(w))) return 'preferred';
  if (sought !== -1) return before.some((w) => IDEAL_WORDS.has(w)) ? undefined : 'required';
  return before.some((w) => FIT_WORDS.has(w)) ? 'required' : undefined;
}

/** Question words a heading may open with ("What experience are we looking for?", "What does the job entail?"). */
const QUESTION_OPENERS = new Set(['what', 'who', 'how', 'why', 'which', 'are', 'do']);
const MAX_QUESTION_LABEL_WORDS = 10;
/** What a question heading asks about, by the words it holds, in the order they are tried. */
const QUESTION_KINDS: readonly [RegExp, Exclude<SectionKind, 'intro'>][] = [
  [/\b(?:nice to have|bonus|would be a plus|extra credit)\b/, 'preferred'],
  [
    /\b(?:like to work|work(?:ing)? (?:here|with us|at)|we offer|in it for you|benefits|perks|why (?:join|work)|offer you)\b/,
    'boilerplate',
  ],
  [
    /\b(?:(?:are|am|is) (?:we|i) looking for|we(?:'re| are) looking for|do (?:we|i) (?:need|expect|require|look for)|we need|should you (?:have|bring)|do you need|you need|you(?:'ll| will)? bring|are you)\b/,
    'required',
  ],
  [
    /\b(?:entail|involve|you(?:'ll| will) (?:do|be doing|work on)|(?:your|the) (?:day|role|job) (?:look|involve)|does the (?:role|job|position)|will you (?:do|be doing))\b/,
    'responsibilities',
  ],
];

/**
 * A heading asked as a question ("What experience are we looking for?", "What does the job entail?", "What is it
 * like to work at Acme?"): its kind from what it asks; undefined when the question names no section.
 */
export function kindFromQuestionLabel(words: readonly string[]): Exclude<SectionKind, 'intro'> | undefined {
  if (words.length < 2 || words.length > MAX_QUESTION_LABEL_WORDS || !QUESTION_OPENERS.has(words[0] ?? '')) return undefined;
  const question = words.join(' ');
  return QUESTION_KINDS.find(([pattern]) => pattern.test(question))?.[1];
}
