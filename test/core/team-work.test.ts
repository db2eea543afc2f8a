import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/core/extract/data/${name}`, import.meta.url), 'utf8'));
const teamwork = (text: string): string[] =>
  extractPosting(taxonomy, text)
    .requirements.filter((r) => r.skill.id === 'collaboration')
    .flatMap((r) => r.mentions.map((m) => m.text));

describe('the team-work data file', () => {
  it('follows team-work.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('team-work.schema.json') as object);
    validate(readJson('team-work.json'));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('work in a team the candidate may join', () => {
  it.each([
    ['after working alone', 'Requirements:\n- Ability to work independently and in a team environment.', 'in a team environment'],
    [
      'with a hyphenated manner',
      'Requirements:\n- Ability to work single-handed as well as in a team.',
      'work single-handed as well as in a team',
    ],
    [
      'with an adverb',
      'Requirements:\n- You have worked extensively in a team environment with stakeholders.',
      'worked extensively in a team environment',
    ],
    ['describing words before the team', 'Requirements:\n- Demonstrated ability to work on diverse teams.', 'work on diverse teams'],
    [
      'a setting',
      'Requirements:\n- Ability to contribute in a multidisciplinary team setting.',
      'contribute in a multidisciplinary team setting',
    ],
    [
      'a member of a team',
      'Requirements:\n- Able to function as a member of a cross-functional team.',
      'function as a member of a cross-functional team',
    ],
  ])('names teamwork: %s', (_, text, mention) => {
    expect(teamwork(text)).toEqual([mention]);
  });

  it.each([
    ['one team named with "the"', 'Responsibilities:\n- You will work within the data team on SQL reports.'],
    ['a team of the employer', 'Responsibilities:\n- You will work on our platform team building SQL reports.'],
    ['a kind of team that is a function', 'Responsibilities:\n- You will work in a sales team.'],
  ])('reads no teamwork in %s', (_, text) => {
    expect(teamwork(text)).toEqual([]);
  });
});
