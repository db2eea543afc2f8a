import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileOccupations,
  FamilyDataError,
  isSoftwareDocument,
  loadOccupations,
  MIN_SCORE,
  OCCUPATION_DATA,
  occupationRelation,
  occupationSimilarity,
  OccupationDataError,
  postingOccupation,
  resolveOccupation,
  resolveTitles,
  searchOccupations,
} from '../../src/core/occupations/index.js';
import type { FamilyData } from '../../src/core/occupations/types.js';

const index = loadOccupations();
const dataDir = new URL('../../src/core/occupations/data/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));

describe('occupation data files', () => {
  const ajv = new Ajv2020({ allErrors: true });
  it.each([
    ['occupations.json', 'occupations.schema.json'],
    ['aliases.json', 'aliases.schema.json'],
    ['title-words.json', 'title-words.schema.json'],
    ['families.json', 'families.schema.json'],
  ])('%s matches %s', (file, schema) => {
    const validate = ajv.compile(readJson(schema) as object);
    const ok = validate(readJson(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('credits ESCO and gives every occupation a labelled ISCO unit group', () => {
    expect(index.attribution).toBe('This service uses the ESCO classification of the European Commission.');
    expect(index.list.length).toBeGreaterThan(3000);
    for (const o of index.list) expect(index.iscoGroups.get(o.isco), o.id).toBeTruthy();
  });

  it('puts every ISCO unit group that holds an ESCO occupation in at least one career family', () => {
    const orphans = index.list.filter((o) => index.families.familiesOf(o).length === 0).map((o) => `${o.id} ${o.name}`);
    expect(orphans).toEqual([]);
  });

  it('refuses a career family that names an ISCO group that does not exist, or a family listed twice', () => {
    const { occupations, aliases, titleWords } = OCCUPATION_DATA;
    const compile = (families: FamilyData) => () => compileOccupations(occupations, aliases, titleWords, 'test', families);
    expect(compile({ families: [{ id: 'legal', name: 'Legal', isco: ['2699'] }] })).toThrow(FamilyDataError);
    expect(compile({ families: [{ id: 'legal', name: 'Legal', isco: ['2611.99'] }] })).toThrow(/unknown ESCO occupation/);
    const legal = { id: 'legal', name: 'Legal', isco: ['2611'] };
    expect(compile({ families: [legal, legal] })).toThrow(/twice/);
  });

  it('refuses an alias that names a missing occupation or the wrong name', () => {
    const { occupations, titleWords } = OCCUPATION_DATA;
    const broken = (occupation: string, name: string) => () =>
      compileOccupations(occupations, { aliases: [{ title: 'Rockstar Ninja', occupation, name }] }, titleWords, 'test');
    expect(broken('9999.9', 'nobody')).toThrow(OccupationDataError);
    expect(broken('2512.4', 'web designer')).toThrow(/software developer/);
  });
});

/** Real titles from job boards and résumés → the ESCO occupation (id) or at least its ISCO unit group. */
const TITLES: [title: string, expected: { id: string } | { isco: string }][] = [
  ['SDE', { id: '2512.4' }],
  // Two fields before one role: each field with the role, when the whole title is no label.
  ['Finance and Accounts Manager', { isco: '1211' }],
  ['Research and Development Engineer', { isco: '2149' }],
  ['Sales & Marketing Manager', { isco: '1221' }],
  ['Health & Safety Officer', { isco: '2263' }],
  // Résumé titles as job-board CVs write them.
  ['(Senior Mechanical Engineer)', { isco: '2144' }],
  ['Worked in VODAFONE as a Sales Executive', { isco: '3322' }],
  ['Oman as IT Administrator', { isco: '2522' }],
  ['Zonal Sales Head', { isco: '1221' }],
  ['HR Head', { isco: '1212' }],
  ['HR Coordinator', { isco: '2423' }],
  ['Recruiting & Onboarding Coordinator', { isco: '2423' }],
  ['Help Desk Technician', { isco: '3512' }],
  ['Desktop Support Engineer', { isco: '3512' }],
  ['COMPUTER SYSTEMS MANAGER', { isco: '1330' }],
  ['MECHANICAL ENGINEERING INTERN', { isco: '2144' }],
  ['Accountant & Administrative Officer', { isco: '2411' }],
  ['Plumber & Electrician', { isco: '7126' }],
  ['Field Engineer', { isco: '2149' }],
  ['Solutions Engineer', { isco: '2434' }],
  ['Accounting Trainee', { isco: '2411' }],
  ['Data Science Intern', { isco: '2511' }],
  ['Civil Engineering Graduate', { isco: '2142' }],
  ['Sr. Java Dev', { id: '2512.4' }],
  ['Senior Software Engineer II', { id: '2512.4' }],
  ['Software Engineer - Payments (Remote)', { id: '2512.4' }],
  ['Backend Developer (Node.js) m/w/d', { id: '2512.4' }],
  ['Full-Stack Developer', { id: '2512.4' }],
  ['Frontend Engineer (React)', { isco: '2512' }],
  ['SRE', { id: '2512.7' }],
  ['ETL Developer', { id: '2512.4' }],
  ['Sr. Hadoop Developer', { id: '2512.4' }],
  ['Legal Service Manager', { isco: '1349' }],
  ['DevOps Engineer', { id: '2512.7' }],
  ['Cloud Architect', { id: '2512.6' }],
  ['QA Engineer', { id: '2519.7' }],
  ['Software Engineer in Test', { id: '2519.7' }],
  ['Data Scientist', { id: '2511.4' }],
  ['Staff Data Engineer', { id: '2511.20' }],
  ['Data Analyst | Marketing', { id: '2511.3' }],
  ['Machine Learning Engineer, Ads', { id: '2511.11' }],
  ['SAP ABAP Consultant', { isco: '2514' }],
  ['Business Analyst', { id: '2421.1' }],
  ['Sysadmin', { id: '2522.1' }],
  ['Web Designer', { id: '2166.15' }],
  ['UX Designer', { isco: '2166' }],
  ['Graphic Designer', { id: '2166.9' }],
  ['PMO', { id: '3343.1.6' }],
  ['Program Manager', { id: '1213.4' }],
  ['Scrum Master', { id: '1330.7' }],
  ['IT Project Manager', { id: '1330.7' }],
  ['Product Manager', { id: '1223.1' }],
  ['Operations Manager', { id: '1321.2.3' }],
  ['Manager, Operations', { id: '1321.2.3' }],
  ['HR Executive', { id: '2423.3' }],
  ['Mgr, HR', { id: '1212.2' }],
  ['Recruiter', { id: '2423.6' }],
  ['Talent Acquisition Specialist', { id: '2423.6' }],
  ['Payroll Specialist', { id: '4313.1' }],
  ['Associate Legal Counsel', { isco: '2611' }],
  ['Counsel', { isco: '2611' }],
  ['Attorney', { isco: '2611' }],
  ['Paralegal', { id: '3411.7' }],
  ['Account Executive', { id: '1420.3' }],
  ['Head of Sales', { isco: '1221' }],
  ['Director of Marketing', { isco: '1221' }],
  ['Customer Service Representative', { id: '4225.1' }],
  ['Asst. Store Manager', { id: '1420.4' }],
  ['Accountant', { id: '2411.1' }],
  ['General Ledger Accountant', { id: '2411.1' }],
  ['People Operations Generalist', { isco: '2423' }],
  ['Community Advocate', { id: '2432.5' }],
  ['Senior Accountant', { id: '2411.1' }],
  ['Financial Analyst', { id: '2413.1' }],
  ['Bank Teller', { id: '4211.1' }],
  ['Registered Nurse (ICU) - Night Shift', { isco: '2221' }],
  ['Pharmacist', { id: '2262.1' }],
  ['Physiotherapist', { id: '2264.2' }],
  ['Primary School Teacher', { id: '2341.1' }],
  ['Executive Chef', { isco: '3434' }],
  ['Chef de Partie', { isco: '3434' }],
  ['Barista', { isco: '5132' }],
  ['Truck Driver CDL-A', { id: '8332.2' }],
  ['Forklift Operator', { isco: '8344' }],
  ['Warehouse Associate', { isco: '9333' }],
  ['Electrician Apprentice', { id: '7411.1' }],
  ['Mechanical Engineer', { id: '2144.1' }],
  ['Civil Site Engineer', { isco: '2142' }],
  ['Aircraft Maintenance Engineer', { isco: '3153' }],
  ['Personal Trainer', { isco: '3423' }],
  ['Gym Trainer', { id: '3423.2' }],
  ['Yoga Instructor', { isco: '3423' }],
  ['Plant Manager', { id: '1321.2' }],
  ['Selenium Tester', { id: '2519.7' }],
  ['QA Tester', { id: '2519.7' }],
  ['SAP Functional Consultant', { isco: '2514' }],
  ['Fashion Designer', { isco: '2163' }],
  // The role first and its department after, and titles ESCO files under another occupation's labels.
  ['Director, Finance', { id: '1211.1' }],
  ['Manager Purchase', { id: '1324.8.2' }],
  ['Human Resources Consultant', { isco: '2423' }],
  ['HR Business Partner', { isco: '2423' }],
  ['Senior Network Engineer', { id: '2523.3' }],
  ['Visual Designer', { id: '2166.9' }],
  // A title naming an enterprise application suite is that suite's developer or configurator.
  ['SAP Application Engineer', { id: '2514.2' }],
  ['Workday Analyst', { id: '2514.1' }],
  ['Salesforce Administrator', { id: '2514.1' }],
  ['SAP Project Manager', { isco: '1219' }],
  ['Oracle DBA', { isco: '2521' }],
];

describe('resolveOccupation', () => {
  it.each(TITLES)('%s', (title, expected) => {
    const r = resolveOccupation(index, title);
    expect(r, title).toBeDefined();
    if ('id' in expected) expect(r?.occupation.id).toBe(expected.id);
    else expect(r?.occupation.isco).toBe(expected.isco);
    expect(r?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('returns nothing for titles no label explains', () => {
    for (const title of ['Payments Platform Guru', 'Rockstar Ninja', 'Intern', 'Research', 'Architecture', '', '   ', '!!!']) {
      expect(resolveOccupation(index, title), title).toBeUndefined();
    }
  });

  it('returns nothing for a generic role word alone, though ESCO lists "director" under film and sport', () => {
    for (const title of [
      'Director',
      'Manager',
      'Assistant Manager',
      'Asst. Manager',
      'As Assistant Manager',
      'Jr. Engineer',
      'Lead Engineer',
      'Sr. Consultant',
      'Executive',
    ]) {
      expect(resolveOccupation(index, title), title).toBeUndefined();
    }
    expect(resolveOccupation(index, 'Film Director')?.occupation.isco).toBe('2654');
  });

  it('is indifferent to seniority, punctuation, case and word order', () => {
    const base = resolveOccupation(index, 'Operations Manager')?.occupation.id;
    for (const t of [
      'Senior Operations Manager',
      'operations manager III',
      'OPERATIONS MANAGER',
      'Manager, Operations',
      'Manager Operations',
      'Operations Mgr.',
    ]) {
      expect(resolveOccupation(index, t)?.occupation.id, t).toBe(base);
    }
  });

  it('scores a partly explained title below a fully explained one', () => {
    const full = resolveOccupation(index, 'Truck Driver');
    const partial = resolveOccupation(index, 'Truck Driver CDL-A');
    expect(full?.score).toBe(1);
    expect(partial?.occupation.id).toBe(full?.occupation.id);
    expect(partial?.score ?? 1).toBeLessThan(1);
  });

  it('never throws, answers the same twice, and scores within [MIN_SCORE, 1] for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc.constantFrom('Sr.', '(Remote)', ', ,', ' - ', 'head of', 'I II III'),
        ),
        (title) => {
          const a = resolveOccupation(index, title);
          expect(resolveOccupation(index, title)).toEqual(a);
          if (a) {
            expect(a.score).toBeGreaterThanOrEqual(MIN_SCORE);
            expect(a.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { seed: 14, numRuns: 500 },
    );
  });

  it('reads only the start of an endless title, with the same answer', () => {
    const long = `Senior Java Developer ${'x '.repeat(50_000)}`;
    expect(resolveOccupation(index, long)?.occupation.id).toBe('2512.4');
  });
});

describe('titles no label spells whole', () => {
  it.each([
    ['Public Relations Director', '1222'],
    ['HR Personnel Assistant', '4416'],
    ['Finance Specialist', '1211'],
  ])('%s is read by its telling words (ISCO %s), scored at the threshold', (title, isco) => {
    const r = resolveOccupation(index, title);
    expect(r?.occupation.isco).toBe(isco);
    expect(r?.score).toBe(MIN_SCORE);
  });
});

describe('titles in a software document', () => {
  it.each([
    ['Test Engineer', '2149', '2519'],
    ['Customer Engineer', '2149', '2512'],
    ['Mechanical Engineer', '2144', '2144'],
    ['Quality Engineer', '2149', '2149'],
    ['Account Executive', '1420', '1420'],
    ['Data Scientist', '2511', '2511'],
  ])('%s reads as ISCO %s elsewhere and %s among software skills', (title, elsewhere, software) => {
    expect(resolveOccupation(index, title)?.occupation.isco).toBe(elsewhere);
    expect(resolveOccupation(index, title, { software: true })?.occupation.isco).toBe(software);
  });

  it('calls a document a software one when most of its hard skills are software skills', () => {
    const hard = (...categories: string[]) => categories.map((category) => ({ kind: 'hard', category }));
    expect(isSoftwareDocument(index.software, hard('programming-language', 'testing-qa', 'engineering'))).toBe(true);
    expect(isSoftwareDocument(index.software, hard('engineering', 'engineering', 'programming-language'))).toBe(false);
    expect(isSoftwareDocument(index.software, hard())).toBe(false);
  });
});

describe('resolveTitles', () => {
  it('answers per title and takes the first resolved one (most recent role) as primary', () => {
    const r = resolveTitles(index, ['Chief Happiness Wizard', 'Senior Data Analyst', 'Barista']);
    expect(r.results.map((x) => x?.occupation.id)).toEqual([undefined, '2511.3', '5132.1.1']);
    expect(r.primary?.occupation.id).toBe('2511.3');
    expect(resolveTitles(index, []).primary).toBeUndefined();
  });
});

describe('occupationRelation and occupationSimilarity', () => {
  const get = (title: string) => {
    const r = resolveOccupation(index, title);
    if (!r) throw new Error(`no occupation for ${title}`);
    return r.occupation;
  };
  it('tells the same occupation, the same ISCO unit group, and unrelated ones apart', () => {
    expect(occupationRelation(get('Java Developer'), get('SDE'))).toBe('same');
    expect(occupationRelation(get('Java Developer'), get('DevOps Engineer'))).toBe('same-group');
    expect(occupationRelation(get('Java Developer'), get('Pharmacist'))).toBe('unrelated');
  });
  it('relates occupations of one career family across ISCO groups, and only those', () => {
    const { families } = index;
    const related: [string, string][] = [
      ['HR Manager', 'HR Executive'], // 1212 / 2423
      ['Accounting Manager', 'Accountant'], // 1211 / 2411
      ['Associate Legal Counsel', 'Paralegal'], // 2611 / 3411
      ['Sales Manager', 'Account Executive'],
      ['Graphic Designer', 'Interior Designer'], // 2166 / 3432
      ['Civil Engineer', 'Construction Manager'], // 2142 / 1323
      ['Technical Program Manager', 'PMO'], // ICT project manager 1330 / project support officer 3343
      ['Program Manager', 'Project Manager'],
      ['Business Analyst', 'Data Analyst'], // 2421 / 2511: analysts of business and of its data
      ['Business Analyst', 'Operations Manager'],
    ];
    for (const [a, b] of related) expect(occupationRelation(get(a), get(b), families), `${a} / ${b}`).toBe('same-family');
    const unrelated: [string, string][] = [
      ['HR Manager', 'Accountant'],
      ['Paralegal', 'Graphic Designer'],
      ['Java Developer', 'Pharmacist'],
    ];
    for (const [a, b] of unrelated) expect(occupationRelation(get(a), get(b), families), `${a} / ${b}`).toBe('unrelated');
    // Without the families, only ISCO speaks.
    expect(occupationRelation(get('HR Manager'), get('HR Executive'))).toBe('unrelated');
  });
  it('ranks same > unit group > minor group > unrelated', () => {
    const dev = get('Java Developer');
    const same = occupationSimilarity(dev, get('SDE'));
    const unit = occupationSimilarity(dev, get('DevOps Engineer'));
    const minor = occupationSimilarity(dev, get('Data Scientist')); // 2511 vs 2512: both in 251
    const none = occupationSimilarity(dev, get('Barista'));
    expect(same).toBeGreaterThan(unit);
    expect(unit).toBeGreaterThan(minor);
    expect(minor).toBeGreaterThan(none);
    expect(occupationRelation(dev, get('Data Scientist'))).toBe('unrelated');
  });
});

describe('postingOccupation', () => {
  it('prefers the title field, then the title line, and ignores a first line that is a sentence', () => {
    expect(postingOccupation(index, { title: 'Paralegal', text: 'Senior Java Developer\nWe need Java.' })).toMatchObject({
      occupation: { id: '3411.7' },
      source: 'title',
    });
    expect(postingOccupation(index, { text: 'Senior Java Developer\nRequirements:\n- Java' })).toMatchObject({
      occupation: { id: '2512.4' },
      source: 'first-line',
      title: 'Senior Java Developer',
    });
    expect(postingOccupation(index, { text: 'We are hiring a great team of people.\nJava developer wanted.' })).toBeUndefined();
    expect(postingOccupation(index, { text: 'Java Developer' })).toBeUndefined();
  });
  it('reads a "Job Title:" label or the sentence that names the role when the posting opens with neither', () => {
    const labelled =
      'About the company\nWe make payroll software for small firms across Europe.\nJob Title: Staff Accountant\nLocation: Austin, TX';
    expect(postingOccupation(index, { text: labelled })).toMatchObject({
      occupation: { isco: '2411' },
      source: 'labelled',
      title: 'Staff Accountant',
    });
    const sentence = 'Our company is growing fast across three continents.\nWe are looking for a Senior Recruiter to join our People team.';
    expect(postingOccupation(index, { text: sentence })).toMatchObject({ occupation: { isco: '2423' }, source: 'sentence' });
    const asA = 'Who we are: a small studio of engineers.\nAs a Registered Nurse, you will care for patients on night shifts.';
    expect(postingOccupation(index, { text: asA })?.occupation.isco).toBe('2221');
    expect(postingOccupation(index, { text: 'Our story started in 2010.\nWe are looking for someone great to join us.' })).toBeUndefined();
  });

  it.each([
    ['a label with the title on the next line', '## Job Description\nCivil Service Title:\nAccountant\nLevel:\nI', '2411'],
    ['"seeks a"', '## Job Description\nThe agency seeks a Computer Systems Manager to join its infrastructure unit.', '1330'],
    [
      '"As a … you" around a parenthesis',
      '## Responsibilities\n* As an DevOps (or OpsDev) engineer you will be on a pager rotation.',
      '2512',
    ],
    ['"As a …," whole up to the comma', "Our team is remote.\nAs a Software Engineer in Test, you'll grow our test automation.", '2519'],
    [
      '"the … is responsible"',
      '## Job Description\nReporting to the Senior Director, the Project Manager is responsible for capital projects.',
      '1219',
    ],
    ['a bullet opening with the role', '## Responsibilities\n* Account Executive (AE) will report to the regional director.', '1420'],
    [
      'the role in the plural as the subject',
      'At Acme, UX Designers collaborate closely with engineers and researchers.\n## Responsibilities',
      '2166',
    ],
  ])('reads the role from %s', (_name, text, isco) => {
    expect(postingOccupation(index, { text })?.occupation.isco).toBe(isco);
  });

  it('takes the role the sentences name most often, not a colleague named once', () => {
    const text =
      'The Finance Director will coach the team.\nThe Payroll Accountant is responsible for payroll.\nAs a Payroll Accountant, you will close the books.';
    expect(postingOccupation(index, { text })?.occupation.isco).toBe('2411');
  });

  it('falls back to the title line when the title field names no occupation', () => {
    expect(postingOccupation(index, { title: 'Req #4411', text: 'Registered Nurse\nNight shifts.' })?.occupation.isco).toBe('2221');
  });
});

describe('searchOccupations', () => {
  it('completes a prefix from any word of a label, names first', () => {
    const names = searchOccupations(index, 'pharmac', 5).map((h) => h.occupation.name);
    expect(names[0]).toBe('pharmacist');
    expect(names.length).toBe(5);
  });
  it('puts the resolver answer first for a whole typed title', () => {
    const hits = searchOccupations(index, 'Sr. Java Dev', 3);
    expect(hits[0]?.occupation.id).toBe('2512.4');
    expect(hits[0]?.matchedLabel).toBe('Java Developer');
  });
  it('finds curated job-board titles as they are typed', () => {
    expect(searchOccupations(index, 'java', 3).map((h) => h.occupation.id)).toContain('2512.4');
  });
});
