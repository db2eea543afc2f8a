import { describe, expect, it } from 'vitest';
import { findDateRanges } from '../../src/core/resume/dates.js';
import { findDegrees, isSchoolLevel } from '../../src/core/resume/degrees.js';
import { readResume } from '../../src/core/resume/intake.js';
import { readLevel } from '../../src/core/resume/proficiency.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();

describe('dates as résumés write them', () => {
  it.each([
    ['Jan 2019 – Present', { start: '2019-01', current: true }],
    ['01/2019 - 03/2021', { start: '2019-01', end: '2021-03', current: false }],
    ['2019-2021', { start: '2019-01', end: '2021-01', current: false }],
    ['March 2018 to June 2020', { start: '2018-03', end: '2020-06', current: false }],
    ["Jun'18 – Dec'20", { start: '2018-06', end: '2020-12', current: false }],
    ['2016 – till date', { start: '2016-01', current: true }],
    ['Since 2020', { start: '2020-01', current: true }],
    ['Sept. 2017 - Current', { start: '2017-09', current: true }],
    ['2015/09 – 2017/06', { start: '2015-09', end: '2017-06', current: false }],
    ['14.08.2006 to 05.08.2013', { start: '2006-08', end: '2013-08', current: false }],
    ['10/05/2012 – till date', { start: '2012-05', current: true }],
    ['12/25/2019 - 03/31/2021', { start: '2019-12', end: '2021-03', current: false }],
  ])('%s', (text, expected) => {
    const [range] = findDateRanges(text.replace(/[–—]/g, '-'), 2026);
    expect({ start: range?.start?.ym, ...(range?.end && !range.current ? { end: range.end.ym } : {}), current: range?.current }).toEqual(
      expected,
    );
  });

  it('reads a written duration: "(3 years)"', () => {
    const profile = readResume(
      taxonomy,
      { text: 'Experience\nAnalyst, Acme Inc (3 years)\n• SQL reports.\nIntern, Beta LLC, 2015' },
      { asOf: '2026-12' },
    );
    expect(profile.experience.roles.map((r) => r.title)).toContain('Analyst');
    expect(profile.experience.totalYears).toBe(4);
  });

  it('counts no years from a lone month: it dates an event, not a month-long job', () => {
    const text = 'Experience\nAccountant, Al Alawi & Co\nSep 2013\n• Invoices and bank reconciliation.';
    expect(readResume(taxonomy, { text }, { asOf: '2026-12' }).experience.totalYears).toBeUndefined();
  });

  it('counts a role that runs to "Present" up to asOf', () => {
    const read = (asOf: string) =>
      readResume(taxonomy, { text: 'Experience\nAnalyst, Acme Inc, Jan 2020 - Present' }, { asOf }).experience.totalYears;
    expect(read('2020-12')).toBe(1);
    expect(read('2022-12')).toBe(3);
  });
});

