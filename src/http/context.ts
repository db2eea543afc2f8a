import type { Catalog } from '../catalog/catalog.js';
import type { Analyser } from '../analysis/analyser.js';
import type { Config } from '../config.js';
import type { OccupationIndex } from '../core/occupations/compile.js';
import type { Taxonomy } from '../core/taxonomy/compile.js';
import type { PostingStore } from '../store/types.js';

/** What routes need, handed to each route plugin explicitly. */
export interface AppContext {
  config: Config;
  taxonomy: Taxonomy;
  occupations: OccupationIndex;
  store: PostingStore;
  /** Where posting analysis and fit scoring run (worker threads when WORKERS > 0). */
  analyser: Analyser;
}

/** What the catalogue and ranking routes need besides: the stored catalogue with its rank index. */
export interface CatalogContext extends AppContext {
  catalog: Catalog;
}
