import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/core/extract/data/${name}`, import.meta.url), 'utf8'));
const asked = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('the team-words data file', () => {
  it('follows team-words.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('team-words.schema.json') as object);
    validate(readJson('team-words.json'));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('names ways of working by catalogue ids', () => {
    const { workingMethods } = readJson('team-words.json') as { workingMethods: string[] };
    expect(workingMethods.filter((id) => !taxonomy.skills.has(id))).toEqual([]);
  });
});

describe('a skill name inside a team or unit name', () => {
  it.each([
    ['a team word after it', 'Responsibilities: partner with the machine learning team on SQL.', 'machine-learning'],
    ['the people of a function', 'Responsibilities: support our marketing folks with SQL reports.', 'marketing'],
    ['units listed before their team word', 'Responsibilities: work with the marketing and accounting departments on SQL.', 'accounting'],
    ['the first of units listed', 'Responsibilities: work with the marketing and accounting functions on SQL.', 'marketing'],
    ['a title-case unit', 'Responsibilities: join the Machine Learning Section and write SQL.', 'machine-learning'],
  ])('asks nothing: %s', (_, text, id) => {
    expect(asked(text)).toContain('sql');
    expect(asked(text)).not.toContain(id);
  });

  it.each([
    ['a way of working', 'Responsibilities: work in an Agile team on SQL.', 'agile'],
    ['a quality after the team word', 'Requirements: strong teamwork, a marketing team player with SQL.', 'marketing'],
    ['a named skill asked beside a team', 'Requirements: experience in machine learning; you will join our data team.', 'machine-learning'],
    ['verbs directing the team after them', 'Responsibilities: train and supervise staff on the new tills.', 'staff-training'],
    ['verbs directing team members', 'Responsibilities: train and develop team members to exceed expectations.', 'staff-training'],
    ['a verb leading the teams a name qualifies', 'Responsibilities: lead project teams and coordinate deliverables.', 'leadership'],
  ])('still asks: %s', (_, text, id) => {
    expect(asked(text)).toContain(id);
  });
});
