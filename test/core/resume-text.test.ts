import { describe, expect, it } from 'vitest';
import { readResume } from '../../src/core/resume/intake.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { RESUME_FIXTURES } from '../fixtures/resumes.js';

const taxonomy = loadTaxonomy();
const AS_OF = { asOf: '2026-12' };
const ids = (text: string): string[] => readResume(taxonomy, { text }, AS_OF).skills.map((s) => s.id);

describe('a text résumé keeps every skill its own skills section names', () => {
  it.each(RESUME_FIXTURES)('$name', ({ text, skillsSection }) => {
    const whole = new Set(ids(text));
    const alone = ids(`Skills\n${skillsSection}`);
    expect(alone.length).toBeGreaterThan(3);
    expect(alone.filter((id) => !whole.has(id))).toEqual([]);
  });
});

describe('work history is read as work history, not as a job ad', () => {
  it.each([
    ['insurance and claims', 'Built health insurance claims processing services in Java and Kafka.', ['java', 'kafka']],
    ['a benefits platform', 'Maintained the benefits enrollment platform in PostgreSQL and Python.', ['postgresql', 'python']],
    ['"apply"', 'Built the online apply flow in React and Node.js.', ['react', 'node-js']],
    [
      'the employer in the third person',
      'Acme is a global leader in logistics; I automated its routing in Python and SQL.',
      ['python', 'sql'],
    ],
    ['"our company"', 'Our company serves hospitals: I wrote its Tableau dashboards.', ['tableau']],
    ['a cover letter generator', 'Wrote a cover letter generator with PyTorch.', ['pytorch']],
  ])('%s', (_, sentence, expected) => {
    const found = ids(`Experience\nData Engineer, Acme Corp, 2019 - 2021\n• ${sentence}`);
    for (const id of expected) expect(found).toContain(id);
  });

  it('"Passed a background check" takes nothing away from the rest of the role', () => {
    const role = 'Experience\nAnalyst, Beta LLC, Jan 2020 - Present\n• Built Tableau dashboards over PostgreSQL.\n';
    expect(ids(`${role}• Passed a background check and a drug screen.`)).toEqual(ids(role));
    expect(ids(`${role}• Passed a background check; automated reports in Python.`)).toContain('python');
  });

  it('names an ambiguous language (R, Go, C) as a list element in the skills section', () => {
    expect(ids('Skills\nR, Go, C')).toEqual(expect.arrayContaining(['r', 'go', 'c']));
    expect(ids('Summary\nI go to conferences and write in R studio.')).not.toContain('go');
  });

  it("the candidate's own employers name no skill", () => {
    const text =
      'Work Experience\nSoftware Engineer | Oracle Financial Services | 2019 - 2021\n• Wrote Java services.\nConsultant, Accenture Consulting, 2017 - 2019\n• Ran SQL audits.';
    const skills = readResume(taxonomy, { text }, AS_OF).skills;
    expect(skills.map((s) => s.id)).toEqual(expect.arrayContaining(['java', 'sql']));
    expect(skills.map((s) => s.id)).not.toContain('oracle-database');
    // Consulting is the consultant's practice, named by the title, never by the employer "Accenture Consulting".
    expect(skills.find((s) => s.id === 'consulting')?.evidence.map((e) => e.text)).toEqual(['Consultant']);
  });
});

