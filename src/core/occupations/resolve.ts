import { isContentWord, toRef, type LabelEntry, type OccupationIndex } from './compile.js';
import { isIctOccupation, isRequalified, type TitleContext } from './software-context.js';
import { titlePhrasings, titleWords } from './title.js';
import type { OccupationRef } from './types.js';
import { bestOverlap } from './word-overlap.js';

export interface OccupationMatch {
  occupation: OccupationRef;
  /** 0–1: the share of the title's words (level, seniority and contract words aside) the matched label covers. */
  score: number;
  /** The ESCO label or curated alias that matched. */
  matched: string;
}

/** Below this a title is mostly words no label explains ("Payments Platform Guru"): no answer beats a wrong one. */
export const MIN_SCORE = 0.5;
/** The least coverage a title gets when its last words are an occupation's name or a curated title. */
const HEAD_COVERAGE = 0.6;
/** A label found with its words in another order ("Manager Operations"). */
const REORDERED = 0.9;
/** A label found in a later segment of the title (a team or a second role after " - "). */
const LATER_SEGMENT = 0.9;

interface Hit {
  entry: LabelEntry;
  content: number;
  length: number;
  end: number;
  factor: number;
}

const KIND_RANK = { alias: 3, name: 2, alt: 1 } as const;

function beats(a: Hit, b: Hit): boolean {
  if (a.content !== b.content) return a.content > b.content;
  if (a.factor !== b.factor) return a.factor > b.factor;
  // An occupation's own name or a curated title before an ESCO alternative label that happens to
  // carry a level word ("senior data analyst" is listed under call centre analyst).
  if (a.entry.kind !== b.entry.kind) return KIND_RANK[a.entry.kind] > KIND_RANK[b.entry.kind];
  if (a.length !== b.length) return a.length > b.length;
  // English titles end with the role: "Payments Software Engineer" is a software engineer.
  return a.end > b.end;
}

/** "Director", "Assistant Manager", "Jr. Engineer": one generic role word is no occupation, whatever label spells it. */
function isOnlyGeneric(content: readonly string[], index: OccupationIndex): boolean {
  return content.length === 1 && index.words.generic.has(content[0] as string);
}

/** The content words (level and contract words aside) of a title's first phrasing: what the fallbacks read. */
function firstContentWords(index: OccupationIndex, phrasings: readonly { text: string }[]): string[] {
  const first = phrasings[0];
  return first ? titleWords(first.text, index.words).filter((w) => isContentWord(w, index.words)) : [];
}

/** The best label inside one phrasing: longest run of words that spells a label, from each word; linear in the words. */
function matchPhrase(index: OccupationIndex, text: string): { hit: Hit; contentWords: number; lastContentEnd: number } | undefined {
  const words = titleWords(text, index.words);
  if (words.length === 0) return undefined;
  let isContent = words.map((w) => isContentWord(w, index.words));
  // "Assistant", "Intern": a title of level words only is judged by all of them.
  if (!isContent.includes(true)) isContent = words.map(() => true);
  const contentWords = isContent.filter(Boolean).length;
  if (contentWords === 1 && index.words.generic.has(words[isContent.indexOf(true)] as string)) return undefined;

  let best: Hit | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let len = Math.min(index.maxLabelWords, words.length - i); len >= 1; len--) {
      const entry = index.byKey.get(words.slice(i, i + len).join(' '));
      if (!entry) continue;
      let content = 0;
      for (let k = i; k < i + len; k++) if (isContent[k]) content++;
      const hit: Hit = { entry, content, length: len, end: i + len, factor: 1 };
      // A one-word alternative label ("director" of film) explains a whole title only, never part of one.
      const trusted = len > 1 || entry.kind !== 'alt' || content === contentWords;
      if (content > 0 && trusted && (!best || beats(hit, best))) best = hit;
      break;
    }
  }
  if (contentWords >= 2 && (!best || best.content < contentWords)) {
    const bag = words
      .filter((_, k) => isContent[k])
      .sort()
      .join(' ');
    const entry = index.byBag.get(bag);
    if (entry) best = { entry, content: contentWords, length: contentWords, end: words.length, factor: REORDERED };
  }
  const lastContentEnd = isContent.lastIndexOf(true) + 1;
  return best ? { hit: best, contentWords, lastContentEnd } : undefined;
}

/**
 * The ESCO occupation a job title names: "Sr. Java Dev" → software developer, "Manager, Operations"
 * → operations manager, "Software Engineer - Payments (Remote)" → software developer. Cost grows
 * with the title's length only (each word looks up at most maxLabelWords keys). In a software document
 * an engineering reading gives way to the software title's ICT one: "Test Engineer" → software tester.
 */
export function resolveOccupation(index: OccupationIndex, title: string, context: TitleContext = {}): OccupationMatch | undefined {
  const match = resolveWords(index, title);
  const software = index.software;
  if (!context.software || !software || !match || !isRequalified(software, match.occupation.isco)) return match;
  const again = resolveWords(index, `${software.qualifier} ${title}`);
  return again && isIctOccupation(software, again.occupation.isco) ? again : match;
}

