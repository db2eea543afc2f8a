import { describe, expect, it } from 'vitest';
import { extractPosting, type PostingAnalysis } from '../../src/core/extract/extract.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';
import { BULLET_POSTING, DASH_POSTING, GLUED_POSTING } from '../fixtures/postings.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const levels = (a: PostingAnalysis) => Object.fromEntries(a.requirements.map((r) => [r.skill.id, r.level]));
const groupSets = (a: PostingAnalysis) => a.groups.map((g) => [...g.skills].sort());
const skillIdsOf = (text: string) =>
  extractPosting(taxonomy, text)
    .requirements.map((r) => r.skill.id)
    .sort();

describe('extractPosting on glued headings and JSON escapes', () => {
  const result = extractPosting(taxonomy, GLUED_POSTING);

  it('reads levels from the glued sections', () => {
    expect(levels(result)).toMatchObject({
      'survey-design': 'required',
      spss: 'required',
      r: 'required',
      python: 'required',
      sql: 'required',
      'e-commerce': 'preferred',
      presentation: 'preferred',
      'a-b-testing': 'mentioned',
    });
  });

  it('groups a slash list as alternatives', () => {
    expect(groupSets(result)).toContainEqual(['python', 'r', 'spss', 'sql']);
  });

  it('takes nothing from the company boilerplate', () => {
    expect(result.requirements.map((r) => r.skill.id)).not.toContain('creativity');
  });

  it('puts degree levels and fields in education, not skills', () => {
    expect(result.education.degreeLevels).toEqual(['master']);
    expect(result.education.fieldsOfStudy).toEqual(expect.arrayContaining(['Statistics', 'Economics']));
    expect(result.education.enrolment).toBe('currently-enrolled');
  });

  it('gives offsets into the submitted string', () => {
    for (const r of result.requirements) {
      for (const m of r.mentions) expect(GLUED_POSTING.slice(m.start, m.end)).toBe(m.text);
    }
    const r = result.requirements.find((x) => x.skill.id === 'r');
    expect(r?.mentions[0]?.text).toBe('R');
  });
});

describe('extractPosting on inline dash bullets and a misspelled heading', () => {
  const result = extractPosting(taxonomy, DASH_POSTING);

  it('finds the levels', () => {
    expect(levels(result)).toMatchObject({
      excel: 'required',
      'google-sheets': 'required',
      'data-analysis': 'required',
      communication: 'required',
      english: 'required',
      sql: 'preferred',
      python: 'preferred',
      'business-intelligence': 'preferred',
      tableau: 'preferred',
      'looker-studio': 'preferred',
      'trust-and-safety': 'preferred',
      'content-moderation': 'preferred',
    });
  });

  it('forms the alternatives groups the text states', () => {
    const groups = groupSets(result);
    expect(groups).toContainEqual(['excel', 'google-sheets']);
    expect(groups).toContainEqual(['business-intelligence', 'looker-studio', 'python', 'sql', 'tableau']);
    expect(groups).toContainEqual(['content-moderation', 'trust-and-safety']);
  });

  it('lowers the weight of "basic is fine" and raises it for "strong"', () => {
    const weight = (id: string) => result.requirements.find((r) => r.skill.id === id)?.weight;
    expect(weight('sql')).toBe(0.375);
    expect(weight('english')).toBe(1.25);
  });

  it('ignores the boilerplate section', () => {
    expect(result.requirements.map((r) => r.skill.id)).not.toContain('creativity');
  });
});

