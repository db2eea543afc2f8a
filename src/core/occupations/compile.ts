import { compileFamilies, type FamilyIndex } from './families.js';
import { compileSoftwareContext, type SoftwareContext } from './software-context.js';
import { compileTitleWords, titleWords, type TitleWords } from './title.js';
import { compileWordOverlap, type OverlapLabel, type WordOverlapIndex } from './word-overlap.js';
import type { AliasData, FamilyData, OccupationData, OccupationRecord, OccupationRef, RoleHead, TitleWordData } from './types.js';

export type LabelKind = 'alias' | 'name' | 'alt';

/** One way of naming an occupation, as the resolver finds it. */
export interface LabelEntry {
  occupationId: string;
  label: string;
  kind: LabelKind;
}

export interface OccupationIndex {
  version: string;
  attribution: string;
  occupations: ReadonlyMap<string, OccupationRecord>;
  list: readonly OccupationRecord[];
  aliases: AliasData['aliases'];
  iscoGroups: ReadonlyMap<string, string>;
  /** Career families over ISCO unit groups: what makes an HR manager and an HR officer related. */
  families: FamilyIndex;
  words: TitleWords;
  /** Label words joined by one space → the occupation that label names. */
  byKey: ReadonlyMap<string, LabelEntry>;
  /** The label's words that are not level or noise words, sorted: word order does not matter here. */
  byBag: ReadonlyMap<string, LabelEntry>;
  /** Longest label, in words: how far the resolver looks from each word of a title. */
  maxLabelWords: number;
  /** Content word → labels, for titles no label spells whole. */
  overlap: WordOverlapIndex;
  /** A title's last word → the occupation it names as a last resort ("ETL Developer"). */
  roleHeads: ReadonlyMap<string, string>;
  /** Suite words ("sap") and, by role word, the occupation a suite title names ("engineer" → ICT application developer). */
  suites: { words: ReadonlySet<string>; roles: ReadonlyMap<string, string> };
  /** How titles read in a software document (title-words.json "softwareContext"). */
  software?: SoftwareContext;
  stats: { occupations: number; labels: number; keys: number; compileMs: number };
}

export class OccupationDataError extends Error {}

const KIND_RANK: Record<LabelKind, number> = { alias: 3, name: 2, alt: 1 };

export const toRef = (o: OccupationRecord): OccupationRef => ({ id: o.id, esco: o.esco, name: o.name, isco: o.isco });

const depth = (id: string): number => {
  let n = 1;
  for (let k = id.indexOf('.'); k !== -1; k = id.indexOf('.', k + 1)) n++;
  return n;
};

/** Among occupations that share a label: a curated alias, then the one whose own name it is, then the one whose name shares most of its words, then the broader (shorter code). */
function better(candidate: LabelEntry, current: LabelEntry, shared: (e: LabelEntry) => number): boolean {
  const byKind = KIND_RANK[candidate.kind] - KIND_RANK[current.kind];
  if (byKind !== 0) return byKind > 0;
  const byShared = shared(candidate) - shared(current);
  if (byShared !== 0) return byShared > 0;
  const byDepth = depth(current.occupationId) - depth(candidate.occupationId);
  if (byDepth !== 0) return byDepth > 0;
  return candidate.occupationId < current.occupationId;
}

export function isContentWord(word: string, words: TitleWords): boolean {
  return !words.levels.has(word) && !words.noise.has(word);
}

/** Compiles the occupations, the curated aliases and the title vocabulary into lookup maps; call once at start-up. */
export function compileOccupations(
  data: OccupationData,
  aliases: AliasData,
  vocabulary: TitleWordData,
  version: string,
  families: FamilyData = { families: [] },
): OccupationIndex {
  const started = performance.now();
  const words = compileTitleWords(vocabulary);
  const occupations = new Map(data.occupations.map((o) => [o.id, o]));
  const nameWords = new Map(data.occupations.map((o) => [o.id, new Set(titleWords(o.name, words))]));

  const byKey = new Map<string, LabelEntry>();
  const byBag = new Map<string, LabelEntry>();
  let labels = 0;
  let maxLabelWords = 1;
  const overlapLabels: OverlapLabel[] = [];

  const add = (entry: LabelEntry) => {
    const w = titleWords(entry.label, words);
    if (w.length === 0) return;
    labels++;
    maxLabelWords = Math.max(maxLabelWords, w.length);
    const shared = (e: LabelEntry) => {
      const own = nameWords.get(e.occupationId);
      let n = 0;
      if (own) for (const x of w) if (own.has(x)) n++;
      return n;
    };
    const key = w.join(' ');
    const current = byKey.get(key);
    if (!current || better(entry, current, shared)) byKey.set(key, entry);
    const content = w.filter((x) => !words.levels.has(x) && !words.noise.has(x));
    if (content.length > 0) overlapLabels.push({ entry, words: content });
    if (content.length >= 2) {
      const bag = [...content].sort().join(' ');
      const currentBag = byBag.get(bag);
      if (!currentBag || better(entry, currentBag, shared)) byBag.set(bag, entry);
    }
  };

  for (const o of data.occupations) {
    add({ occupationId: o.id, label: o.name, kind: 'name' });
    for (const a of o.alt) add({ occupationId: o.id, label: a, kind: 'alt' });
  }
  for (const a of aliases.aliases) {
    const target = occupations.get(a.occupation);
    if (!target) throw new OccupationDataError(`alias "${a.title}" names unknown occupation ${a.occupation}`);
    if (target.name !== a.name)
      throw new OccupationDataError(`alias "${a.title}": occupation ${a.occupation} is "${target.name}", not "${a.name}"`);
    add({ occupationId: a.occupation, label: a.title, kind: 'alias' });
  }

  const headMap = (heads: readonly RoleHead[]): Map<string, string> => {
    const map = new Map<string, string>();
    for (const head of heads) {
      const target = occupations.get(head.occupation);
      if (target?.name !== head.name)
        throw new OccupationDataError(`role head "${head.word}": occupation ${head.occupation} is not "${head.name}"`);
      map.set(head.word, head.occupation);
    }
    return map;
  };
  const roleHeads = headMap(vocabulary.roleHeads ?? []);
  const suites = { words: new Set(vocabulary.suites?.words ?? []), roles: headMap(vocabulary.suites?.roles ?? []) };
  const iscoGroups = new Map(Object.entries(data.iscoGroups));
  return {
    version,
    attribution: data.attribution,
    occupations,
    list: data.occupations,
    aliases: aliases.aliases,
    iscoGroups,
    families: compileFamilies(families, iscoGroups, new Set(occupations.keys())),
    words,
    byKey,
    byBag,
    maxLabelWords,
    overlap: compileWordOverlap(overlapLabels),
    roleHeads,
    suites,
    ...(vocabulary.softwareContext ? { software: compileSoftwareContext(vocabulary.softwareContext) } : {}),
    stats: { occupations: occupations.size, labels, keys: byKey.size, compileMs: Math.round(performance.now() - started) },
  };
}
