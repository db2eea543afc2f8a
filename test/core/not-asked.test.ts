import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { namesAPlace } from '../../src/core/extract/places.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const catalogue = loadTaxonomy();
const fixture = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const names = (text: string, taxonomy = catalogue) => extractPosting(taxonomy, text).requirements.map((r) => r.skill.name);
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/core/extract/data/${name}`, import.meta.url), 'utf8'));

describe('the place-name data file', () => {
  it('follows places.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('places.schema.json') as object);
    validate(readJson('places.json'));
    expect(validate.errors ?? []).toEqual([]);
  });
  it.each([['Arizona'], ['southern Arizona'], ['the Pacific Northwest'], ['New Zealand'], ['EMEA']])('knows "%s" as a place', (place) => {
    expect(namesAPlace(place)).toBe(true);
  });
  it.each([['Arizona law'], ['statistics'], ['southern cooking']])('does not take "%s" for a place', (phrase) => {
    expect(namesAPlace(phrase)).toBe(false);
  });
});

describe('what a posting names but does not ask for', () => {
  it('reads the place some experience was in as where, not what', () => {
    expect(names('Qualifications:\n- Prior experience in Arizona and adjacent states will be viewed favorably.')).toEqual([]);
  });

  it('keeps knowledge of a place as local knowledge', () => {
    expect(names('Qualifications:\n- Knowledge of Pennsylvania;\n- Excellent writing skills.').slice(0, 1)).toEqual(['Pennsylvania']);
  });

  it('reads the address an application is sent to as an address', () => {
    const text = [
      'Qualifications:',
      '- Excellent interpersonal skills.',
      '',
      'Interested candidates should email their applications including a cover letter and three references to:',
      '',
      'Human Resources, Institute of Ocean Sciences, 17 Biological Station, St. George',
      'Email: HR@example.edu',
    ].join('\n');
    expect(names(text)).toEqual(['Interpersonal Skills']);
  });

  it('reads an e-mail address as one mailbox, not the words in it', () => {
    expect(names('Qualifications:\n- Questions to sql@example.com or python.jobs@example.com', fixture)).toEqual([]);
  });

  it('still reads a list after a lead-in that merely ends in "to:"', () => {
    expect(names('We are looking for a forward thinking individual to:\n- Run reports in SQL.', fixture)).toEqual(['SQL']);
  });

  it('reads a duty the catalogue words as verb and object only where a verb can stand', () => {
    expect(names('Responsibilities:\n- Design surveys for our clients.', fixture)).toEqual(['survey design']);
    expect(names('Responsibilities:\n- Review the design surveys our clients send.', fixture)).toEqual([]);
  });

  it('does not take the verbs of an ask into the name it asks for', () => {
    const asked = extractPosting(catalogue, 'We are looking for candidates who already possess seagoing experience.').requirements;
    expect(asked.map((r) => r.skill.name)).not.toContainEqual(expect.stringMatching(/possess/));
  });

  it('reads an associates degree and its fields as education', () => {
    const analysis = extractPosting(catalogue, 'Requirements:\n- Associates degree or certificate in Biotechnology or equivalent');
    expect(analysis.requirements).toEqual([]);
    expect(analysis.education.degreeLevels).toEqual(['associate']);
  });

  it('reads what a partner or the facility has as description, not as asks', () => {
    const text = [
      'Our imaging equipment includes two radiography suites and a CT unit.',
      'Therapeutic modalities include a linear accelerator.',
      'Their program includes a nephrologist dedicated to hemodialysis and a nutrition service.',
    ].join(' ');
    expect(names(text)).toEqual([]);
  });

  it('still reads a list of what the candidate brings', () => {
    expect(names('Qualifications include hemodialysis experience.')).toContain('Dialysis');
  });

  it('knows the employer from its equal-opportunity line, its short form and its hiring mailbox', () => {
    const text = [
      'Responsibilities:',
      '- Raise awareness of ACORN across the state.',
      '- Write articles for ACORN publications and Tally newsletters.',
      '',
      'Send your resume to careers@tally.org.',
      'ACORN Center is an Affirmative Action and Equal Employment Opportunity Employer.',
    ].join('\n');
    const named = names(text);
    expect(named).toContain('Content Writing');
    expect(named.filter((n) => /acorn|tally/i.test(n))).toEqual([]);
  });
});

describe('the care of a thing said with "on" or "of"', () => {
  it.each([
    ['Responsibilities:\n- Clean, grease and perform basic maintenance on equipment', 'Equipment Repair'],
    ['Responsibilities:\n- Perform daily inspections of the equipment and tools', 'Equipment Inspection'],
  ])('reads "%s"', (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('computers by their platform', () => {
  it('reads "the Macintosh and/or PC computers" as the two platforms', () => {
    expect(names('Requirements:\n- Technical expertise using the Macintosh and/or PC computers')).toEqual(['macOS', 'Microsoft Windows']);
  });
});
