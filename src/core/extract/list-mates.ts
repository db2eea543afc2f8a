import { keyOf, type Token } from '../text/tokenize.js';
import { stem } from '../text/nlp.js';
import type { SkillHit } from './match.js';
import { isPeople } from './people.js';

/*
 * Names the catalogue lacks, read from the lists they stand in: "Airflow, Luigi or Azkaban",
 * "IBC, ASCE, AISC, ACI", "criminal defense, immigration and litigation". A short noun phrase listed
 * beside names the catalogue knows is a name of the same kind. One pass over an item's tokens.
 */

/** Ids of names read from the lists they stand in; never a catalogue id. */
export const UNLISTED_PREFIX = 'unlisted-';
export const isUnlistedId = (id: string): boolean => id.startsWith(UNLISTED_PREFIX);

/** The lower-case words of a name, split at anything not a letter or digit ("ASME codes" → asme, codes; "HRV's" → hrvs). */
const nameWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, 's')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** The id of a listed name the catalogue lacks: its words as first written ("unlisted-asme-codes"). */
export const unlistedIdOf = (text: string): string => UNLISTED_PREFIX + nameWords(text).join('-');
/** What a résumé phrase must match: the stems of the words, so "ASME code" meets "ASME codes". */
export const phraseKeyOf = (text: string): string => nameWords(text).map(keyOf).join(' ');
/** The phrase key of an unlisted id. */
export const phraseKeyOfId = (id: string): string => phraseKeyOf(id.slice(UNLISTED_PREFIX.length));
/** A readable name for an unlisted id when only the id is kept (a packed rank input). */
export const nameOfUnlistedId = (id: string): string => id.slice(UNLISTED_PREFIX.length).replace(/-/g, ' ');

export interface ListMate {
  /** The phrase's first and last token, and its offsets in the text. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The known name listed closest to it, whose level and kind it shares. */
  anchor: SkillHit;
}

const MAX_MATE_WORDS = 4;
const MAX_MATE_CHARS = 40;

const SEPARATORS = new Set([',', ';', '/', '&', 'and', 'or']);
/** Punctuation inside a name when glued to words on both sides ("Node.js", "co-design", "e.g"); any other punctuation ends a list. */
const INNER_PUNCTUATION = new Set(['.', '-', "'", '_']);

/** Words after which a list starts afresh: what comes before them is not listed ("codes such as IBC, ASCE"). */
const OPENERS = new Set(['with', 'in', 'of', 'using', 'as', 'including', 'like', 'especially', 'e.g', 'i.e', 'incl', 'via']);
/** Prepositions inside a list's last element ("analysis of datasets"); "as" and "like" open what follows instead. */
const CUT_BY_A_PREPOSITION = new Set(['of', 'in', 'with', 'using', 'via']);
/** Openers that offer examples: one known name among them is enough to read the rest. */
const EXAMPLE_OPENERS = new Set(['as', 'including', 'like', 'especially', 'e.g', 'incl']);

/** Words a name never holds: function words, asking words, hedges and vague nouns. A phrase holding one is prose, not a name. */
const NOT_IN_A_NAME = new Set(
  (
    'a an the this that these those our your their its my his her we you they it he she them us who which what whose ' +
    'is are was were be been being am will would can could may might must should shall do does did done have has had having ' +
    'to for from with without within at by on in into onto of about above across after against along among around before behind ' +
    'below beneath beside between beyond during except inside near off out outside over per since than through throughout ' +
    'toward towards under until upon via while whilst where when whenever if unless because so such not no nor but yet also ' +
    'etc other others another similar same related relevant various equivalent comparable any all each every some more most ' +
    'many much few several both either neither only just very well highly strong strongly excellent good great solid proven ' +
    'able ability abilities skill skills skilled knowledge experience experienced expertise familiarity familiar understanding ' +
    'proficiency proficient background years year degree degrees plus bonus preferred required desired desirable nice ' +
    'considered accepted welcome welcomed appreciated advantageous ' +
    'ideally preferably including like e.g i.e eg ie incl need needs needed want wants wanted using used use uses ' +
    'etc. tool tools technology technologies platform platforms system systems software solution solutions thing things ' +
    'stuff way ways others equivalents alternatives area areas field fields role roles position positions job jobs ' +
    'opportunity opportunities team teams company companies organisation organization business businesses people person ' +
    'customers customer clients client partners partner stakeholders staff colleagues members member managers manager ' +
    'employees employee students student patients patient families family children users user vendors vendor ' +
    'environment environments setting settings culture passion interest interests willingness desire commitment ' +
    'new existing current future previous prior additional general specific basic advanced key main overall daily modern latest ' +
    'already possess possesses possessing bring brings bringing gain gained demonstrate demonstrated demonstrable'
  ).split(' '),
);

