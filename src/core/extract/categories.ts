import type { Taxonomy } from '../taxonomy/compile.js';
import type { SkillCategory } from '../taxonomy/types.js';

/* How the extractor reads the catalogue's categories and relations when it weighs a name against its neighbours. */

/** Technologies: named in the company's own voice or beside a degree they still describe the job's stack. */
export const STACK_CATEGORIES: ReadonlySet<SkillCategory> = new Set<SkillCategory>([
  'programming-language',
  'query-language',
  'database',
  'data-platform',
  'data-engineering',
  'statistics-software',
  'bi-visualization',
  'spreadsheet-office',
  'web-development',
  'framework-library',
  'mobile',
  'cloud',
  'devops',
  'testing-qa',
  'networking-systems',
  'operating-system',
  'collaboration-tool',
  'erp-crm',
]);

/** Words that end the name of a kind of product ("collaboration platform", "CRM software"). */
export const PRODUCT_KIND_WORDS = String.raw`platforms?|software|apps?|tools?|solutions?`;

/** Either skill lists the other as related. */
export const related = (taxonomy: Taxonomy, a: string, b: string): boolean =>
  (taxonomy.skills.get(a)?.related.includes(b) ?? false) || (taxonomy.skills.get(b)?.related.includes(a) ?? false);
