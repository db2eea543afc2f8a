import type { LabelEntry } from './compile.js';

/**
 * The fallback reading of a title no label spells: the occupation whose label shares the title's
 * most telling words ("Public Relations Director" → public relations manager, "Finance Specialist"
 * → a finance occupation). Words are weighed by how few labels use them, so "public relations"
 * decides and "director" barely counts; a label's extra words count against it (weighted Jaccard).
 */
export interface WordOverlapIndex {
  /** Content word → the labels that use it (names and curated aliases before alternative labels). */
  labelsByWord: ReadonlyMap<string, readonly OverlapLabel[]>;
  /** Content word → its weight: log(labels / labels using it). */
  weight: ReadonlyMap<string, number>;
}

export interface OverlapLabel {
  entry: LabelEntry;
  words: readonly string[];
}

/** Words used by more labels than this ("manager", "assistant") never propose candidates on their own. */
const MAX_PROPOSING_LABELS = 400;
/** The least weighted overlap accepted: below it the title is mostly words the label does not have. */
export const MIN_OVERLAP = 0.5;

export function compileWordOverlap(labels: readonly OverlapLabel[]): WordOverlapIndex {
  const labelsByWord = new Map<string, OverlapLabel[]>();
  for (const label of labels) {
    for (const w of new Set(label.words)) {
      let list = labelsByWord.get(w);
      if (!list) labelsByWord.set(w, (list = []));
      list.push(label);
    }
  }
  const weight = new Map<string, number>();
  for (const [w, list] of labelsByWord) weight.set(w, Math.log((labels.length + 1) / list.length));
  return { labelsByWord, weight };
}

export interface OverlapMatch {
  entry: LabelEntry;
  score: number;
}

/** The best label by weighted overlap with these content words, when it reaches MIN_OVERLAP. Cost: the labels of the title's rarer words. */
export function bestOverlap(index: WordOverlapIndex, content: readonly string[]): OverlapMatch | undefined {
  const words = [...new Set(content)];
  if (words.length < 2) return undefined;
  const weightOf = (w: string) => index.weight.get(w) ?? 0;
  // A title word no label uses at all ("Guru") is a word the answer cannot explain: weigh it as the rarest.
  const rarest = Math.max(0, ...[...index.weight.values()]);
  const titleWeight = words.reduce((sum, w) => sum + (index.weight.has(w) ? weightOf(w) : rarest), 0);
  let best: OverlapMatch | undefined;
  const seen = new Set<OverlapLabel>();
  for (const w of words) {
    const list = index.labelsByWord.get(w);
    if (!list || list.length > MAX_PROPOSING_LABELS) continue;
    for (const label of list) {
      if (seen.has(label)) continue;
      seen.add(label);
      let shared = 0;
      let extra = 0;
      for (const lw of new Set(label.words)) {
        if (words.includes(lw)) shared += weightOf(lw);
        else extra += weightOf(lw);
      }
      const score = shared / (titleWeight + extra);
      if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && prefer(label.entry, best.entry)))
        best = { entry: label.entry, score };
    }
  }
  return best && best.score >= MIN_OVERLAP ? best : undefined;
}

const KIND_RANK = { alias: 3, name: 2, alt: 1 } as const;
function prefer(a: LabelEntry, b: LabelEntry): boolean {
  if (a.kind !== b.kind) return KIND_RANK[a.kind] > KIND_RANK[b.kind];
  return a.occupationId < b.occupationId;
}