/** A name starts with a letter or digit and holds word characters, with ".", "#", "+", "-" or "'" inside. */
const NAME_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.#+'-]*$/u;

export interface Unit {
  /** First and last token of a run of glued tokens ("Node.js", "co-design", "G1"). */
  first: number;
  last: number;
  text: string;
  lower: string;
  separator: boolean;
  ends: boolean;
}

/** Glued tokens (no space between) read as one word; separators and list ends stand alone. */
export function unitsOf(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isLoneAt(tokens, i)) {
      units.push({ first: i, last: i, text: t.text, lower: t.lower, separator: SEPARATORS.has(t.lower), ends: !SEPARATORS.has(t.lower) });
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (tokens[j + 1] as Token).start === (tokens[j] as Token).end && !isLoneAt(tokens, j + 1)) j++;
    // "e.g." and "i.e." keep their last full stop.
    if (j === i + 2 && /^[ei]\.[gse]$/i.test(textOf(tokens, i, j)) && tokens[j + 1]?.lower === '.') j++;
    const text = j === i ? t.text : textOf(tokens, i, j);
    units.push({ first: i, last: j, text, lower: text.toLowerCase().replace(/\.$/, ''), separator: false, ends: false });
    i = j;
  }
  return units;
}

const textOf = (tokens: readonly Token[], i: number, j: number): string =>
  tokens
    .slice(i, j + 1)
    .map((x) => x.text)
    .join('');

/** Glued to a word before and a word after. */
function glued(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const t = tokens[i] as Token;
  return prev !== undefined && next !== undefined && prev.end === t.start && next.start === t.end && next.kind === 'word';
}

function isLoneAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return t.kind === 'break' || SEPARATORS.has(t.lower) || (t.kind === 'punct' && !(INNER_PUNCTUATION.has(t.lower) && glued(tokens, i)));
}

/**
 * Verbs that open duties ("Create processes", "ensuring efficiency", "applies mechanical …"): a list of
 * duties is not a list of names. Base forms; any inflection matches through the stem.
 */
const DUTY_VERB_BASES: readonly string[] = (
  'accomplish achieve act adapt address adhere administer advise advocate align analyse analyze answer anticipate apply ' +
  'arrange assess assign assist attend be become build calculate carry champion check clarify coach collaborate collect ' +
  'communicate compile complete comply conduct confirm connect consult contribute coordinate create cultivate deliver ' +
  'demonstrate deploy design determine develop direct drive educate enable encourage engage enhance ensure establish ' +
  'evaluate execute expand facilitate follow foster gather generate get give guide handle help identify implement improve ' +
  'increase influence inform initiate inspire interact interpret investigate keep launch lead leverage liaise maintain make ' +
  'manage meet mentor monitor motivate move navigate negotiate nurture obtain operate optimise optimize organise organize ' +
  'oversee own participate partner perform plan prepare present prioritise prioritize process produce promote propose ' +
  'provide pursue recommend reduce represent research resolve respond review run schedule secure serve set share socialise ' +
  'socialize solve streamline strengthen supervise support take track train translate understand update use utilise ' +
  'utilize validate verify work write ' +
  // Duties of the trades and of service work ("Order supplies", "Inspect equipment", "Greet guests").
  'assemble calibrate diagnose fabricate fold greet inspect install lift mop order purchase remove repair replace replenish restock sanitize sell ' +
  'sweep troubleshoot unload wash weld exceed surpass'
).split(' ');
const DUTY_VERBS = new Set(DUTY_VERB_BASES.map(stem));
/** Duty verbs too light to say who is addressed: "Be part of our team", "Help us grow", "Work with our partners". */
const LIGHT_VERBS = new Set('act be become follow get give help keep make meet move set share take work'.split(' '));
const IMPERATIVE_VERBS = new Set(DUTY_VERB_BASES.filter((v) => !LIGHT_VERBS.has(v)));
const LIGHT_VERB_STEMS = new Set([...LIGHT_VERBS].map(stem));
/** "Keep", "Take", "Work": a duty verb that says little of the practice by itself. */
export const isLightDutyVerb = (word: string): boolean => LIGHT_VERB_STEMS.has(verbStemOf(word));

