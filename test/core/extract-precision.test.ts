import { describe, expect, it } from 'vitest';
import { extractPosting, type PostingAnalysis } from '../../src/core/extract/extract.js';
import { compileTaxonomy } from '../../src/core/taxonomy/compile.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { detectSections } from '../../src/core/text/sections.js';
import { FIXTURE_SEEDS } from '../fixtures/seeds.js';

const taxonomy = compileTaxonomy(FIXTURE_SEEDS, 'fixture');
const levels = (a: PostingAnalysis) => Object.fromEntries(a.requirements.map((r) => [r.skill.id, r.level]));
const levelsOf = (text: string) => levels(extractPosting(taxonomy, text));
const groupSets = (text: string) => extractPosting(taxonomy, text).groups.map((g) => [...g.skills].sort());
const headings = (text: string) => {
  const doc = normalizeText(text);
  return detectSections(doc.text, doc.markedHeadings).map((s) => [s.kind, s.heading]);
};

describe('person-specification tables', () => {
  it('gives each cell the level of its column, whatever section the table sits in', () => {
    const text = [
      'Main duties',
      '- Build reports.',
      '',
      '| Criteria | Essential | Desirable | How identified |',
      '| --- | --- | --- | --- |',
      '| Knowledge | Working knowledge of SQL | Python | Interview |',
      '| Tools | Tableau | | Application |',
    ].join('\n');
    expect(levelsOf(text)).toEqual({ sql: 'required', python: 'preferred', tableau: 'required' });
  });

  it('leaves a table without level columns to its section', () => {
    expect(levelsOf('Responsibilities:\n| Area | Tools |\n| --- | --- |\n| Reporting | SQL and Tableau |')).toEqual({
      sql: 'mentioned',
      tableau: 'mentioned',
    });
  });
});