function resolveWords(index: OccupationIndex, title: string): OccupationMatch | undefined {
  let best: { score: number; entry: LabelEntry } | undefined;
  const phrasings = titlePhrasings(title);
  for (const phrasing of phrasings) {
    const score = scorePhrase(index, phrasing.text, phrasing.rank);
    if (phrasing.whole && (score?.score !== 1 || score.entry.kind === 'alt')) continue;
    if (score && (!best || score.score > best.score)) best = score;
    if (best?.score === 1) break;
  }
  const content = firstContentWords(index, phrasings);
  const practitioner = practitionerTitle(index, content, phrasings[0]?.text ?? '');
  if (practitioner && (!best || best.score < 1)) {
    const score = scorePhrase(index, practitioner, 0);
    if (score && (!best || score.score > best.score)) best = score;
  }
  const suite = suiteReading(index, content);
  if (suite && !(best && best.score >= MIN_SCORE && isIct(index, best.entry)))
    best = { score: Math.max(MIN_SCORE, best?.score ?? 0), entry: suite };
  if (!best || best.score < MIN_SCORE) {
    const overlap = overlapReading(index, content);
    if (!overlap) return undefined;
    best = overlap;
  }
  const occupation = index.occupations.get(best.entry.occupationId);
  if (!occupation) return undefined;
  return { occupation: toRef(occupation), score: Math.round(best.score * 100) / 100, matched: best.entry.label };
}

function scorePhrase(index: OccupationIndex, text: string, rank: number): { score: number; entry: LabelEntry } | undefined {
  const found = matchPhrase(index, text);
  if (!found) return undefined;
  const { hit, contentWords, lastContentEnd } = found;
  let coverage = hit.content / contentWords;
  // English titles end with the role: an occupation's own name there ("General Ledger Accountant")
  // names the job even when the words before it are a speciality no label spells.
  if (hit.end === lastContentEnd && hit.entry.kind !== 'alt') coverage = Math.max(coverage, HEAD_COVERAGE);
  return { score: coverage * hit.factor * (rank === 0 ? 1 : LATER_SEGMENT), entry: hit.entry };
}

/**
 * "Mechanical Engineering Intern", "Accounting Trainee", "Data Science": a title naming a field of work
 * and no role, read as the field's practitioner ("mechanical engineer", "accountant", "data scientist").
 * A single word ("Research", "Architecture") is more often a heading than a title: left alone.
 */
function practitionerTitle(index: OccupationIndex, content: readonly string[], firstPhrasing: string): string | undefined {
  if (titleWords(firstPhrasing, index.words).length < 2) return undefined;
  const field = content.at(-1);
  const practitioner = field === undefined ? undefined : index.words.practitioners.get(field);
  return practitioner ? [...content.slice(0, -1), practitioner].join(' ') : undefined;
}

/** ISCO sub-major group 25: information and communications technology professionals. */
const isIct = (index: OccupationIndex, entry: LabelEntry): boolean =>
  index.occupations.get(entry.occupationId)?.isco.startsWith('25') ?? false;

/**
 * "SAP Application Engineer", "Workday Analyst": a title naming an enterprise application suite, its role word a
 * developer's or a configurator's, names that suite's ICT occupation — not the engineering "application engineer"
 * its last words spell.
 */
function suiteReading(index: OccupationIndex, content: readonly string[]): LabelEntry | undefined {
  if (!content.some((w) => index.suites.words.has(w))) return undefined;
  const head = content.at(-1);
  const occupationId = head === undefined ? undefined : index.suites.roles.get(head);
  return occupationId ? { occupationId, label: head as string, kind: 'alias' } : undefined;
}

/** The title's first segment read by weighted word overlap, else by its last word (a role head); scored MIN_SCORE, below any label match. */
function overlapReading(index: OccupationIndex, content: readonly string[]): { score: number; entry: LabelEntry } | undefined {
  if (isOnlyGeneric(content, index)) return undefined;
  const match = bestOverlap(index.overlap, content);
  if (match) return { score: MIN_SCORE, entry: match.entry };
  const head = content.at(-1);
  const occupationId = head === undefined ? undefined : index.roleHeads.get(head);
  return occupationId ? { score: MIN_SCORE, entry: { occupationId, label: head as string, kind: 'alias' } } : undefined;
}

export interface TitlesResolution {
  /** One per title, in the order given; undefined where no occupation was found. */
  results: (OccupationMatch | undefined)[];
  /** The first title that resolved: résumés list the most recent role first. */
  primary?: OccupationMatch;
}

export function resolveTitles(index: OccupationIndex, titles: readonly string[], context: TitleContext = {}): TitlesResolution {
  const results = titles.map((t) => resolveOccupation(index, t, context));
  const primary = results.find((r) => r !== undefined);
  return primary ? { results, primary } : { results };
}