/** "Perform security reviews…", "Use data insights…": an item opening with a duty verb's base form is an instruction to the candidate. */
export function opensWithImperativeDuty(lower: string): boolean {
  const first = firstWordOf(lower);
  return first !== undefined && IMPERATIVE_VERBS.has(first);
}
/** An item's first word, past any bullet. */
export const firstWordOf = (lower: string): string | undefined => /^[\s*\u2022-]*([a-z]+)/.exec(lower)?.[1];

/** "Prepares and maintains supplies…", "Maintains equipment": a duty in the job description's third person. */
export function opensWithDutyVerb(lower: string): boolean {
  const first = firstWordOf(lower);
  return first !== undefined && isDutyVerb(first) && !ALSO_NOUNS.has(first);
}

/** Duty verbs that are as often nouns opening a name ("design specifications", "research methods"). */
const ALSO_NOUNS = new Set(
  'design research review plan process support schedule use work set update report control test share train lead move run serve track'.split(
    ' ',
  ),
);
/** "Design", "Schedule", "Support": a duty verb as often the noun opening a name. */
export const isNounAsOftenAsVerb = (word: string): boolean => ALSO_NOUNS.has(word);
/** "…, and optimize user portraits and behavior analysis": after a verb, the rest is its object, not the list. */
const opensVerbPhrase = (word: string): boolean => isDutyVerb(word) && !ALSO_NOUNS.has(word);

/** A verb's stem whatever its person: "applies", "apply" and "applied" meet at one stem. */
export const verbStemOf = (word: string): string => stem(word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, ''));

const dutyVerbCache = new Map<string, boolean>();
const DUTY_VERB_CACHE_LIMIT = 10_000;
export function isDutyVerb(word: string): boolean {
  let known = dutyVerbCache.get(word);
  if (known === undefined) {
    known = DUTY_VERBS.has(verbStemOf(word));
    if (dutyVerbCache.size >= DUTY_VERB_CACHE_LIMIT) dutyVerbCache.clear();
    dutyVerbCache.set(word, known);
  }
  return known;
}

/** Whether a word may stand in a name: no function word, ask, hedge or vague noun. */
export const mayStandInAName = (lower: string): boolean => !NOT_IN_A_NAME.has(lower);

export const isNameUnit = (u: Unit): boolean => !u.separator && !u.ends && NAME_WORD.test(u.text) && mayStandInAName(u.lower);

interface Element {
  units: Unit[];
  hit?: SkillHit;
  /** The separator before it ("," "/" "and" …), none for a list's first element. */
  after?: string;
  /** Holds a catalogue name the item does not ask for. */
  rejected?: boolean;
}

/**
 * Names listed beside known names in one item. `hits` are the item's accepted names, in text order.
 * A list counts when two of its elements are known names, or one is and the list offers examples.
 */
export function unlistedListMates(tokens: readonly Token[], hits: readonly SkillHit[], rejected: readonly SkillHit[] = []): ListMate[] {
  if (hits.length === 0) return [];
  const hitAt = new Map<number, SkillHit>();
  for (const h of hits) for (let k = h.first; k <= h.last; k++) hitAt.set(k, h);
  // Catalogue names the item holds but does not ask for (a field of study, a department) are no list mates.
  const rejectedAt = new Set<number>();
  for (const h of rejected) for (let k = h.first; k <= h.last; k++) rejectedAt.add(k);
  const mates: ListMate[] = [];
  // Elements of the current list, split at separators, from its opener up to a list end.
  let elements: Element[] = [];
  let current: Element = { units: [] };
  let examples = false;
  // "experience in teaching or professional driving": the two things one ask names, one of them known.
  let askedPair = false;
  let previous: Unit | undefined;
  const flush = (separator?: string): void => {
    if (current.units.length > 0 || current.hit) elements.push(current);
    current = { units: [], ...(separator ? { after: separator } : {}) };
  };
  const closeList = (): void => {
    flush();
    mates.push(...matesOf(elements, tokens, examples || (askedPair && elements.length === 2)));
    elements = [];
    examples = false;
    askedPair = false;
  };
  for (const u of unitsOf(tokens)) {
    const before = previous;
    previous = u;
    const hit = hitAt.get(u.first) ?? hitAt.get(u.last);
    if (hit) {
      if (current.hit && current.hit !== hit) flush();
      current.hit = hit;
      current.units.push(u);
      continue;
    }
    if (rejectedAt.has(u.first) || rejectedAt.has(u.last)) current.rejected = true;
    if (u.ends) closeList();
    else if (u.separator) flush(u.lower);
    else if (OPENERS.has(u.lower) || (current.units.length === 0 && !current.hit && opensVerbPhrase(u.lower))) {
      // "such as model development, field experiments, and analysis of datasets": a list read so far ends at the
      // preposition inside its last element, and is read before the next list starts.
      // The element cut there goes on past the preposition ("analysis of datasets"): it is no name itself.
      if (elements.length > 0 && CUT_BY_A_PREPOSITION.has(u.lower)) {
        current.rejected = true;
        closeList();
      }
      elements = [];
      current = { units: [] };
      examples = EXAMPLE_OPENERS.has(u.lower);
      askedPair = ASKING_PREPOSITIONS.has(u.lower) && before !== undefined && ASKING_HEADS.has(before.lower);
    } else current.units.push(u);
  }
  closeList();
  return mates;
}