describe('degree levels in several countries', () => {
  it.each([
    ['B.Tech in Computer Science', 'bachelor'],
    ['B.E. (Mechanical)', 'bachelor'],
    ['BE Electronics', 'bachelor'],
    ['BSc Physics', 'bachelor'],
    ['B.Sc. Mathematics', 'bachelor'],
    ['BS in Economics', 'bachelor'],
    ['BA English', 'bachelor'],
    ['B.A. History', 'bachelor'],
    ['B.Com', 'bachelor'],
    ['BCom (Hons)', 'bachelor'],
    ['BCA', 'bachelor'],
    ['BBA', 'bachelor'],
    ['BBM', 'bachelor'],
    ['LLB', 'bachelor'],
    ['MBBS', 'bachelor'],
    ['B.Pharm', 'bachelor'],
    ['B.Arch', 'bachelor'],
    ['BEng Civil Engineering', 'bachelor'],
    ['B.E Computer Science', 'bachelor'],
    ['B.S Economics', 'bachelor'],
    ['M.E Mechanical', 'master'],
    ['M.S Computer Science', 'master'],
    ['Bachelor of Arts in Psychology', 'bachelor'],
    ["Bachelor's degree in Finance", 'bachelor'],
    ['Licence en informatique', 'bachelor'],
    ['Laurea in Economia', 'bachelor'],
    ['MEng Software Engineering', 'master'],
    ['M.Tech', 'master'],
    ['M.E. (Structures)', 'master'],
    ['MSc Data Science', 'master'],
    ['M.Sc. Chemistry', 'master'],
    ['MS in Computer Science', 'master'],
    ['MA Linguistics', 'master'],
    ['M.Com', 'master'],
    ['MCA', 'master'],
    ['MBA (Finance)', 'master'],
    ['PGDM', 'master'],
    ['PGDBA', 'master'],
    ['LLM', 'master'],
    ['MPhil', 'master'],
    ['Master of Science in Statistics', 'master'],
    ['Diplom-Ingenieur Maschinenbau', 'master'],
    ['Laurea Magistrale in Fisica', 'master'],
    ['PhD in Physics', 'doctorate'],
    ['Ph.D., Chemistry', 'doctorate'],
    ['DPhil', 'doctorate'],
    ['EdD', 'doctorate'],
    ['MD, Internal Medicine', 'doctorate'],
    ['Associate of Arts', 'associate'],
    ['Associate of Science in Nursing', 'associate'],
    ['AA, General Studies', 'associate'],
    ['AS in Biology', 'associate'],
    ['Diploma in Mechanical Engineering', 'associate'],
    ['HND Business', 'associate'],
  ])('%s → %s', (line, level) => {
    expect(findDegrees(line, true)[0]?.level).toBe(level);
  });

  it.each([['10th (SSC), 2012'], ['12th (HSC)'], ['High School Diploma, 2014'], ['Senior Secondary (CBSE)'], ['A-Levels: Maths, Physics']])(
    '%s is no degree',
    (line) => {
      expect(isSchoolLevel(line)).toBe(true);
      expect(findDegrees(line, true)).toEqual([]);
    },
  );

  it.each([
    ['MS Office, MS Excel', true],
    ['Boston University, Boston, MA', true],
    ['Managing Director (MD), Acme', false],
    ['Scrum Master certified', true],
    ['I was a BA on the payments team', false],
    ['As a lead, I led 5 people', false],
  ])('%s names no degree (education entry: %s)', (line, inEducation) => {
    expect(findDegrees(line, inEducation)).toEqual([]);
  });

  it('reads entries: degree as written, level, field, institution, dates, expected', () => {
    const text = [
      'Education',
      'Bachelor of Science in Computer Science, Boston University, 2015',
      'M.S. in Data Science (expected May 2027), Northeastern University',
      'XYZ Institute of Technology, Pune',
      'B.Tech (Electronics), 2010 - 2014',
      'Pursuing MBA at IIM Bangalore',
      '12th (HSC), 2010',
    ].join('\n');
    const profile = readResume(taxonomy, { text }, { asOf: '2026-12' });
    const entries = profile.education.entries.map(({ degree, degreeLevel, field, institution, start, end, expected }) => ({
      degree,
      degreeLevel,
      field,
      institution,
      start,
      end,
      expected,
    }));
    expect(entries).toEqual([
      {
        degree: 'Bachelor of Science',
        degreeLevel: 'bachelor',
        field: 'Computer Science',
        institution: 'Boston University',
        start: undefined,
        end: '2015-01',
        expected: false,
      },
      {
        degree: 'M.S.',
        degreeLevel: 'master',
        field: 'Data Science',
        institution: 'Northeastern University',
        start: undefined,
        end: '2027-05',
        expected: true,
      },
      {
        degree: 'B.Tech',
        degreeLevel: 'bachelor',
        field: 'Electronics',
        institution: 'XYZ Institute of Technology',
        start: '2010-01',
        end: '2014-01',
        expected: false,
      },
      {
        degree: 'MBA',
        degreeLevel: 'master',
        field: undefined,
        institution: 'IIM Bangalore',
        start: undefined,
        end: undefined,
        expected: true,
      },
    ]);
    expect(profile.education.degreeLevels).toEqual(['bachelor', 'master']);
    expect(profile.education.fieldsOfStudy).toEqual(['Computer Science', 'Data Science', 'Electronics']);
  });

  it('one degree written twice is one entry; an institution keeps its "at"', () => {
    const profile = readResume(taxonomy, {
      text: 'Education\nBachelor of Science in Nursing (BSN), Oregon Health & Science University, 2018\nBA, Communication, University of Texas at Austin, 2018',
    });
    expect(profile.education.entries.map((e) => [e.degree, e.field, e.institution])).toEqual([
      ['Bachelor of Science', 'Nursing', 'Oregon Health & Science University'],
      ['BA', 'Communication', 'University of Texas at Austin'],
    ]);
  });

  it('an end date after asOf is expected', () => {
    const read = (asOf: string) =>
      readResume(taxonomy, { text: 'Education\nBSc Biology, University of Leeds, 2022 - 2026' }, { asOf }).education.entries[0]?.expected;
    expect(read('2025-06')).toBe(true);
    expect(read('2026-12')).toBe(false);
  });
});

