import { createHash } from 'node:crypto';
import { compileTaxonomy, type Taxonomy } from './compile.js';
import { ALL_SEEDS, TAXONOMY_RELEASE } from './data/index.js';
import type { SkillSeed } from './types.js';

export type { Skill, Taxonomy } from './compile.js';

/** "2026.11.1+3f2a9c1b": the release plus a hash of the data, so any edit yields a new version. */
export function taxonomyVersion(seeds: readonly SkillSeed[], release = TAXONOMY_RELEASE): string {
  const hash = createHash('sha256').update(JSON.stringify(seeds)).digest('hex').slice(0, 8);
  return `${release}+${hash}`;
}

/** Compiles the project's catalogue; call once at start-up. */
export function loadTaxonomy(seeds: readonly SkillSeed[] = ALL_SEEDS): Taxonomy {
  return compileTaxonomy(seeds, taxonomyVersion(seeds));
}
