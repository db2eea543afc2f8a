import { FUZZY_WORD_MIN, type Surface, type Taxonomy, type TrieNode } from '../taxonomy/compile.js';
import { keyOf, type Token } from '../text/tokenize.js';
import { isDutyVerb } from './list-mates.js';

/** A skill name found in text: token range [first, last] and the surface that matched. */
export interface SkillHit {
  skillId: string;
  surface: Surface;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Words after an ambiguous name that show it is meant as a technology ("R programming", "Go language"). */
const CONTEXT_NEXT = new Set([
  'programming',
  'language',
  'languages',
  'lang',
  'code',
  'coding',
  'script',
  'scripts',
  'scripting',
  'studio',
  'shiny',
  'developer',
  'developers',
  'development',
  'framework',
  'sdk',
  'api',
  'apis',
]);

const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201C', '\u201D']);

/** Whether token `k` ends where the next one starts ("cutting" + "-", "Inc" + "."). */
export const gluedToNext = (tokens: readonly Token[], k: number): boolean =>
  tokens[k] !== undefined && tokens[k]?.end === tokens[k + 1]?.start;

/**
 * The word a name's `rejectPrev` guard reads, lower-cased: the one before it; through a glued hyphen
 * ("cutting-edge AI") or an abbreviation's full stop ("Acme, Inc. DBA"), the word before those; for a
 * possessive, its owner with "'s" ("the library's communications": tokens "library", "'", "s").
 */
function guardWordBefore(tokens: readonly Token[], first: number): string | undefined {
  const before = tokens[first - 1];
  const glued = (before?.text === '-' && gluedToNext(tokens, first - 1)) || (before?.text === '.' && gluedToNext(tokens, first - 2));
  const prev = glued ? tokens[first - 2] : before;
  const apostrophe = tokens[first - 2];
  const owner = tokens[first - 3];
  if (prev?.lower === 's' && apostrophe && QUOTES.has(apostrophe.text) && owner && gluedToNext(tokens, first - 3))
    return `${owner.lower}'s`;
  return prev?.lower;
}

/** Words after which a case-exact name is the tool used ("with React", "using Go"). */
const PRODUCT_BEFORE = new Set(['with', 'using']);
/** What follows a verb, not a name: "react to", "react quickly". */
const VERB_COMPLEMENT = /^(?:to|\p{L}+ly)$/u;
/** How many names and coordinators may stand between the introducer and the name ("with Django and/or React"). */
const MAX_COORDINATED_TOKENS = 6;

/** Whether "with" or "using" introduces the name at `first`, directly or through a list of capitalised names. */
function followsProductIntroducer(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= MAX_COORDINATED_TOKENS + 1; k--) {
    const tok = tokens[k] as Token;
    if (PRODUCT_BEFORE.has(tok.lower)) return true;
    if (!COORDINATORS.has(tok.lower) && tok.text !== ',' && !/^\p{Lu}/u.test(tok.text)) return false;
  }
  return false;
}

/** Words before a noun phrase, never before a verb. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'each',
  'every',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'your',
  'his',
  'her',
]);

/** Acronyms that are English words in lower case ("operated it" is no IT operations). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'it',
  'us',
  'or',
  'as',
  'at',
  'do',
  'me',
  'no',
  'so',
  'up',
  'we',
  'am',
  'an',
  'be',
  'he',
  'is',
  'of',
  'on',
  'to',
  'by',
  'if',
  'my',
]);

/**
 * Whether the name's word `k` is written as the surface needs: a case-sensitive name's exact form ("R"), or an acronym
 * spelled, or pluralised ("APIs"), not a longer word of the same stem ("coding" for COD).
 */
function wordFits(surface: Surface, k: number, tok: Token, ignoreCase: boolean): boolean {
  if (surface.caseForms) {
    const form = surface.caseForms[k];
    return ignoreCase ? tok.lower === form?.toLowerCase() : tok.text === form;
  }
  const acronym = surface.acronymForms?.[k];
  if (acronym === undefined) return true;
  if (tok.lower !== acronym && tok.lower !== `${acronym}s`) return false;
  return ignoreCase || tok.text !== tok.lower || !FUNCTION_WORDS.has(acronym);
}

function surfaceAccepts(surface: Surface, tokens: readonly Token[], first: number, last: number, ignoreCase: boolean): boolean {
  if (surface.caseForms || surface.acronymForms) {
    let k = 0;
    for (let t = first; t <= last; t++) {
      const tok = tokens[t] as Token;
      if (tok.text === '-') continue;
      if (!wordFits(surface, k++, tok, ignoreCase)) return false;
    }
  }
  if (surface.exactForms && !surface.exactForms.includes((tokens[first] as Token).lower)) return false;
  // "the walls of a test unit": after a determiner the verb of a generated duty ("test units" for unit testing) is a noun.
  if (surface.generated && DETERMINERS.has(tokens[first - 1]?.lower ?? '')) return false;
  // "building world-class products": an object hyphen-joined to the next word modifies it (no world building).
  if (surface.generated && tokens[last + 1]?.text === '-' && gluedToNext(tokens, last) && gluedToNext(tokens, last + 1)) return false;
  if (surface.rejectNext) {
    // A quoted word counts as the next one: "GCE 'A' Levels".
    const after = tokens[last + 1];
    const next = after && QUOTES.has(after.text) ? tokens[last + 2] : after;
    // "experience with React to ship features": after "with" or "using" a name written as such is no verb, so a verb's complement does not reject it.
    const verbReadingRuledOut =
      next !== undefined &&
      VERB_COMPLEMENT.test(next.lower) &&
      surface.caseForms !== undefined &&
      !ignoreCase &&
      followsProductIntroducer(tokens, first);
    if (next && surface.rejectNext.includes(next.lower) && !verbReadingRuledOut) return false;
  }
  if (surface.rejectPrev) {
    const guard = guardWordBefore(tokens, first);
    if (guard !== undefined && surface.rejectPrev.includes(guard)) return false;
  }
  return true;
}

