import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);

describe('the person sought, described in a list', () => {
  it('reads "We are looking for tutors who will:" as asking what follows', () => {
    const text = 'We are looking for tutors who will:\n* be confident at explaining mathematics\n* have experience in online tutoring';
    expect(asked(text)).toEqual([
      ['Mathematics', 'required'],
      ['Tutoring', 'required'],
    ]);
  });
  it('still reads "You will:" as duties', () => {
    expect(asked('You will:\n* teach mathematics to small groups\n* run online tutoring sessions').map(([, level]) => level)).not.toContain(
      'required',
    );
  });
});

describe('a heading asking what is expected of the candidate', () => {
  it.each(['## What is expected of you?', "What's expected of you", 'What we expect of you:'])('reads %s as requirements', (heading) => {
    expect(asked(`${heading}\n\n* You are able to communicate clearly in both Dutch and English.`)).toEqual([
      ['Communication', 'required'],
      ['Dutch', 'required'],
      ['English', 'required'],
    ]);
  });
});

describe('evidence of a skill, and evidence to send', () => {
  it('reads "Evidence of strong communication skills" as a skill to show', () => {
    expect(asked('Qualifications\n- Evidence of strong written and oral communication skills')).toEqual([['Communication', 'required']]);
  });
  it('reads "Evidence of experience with Python" as asked', () => {
    expect(names('Qualifications\n- Evidence of experience with Python')).toEqual(['Python']);
  });
  it('reads "Evidence of a Python certificate" as a document to send, asking nothing', () => {
    expect(names('Qualifications\n- Evidence of a Python certificate and eligibility to work in the UK')).toEqual([]);
  });
});

describe('the country written "US"', () => {
  it('is not the company speaking', () => {
    expect(asked('Experience with the Federal Acquisition Regulation and US Government contracting is preferred.')).toContainEqual([
      'Federal Acquisition Regulation',
      'preferred',
    ]);
  });
  it('still reads "ABOUT US" as the company', () => {
    expect(names('ABOUT US\nWe build SQL tools for banks.')).toEqual([]);
  });
});

describe('a publication named by its subject', () => {
  it('reads "the Journal of Privacy and Confidentiality" as a name, not a skill', () => {
    expect(names('We are looking for an assistant in the editorial team of the Journal of Privacy and Confidentiality.')).toEqual([]);
  });
  it('still reads journal publishing asked for', () => {
    expect(names('Requirements:\n- Knowledge of journal publishing')).toEqual(['Publishing']);
  });
});
