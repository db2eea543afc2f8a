import type { ResumeProfile } from '../resume/intake.js';
import { scoreFit, type FitReport } from '../score/fit.js';
import type { Taxonomy } from '../taxonomy/compile.js';
import { creditableSkills, ResumeCredits } from './credits.js';
import { byId, type IndexedPosting, type RankIndex } from './index.js';
import { quickScore } from './quick-score.js';

export interface RankOptions {
  limit: number;
  /** Rank only these postings (by id or externalId); absent means the whole catalogue. */
  only?: { ids?: readonly string[]; externalIds?: readonly string[] };
}

export interface RankedPosting {
  posting: IndexedPosting;
  report: FitReport;
}

export interface Ranking {
  items: RankedPosting[];
  /** How many postings were ranked: the catalogue, or those the filter selected. */
  total: number;
}

interface Scored {
  posting: IndexedPosting;
  score: number;
  id: string;
}

/** Higher score first, then smaller id. */
const better = (a: Scored, b: Scored): boolean => a.score > b.score || (a.score === b.score && a.id < b.id);

/** The best `limit` of `items`, best first; one pass, the kept list sorted by insertion. */
function topK(items: Iterable<Scored>, limit: number): Scored[] {
  const kept: Scored[] = [];
  for (const item of items) {
    if (kept.length === limit && !better(item, kept[kept.length - 1] as Scored)) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(item, kept[mid] as Scored)) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
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

/**
 * Ranks stored postings for one résumé. Without a filter only the postings that share a creditable
 * skill with the résumé (found through the inverted index) are scored; postings sharing none score 0
 * and only fill up the list, smallest id first. The winners get a full scoreFit report.
 */
export function rankPostings(taxonomy: Taxonomy, index: RankIndex, profile: ResumeProfile, options: RankOptions): Ranking {
  const credits = new ResumeCredits(taxonomy, profile);
  const score = (posting: IndexedPosting): Scored => ({ posting, id: posting.id, score: quickScore(posting, credits) });

  let pool: IndexedPosting[];
  let total: number;
  let fill: (count: number, taken: ReadonlySet<string>) => IndexedPosting[] = () => [];
  if (options.only) {
    pool = selected(index, options.only);
    total = pool.length;
  } else {
    pool = index.postingsWithAny(creditableSkills(taxonomy, profile.skills.map((s) => s.id)));
    total = index.size;
    fill = (count, taken) => index.firstById(count, taken);
  }

  let best = topK(pool.map(score), options.limit);
  if (best.length < options.limit) {
    const extra = fill(options.limit - best.length, new Set(pool.map((p) => p.id))).map((posting) => ({ posting, id: posting.id, score: 0 }));
    best = topK([...best, ...extra], options.limit);
  }

  const items = best.map(({ posting }) => ({ posting, report: scoreFit(taxonomy, index.scorable(posting), profile) }));
  items.sort((a, b) => b.report.score - a.report.score || byId(a.posting, b.posting));
  return { items, total };
}