/** Prefers real names over generated word orders, then case-exact surfaces, then the first defined. */
function bestSurface(node: TrieNode, tokens: readonly Token[], first: number, last: number, ignoreCase: boolean): Surface | undefined {
  let best: Surface | undefined;
  for (const s of node.surfaces) {
    if (!surfaceAccepts(s, tokens, first, last, ignoreCase)) continue;
    if (!best || (best.generated && !s.generated) || (!best.caseForms && s.caseForms && best.generated === s.generated)) best = s;
  }
  return best;
}

/** Prefixes that make a new word of the one they are hyphen-joined to: "re-usability" is not usability. */
const BOUND_PREFIXES = new Set(['re', 'non', 'un', 'pre', 'de', 'dis', 'mis', 'anti', 'counter']);

function followsBoundPrefix(tokens: readonly Token[], i: number): boolean {
  const prefix = tokens[i - 2];
  return (
    tokens[i - 1]?.text === '-' &&
    prefix !== undefined &&
    gluedToNext(tokens, i - 1) &&
    gluedToNext(tokens, i - 2) &&
    BOUND_PREFIXES.has(prefix.lower)
  );
}

/**
 * Leftmost-longest dictionary matching over tokens by walking the compiled trie: each start position
 * reads at most as many tokens as the longest name, and every step is one hash lookup, so the cost is
 * linear in the text and does not grow with the number of skills. Hyphens inside names are skipped
 * ("Think-Cell" = "Think Cell"); line breaks end a name. `ignoreCase` lets case-sensitive names
 * ("Go", "Swift") match in any case, for lower-case tag lists ("java spring go").
 */
export function findSkills(taxonomy: Taxonomy, tokens: readonly Token[], ignoreCase = false): SkillHit[] {
  const hits: SkillHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i] as Token;
    if (start.kind !== 'word' && start.key !== 'and' && start.text !== '.') {
      i++;
      continue;
    }
    if (followsBoundPrefix(tokens, i)) {
      i++;
      continue;
    }
    let found = longestAt(taxonomy, tokens, i, ignoreCase);
    // "Microsoft System Center Configuration Manager": a longer name of the same skill starting inside the match extends it.
    for (let k = i + 1; found && k <= found.last; k++) {
      const later = longestAt(taxonomy, tokens, k, ignoreCase);
      if (later && later.last > found.last && later.surface.skillId === found.surface.skillId)
        found = { surface: found.surface, last: later.last };
    }
    // "manage operational data": a verb-first name the compiler made, ending in an adjective, is no name when a noun follows.
    if (found?.surface.generated && endsInAdjective(tokens, found.last) && continuesNounPhrase(tokens[found.last + 1])) found = undefined;
    // "prepared test plans": the object of a verb-first name the compiler made opens a longer real name ("test plans").
    if (found?.surface.generated && found.last > i) {
      const fromObject = longestAt(taxonomy, tokens, found.last, ignoreCase);
      if (fromObject && fromObject.last > found.last && !fromObject.surface.generated) found = undefined;
    }
    if (!found) found = openCompound(taxonomy, tokens, i) ?? fuzzyWord(taxonomy, tokens, i);
    if (found) {
      const lastTok = tokens[found.last] as Token;
      hits.push({
        skillId: found.surface.skillId,
        surface: found.surface,
        first: i,
        last: found.last,
        start: start.start,
        end: lastTok.end,
      });
      i = found.last + 1;
    } else i++;
  }
  return hits;
}

/** One step down the trie: a word by its key, else (an all-caps word) by its stem. */
const childOf = (node: TrieNode, tok: Token): TrieNode | undefined =>
  node.next.get(tok.key) ?? (tok.stemKey === undefined ? undefined : node.next.get(tok.stemKey));

/** Other skills' surfaces written with exactly a hit's words ("DBT": the data build tool and the therapy), as the text writes them. */
export function sharedSurfaces(taxonomy: Taxonomy, tokens: readonly Token[], hit: SkillHit): Surface[] {
  let node: TrieNode | undefined = taxonomy.trie;
  for (let j = hit.first; j <= hit.last && node; j++) {
    const tok = tokens[j] as Token;
    if (tok.text === '-' && j > hit.first) continue;
    node = childOf(node, tok);
  }
  if (!node) return [];
  return node.surfaces.filter((s) => s.skillId !== hit.skillId && surfaceAccepts(s, tokens, hit.first, hit.last, false));
}