describe('extractPosting on bullets, cues and ambiguous names', () => {
  const result = extractPosting(taxonomy, BULLET_POSTING);

  it('keeps the strongest level of a skill named twice', () => {
    expect(levels(result)).toMatchObject({
      python: 'required',
      sql: 'required',
      excel: 'preferred',
      r: 'preferred',
      'e-commerce': 'preferred',
    });
  });

  it('groups an "or" list and a list of examples separately', () => {
    const groups = groupSets(result);
    expect(groups).toContainEqual(['excel', 'python', 'r', 'sql']);
    expect(groups).toContainEqual(['data-visualization', 'power-bi', 'tableau', 'think-cell']);
  });

  it('lets a required skill stand alone when it is also in a preferred group', () => {
    const python = result.requirements.find((r) => r.skill.id === 'python');
    expect(python?.group).toBeUndefined();
    expect(python?.groups).toHaveLength(1);
  });

  it('does not take a plain "and" list for alternatives', () => {
    expect(groupSets(result)).not.toContainEqual(['python', 'sql']);
  });

  it('reads years of experience', () => {
    expect(result.experience.minYears).toBe(2);
  });

  it.each([
    ['At least three years of experience as a chef.', 3],
    ['Five (5) years of related experience.', 5],
    ['2+ yrs experience in retail.', 2],
    ["A minimum of two years' experience in a warehouse.", 2],
    ['One year of experience driving a forklift.', 1],
    ['Two to three years of bookkeeping experience.', 2],
    ['Six months of experience in a kitchen.', undefined],
  ])('reads the years of "%s", in words or figures', (line, years) => {
    expect(extractPosting(taxonomy, `Requirements:\n- ${line}`).experience.minYears).toBe(years);
  });

  it('asks the years of the shortest path when the posting offers several, and never a share of them', () => {
    const paths = [
      'Minimum Qualifications',
      "1. A bachelor's degree and two years of experience in project management; or",
      '2. A high school diploma and six years of experience in project management.',
      'One year of the required experience must have been supervisory.',
    ].join('\n');
    expect(extractPosting(taxonomy, paths).experience.minYears).toBe(2);
    expect(
      extractPosting(taxonomy, 'Requirements:\n- Five years of experience, one year of which in a supervisory role.').experience.minYears,
    ).toBe(5);
  });

  it('honours disambiguation rules', () => {
    const ids = result.requirements.map((r) => r.skill.id);
    expect(ids).not.toContain('presentation'); // "presentation layer"
    expect(ids).toContain('javascript');
    expect(ids).not.toContain('java');
  });
});

describe('ambiguous names need context', () => {
  it.each([
    ['R beside other tools', 'Requirements: Python, R or SQL.', ['python', 'r', 'sql']],
    ['a lone capital R is not a skill', 'Requirements: Rating R of the film.', []],
    ['Go as a verb', 'Requirements: Go the extra mile with SQL.', ['sql']],
    ['Go beside another language', 'Requirements: Go or Java.', ['go', 'java']],
    ['Excel the verb', 'Requirements: Excel in a fast team; excel at SQL.', ['sql']],
    ['Excel the product', 'Requirements: Advanced Excel.', ['excel']],
    ['R followed by programming', 'Requirements: R programming.', ['r']],
    ['typo-free substring never matches', 'Requirements: JavaScript.', ['javascript']],
    ['a skill name that names a team', 'Responsibilities: partner with the machine learning team on SQL.', ['sql']],
    ['a way of working before "team" still counts', 'Responsibilities: work in an Agile team on SQL.', ['agile', 'sql']],
    ['a bullet that is only the name', 'Requirements:\n- R\n- Go', ['go', 'r']],
    ['a whole element of a listed item', 'Requirements:\n- Statistical computing: R (any version)', ['r']],
    ['a lone name outside a requirements list', 'We are a small team. Go, and see R.', []],
  ])('%s', (_name, text, expected) => {
    expect(skillIdsOf(text)).toEqual(expected);
  });
});

