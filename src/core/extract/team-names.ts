import type { Token } from '../text/tokenize.js';
import type { SkillHit } from './match.js';

/* A skill name that is part of a team's or a unit's name ("the machine learning team", "the Sales and Finance departments") asks nothing. */

/** A skill name right before one of these words names a team, not a requirement ("the algorithm team"). */
const TEAM_WORDS = new Set([
  // "tech nerds, support nerds, sales nerds", "our sales folks": the people of a function.
  'nerds',
  'folks',
  'staff',
  'personnel',
  'crew',
  'crews',
  'team',
  'teams',
  'department',
  'departments',
  'org',
  'orgs',
  'organization',
  'organizations',
  'organisation',
  'squad',
  'squads',
  'partner',
  'partners',
  'colleagues',
  'counterparts',
  'committee',
  'committees',
  'board',
  'council',
  'panel',
]);

/** Ways of working: "an Agile team", "a Scrum team" say how the team works, which the candidate will need. */
const WORKING_METHODS = new Set(['agile', 'scrum', 'kanban', 'safe', 'extreme-programming', 'devops']);

export const COORDINATORS = new Set([',', 'and', '&', '/', 'or']);
/** Team words that close a list of units ("sales and operations teams"); partners and colleagues are people, not units. */
const UNIT_TEAM_WORDS = new Set([
  'team',
  'teams',
  'department',
  'departments',
  'org',
  'orgs',
  'organization',
  'organizations',
  'organisation',
  'squad',
  'squads',
  'function',
  'functions',
]);
/** "team spirit", "team player": a quality, not a team's name. */
const TEAM_QUALITY_WORDS = new Set(['spirit', 'player', 'players', 'work', 'building', 'culture', 'mindset', 'dynamics']);
/** Words in -ing that name departments, not actions ("engineering teams" but "building teams"). */
const DEPARTMENT_GERUNDS = new Set([
  'engineering',
  'marketing',
  'accounting',
  'consulting',
  'manufacturing',
  'purchasing',
  'publishing',
  'banking',
  'trading',
  'planning',
  'recruiting',
  'sourcing',
  'training',
  'learning',
  'processing',
  'testing',
  'ordering',
  'billing',
  'pricing',
  'lending',
  'underwriting',
]);
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

/**
 * Words that close an institution's unit named in title case ("the Biological and Chemical Engineering
 * Section", "the Embodied AI and Neurorobotics Lab"). Not "Unit" or "Center": "Intensive Care Unit"
 * experience is asked of a nurse; a "Project Management Institute" certification is asked too.
 */
const TITLE_CASE_UNIT_WORDS = new Set([
  'section',
  'division',
  'lab',
  'labs',
  'laboratory',
  'laboratories',
  'faculty',
  'group',
  'office',
  'programme',
  // Events are named the same way: "the Nonprofit Technology Conference", "AWS Summit".
  'conference',
  'summit',
  'expo',
  'symposium',
  'convention',
  'festival',
  'awards',
]);

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
  if (TEAM_WORDS.has(next.lower)) return isTeamName(tokens, hit.last + 1);
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