/** The longest name starting at token `i`, by one walk down the trie. */
function longestAt(
  taxonomy: Taxonomy,
  tokens: readonly Token[],
  i: number,
  ignoreCase: boolean,
): { surface: Surface; last: number } | undefined {
  let node: TrieNode | undefined = taxonomy.trie;
  let found: { surface: Surface; last: number } | undefined;
  for (let j = i; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    if (tok.kind === 'break') break;
    if (tok.text === '-' && j > i) continue;
    node = childOf(node, tok);
    if (!node) break;
    if (node.surfaces.length > 0) {
      const surface = bestSurface(node, tokens, i, j, ignoreCase);
      if (surface) found = { surface, last: j };
    }
  }
  return found;
}

const MIN_COMPOUND_PART = 3;
const MIN_COMPOUND_CHARS = 8;
/** A prefix a hyphen joins may be shorter ("on-boarding", "co-ordination"). */
const MIN_HYPHENATED_PART = 2;

/**
 * A closed compound written open ("field work", "team work", "book keeping", "data base"): two plain
 * words that together spell a one-word name. One lookup per word pair, only where nothing else matched.
 */
function openCompound(taxonomy: Taxonomy, tokens: readonly Token[], at: number): { surface: Surface; last: number } | undefined {
  const a = tokens[at] as Token;
  // "on-boarding", "pre-processing": a hyphen joins the two words as a space does.
  const hyphenated = tokens[at + 1]?.text === '-' && tokens[at + 1]?.start === a.end && tokens[at + 2]?.start === a.end + 1;
  const b = tokens[hyphenated ? at + 2 : at + 1];
  if (a.kind !== 'word' || b?.kind !== 'word' || b.start !== a.end + 1) return undefined;
  const minPart = hyphenated ? MIN_HYPHENATED_PART : MIN_COMPOUND_PART;
  if (a.lower.length < minPart || b.lower.length < minPart || a.lower.length + b.lower.length < MIN_COMPOUND_CHARS) return undefined;
  // The words spell the name itself, not another word of its stem ("time solving" is not TimeSolv).
  const surface = taxonomy.oneWordNameBySpelling.get(a.lower + b.lower);
  // The catalogue writes the two words as a name of their own, with its own guards ("backup child care" is a benefit).
  if (!surface || (taxonomy.trie.next.get(a.key)?.next.get(b.key)?.surfaces.length ?? 0) > 0) return undefined;
  return { surface, last: hyphenated ? at + 2 : at + 1 };
}

const LIST_PUNCT = new Set([',', '/', '(', '&', '+']);

/**
 * A misspelt product name ("Tablaeu", "PostgreSL"): one edit away from exactly one skill's one-word
 * name. Only capitalised words inside a sentence qualify, since lower-case words one edit from a
 * name are mostly ordinary English ("signals" is not SignalR, "closure" is not Clojure), and a word the
 * catalogue itself spells inside a name is a word, not a typo ("Knowledge Sharing" is not sharding).
 */
function fuzzyWord(taxonomy: Taxonomy, tokens: readonly Token[], at: number): { surface: Surface; last: number } | undefined {
  const token = tokens[at] as Token;
  if (token.kind !== 'word' || token.lower.length < FUZZY_WORD_MIN || !/^[a-z]+$/.test(token.lower)) return undefined;
  if (!/^\p{Lu}/u.test(token.text) || taxonomy.wordsInNames.has(token.lower)) return undefined;
  const prev = tokens[at - 1];
  if (!prev || !(prev.kind === 'word' || LIST_PUNCT.has(prev.text))) return undefined;
  // A word one letter short of or past a name is another word, not a typo: "Network" is not NetworkX.
  const near = taxonomy.fuzzyWords
    .lookup(token.lower)
    .filter((n) => n.distance === 1 && !n.word.startsWith(token.lower) && !token.lower.startsWith(n.word));
  const ids = new Set(near.flatMap((n) => n.values.map((s) => s.skillId)));
  if (ids.size !== 1) return undefined;
  const surface = near[0]?.values[0];
  return surface ? { surface, last: at } : undefined;
}

/** Every surface at the end of a key path, if the path spells a name. */
export function allSurfacesAt(taxonomy: Taxonomy, keys: readonly string[]): readonly Surface[] {
  let node: TrieNode | undefined = taxonomy.trie;
  for (const key of keys) {
    node = node.next.get(key);
    if (!node) return [];
  }
  return node.surfaces;
}

/** The surfaces at the end of a key path that need neither a case nor a context. */
const surfacesAt = (taxonomy: Taxonomy, keys: readonly string[]): Surface[] =>
  allSurfacesAt(taxonomy, keys).filter((s) => !s.caseForms && !s.requireContext);

const COORDINATORS = new Set(['and', 'or', '&', '/']);
/**
 * One skill is the other or above it, or both sit under one broader skill: "verbal and written communication skills"
 * asks for one thing, communication, said two ways.
 */
export function shareAFamily(taxonomy: Taxonomy, a: string, b: string): boolean {
  const family = new Set([b, ...taxonomy.ancestors(b)]);
  return family.has(a) || taxonomy.ancestors(a).some((id) => family.has(id));
}
/** Head nouns a longer name shares with a one-word qualifier before it across "and". */
const SHARED_HEADS = new Set(['skills', 'abilities']);

