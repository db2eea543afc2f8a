import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);

describe('what an item asks beside a school-leaving credential or a degree', () => {
  it('reads a clause after a high school diploma as its own ask, not a field of study', () => {
    expect(asked('Requirements:\n• Must be 21 or older, have a high school diploma or GED and have a clean driving record')).toEqual([
      ["Driver's License", 'required'],
    ]);
  });
  it('reads a skill joined to a high school diploma as asked', () => {
    expect(names('Requirements:\n• High school diploma and forklift experience')).toEqual(['Forklift Operation']);
  });
  it('reads a new clause after a degree as asked, while the degree keeps its fields', () => {
    const text = "Requirements:\n• Bachelor's degree in Nursing and have strong communication skills";
    expect(names(text)).toEqual(['Communication']);
    expect(extractPosting(catalogue, text).education.fieldsOfStudy).toEqual(['Nursing']);
  });
});

describe("a suite's members in brackets", () => {
  it('reads plain words in brackets after Microsoft Office as its products', () => {
    expect(names('Requirements:\n• Pass a Microsoft Office aptitude test (word and excel)')).toEqual([
      'Microsoft Office',
      'Microsoft Word',
      'Excel',
    ]);
  });
  it('reads nothing more from brackets that hold no member', () => {
    expect(names('Requirements:\n• Microsoft Office (required)\n• MS Office (word count matters)')).toEqual(['Microsoft Office']);
  });
});

describe('the employer named as the place of work', () => {
  it.each([
    ['Working for Riverside Data Analytics is more than just a job.'],
    ['Riverside Data Analytics has professional positions for analysts in three cities.'],
  ])('does not ask for the words of its name (%s)', (intro) => {
    const text = [intro, '', 'Requirements:', '• Pass the Riverside Data Analytics entry test', '• Pass a typing test'].join('\n');
    expect(names(text)).toEqual(['Typing']);
  });
});

describe('duties stated in the posting’s own words', () => {
  it('reads two verbs joined over one object as one duty', () => {
    expect(names('Responsibilities:\n- Pack and prepare sterile supplies')).toEqual(['Pack and prepare sterile supplies']);
  });
  it('reads an item opening with a hands-on verb as a duty, not the company supplying something', () => {
    expect(names('Responsibilities:\n- Pack sterile supplies')).toEqual(['Pack sterile supplies']);
  });
});

describe('asks in other words', () => {
  it('reads a role written as a title after "experience as" as its practice', () => {
    expect(asked('Requirements:\n- Experience as Volunteer Coordinator or similar role')).toEqual([['Volunteer Management', 'required']]);
  });
  it('reads what the people an employer looks for bring as asked', () => {
    const text = 'We are looking for talented people with great communication skills.\n\nRequirements:\n- Typing';
    expect(asked(text)).toContainEqual(['Communication', 'required']);
  });
});

describe('collaboration as a partnership or a workplace, not a skill', () => {
  it.each([
    ['Responsibilities:\n- Support users, which occasionally leads to scientific collaborations.'],
    ['Responsibilities:\n- Extend the existing service in support of a new collaboration with the city.'],
    ['Responsibilities:\n- Solve complex problems in a collaborative, inclusive and fast-paced agile environment.'],
  ])('names no collaboration skill in "%s"', (text) => {
    expect(names(text)).not.toContain('Collaboration');
  });
  it('still reads collaboration asked of the candidate', () => {
    expect(asked('Requirements:\n- Strong collaboration skills')).toEqual([['Collaboration', 'required']]);
  });
  it('reads a quality listed before "organization" as asked, not as describing an organisation', () => {
    expect(asked('Requirements:\n- Strong communication, organization, and problem-solving skills')).toContainEqual([
      'Communication',
      'required',
    ]);
  });
});

describe('the ideal profile', () => {
  it('reads its items as required when it is the only list of what a posting asks', () => {
    const text =
      'We are growing our strategy team.\n\n**The ideal person:**\n\n* Experience in account planning\n* Experience with Google Analytics';
    expect(asked(text)).toEqual([
      ['Account Planning', 'required'],
      ['Google Analytics', 'required'],
    ]);
  });
  it('stays a wish beside a list of requirements', () => {
    const text = 'Requirements:\n* Experience in account planning\n\nIdeal candidate:\n* Experience with Google Analytics';
    expect(asked(text)).toEqual([
      ['Account Planning', 'required'],
      ['Google Analytics', 'preferred'],
    ]);
  });
  it('reads the profile as required and the further tier as preferred', () => {
    const text = 'Ideal candidate:\n* Experience in account planning\n\nBonus points:\n* Experience with Google Analytics';
    expect(asked(text)).toEqual([
      ['Account Planning', 'required'],
      ['Google Analytics', 'preferred'],
    ]);
  });
});

