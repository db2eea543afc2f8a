import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);
const levelOf = (text: string, name: string): string | undefined => asked(text).find(([n]) => n === name)?.[1];

describe('units of the company named together', () => {
  it.each([
    'Keep in touch with personnel in the Sales, Marketing, Product Development, Support and Finance teams.',
    'Work with the Site Reliability Engineering (SRE) team on shared ownership of services.',
  ])('names no skill in: %s', (item) => {
    expect(names(`Requirements\n- ${item}`)).toEqual([]);
  });
  it('still reads tools listed with the product Teams', () => {
    expect(names('Requirements\n- Use Zoom, Slack and Teams daily.')).toEqual(['Zoom', 'Slack']);
  });
  it('still reads the practice in "experience in Site Reliability Engineering (SRE)"', () => {
    expect(names('Requirements\n- Experience in Site Reliability Engineering (SRE).')).toEqual(['Site reliability engineering']);
  });
});

describe('headings that describe the people sought', () => {
  it.each([
    '# We get excited about candidates who have the following',
    'We are looking for people who are:',
    '## You should be…',
    'You should have...',
  ])('reads the list under "%s" as required', (heading) => {
    expect(asked(`Data Analyst\n\n${heading}\n\n- Fluent in SQL and Python\n\nAbout us\nWe sell shoes.`)).toEqual([
      ['SQL', 'required'],
      ['Python', 'required'],
    ]);
  });
  it('reads "Bonus points for candidates who have" as preferred', () => {
    expect(levelOf('Bonus points for candidates who have:\n\n- Experience with Tableau', 'Tableau')).toBe('preferred');
  });
});

describe('an asterisk a legend says marks the wishes', () => {
  const list = (legend: string): string =>
    `Requirements\n\n• Programming experience with SQL\n• * Comfortable in a UNIX environment and with shell scripting\n\n${legend}`;
  it('makes the marked items preferred and leaves the others required', () => {
    const text = list('Non-essential but nice to have requirements are indicated by a *.');
    expect(levelOf(text, 'SQL')).toBe('required');
    expect(levelOf(text, 'Unix')).toBe('preferred');
    expect(levelOf(text, 'Shell scripting')).toBe('preferred');
  });
  it('reads "(*) denotes a preferred skill" the same way', () => {
    expect(levelOf(list('(*) denotes a preferred skill'), 'Unix')).toBe('preferred');
  });
  it('leaves the items required without a legend, or with a form’s "required fields are marked with *"', () => {
    expect(levelOf(list(''), 'Unix')).toBe('required');
    expect(levelOf(list('Required fields are marked with *.'), 'Unix')).toBe('required');
  });
});

describe('fields of study', () => {
  const education = (item: string) => extractPosting(catalogue, `Requirements\n- ${item}`).education;
  it('reads "PhD in …" as a doctorate with its fields, not as skills', () => {
    const text = 'Requirements\n- PhD in Computer Science, Machine Learning, Statistics or related field.';
    expect(extractPosting(catalogue, text).education).toMatchObject({
      degreeLevels: ['doctorate'],
      fieldsOfStudy: ['Computer Science', 'Machine Learning', 'Statistics'],
    });
    expect(names(text)).toEqual([]);
  });
  it('still reads degree names glued together', () => {
    expect(education('BachelorMasterdegree in Computer Science').degreeLevels).toEqual(['bachelor', 'master']);
  });
  it('reads "a background in A, B, or a related technical field" as fields of study', () => {
    const item = 'A background in computer science, applied mathematics, statistics, or a related technical field.';
    expect(education(item).fieldsOfStudy).toEqual(['computer science', 'applied mathematics', 'statistics']);
    expect(names(`Requirements\n- ${item}`)).toEqual([]);
  });
  it('still reads a strong background in a subject, and experience in a related field, as skills', () => {
    expect(names('Requirements\n- Strong background in machine learning and statistics.')).toEqual(['Machine learning', 'Statistics']);
    expect(names('Requirements\n- 3+ years experience in software engineering or a related field.')).toEqual(['Software engineering']);
  });
});

