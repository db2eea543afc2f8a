/**
 * The taxonomy as written by hand (seeds) and as compiled at start-up.
 * Seeds live in ./data/<family>.json (schema: ./skill-family.schema.json); compileTaxonomy() turns them into the
 * lookup structures.
 */
/**
 * hard: a technical or domain skill; soft: a professional skill a person can be seen doing (negotiation,
 * attention to detail); trait: a disposition or attitude, how a person is (curiosity, growth mindset), which a
 * candidate can only claim; language: a spoken or signed language.
 */
export const SKILL_KINDS = ['hard', 'soft', 'trait', 'language'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

export const CATEGORIES = [
  'programming-language',
  'query-language',
  'database',
  'data-platform',
  'data-engineering',
  'statistics-software',
  'bi-visualization',
  'spreadsheet-office',
  'ml-ai',
  'data-science-method',
  'statistics-method',
  'research-method',
  'web-development',
  'framework-library',
  'mobile',
  'cloud',
  'devops',
  'software-practice',
  'testing-qa',
  'security',
  'networking-systems',
  'operating-system',
  'collaboration-tool',
  'erp-crm',
  'design-ux',
  'product-management',
  'project-management',
  'business-domain',
  'finance',
  'marketing',
  'advertising',
  'sales',
  'ecommerce',
  'operations',
  'trust-safety',
  'legal-compliance',
  'hr',
  'healthcare',
  'engineering',
  'content-media',
  'education-training',
  'soft-skill',
  'spoken-language',
] as const;
export type SkillCategory = (typeof CATEGORIES)[number];

/**
 * A surface form with conditions, for names that are also ordinary words or letters
 * ("R", "Go", "Excel" the verb, "Spark").
 */
export interface AliasRule {
  text: string;
  /** Match only with exactly this capitalisation ("R", not "r"). */
  caseSensitive?: boolean;
  /**
   * Accept only next to another technical skill in the same list ("SPSS/R/Python", "Excel, SQL, or R")
   * or when followed by one of `contextNext` ("R programming", "Go language").
   */
  requireContext?: boolean;
  /** Words that, directly after the name, show it is not the skill ("excel at", "presentation layer"). */
  rejectNext?: string[];
  /** Words that, directly before the name, show it is not the skill ("a spark of"). */
  rejectPrev?: string[];
  /** A one-word name that matches only as written, not in the plural ("Collaboration", not "research collaborations"). */
  singular?: boolean;
}

export type AliasSeed = string | AliasRule;

export interface SkillSeed {
  /** Stable slug: lowercase ascii, digits and hyphens ("power-bi", "c-sharp"). Never reused. */
  id: string;
  /** Canonical display name ("Power BI"). Also a surface form unless an AliasRule with the same text overrides it. */
  name: string;
  kind: SkillKind;
  category: SkillCategory;
  /** Other names: abbreviations, spellings, product renames, verb phrases ("analyze data"). Case-insensitive unless an AliasRule says otherwise. */
  aliases?: AliasSeed[];
  /** More general skills this one is a kind of (PostgreSQL -> sql). A person with this skill satisfies a requirement for the broader one. */
  broader?: string[];
  /** Sibling skills that earn partial credit for each other (SPSS ~ Stata). Symmetric once compiled. */
  related?: string[];
  /** Skills used together with this one, never in its place: "HTML/CSS" asks for both, not either. Symmetric once compiled. */
  usedWith?: string[];
  /** External identifiers, only where checked by hand. */
  esco?: string;
  onet?: string;
}