/** Words beside a known name in its element before the element reads as a clause, not a listed name ("return dates to avoid fire weather"). */
const MAX_WORDS_BESIDE_A_NAME = 4;

const wordsBesideItsName = (e: Element): number =>
  e.hit ? e.units.filter((u) => u.first < (e.hit as SkillHit).first || u.last > (e.hit as SkillHit).last).length : 0;

function matesOf(listed: readonly Element[], tokens: readonly Token[], examples: boolean): ListMate[] {
  // A clause that holds a name is no element of a list of names, and is no name itself either.
  const elements = listed.map((e): Element => (wordsBesideItsName(e) > MAX_WORDS_BESIDE_A_NAME ? { units: e.units, rejected: true } : e));
  const known = elements.filter((e) => e.hit).length;
  if (elements.length < 2 || known === 0 || (known < 2 && !examples)) return [];
  const out: ListMate[] = [];
  const anchors = nearestHits(elements);
  for (let k = 0; k < elements.length; k++) {
    const element = elements[k] as Element;
    if (element.hit || element.rejected) continue;
    // "user/system/functional requirements": words a slash joins share what follows; only a known name across it makes a list.
    const next = elements[k + 1];
    if ((element.after === '/' && !elements[k - 1]?.hit) || (next?.after === '/' && !next.hit)) continue;
    const phrase = phraseOf(element.units, k === elements.length - 1);
    const anchor = anchors[k];
    if (!phrase || !anchor || !(readsAsName(phrase, k, tokens, anchor) || (known >= 2 && isLonePracticeNoun(phrase)))) continue;
    const first = (phrase[0] as Unit).first;
    const last = (phrase[phrase.length - 1] as Unit).last;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    if (end - start > MAX_MATE_CHARS) continue;
    out.push({ first, last, start, end, anchor });
  }
  return out;
}

/** A word in a code's shape: an acronym, letters mixed with digits, or an inner capital ("ASCE", "G1", "EveryAction"); a bare number is none. */
const CODE_WORD = /^\p{Lu}{2,}|\p{L}\p{N}|\p{N}\p{L}|\p{Ll}\p{Lu}/u;
const NUMBER = /^[\p{N}.,]+$/u;
const CAPITALISED = /^\p{Lu}/u;
/** The head of a common-noun name: a practice, process, field or their documents ("workflow analysis", "emergency procedures"). */
const NOMINAL_HEAD = /(?:ing|ion|ment|sis|ses|ics|ogy|ance|ence|ure|ship|ity)s?$/;

/**
 * Whether a listed phrase reads as a name: a code or acronym anywhere; a capitalised name listed after
 * the first element beside a capitalised known name; common words only as two or more ending in a
 * practice noun. Never a phrase that opens with a duty verb.
 */
function readsAsName(phrase: readonly Unit[], k: number, tokens: readonly Token[], anchor: SkillHit): boolean {
  const first = phrase[0] as Unit;
  // "QX2", "AGTEK 4D": a code, with a version or edition after it.
  const versionAfter = phrase.length === 2 && (NUMBER.test((phrase[1] as Unit).text) || CODE_WORD.test((phrase[1] as Unit).text));
  if (CODE_WORD.test(first.text)) return phrase.length === 1 || versionAfter;
  if (isDutyVerb(first.lower)) return false;
  // One capitalised word within the list ("Airflow, Luigi, Azkaban"), or a product and its edition ("Topcon 3D-Office");
  // a title-case phrase is as often a heading or a title.
  // A lone letter ("UX/I") is a fragment: the catalogue knows the one-letter names.
  if (CAPITALISED.test(first.text))
    return (
      ((phrase.length === 1 && k > 0 && first.text.length > 1) || versionAfter) && CAPITALISED.test((tokens[anchor.first] as Token).text)
    );
  const head = (phrase[phrase.length - 1] as Unit).lower;
  return phrase.length >= 2 && NOMINAL_HEAD.test(head) && !VAGUE_HEADS.has(head);
}

