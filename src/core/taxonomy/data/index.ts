import type { SkillSeed } from '../types.js';
import { analyticsMethodSkills } from './analytics-methods.js';
import { businessSkills } from './business.js';
import { dataToolSkills } from './data-tools.js';
import { infrastructureSkills } from './infrastructure.js';
import { spokenLanguageSkills } from './languages.js';
import { professionalSkills } from './professional.js';
import { programmingSkills } from './programming.js';
import { researchProductSkills } from './research-product.js';
import { scienceEngineeringSkills } from './sciences-engineering.js';

/** Bump when the catalogue changes in a way users should see; the content hash is appended anyway. */
export const TAXONOMY_RELEASE = '2026.11.1';

export const ALL_SEEDS: readonly SkillSeed[] = [
  ...programmingSkills,
  ...dataToolSkills,
  ...infrastructureSkills,
  ...analyticsMethodSkills,
  ...researchProductSkills,
  ...businessSkills,
  ...professionalSkills,
  ...scienceEngineeringSkills,
  ...spokenLanguageSkills,
];
