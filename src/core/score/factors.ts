import type { OccupationRef } from '../occupations/types.js';
import type { ResumeProfile } from '../resume/model.js';
import { asOfMonth } from '../resume/dates.js';
import { checkEligibility, type Eligibility, type PostingEligibility } from './eligibility.js';
import { experienceFactor, OCCUPATION_FACTOR, round3, type OccupationRelation } from './policy.js';

export type { OccupationRef } from '../occupations/types.js';

export interface OccupationFit {
  posting?: OccupationRef;
  resume?: OccupationRef;
  relation: OccupationRelation;
  /** The career family the two share, when that is what relates them. */
  family?: { id: string; name: string };
}

export interface FitFactors {
  eligibility: number;
  experience: number;
  occupation: number;
  /** The three multiplied: the score is the skills score times this. */
  product: number;
}

export interface FactorReport {
  factors: FitFactors;
  eligibility: Eligibility;
  experience: { requiredYears?: number; years?: number; factor: number };
  occupation: OccupationFit & { factor: number };
}

/** Everything beyond skills that scales the score, for the fit report and ranking alike. */
export function fitFactors(
  posting: PostingEligibility,
  resume: ResumeProfile,
  occupation: OccupationFit = { relation: 'unknown' },
  asOf = asOfMonth(undefined),
): FactorReport {
  const { eligibility, factor: eligibilityFactor } = checkEligibility(posting, resume, asOf);
  const requiredYears = posting.experience?.minYears;
  const years = resume.experience.totalYears;
  const experience = experienceFactor(requiredYears, years);
  const occupationFactor = OCCUPATION_FACTOR[occupation.relation];
  return {
    factors: {
      eligibility: eligibilityFactor,
      experience,
      occupation: occupationFactor,
      product: round3(eligibilityFactor * experience * occupationFactor),
    },
    eligibility,
    experience: {
      ...(requiredYears !== undefined ? { requiredYears } : {}),
      ...(years !== undefined ? { years } : {}),
      factor: experience,
    },
    occupation: { ...occupation, factor: occupationFactor },
  };
}
