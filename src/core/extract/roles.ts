import type { Taxonomy } from '../taxonomy/compile.js';
import { tokenize } from '../text/tokenize.js';
import type { SkillHit } from './match.js';

/*
 * A role named where a skill is asked ("experience as a welder", "as a Translator") stands for the
 * practice it performs: the welder's welding, the translator's translation. The practice's name is
 * made from the role's by its ending and looked up in the catalogue; a role with no such practice
 * stays a name the catalogue lacks.
 */

/** From the role's ending to its practice's: translator → translation, welder → welding, analyst → analysis, carpenter → carpentry. */
const PRACTICE_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/or$/, 'ion'],
  [/or$/, 'ing'],
  [/er$/, 'ing'],
  [/er$/, 'ation'],
  [/er$/, ''],
  [/er$/, 'y'],
  [/yst$/, 'ysis'],
  [/ist$/, 'y'],
  [/ist$/, 'ing'],
  [/ant$/, 'ing'],
  [/ic$/, 'ics'],
  // carpenter → carpentry, joiner → joinery, mason → masonry, surgeon → surgery
  [/er$/, 'ry'],
  [/er$/, 'ery'],
  [/on$/, 'onry'],
  [/eon$/, 'ery'],
  // developer → development, manager → management
  [/er$/, 'ment'],
  [/er$/, 'ement'],
];

type HitsIn = (taxonomy: Taxonomy, tokens: ReturnType<typeof tokenize>, text: string) => SkillHit[];

/** The catalogue skill a role's practice names, when one of the role's endings turns it into a catalogue name. */
export function practiceOfRole(taxonomy: Taxonomy, role: string, hitsIn: HitsIn): string | undefined {
  const named = namedPracticeOf(taxonomy, role);
  if (named) return named;
  const practice = practiceByEnding(taxonomy, role, hitsIn);
  if (practice) return practice;
  // "Junior Data Analyst", "Staff Accountant": past the words that only rank the role.
  const words = role.split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && ROLE_QUALIFIERS.has((words[first] as string).toLowerCase())) first++;
  return first === 0 ? undefined : practiceByEnding(taxonomy, words.slice(first).join(' '), hitsIn);
}

function practiceByEnding(taxonomy: Taxonomy, role: string, hitsIn: HitsIn): string | undefined {
  const at = role.lastIndexOf(' ') + 1;
  const head = role.slice(at).toLowerCase();
  for (const [ending, practice] of PRACTICE_ENDINGS) {
    if (!ending.test(head)) continue;
    const candidate = role.slice(0, at) + head.replace(ending, practice);
    const hits = hitsIn(taxonomy, tokenize(candidate), candidate);
    const whole = hits.find((h) => h.start === 0 && h.end === candidate.length);
    if (whole) return whole.skillId;
  }
  return undefined;
}

/** Words that rank or license a role without changing its practice: "senior nurse", "licensed plumber". */
const ROLE_QUALIFIERS: ReadonlySet<string> = new Set(
  'senior junior lead chief head principal staff experienced qualified skilled certified licensed registered trainee apprentice journeyman master assistant deputy associate full-time part-time seasonal'.split(
    ' ',
  ),
);

/**
 * The crosswalk's practice of the role, as written or past the words that only rank it ("senior
 * registered nurse" → "nurse"); never a tail after words that name another practice ("veterinary nurse").
 */
function namedPracticeOf(taxonomy: Taxonomy, role: string): string | undefined {
  const words = role.toLowerCase().split(/\s+/).filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const practice = taxonomy.practiceOfRoleNoun.get(words.slice(k).join(' '));
    if (practice) return practice;
    if (!ROLE_QUALIFIERS.has(words[k] as string)) return undefined;
  }
  return undefined;
}
