import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);

describe('what the company does and the roles it hires for are not asked of the candidate', () => {
  it('a sentence whose subject is the company asks nothing, even with "essential" in it', () => {
    const text =
      'Packaging Engineer\n\nSealed Air designs and delivers packaging solutions that protect essential goods and enable e-commerce.\n\nRequirements:\n- AutoCAD';
    expect(ids(text)).toEqual(['autocad']);
  });

  it("reads a duty in the job description's third person as the job's, not the company's", () => {
    expect(ids('Responsibilities:\n- Prepares and maintains supplies and equipment for treatment, including sterilization')).toContain(
      'infection-control',
    );
  });

  it("reads the last word of the employer's name as the name, not a skill", () => {
    expect(ids('Enco Consulting is looking for a GIS Technician, must have GIS Certification.')).toEqual(['gis']);
    expect(ids('Enco Consulting is looking for a GIS Technician.\n\nRequirements:\n- Consulting experience is a plus')).toContain(
      'consulting',
    );
  });

  it('reads conferences one goes to as events, not skills', () => {
    expect(
      ids(
        'Qualifications:\n- You like to get paid to go to conferences, such as DrupalCon, Dreamforce and the Nonprofit Technology Conference.',
      ),
    ).toEqual([]);
    expect(ids('Qualifications:\n- Experience in the nonprofit sector')).toEqual(['non-profit']);
  });

  it('still reads a company sentence that turns to the candidate', () => {
    const text =
      'Packaging Engineer\n\nSealed Air delivers packaging solutions and is seeking an engineer with AutoCAD and e-commerce experience.';
    expect(ids(text)).toEqual(expect.arrayContaining(['autocad', 'e-commerce']));
  });

  it.each([
    [
      'in brackets',
      'Responsibilities:\n- Own the full-cycle recruiting process for customer-facing roles (Sales, Marketing, Customer Success and Support).\n- Source candidates on LinkedIn',
    ],
    [
      'after "including but not limited to"',
      'Requirements:\n- 2+ years of sourcing for roles including but not limited to: Sales, Marketing, Customer Success and Support.\n- Sourcing on LinkedIn',
    ],
  ])('the roles recruited for, %s', (_name, text) => {
    expect(ids(text)).not.toEqual(expect.arrayContaining(['sales']));
    expect(ids(text)).not.toEqual(expect.arrayContaining(['marketing']));
  });
});

