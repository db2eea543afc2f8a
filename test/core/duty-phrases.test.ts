import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { readResume } from '../../src/core/resume/intake.js';
import { scoreFit } from '../../src/core/score/fit.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/core/extract/data/${name}`, import.meta.url), 'utf8'));
const unlisted = (text: string) =>
  extractPosting(taxonomy, text)
    .requirements.filter((r) => r.skill.id.startsWith('unlisted-'))
    .map((r) => ({ name: r.skill.name, level: r.level }));

describe('the duty-phrase vocabulary data file', () => {
  it('follows duty-words.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('duty-words.schema.json') as object);
    validate(readJson('duty-words.json'));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('a duty the catalogue has no name for', () => {
  it.each([
    ['Responsibilities:\n- Conduct vegetation plot surveys in the backcountry', 'vegetation plot surveys'],
    ['Responsibilities:\n- Calibrates tide gauge floats before each season', 'Calibrates tide gauge floats'],
    ['Responsibilities:\n• Perform minor and major repairs to kilns', 'minor and major repairs'],
    ['Duties:\n- Inspect the cellar drains weekly', 'Inspect the cellar drains'],
    ['Responsibilities:\n- Assign crews and trucks accordingly', 'Assign crews and trucks'],
    ['Responsibilities:\n- Record daily production', 'Record daily production'],
    ['Responsibilities:\n• Assist with training and supervision of four (4) adults', 'training and supervision'],
    ['Responsibilities:\n• Assist in coordinating a Technology Resource Library', 'coordinating a Technology Resource Library'],
  ])('is read from the item that states it: "%s"', (text, name) => {
    expect(unlisted(text)).toEqual([{ name, level: 'mentioned' }]);
  });

  it.each([
    ['an aim, not a practice', 'Responsibilities:\n- Ensure timely delivery of parcels'],
    ['a vague object', 'Responsibilities:\n- Attend weekly meetings'],
    ['help with a lone practice word', 'Responsibilities:\n- Assist with development and implementation of employee programs'],
    [
      'help with a practice whose object runs on',
      'Responsibilities:\n- Participate in identifying and cultivating corporate, institutional and individual donors',
    ],
    ['help with a body', 'Responsibilities:\n- Participate in weekly Science and Policy Department meetings'],
    ['help with an issue, not a practice', 'Responsibilities:\n- Assist in diagnosing field issues'],
    ['people served', 'Responsibilities:\n- Greet visitors at the door'],
    ['an adjective where the object should be', 'Responsibilities:\n- Maintain a safe and welcoming space'],
    ['an adjective whose noun was dropped', 'Responsibilities:\n- Preparing financial on relevant projects'],
    [
      'an adjective whose noun comes after a list of others',
      'Responsibilities:\n- Implement an instructional, therapeutic, or skill development program for each student',
    ],
    [
      'a word that qualifies people named after a coordinator',
      'Responsibilities:\n- Consult district and outside resource people regarding education',
    ],
    ['an adverb', 'Responsibilities:\n- Manage efficiently'],
    ['an object someone else owns', "Responsibilities:\n- Track the product's progress"],
    ['a generic object alone', 'Responsibilities:\n- Conduct analysis as needed'],
    ['prose that runs on', 'Responsibilities:\n- Inspect gutter cleaning schedules posted weekly by the office'],
  ])('is not read from %s', (_why, text) => {
    expect(unlisted(text)).toEqual([]);
  });

  it('is read only where duties are listed, not among qualifications', () => {
    expect(unlisted('Requirements:\n- Conduct vegetation plot surveys')).toEqual([]);
  });

  it('is left to the catalogue when the catalogue names it', () => {
    const ids = extractPosting(taxonomy, 'Responsibilities:\n- Restock shelves and displays').requirements.map((r) => r.skill.id);
    expect(ids.some((id) => id.startsWith('unlisted-'))).toBe(false);
  });

  it('is met by a résumé that writes the same duty', () => {
    const posting = extractPosting(
      taxonomy,
      'Field technician\nResponsibilities:\n- Conduct vegetation plot surveys\nRequirements:\n- Customer service',
    );
    const fit = (resume: string) =>
      scoreFit(taxonomy, posting, readResume(taxonomy, { text: resume })).requirements.find((r) => r.skill.id.startsWith('unlisted-'))
        ?.status;
    expect(fit('Field tech 2019-2023\n- Conducted vegetation plot surveys in the Sierra')).toBe('matched');
    expect(fit('Field tech 2019-2023\n- Mapped trails in the Sierra')).toBe('missing');
  });
});

describe('a physical requirements section', () => {
  it('is a list of requirements: a skill named there is required, a physical demand names none', () => {
    const analysis = extractPosting(
      taxonomy,
      'Qualifications\n• Current BLS certification.\n\nPhysical requirements\n\n• May be required to lift up to 50 pounds.\n\n• Excellent interpersonal skills.',
    );
    expect(analysis.requirements.map((r) => [r.skill.id, r.level])).toEqual([
      ['basic-life-support', 'required'],
      ['interpersonal-skills', 'required'],
    ]);
  });
});
