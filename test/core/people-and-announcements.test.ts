import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { detectSections } from '../../src/core/text/sections.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/core/extract/data/${name}`, import.meta.url), 'utf8'));
const kinds = (text: string): string[] => {
  const doc = normalizeText(text);
  return detectSections(doc.text, doc.markedHeadings).map((s) => s.kind);
};

describe('the directing-people data file', () => {
  it('follows directing-people.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('directing-people.schema.json') as object);
    validate(readJson('directing-people.json'));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('a verb that directs the people working with the hire', () => {
  it.each([
    ['Train users and support process integration', 'Staff Training'],
    ['Train visiting scientists and junior marine technicians', 'Staff Training'],
    ['Lead interns and volunteers', 'Leadership'],
    ['Coach new hires', 'Coaching'],
  ])('reads "%s" as %s', (duty, skill) => {
    expect(names(`Responsibilities:\n- ${duty}`)).toContain(skill);
  });
  it.each([
    ['Coordinate project schedules with team', 'Staff Scheduling'],
    ['Act as lead worker for safeguarding enquiries', 'Leadership'],
    ['Train patients on home dialysis machines', 'Staff Training'],
    ['Manage hiring manager/client relationships', 'People Management'],
    ['Manage customers across three stores', 'People Management'],
    ['Be mentored by industry-leading engineers', 'Leadership'],
  ])('does not read "%s" as %s', (duty, skill) => {
    expect(names(`Responsibilities:\n- ${duty}`)).not.toContain(skill);
  });
});

describe('a line that announces the list after it', () => {
  it('heads the duties after "will be responsible for the following", however long the line', () => {
    const text = [
      'About the Company:',
      'We have built roads since 1958.',
      '',
      'The CONSTRUCTION SURVEYOR will be responsible for the following:',
      '·Provide excellent client relationship management',
    ].join('\n');
    expect(kinds(text)).toEqual(['boilerplate', 'responsibilities']);
    expect(asked(text)).toEqual([['Client Relationship Management', 'mentioned']]);
  });
  it('heads the duties after "… include the following." with an aside on its line', () => {
    const text = [
      'Work at The State News',
      '',
      'Essential duties and responsibilities include the following. (Other duties may be assigned.)',
      '',
      '• Supervises staff engaged in gathering news.',
    ].join('\n');
    expect(kinds(text)).toEqual(['intro', 'responsibilities']);
  });
  it('reads "must have the following" as required', () => {
    expect(asked('Our clinic\n\nSuccessful candidates must have the following:\n• Phlebotomy experience')).toEqual([
      ['Phlebotomy', 'required'],
    ]);
  });
  it('leaves a line about the company’s own things in its section', () => {
    expect(kinds('Work at The State News\n\nOur products include the following:\n• Newspapers')).toEqual(['intro']);
  });
});

describe('a law named by its title', () => {
  it('reads each law of a list as asked, listed in the catalogue or not', () => {
    const text =
      'Qualifications:\n- Understanding of coastal policy, including the Marine Life Protection Act, Clean Water Act and Porter Cologne Act';
    expect(asked(text)).toEqual(
      expect.arrayContaining([
        ['Marine Life Protection Act', 'required'],
        ['Clean Water Act', 'required'],
        ['Porter Cologne Act', 'required'],
      ]),
    );
  });
  it('keeps the year of the law and leaves the ask before it out of the name', () => {
    expect(names('Qualifications:\n- Knowledge of the Endangered Species Act of 1973')).toContain('Endangered Species Act of 1973');
  });
  it('reads no law where the company speaks or where the law only names the kind of a practice', () => {
    expect(names('About us:\nWe comply with the Equal Pay Act and all applicable laws.')).toEqual([]);
    expect(names('Responsibilities:\n- Carry out Care Act support assessments')).not.toContain('Care Act');
  });
});

describe('a body named by its own words', () => {
  it('reads no field from the name of an institute, institution or centre', () => {
    const text = [
      'Responsibilities:',
      '- Work with the Pelagic Invertebrates Collection of the Scripps Institution of Oceanography.',
      '- Join researchers at the BC Cancer Research Institute.',
    ].join('\n');
    expect(names(text)).toEqual([]);
  });
  it('still reads the practice a body certifies', () => {
    expect(names('Requirements:\n- Project Management Institute (PMI) certification is preferred.')).toEqual(['Project Management']);
  });
});

describe('a longer name of the same skill starting inside a match', () => {
  it('reads the whole product name, not a shorter one that ends where a role word follows', () => {
    expect(asked('Requirements:\n- Experience with Microsoft System Center Configuration Manager 2012+')).toEqual([
      ['Microsoft SCCM', 'required'],
    ]);
  });
});

describe('a Markdown heading marker written without its space', () => {
  it('still marks the heading ("###Responsibilities")', () => {
    expect(kinds('###Responsibilities\n- Manage delivery of projects\n###Qualifications\n- Communication skills')).toEqual([
      'responsibilities',
      'qualifications',
    ]);
  });
  it('leaves a lone hash on a line alone ("#1 priority", "#hashtag")', () => {
    expect(normalizeText('#hashtag campaigns\n#1 priority').markedHeadings.size).toBe(0);
  });
  it.each([['##Responsibilities##'], ['### Responsibilities###'], ['## Responsibilities ##']])(
    'drops the closing hashes of "%s", so the heading reads as its words',
    (heading) => {
      expect(kinds(`Intro text.\n\n${heading}\n* Plan exhibitions\n\n### Qualifications###\n* Communication skills`)).toEqual([
        'intro',
        'responsibilities',
        'qualifications',
      ]);
    },
  );
  it('keeps hashes that end a line of text, not a heading ("Proficiency in C#")', () => {
    expect(normalizeText('Requirements\nProficiency in C#\nF#').text).toBe('Requirements\nProficiency in C#\nF#');
  });
});

describe('the package a job pays', () => {
  it.each([['Compensation Package'], ['Benefits package'], ['The package']])('reads "%s" as what the employer offers', (heading) => {
    expect(kinds(`Responsibilities:\n- Manage projects\n\n### ${heading}\n- A competitive salary`)).toEqual([
      'responsibilities',
      'boilerplate',
    ]);
  });
});

describe('a form that states a level', () => {
  it('asks for a language whose field sets its level ("Spanish level: Advanced")', () => {
    expect(asked('Medical Interpreter\n\nLocation: Clinic\nSpanish level: Advanced\nEnglish level: Fluent')).toEqual([
      ['Spanish', 'required'],
      ['English', 'required'],
    ]);
  });
  it('reads driving in a list of everyday skills, not after a licence class', () => {
    expect(names('Other skills: Cooking, Driving')).toEqual(['Food Preparation', 'Vehicle Driving']);
    expect(names('Requirements:\n• Three years of Class A CDL driving experience')).not.toContain('Vehicle Driving');
  });
});

describe('a verb and its object across a list of modifiers', () => {
  it('reads "editing local, regional and national news" as the verb and its object', () => {
    expect(names('Responsibilities:\n• Supervises staff engaged in editing local, regional and national news')).toContain(
      'Copy Desk Editing',
    );
  });
  it('reads how often the object comes ("daily, monthly and yearly") as its modifiers', () => {
    expect(names('Responsibilities:\n• Reconciling daily, monthly and yearly transactions.')).toEqual(['Account Reconciliation']);
  });
});

describe('a closed compound written open', () => {
  it.each([
    ['Requirements:\n- Book keeping experience', 'Bookkeeping'],
    ['Requirements:\n- Strong team work', 'Collaboration'],
  ])('reads "%s" as the one-word name', (text, skill) => {
    expect(names(text)).toContain(skill);
  });
  it('does not read two words that only share the name’s stem ("time solving" is not TimeSolv)', () => {
    expect(names('Requirements:\n- Spend your time solving hard problems')).not.toContain('Juris / Legal Time & Billing');
  });
});