describe('what a candidate is asked for stays asked beside the company voice', () => {
  it.each([
    [
      'a run-on heading after the ask ("… such as GIT or similar tools WHAT WE OFFER …")',
      `Knowledge of version control systems such as GIT or similar tools WHAT WE OFFER A top-caliber diverse and international team of dedicated domain experts, flexible working and full responsibility for your own projects, remote working opportunities and equipment, a yearly education budget and a modern office`,
      ['git'],
    ],
    [
      'a duty that opens with a verb and names "our" products',
      'What you will do:\n- Perform security reviews and code reviews of our products whilst overseeing our release process',
      ['code-review'],
    ],
    [
      'a duty that opens with "Use"',
      'Your role:\n- Use data insights such as A/B Testing to improve what we do and how we do it',
      ['a-b-testing'],
    ],
    [
      'what "our vision for this position" says the job is',
      'We will work together for 90 days. Our vision for this position is: 50% technical, On-Page SEO: inclusive of audits, technical optimizations, etc.',
      ['on-page-seo'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });

  it('a run-on ask nearer the name than the company\'s "we" keeps its names', () => {
    const runOn =
      'Several years of backend development in a product company with a large number of users and a lot of traffic across several regions of the world Ability and desire to write unit tests Experience with IoT is a plus Fluent in English We offer a great place to work, our team is friendly and our office is in the centre';
    expect(ids(runOn)).toEqual(expect.arrayContaining(['internet-of-things', 'english']));
  });

  it('the company still speaks in an item that opens with "we" or "our"', () => {
    expect(ids('What you will do:\n- Our teams use Scrum and pair programming every day')).not.toContain('pair-programming');
  });
});

describe('experience working with tools is not a department worked with', () => {
  it('reads the tools after "experience working with"', () => {
    expect(ids('Requirements:\n- Experience working with GIT, Maven and Agile')).toEqual(expect.arrayContaining(['git', 'agile']));
  });

  it.each([
    ['Responsibilities:\n- Work closely with Sales and Finance on the quarterly plan', 'sales'],
    ['Requirements:\n- Experience working with Sales and Finance leaders', 'finance'],
  ])('the departments in "%s" are not asked', (text, department) => {
    expect(ids(text)).not.toContain(department);
  });

  it.each([
    ['Responsibilities:\n- Work with Figma to build clickable prototypes', 'figma'],
    ['Requirements:\n- Working with Agile methodology', 'agile'],
  ])('a tool or method worked with is read: "%s"', (text, tool) => {
    expect(ids(text)).toContain(tool);
  });
});

describe('languages spoken beside a degree are not fields of study', () => {
  it('"BA/BS degree Fluent in German and English" asks both languages', () => {
    const analysis = extractPosting(
      taxonomy,
      'Requirements:\n- 3+ years relevant work experience BA/BS degree Fluent in German and English Proven ability to collaborate',
    );
    expect(analysis.requirements.map((r) => r.skill.id)).toEqual(expect.arrayContaining(['german', 'english']));
    expect(analysis.education.fieldsOfStudy).toEqual([]);
  });
});

describe('a product name that is also a verb', () => {
  it.each([
    ['Use your experience with React to ship features quickly', ['react']],
    ['Use your prior experience with Django and/or React to get things done', ['django', 'react']],
  ])('is the product right after "with": %s', (sentence, expected) => {
    expect(ids(`What you will do:\n- ${sentence}`)).toEqual(expect.arrayContaining(expected));
  });

  it('is the verb elsewhere', () => {
    expect(ids('What you will do:\n- Listen to customers and React to complaints calmly')).not.toContain('react');
  });
});

describe('levels said in a few more ways', () => {
  const levelsOf = (text: string) => Object.fromEntries(extractPosting(taxonomy, text).requirements.map((r) => [r.skill.id, r.level]));

  it.each([
    'Preference will be given to applicants with SQL experience.',
    'Preference given to candidates with SQL.',
    'Candidates with SQL will receive priority.',
  ])('"%s" prefers', (line) => {
    expect(levelsOf(`Qualifications\n- Python\n- ${line}`)).toEqual({ python: 'required', sql: 'preferred' });
  });

  it.each([
    'SQL experience welcome.',
    'It helps if you know SQL.',
    "We'd be delighted if you know SQL.",
    'You may also know SQL.',
    'SQL (plus).',
    'SQL is a large advantage.',
    'SQL is highly recommended.',
  ])('"%s" prefers in a requirements list', (line) => {
    expect(levelsOf(`Requirements:\n- Python\n- ${line}`)).toEqual({ python: 'required', sql: 'preferred' });
  });

  it.each([
    'Strong SQL skills are needed.',
    'SQL is a prerequisite for this position.',
    'SQL is non-negotiable.',
    'Requires SQL.',
    'The role requires SQL.',
    'We require SQL.',
    'SQL expertise is critical.',
    'The reporting analyst requires strong SQL skills.',
  ])('"%s" asks, wherever it stands', (line) => {
    expect(levelsOf(`About the role\nYou will build reports in Python.\n${line}`)).toMatchObject({ python: 'mentioned', sql: 'required' });
  });

  it.each([
    'Improve our SQL reports where you think changes are needed.',
    'Maintain the SQL warehouse, which is needed to achieve fast reporting.',
    'Run SQL checks as the business requires.',
  ])('"%s" asks nothing', (line) => {
    expect(levelsOf(`About the role\nYou will build reports in Python.\n${line}`)).toMatchObject({ python: 'mentioned', sql: 'mentioned' });
  });

  it.each([
    ['You bring strong Excel skills.', 'excel', 'required'],
    ['You are fluent in Spanish.', 'spanish', 'required'],
    ['You know your way around Figma.', 'figma', 'required'],
    ['You have good communication skills.', 'communication', 'required'],
    // The job, not the candidate.
    ['You will have the chance to learn Excel.', 'excel', 'mentioned'],
    ["You'll build dashboards in Tableau every day.", 'tableau', 'mentioned'],
  ])('"%s" in an untitled posting: the candidate described asks, the job does not', (line, id, level) => {
    expect(levelsOf(`Data Analyst at Acme\nAcme is growing fast.\n${line}\nApply today.`)).toMatchObject({ [id]: level });
  });

  it('a name that builds, designs or makes something is the employer described, not a duty', () => {
    const ids = Object.keys(levelsOf('Acme builds CRM software for real estate agents.\nRequirements:\n- SQL'));
    expect(ids).not.toContain('real-estate-sales');
    expect(levelsOf('Responsibilities:\n- Run builds and deployments in Jenkins.')).toMatchObject({ jenkins: 'mentioned' });
  });

  it('a hedged clause that opens with "with" qualifies only what it adds', () => {
    expect(levelsOf('Requirements:\n- Java or Kotlin, with Spring Boot preferred.')).toMatchObject({
      java: 'required',
      kotlin: 'required',
      'spring-boot': 'preferred',
    });
  });

  it('a hedge in brackets that closes on "!" qualifies only what it holds', () => {
    expect(levelsOf('Requirements:\n- Experience with SQL (PostgreSQL is a plus!)')).toEqual({ sql: 'required', postgresql: 'preferred' });
  });
});

describe('a degree near a name in a run-on item', () => {
  it('does not make the names asked after it fields of study', () => {
    const runOn =
      'We are a team of engineers and we build things for our clients in many industries and our team works daily with these tools High School Diploma GED or equivalent certification At least 7 years of experience with incident response and malware analysis in large enterprise networks across several regions';
    expect(ids(runOn)).toEqual(expect.arrayContaining(['incident-response', 'malware-analysis']));
  });

  it('"Scrum Masters" are no degree', () => {
    const analysis = extractPosting(
      taxonomy,
      'Requirements:\n- You will be participating in daily Stand-Ups and working alongside Scrum Masters',
    );
    expect(analysis.requirements.map((r) => r.skill.id)).toContain('scrum');
    expect(analysis.education.degreeLevels).toEqual([]);
  });
});

describe('perks named in passing', () => {
  it('"10 days paid vacation for child care and sabbatical options" asks nothing', () => {
    expect(
      ids('Requirements:\n- Python\nWhat you get:\n- Flexible working hours, 10 days paid vacation for child care and sabbatical options'),
    ).toEqual(['python']);
  });
});

describe('the documents an application must include', () => {
  it('are papers, not skills', () => {
    const text =
      'Qualifications:\n- PhD in economics\n- Research experience in econometrics\nThe application must include:\n- CV\n- A teaching portfolio which details prior teaching experience and teaching philosophy\n- A research plan';
    expect(ids(text)).toContain('econometrics');
    expect(ids(text)).not.toContain('teaching');
  });

  it.each([
    ['Requirements:\n- React\nTo apply send us your resume and Github account info to jobs@acme.co'],
    ['Requirements:\n- React\nSend us your CV and a link to your GitHub profile.'],
  ])('how to send them names nothing: %j', (text) => {
    expect(ids(text)).toEqual(['react']);
  });

  it('"the ability to apply" a method is still asked', () => {
    expect(ids('Requirements:\n- Ability to apply statistical methods in Python')).toContain('python');
  });

  it('a competency list after "your application materials, measuring …" is still asked', () => {
    const text =
      'You will be scored based on a review of your application materials, measuring your possession of each of the following competencies:\n- User research: the knowledge of research methods';
    expect(ids(text)).toContain('user-research');
  });
});

describe("the employer's own products", () => {
  it('a name that opens with the employer\'s ("Zendesk Guide" at Zendesk) and the kind of product it says it builds are not asked', () => {
    const text =
      'About the job\nAt Zendesk, we build customer service software.\nResponsibilities:\n- Own Zendesk Guide integrations end to end\nQualifications:\n- 3+ years with Java';
    expect(ids(text)).toEqual(['java']);
  });
});

describe('a name a list adds beside the known ones', () => {
  it('is read in its place in the text: a class with one example offers no choice', () => {
    const analysis = extractPosting(taxonomy, 'Requirements:\n* Experience in automation & scripting technologies (e.g. PowerShell)');
    expect(analysis.requirements.map((r) => r.skill.id)).toEqual(expect.arrayContaining(['scripting', 'powershell']));
    expect(analysis.groups).toEqual([]);
  });
});

describe('what the employer is, has and does, and how it selects', () => {
  const levelsOf = (text: string) => Object.fromEntries(extractPosting(taxonomy, text).requirements.map((r) => [r.skill.id, r.level]));

  it.each([
    [
      "the employer's sales and staff",
      'In 2025, Acme generated $5.4 billion in sales and has approximately 16,100 employees who serve customers in 119 countries.\nRequirements:\n- AutoCAD',
      ['autocad'],
    ],
    [
      "the employer's funding",
      'In 2019 Acme reached a 2.5 billion valuation after receiving a 290 million Series C funding round.\nRequirements:\n- AutoCAD',
      ['autocad'],
    ],
    [
      'what an anonymised employer does',
      '<ORGANIZATION> <ORGANIZATION> a <ORGANIZATION> <ORGANIZATION> in <LOCATION> <LOCATION> develops produces and sells service robots primarily in healthcare and hospitality .\nRequirements:\n- AutoCAD',
      ['autocad'],
    ],
    [
      "an anonymised employer's platform",
      'Responsibilities:\n- Contribute to <ORGANIZATION> Data Platform by building data pipelines in Python',
      ['data-pipelines', 'python'],
    ],
    [
      'how applicants are selected',
      'Requirements:\n- AutoCAD\nAfter the expiry of the deadline for applications the authorized recruitment manager selects applicants for assessment. The Recruitment Committee will shortlist applicants.',
      ['autocad'],
    ],
  ])('%s asks nothing', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    ["the candidate's own figures", 'Requirements:\n- You generated over $1M in sales last year', 'sales'],
    ['a recruitment duty', 'Responsibilities:\n- Coordinate the selection process and recruitment of new staff', 'recruiting'],
    [
      'a law named after an anonymised place',
      'Requirements:\n- Knowledge of the <LOCATION> Data Protection Act is an advantage',
      'data-protection',
    ],
  ])('%s still counts', (_, text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('a language in the name of an eatery is its cuisine, not a language asked', () => {
    const text =
      'Barista\nNicoletta Italian Kitchen and Lucca Spanish Bistro are hiring.\nRequirements:\n- Barista experience\n- Fluent Spanish';
    expect(levelsOf(text)).toEqual({ 'barista-skills': 'required', spanish: 'required' });
    expect(ids('Barista\nNicoletta Italian Kitchen is hiring.\nRequirements:\n- Barista experience')).toEqual(['barista-skills']);
  });
});