describe('levels from cues', () => {
  it.each([
    ['is a plus inside a required list', 'Minimum Qualifications:\n- SQL.\n- Python is a plus.', { sql: 'required', python: 'preferred' }],
    [
      'must inside responsibilities',
      'Responsibilities:\n- You must know SQL.\n- Build dashboards in Tableau.',
      { sql: 'required', tableau: 'mentioned' },
    ],
    ['ideally in a requirements section', 'Requirements:\n- Ideally you know Stata.', { stata: 'preferred' }],
    ['a posting with no headings', 'We need someone who knows SQL. Tableau is nice to have.', { sql: 'required', tableau: 'preferred' }],
    [
      'a need said to the candidate',
      'About the job\nYou will need Python. You need to know Stata.',
      { python: 'required', stata: 'required' },
    ],
    ['someone the employer looks for', 'About the job\nWe are looking for someone with strong SQL skills.', { sql: 'required' }],
    [
      'a role the employer looks for, with',
      'About the job\nWe are looking for a practitioner with strong SQL skills.',
      { sql: 'required' },
    ],
    [
      'a role the employer, by its name, seeks, with',
      'About the job\nAcme Engineering is seeking an experienced technician with demonstrated SQL skills.',
      { sql: 'required' },
    ],
    ['what the candidate will have', 'We are a council.\n\nYou will have excellent SQL skills.', { sql: 'required' }],
    [
      'a lead-in with its colon and the names on its line',
      "You'll need: Excel. It's a bonus if you know SQL.",
      { excel: 'required', sql: 'preferred' },
    ],
    ['a bullet opening the text is no title', '- Excel required\n- SQL a plus', { excel: 'required', sql: 'preferred' }],
    ['a level noted after a dash', 'Requirements\n- Excel - required\n- SQL - preferred', { excel: 'required', sql: 'preferred' }],
    [
      'a plus heading said as a wish',
      'Would be great\n- SQL\nNot required but nice\n- Tableau',
      { sql: 'preferred', tableau: 'preferred' },
    ],
    [
      'one line, a plus heading right after a capitalised name',
      'Required Skills: Excel Preferred Skills: SQL',
      { excel: 'required', sql: 'preferred' },
    ],
    ['what the post holder will have', 'We are a trust.\n\nThe post holder will have experience of SQL.', { sql: 'required' }],
    ['what the candidate will have used', 'We are a trust.\n\nYou will have used Tableau.', { tableau: 'required' }],
    ['under a plus heading it stays a plus', 'Preferred Qualifications\nYou will have excellent SQL skills.', { sql: 'preferred' }],
    ['not what the job gives', 'We are a council.\n\nYou will have the opportunity to gain experience in SQL.', { sql: 'mentioned' }],
    [
      'years of experience and the successful candidate, outside a requirements section',
      'About the job\nThe successful candidate has 3+ years of experience with Python.\nPreferred Skills\n- 4 years of experience in Stata',
      { python: 'required', stata: 'preferred' },
    ],
    [
      'what the successful candidate will be responsible for is a duty',
      'About the job\nThe successful candidate will be responsible for Tableau dashboards.',
      { tableau: 'mentioned' },
    ],
    ['a need that is a duty', 'Responsibilities\nYou will need to build dashboards in Tableau.', { tableau: 'mentioned' }],
    ['a need that asks nothing of the candidate', 'About the job\nSpeed and SQL need to be taken into account.', { sql: 'mentioned' }],
  ])('%s', (_name, text, expected) => {
    expect(levels(extractPosting(taxonomy, text))).toEqual(expected);
  });

  it('warns when a posting has no qualifications section', () => {
    expect(extractPosting(taxonomy, 'Build dashboards in Tableau.').warnings[0]).toMatch(/qualifications/);
  });
});

describe('typos in running text', () => {
  it.each([
    ['a swapped pair of letters', 'Requirements: experience with Tablaeu and SQL.', ['sql', 'tableau']],
    ['a missing letter', 'Requirements: SQL or PostgreSL.', ['postgresql', 'sql']],
    ['ordinary words one edit from a name stay words', 'Requirements: bring a sense of closure to SQL work.', ['sql']],
    ['a capitalised misspelling mid-list is read as the name', 'Requirements: SQL, Clojuer.', ['clojure', 'sql']],
    ['short words are never guessed', 'Requirements: Jaba.', []],
  ])('%s', (_name, text, expected) => {
    expect(skillIdsOf(text)).toEqual(expected);
  });
});

describe('coordination with a shared word', () => {
  it.each([
    ['the first word shared forward', 'Requirements: data visualization and analysis.', ['data-analysis', 'data-visualization']],
    ['the last word shared backward', 'Requirements: deep and machine learning.', ['deep-learning', 'machine-learning']],
    ['no skill behind the shared word', 'Requirements: survey design and analysis of results.', ['survey-design']],
  ])('%s', (_name, text, expected) => {
    expect(skillIdsOf(text)).toEqual(expected);
  });
});

describe('a verb and its object with modifiers between them', () => {
  it.each([
    ['an adjective before the object', 'Requirements:\n- Design complex surveys for clients.', ['survey-design']],
    ['two verbs sharing the object', 'Requirements:\n- Design and evaluate new surveys.', ['survey-design']],
    ['a soft skill written as a verb phrase', 'Requirements:\n- Manage key stakeholders.', ['stakeholder-management']],
    ['a noun before the object makes another object', 'Requirements:\n- Design customer surveys.', []],
    ['the object going on into a longer phrase', 'Requirements:\n- Design complex survey panels.', []],
    ['an article may open the object', 'Requirements:\n- Design the surveys.', ['survey-design']],
    ['a possessive makes the object another thing', "Requirements:\n- Design the survey's logo.", []],
  ])('%s', (_name, text, expected) => {
    expect(skillIdsOf(text)).toEqual(expected);
  });
});