const MAX_LISTED_QUALIFIERS = 6;
const PLURAL = /[^su]s$/;
/** The one-word items of a comma list ending at `at` ("organizational, technical, interpersonal, and"), nearest first. */
function listedWordsFrom(tokens: readonly Token[], at: number): number[] {
  const words: number[] = [];
  for (let k = at; words.length < MAX_LISTED_QUALIFIERS && tokens[k]?.kind === 'word';) {
    words.push(k);
    // Only lower-case singular words qualify a shared head: "Java, Python and data analysis" lists names,
    // "business rules, scenarios, tasks and workflow analysis" things analysed.
    const next = tokens[k - 2];
    if (tokens[k - 1]?.text !== ',' || next?.kind !== 'word' || next.text !== next.lower || PLURAL.test(next.text)) break;
    k -= 2;
  }
  return words;
}

/**
 * A lone lower-case modifier opening its list element ("…, plasma and water jet cutting"): not the head of a noun
 * phrase of its own ("Mobile devices and …"), nor a verb ("keep updated and …", "manage and motivate …").
 */
function standsAlone(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const previous = tokens[at - 1];
  return (
    word?.kind === 'word' &&
    word.text === word.lower &&
    !PLURAL.test(word.lower) &&
    !/(?:ed|ing)$/.test(word.lower) &&
    !isDutyVerb(word.lower) &&
    (previous === undefined || previous.kind !== 'word')
  );
}

/**
 * Coordination with a shared word: "data manipulation and analysis" also names data analysis,
 * "verbal and written communication" also names verbal communication. For a two-word name, the word
 * across "and"/"or" from it is tried with the name's other word.
 */
export function expandCoordination(taxonomy: Taxonomy, tokens: readonly Token[], hits: readonly SkillHit[]): SkillHit[] {
  const taken = new Set<number>();
  // A one-word name the coordination reads as part of a longer one ("computer" in "computer and organizational skills") gives way to it.
  const singleWordAt = new Map<number, SkillHit>();
  for (const h of hits) {
    for (let t = h.first; t <= h.last; t++) taken.add(t);
    // A name written as a name ("SQL" in "SQL/NoSQL databases", "Python") stays itself, unless only its context
    // could make it one ("Google" in "Google or Adobe Analytics").
    if (h.first === h.last && (!/^\p{Lu}/u.test(tokens[h.first]?.text ?? '') || h.surface.requireContext)) singleWordAt.set(h.first, h);
  }
  const replaced = new Set<SkillHit>();
  const extra: SkillHit[] = [];
  const tryAt = (at: number, keys: string[], hit: SkillHit, unrelatedOnly = false): void => {
    const single = singleWordAt.get(at);
    if (taken.has(at) && !single) return;
    const word = tokens[at];
    if (!word || word.kind !== 'word') return;
    const surface = surfacesAt(taxonomy, keys).find(
      (s) => s.skillId !== hit.skillId && !s.generated && !(unrelatedOnly && shareAFamily(taxonomy, s.skillId, hit.skillId)),
    );
    if (!surface) return;
    if (single) replaced.add(single);
    singleWordAt.delete(at);
    extra.push({ skillId: surface.skillId, surface, first: at, last: at, start: word.start, end: word.end });
    taken.add(at);
  };
  for (const hit of hits) {
    // The word coordinated before the name: "organizational and …", also with a serial comma ("organizational, and …").
    const before =
      tokens[hit.first - 2]?.key === ',' && /^(?:and|or)$/.test(tokens[hit.first - 1]?.key ?? '') ? hit.first - 3 : hit.first - 2;
    // "organizational and time management skills": the head noun "skills" is shared across the "and".
    const last = tokens[hit.last];
    if (hit.last - hit.first >= 2 && last && SHARED_HEADS.has(last.lower) && COORDINATORS.has(tokens[hit.first - 1]?.key ?? ''))
      // "organizational, technical, interpersonal, and planning skills": every word of the list shares the head.
      for (const at of listedWordsFrom(tokens, before)) tryAt(at, [(tokens[at] as Token).key, last.key], hit, true);
    // "plasma and water jet cutting": the word before a longer name shares its head alone ("plasma cutting").
    if (
      hit.last - hit.first >= 2 &&
      last &&
      !hit.surface.generated &&
      COORDINATORS.has(tokens[hit.first - 1]?.key ?? '') &&
      standsAlone(tokens, before)
    )
      tryAt(before, [(tokens[before] as Token).key, last.key], hit);
    // "supervised and unsupervised machine learning": the word before swaps the first word of a three-word name.
    if (hit.last - hit.first === 2 && !hit.surface.generated && COORDINATORS.has(tokens[hit.first - 1]?.key ?? '') && tokens[before])
      tryAt(before, [(tokens[before] as Token).key, ...tokens.slice(hit.first + 1, hit.last + 1).map((t) => t.key)], hit);
    if (hit.last - hit.first !== 1 || hit.surface.generated) continue;
    const keys = tokens.slice(hit.first, hit.last + 1).map((t) => t.key);
    // "data manipulation and analysis": the name's last word is swapped; "computer and organizational skills": its first.
    if (COORDINATORS.has(tokens[hit.last + 1]?.key ?? ''))
      tryAt(hit.last + 2, [...keys.slice(0, -1), (tokens[hit.last + 2] as Token | undefined)?.key ?? ''], hit);
    if (COORDINATORS.has(tokens[hit.first - 1]?.key ?? ''))
      for (const at of listedWordsFrom(tokens, before)) tryAt(at, [(tokens[at] as Token).key, ...keys.slice(1)], hit);
  }
  for (const suspended of suspendedHyphenNames(taxonomy, tokens)) {
    if (taken.has(suspended.first) || taken.has(suspended.last)) continue;
    extra.push(suspended);
    for (let t = suspended.first; t <= suspended.last; t++) taken.add(t);
  }
  if (extra.length === 0) return [...hits];
  return [...hits.filter((h) => !replaced.has(h)), ...extra].sort((x, y) => x.start - y.start);
}

