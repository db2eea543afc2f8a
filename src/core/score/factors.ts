import type { OccupationRef } from '../occupations/types.js';
import type { ResumeProfile } from '../resume/model.js';
import { asOfMonth } from '../resume/dates.js';
import { checkEligibility, type AncestorsOf, type Eligibility, type PostingEligibility } from './eligibility.js';
import { experienceFactor, OCCUPATION_CREDIT, occupationWeight, round3, type OccupationRelation } from './policy.js';

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
  /** The two multiplied: the score is (skills part + occupation part) times this. */
  product: number;
}

export interface FactorReport {
  factors: FitFactors;
  eligibility: Eligibility;
  experience: { requiredYears?: number; years?: number; factor: number };
  /** The occupation part: its weight in the score, the credit the relation earns; points are set with the receipt. */
  occupation: OccupationFit & { weight: number; credit: number; points: number };
}

/** Everything beyond skills: the factors that scale the score and the occupation part, for the fit report and ranking alike. */
export function fitFactors(
  posting: PostingEligibility,
  resume: ResumeProfile,
  occupation: OccupationFit = { relation: 'unknown' },
  asOf = asOfMonth(undefined),
  ancestorsOf?: AncestorsOf,
): FactorReport {
  const { eligibility, factor: eligibilityFactor } = checkEligibility(posting, resume, asOf, ancestorsOf);
  const requiredYears = posting.experience?.minYears;
  const years = resume.experience.totalYears;
  const experience = experienceFactor(requiredYears, years);
  const product = round3(eligibilityFactor * experience);
  return {
    factors: { eligibility: eligibilityFactor, experience, product },
    eligibility,
    experience: {
      ...(requiredYears !== undefined ? { requiredYears } : {}),
      ...(years !== undefined ? { years } : {}),
      factor: experience,
    },
    occupation: {
      ...occupation,
      weight: occupationWeight(occupation.relation),
      credit: OCCUPATION_CREDIT[occupation.relation],
      points: 0,
    },
  };
}