describe('lists of a testing and data science internship', () => {
  const groupsOf = (text: string): string[][] =>
    extractPosting(catalogue, text).groups.map((g) => g.skills.map((id) => catalogue.skills.get(id)?.name ?? id));
  it('reads the first word of a three-word name coordinated before it ("supervised and unsupervised machine learning")', () => {
    expect(names('Requirements\n- Knowledge of supervised and unsupervised machine learning methods.')).toEqual([
      'Supervised learning',
      'Unsupervised learning',
    ]);
  });
  it('reads no name in "for inferential or predictive purposes"', () => {
    const text = 'Requirements\n- Use supervised and unsupervised machine learning methods, for inferential or predictive purposes';
    expect(names(text)).toEqual(['Supervised learning', 'Unsupervised learning']);
  });
  it('groups each class with its own examples when two classes are joined by "and"', () => {
    const text =
      'Requirements\n- Familiarity with bug-tracking tools like JIRA and basic knowledge of test management software (e.g., XRAY, TestRail, Zephyr Scale).';
    expect(groupsOf(text)).toEqual([['Test management tools', 'Xray Test Management', 'TestRail', 'Zephyr Scale']]);
  });
  it('still groups one class with examples joined by "and" ("software and languages such as SAS, R and SPSS")', () => {
    expect(groupsOf('Requirements\n- Experience with software and languages such as SAS, R and SPSS.')).toEqual([['SAS', 'R', 'SPSS']]);
  });
  it.each([
    ['Speak at meetups and conferences', 'Public Speaking'],
    ['Being awesome and running your own blog', 'Blog Writing'],
  ])('reads "%s" as %s', (item, name) => {
    expect(names(`Responsibilities\n- ${item}`)).toContain(name);
  });
});

describe('who fits, the company’s own stack and its customers', () => {
  it('reads the list under "You should apply if:" as required', () => {
    const text =
      'About the job\nWe build tools.\n\nYou should apply if:\n\n• your written and spoken English is strong\n• you know Python\n\nInterested?';
    expect(asked(text)).toEqual([
      ['English', 'required'],
      ['Python', 'required'],
    ]);
  });
  it('reads a run-on "You should apply if:" on a joined page', () => {
    const duties = 'Work closely with our sales reps to increase understanding of the product during every sale. '.repeat(18);
    const text = `${duties}You should apply if: you know Python and how it works your written and spoken English is strong`;
    expect(levelOf(text, 'Python')).toBe('required');
  });
  it('names no skill in the customers a company lists', () => {
    expect(names('Requirements\n- Snyk serves enterprise customers (including Google, Microsoft, and Digital Ocean).')).not.toContain(
      'DigitalOcean',
    );
  });
  it('reads the stack the company says its projects involve as mentioned, even under Requirements', () => {
    const text =
      'Requirements\n\nYou should have experience coding. Our projects tend to involve Python and JavaScript. You must know SQL.';
    expect(levelOf(text, 'Python')).toBe('mentioned');
    expect(levelOf(text, 'SQL')).toBe('required');
  });
  it('reads "Personal aptitudes" as a heading of skills asked, also run on after a sentence on a joined page', () => {
    expect(levelOf('## Personal aptitudes\n\n* **Problem Solving**: understand each problem.', 'Problem Solving')).toBe('required');
    const duties = 'Deploy services on public and private clouds and configure application and server monitoring. '.repeat(18);
    expect(levelOf(`${duties}Personal aptitudes Problem Solving: understand the essence of each problem.`, 'Problem Solving')).toBe(
      'required',
    );
  });
});

describe('a wish label inside an item', () => {
  it('makes what follows it a plus and leaves what comes before it asked', () => {
    const text = 'Requirements\n- Strong SQL; bonus if you know dbt.';
    expect(levelOf(text, 'SQL')).toBe('required');
    expect(levelOf(text, 'dbt')).toBe('preferred');
  });
  it('labels what follows it in a list run on into one line ("… mindset bonus - you have experience …")', () => {
    const text =
      'You should apply if:\n\n• you know Python and how it works you have a team-oriented mindset bonus - you have experience within solutions engineering';
    expect(levelOf(text, 'Python')).toBe('required');
    expect(levelOf(text, 'Presales')).toBe('preferred');
  });
});

describe('web analytics and sales engineering names', () => {
  it.each([
    ['Advise clients on the use of related methods such as surveys or heat maps', 'Heatmap Analysis'],
    ['Support user guidance through personalization', 'Personalization'],
    ['Give technical demos to new and existing customers', 'Product Demonstrations'],
  ])('reads "%s" as %s', (item, name) => {
    expect(names(`Responsibilities\n- ${item}`)).toContain(name);
  });
  it('reads "a WordPress-powered platform" as no Microsoft Power Platform', () => {
    expect(names('Responsibilities\n- Host member websites using a WordPress-powered platform we built.')).not.toContain(
      'Microsoft Power Platform',
    );
  });
});