/** How many letters of the second word may make its own prefix ("off" in "on- and offboarding"). */
const MAX_SWAPPED_PREFIX = 4;
/** How many words after the shared part a name may run ("front- and back-end web development"). */
const MAX_SHARED_TAIL = 3;

/** The longest name the keys spell from their first, taking at least `min` of them, by one walk down the trie. */
function longestSpelled(taxonomy: Taxonomy, keys: readonly string[], min: number): Surface | undefined {
  let node: TrieNode | undefined = taxonomy.trie;
  let longest: Surface | undefined;
  for (let used = 1; used <= keys.length; used++) {
    node = node.next.get(keys[used - 1] as string);
    if (!node) break;
    if (used >= min) longest = node.surfaces.find((s) => !s.caseForms && !s.requireContext && !s.generated) ?? longest;
  }
  return longest;
}

/** The keys of tokens as the trie indexes names: hyphens skipped, as a trie walk skips them. */
export const trieKeysOf = (tokens: readonly Token[]): string[] => tokens.flatMap((t) => (t.text === '-' ? [] : [t.key]));

/** The keys of up to MAX_SHARED_TAIL tokens from `from`. */
const tailKeys = (tokens: readonly Token[], from: number): string[] => trieKeysOf(tokens.slice(from, from + MAX_SHARED_TAIL));

/**
 * A suspended hyphen ("front- and back-end development", "On-/Off-boarding", "pre- and post-processing"): the first
 * prefix takes the rest of the second word, and names what it then spells. The mention is the prefix and its hyphen.
 */
function suspendedHyphenNames(taxonomy: Taxonomy, tokens: readonly Token[]): SkillHit[] {
  const found: SkillHit[] = [];
  for (let k = 0; k + 3 < tokens.length; k++) {
    const prefix = tokens[k] as Token;
    const hyphen = tokens[k + 1] as Token;
    if (prefix.kind !== 'word' || hyphen.text !== '-' || hyphen.start !== prefix.end) continue;
    const link = tokens[k + 2] as Token;
    // "On-/Off-boarding": a slash glued to the hyphen; "front- and back-end": a word after a space.
    const glued = link.start === hyphen.end;
    if (glued ? link.text !== '/' : !COORDINATORS.has(link.key) && link.text !== ',') continue;
    const second = k + 3;
    const head = tokens[second] as Token;
    if (head.kind !== 'word') continue;
    const rest = tokens[second + 2];
    const spellings: string[][] = [];
    if (tokens[second + 1]?.text === '-' && tokens[second + 1]?.start === head.end && rest?.kind === 'word')
      // "front- and back-end development"; "pre- and post-processing": the prefix closes up with the rest ("preprocessing").
      spellings.push([prefix.key, ...tailKeys(tokens, second + 2)], [keyOf(prefix.lower + rest.lower), ...tailKeys(tokens, second + 3)]);
    else
      for (let cut = 1; cut <= MAX_SWAPPED_PREFIX && head.lower.length - cut >= 4; cut++)
        spellings.push([keyOf(prefix.lower + head.lower.slice(cut)), ...tailKeys(tokens, second + 1)]);
    // "data pre- and post-processing": the word before the prefix may open the name.
    const before = tokens[k - 1];
    const leadIn = before?.kind === 'word' && before.end + 1 === prefix.start ? before : undefined;
    for (const [from, lead] of [[k, []] as const, ...(leadIn ? [[k - 1, [leadIn.key]] as const] : [])]) {
      const spelled = spellings.map((keys) => longestSpelled(taxonomy, [...lead, ...keys], lead.length + 1)).find((x) => x !== undefined);
      if (!spelled) continue;
      found.push({
        skillId: spelled.skillId,
        surface: spelled,
        first: from,
        last: k,
        start: (tokens[from] as Token).start,
        end: hyphen.end,
      });
      break;
    }
  }
  return found;
}

