import { toRef, type OccupationIndex } from './compile.js';
import { resolveOccupation } from './resolve.js';
import type { OccupationRecord, OccupationRef } from './types.js';

export interface OccupationHit {
  occupation: OccupationRef;
  /** The alternative label that matched, when it was not the occupation's own name. */
  matchedLabel?: string;
}

interface WordStart {
  /** The label from one of its words onwards, lower case: "java developer" for "senior java developer". */
  tail: string;
  label: string;
  occupationId: string;
  isName: boolean;
  atStart: boolean;
}

/** Sorted word-start tails of every label: a prefix is a binary search, not a scan of 33,000 labels. Built on first use. */
const tailsCache = new WeakMap<OccupationIndex, WordStart[]>();

const lowerLabel = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function tails(index: OccupationIndex): WordStart[] {
  const cached = tailsCache.get(index);
  if (cached) return cached;
  const out: WordStart[] = [];
  const addLabel = (o: OccupationRecord, label: string, isName: boolean) => {
    const lower = lowerLabel(label);
    out.push({ tail: lower, label, occupationId: o.id, isName, atStart: true });
    for (let k = lower.indexOf(' '); k !== -1; k = lower.indexOf(' ', k + 1)) {
      out.push({ tail: lower.slice(k + 1), label, occupationId: o.id, isName, atStart: false });
    }
  };
  for (const o of index.list) {
    addLabel(o, o.name, true);
    for (const a of o.alt) addLabel(o, a, false);
  }
  for (const a of index.aliases) {
    const o = index.occupations.get(a.occupation);
    if (o) addLabel(o, a.title, false);
  }
  out.sort((a, b) => (a.tail < b.tail ? -1 : a.tail > b.tail ? 1 : 0));
  tailsCache.set(index, out);
  return out;
}

function lowerBound(list: WordStart[], q: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as WordStart).tail < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many word-start entries one query may walk: a one-letter prefix stops here instead of reading them all. */
const MAX_WALK = 5000;

/**
 * Autocomplete: occupations whose name or alternative label has a word starting with what was typed,
 * best first (the resolver's answer for the whole text, then names before alternative labels, a
 * label's start before a later word, shorter labels first).
 */
export function searchOccupations(index: OccupationIndex, q: string, limit: number): OccupationHit[] {
  const query = lowerLabel(q);
  const hits: OccupationHit[] = [];
  const seen = new Set<string>();
  if (!query) {
    return index.list.slice(0, limit).map((o) => ({ occupation: toRef(o) }));
  }
  const resolved = resolveOccupation(index, q);
  if (resolved) {
    seen.add(resolved.occupation.id);
    hits.push({
      occupation: resolved.occupation,
      ...(lowerLabel(resolved.matched) !== lowerLabel(resolved.occupation.name) ? { matchedLabel: resolved.matched } : {}),
    });
  }
  const list = tails(index);
  const found: WordStart[] = [];
  const from = lowerBound(list, query);
  for (let i = from; i < list.length && i < from + MAX_WALK; i++) {
    const entry = list[i] as WordStart;
    if (!entry.tail.startsWith(query)) break;
    found.push(entry);
  }
  found.sort(
    (a, b) =>
      Number(b.atStart) - Number(a.atStart) ||
      Number(b.isName) - Number(a.isName) ||
      a.label.length - b.label.length ||
      a.label.localeCompare(b.label),
  );
  for (const f of found) {
    if (hits.length >= limit) break;
    if (seen.has(f.occupationId)) continue;
    const o = index.occupations.get(f.occupationId);
    if (!o) continue;
    seen.add(o.id);
    hits.push({ occupation: toRef(o), ...(f.isName ? {} : { matchedLabel: f.label }) });
  }
  return hits.slice(0, limit);
}
