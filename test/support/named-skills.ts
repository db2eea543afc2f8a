import { extractPosting } from '../../src/core/extract/extract.js';
import type { Taxonomy } from '../../src/core/taxonomy/compile.js';

/** What a posting names, each skill with the broader ones it falls under: "slump tests" names construction materials testing too. */
export const namedSkills = (taxonomy: Taxonomy, text: string): string[] =>
  extractPosting(taxonomy, text).requirements.flatMap((r) => [r.skill.id, ...taxonomy.ancestors(r.skill.id)]);
