import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('a role named where a skill is asked', () => {
  it.each([
    ['Requirements:\n- Two years of experience as a welder', 'welding'],
    ['Requirements:\n- Experience as a bartender', 'bartending'],
    ['Requirements:\n- Prior experience as a web designer', 'web-design'],
    ['Requirements:\n- Three years of experience as a carpenter', 'carpentry'],
    ['Requirements:\n- Experience as a joiner', 'joinery'],
    ['Requirements:\n- Experience as a mason', 'masonry'],
  ])('stands for the practice it performs: "%s"', (text, skill) => {
    expect(ids(text)).toEqual([skill]);
  });

  it('is the same skill as the practice named elsewhere, not a second one', () => {
    expect(ids('Responsibilities:\n- Review translations\nRequirements:\n- 3-5 years of experience as a Translator')).toEqual([
      'translation',
    ]);
  });

  it('stays a name the catalogue lacks when no practice of the catalogue is made from it', () => {
    expect(ids('Requirements:\n- Experience as a cryptozoologist')).toEqual(['unlisted-cryptozoologist']);
  });
});

describe('the role-practices crosswalk (role-practices.json)', () => {
  const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../src/core/taxonomy/${name}`, import.meta.url), 'utf8'));
  const crosswalk = readJson('role-practices.json') as { roles: Record<string, string> };

  it('follows role-practices.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('role-practices.schema.json') as object);
    validate(crosswalk);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('names only practices the catalogue has', () => {
    expect(Object.entries(crosswalk.roles).filter(([, id]) => !taxonomy.skills.has(id))).toEqual([]);
  });

  it.each([
    ['Requirements:\n- Experience as a nurse', 'nursing'],
    ['Requirements:\n- Two years as a senior registered nurse', 'nursing'],
    ['Requirements:\n- Experience as a bioinformatician', 'bioinformatics'],
    ['Requirements:\n- Experience as a dentist', 'dental-care'],
  ])('names the practice a role ending cannot: "%s"', (text, skill) => {
    expect(ids(text)).toEqual([skill]);
  });

  it('reads a role only past words that rank it, never past words naming another practice', () => {
    expect(ids('Requirements:\n- Experience as a veterinary nurse')).not.toContain('nursing');
  });
});

describe('roles an ask names together', () => {
  it('reads each role of "experience as a statistician or bioinformatician", as alternatives', () => {
    const posting = extractPosting(taxonomy, 'Requirements:\n- Experience as a statistician or bioinformatician');
    expect(posting.requirements.map((r) => r.skill.id)).toEqual(['statistics', 'bioinformatics']);
    expect(posting.groups.map((g) => g.skills)).toEqual([['statistics', 'bioinformatics']]);
  });

  it.each([
    ['Profile:\n* Paramedic or nurse with ICU and/or A&E experience', 'nursing'],
    ['Qualifications:\n* A skilled biostatistician or bioinformatician with expertise in clinical data', 'bioinformatics'],
    ['Qualifications:\n* A highly motivated and skilled biostatistician with expertise in clinical data', 'biostatistics'],
  ])('reads the roles an ask opens with, before what the holder must bring: "%s"', (text, skill) => {
    expect(ids(text)).toContain(skill);
  });

  it('reads no role from the duties', () => {
    expect(ids('Responsibilities:\n- Support the nurse with patient intake')).not.toContain('nursing');
  });
});
