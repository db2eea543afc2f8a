import { rankInputOf } from '../core/rank/compact.js';
import { analysePosting } from '../core/posting.js';
import type { Vocabularies } from '../core/match.js';
import type { AnalysisUpdate, PostingStore } from '../store/types.js';
import type { CatalogLog } from './live-index.js';

const BATCH = 200;

/**
 * Re-runs the analysis of every stored posting analysed with another taxonomy version, from its
 * stored source. A posting edited meanwhile (another instance) keeps its newer analysis; a posting
 * whose analysis fails keeps its old one and is logged.
 */
export async function reanalyseOutdated(
  store: PostingStore,
  vocabularies: Vocabularies,
  log: CatalogLog,
): Promise<{ outdated: number; updated: number }> {
  const { taxonomy, occupations } = vocabularies;
  const ids = await store.idsAnalysedWithOtherVersion(taxonomy.version);
  if (ids.length === 0) return { outdated: 0, updated: 0 };
  log.info({ postings: ids.length, taxonomyVersion: taxonomy.version }, 're-analysing stored postings for the new taxonomy version');
  const started = performance.now();
  let updated = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const postings = await store.getMany(ids.slice(i, i + BATCH));
    const updates: AnalysisUpdate[] = [];
    for (const posting of postings) {
      try {
        const analysis = analysePosting(taxonomy, posting.source, {
          ...(occupations ? { occupations } : {}),
          ...(posting.title ? { title: posting.title } : {}),
        });
        updates.push({ id: posting.id, revision: posting.revision, analysis, rankInput: rankInputOf(analysis) });
      } catch (err) {
        log.error({ err, postingId: posting.id }, 'could not re-analyse a posting; it keeps its previous analysis');
      }
    }
    updated += await store.updateAnalyses(updates);
  }
  log.info({ updated, outdated: ids.length, ms: Math.round(performance.now() - started) }, 'stored postings re-analysed');
  return { outdated: ids.length, updated };
}