describe('the job title line', () => {
  it.each([
    ['a title line names the role, not a requirement', 'Senior Java Developer\nRequirements:\n- SQL', { sql: 'required' }],
    [
      'the title skill still counts when the body asks for it',
      'Java Developer\nRequirements:\n- Java and SQL',
      { java: 'required', sql: 'required' },
    ],
    ['a one-line posting is not a title', 'Java developer needed for SQL reporting', { java: 'mentioned', sql: 'mentioned' }],
    [
      'a first line that is a sentence is read',
      'You will build Java services.\nRequirements:\n- SQL',
      { java: 'mentioned', sql: 'required' },
    ],
    ['blank lines before the title do not hide it', '\n\n  Senior Java Developer\nRequirements:\n- SQL', { sql: 'required' }],
  ])('%s', (_name, text, expected) => {
    expect(levels(extractPosting(taxonomy, text))).toEqual(expected);
  });
});

describe("a job board's lower-case tag line", () => {
  it.each([
    [
      'case-sensitive names count in a tag line',
      'Technologies\npython go excel r',
      { python: 'required', go: 'required', excel: 'required', r: 'required' },
    ],
    // The company's own sentence names Python without asking it.
    ['a lower-case sentence is not a tag line', 'Skills\nwe go to excel meetups with python people', { python: 'mentioned' }],
    ['a tag line outside a skills list is not read as one', 'Responsibilities\npython go excel', { python: 'mentioned' }],
    ['lower-case words that are mostly not names are no tag line', 'Skills\nkeen go getter mindset overall python', { python: 'required' }],
  ])('%s', (_name, text, expected) => {
    expect(levels(extractPosting(taxonomy, text))).toEqual(expected);
  });
});

describe('boilerplate sections', () => {
  it.each([
    ['a benefits list names nothing', 'Benefits:\nTableau licences and an e-commerce discount.', {}],
    ['the company talking about itself names nothing', 'About us:\nWe have deep experience with PostgreSQL and Python.', {}],
    [
      'a run-on "About us" that goes on to describe the candidate asked for',
      'About us: Acme sells shoes. You have experience with SQL and Tableau.',
      { sql: 'required', tableau: 'required' },
    ],
    ['a cue in that sentence still sets the level', 'About us: Acme sells shoes. Knowledge of Python is a plus.', { python: 'preferred' }],
  ])('%s', (_name, text, expected) => {
    expect(levels(extractPosting(taxonomy, text))).toEqual(expected);
  });
});

describe('run-on items (scraped text without punctuation)', () => {
  const filler = 'Build reliable services with the team and review designs together with the product owners every week';

  it('drops only what is near a benefits phrase, not the whole run-on item', () => {
    const text = `Requirements\nExperience with SQL and Python ${filler} ${filler} ${filler} Perks include health insurance and an Excel course`;
    expect(Object.keys(levels(extractPosting(taxonomy, text))).sort()).toEqual(['python', 'sql']);
  });

  it.each([
    ['B.E/B.Tech in Computer Science', ['bachelor'], ['Computer Science']],
    ['BS/MS in Mechanical Engineering', ['bachelor', 'master'], ['Mechanical Engineering']],
    ["Bachelor's degree in Nursing (BSN) required; MSN preferred.", ['bachelor', 'master'], ['Nursing']],
    ["Master's degree in Social Work (MSW) from an accredited program", ['master'], ['Social Work']],
    ['Doctor of Dental Surgery (DDS) or DMD degree', ['doctorate'], []],
    ['Currently enrolled in a degree in Statistics, graduating in 2027', [], ['Statistics']],
    ['A postgraduate degree in Science is preferred but not required', ['master'], ['Science']],
    ['Respond to directions given by Doctor of Veterinary Medicine (DVM) staff', [], []],
    ['Experience with MPP architectures, MFA and LLM tooling', [], []],
    ['A degree in any other engineering area or in engineering technology is not acceptable', [], []],
    ['M.S. in Computer Science or Physics', ['master'], ['Computer Science', 'Physics']],
    ['B.A. in English', ['bachelor'], ['English']],
    ['Ph.D. in Chemistry with 3 years of lab work', ['doctorate'], ['Chemistry']],
    ['B.S. in a quantitative field, i.e. Statistics or Economics', ['bachelor'], ['Statistics', 'Economics']],
    ['Knowledge of M.A.S.H. units', [], []],
    [
      "Bachelor's degree in Computer Science, a related technical field, or equivalent practical experience",
      ['bachelor'],
      ['Computer Science'],
    ],
  ])('reads the degree and only the fields of "%s"', (line, degreeLevels, fieldsOfStudy) => {
    const { education } = extractPosting(taxonomy, `Requirements:\n- ${line}\n- SQL`);
    expect(education.degreeLevels).toEqual(degreeLevels);
    expect(education.fieldsOfStudy).toEqual(fieldsOfStudy);
  });

  it('keeps a field of study in education only near the degree', () => {
    const text = `Requirements\nDegree in statistics ${filler} ${filler} ${filler} Strong stakeholder management and data analysis`;
    expect(Object.keys(levels(extractPosting(taxonomy, text))).sort()).toEqual(['data-analysis', 'stakeholder-management']);
  });
});

