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

/** Whether the categories of a document's hard skills (one per skill) make it a software document. */
export function isSoftwareDocument(context: SoftwareContext | undefined, hardSkillCategories: readonly string[]): boolean {
  if (!context || hardSkillCategories.length === 0) return false;
  let software = 0;
  for (const category of hardSkillCategories) if (context.categories.has(category)) software++;
  return software / hardSkillCategories.length >= context.minShare;
}

const startsWithAny = (isco: string, prefixes: readonly string[]): boolean => prefixes.some((p) => isco.startsWith(p));

export const isRequalified = (context: SoftwareContext, isco: string): boolean => startsWithAny(isco, context.requalify);
export const isIctOccupation = (context: SoftwareContext, isco: string): boolean => startsWithAny(isco, context.ict);