/** Words that never qualify an object: articles, possessives, prepositions, conjunctions. */
const NOT_A_MODIFIER = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'for',
  'with',
  'in',
  'on',
  'at',
  'by',
  'from',
  'as',
  'into',
  'across',
  'our',
  'your',
  'their',
  'its',
  'his',
  'her',
  'my',
  'this',
  'that',
  'these',
  'those',
  'it',
  'them',
  'all',
  'any',
  'each',
  'every',
  'not',
  'no',
  'is',
  'are',
  'be',
  'will',
  'can',
  'up',
  'out',
  'both',
  'other',
  'such',
  'through',
  'within',
  'under',
  'over',
  'between',
  'during',
  'per',
  'via',
  'including',
  'like',
  'against',
  'about',
  'throughout',
  'among',
  'according',
]);
/** Adjectives by their ending ("positive", "complex" aside): a noun before the object makes another object ("trademark issues"). */
const ADJECTIVE_ENDING = /(?:ive|ous|ful|ical|ial|al|ic|able|ible|ary|less)$/;
const COMMON_ADJECTIVES = new Set([
  'new',
  'complex',
  'large',
  'small',
  'big',
  'key',
  'strong',
  'good',
  'great',
  'high',
  'low',
  'long',
  'short',
  'clear',
  'close',
  'multiple',
  'several',
  'various',
  'existing',
  'current',
  'difficult',
  'hard',
  'simple',
  'ongoing',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annual',
  'recent',
  'future',
  'broad',
  'deep',
  'robust',
  'solid',
  'lasting',
  'trusted',
  'different',
  'efficient',
  'important',
  'significant',
  'relevant',
  'excellent',
  'consistent',
  'independent',
  'urgent',
  'engaging',
  'challenging',
  'exciting',
  'emerging',
  'growing',
  'evolving',
  'compelling',
  'outstanding',
  'accurate',
  'detailed',
  'proper',
  'appropriate',
  'timely',
  'regular',
  // How often: "reconciling daily, monthly and yearly transactions".
  'hourly',
  'daily',
  'nightly',
  'weekly',
  'biweekly',
  'fortnightly',
  'monthly',
  'quarterly',
  'yearly',
]);
/** Modifiers a verb may have before its object: "foster positive relationships", "monitor overall system performance". */
const MAX_OBJECT_MODIFIERS = 2;
const MAX_SHARED_VERBS = 3;
/** Articles that may open an object: "manage a budget", "preparation of the annual budget". */
const ARTICLES = new Set(['the', 'a', 'an', 'all']);

const isAdjective = (lower: string): boolean => COMMON_ADJECTIVES.has(lower) || ADJECTIVE_ENDING.test(lower);
const LETTER = /\p{L}/u;
const gluedHyphen = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]?.text === '-' && tokens[at - 1]?.end === tokens[at]?.start && tokens[at + 1]?.start === tokens[at]?.end;
/**
 * How many tokens one modifier of an object takes from `at`: an untaken adjective ("complex incidents") is one, a
 * hyphenated compound of plain words ("museum-quality artwork", "high-voltage lines") is three; 0 when none is there.
 */
function modifierWidth(tokens: readonly Token[], at: number, taken: Uint8Array): number {
  const tok = tokens[at];
  if (!isPlainWord(tok) || taken[at] !== 0) return 0;
  const second = tokens[at + 2];
  if (gluedHyphen(tokens, at + 1) && isPlainWord(second) && taken[at + 2] === 0 && !gluedHyphen(tokens, at + 3))
    return LETTER.test(tok.text) && LETTER.test(second.text) ? 3 : 0;
  return isAdjective(tok.lower) ? 1 : 0;
}
const endsInAdjective = (tokens: readonly Token[], last: number): boolean => ADJECTIVE_ENDING.test((tokens[last] as Token).lower);
/** A lower-case word that is no article, preposition or conjunction. */
export const isPlainWord = (tok: Token | undefined): tok is Token =>
  tok !== undefined && tok.kind === 'word' && tok.text === tok.lower && !NOT_A_MODIFIER.has(tok.lower);
export const isJoiner = (tok: Token | undefined): boolean => tok !== undefined && (tok.key === 'and' || tok.text === ',');
/** The verb after "plan and" ("plan and deliver engaging lessons"). */
const isSecondVerb = isPlainWord;
/** "lessons aligned to standards", "data using SQL", "teams effectively": the phrase ended before them. */
export const continuesNounPhrase = (next: Token | undefined): boolean => isPlainWord(next) && !/(?:ly|ed|ing)$/.test(next.lower);
/** Whether an object ends at `at`: not before another noun, nor inside a hyphenated word ("a brand-new IP"). */
const endsTheObject = (tokens: readonly Token[], at: number): boolean =>
  !continuesNounPhrase(tokens[at + 1]) &&
  !(tokens[at + 1]?.text === '-' && tokens[at + 2]?.kind === 'word' && tokens[at + 1]?.start === tokens[at]?.end);

/**
 * Which tokens names already took: 0 none, 1 a one-word name, 2 a longer one. Computed once per item
 * for the verb and "of" readings below, which read only words no other name took.
 */
export function tokenCoverage(tokens: readonly Token[], hits: readonly SkillHit[]): Uint8Array {
  const cover = new Uint8Array(tokens.length);
  for (const h of hits) for (let t = h.first; t <= h.last; t++) cover[t] = h.first === h.last ? 1 : 2;
  return cover;
}

