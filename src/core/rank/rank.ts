import type { ResumeProfile } from '../resume/model.js';
import { fitFactors, type OccupationFit, type OccupationRef } from '../score/factors.js';
import { scoreFit, type FitReport } from '../score/fit.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { resumeCredits } from './credits.js';
import { byId, type IndexedPosting, type RankIndex } from './index.js';
import { skillNumberOf } from './numbering.js';
import { quickScore } from './quick-score.js';
import { focusOf, resumeAreas } from '../score/focus.js';
import { maxScoreForSkills, OCCUPATION_WEIGHT, scoreParts } from '../score/policy.js';

export interface RankOptions {
  limit: number;
  /** Rank only these postings (by id or externalId); absent means the whole catalogue. */
  only?: { ids?: readonly string[]; externalIds?: readonly string[] };
  /** How the résumé's occupation relates to a posting's (resolved at analysis time); unknown when absent. */
  occupationFit?: (posting: OccupationRef | undefined) => OccupationFit;
  /** 'YYYY-MM' the eligibility and experience checks are made at. */
  asOf?: string;
}

export interface RankedPosting {
  posting: IndexedPosting;
  report: FitReport;
}

export interface Ranking {
  items: RankedPosting[];
  /** How many postings were ranked: the catalogue, or those the filter selected. */
  total: number;
  /** Postings sharing a skill with the résumé (their score was bounded), and how many of them were scored exactly. */
  work: { candidates: number; scored: number };
}

interface Scored {
  posting: IndexedPosting;
  score: number;
}

/** Higher score first, then smaller id. */
const better = (a: Scored, b: Scored): boolean => a.score > b.score || (a.score === b.score && a.posting.id < b.posting.id);

/** Keeps the best `limit` items offered, best first. */
class TopK {
  readonly items: Scored[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.items.length === this.limit;
  }

  get worst(): Scored | undefined {
    return this.items[this.items.length - 1];
  }

  offer(item: Scored): void {
    const { items } = this;
    if (this.full && !better(item, items[items.length - 1] as Scored)) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(item, items[mid] as Scored)) hi = mid;
      else lo = mid + 1;
    }
    items.splice(lo, 0, item);
    if (items.length > this.limit) items.pop();
  }
}

function selected(index: RankIndex, only: NonNullable<RankOptions['only']>): IndexedPosting[] {
  const found = new Map<string, IndexedPosting>();
  for (const id of only.ids ?? []) {
    const p = index.get(id);
    if (p) found.set(p.id, p);
  }
  for (const externalId of only.externalIds ?? []) {
    const p = index.getByExternalId(externalId);
    if (p) found.set(p.id, p);
  }
  return [...found.values()];
}

const BUCKETS = 1001; // score bounds 0.0 … 100.0 in steps of 0.1

/** Counting sort of candidate slots by bound, in tenths: bucket b is ordered[starts[b] … starts[b + 1]). */
function bucketsByBound(count: number, slots: Int32Array, bounds: Float64Array): { starts: Int32Array; ordered: Int32Array } {
  const bucketOf = (k: number): number => Math.floor((bounds[slots[k] as number] as number) * 10);
  const starts = new Int32Array(BUCKETS + 1);
  for (let k = 0; k < count; k++) {
    const b = bucketOf(k) + 1;
    starts[b] = (starts[b] as number) + 1;
  }
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const next = starts.slice();
  const ordered = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const b = bucketOf(k);
    const at = next[b] as number;
    ordered[at] = slots[k] as number;
    next[b] = at + 1;
  }
  return { starts, ordered };
}

/**
 * Ranks stored postings for one résumé; the result equals scoring every posting with scoreFit and
 * sorting by score, then id. Without a filter, the inverted index yields the postings sharing a
 * creditable skill with the résumé, each with an upper bound of its score; they are scored exactly,
 * highest bound first, until no bound left can reach the last place. Postings sharing no skill score
 * 0 and only fill up the list, smallest id first. The winners get a full scoreFit report.
 */
