import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const levelOf = (text: string, name: string): string | undefined => asked(text).find(([n]) => n === name)?.[1];

describe('a name said not to be needed', () => {
  it.each([
    ["You don't need to know Python to apply.", 'Python'],
    ['Looking for a job where you do not have to be able to speak Danish?', 'Danish'],
    ['Requirements:\n- No need to know Rust', 'Rust'],
    ['Requirements:\n- No prior forklift experience necessary', 'Forklift Operation'],
    ['Requirements:\n- No previous experience with Excel is required.', 'Excel'],
    ['Requirements:\n- Python experience is not necessary, we will teach you.', 'Python'],
  ])('is mentioned, never asked: %s', (text, name) => {
    expect(levelOf(text, name)).toBe('mentioned');
  });

  it.each([
    ['Requirements:\n- No need to know Rust, but Kotlin is a must', 'Kotlin', 'Rust'],
    ["Requirements:\n- Kotlin is a must, but you don't need to know Rust", 'Kotlin', 'Rust'],
    ["Requirements:\n- Strong SQL; you don't have to know Tableau", 'SQL', 'Tableau'],
    ['Requirements:\n- Strong Java; prior experience with Kafka is not necessary', 'Java', 'Apache Kafka'],
  ])('binds to its own clause: %s', (text, kept, notNeeded) => {
    expect(levelOf(text, kept)).toBe('required');
    expect(levelOf(text, notNeeded)).toBe('mentioned');
  });

  it('still asks for what the candidate needs to know', () => {
    expect(levelOf('You need to know Python.', 'Python')).toBe('required');
    expect(levelOf('Requirements:\n- SQL is not necessary but a plus', 'SQL')).toBe('preferred');
    expect(levelOf('Requirements:\n- Familiarity with SQL is valuable but not necessary.', 'SQL')).toBe('preferred');
  });
});

describe('a name the catalogue lacks, listed beside a known one', () => {
  it('takes the hedge of its own clause', () => {
    const text = 'Requirements:\n- Excellent knowledge of Maya, Morpheme a benefit but not essential';
    expect(levelOf(text, 'Autodesk Maya')).toBe('required');
    expect(levelOf(text, 'Morpheme')).toBe('preferred');
  });

  it('keeps the level of the list it shares with known names', () => {
    const text = 'Requirements:\n- Experience with Tableau, Zorblax and Looker';
    expect(levelOf(text, 'Zorblax')).toBe('required');
  });
});

describe('examples of a class joined by "and" and asked together', () => {
  const groupsOf = (text: string): string[][] => extractPosting(catalogue, text).groups.map((g) => g.skills);

  it.each([
    'Requirements:\n- Languages (Spanish and English are required, French is a plus)',
    'Requirements:\n- Programming languages (Python and Java are both required)',
  ])('are no choice: %s', (text) => {
    expect(groupsOf(text)).toEqual([]);
  });

  it('still offers a choice among examples joined by "or"', () => {
    expect(groupsOf('Requirements:\n- Cloud platforms (AWS, Azure or GCP)')).toHaveLength(1);
  });
});

describe('what the job offers to teach', () => {
  it.each([
    ['Requirements:\n- Excel\n- You will have the opportunity to learn Python.', 'Python'],
    ['Requirements:\n- Excel\n- The position offers an opportunity to further build your consulting toolbox.', 'Consulting'],
    ['Requirements:\n- Excel\n- You will have the chance to develop your project management skills.', 'Project Management'],
    ['Requirements:\n- Excel\n- This internship is a chance to gain hands-on experience with Kubernetes.', 'Kubernetes'],
  ])('is mentioned, not asked: %s', (text, name) => {
    expect(levelOf(text, name)).toBe('mentioned');
    expect(levelOf(text, 'Excel')).toBe('required');
  });

  it("still asks for what a manager develops in the team's skills", () => {
    expect(levelOf("Requirements:\n- Develop your team's Salesforce skills", 'Salesforce')).toBe('required');
  });
});

describe('a job fact naming where the job sits', () => {
  it.each([
    'Reports to: Manager DevOps',
    'REPORTS TO: Director of Procurement',
    'Team: Data Engineering',
    'Department: Supply Chain Management',
  ])('asks for nothing: %s', (line) => {
    expect(asked(`Senior Buyer\n${line}\n\nRequirements:\n- Excel`)).toEqual([['Excel', 'required']]);
  });

  it('asks for nothing in a scraped header that runs the facts together', () => {
    const header = 'Auto req ID: 1393BR Job Area: Sales & Marketing Country / Countries: Denmark Location: Copenhagen';
    expect(asked(`${header}\n\nRequirements:\n- Excel`)).toEqual([['Excel', 'required']]);
  });

  it('still reads a sentence after such a label', () => {
    expect(levelOf('Responsibilities:\n- Team: build dashboards in Tableau', 'Tableau')).toBe('mentioned');
  });
});

describe('operating a machine, written verb first', () => {
  it.each([
    ['Responsibilities:\n- Operates the crane and anchor winches', 'Crane Operation'],
    ['Responsibilities:\n- Operate the excavator on site', 'Excavator Operation'],
  ])('names the operation: %s', (text, name) => {
    expect(levelOf(text, name)).toBe('mentioned');
  });

  it('reads no skill from the operation of a whole ship or business', () => {
    expect(asked('Responsibilities:\n- Responsible for general operation of the ship')).toEqual([]);
  });
});

describe('an activity noun with a list of objects', () => {
  it('names the activity with each object it knows', () => {
    const names = asked('Responsibilities:\n- Maintenance of the main engine, generators, pumps, compressors.').map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['Generator Installation and Maintenance', 'Pump Maintenance']));
    const managed = asked('Responsibilities:\n- Management of budgets, contracts and vendors').map(([n]) => n);
    expect(managed).toEqual(expect.arrayContaining(['Budgeting', 'Contract Management', 'Vendor Management']));
  });

  it('does not read past the end of the list', () => {
    expect(asked('Responsibilities:\n- Management of budgets and risks').map(([n]) => n)).toContain('Risk Management');
    expect(asked('Responsibilities:\n- Management of budgets and risks of delay').map(([n]) => n)).not.toContain('Risk Management');
  });
});

describe('an untitled opening that turns to the candidate', () => {
  it('goes on about the job: the soft skills after the turn are asked', () => {
    const text =
      'Acme Builders has immediate need for a Site Superintendent. The candidate should possess a construction background. Excellent communication skills, including active listening. Strong problem solving skills.';
    expect(levelOf(text, 'Active Listening')).toBeDefined();
    expect(levelOf(text, 'Problem Solving')).toBeDefined();
  });

  it('still reads the company blurb before any turn as asking nothing', () => {
    expect(asked('Acme is a friendly team with excellent communication skills and a love of problem solving.')).toEqual([]);
  });
});