describe('an internship in product, a coordinator and an embedded engineer', () => {
  it('reads the teams named in brackets as teams', () => {
    const item = 'Work with cross-functional teams (business, marketing, product, development, UI&UX, analytics)';
    expect(names(`Responsibilities\n- ${item}`)).not.toContain('Marketing');
    expect(names(`Responsibilities\n- ${item}`)).not.toContain('Analytics');
  });
  it('reads "you can cut through the noise" as no cane cutting', () => {
    expect(names('Requirements\n- Strong problem-solving abilities - you can cut through the noise')).not.toContain(
      'Sugarcane Cultivation',
    );
  });
  it('reads "Candidates should show …" as an ask', () => {
    const text = 'About the position\n\nCandidates should show an impressive background with UI design.';
    expect(levelOf(text, 'UI Design')).toBe('required');
  });
  it('reads product owners worked with as colleagues, and experience as a product owner as product management', () => {
    expect(names('Responsibilities\n- Collaborate with data engineers, product owners, architects and data analysts.')).not.toContain(
      'Product Management',
    );
    expect(names('Requirements\n- 3+ years of experience as a product owner.')).toEqual(['Product Management']);
  });
  it.each([
    ['Administrative experience, and excellent verbal communication skills', 'Administrative Support'],
    ['Highly collaborative with an ability to work with stakeholders across various departments', 'Stakeholder Management'],
    ['Develop code for power-saving and sleep modes of the microcontroller', 'Low-power design'],
    ['Develop libraries for interfacing of various sensors such as accelerometers', 'Sensor Design and Characterization'],
  ])('reads "%s" as %s', (item, name) => {
    expect(names(`Requirements\n- ${item}`)).toContain(name);
  });
  it('reads the practice of a project coordinator hired', () => {
    expect(names("We're looking for a Project Coordinator to join our Toronto team.")).toContain('Project Coordination');
  });
});

describe('"Good to have skills"', () => {
  it('is a heading of wishes, also glued between the lists of a page whose lines were joined', () => {
    expect(levelOf('Good to have skills\n\n• Experience with JTAG debugging', 'JTAG debugging')).toBe('preferred');
    const glued = 'Required skillsExcellent communication skillsGood to have skillsProject experience with JTAG, SWD';
    expect(levelOf(glued, 'Communication')).toBe('required');
    expect(levelOf(glued, 'JTAG debugging')).toBe('preferred');
  });
});

describe('a merit, an importance and a knowledge not required', () => {
  it('reads "it is extra meriting" as a plus', () => {
    const text =
      'For this position we require:\n\n- Some experience with Android\n\nIf you have experience with some of the following it is extra meriting:\n\n- Git';
    expect(levelOf(text, 'Android')).toBe('required');
    expect(levelOf(text, 'Git')).toBe('preferred');
  });
  it('reads "Coding skills are important" as an ask', () => {
    const text = 'Junior Analyst\n\nWe are a small firm in Oslo. Coding skills are important for this internship.';
    expect(levelOf(text, 'Programming')).toBe('required');
  });
  it('reads languages whose "prior knowledge … is not required" as mentioned', () => {
    const text =
      'Role\n\nCoding matters. Besides, we occasionally code in Go, C++ and CUDA but prior knowledge of these languages is not required.';
    expect(levelOf(text, 'Go')).toBe('mentioned');
  });
});

describe('a degree lead-in over a list of fields', () => {
  it('reads the list under "a Bachelor’s degree in one of these disciplines:" as fields of study, not skills', () => {
    const text =
      'Requirements\n\nApplicants must have at least a Bachelor’s degree in one of these disciplines:\n- Computational biology, bioinformatics, statistics, or other related fields\n\nApplicants should have:\n- Strong programming experience (R, Python)';
    const analysis = extractPosting(catalogue, text);
    expect(analysis.education).toMatchObject({
      degreeLevels: ['bachelor'],
      fieldsOfStudy: ['Computational biology', 'bioinformatics', 'statistics'],
    });
    expect(names(text)).toEqual(['Programming', 'R', 'Python']);
  });
});