/** "sterile technique, isolations, inoculations, media preparation": beside two known names, one practice noun is a name too. */
const LONE_PRACTICE_NOUN = /^[a-z]{4,}(?:ation|ition|ision|ment|sis)s?$/;
/** Nouns of any work, which name no practice alone ("coordination", "regulations", "announcements"). */
const WORK_IN_GENERAL = new Set(
  (
    'analysis analyses coordination observation observations modification modifications announcement announcements regulation ' +
    'regulations information operation operations management development implementation evaluation evaluations assessment ' +
    'assessments education organization organisation preparation documentation communication communications administration ' +
    'requirement requirements application applications presentation presentations recommendation recommendations ' +
    'improvement improvements completion collaboration participation supervision instruction instructions'
  ).split(' '),
);
const isLonePracticeNoun = (phrase: readonly Unit[]): boolean =>
  phrase.length === 1 && LONE_PRACTICE_NOUN.test((phrase[0] as Unit).text) && !WORK_IN_GENERAL.has((phrase[0] as Unit).text);

/** The name an element holds: the whole element, or for the list's last one, its words up to the first no name holds ("Azkaban experience"). */
function phraseOf(units: readonly Unit[], lastElement: boolean): Unit[] | undefined {
  let to = units.length;
  if (lastElement) {
    to = 0;
    while (to < units.length && isNameUnit(units[to] as Unit)) to++;
  }
  const phrase = units.slice(0, to);
  if (phrase.length === 0 || phrase.length > MAX_MATE_WORDS || !phrase.every(isNameUnit)) return undefined;
  return phrase;
}

/** For each element, the known name listed closest to it (the one before on a tie): two passes, linear. */
function nearestHits(elements: readonly Element[]): (SkillHit | undefined)[] {
  const before: { hit?: SkillHit; at: number }[] = [];
  let last: { hit?: SkillHit; at: number } = { at: -Infinity };
  elements.forEach((e, k) => {
    before.push(last);
    if (e.hit) last = { hit: e.hit, at: k };
  });
  const out: (SkillHit | undefined)[] = new Array(elements.length);
  let next: { hit?: SkillHit; at: number } = { at: Infinity };
  for (let k = elements.length - 1; k >= 0; k--) {
    const b = before[k] as { hit?: SkillHit; at: number };
    out[k] = k - b.at <= next.at - k ? (b.hit ?? next.hit) : (next.hit ?? b.hit);
    const e = elements[k] as Element;
    if (e.hit) next = { hit: e.hit, at: k };
  }
  return out;
}

/** Nouns and adjectives that ask for what follows "of", "in" or "with": "experience in family law", "knowledge of ISO 17025". */
const ASKING_HEADS = new Set(
  'experience experienced knowledge understanding proficiency proficient familiarity familiar expertise background training trained certification certified skilled competence competency fluency'.split(
    ' ',
  ),
);
const ASKING_PREPOSITIONS = new Set(['of', 'in', 'with']);
/** "experience as a buyer", "three years as an engineering technician": the role's practice is what is asked. */
const ROLE_HEADS = new Set(['experience', 'background', 'years', 'year']);
const ROLE_ARTICLES = new Set(['a', 'an']);
const MAY_ASK_FOR_A_NAME = new RegExp(
  `\\b(?:(?:${[...ASKING_HEADS].join('|')}) (?:${[...ASKING_PREPOSITIONS].join('|')})|(?:${[...ROLE_HEADS].join('|')}) as|experienced? [a-z]{3,}ing)\\b`,
);
/** A cheap test on an item's lower-cased text before reading its units: it holds an ask a name may follow. */
export const mayAskForAName = (lower: string): boolean => MAY_ASK_FOR_A_NAME.test(lower);
/** Heads that name no skill of their own ("industry trends", "best practice", "building codes" is a name the catalogue has). */
const VAGUE_HEADS = new Set(
  (
    'trends practice practices standards codes ecosystem interactions categories landscape space world sector market markets ' +
    'industry issues matters topics concepts duties tasks responsibilities work purposes purpose reasons'
  ).split(' '),
);
/** A lone word with an adjective's ending ("distributed", "iterative", "mechanical") qualifies a name, it is none. */
const ADJECTIVE_END = /(?:ive|al|ed|ic|ous|ful|less|able|ible|ary|art)$/;