describe('two things one ask names, one of them known', () => {
  it('reads the other as asked too, at the same level and as its alternative', () => {
    const analysis = extractPosting(catalogue, 'Requirements:\n- Previous experience in teaching or professional driving is a big plus.');
    expect(analysis.requirements.map((r) => [r.skill.name, r.level])).toEqual([
      ['Teaching', 'preferred'],
      ['professional driving', 'preferred'],
    ]);
    expect(analysis.groups).toHaveLength(1);
  });
  it('reads a practice joined by "and" after an ask', () => {
    expect(names('Requirements:\n- Knowledge of payroll and garnishment reconciliation.')).toEqual([
      'Payroll',
      'garnishment reconciliation',
    ]);
  });
  it('reads no fragment or plain plural as a name', () => {
    expect(names('Requirements:\n- Understanding of UX/I best practices\n- Experience in sales and marketing roles')).toEqual([
      'User Experience',
      'Sales',
      'Marketing',
    ]);
  });
});

describe('the role a posting says it hires', () => {
  it.each([
    ['We are hiring a Welder for our shop.', 'Welding'],
    ['We are growing and need new Driving instructors to work in the valley.', 'Driving Instruction'],
    // The first word only looks like a role ("graphic", "clinic"): the role goes on to the word that is one.
    ['We are hiring a Graphic Designer to join our studio.', 'Graphic Design'],
    ['We are seeking a Clinic Administrator for our practice.', 'Healthcare Administration'],
  ])('names its practice as what the job does: "%s"', (intro, practice) => {
    expect(asked(`${intro}\n\nRequirements:\n- Typing`)).toEqual([
      ['Typing', 'required'],
      [practice, 'mentioned'],
    ]);
  });
  it('names nothing for a role the catalogue has no practice for', () => {
    expect(names('We are seeking a candidate with strong Excel skills.\n\nRequirements:\n- Typing')).toEqual(['Excel', 'Typing']);
  });
});

describe('eligibility and equal-opportunity wording', () => {
  it('names nothing in a list of protected characteristics, even a long one', () => {
    const text =
      'Responsibilities:\n- Other duties as assigned\n\nEmployer provides equal employment opportunities to all employees and applicants for employment and prohibits discrimination and harassment of any type without regard to race, color, religion, age, sex, national origin, disability status, genetics, protected veteran status, sexual orientation, gender identity or expression, or any other characteristic protected by federal, state or local laws.';
    expect(names(text)).toEqual([]);
  });
  it('reads authorization to work as eligibility, not a security skill', () => {
    expect(names('Requirements:\n- Authorization to work in the United States\n- Typing')).toEqual(['Typing']);
  });
});

describe('what the employer provides or offers', () => {
  it('names nothing in what will be provided, employee discounts, training offered or a tag line', () => {
    const text = [
      'About the job',
      'Communal camping gear (e.g., water jugs and cooking gear) will also be provided.',
      'We will offer a combination of in house eLearning, workshops and courses to support you.',
      'Employee discounts at our retail store locations.',
      'November 19, 2020 | Tags: education, nonprofit, jobs',
      '',
      'Requirements:',
      '- Typing',
    ].join('\n');
    expect(names(text)).toEqual(['Typing']);
  });
  it('still reads what is asked beside what is provided', () => {
    expect(names('Requirements:\n- Must have own hand tools; safety equipment is provided.')).toEqual(['Hand and Power Tools']);
    expect(
      names('Duties:\n- A script will be provided, however, it is expected that the teacher will conduct independent research'),
    ).toEqual(['Academic Research']);
  });
});

describe('announcements, abbreviations and labels around an ask', () => {
  it('reads the text under "MUSES IS HIRING" as the posting, not as a hiring-process section', () => {
    const text =
      'MUSES IS HIRING\n\nMuses is hiring a part-time Sewing Specialist. You will bring your expertise to designing a curriculum teaching fabric cutting.';
    expect(names(text)).toContain('Fabric Cutting');
  });

  it('keeps a forward hedge over an "(i.e. …)" bracket: "Ideally has experience in … (i.e. mass-casualty incidents)"', () => {
    const text = 'Requirements:\n* Ideally has experience in handling complex emergency situations (i.e. mass-casualty incidents)';
    expect(asked(text)).toEqual([['Mass Casualty Incident Planning', 'preferred']]);
  });

  it.each([
    ['the recruited candidate', 'Qualifications:\n- The recruited candidate will work with researchers across campus.', 'Recruiting'],
    ['an FLSA status line', 'Requirements:\n- Valid driver license\n\nFLSA Status: exempt', 'Fair Labor Standards Act (FLSA)'],
  ])('names no skill in %s', (_what, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('reads "required to complete" among the duties as a duty the job brings, not a requirement', () => {
    const text = 'Responsibilities:\n* Also required to complete general deckhand duties during operations, i.e. launching RIBs';
    expect(asked(text)).toContainEqual(['Boat and Vessel Handling', 'mentioned']);
  });

  it('reads "Source" opening a duty as the verb, not the game engine', () => {
    expect(extractPosting(catalogue, 'Duties:\n- Source and interpret biomedical data.').requirements.map((r) => r.skill.id)).toEqual([
      'data-analysis',
    ]);
  });
});