describe('levels as people write them', () => {
  it.each([
    ['native', 'expert', undefined],
    ['Native speaker', 'expert', undefined],
    ['fluent', 'advanced', undefined],
    ['Expert', 'expert', undefined],
    ['advanced', 'advanced', undefined],
    ['intermediate', 'intermediate', undefined],
    ['beginner', 'beginner', undefined],
    ['basic', 'beginner', undefined],
    ['working knowledge', 'intermediate', undefined],
    ['Limited working proficiency', 'beginner', undefined],
    ['Full professional proficiency', 'advanced', undefined],
    ['C2', 'expert', undefined],
    ['C1', 'advanced', undefined],
    ['B2', 'intermediate', undefined],
    ['A1', 'beginner', undefined],
    ['5 years', 'expert', 5],
    ['5+ yrs', 'expert', 5],
    ['3 years', 'advanced', 3],
    ['1 year', 'intermediate', 1],
    ['6 months', 'beginner', 0.5],
    ['4/5', 'advanced', undefined],
    ['5/5', 'expert', undefined],
    ['2 out of 5', 'beginner', undefined],
    ['80%', 'advanced', undefined],
    ['★★★★☆', 'advanced', undefined],
    ['★★★', 'intermediate', undefined],
    ['3', 'intermediate', undefined],
    ['I like it', undefined, undefined],
    ['', undefined, undefined],
  ])('%j → %s', (text, level, years) => {
    const reading = readLevel(text);
    expect(reading.level).toBe(level);
    expect(reading.years).toBe(years);
  });

  it('keeps the level as written and never refuses one it cannot read', () => {
    const profile = readResume(taxonomy, {
      skills: [
        { name: 'Python', level: '5+ yrs' },
        { name: 'SQL', level: 'I like it' },
        { name: 'Spanish', level: 'B2' },
      ],
    });
    const by = Object.fromEntries(profile.skills.map((s) => [s.id, [s.level, s.levelText, s.years]]));
    expect(by).toEqual({
      python: ['expert', '5+ yrs', 5],
      sql: [undefined, 'I like it', undefined],
      spanish: ['intermediate', 'B2', undefined],
    });
    expect(profile.languages).toEqual([{ language: 'Spanish', fluency: 'B2', skillId: 'spanish' }]);
  });

  it('reads a level written after a name in a skills section', () => {
    const profile = readResume(taxonomy, { text: 'Skills\nPython (expert), SQL – 3 years, Excel: 4/5, Tableau' });
    const by = Object.fromEntries(profile.skills.map((s) => [s.id, s.level]));
    expect(by).toEqual({ python: 'expert', sql: 'advanced', excel: 'advanced', tableau: undefined });
  });
});