/**
 * A verb and its object with modifiers between them ("resolve complex incidents", "foster positive
 * relationships", "design and evaluate experiments") name the skill the verb and object name
 * together. Reads only words no other name took, so a name among the modifiers stays itself.
 */
export function findVerbObjects(taxonomy: Taxonomy, tokens: readonly Token[], taken: Uint8Array): SkillHit[] {
  const found: SkillHit[] = [];
  const isModifier = (t: number): boolean => {
    const tok = tokens[t];
    return taken[t] === 0 && isPlainWord(tok) && isAdjective(tok.lower);
  };
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (taken[i] !== 0 || verb.kind !== 'word' || !taxonomy.actionVerbKeys.has(verb.key)) continue;
    const node = taxonomy.trie.next.get(verb.key);
    if (!node) continue;
    let j = i + 1;
    // "design and evaluate experiments", "lead, coach and develop a team": verbs joined by "and" or commas share the object.
    for (let verbs = 0; verbs < MAX_SHARED_VERBS && isJoiner(tokens[j]) && isSecondVerb(tokens[j + 1]) && taken[j + 1] === 0; verbs++) {
      j += 2;
    }
    // "manage a budget of $2M": an article may open the object ("manage the team's calendar" is the calendar).
    const article = ARTICLES.has(tokens[j]?.lower ?? '') && taken[j] === 0;
    if (article) j++;
    // "reconcile the company's bank statements", "the organizations’ accounts": whose the object is stands between.
    if (article) j = pastPossessive(tokens, j, taken);
    // "editing local, regional and national news": a list of modifiers joined by commas and "and" qualifies one object.
    const listed = afterModifierList(tokens, j, isModifier);
    let match = listed > j ? objectAfter(taxonomy, node, tokens, listed, taken) : undefined;
    for (let skipped = 0; !match && skipped <= MAX_OBJECT_MODIFIERS; skipped++) {
      // "Stock the shelves", "Make the beds": after an article alone, a name written verb first reads as written.
      const candidate = objectAfter(taxonomy, node, tokens, j, taken, article && skipped === 0);
      if (candidate && (skipped > 0 || j > i + 1) && tokens[candidate.last + 1]?.text !== "'") match = candidate;
      const width = modifierWidth(tokens, j, taken);
      if (width === 0) break;
      j += width;
    }
    if (!match) continue;
    found.push({
      skillId: match.surface.skillId,
      surface: match.surface,
      first: i,
      last: match.last,
      start: verb.start,
      end: (tokens[match.last] as Token).end,
    });
    i = match.last;
  }
  return found;
}

const APOSTROPHES = new Set(["'", '\u2019']);
/** Past a possessive noun at `at` ("company's", "organizations’"), when one stands there; `at` otherwise. */
function pastPossessive(tokens: readonly Token[], at: number, taken: Uint8Array): number {
  if (!isPlainWord(tokens[at]) || taken[at] !== 0 || !APOSTROPHES.has(tokens[at + 1]?.text ?? '')) return at;
  return tokens[at + 2]?.text === 's' ? at + 3 : at + 2;
}

const MAX_LISTED_MODIFIERS = 5;
/** Past a comma, an "and" or an "or", or both (", and"), from `at`; `at` itself when none is there. */
function pastListJoiner(tokens: readonly Token[], at: number): number {
  let k = at;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.key === 'and' || tokens[k]?.lower === 'or') k++;
  return k;
}

/** Past a list of two or more modifiers joined by commas, "and" or "or" from `j`, or `j` itself when there is none. */
function afterModifierList(tokens: readonly Token[], j: number, isModifier: (t: number) => boolean): number {
  let k = j;
  let modifiers = 0;
  while (modifiers < MAX_LISTED_MODIFIERS && isModifier(k)) {
    modifiers++;
    const next = pastListJoiner(tokens, k + 1);
    if (next === k + 1) return modifiers >= 2 ? k + 1 : j;
    k = next;
  }
  return j;
}

/** Nouns of care for a thing, whose object may follow "on". */
const CARE_NOUN_KEYS: ReadonlySet<string> = new Set(
  ['maintenance', 'repair', 'repairs', 'servicing', 'inspection', 'inspections'].map(keyOf),
);

/**
 * An activity noun and its object after "of" ("management of contracts", "analysis of large data
 * sets", "preparation of the budget") name the skill written object first. Reads only words no
 * other name took, with at most an article and two adjectives between.
 */
export function findNounOfObjects(taxonomy: Taxonomy, tokens: readonly Token[], taken: Uint8Array): SkillHit[] {
  const found: SkillHit[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (noun.kind !== 'word' || !taxonomy.actionNounKeys.has(noun.key)) continue;
    const preposition = tokens[i + 1]?.key;
    // "maintenance on equipment", "repairs on vehicles": the care of a thing is said "on" it too.
    if (preposition !== 'of' && !(preposition === 'on' && CARE_NOUN_KEYS.has(noun.key))) continue;
    // The noun may stand as a one-word name of its own ("management"); the longer reading replaces it.
    if (taken[i] === 2) continue;
    let j = i + 2;
    if (ARTICLES.has(tokens[j]?.lower ?? '')) j++;
    const first = objectOf(taxonomy, tokens, j, noun.key, taken);
    if (first) found.push({ ...first, first: i, start: noun.start });
    // "maintenance of the main engine, generators, pumps, compressors": the noun takes each object of its list.
    let k = first ? first.last + 1 : afterObjectWords(tokens, j, taken);
    for (let objects = 0; objects < MAX_LISTED_OBJECTS; objects++) {
      const next = afterListJoiner(tokens, k);
      if (next === undefined) break;
      const listed = objectOf(taxonomy, tokens, next, noun.key, taken);
      if (listed && isListEnd(tokens[listed.last + 1])) {
        found.push({ ...listed, first: next, start: (tokens[next] as Token).start });
        k = listed.last + 1;
      } else k = afterObjectWords(tokens, next, taken);
    }
    if (k > i + 2) i = k - 1;
  }
  return found;
}

