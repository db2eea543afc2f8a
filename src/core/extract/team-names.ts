import type { Token } from '../text/tokenize.js';
import type { SkillHit } from './match.js';
import vocabulary from './data/team-words.json' with { type: 'json' };
import { endsInADirectingVerb } from './directing-people.js';

/* A skill name that is part of a team's or a unit's name ("the machine learning team", "the Sales and Finance departments") asks nothing. */

/** The curated words (data/team-words.json, with its schema and the why of each list). */
const TEAM_WORDS = new Set(vocabulary.teamWords);
const UNIT_TEAM_WORDS = new Set(vocabulary.unitWords);
const TITLE_CASE_UNIT_WORDS = new Set(vocabulary.titleCaseUnitWords);
const TEAM_QUALITY_WORDS = new Set(vocabulary.teamQualityWords);
const DEPARTMENT_GERUNDS = new Set(vocabulary.departmentGerunds);
const WORKING_METHODS = new Set(vocabulary.workingMethods);

export const COORDINATORS = new Set([',', 'and', '&', '/', 'or']);
const MAX_COORDINATED_WORDS = 3;
export const NOT_IN_A_TEAM_NAME = new Set([
  'the',
  'a',
  'an',
  'with',
  'to',
  'in',
  'of',
  'for',
  'on',
  'across',
  'within',
  'our',
  'your',
  'their',
  'his',
  'her',
  'my',
  'is',
  'are',
  'be',
  'you',
  'we',
]);

const isTeamName = (tokens: readonly Token[], k: number): boolean => !TEAM_QUALITY_WORDS.has(tokens[k + 1]?.lower ?? '');

const isCapitalised = (tok: Token | undefined): boolean => tok !== undefined && tok.kind === 'word' && /^\p{Lu}/u.test(tok.text);
const MAX_UNIT_NAME_WORDS = 5;

/** A unit named in title case ("the Sales Trading team", "the Sales Marketing Product and Finance teams"): capitalised words, then a team word. */
function namesATitleCaseUnit(tokens: readonly Token[], from: number): boolean {
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (UNIT_TEAM_WORDS.has(tok.lower)) return words > 0 && isTeamName(tokens, k);
    if (TITLE_CASE_UNIT_WORDS.has(tok.lower) && isCapitalised(tok)) return true;
    if (COORDINATORS.has(tok.key)) continue;
    if (!isCapitalised(tok) || ++words > MAX_UNIT_NAME_WORDS) return false;
  }
  return false;
}

/** "the machine learning team"; also one of several units named together ("with sales and operations teams", "Product, Design & Engineering departments"). */
export function namesATeam(tokens: readonly Token[], hit: SkillHit, named: Uint8Array): boolean {
  if (WORKING_METHODS.has(hit.skillId)) return false;
  // "the Site Reliability Engineering (SRE) team": the unit's short form in brackets between its name and "team",
  // whether the name or the short form was read.
  const shortFormAfter = tokens[hit.last + 1]?.text === '(' && tokens[hit.last + 3]?.text === ')';
  if (shortFormAfter && UNIT_TEAM_WORDS.has(tokens[hit.last + 4]?.lower ?? '')) return isTeamName(tokens, hit.last + 4);
  const next = tokens[hit.last + 1];
  const inBrackets = next?.text === ')' && tokens[hit.first - 1]?.text === '(';
  if (inBrackets && UNIT_TEAM_WORDS.has(tokens[hit.last + 2]?.lower ?? '')) return isTeamName(tokens, hit.last + 2);
  if (next === undefined) return false;
  if (TEAM_WORDS.has(next.lower)) return isTeamName(tokens, hit.last + 1) && !endsInADirectingVerb(tokens, hit);
  if (isCapitalised(tokens[hit.first]) && isCapitalised(next)) return namesATitleCaseUnit(tokens, hit.last + 1);
  if (isCapitalised(tokens[hit.first]) && TITLE_CASE_UNIT_WORDS.has(next.lower) && isCapitalised(next)) return true;
  if (!COORDINATORS.has(next.key)) return false;
  // Units named in title case may run longer: "the Sales, Marketing, Product Development, Support and Finance teams".
  const inTitleCase = isCapitalised(tokens[hit.first]);
  let words = 0;
  for (let k = hit.last + 2; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    // "Revit, AutoCAD, MS Office": a unit word inside another name ends a list of names, not a unit's name.
    if ((UNIT_TEAM_WORDS.has(tok.lower) || TITLE_CASE_UNIT_WORDS.has(tok.lower)) && named[k] !== 0) return false;
    // "Zoom, Slack and Teams": a team word listed after "and" is a member of the list (the product), not what closes it.
    if (UNIT_TEAM_WORDS.has(tok.lower)) return words > 0 && !COORDINATORS.has((tokens[k - 1] as Token).key) && isTeamName(tokens, k);
    if (TITLE_CASE_UNIT_WORDS.has(tok.lower) && isCapitalised(tok) && isCapitalised(tokens[hit.first])) return words > 0;
    if (tok.kind === 'punct' ? !COORDINATORS.has(tok.key) : tok.kind !== 'word') return false;
    if (tok.kind === 'word' && !COORDINATORS.has(tok.key)) {
      if (
        ++words > (inTitleCase && isCapitalised(tok) ? MAX_UNIT_NAME_WORDS * 2 : MAX_COORDINATED_WORDS) ||
        NOT_IN_A_TEAM_NAME.has(tok.lower) ||
        (tok.lower.endsWith('ing') && !DEPARTMENT_GERUNDS.has(tok.lower))
      )
        return false;
    }
  }
  return false;
}