export function rankPostings(taxonomy: Taxonomy, index: RankIndex, profile: ResumeProfile, options: RankOptions): Ranking {
  const { creditable, table } = resumeCredits(taxonomy, profile, index.skillNumbers);
  const brought = resumeAreas(taxonomy, profile);
  // Per skill of the résumé, the numbers of the stored requirement skills it can earn credit for; and the
  // skills the posting being scored requires, marked by number with a fresh generation per posting.
  const creditableNumbers = brought.skills.map((s) =>
    Int32Array.from([...s.creditable].map((id) => index.skillNumbers.find(id) ?? -1).filter((n) => n >= 0)),
  );
  const requiredMarks = new Uint32Array(index.skillNumbers.size);
  let generation = 0;
  const requiredBy = (posting: IndexedPosting): ((k: number) => boolean) => {
    generation++;
    for (const slot of posting.creditSlots) requiredMarks[skillNumberOf(slot)] = generation;
    return (k) => {
      for (const n of creditableNumbers[k] as Int32Array) if (requiredMarks[n] === generation) return true;
      return false;
    };
  };
  const top = new TopK(options.limit);
  const occupationOf = (posting: IndexedPosting): OccupationFit => options.occupationFit?.(posting.occupation) ?? { relation: 'unknown' };
  const scoreOf = (posting: IndexedPosting): number => {
    const occupation = occupationOf(posting);
    const { product } = fitFactors(posting.eligibility, profile, occupation, options.asOf, taxonomy.ancestors).factors;
    return quickScore(posting, table, product, scoreParts(occupation.relation, focusOf(posting.areas, brought, requiredBy(posting)).share));
  };
  // Without skills in common a posting can still earn occupation points (never focus points), up to this many.
  const occupationMax = options.occupationFit ? 100 * OCCUPATION_WEIGHT : 0;
  const withOccupation = options.occupationFit !== undefined;
  let total: number;
  let work: Ranking['work'];

  if (options.only) {
    const chosen = selected(index, options.only);
    for (const posting of chosen) top.offer({ posting, score: scoreOf(posting) });
    total = chosen.length;
    work = { candidates: chosen.length, scored: chosen.length };
  } else {
    const { count, slots, bounds } = index.bounds(creditable, table);
    const { starts, ordered } = bucketsByBound(count, slots, bounds);
    let scored = 0;
    const positive = new Set<string>();
    // Only needed when postings sharing no skill may be scanned for occupation points below.
    const scoredIds = occupationMax > 0 ? new Set<string>() : undefined;
    const consider = (posting: IndexedPosting): void => {
      const score = scoreOf(posting);
      scored++;
      scoredIds?.add(posting.id);
      if (score <= 0) return;
      positive.add(posting.id);
      top.offer({ posting, score });
    };
    for (let b = BUCKETS - 1; b >= 0; b--) {
      // A posting in bucket b or below earns at most (b + 1) / 10 skills percent (a bound is exact but
      // for float rounding), so scores at most what that allows with the occupation and focus parts;
      // stop once that, with a step to spare, cannot reach the last place.
      const worst = top.worst;
      if (top.full && worst && maxScoreForSkills((b + 2) / 10, withOccupation) < worst.score) break;
      for (let k = starts[b] as number; k < (starts[b + 1] as number); k++)
        consider(index.postingAt(ordered[k] as number) as IndexedPosting);
    }
    // Postings naming no skill are judged on their occupation alone, up to 100: always scored (they are few).
    if (occupationMax > 0) for (const posting of index.withoutSkills()) consider(posting);
    const worst = top.worst;
    if (occupationMax > 0 && (!top.full || (worst && worst.score <= occupationMax))) {
      // Postings sharing no skill with the résumé may still earn occupation points: a full scan, only
      // when those points could reach the list (a tie is enough: the smaller id wins it).
      for (const posting of index.all()) if (!scoredIds?.has(posting.id)) consider(posting);
    }
    if (!top.full) {
      // Fewer matches than places: every posting that can score was scored, so `positive` holds all above 0.
      for (const posting of index.firstById(options.limit - top.items.length, positive)) top.offer({ posting, score: 0 });
    }
    total = index.size;
    work = { candidates: count, scored };
  }

  const items = top.items.map(({ posting }) => ({
    posting,
    report: scoreFit(taxonomy, index.scorable(posting), profile, {
      occupation: occupationOf(posting),
      ...(options.asOf ? { asOf: options.asOf } : {}),
    }),
  }));
  items.sort((a, b) => b.report.score - a.report.score || byId(a.posting, b.posting));
  return { items, total, work };
}