describe('headings read from their words, whatever the employer calls them', () => {
  it.each([
    [
      'a skill set written with the plural ("General skills set")',
      'Data Engineer\n\n## General skills set:\n- SQL\n## Nice to have:\n- Python',
      [
        ['intro', ''],
        ['skills', 'General skills set'],
        ['preferred', 'Nice to have'],
      ],
    ],
    [
      "a form's fields named by section nouns, a guidelines heading, a demands heading and Markdown hard line breaks",
      'Intro.\nGENERAL QUALIFICATION GUIDELINES\nKnowledge/Skills/Abilities: Knowledge of SQL.\nMental/Physical/Environmental Demands\nLifting.\n**Knowledge, Skills and Abilities Required:**\\\nPython\\',
      [
        ['intro', ''],
        ['qualifications', 'GENERAL QUALIFICATION GUIDELINES'],
        ['skills', 'Knowledge/Skills/Abilities'],
        ['boilerplate', 'Mental/Physical/Environmental Demands'],
        ['required', 'Knowledge, Skills and Abilities Required'],
      ],
    ],
    [
      'two headings joined by "and", glued to the text after them',
      'Intro text.ResponsibilitiesBuild reports.Required Skills And QualificationsCurrently pursuing a degree.Preferred Skills And QualificationsSQL',
      [
        ['intro', ''],
        ['responsibilities', 'Responsibilities'],
        ['required', 'Required Skills And Qualifications'],
        ['preferred', 'Preferred Skills And Qualifications'],
      ],
    ],
    [
      'a heading of two words running into a capitalised sentence',
      'Intro text.Key job responsibilities Build reports.Basic Qualifications Are enrolled in a degree.',
      [
        ['intro', ''],
        ['responsibilities', 'Key job responsibilities'],
        ['required', 'Basic Qualifications'],
      ],
    ],
    [
      'what the job is measured by',
      'Daily Tasks\n- Run pilot tests\nKey Performance Indicators\n- Successful operation of equipment\nRequirements\n- SQL',
      [
        ['responsibilities', 'Daily Tasks'],
        ['responsibilities', 'Key Performance Indicators'],
        ['required', 'Requirements'],
      ],
    ],
    [
      'a background asked for, and a plus said twice',
      'Duties\nBuild reports.\nRequired Background\nSQL\nDesired Background\nPython\nHighly Desirable\nExcel',
      [
        ['responsibilities', 'Duties'],
        ['required', 'Required Background'],
        ['preferred', 'Desired Background'],
        ['preferred', 'Highly Desirable'],
      ],
    ],
    [
      'form-field headings in capitals',
      'ESSENTIAL FUNCTIONS:\nBuild reports.\nOTHER QUALIFICATIONS:\nSQL',
      [
        ['responsibilities', 'ESSENTIAL FUNCTIONS'],
        ['qualifications', 'OTHER QUALIFICATIONS'],
      ],
    ],
    [
      'a person specification and what makes a candidate stand out',
      'Intro\nThe person in this role will manage SQL.\nThe Person\nSQL\nWhat Will Make You Stand Out\nPython',
      [
        ['intro', ''],
        ['required', 'The Person'],
        ['preferred', 'What Will Make You Stand Out'],
      ],
    ],
    [
      "USAJobs' evaluation headings, which list the competencies asked",
      'Duties\nBuild reports.\n## Evaluations\nWe measure these:\n- Communication\nHow You Will Be Evaluated\n- SQL',
      [
        ['responsibilities', 'Duties'],
        ['qualifications', 'Evaluations'],
        ['qualifications', 'How You Will Be Evaluated'],
      ],
    ],
    [
      'what sets a candidate apart, helpful skills and credentials',
      "Duties\nBuild reports.\nWho We're Looking For\nSQL\nCREDENTIALS:\nCPA\nWhat Sets You Apart\nPython\n**Helpful Skills**\nR",
      [
        ['responsibilities', 'Duties'],
        ['required', "Who We're Looking For"],
        ['required', 'CREDENTIALS'],
        ['preferred', 'What Sets You Apart'],
        ['preferred', 'Helpful Skills'],
      ],
    ],
    [
      'one word that says the level',
      'Duties\nBuild reports.\nRequired:\nSQL\nDesired:\nPython',
      [
        ['responsibilities', 'Duties'],
        ['required', 'Required'],
        ['preferred', 'Desired'],
      ],
    ],
    [
      'headings that say so in a sentence',
      "Duties\nBuild reports.\nYou'll Thrive If\nSQL\nWhat We'd Love To See\nPython",
      [
        ['responsibilities', 'Duties'],
        ['required', "You'll Thrive If"],
        ['preferred', "What We'd Love To See"],
      ],
    ],
    [
      "NYC Jobs' abbreviated and strongly levelled headings",
      'Minimum Qual Requirements\nSQL\nStrongly Preferred Qualifications:\nPython',
      [
        ['required', 'Minimum Qual Requirements'],
        ['preferred', 'Strongly Preferred Qualifications'],
      ],
    ],
    [
      'duties called contributions',
      'Intro\n\n**YOUR CONTRIBUTIONS:**\n- SQL',
      [
        ['intro', ''],
        ['responsibilities', 'YOUR CONTRIBUTIONS'],
      ],
    ],
    [
      'a hiring or benefits heading, whatever describes it',
      'Requirements\nSQL\nValues-Driven Hiring\nWe hire for communication.\nOur Amazing Perks\nPython lessons',
      [
        ['required', 'Requirements'],
        ['boilerplate', 'Values-Driven Hiring'],
        ['boilerplate', 'Our Amazing Perks'],
      ],
    ],
    [
      'the ideal candidate is the profile hoped for',
      'Requirements\nSQL\n### Ideal candidate\nPython',
      [
        ['required', 'Requirements'],
        ['preferred', 'Ideal candidate'],
      ],
    ],
    [
      'title case alone on its line',
      'Desired Skills & Experience\nPython\nEssential Criteria\nSQL\nPhysical Demands\nLifting 10 kg.',
      [
        ['preferred', 'Desired Skills & Experience'],
        ['required', 'Essential Criteria'],
        ['required', 'Physical Demands'],
      ],
    ],
    ['a capitals label with its value on the same line', 'EXPERIENCE: Three years with SQL.', [['experience', 'EXPERIENCE']]],
    ['a title-case label on its own line', 'Knowledge, Skills and Abilities:\nSQL', [['skills', 'Knowledge, Skills and Abilities']]],
    [
      'a level after the head noun',
      'Knowledge, Skills and Abilities Required\nSQL\nExperience Preferred\nPython',
      [
        ['required', 'Knowledge, Skills and Abilities Required'],
        ['preferred', 'Experience Preferred'],
      ],
    ],
    [
      'working conditions and duties by other names',
      'Typical Duties\nBuild reports.\nRequired Behaviors\nTeamwork\nWorking Conditions and Physical Effort\nLifting 10 kg.',
      [
        ['responsibilities', 'Typical Duties'],
        ['required', 'Required Behaviors'],
        ['boilerplate', 'Working Conditions and Physical Effort'],
      ],
    ],
    [
      'a modifier sets the level',
      'DESIRED EXPERIENCE\nPython\nMINIMUM EXPERIENCE:\nSQL',
      [
        ['preferred', 'DESIRED EXPERIENCE'],
        ['required', 'MINIMUM EXPERIENCE'],
      ],
    ],
    [
      'a company name with inner capitals after "About"',
      'Requirements:\nSQL\nAbout TikTok\nTikTok is a platform.',
      [
        ['required', 'Requirements'],
        ['boilerplate', 'About TikTok'],
      ],
    ],
    [
      'an anonymised corpus\'s stand-in for the name after "About"',
      'Requirements:\nSQL\nAbout <ORGANIZATION>\n<ORGANIZATION> is a platform.',
      [
        ['required', 'Requirements'],
        ['boilerplate', 'About <ORGANIZATION>'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(headings(text)).toEqual(expected);
  });

  it('reads Markdown headings as headings', () => {
    expect(headings('Intro.\n## Responsibilities\n- Build reports.\n### Requirements for Applicants\n- SQL')).toEqual([
      ['intro', ''],
      ['responsibilities', 'Responsibilities'],
      ['required', 'Requirements for Applicants'],
    ]);
    expect(levelsOf('## Responsibilities\n* Build Tableau reports.\n\n## Requirements\n* 2+ years with SQL')).toEqual({
      tableau: 'mentioned',
      sql: 'required',
    });
  });

  it('reads a heading run into a numbered page when a list starts after it', () => {
    expect(headings('Duties: 1. Build reports. 2. Train staff. Preferred Skills 1. Two years with SQL.')).toEqual([
      ['responsibilities', 'Duties'],
      ['preferred', 'Preferred Skills'],
    ]);
    expect(headings('Intro. We use Python 3. Tableau is great.')).toEqual([['intro', '']]);
  });

  it('reads a marked heading by its head noun whatever names the role before it, and through bold marks', () => {
    expect(headings('Intro.\n### Data Engineer (Junior) Requirements\n- SQL\n## **Great-to-haves**\n- Python')).toEqual([
      ['intro', ''],
      ['required', 'Data Engineer (Junior) Requirements'],
      ['preferred', 'Great-to-haves'],
    ]);
    expect(levelsOf('Intro.\n## **Requirements**\n- SQL\n## About the Data Team\n- Python')).toEqual({
      sql: 'required',
      python: 'mentioned',
    });
  });

  it('reads a Markdown heading in any case, and a new heading of its level ends an "About us" blurb', () => {
    const text = '## About Us\nWe are a school.\n## Main duties and responsibilities\n- Prepare lessons.\n## Where We Work\nFive schools.';
    expect(headings(text)).toEqual([
      ['boilerplate', 'About Us'],
      ['responsibilities', 'Main duties and responsibilities'],
      ['intro', 'Where We Work'],
    ]);
    expect(headings('## Requirements\n- SQL\n### Technical\n- Python\n## Our Story\nFounded in 2001.')).toEqual([
      ['required', 'Requirements'],
      ['boilerplate', 'Our Story'],
    ]);
    expect(headings('About us:\nWe sell tea.\n## Getting Started\nYou will use Excel.')).toEqual([
      ['boilerplate', 'About us'],
      ['intro', 'Getting Started'],
    ]);
    expect(levelsOf('## About Us\nWe use Tableau.\n## Your Tasks Here\n- Build Tableau reports with SQL.')).toEqual({
      tableau: 'mentioned',
      sql: 'mentioned',
    });
  });

  it.each([
    ['a sentence-case label with text after it', 'Intro.\nStrong communication skills: you explain results.'],
    ['a label whose last word names no section', 'Intro.\nQUARTERLY SALES TARGETS FOR NEW HIRES:\nSQL'],
    ['a label opening with a connector', 'Intro.\nAND SKILLS\nSQL'],
    ['a title-case line that names a skill', 'Intro.\nStrong Communication Skills\nYou explain results.'],
    ['a label that names a skill', 'Intro.\nCommunication Skills:\nYou explain results.\nPYTHON KNOWLEDGE\nPandas'],
  ])('does not take %s for a heading', (_name, text) => {
    expect(headings(text)).toEqual([['intro', '']]);
  });

  it('reads an applicant-tracking layout with the levels it states', () => {
    const text = [
      'Data Analyst',
      'ESSENTIAL FUNCTIONS:',
      'Maintain Tableau dashboards.',
      'EDUCATION:',
      "Bachelor's degree.",
      'EXPERIENCE:',
      'Two years of SQL and Python.',
      'OTHER QUALIFICATIONS:',
      'Excel and communication skills.',
      'PREFERRED EXPERIENCE:',
      'Power BI',
    ].join('\n');
    expect(levelsOf(text)).toEqual({
      sql: 'required',
      python: 'required',
      excel: 'required',
      communication: 'required',
      'power-bi': 'preferred',
      tableau: 'mentioned',
    });
  });
});

describe('what the candidate should have', () => {
  it.each([
    ['Responsibilities\n- Revise requirement documentation and build SQL reports.', { sql: 'mentioned' }],
    ['Responsibilities\n- SQL is a strict requirement.', { sql: 'required' }],
    [
      'Data Analyst\n\nThe ideal candidate will have strong SQL and communication skills.',
      { sql: 'preferred', communication: 'preferred' },
    ],
    ['Responsibilities\n- Working knowledge of SQL is necessary.', { sql: 'required' }],
    ['Responsibilities\n- Maintain SQL reports as necessary.', { sql: 'mentioned' }],
  ])('reads "requirement" as a cue only when it says so: %j', (text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });

  it.each([
    ['Responsibilities\n- Prepare all required reports in Excel.', { excel: 'mentioned' }],
    ['Responsibilities\n- Perform the essential functions using SQL.', { sql: 'mentioned' }],
    ['Responsibilities\n- Complete mandatory training in Python.', { python: 'mentioned' }],
    ['Responsibilities\n- Complete all required in-service training in Python.', { python: 'mentioned' }],
    ['Responsibilities\n- Required to train to learn Python (at no cost).', { python: 'mentioned' }],
    ['Responsibilities\n- Use Tableau when required.', { tableau: 'mentioned' }],
    ['Responsibilities\n- Excel required; SQL is essential.', { excel: 'required', sql: 'required' }],
  ])('reads "required", "essential" and "mandatory" as asks only when said of the candidate: %j', (text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });

  it.each([
    ['Analyst\n\nJob Description:\nHe or she is able to build SQL reports.', { sql: 'required' }],
    ['Analyst\n\nJob Description:\nThe successful candidate will be able to build Tableau dashboards.', { tableau: 'required' }],
    ['Analyst\n\nJob Description:\nHe or she is also skilled in Tableau.', { tableau: 'required' }],
    ['Analyst\n\nJob Description:\nHe or she builds SQL reports.', { sql: 'mentioned' }],
    [
      'Analyst\n\nJob Description:\nThe successful applicant will have experience of a similar role. They will be able to build SQL reports.',
      { sql: 'required' },
    ],
    ['Analyst\n\nJob Description:\nWe have ten analysts. They are experienced with SQL.', { sql: 'mentioned' }],
    ['Analyst\n\nAbout the job\nWe run workshops. The Data Analyst needs strong SQL skills.', { sql: 'required' }],
    ['Analyst\n\nAbout the job\nWe run workshops. The role will need strong SQL skills.', { sql: 'required' }],
    ['Analyst\n\nAbout the job\nWe run workshops. The analyst needs to build SQL reports.', { sql: 'mentioned' }],
  ])('reads the candidate described in the third person, or what the job holder needs, as asked: %j', (text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });

  it.each([
    'Even better if you know SQL.',
    "It'd be great if you know SQL.",
    'Experience with SQL would be ideal.',
    'SQL experience will help.',
    'Experience with SQL is beneficial.',
    'Knowledge of SQL would be highly regarded.',
    'SQL is an added advantage.',
    'SQL experience an advantage.',
    'Extra points for SQL.',
    "We'd love it if you know SQL.",
    'Familiarity with SQL would be a great addition.',
    'Knowledge of SQL is considered an asset.',
    'Great to have: SQL.',
    'Experience with SQL will be viewed favourably.',
    'Any experience with SQL is appreciated.',
    'Exposure to SQL is valued.',
    'Experience with SQL, which is not a must.',
    'SQL experience would set you apart.',
    'SQL, if possible.',
  ])('reads a hedge in its many wordings as a plus: %j', (item) => {
    expect(levelsOf(`Requirements\n- Python\n- ${item}`)).toEqual({ python: 'required', sql: 'preferred' });
  });

  it.each([
    'Ability to build mutually beneficial relationships using SQL.',
    'Take advantage of SQL to build reports.',
    'Use SQL to track desired patient outcomes.',
    'Buy SQL training through the use of preferred providers.',
  ])('keeps the level where the hedge word says something else: %j', (item) => {
    expect(levelsOf(`Requirements\n- ${item}`)).toEqual({ sql: 'required' });
  });

  it('reads "should have" and "should be proficient in" as asked, in any section', () => {
    expect(
      levelsOf('About the role\nYou should have experience with SQL and should be proficient in Python.\nYou will use Excel.'),
    ).toEqual({
      sql: 'required',
      python: 'required',
      excel: 'mentioned',
    });
  });
});

describe('a lead-in that asks levels the list under it', () => {
  it.each([
    ['The successful candidate must have:\n- Python\n- SQL', { python: 'required', sql: 'required' }],
    ['- Beyond research, we expect expertise in one of the following:\n- Python\n- SQL', { python: 'required', sql: 'required' }],
    ['This is what you will need to have:\n• Python\n• SQL', { python: 'required', sql: 'required' }],
    ['Bonus points if you have:\n- Python\n- SQL', { python: 'preferred', sql: 'preferred' }],
    // The only list the posting asks with: the profile it hires is its requirements.
    ['The ideal candidate will have:\n- Python\n- SQL', { python: 'required', sql: 'required' }],
    // A short line over a list opens it without its colon.
    ['Bonus if you have\n- Python\n- SQL', { python: 'preferred', sql: 'preferred' }],
    ['Helpful work experience (not necessarily required):\n- Python\n- SQL', { python: 'preferred', sql: 'preferred' }],
    ['Even better if you have experience with:\n- Python\n- SQL', { python: 'preferred', sql: 'preferred' }],
    ['The more experience you have with these, the better:\n- Python\n- SQL', { python: 'preferred', sql: 'preferred' }],
    // Duties and opportunities are not asked for.
    ['The supervisor will be required to:\n- Python\n- SQL', { python: 'mentioned', sql: 'mentioned' }],
    ['In this role you will have the opportunity to:\n- Python\n- SQL', { python: 'mentioned', sql: 'mentioned' }],
  ])('%j', (leadIn, expected) => {
    expect(levelsOf(`Data Analyst\n\nResponsibilities\n- Build reports in Excel.\n${leadIn}\n\nAbout us\nWe sell shoes.`)).toEqual({
      excel: 'mentioned',
      ...expected,
    });
  });

  it('reads the tools the job uses as named, not asked, whatever section they sit in', () => {
    expect(levelsOf("Requirements\n- Excel\nSoftware & Tools You'll Use:\n- Python\n- SQL")).toEqual({
      excel: 'required',
      python: 'mentioned',
      sql: 'mentioned',
    });
  });

  it('reads what the candidate is given as a perk, and the kind of product the employer is as no stack', () => {
    expect(levelsOf('Requirements:\n- We offer training in SQL.\n- You will receive Python training.\n- Tableau')).toEqual({
      tableau: 'required',
    });
    expect(levelsOf('The role\nAcme is the leading maker of BI tools.\nRequirements:\n- SQL')).toEqual({ sql: 'required' });
  });

  it('reads a list of perks opened without a colon as perks', () => {
    expect(levelsOf("Requirements\n- SQL\nIn return you'll get\n- Free Python training\n- A Tableau licence")).toEqual({ sql: 'required' });
  });

  it('takes no lead-in from the end of a list item cut by a semicolon', () => {
    expect(levelsOf('Qualifications\n- BA in Economics; Tableau preferred.\n- Strong SQL skills')).toEqual({
      tableau: 'preferred',
      sql: 'required',
    });
  });

  it('reads "the best candidates will have" as the profile hoped for', () => {
    expect(levelsOf('About the role\nThe best candidates will have experience with SQL.\nRequirements\n- Python')).toEqual({
      sql: 'preferred',
      python: 'required',
    });
  });

  it('never lowers a requirements section with an ideal profile', () => {
    expect(levelsOf('Requirements\nThe ideal candidate will have:\n- Python\n\nThe ideal candidate has SQL.')).toEqual({
      python: 'required',
      sql: 'required',
    });
  });

  it("ends with the list: a paragraph after it keeps its section's level", () => {
    expect(levelsOf('Responsibilities\nYou will need:\n- Python\n\nYou will work with SQL daily.')).toEqual({
      python: 'required',
      sql: 'mentioned',
    });
  });
});

describe('a sentence that asks for what the one before it named', () => {
  it('levels and groups the names it refers back to', () => {
    const text =
      'Engineer\n\nOur core languages are Go, Java and Python. You should have experience with at least two of those languages.\n\nAbout us\nWe sell shoes.';
    expect(levelsOf(text)).toEqual({ go: 'required', java: 'required', python: 'required' });
    expect(groupSets(text)).toEqual([['go', 'java', 'python']]);
  });

  it('asks for all of them without a choice', () => {
    const text = 'Engineer\n\nWhat you do\n- Build reports in Excel and SQL.\n- Experience with these is required.';
    expect(levelsOf(text)).toEqual({ excel: 'required', sql: 'required' });
    expect(groupSets(text)).toEqual([]);
  });

  it('leaves a sentence that refers to its own names or to a list after it alone', () => {
    expect(
      levelsOf('Engineer\n\nWhat you do\n- Build reports in Excel.\n- Our services run on Python, so expertise in these is a plus.'),
    ).toEqual({ excel: 'mentioned', python: 'preferred' });
    expect(levelsOf('Engineer\n\nWhat you do\n- Build reports in Excel.\n- Fluency in one of these languages: Python, Go.')).toEqual({
      excel: 'mentioned',
      python: 'mentioned',
      go: 'mentioned',
    });
  });
});

describe('a hedge binds to what it qualifies', () => {
  it.each([
    [
      'a hedged parenthetical lowers only the names inside it',
      'Requirements:\n- Comfort with programming (ideally in Python and R)',
      { programming: 'required', python: 'preferred', r: 'preferred' },
    ],
    ['a forward hedge lowers what follows it', 'Requirements:\n- SQL, preferably PostgreSQL', { sql: 'required', postgresql: 'preferred' }],
    ['a hedge ending a clause of its own', 'Requirements:\n- SQL required, Python a plus', { sql: 'required', python: 'preferred' }],
    [
      'a hedge and an ask in clauses of their own, whichever comes first',
      'Requirements:\n- Knowledge of Spanish preferred but English required\n- Experience with Tableau preferred, Excel is a must',
      { spanish: 'preferred', english: 'required', tableau: 'preferred', excel: 'required' },
    ],
    [
      'an ask and a hedge around one name',
      'Requirements:\n- Python required and Tableau preferred',
      { python: 'required', tableau: 'preferred' },
    ],
    [
      'a clause without a cue takes the cue of the next one',
      'Requirements:\n- SQL and Python required, Tableau preferred',
      { sql: 'required', python: 'required', tableau: 'preferred' },
    ],
    [
      'a hedge after years asked in a clause of their own',
      'Requirements:\n- 3+ years of SQL, with Tableau experience a plus',
      { sql: 'required', tableau: 'preferred' },
    ],
    [
      'a hedge ending the clause after an asking one',
      'Requirements:\n- Proficient in English, other languages such as Spanish a plus',
      { english: 'required', spanish: 'preferred' },
    ],
    [
      'a hedge ending a list qualifies the whole list',
      'Requirements:\n- Experience with Tableau, Excel and Power BI a plus',
      { tableau: 'preferred', excel: 'preferred', 'power-bi': 'preferred' },
    ],
    [
      'a hedge with nothing after it qualifies the whole item',
      'Requirements:\n- Python and SQL (preferred)',
      { python: 'preferred', sql: 'preferred' },
    ],
    [
      'a hedge opening the item qualifies all of it',
      'Requirements:\n- Ideally Tableau and Excel',
      { tableau: 'preferred', excel: 'preferred' },
    ],
    [
      'a hedge on something that is not a skill leaves the skills alone',
      'Requirements:\n- Experience with Tableau or Power BI, ideally in a fast-paced environment',
      { tableau: 'required', 'power-bi': 'required' },
    ],
    ['a hedge ending the item looks back at it', 'Requirements:\n- Python experience, ideally.', { python: 'preferred' }],
    [
      'a bracket naming its own preference leaves the rest of the item as asked',
      'Requirements:\n- Experience with Python, R, or SQL for analysis (Python preferred)',
      { python: 'required', r: 'required', sql: 'required' },
    ],
    ['a bare hedge in brackets with filler words still qualifies the item', 'Requirements:\n- SQL (a big plus)', { sql: 'preferred' }],
    ['a bare hedge of many words qualifies the item', 'Requirements:\n- Python (preferred but not required)', { python: 'preferred' }],
    ['a bare hedge of hedge words only qualifies the item', 'Requirements:\n- Python (ideal but not required)', { python: 'preferred' }],
    [
      'a bracket that hedges a name of its own leaves the clause before it',
      'Requirements:\n- Position requires 3+ years of Python, SQL and Excel experience (certification not required)',
      { python: 'required', sql: 'required', excel: 'required' },
    ],
    ['an intensified plus in brackets qualifies the item', 'Requirements:\n- SQL (would be a very big plus)', { sql: 'preferred' }],
    [
      'a trailing "is a plus" still qualifies the whole item',
      'Requirements:\n- Python and SQL is a plus',
      { python: 'preferred', sql: 'preferred' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });

  it('does not group what is asked with what is hoped for', () => {
    expect(groupSets('Requirements:\n- SQL, ideally PostgreSQL or MySQL')).toEqual([['mysql', 'postgresql']]);
  });
});

describe('an interest is not a requirement', () => {
  it.each([
    ['an interest', 'Requirements:\n- Interest in machine learning', { 'machine-learning': 'preferred' }],
    ['a passion still asks', 'Requirements:\n- A passion for data visualization', { 'data-visualization': 'required' }],
    [
      'an interest beside what is asked',
      'Requirements:\n- Strong SQL and an interest in machine learning.',
      { sql: 'required', 'machine-learning': 'preferred' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });
});

describe('alternatives inside long sentences', () => {
  it.each([
    [
      'a slash pair inside a list joined by "and" is the only choice',
      'Requirements:\n- Experience with Python, Tableau / Power BI, and SQL',
      [['power-bi', 'tableau']],
    ],
    [
      'a choice among examples starts at the class they illustrate',
      'Requirements:\n- Strong SQL, with experience in BI tools such as Tableau or Power BI',
      [['business-intelligence', 'power-bi', 'tableau']],
    ],
    [
      '"including …, etc." opens examples',
      'Requirements:\n- Experience with BI tools, including Tableau, Power BI, etc.',
      [['business-intelligence', 'power-bi', 'tableau']],
    ],
    ['"including" without "etc." lists what is asked', 'Requirements:\n- BI tools, including Tableau and Power BI', []],
    [
      'a list under "one of the following"',
      'Requirements:\nExperience must include ONE of the following:\n- Tableau\n- Power BI\nAlso:\n- SQL',
      [['power-bi', 'tableau']],
    ],
    [
      'a numbered list under "one or more of the following"',
      'Requirements:\nKnowledge of one or more of the following:\n1. Tableau\n2. Power BI\nAlso SQL and Python.',
      [['power-bi', 'tableau']],
    ],
    [
      'each numbered choice ends where the next one opens',
      'Requirements\n1. Experience must include ONE of the following:\n- Python\n- Java\n\n2. Experience must include TWO of the following:\n- SQL\n- Excel',
      [
        ['java', 'python'],
        ['excel', 'sql'],
      ],
    ],
    [
      'names after "at least two of these:"',
      'Requirements:\n- At least two of these languages: Python, Java, Go.\n- SQL',
      [['go', 'java', 'python']],
    ],
    [
      '"or similar tools" before the sentence goes on',
      'Requirements:\n- Experience with Tableau, Power BI, or similar tools, and strong communication skills',
      [['power-bi', 'tableau']],
    ],
    [
      'an "or" list closed before a new phrase',
      'Requirements:\n- Background in e-commerce, trust and safety, or related fields, with knowledge of content moderation.',
      [['e-commerce', 'trust-and-safety']],
    ],
    [
      'a class after "another" or "comparable" joins the choice',
      'Requirements:\n- Tableau, Power BI or another BI tool\n- Python, Java, or comparable programming languages',
      [
        ['business-intelligence', 'power-bi', 'tableau'],
        ['java', 'programming', 'python'],
      ],
    ],
    ['an "and" outside the choice', 'Requirements:\n- SQL and Python or R', [['python', 'r']]],
    ['a slash inside unnamed words', 'Requirements:\n- Excel, user/system/functional requirements and SQL', []],
    ['a list before an "or" of two', 'Requirements:\n- SQL, Python and Tableau or Power BI', [['power-bi', 'tableau']]],
    ['an "or" list with commas', 'Requirements:\n- Excel, SQL, Python, or R', [['excel', 'python', 'r', 'sql']]],
    [
      'an "or" list with three names the catalogue lacks between two it knows: all five are the choice',
      'Requirements:\n- Experience in Excel, Receiving, Shipping, Inventory, or Stata',
      [['excel', 'stata', 'unlisted-inventory', 'unlisted-receiving', 'unlisted-shipping']],
    ],
    [
      'an "or" pair in a list that ends in "and": the names after the pair are more items, not options',
      'Requirements:\n- Experience with Python or R, SQL, and Excel',
      [['python', 'r']],
    ],
    ['an "or" pair before a comma', 'Requirements:\n- Experience with Python or R, SQL', [['python', 'r']]],
    ["a product's parts in brackets are all asked", 'Requirements:\n- Python (Excel, SQL)', []],
    ["a product's parts after its skills are all asked", 'Requirements:\n- Strong Python skills (PyTorch, SQL)', []],
    [
      'a class of tools with examples in brackets is a choice',
      'Requirements:\n- BI tools (Tableau, Power BI)',
      [['business-intelligence', 'power-bi', 'tableau']],
    ],
    [
      "a topic's methods in brackets are all asked",
      'Requirements:\n- Data analysis (survey design, a/b testing) and Python or R',
      [['python', 'r']],
    ],
    [
      'examples after a class named further back, after other names',
      'Requirements:\n- Python, and software for static and dynamic charts such as Tableau, Power BI and Excel',
      [['excel', 'power-bi', 'tableau']],
    ],
    ['a class with one example asks for the class', 'Requirements:\n- BI tools such as Tableau\n- SQL', []],
    [
      'a choice among duties only mentioned asks nothing, so it is no group',
      'Duties:\n- Publish findings in Tableau or Power BI dashboards\nRequirements:\n- SQL or Python',
      [['python', 'sql']],
    ],
    [
      'the same choice said twice is one group',
      'Requirements:\n- Tableau/Looker Studio\n- Dashboards in Tableau/Looker Studio',
      [['looker-studio', 'tableau']],
    ],
    ["the employer's own tools in brackets are all meant", 'Requirements:\n- Plan work in our tools (Excel, Google Sheets)', []],
    [
      'a class of tools in brackets is a choice, the named accounts are all meant',
      'Requirements:\n- Spreadsheet tools (Excel, Google Sheets)\n- Keep all our reports (Excel, Google Sheets) up to date',
      [['excel', 'google-sheets']],
    ],
    [
      'methods in brackets offered as examples are a choice',
      'Requirements:\n- Data analysis (survey design, a/b testing, and so on)',
      [['a-b-testing', 'data-analysis', 'survey-design']],
    ],
    [
      'a name right after a choice is what the choice qualifies',
      'Requirements:\n- Tableau or Power BI data visualization',
      [['power-bi', 'tableau']],
    ],
    [
      'names right after "at least one of" and "any of", up to an "and"',
      'Requirements:\n- Familiarity with at least one of SQL, Python, R\n- Proficiency in any of Tableau, Power BI or Excel, and Stata',
      [
        ['excel', 'power-bi', 'tableau'],
        ['python', 'r', 'sql'],
      ],
    ],
    ['what comes on top of a choice is asked beside it', 'Requirements:\n- Either SPSS or Stata, plus Excel', [['spss', 'stata']]],
    ['names after "any of:"', 'Requirements:\n- Any of: Tableau, Power BI, Excel.', [['excel', 'power-bi', 'tableau']]],
    [
      'names after "one or more of:"',
      'Requirements:\n- Experience with one or more of: Tableau, Power BI, Excel.',
      [['excel', 'power-bi', 'tableau']],
    ],
    [
      'a choice in brackets, then more skills',
      'Requirements:\n- Experience with BI tools (Tableau, Power BI or similar) and with SQL and Python',
      [['business-intelligence', 'power-bi', 'tableau']],
    ],
    [
      'a name with its abbreviation in brackets is one member',
      'Requirements:\n- Knowledge of Python, JavaScript (JS) skills, or other programming languages is a plus',
      [['javascript', 'programming', 'python']],
    ],
    [
      'examples after classes joined by "and"',
      'Requirements:\n- Knowledge of software and languages such as Python, R and SPSS.',
      [['python', 'r', 'spss']],
    ],
    ['related topics across a slash are both asked', 'Requirements:\n- Build survey design/data analysis plans', []],
    ['the trades of a job title across a slash', 'Requirements:\n- 3 years as a Tableau/Excel specialist', []],
    [
      'an "or" after an aside joins the name the aside hangs from',
      'Requirements:\n- Experience with Python, including its libraries (PyTorch, SQL), or R',
      [['python', 'r']],
    ],
    [
      'a choice with a note in brackets is said once',
      'Requirements:\n- Experience with SQL / Python (basic is fine) or BI tools (Tableau/Looker Studio).',
      [['business-intelligence', 'looker-studio', 'python', 'sql', 'tableau']],
    ],
    ['two languages after "bilingual" are both asked', 'Requirements:\n- Bilingual English/Spanish is a plus', []],
    ['languages across a slash otherwise stay a choice', 'Requirements:\n- Fluent English/Spanish', [['english', 'spanish']]],
    [
      'industries across a slash stay a choice',
      'Requirements:\n- Experience in the e-commerce/content moderation field',
      [['content-moderation', 'e-commerce']],
    ],
    [
      'a plain list followed by another clause',
      'Requirements:\n- Experience with Tableau, Power BI and Excel, and strong communication skills',
      [],
    ],
    [
      'a choice wrapped over two lines of one item',
      'Requirements:\n\n•\n1 year of experience in Python, SQL,\nor Excel preferred.\n\n•\nTableau',
      [['excel', 'python', 'sql']],
    ],
    ['items on lines of their own stay apart', 'Requirements:\n- Python or R\n- SQL\n- Excel', [['python', 'r']]],
  ])('%s', (_name, text, expected) => {
    expect(groupSets(text)).toEqual(expected);
  });
});

describe('the workplace described, not the candidate', () => {
  it.each([
    ['a team that values a quality', 'Requirements:\n- SQL\n- Join a team that values creativity and communication.', { sql: 'required' }],
    ['qualities then called values', 'Requirements:\n- SQL\n- Creativity and communication are our core values.', { sql: 'required' }],
    ['a culture centred on a quality', 'Requirements:\n- SQL\n- Help shape a culture centered on communication.', { sql: 'required' }],
    ['what the company celebrates', 'Requirements:\n- SQL\n- We celebrate creativity.', { sql: 'required' }],
    ['a quality describing the environment', 'Requirements:\n- SQL in a communication environment', { sql: 'required' }],
    [
      'qualities listed before the workplace word',
      'Requirements:\n- SQL. You will work in a creative, open, thought-provoking environment.',
      { sql: 'required' },
    ],
    ['a committee is a unit', 'Requirements:\n- SQL\n- The Communication Committee will shortlist applicants.', { sql: 'required' }],
    [
      'what the employer sells or offers',
      'Requirements:\n- SQL\n- Acme develops and sells e-commerce software.\n- The university offers an inspiring communication environment.',
      { sql: 'required' },
    ],
    [
      'a duty written as an order keeps its names, whatever "our" it holds',
      'Responsibilities:\n- Manage content moderation for our community.\n- Our e-commerce business grows every year.',
      { 'content-moderation': 'mentioned' },
    ],
    [
      'what the job itself does stays',
      'Requirements:\n- SQL\n- The data analyst develops e-commerce reports.',
      { sql: 'required', 'e-commerce': 'required' },
    ],
    [
      'a quality said to the candidate stays',
      'Requirements:\n- You bring creativity and strong communication.',
      { creativity: 'required', communication: 'required' },
    ],
    ['someone who values it is the candidate', 'Requirements:\n- Someone who values communication.', { communication: 'required' }],
    [
      'a company sentence in a requirements list names nothing but its stack, which it names without asking',
      'Requirements:\n- SQL\n- We strive for e-commerce excellence with Tableau.',
      { sql: 'required', tableau: 'mentioned' },
    ],
    ['a company sentence that asks still asks', 'Requirements:\n- We expect e-commerce experience.', { 'e-commerce': 'required' }],
    ["the company's product named by its domain", 'Responsibilities:\n- Grow our e-commerce platform with SQL.', { sql: 'mentioned' }],
    [
      'the company described by its domain',
      'Responsibilities:\n- Acme, one of the largest e-commerce companies in Europe, needs SQL.',
      { sql: 'mentioned' },
    ],
    ['experience at a company of that domain stays', 'Requirements:\n- Experience at an e-commerce company.', { 'e-commerce': 'required' }],
    ['a domain asked of the candidate stays', 'Requirements:\n- Experience in e-commerce.', { 'e-commerce': 'required' }],
    [
      'a unit of the organisation',
      'About the role:\nYou join the Department of Data Analysis & Machine Learning.\nRequirements:\n- Python',
      { python: 'required' },
    ],
    ['the employer doing something', 'Requirements:\n- SQL\n- We are currently coding a new platform.', { sql: 'required' }],
    [
      'the employer described in a long paragraph, however far its subject is from the names',
      'Lab Coordinator\n\nBased on the Longwood Campus in Boston, the Department of Biomedical Informatics is a vibrant community of scientists, ' +
        'physicians, students, engineers, and staff whose goal is to advance the boundaries of knowledge in machine ' +
        'learning, data visualization, and precision medicine. The working environment combines the best of both worlds.\n' +
        'Requirements:\n- Excel',
      { excel: 'required' },
    ],
    [
      'a sentence of that paragraph said to the candidate keeps its names',
      'Lab Coordinator\n\nBased on the Longwood Campus in Boston, the Department of Biomedical Informatics is a vibrant community of scientists ' +
        'and staff who advance medicine every day, and we are looking for a coordinator who brings machine learning ' +
        'experience to a busy office full of researchers, engineers, designers and physicians.\nRequirements:\n- Excel',
      { 'machine-learning': 'mentioned', excel: 'required' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });
});

describe("the employer's own name", () => {
  it.each([
    [
      'named in an "About" heading',
      'Responsibilities:\n- Grow Tableau adoption across teams.\nRequirements:\n- SQL\nAbout Tableau\nTableau is a company.',
      { sql: 'required' },
    ],
    ['named as "At X, we"', 'At Tableau, we build dashboards.\nResponsibilities:\n- Improve Tableau with Python.', { python: 'mentioned' }],
    [
      'described in the third person',
      'Tableau is a leading provider of analytics.\nRequirements:\n- Experience with Tableau and SQL',
      { sql: 'required' },
    ],
    ['named with its legal form', 'Tableau Inc. builds dashboards.\nRequirements:\n- Experience with Tableau and SQL', { sql: 'required' }],
    [
      'named by what it owns (its mission, its customers)',
      "Responsibilities:\n- Shape Tableau's content strategy with Python.\nRequirements:\n- Interest in Tableau\n- SQL",
      { python: 'mentioned', sql: 'required' },
    ],
    [
      'named as the one hiring',
      'Tableau is looking for a data analyst.\nRequirements:\n- Experience with Tableau and SQL',
      { sql: 'required', 'data-analysis': 'mentioned' },
    ],
    ['named as the place to join', 'Join Tableau and grow with us.\nRequirements:\n- Tableau and SQL', { sql: 'required' }],
    [
      'named as the one the candidate represents',
      'Requirements:\n- Act as the face of Tableau for our prospects.\n- Experience with Tableau and SQL',
      { sql: 'required' },
    ],
    [
      'named with its affiliates or by its careers site',
      'Requirements:\n- Tableau and SQL\nThe limit applies to Tableau and its affiliates. See careers.tableau.com.',
      { sql: 'required' },
    ],
    [
      'its product asked outright as a tool the candidate commands',
      'Tableau is a leading provider of analytics.\nRequirements:\n- Proficiency with Tableau\n- Experience with Tableau and SQL',
      { tableau: 'required', sql: 'required' },
    ],
    [
      'another company named in a requirement stays',
      'Acme is a leading provider of analytics.\nRequirements:\n- Experience with Tableau',
      { tableau: 'required' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });
});

describe('fields of study', () => {
  it('reads the field list of a long run-on item exactly', () => {
    const runOn =
      'Qualifications: 1. A baccalaureate degree from an accredited college in engineering, engineering technology, architecture, architectural technology, landscape architecture or survey design, and one year of full-time experience in project work, such as planning, scheduling and budgeting of projects of all kinds in a large public agency, with Excel and SQL reporting for all stakeholders involved across the whole city';
    expect(levelsOf(runOn)).toEqual({ excel: 'required', sql: 'required' });
  });

  it('reads "Education in …" opening an item and "Student of …" as fields of study, not skills asked', () => {
    const read = (line: string) => extractPosting(taxonomy, `Requirements:\n- ${line}\n- SQL`);
    const education = read('Education in statistics, data analysis, or e-commerce');
    expect(education.education.fieldsOfStudy).toEqual(['statistics', 'data analysis', 'e-commerce']);
    expect(levels(education)).toEqual({ sql: 'required' });
    expect(read('Student of data analysis or equivalent work experience').education.fieldsOfStudy).toEqual(['data analysis']);
    expect(levels(read('Experience with data analysis education in schools'))).toEqual({ 'data-analysis': 'required', sql: 'required' });
  });

  it('reads "major" as a field only in "major in"', () => {
    expect(
      extractPosting(taxonomy, 'Requirements:\n- A degree is required. Major parts of the job are data visualization and SQL.').education
        .fieldsOfStudy,
    ).toEqual([]);
  });
});

describe('experience or a degree in one sentence', () => {
  it("keeps the experience asked before the degree and reads the degree's focus as its field", () => {
    expect(
      levelsOf("Requirements:\n- 1 or more years of experience in ML, or a Master's or PhD degree with a focus on deep learning"),
    ).toEqual({ 'machine-learning': 'required' });
  });
});

describe('degree names glued together', () => {
  it('reads each degree level', () => {
    expect(extractPosting(taxonomy, 'Requirements:\n- BachelorMasterdegree in Statistics').education.degreeLevels).toEqual([
      'bachelor',
      'master',
    ]);
  });
});

describe('names that are part of a role or a unit', () => {
  const mentionsOf = (text: string, id: string) =>
    extractPosting(taxonomy, text)
      .requirements.find((r) => r.skill.id === id)
      ?.mentions.map((m) => m.text) ?? [];
  it('keeps a skill named in the role ("Senior Java Developer") only where the posting also asks for it', () => {
    const text = 'Senior Java Developer\nWe are hiring Java and Python developers.\nRequirements:\n- 3 years of Java';
    expect(mentionsOf(text, 'java')).toEqual(['Java']);
    expect(levelsOf(text)).toMatchObject({ java: 'required' });
    // Named only in the role, it still tells what the job is about.
    expect(levelsOf('About the role\nYou will work as a Java Developer.\nRequirements:\n- SQL')).toEqual({
      java: 'mentioned',
      sql: 'required',
    });
  });
  it("never reads colleagues' roles as asked ('work with SQL developers')", () => {
    expect(levelsOf('Requirements:\n- Python\n- Work closely with SQL developers.\n- Report to the Excel Manager.')).toEqual({
      python: 'required',
    });
  });
  it('reads a list of the departments one deals with as departments', () => {
    expect(
      levelsOf('Requirements:\n- SQL\n- Key departmental contacts include Accounting, E-commerce, Trust and Safety and Catering.'),
    ).toEqual({
      sql: 'required',
    });
  });
  it('reads departments listed after "departments, including" with a bracketed expansion as departments', () => {
    const real = loadTaxonomy();
    const text =
      'The team collaborates with various departments, including User Growth, PGC (Professional Content Creators), Content Ecosystem, and Social.\nRequirements:\n- SQL';
    expect(extractPosting(real, text).requirements.map((r) => r.skill.id)).toEqual(['sql']);
  });
  it('reads soft skills listed under a lead-in that asks, before any heading, as asked', () => {
    expect(levelsOf('You will need to have:\n\n• Excellent communication skills\n\n• SQL')).toEqual({
      communication: 'required',
      sql: 'required',
    });
    expect(levelsOf('We are a friendly team with great communication.\n\nRequirements:\n- SQL')).toEqual({ sql: 'required' });
  });
  it('reads how interviews run, what the CV should show and the colleagues joined as asking nothing', () => {
    const real = loadTaxonomy();
    const ids = (text: string) => extractPosting(real, text).requirements.map((r) => r.skill.id);
    expect(
      ids(
        'Requirements:\n- SQL\n- Interviews will be conducted over video conferencing, e.g. Google Hangouts.\n- Otherwise it will be a video call.\n- Include in your CV a GitHub profile.\n- Join a team of curious problem solvers.',
      ),
    ).toEqual(['sql']);
    expect(ids('Requirements:\n- Schedule interviews in Workday\n- Strong problem solving')).toEqual(
      expect.arrayContaining(['workday', 'problem-solving']),
    );
  });
  it('reads a tool and the suite it belongs to across a slash as one ask ("Google Calendar / G-Suite")', () => {
    const real = loadTaxonomy();
    const analysis = extractPosting(
      real,
      'Requirements:\n- Proficiency with Microsoft Word, Google Calendar / G-Suite\n- Tableau/Looker Studio',
    );
    expect(analysis.groups.map((g) => [...g.skills].sort())).toEqual([['looker-studio', 'tableau']]);
  });
  it('reads "Usability/user testing" as one skill spelled twice, not a choice', () => {
    const real = loadTaxonomy();
    const analysis = extractPosting(real, 'Requirements:\n- Usability/user testing\n- Tableau/Looker Studio');
    expect(analysis.groups.map((g) => [...g.skills].sort())).toEqual([['looker-studio', 'tableau']]);
  });
  it('reads "your Recruiting Partner" as a person too', () => {
    expect(levelsOf('Requirements:\n- SQL\n- Questions? Contact your Python Partner.')).toEqual({ sql: 'required' });
  });
  it('reads "the SQL Manager" as a role too', () => {
    expect(mentionsOf('Requirements:\n- SQL\n- You report to the SQL Manager.', 'sql')).toEqual(['SQL']);
  });
  it("reads an institution's units named in title case or by their subject as places, not skills", () => {
    expect(
      levelsOf(
        'The role\nYou will join the Data Analysis Section of the Department of Machine Learning, with the Centre for SQL Research and the Python and R Lab.\nRequirements:\n- Excel',
      ),
    ).toEqual({ excel: 'required' });
    // Not a hospital's unit, nor a body whose certification is asked.
    expect(levelsOf('Requirements:\n- Experience in a Machine Learning Unit\n- Python Institute certification')).toEqual({
      'machine-learning': 'required',
      python: 'required',
    });
  });

  it('reads the value of a job board\'s "Role:" field as the job, not a skill', () => {
    expect(levelsOf('Job type: Full-time Experience level: Senior Role: SQL Developer Industry: Retail\nRequirements:\n- Python')).toEqual({
      python: 'required',
    });
    expect(levelsOf('Requirements:\n- Your role: SQL reporting')).toEqual({ sql: 'required' });
  });
  it('reads a unit named in title case before "team" as a unit, not a skill', () => {
    expect(levelsOf('Requirements:\n- SQL\n- You will join the Excel Trading team.')).toEqual({ sql: 'required' });
    expect(levelsOf('Requirements:\n- SQL\n- You will use Excel with the trading team.')).toEqual({ sql: 'required', excel: 'required' });
  });
});

describe('what the work serves', () => {
  it.each([
    [
      'a thing that supports a practice',
      'Requirements:\n- SQL\n- Make sure the reporting is clear and supports team stakeholder management.',
      { sql: 'required' },
    ],
    ['the candidate told to support it', 'Requirements:\n- Support stakeholder management.', { 'stakeholder-management': 'required' }],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });
});

describe('units of the company named together', () => {
  it.each([
    ['teams named in a list', 'Responsibilities:\n- Work with e-commerce and trust and safety teams.\n- Use SQL.', { sql: 'mentioned' }],
    ['a team quality is not a team', 'Requirements:\n- Communication and team spirit.', { communication: 'required' }],
    ['working in teams is not a team name', 'Requirements:\n- You can use Python independently and in teams.', { python: 'required' }],
    [
      'training your team members is an activity',
      'Responsibilities:\n- Presentation and coaching your team members.',
      { presentation: 'mentioned' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });
});

describe('people, perks and papers, not requirements', () => {
  it.each([
    [
      'a list of perks opened by a sentence',
      'Requirements:\n- SQL\nYou will have access to many benefits including:\n- Health insurance\n- Python training and development\nAlso:\n- Excel',
      { sql: 'required', excel: 'required' },
    ],
    ['a role named by what it heads', 'Requirements:\n- SQL\n- Questions? Ask our Head of Communication.', { sql: 'required' }],
    [
      'the job pack an applicant downloads',
      'Requirements:\n- SQL\n\nDownload the job pack (three forms in one Excel workbook) and return it by Friday.',
      { sql: 'required' },
    ],
    [
      "the name of a field among a job's facts",
      'We are hiring.\n**Trust and Safety:**\nA separate team.\nRequirements:\n- SQL\n- Content moderation:\n  three years',
      { sql: 'required', 'content-moderation': 'required' },
    ],
    ['a perk', 'Requirements:\n- SQL\n- We offer a pension scheme incl. e-commerce discounts.', { sql: 'required' }],
    ['a document to submit', 'Requirements:\n- SQL\n- Documentation of Python projects.', { sql: 'required' }],
    [
      "the employees' benefits under a label",
      'Requirements:\n- SQL\n\n**Employee benefits:**\nThese are the ones we offer.\n- Python training and development\n- Excel courses',
      { sql: 'required' },
    ],
    [
      'a pointer to another page',
      'Requirements:\n- SQL\n- You can find more information about our Python guild on our site.',
      { sql: 'required' },
    ],
    [
      'experience that does not count',
      'Requirements:\n- SQL. NOTE: The following types of experience are not acceptable: use of Excel; use of Python.\n- Spreadsheet reporting in Google Sheets; Stata will not be credited.',
      { sql: 'required', 'google-sheets': 'required' },
    ],
    [
      'the departments of the people one works with, in lower case',
      'Requirements:\n- SQL\n- Collaborate with key partners in e-commerce, or content moderation to close gaps.',
      { sql: 'required' },
    ],
    [
      'where the job sits',
      'Data Analyst\nDepartment: Data Visualization\nJob category: E-commerce\n\nRequirements:\n- SQL',
      { sql: 'required' },
    ],
    ['a job grade', 'Requirements:\n- SQL\n\n### Data Engineer Job Grade\nThe grade covers Python work.', { sql: 'required' }],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });

  it('keeps an untitled opening quiet about qualities unless said to or about the candidate', () => {
    expect(levelsOf('Creativity is in our DNA.\nRequirements:\n- SQL')).toEqual({ sql: 'required' });
    expect(levelsOf('The ideal candidate will have strong communication skills.\nRequirements:\n- SQL')).toEqual({
      communication: 'preferred',
      sql: 'required',
    });
    expect(levelsOf('Communication skills are required.\n\nDuties:\n- SQL reporting')).toMatchObject({ communication: 'required' });
  });

  it("reads what the employer itself does as asked of no one ('we will prioritize candidates who…')", () => {
    const real = loadTaxonomy();
    const ids = (text: string) => extractPosting(real, text).requirements.map((r) => r.skill.id);
    expect(ids('We will prioritize candidates who can start in May.\nRequirements:\n- SQL')).toEqual(['sql']);
    expect(ids('Candidates must show strong prioritization.\nRequirements:\n- SQL')).toContain('prioritization');
  });
});

describe('long method names', () => {
  it('reads a Greek plural as its singular ("data analyses")', () => {
    expect(levelsOf('Requirements:\n- Data analyses for e-commerce.')).toEqual({ 'data-analysis': 'required', 'e-commerce': 'required' });
  });
});

describe('headings asked as questions, from either side, or in emphasis', () => {
  it.each([
    [
      'an inverted question',
      'Intro.\n\nWhat are we looking for?\n\n- Excel',
      [
        ['intro', ''],
        ['required', 'What are we looking for'],
      ],
    ],
    [
      'the applicant asking',
      'Intro.\n\nWhat will I be doing?\n\n- Excel',
      [
        ['intro', ''],
        ['responsibilities', 'What will I be doing'],
      ],
    ],
    [
      'a heading in single asterisks',
      'Intro.\n\n*What are we looking for?*\n\n- Excel',
      [
        ['intro', ''],
        ['required', 'What are we looking for'],
      ],
    ],
    [
      'a skill set',
      'Intro.\n\nSKILLSET\nExcel.',
      [
        ['intro', ''],
        ['skills', 'SKILLSET'],
      ],
    ],
    [
      'the person asked for, after an article',
      'Intro.\n\nThe Right Candidate:\n\n* Excel',
      [
        ['intro', ''],
        ['qualifications', 'The Right Candidate'],
      ],
    ],
    [
      'the ideal person, a profile hoped for beside the requirements',
      'Intro.\n\nRequirements:\n\n* SQL\n\n**The ideal person:**\n\n* Excel',
      [
        ['intro', ''],
        ['required', 'Requirements'],
        ['preferred', 'The ideal person'],
      ],
    ],
    [
      'a head noun described after it',
      'Intro.\n\nSkills that will make you successful in this role:\n\nExcel.\n\nSkills that would be nice to have:\n\nSQL.',
      [
        ['intro', ''],
        ['skills', 'Skills that will make you successful in this role'],
        ['preferred', 'Skills that would be nice to have'],
      ],
    ],
    [
      'a closing aside gives the level',
      'Intro.\n\n**Preferred Skills (Nice to Have)**\n\n* Excel',
      [
        ['intro', ''],
        ['preferred', 'Preferred Skills (Nice to Have)'],
      ],
    ],
    ['not a sentence that opens with "The"', 'Intro.\n\nThe team will:\n\n* work', [['intro', '']]],
  ])('%s', (_name, text, expected) => {
    expect(headings(text)).toEqual(expected);
  });

  it('keeps an asterisk bullet a bullet', () => {
    expect(normalizeText('Skills:\n* Excel').text).toContain('* Excel');
  });
});

describe('what a list lead-in and the candidate sentence say', () => {
  it.each([
    [
      'a lead-in to the tasks to perform names duties, even with "must"',
      'About the job\nThe receptionist must perform the following tasks to the highest standards:\n- Use Excel for audits',
      { excel: 'mentioned' },
    ],
    [
      'a lead-in to what the candidate must have asks',
      'About the job\nThe candidate must have the following:\n- Excel',
      { excel: 'required' },
    ],
    [
      'an untitled list that states qualifications asks',
      'Designer\n\nOur client is an agency.\n\n* 4+ years design experience; preferably in an agency.\n* Expertise in Excel.\n* Translate briefs into work.\n* Ability to use SQL.',
      { excel: 'required', sql: 'required' },
    ],
    [
      'an untitled list of duties with one qualification among them names',
      'Designer\n\nOur client is an agency.\n\n* Build reports in Excel.\n* Translate briefs into work.\n* Ability to use SQL.',
      { excel: 'mentioned', sql: 'mentioned' },
    ],
    [
      'the last sentence of a paragraph asking to meet the criteria below opens the list',
      'Landscaper\n\nWe are an inclusive team. If you meet the criterion below, please apply.\n\n* Excel\n* SQL',
      { excel: 'required', sql: 'required' },
    ],
    [
      "a pictograph after a listed lead-in's colon",
      'Landscaper\n\nRequirements:\n* Valid license\n* Experience in any of the following is a bonus: 🙂\n  * Excel\n  * SQL',
      { excel: 'preferred', sql: 'preferred' },
    ],
    [
      'a sentence saying requirements must be met opens the list under it',
      'Per Diem Nurse\n\nPlease note that certain requirements must be met in order to be eligible.\n• Excel\n• SQL',
      { excel: 'required', sql: 'required' },
    ],
    [
      '"the candidate should also possess … skills" asks',
      'About the job\nThe candidate should also possess excellent SQL skills.',
      { sql: 'required' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(levelsOf(text)).toEqual(expected);
  });
});

describe('"any of the following" is a choice unless it says all count', () => {
  it.each([
    ['a choice', 'Requirements:\n- Experience in any of the following:\n  * Python\n  * SQL', [['python', 'sql']]],
    ['each a bonus', 'Requirements:\n- Experience in any of the following are all a bonus:\n  * Python\n  * SQL', []],
  ])('%s', (_name, text, expected) => {
    expect(groupSets(text)).toEqual(expected);
  });
});

describe('the person sought', () => {
  it('"the right fit is a person who has … skills" asks', () => {
    expect(levelsOf('About the job\nThe right fit for this job is a person who has impeccable SQL skills.')).toEqual({ sql: 'required' });
  });
});

describe("a page's front-matter keys", () => {
  it('read as labels, and the body after the block is untitled', () => {
    expect(
      headings(
        '---\nname: Web Designer\njob_benefits:\n  - Paid vacation\njob_requirements:\n  - Proficiency in HTML\n---\nWe are hiring.',
      ),
    ).toEqual([
      ['intro', ''],
      ['boilerplate', 'job_benefits'],
      ['required', 'job_requirements'],
      ['intro', ''],
    ]);
  });
});

describe('the sentences of one bullet', () => {
  it("stay under the list's lead-in, and the items after them too", () => {
    const text =
      'Housekeeper\n\nWe are a resort.\n\nTo be successful you must have the following:\n\n• Replace towels in rooms. Know Excel.\n• Knowledge of SQL.';
    expect(levelsOf(text)).toEqual({ excel: 'required', sql: 'required' });
  });
});

describe('a heading that says its list follows', () => {
  it.each([
    ['Responsibilities include:', 'responsibilities'],
    ['Specific responsibilities may include:', 'responsibilities'],
    ['Requirements are as follows:', 'required'],
    ['**Overall Responsibilities & Skills include:**', 'responsibilities'],
    ['Key Responsibilities & Skills:', 'responsibilities'],
    ['Helpful Experience:', 'preferred'],
    ['Beneficial Skills:', 'preferred'],
  ])('reads "%s" as its heading', (line, kind) => {
    expect(headings(`We are a shop.\n\n${line}\n\n- Build reports in Excel.`)[1]?.[0]).toBe(kind);
  });
  it('leaves a sentence that includes things running text', () => {
    expect(headings('We are a shop.\n\nOur benefits package also includes:\n\n- Paid leave.')).not.toContainEqual([
      'responsibilities',
      expect.anything(),
    ]);
  });
});

describe("what a bulleted duty acts on is the company's, the duty still the job's", () => {
  it('reads "the management of our …" in a duty as the job\'s', () => {
    const text = 'Overall Responsibilities:\n\n· Survey design including the management of our panel processes.';
    expect(levelsOf(text)).toEqual({ 'survey-design': 'mentioned' });
  });
  it("keeps a sentence about our own work the company's", () => {
    expect(levelsOf('Responsibilities:\n- Much of our work in survey design focuses on reporting.')).toEqual({});
  });
});

describe('tiers of wishes and marked headings that say what is needed', () => {
  it('makes the first of two wish tiers the requirements when no heading names requirements', () => {
    const text =
      '#### Duties\n- Plan events.\n\n#### Desired Skills and Experience\n- SQL\n\n#### Additional Nice-to-Have Skills\n- Python';
    expect(levelsOf(text)).toEqual({ sql: 'required', python: 'preferred' });
  });
  it('leaves a wish tier preferred beside a requirements heading', () => {
    const text = 'Requirements:\n- Excel\n\nDesired Skills\n- SQL\n\nNice to Have\n- Python';
    expect(levelsOf(text)).toEqual({ excel: 'required', sql: 'preferred', python: 'preferred' });
  });
  it('reads a marked heading whatever it says is needed as asked', () => {
    expect(headings('#### Equipment Needed\n\n- A laptop with Excel')[0]).toEqual(['required', 'Equipment Needed']);
    expect(levelsOf('We shoot events.\n\n#### Software Required\n\n- Excel')).toEqual({ excel: 'required' });
  });
});

describe('headings closed by a semicolon or a "but not limited to"', () => {
  it('reads "Requirements;" and "Responsibilities include, but are not limited to;" as headings', () => {
    const text = 'Paver Operator\n\nResponsibilities include, but are not limited to;\n\n• Run reports in SQL\n\nRequirements;\n\n• Python';
    expect(headings(text).slice(1)).toEqual([
      ['responsibilities', 'Responsibilities include, but are not limited to'],
      ['required', 'Requirements'],
    ]);
    expect(levelsOf(text)).toEqual({ sql: 'mentioned', python: 'required' });
  });
  it('leaves a sentence with a semicolon inside it running text', () => {
    expect(headings('Intro.\n\nRequirements; we will train you on SQL.')).toEqual([['intro', '']]);
  });
});