describe('sections', () => {
  it.each([
    ['PROFESSIONAL EXPERIENCE', 'experience'],
    ['Work History', 'experience'],
    ['Employment History:', 'experience'],
    ['Work experience', 'experience'],
    ['ACADEMIC QUALIFICATION', 'education'],
    ['Education and training', 'education'],
    ['Academic Projects', 'projects'],
    ['TECHNICAL SKILLS', 'skills'],
    ['Key Skills', 'skills'],
    ['Core Competencies', 'skills'],
    ['Personal skills', 'skills'],
    ['Areas of Expertise', 'skills'],
    ['Programming Languages', 'skills'],
    ['PERSONAL DETAILS', 'personal'],
    ['Personal Information', 'personal'],
    ['Mother tongue(s)', 'languages'],
    ['Languages', 'languages'],
    ['Career Objective', 'summary'],
    ['Professional Summary', 'summary'],
    ['Certifications & Licenses', 'certifications'],
    ['Honors and Awards', 'awards'],
    ['Publications', 'publications'],
    ['Volunteer Experience', 'volunteer'],
    ['Hobbies and Interests', 'interests'],
    ['References', 'references'],
    ['Berufserfahrung / Work experience', 'experience'],
  ])('"%s" is a %s heading', (heading, kind) => {
    const profile = readResume(taxonomy, { text: `Jane Doe\n${heading}\nSomething here.` }, AS_OF);
    expect(profile.sections.map((s) => s.kind)).toContain(kind);
  });

  it('finds headings underlined with dashes and glued to a colon', () => {
    const profile = readResume(taxonomy, { text: 'Jane Doe\nSKILLS\n------\nPython\nExperience:\nAnalyst, Acme Inc, 2019 - 2020' }, AS_OF);
    expect(profile.sections.map((s) => s.kind)).toEqual(['contact', 'skills', 'experience']);
  });

  it('"Skills Development Officer" is a title, not a heading', () => {
    const profile = readResume(taxonomy, { text: 'Experience\nSkills Development Officer\nAcme Ltd, 2019 - 2021' }, AS_OF);
    expect(profile.sections.map((s) => s.kind)).toEqual(['experience']);
    expect(profile.titles).toEqual(['Skills Development Officer']);
  });

  it('evidence carries its section and offsets into the submitted text', () => {
    const text = 'Jane Doe\nSummary\nAnalyst who builds dashboards in Power BI.\nSkills\nPython';
    const profile = readResume(taxonomy, { text }, AS_OF);
    for (const s of profile.skills) for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(profile.skills.find((s) => s.id === 'power-bi')?.evidence[0]?.section).toBe('summary');
    expect(profile.skills.find((s) => s.id === 'python')?.evidence[0]?.section).toBe('skills');
  });

  it('shownInWork: a skill used in a role or project, not only listed', () => {
    const profile = readResume(taxonomy, { text: 'Skills\nPython, Tableau\nProjects\nChurn model in Python.' }, AS_OF);
    const shown = Object.fromEntries(profile.skills.map((s) => [s.id, s.shownInWork]));
    expect(shown).toMatchObject({ python: true, tableau: false });
  });
});

describe('roles', () => {
  it.each(RESUME_FIXTURES.filter((f) => f.name !== 'two columns interleaved line by line'))(
    '$name: every role has a title, an employer and a start',
    ({ text }) => {
      const roles = readResume(taxonomy, { text }, AS_OF).experience.roles;
      expect(roles.length).toBeGreaterThan(0);
      for (const r of roles) {
        expect(r.title).toBeTruthy();
        expect(r.employer).toBeTruthy();
        expect(r.start).toMatch(/^\d{4}-\d{2}$/);
      }
    },
  );

  it('reads title, employer, dates, bullets and the skills of each role; most recent first', () => {
    const text = RESUME_FIXTURES.find((f) => f.name === 'Indian layout')?.text ?? '';
    const profile = readResume(taxonomy, { text }, AS_OF);
    const [latest, earlier] = profile.experience.roles;
    expect(latest).toMatchObject({
      title: 'Senior Software Engineer',
      employer: 'Oracle Financial Services Software',
      start: '2021-01',
      current: true,
    });
    expect(earlier).toMatchObject({
      title: 'Software Engineer',
      employer: 'Infosys Ltd',
      start: '2018-06',
      end: '2020-12',
      current: false,
    });
    expect(earlier?.skills).toEqual(expect.arrayContaining(['java', 'spring-boot', 'go', 'jenkins']));
    expect(latest?.bullets).toEqual(['Migrated batch jobs to AWS Lambda.']);
    expect(profile.titles).toEqual(['Senior Software Engineer', 'Software Engineer']);
  });

  it('merges overlapping roles into total years, relative to asOf', () => {
    const text =
      'Experience\nAnalyst, Acme Inc, Jan 2018 - Dec 2019\nConsultant, Beta LLC, Jan 2019 - Dec 2020\nLead Analyst, Gamma Corp, Jan 2022 - Present';
    expect(readResume(taxonomy, { text }, { asOf: '2022-12' }).experience.totalYears).toBe(4);
    expect(readResume(taxonomy, { text }, { asOf: '2023-12' }).experience.totalYears).toBe(5);
  });

  it('a skill named in a role was last used when the role ended (asOf for a current role)', () => {
    const text =
      'Experience\nAnalyst, Acme Inc, Jan 2018 - Jun 2020\n• SQL and Tableau reports.\nEngineer, Beta LLC, Jan 2021 - Present\n• Python services.\nSkills\nExcel';
    const lastUsed = Object.fromEntries(readResume(taxonomy, { text }, { asOf: '2026-12' }).skills.map((s) => [s.id, s.lastUsed]));
    expect(lastUsed).toMatchObject({ sql: '2020-06', tableau: '2020-06', python: '2026-12', excel: undefined });
  });

  it('has no total when no role is dated', () => {
    expect(readResume(taxonomy, { text: 'Skills\nPython' }, AS_OF).experience.totalYears).toBeUndefined();
  });
});