describe('personal details never produce skills or change anything', () => {
  const body = 'Experience\nData Analyst, Acme Corp, 2019 - 2021\n• Built dashboards in Tableau over PostgreSQL.\nSkills\nPython, SQL';
  const skillsOf = (text: string) => readResume(taxonomy, { text }, { asOf: '2026-12' }).skills.map((s) => s.id);

  it.each([
    ['a name that is a language', 'Ruby Walker\n'],
    ['contact lines', 'Julia Scala\njulia@scala-lang.org | +1 555 123 4567 | github.com/juliascala/python-tools\n'],
    [
      'Indian personal details',
      "Personal Details\nFather's Name: Go Kumar\nDate of Birth: 01/01/1990\nGender: Male\nNationality: Indian\nMarital Status: Married\nReligion: Hindu\nAddress: 12 Java Street, Pune\n",
    ],
    [
      'European personal information',
      'Personal information\nSex Female | Date of birth 01/02/1990 | Nationality Italian\nVia Kotlin 3, Milano\n',
    ],
    ['labels anywhere', 'Summary\nAnalyst.\nAddress: 12 Java Street\nNationality: Swiss\nPronouns: she/her\nAge: 34\n'],
  ])('%s', (_, personal) => {
    expect(skillsOf(personal + body)).toEqual(skillsOf(body));
  });

  it('JSON Resume basics other than summary and label are never read', () => {
    const basics = {
      name: 'Ruby Go',
      email: 'java@python.org',
      location: { address: '1 Kotlin Way', city: 'Scala' },
      profiles: [{ network: 'GitHub', username: 'rust' }],
      summary: 'Analyst using SQL.',
    };
    const profile = readResume(taxonomy, { jsonResume: { basics } });
    expect(profile.skills.map((s) => s.id)).toEqual(['sql']);
  });
});

describe('JSON Resume', () => {
  it('reads work, education, titles, certificates and levels as written', () => {
    const profile = readResume(
      taxonomy,
      {
        jsonResume: {
          basics: { label: 'Data Engineer', summary: 'Builds pipelines.' },
          work: [
            {
              name: 'Acme Insurance',
              position: 'Data Engineer',
              startDate: '2021-03-01',
              highlights: ['Built claims services in Java and Kafka.'],
            },
            { company: 'Beta LLC', position: 'Analyst', startDate: '2018-01', endDate: '2021-06', summary: 'SQL reporting.' },
          ],
          education: [
            { institution: 'University of Leeds', studyType: 'Bachelor', area: 'Statistics', startDate: '2014', endDate: '2017' },
            { institution: 'Open University', studyType: 'MSc', area: 'Data Science', endDate: '2027-06' },
          ],
          skills: [
            { name: 'Databases', level: 'Master', keywords: ['PostgreSQL'] },
            { name: 'Python', level: '4/5' },
          ],
          languages: [{ language: 'German', fluency: 'C1' }],
          certificates: [{ name: 'AWS Certified Developer' }],
        },
      },
      { asOf: '2026-12' },
    );
    expect(profile.titles).toEqual(['Data Engineer', 'Analyst']);
    expect(profile.experience.roles.map((r) => [r.title, r.employer, r.start, r.end, r.current])).toEqual([
      ['Data Engineer', 'Acme Insurance', '2021-03', undefined, true],
      ['Analyst', 'Beta LLC', '2018-01', '2021-06', false],
    ]);
    // The bullets' skills, then the practice the title names (a data engineer does data engineering).
    expect(profile.experience.roles[0]?.skills).toEqual(['java', 'kafka', 'data-engineering']);
    expect(profile.experience.totalYears).toBe(9);
    expect(profile.education.entries.map((e) => [e.degreeLevel, e.field, e.institution, e.expected])).toEqual([
      ['bachelor', 'Statistics', 'University of Leeds', false],
      ['master', 'Data Science', 'Open University', true],
    ]);
    expect(profile.certifications.map((c) => c.name)).toEqual(['AWS Certified Developer']);
    const by = Object.fromEntries(profile.skills.map((s) => [s.id, [s.level, s.levelText, s.shownInWork]]));
    expect(by.python).toEqual(['advanced', '4/5', false]);
    expect(by.java).toEqual([undefined, undefined, true]);
    expect(by.german).toEqual(['advanced', 'C1', false]);
  });
});
