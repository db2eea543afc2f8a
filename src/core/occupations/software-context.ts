import type { SoftwareContextData } from './types.js';

/**
 * Job titles mean different things in different trades: a "Test Engineer" among Selenium, Java and CI
 * tests software, while ESCO's "test engineer" tests machines. A document (a posting or a résumé)
 * whose hard skills are mostly software skills is a software one, and there an engineering reading
 * of a title gives way to the ICT occupation its software title names.
 */
export interface SoftwareContext {
  qualifier: string;
  categories: ReadonlySet<string>;
  minShare: number;
  requalify: readonly string[];
  ict: readonly string[];
}

export const compileSoftwareContext = (data: SoftwareContextData): SoftwareContext => ({
  qualifier: data.qualifier,
  categories: new Set(data.skillCategories),
  minShare: data.minShare,
  requalify: data.requalify,
  ict: data.ict,
});

/** How a title is read: in a software document or not. */
export interface TitleContext {
  software?: boolean;
}

/** Whether a document's skills (one entry per skill) make it a software document: only hard skills count. */
export function isSoftwareDocument(
  context: SoftwareContext | undefined,
  skills: Iterable<{ kind: string; category: string } | undefined>,
): boolean {
  if (!context) return false;
  let hard = 0;
  let software = 0;
  for (const skill of skills) {
    if (skill?.kind !== 'hard') continue;
    hard++;
    if (context.categories.has(skill.category)) software++;
  }
  return hard > 0 && software / hard >= context.minShare;
}

const startsWithAny = (isco: string, prefixes: readonly string[]): boolean => prefixes.some((p) => isco.startsWith(p));

export const isRequalified = (context: SoftwareContext, isco: string): boolean => startsWithAny(isco, context.requalify);
export const isIctOccupation = (context: SoftwareContext, isco: string): boolean => startsWithAny(isco, context.ict);