describe('titles stated outside dated roles', () => {
  it('reads a title line, a title before its employer and "worked as", after the dated roles', () => {
    const text = [
      'Skills: Java, Spring Boot, MySQL',
      'Education Details',
      'B.E Computer Science, Pune University',
      'Java Developer',
      '',
      'Java Developer - Infosys Limited',
      'Company Details',
      'company - TCS',
      'description - Worked as Software Engineer on a banking application. Collaborates with project managers.',
    ].join('\n');
    const titles = readResume(taxonomy, { text }, AS_OF).titles;
    expect(titles).toEqual(['Java Developer', 'Software Engineer']);
  });

  it.each([
    ['a profile sentence', 'PROFILE\nA dedicated Mechanical Engineer with 3 years in HVAC design.\nSKILLS\nAutoCAD', 'Mechanical Engineer'],
    ['the role one seeks', 'Career Objective: To work as a Business Analyst in a reputed organization.\nSkills: SQL', 'Business Analyst'],
    ['a title as the first line', 'Advocate\nHigh Court of Delhi\nPractice areas: civil litigation', 'Advocate'],
    [
      'a title with what follows it',
      'Network Security Engineer with CCNA and firewall experience\nSkills: Cisco ASA',
      'Network Security Engineer',
    ],
    [
      'a sentence opening with the role',
      'PROFILE SUMMARY\nSAP ABAP consultant with 4 years of experience in reports and BAPIs.',
      'SAP ABAP Consultant',
    ],
    [
      'a role after a dash',
      'Company Details\ncompany - Acme Soft\ndescription - .Net developer building web applications.',
      '.Net Developer',
    ],
    [
      'a labelled title',
      'EXPERIENCE:\nDoordarshan, New Delhi\n\nDesignation : Network Engineer\nTime Period : 1.2 Years',
      'Network Engineer',
    ],
    [
      'a labelled title after a Word symbol-font bullet',
      'EXPERIENCE\n \uf076 Company Name : Aimil Pharmaceuticals Ltd.\n \uf076 Designation : Medical Representative\n \uf076 Duration : 2017',
      'Medical Representative',
    ],
    [
      'a numbered, labelled title with its grade and team after it',
      'Working Experiences\n1. PwC Singapore\n Job Appointment : Senior Audit Associate (Grade 2) – Regulatory Advisory\n Period : 2015 – Current',
      'Senior Audit Associate',
    ],
    ['a labelled title in lower case', 'Current Designation: software engineer\nEmployer: Infosys', 'software engineer'],
    [
      'the role first and its department after',
      'Currently working as Manager Purchase with India Forge Ltd since 2014.',
      'Manager Purchase',
    ],
    [
      'the role after "experience … as"',
      'CAREER SYNOPSIS\n\uf0b7 Over 2.9 years of experience in SAP SD as Associate SAP SD Consultant.',
      'Associate SAP SD Consultant',
    ],
  ])('reads %s', (_name, text, title) => {
    expect(readResume(taxonomy, { text }, AS_OF).titles).toContain(title);
  });

  it('never takes what a person did to a role for their own title ("Managed Java developers")', () => {
    expect(readResume(taxonomy, { text: 'Summary\nManaged Java developers in three countries.\nSkills: Scrum' }, AS_OF).titles).toEqual([]);
  });

  it("never takes the person's name for a job, even a name that ends like one ('Tim Cook', 'Ana Pilot')", () => {
    for (const name of ['Tim Cook', 'Ana Pilot', 'Ann Counsel']) {
      const text = `${name}\n${name.split(' ')[0]?.toLowerCase()}@example.org\nExperience\nData Engineer, Acme (2019 - 2024)\nDeclaration\nAll of the above is true.\n${name}`;
      expect(readResume(taxonomy, { text }, AS_OF).titles).toEqual(['Data Engineer']);
    }
    expect(readResume(taxonomy, { text: 'Resume of Tim Cook\nSkills: Python' }, AS_OF).titles).toEqual([]);
  });

  it('never takes a one-word line in a skills list for a title ("Driver" from "Web Driver" split across columns)', () => {
    const text = 'Key Skills\nSelenium\nPunctuality\nDriver\nFlexibility\nExperience\nQA Engineer, Acme (2019 - 2024)';
    expect(readResume(taxonomy, { text }, AS_OF).titles).toEqual(['QA Engineer']);
  });

  it('never takes a certificate, a school or a sentence for a title', () => {
    const text = [
      'Certifications',
      'Certified Scrum Master',
      'Education',
      'Master of Business Administration',
      'Summary',
      'Works with project managers daily.',
      'Projects',
      'Title: Online Banking System',
      'Role: Developed the payment module',
    ].join('\n');
    expect(readResume(taxonomy, { text }, AS_OF).titles).toEqual([]);
  });
});