describe("the company's own voice", () => {
  it.each([
    [
      'a stack the company uses is mentioned',
      'Responsibilities:\nWe use PostgreSQL and Tableau every day.',
      { postgresql: 'mentioned', tableau: 'mentioned' },
    ],
    ['what the company inspires is not asked of anyone', 'Join us as we inspire creativity and communication.', {}],
    [
      'the company talking about its years gives no experience requirement',
      'About the role:\nWe have 20 years of experience with SQL.',
      { sql: 'mentioned' },
    ],
    [
      'the company described in the third person asks nothing, in any section',
      'Requirements:\n- SQL\nAcme is a global leader in e-commerce and trust and safety.',
      { sql: 'required' },
    ],
    [
      'a hospital, a school or a restaurant described in the third person asks nothing either',
      "Requirements:\n- SQL\nSt. Mary's Hospital is a teaching hospital offering e-commerce and trust and safety.",
      { sql: 'required' },
    ],
    [
      'a third-person company description keeps the stack it names',
      'Acme is a leading provider of dashboards built on Tableau and PostgreSQL.',
      { tableau: 'mentioned', postgresql: 'mentioned' },
    ],
    [
      'a candidate described in the third person still asks',
      'Requirements:\nThe ideal candidate is a leader with communication skills and e-commerce experience.',
      { communication: 'required', 'e-commerce': 'required' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(levels(extractPosting(taxonomy, text))).toEqual(expected);
  });

  it('reads no minimum years from the company talking about itself', () => {
    expect(extractPosting(taxonomy, 'About the role:\nWe have 20 years of experience with SQL.').experience.minYears).toBeUndefined();
  });
});

describe('education sentences', () => {
  it('keeps tools named in the same sentence as a degree', () => {
    const result = extractPosting(taxonomy, "Requirements:\n- Bachelor's degree in Economics and expert skills in Excel and Tableau");
    expect(levels(result)).toEqual({ excel: 'required', tableau: 'required' });
    expect(result.education.degreeLevels).toEqual(['bachelor']);
  });

  it.each([
    ['master as a verb', 'Requirements:\n- Master the English language and SQL.', { english: 'required', sql: 'required' }, []],
    ["a master's degree", "Requirements:\n- Master's degree in Statistics.", {}, ['master']],
    ['masters without an apostrophe', 'Requirements:\n- Masters in Economics.', {}, ['master']],
  ])('%s', (_name, text, expected, degrees) => {
    const result = extractPosting(taxonomy, text);
    expect(levels(result)).toEqual(expected);
    expect(result.education.degreeLevels).toEqual(degrees);
  });
});

describe('an untitled opening', () => {
  it.each([
    [
      'a professional skill asked of the candidate counts',
      'You bring strong communication and SQL.\nWe are a small team.',
      { communication: 'mentioned', sql: 'mentioned' },
    ],
    ['the company praising itself does not', 'Creativity and communication are what we live by.', {}],
  ])('%s', (_name, text, expected) => {
    expect(levels(extractPosting(taxonomy, text))).toEqual(expected);
  });
});

describe('how to apply', () => {
  it('takes nothing from application instructions', () => {
    const text =
      'Requirements:\n- SQL.\n- The application must be in English and include a cover letter and a Tableau portfolio.\n- Please submit your Python samples by May.';
    expect(levels(extractPosting(taxonomy, text))).toEqual({ sql: 'required' });
  });
});

describe('text in capitals', () => {
  it('reads an all-caps line like any other', () => {
    expect(levels(extractPosting(taxonomy, 'REQUIREMENTS:\n- SURVEY DESIGN AND DATA ANALYSIS\n- SQL'))).toEqual({
      'survey-design': 'required',
      'data-analysis': 'required',
      sql: 'required',
    });
  });
});