/** Words right after a name that only say how much it is asked for ("experience in acute medicine preferred"). */
const LEVEL_WORDS = new Set(
  'preferred required desired desirable essential mandatory necessary helpful ideal preferable recommended advantageous'.split(' '),
);
const ROLE_NOUN = /(?:er|or|ist|ian|assistant|consultant|accountant|attendant)$/;
const THE_EXPERIENCE_OF = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'this', 'that', 'these', 'those', 'whose']);
/** Nouns after a name that say it is asked for: "closing skills", "Load Hauling experience", "sourcing background". */
const ASKING_TAILS = new Set(['experience', 'skills', 'expertise', 'background']);
const MAY_END_IN_AN_ASK = /\b(?:experience|skills|expertise|background)\b/;
/** A cheap test on an item's lower-cased text: a name may stand before an asking tail. */
export const mayEndInAnAsk = (lower: string): boolean => MAY_END_IN_AN_ASK.test(lower);
/** Words that stand before "skills" or "experience" and name no skill of their own. */
const VAGUE_BEFORE_TAILS = new Set(
  (
    'language languages life social soft hard people interpersonal transferable relevant industry domain hands-on field work working real-world ' +
    'internship consideration subject management adults children project projects written verbal oral spoken academic coursework ' +
    'classroom trade trades bring development engineering technical design learning'
  ).split(' '),
);
/** Words that only qualify the name after them ("successful warehouse experience", "5-year driving experience"): left off it. */
const QUALIFIERS_BEFORE_TAILS = new Set(
  (
    'recent minimum full-time part-time satisfactory ultimate foremost significant considerable substantial sufficient adequate ' +
    'demonstrable demonstrated documented verifiable qualifying practical expert vast broad wide deep quick fast successful'
  ).split(' '),
);
const qualifiesOnly = (u: Unit): boolean => QUALIFIERS_BEFORE_TAILS.has(u.lower) || /ly$/.test(u.lower) || /^\d/.test(u.text);