describe('certifications and languages', () => {
  it('reads certification names with evidence', () => {
    const text = RESUME_FIXTURES[0]?.text ?? '';
    const profile = readResume(taxonomy, { text }, AS_OF);
    expect(profile.certifications.map((c) => c.name)).toEqual(['AWS Certified Solutions Architect – Associate']);
    expect(profile.skills.map((s) => s.id)).toContain('aws');
  });

  it.each([
    [
      'Languages\nEnglish (Native), French – B2, Hindi: fluent',
      [
        ['English', 'Native'],
        ['French', 'B2'],
        ['Hindi', 'fluent'],
      ],
    ],
    [
      'Mother tongue(s)\nItalian\nOther language(s)\nEnglish C1 C1 B2 B2 C1',
      [
        ['Italian', 'mother tongue'],
        ['English', 'C1 C1 B2 B2 C1'],
      ],
    ],
    [
      'Personal Details\nDate of Birth: 1 May 1990\nLanguages Known: English, Tamil',
      [
        ['English', undefined],
        ['Tamil', undefined],
      ],
    ],
  ])('%j', (text, expected) => {
    const languages = readResume(taxonomy, { text }, AS_OF).languages;
    expect(languages.map((l) => [l.language, l.fluency])).toEqual(expected);
  });
});

describe('school-leaving certificates in the education section', () => {
  it('name no skills: "HSE (+2)" is higher secondary education, not health and safety', () => {
    const text = [
      'Priya Nair',
      'Education',
      'B.Tech, Electronics and Communication Engineering, 2018',
      'HSE (+2), NSS HSS Manickamangalam, 72%',
      'SSC, Holy Family HS, 2012',
      'Skills',
      'Manual testing, Selenium, SQL',
    ].join('\n');
    const found = ids(text);
    expect(found).not.toContain('health-and-safety');
    expect(found).toEqual(expect.arrayContaining(['manual-testing', 'selenium', 'sql']));
  });
});
