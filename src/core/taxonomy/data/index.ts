import { readFileSync } from 'node:fs';
import type { SkillSeed } from '../types.js';

/**
 * The catalogue lives in one JSON file per family next to this module (checked against
 * ../skill-family.schema.json by test/core/taxonomy-data.test.ts). The build copies the files to dist.
 */
export interface SkillFamily {
  family: string;
  description: string;
  skills: SkillSeed[];
}

/** Bump when the catalogue changes in a way users should see; the content hash is appended anyway. */
export const TAXONOMY_RELEASE = '2026.12.1';

/** Compile order matters for ties between surfaces, so it is fixed here; new families go at the end. */
export const FAMILY_FILES = [
  'programming',
  'data-tools',
  'infrastructure',
  'analytics-methods',
  'research-product',
  'business',
  'professional',
  'sciences-engineering',
  'languages',
  'legal',
  'hr-recruiting',
  'sales',
  'enterprise-software',
  'engineering-disciplines',
  'finance-operations',
  'healthcare',
  'education',
  'hospitality',
  'customer-support',
  'design',
  'esco-knowledge',
  'tools-business',
  'tools-engineering-science',
  'tools-general',
  'tools-healthcare',
  'tools-media-education',
  'tools-office',
  'tools-software-it',
] as const;

export function familyUrl(name: string): URL {
  return new URL(`./${name}.json`, import.meta.url);
}

export function readFamily(name: string): SkillFamily {
  return JSON.parse(readFileSync(familyUrl(name), 'utf8')) as SkillFamily;
}

export const FAMILIES: readonly SkillFamily[] = FAMILY_FILES.map(readFamily);

export const ALL_SEEDS: readonly SkillSeed[] = FAMILIES.flatMap((f) => f.skills);