/** A phrase's place in the item's tokens. */
export interface TokenRange {
  first: number;
  last: number;
  start: number;
  end: number;
}
const tokensCoveredBy = (hits: readonly SkillHit[]): Set<number> => {
  const covered = new Set<number>();
  for (const h of hits) for (let k = h.first; k <= h.last; k++) covered.add(k);
  return covered;
};
const rangeOf = (phrase: readonly Unit[], tokens: readonly Token[]): TokenRange => {
  const first = (phrase[0] as Unit).first;
  const last = (phrase[phrase.length - 1] as Unit).last;
  return { first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
};

/** Nouns of any work that, alone before "skills" or "experience", name nothing to check ("analysis skills"); "supervision experience" does. */
const VAGUE_ALONE_BEFORE_TAILS = new Set(['analysis', 'analyses', 'information', 'operation', 'operations', 'observation']);

/**
 * A name the catalogue lacks right before an asking tail ("closing skills", "Prior server experience"),
 * where nothing before it names more: the phrase back to the first word no name holds. Returns token ranges.
 */
export function unlistedBeforeAskingTails(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange[] {
  const covered = tokensCoveredBy(hits);
  const units = unitsOf(tokens);
  const out: TokenRange[] = [];
  for (let i = 1; i < units.length; i++) {
    if (!ASKING_TAILS.has((units[i] as Unit).lower)) continue;
    let j = i - 1;
    while (j >= 0 && i - 1 - j < MAX_MATE_WORDS && isNameUnit(units[j] as Unit) && !covered.has((units[j] as Unit).first)) j--;
    // The phrase must start where a name can: after a word no name holds, not inside a longer run of words
    // nor after a known name it would continue ("software developer experience").
    if (j >= 0 && isNameUnit(units[j] as Unit)) continue;
    // "the ultimate shopping experience", "our customer experience": what someone lives through, not what is asked.
    if (j >= 0 && THE_EXPERIENCE_OF.has((units[j] as Unit).lower)) continue;
    let from = j + 1;
    while (from < i && qualifiesOnly(units[from] as Unit)) from++;
    const phrase = units.slice(from, i);
    if (phrase.length === 0) continue;
    // A possessive or a lone letter opens no name.
    if (phrase.some((u) => /['\u2019]s$/.test(u.lower) || u.lower.length === 1)) continue;
    // "protocol experience with BGP": the ask is of what follows.
    if (units[i + 1] && ASKING_PREPOSITIONS.has((units[i + 1] as Unit).lower)) continue;
    const p0 = phrase[0] as Unit;
    const head = (phrase[phrase.length - 1] as Unit).lower;
    if (
      isDutyVerb(p0.lower) ||
      isPeople(head) ||
      // "software developer experience": a role held, which "experience as a …" names; here it would be cut short.
      ROLE_NOUN.test(head) ||
      VAGUE_HEADS.has(head) ||
      ADJECTIVE_END.test(head) ||
      /-(?:related|ready|based|level)$/.test(head) ||
      phrase.some((u) => VAGUE_BEFORE_TAILS.has(u.lower) || qualifiesOnly(u))
    )
      continue;
    if (phrase.length === 1 && !CODE_WORD.test(p0.text) && (ADJECTIVE_END.test(p0.lower) || p0.lower.length < 5)) continue;
    // "analysis skills", "operations experience": a noun of any work names no practice of its own.
    if (phrase.length === 1 && VAGUE_ALONE_BEFORE_TAILS.has(p0.lower)) continue;
    out.push(rangeOf(phrase, tokens));
  }
  return out;
}

/**
 * "Knowledge of:", "Skills in:", "Experience with the following:", "Experience in one or more of these areas/technologies
 * is an advantage:": each item of the list under it is a name asked for.
 */
const NAMES_LEAD_IN =
  /\b(?:knowledge|skills?|experience|proficiency|familiarity|expertise|understanding)\s+(?:of|in|with)(?:\s+the\s+following|\s+(?:(?:one|any|some|all|each)\s+(?:or\s+more\s+)?of\s+)?(?:these|the\s+following)\s+[a-z/ ]{1,40})?(?:\s+(?:is|are)\s+[a-z ]{1,30})?\s*:\s*$/;
export const leadsInNames = (lowerLine: string): boolean => NAMES_LEAD_IN.test(lowerLine);
/** Words that may join the words of a whole item's name ("Medicaid Programs and Standards", "Department of Labor Standards"). */
const NAME_JOINERS = new Set(['and', '&', 'of']);
const MAX_ITEM_NAME_WORDS = 6;

/**
 * An item under a names lead-in that is one name the catalogue lacks, whole ("Consumer Rights",
 * "Medicaid Programs and Standards"): its words, when every one may stand in a name and the catalogue names none.
 */
export function itemAsUnlistedName(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange[] {
  if (hits.length > 0) return [];
  const units = unitsOf(tokens).filter((u) => !(u.ends && !/\p{L}/u.test(u.text)));
  if (units.length === 0 || units.length > MAX_ITEM_NAME_WORDS) return [];
  const first = units[0] as Unit;
  const last = units[units.length - 1] as Unit;
  if (!isNameUnit(first) || !isNameUnit(last) || isDutyVerb(first.lower)) return [];
  // "Icecast o. LibreTime": a lone small letter is an abbreviation cut off, no word of a name.
  if (/^\p{Ll}$/u.test(last.text)) return [];
  if (!units.every((u) => isNameUnit(u) || NAME_JOINERS.has(u.lower))) return [];
  // "Department of Labor Standards" names its standards; "Industry Standards" names none.
  if (isPeople(last.lower) || (VAGUE_HEADS.has(last.lower) && units.length < 3)) return [];
  if (units.length === 1 && !CODE_WORD.test(first.text) && (ADJECTIVE_END.test(first.lower) || first.lower.length < 6)) return [];
  return [rangeOf(units, tokens)];
}

/**
 * A name the catalogue lacks right after an ask ("experience in acute medicine", "knowledge of
 * Financial Edge"): the phrase up to the first word no name holds, when the item names nothing else
 * there. Returns token ranges.
 */
export function askedUnlistedPhrases(tokens: readonly Token[], hits: readonly SkillHit[]): TokenRange[] {
  const covered = tokensCoveredBy(hits);
  const units = unitsOf(tokens);
  const out: TokenRange[] = [];
  for (let i = 0; i + 2 < units.length; i++) {
    const headWord = (units[i] as Unit).lower;
    const preposition = (units[i + 1] as Unit).lower;
    const afterAs = units[i + 2] as Unit;
    // "Experience organizing online events": the practice done is what is asked.
    const doing = experienceDoing(units, i, covered);
    if (doing) {
      out.push(rangeOf(doing, tokens));
      continue;
    }
    // "experience as a buyer", "Experience as Volunteer Coordinator": a role, with an article or written as a title.
    const withArticle = ROLE_ARTICLES.has(afterAs.lower);
    const asRole = ROLE_HEADS.has(headWord) && preposition === 'as' && (withArticle || /^\p{Lu}/u.test(afterAs.text));
    if (!asRole && (!ASKING_HEADS.has(headWord) || !ASKING_PREPOSITIONS.has(preposition))) continue;
    const from = asRole && withArticle ? i + 3 : i + 2;
    const j = nameRunEnd(units, from, covered);
    const phrase = units.slice(from, j);
    // "knowledge of Financial Edge software": the kind of thing named may close the name, when it is written as one
    // ("knowledge of computer software" names a category).
    const endsHere = endsTheAsk(units[j]);
    const endsAfterItsKind = !endsHere && KIND_NOUNS.has(units[j]?.lower ?? '') && endsTheAsk(units[j + 1]);
    if (phrase.length === 0 || !(endsHere || endsAfterItsKind)) continue;
    if (endsAfterItsKind && phrase.every((u) => !/^\p{Lu}/u.test(u.text))) continue;
    const p0 = phrase[0] as Unit;
    if (isDutyVerb(p0.lower)) continue;
    const head = (phrase[phrase.length - 1] as Unit).lower;
    // "experience with drivers", "truck drivers": people, not what they know; "experience as a buyer" names the role.
    if (!asRole && isPeople(head)) continue;
    if (
      VAGUE_HEADS.has(head) ||
      (phrase.length === 1 && VAGUE_BEFORE_TAILS.has(p0.lower)) ||
      (phrase.length === 1 && !asRole && !CODE_WORD.test(p0.text) && (ADJECTIVE_END.test(p0.lower) || p0.lower.length < 6))
    )
      continue;
    out.push(rangeOf(phrase, tokens));
    if (asRole && units[j]?.lower === 'or') {
      const other = roleAfterOr(units, j + 1, covered);
      if (other) out.push(rangeOf(other, tokens));
    }
  }
  return out;
}

const EXPERIENCE_HEADS: ReadonlySet<string> = new Set(['experience', 'experienced']);
const GERUND = /^[a-z]{3,}ing$/;
const OBJECT_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'for', 'on', 'across', 'within', 'to']);

/** After "experience", a duty verb's gerund and its object up to the first word no name holds, when the catalogue names none of it. */
function experienceDoing(units: readonly Unit[], at: number, covered: ReadonlySet<number>): Unit[] | undefined {
  const gerund = units[at + 1];
  if (!EXPERIENCE_HEADS.has((units[at] as Unit).lower) || !gerund || !GERUND.test(gerund.lower) || covered.has(gerund.first))
    return undefined;
  if (!isDutyVerb(gerund.lower) || isLightDutyVerb(gerund.lower)) return undefined;
  const j = nameRunEnd(units, at + 1, covered);
  const phrase = units.slice(at + 1, j);
  // The object ends the ask or runs into a place or purpose ("organizing events for members"); "deploying high quality software" runs on.
  const after = units[j];
  // A comma after it may join more modifiers ("deploying high quality, user centric platforms"): the object must end there.
  if (phrase.length < 2 || after?.separator || !(endsTheAsk(after) || OBJECT_ENDING_PREPOSITIONS.has(after?.lower ?? ''))) return undefined;
  const head = (phrase[phrase.length - 1] as Unit).lower;
  if (isPeople(head) || VAGUE_HEADS.has(head) || ADJECTIVE_END.test(head)) return undefined;
  return phrase;
}

/** "experience as a statistician or (a) bioinformatician": the second role, when it ends where the ask ends. */
function roleAfterOr(units: readonly Unit[], at: number, covered: ReadonlySet<number>): Unit[] | undefined {
  const from = ROLE_ARTICLES.has(units[at]?.lower ?? '') ? at + 1 : at;
  const j = nameRunEnd(units, from, covered);
  if (j === from || !endsTheAsk(units[j]) || isDutyVerb((units[from] as Unit).lower)) return undefined;
  return units.slice(from, j);
}

/** Where the run of name words from `from` ends: at most MAX_MATE_WORDS words, none of them a known name's. */
function nameRunEnd(units: readonly Unit[], from: number, covered: ReadonlySet<number>): number {
  let j = from;
  while (j < units.length && j - from < MAX_MATE_WORDS && isNameUnit(units[j] as Unit) && !covered.has((units[j] as Unit).first)) j++;
  return j;
}

/** Words for the kind of thing a name names ("software", "equipment"), which may follow it. */
const KIND_NOUNS: ReadonlySet<string> = new Set(
  'software system systems tool tools platform platforms equipment program programs application applications package packages suite'.split(
    ' ',
  ),
);
/**
 * A name ends where the ask ends: at punctuation, a separator, a level word ("… preferred") or the item's end,
 * not before more words or a name it qualifies.
 */
const endsTheAsk = (next: Unit | undefined): boolean => !next || next.ends || next.separator || LEVEL_WORDS.has(next.lower);
