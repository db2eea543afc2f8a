/** An anonymised corpus's stand-in for a name ("<ORGANIZATION>", "<LOCATION>"), as SkillSpan and masked exports write it. */
export const ANONYMISED_NAME = /<[A-Z_]+>/;