/** How many objects of one activity noun are read ("maintenance of engines, generators, pumps and compressors"). */
const MAX_LISTED_OBJECTS = 5;
/** Words one listed object may hold ("the main engine"). */
const MAX_OBJECT_WORDS = 3;

/** The name an activity noun and its object make, the object read from `at` past at most two modifiers (`modifierWidth`). */
function objectOf(
  taxonomy: Taxonomy,
  tokens: readonly Token[],
  at: number,
  nounKey: string,
  taken: Uint8Array,
): Omit<SkillHit, 'first' | 'start'> | undefined {
  for (let j = at, skipped = 0; skipped <= MAX_OBJECT_MODIFIERS; skipped++) {
    const match = objectBefore(taxonomy, tokens, j, nounKey, taken);
    if (match) return match;
    const width = modifierWidth(tokens, j, taken);
    if (width === 0) return undefined;
    j += width;
  }
  return undefined;
}

/** Past the plain words of one object from `at` (an article first), where a list joiner may follow. */
function afterObjectWords(tokens: readonly Token[], at: number, taken: Uint8Array): number {
  let k = at;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  const start = k;
  while (k - start < MAX_OBJECT_WORDS && taken[k] === 0 && continuesNounPhrase(tokens[k])) k++;
  return k === start ? -1 : k;
}

/** Where the next object of a list starts after a comma, "and" or "or" at `at`; undefined when no list goes on. */
function afterListJoiner(tokens: readonly Token[], at: number): number | undefined {
  if (at < 0) return undefined;
  let k = pastListJoiner(tokens, at);
  if (k === at) return undefined;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  return tokens[k]?.kind === 'word' ? k : undefined;
}

/** A listed object ends at a comma, a joiner, a bracket or stop, or the end of the item. */
const isListEnd = (next: Token | undefined): boolean =>
  next === undefined || next.kind !== 'word' || next.key === 'and' || next.lower === 'or';

/** The name spelt by one or two untaken words from `at` followed by the activity noun's key. */
function objectBefore(
  taxonomy: Taxonomy,
  tokens: readonly Token[],
  at: number,
  nounKey: string,
  taken: Uint8Array,
): Omit<SkillHit, 'first' | 'start'> | undefined {
  let best: Omit<SkillHit, 'first' | 'start'> | undefined;
  let node: TrieNode | undefined = taxonomy.trie;
  for (let j = at; j < tokens.length && j - at < 2; j++) {
    const tok = tokens[j] as Token;
    if (tok.kind !== 'word' || taken[j] !== 0) break;
    node = node.next.get(tok.key);
    if (!node) break;
    const surface = node.next.get(nounKey)?.surfaces.find((s) => !s.caseForms && !s.requireContext && !s.generated);
    if (surface && endsTheObject(tokens, j)) best = { skillId: surface.skillId, surface, last: j, end: tok.end };
  }
  return best;
}

/** The longest name under `node` spelt by untaken words from `at`. */
function objectAfter(
  taxonomy: Taxonomy,
  node: TrieNode,
  tokens: readonly Token[],
  at: number,
  taken: Uint8Array,
  writtenVerbFirst = false,
): { surface: Surface; last: number } | undefined {
  let current: TrieNode | undefined = node;
  let found: { surface: Surface; last: number } | undefined;
  for (let j = at; j < tokens.length && j - at < 3; j++) {
    const tok = tokens[j] as Token;
    if (tok.kind !== 'word' || taken[j] !== 0) break;
    current = current.next.get(tok.key);
    if (!current) break;
    // A name the compiler made from a verb's noun ("manage incidents"), or a soft skill written as a verb
    // phrase ("build relationships"); a tool's compound ("build systems") takes no modifiers inside it.
    const surface = current.surfaces.find(
      (s) =>
        !s.caseForms &&
        !s.requireContext &&
        (s.generated || writtenVerbFirst || (taxonomy.skills.get(s.skillId)?.kind === 'soft' && !/^\S+ing\b/i.test(s.text))),
    );
    // The object ends its noun phrase: "code" in "analyse malicious code packet captures" is not what is analysed.
    if (surface && endsTheObject(tokens, j)) found = { surface, last: j };
  }
  return found;
}

/** True when the word right after a hit marks a technology reading ("R programming"). */
export function hasTechContextAfter(tokens: readonly Token[], hit: SkillHit): boolean {
  const next = tokens[hit.last + 1];
  return next !== undefined && CONTEXT_NEXT.has(next.lower);
}
