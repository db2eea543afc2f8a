import vocabulary from './data/credential-words.json' with { type: 'json' };
import { normalizeName, type Skill, type Taxonomy } from '../taxonomy/compile.js';

/** The last words of a catalogue name that make the skill a credential (data/credential-words.json). */
const CREDENTIAL_NAME_ENDINGS: ReadonlySet<string> = new Set(vocabulary.credentialNameEndings);

/**
 * A skill one obtains rather than learns: its name ends in a credential noun ("RN License", "DOT Medical
 * Card"). A name joining a practice to its paperwork ("Cable Testing and Certification") is a practice.
 */
export function isCredentialName(name: string): boolean {
  const lower = name.toLowerCase();
  if (/\band\b|&/.test(lower)) return false;
  return CREDENTIAL_NAME_ENDINGS.has(lower.slice(lower.lastIndexOf(' ') + 1));
}

/** The words that turn a credential's letters into its name: "RN" → "RN license", "BLS" → "BLS certification". */
const SPELLED_CREDENTIAL_NOUNS = ['license', 'licence', 'certification', 'certificate'] as const;

/**
 * "RN" under Licences, or after the person's name ("Jane Doe, RN"): the credential the letters stand for (RN
 * License), where the catalogue names one; the skill the letters name alone (nursing) stays read as well.
 */
export function credentialWritten(taxonomy: Taxonomy, skill: Skill, written: string): Skill | undefined {
  if (isCredentialName(skill.name)) return undefined;
  const credential = credentialNamed(taxonomy, written);
  return credential?.id === skill.id ? undefined : credential;
}

/** The credential a body's letters name with a credential noun after them ("ASE" → "ASE certification"), if the catalogue has it. */
export function credentialNamed(taxonomy: Taxonomy, letters: string): Skill | undefined {
  for (const noun of SPELLED_CREDENTIAL_NOUNS) {
    const ids = taxonomy.byName.get(normalizeName(`${letters} ${noun}`));
    const credential = ids?.length === 1 ? taxonomy.skills.get(ids[0] as string) : undefined;
    if (credential && isCredentialName(credential.name)) return credential;
  }
  return undefined;
}
