import { describe, expect, it } from 'vitest';
import { normalizeText, toSourceSpan } from '../../src/core/text/normalize.js';
import { detectSections } from '../../src/core/text/sections.js';
import { splitItems } from '../../src/core/text/sentences.js';
import { keyOf, tokenize } from '../../src/core/text/tokenize.js';

describe('normalizeText', () => {
  it('repairs UTF-8 punctuation read as Windows-1252, with offsets into the source', () => {
    const source = 'A Driverâ€™s License â€“ valid â€œin New Yorkâ€\u009d';
    const doc = normalizeText(source);
    expect(doc.text).toBe('A Driver\'s License - valid "in New York"');
    const at = doc.text.indexOf('License');
    expect(source.slice(toSourceSpan(doc, at, at + 7).start, toSourceSpan(doc, at, at + 7).end)).toBe('License');
    const quote = doc.text.indexOf("'");
    expect(toSourceSpan(doc, quote, quote + 1)).toEqual({ start: 8, end: 11 });
  });

  it('repairs punctuation encoded twice, with offsets into the source', () => {
    const source =
      'Familiarity with DOITT\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s policies \u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u0153 and more';
    const doc = normalizeText(source);
    expect(doc.text).toBe("Familiarity with DOITT's policies - and more");
    const at = doc.text.indexOf('policies');
    expect(source.slice(toSourceSpan(doc, at, at + 8).start, toSourceSpan(doc, at, at + 8).end)).toBe('policies');
  });

  it.each([
    ['JSON-escaped slashes', 'SPSS\\/R\\/Python', 'SPSS/R/Python'],
    ['HTML entities', 'Trust &amp; Safety &#8211; ops', 'Trust & Safety - ops'],
    ['HTML list items become bullets', '<ul><li>SQL</li><li>Python</li></ul>', '\u2022 SQL\n\u2022 Python'],
    ['smart quotes and dashes', 'You\u2019ll use \u201cSQL\u201d \u2014 daily', 'You\'ll use "SQL" - daily'],
    ['bullets start new lines', 'Skills \u25aa SQL \u25aa Excel', 'Skills\n\u2022 SQL\n\u2022 Excel'],
    ['zero-width and non-breaking spaces', 'Po\u200bwer\u00a0BI', 'Power BI'],
    ['runs of whitespace', 'SQL   and\t\tR\r\n\r\nnext', 'SQL and R\nnext'],
    ['web addresses', 'See https://en.wikipedia.org/wiki/DataOps, then SQL', 'See , then SQL'],
    ['an address without a scheme', 'Apply at www.example.com/etl-jobs today', 'Apply at today'],
    ['a Markdown link keeps its words, not its target', 'Read [our process](/handbook/process.html) on SQL', 'Read our process on SQL'],
    ['a mail link', 'Email [jobs@acme.io](mailto:jobs@acme.io) or mailto:hr@acme.io today', 'Email jobs@acme.io or today'],
    ['square brackets around a tag', 'Data Analyst [m/f/d]', 'Data Analyst m/f/d'],
    ['a site path standing as a word', 'See /handbook/total-rewards/#grades for pay', 'See for pay'],
    ['slashes between names stay', 'CI/CD, SPSS/R and TCP/IP', 'CI/CD, SPSS/R and TCP/IP'],
    ['compatibility forms', '\uff33\uff31\uff2c', 'SQL'],
    [
      "a Markdown list item's wrapped line goes on",
      '-   Report on Key Performance\n    Indicators monthly\n-   Build models',
      '- Report on Key Performance Indicators monthly\n- Build models',
    ],
    ['a sub-item or a sentence end still breaks', '1. Skills\n   a. SQL.\n   Python', '1. Skills\na. SQL.\nPython'],
    [
      'list items whose markup was stripped run together',
      'Strong writing skillsBeing comfortable with clientsGood computer skills',
      'Strong writing skills\nBeing comfortable with clients\nGood computer skills',
    ],
    ['names written with an inner capital stay whole', 'JavaScript, PowerPoint, iPhone, eBay', 'JavaScript, PowerPoint, iPhone, eBay'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('keeps a catalogue name with an inner capital whole', () => {
    expect(normalizeText('tracing with dynaTrace', (word) => word === 'dynaTrace').text).toBe('tracing with dynaTrace');
    expect(normalizeText('tracing with dynaTrace').text).toBe('tracing with dyna\nTrace');
  });

  it('maps every normalised span back to the exact source characters', () => {
    const source = 'Use <b>SPSS\\/R</b> &amp; \u201cPython\u201d';
    const doc = normalizeText(source);
    for (const word of ['SPSS', 'R', 'Python', '&']) {
      const at = doc.text.indexOf(word);
      const span = toSourceSpan(doc, at, at + word.length);
      expect(source.slice(span.start, span.end)).toBe(word === '&' ? '&amp;' : word);
    }
  });

  it('drops lone surrogates and NUL without throwing', () => {
    expect(normalizeText('SQL\ud800 and \u0000R').text).toBe('SQL and R');
  });
});

describe('tokenize', () => {
  it.each([
    ['C++ and C# on .NET', ['C++', 'and', 'C#', 'on', '.NET']],
    ['Node.js, JavaScript', ['Node', '.', 'js', ',', 'JavaScript']],
    ["you'll design surveys", ["you'll", 'design', 'surveys']],
    ["reviewing NDA's and the company's contracts", ['reviewing', 'NDA', "'", 's', 'and', 'the', 'company', "'", 's', 'contracts']],
    ['field studies, observational\nresearch', ['field', 'studies', ',', 'observational', 'research']],
    ['Apply at https://acme.com/jobs/java?id=7. Thanks', ['Apply', 'at', 'https://acme.com/jobs/java?id=7', '.', 'Thanks']],
    ['see www.python.org, or "HTTP://X.COM"', ['see', 'www.python.org', ',', 'or', '"', 'HTTP://X.COM', '"']],
    ['HTTPS and HTTP/2', ['HTTPS', 'and', 'HTTP', '/', '2']],
    // A tokenised corpus writes ".NET" with a space after its dot; a sentence's full stop before "Net" stays one.
    ['C# ( . NET and . Net Core )', ['C#', '(', '. NET', 'and', '. Net', 'Core', ')']],
    ['The framework. Net income', ['The', 'framework', '.', 'Net', 'income']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('reads a web address as one token that names nothing', () => {
    expect(tokenize('https://acme.com/sql').map((t) => t.kind)).toEqual(['punct']);
  });

  it('keeps a line break that ends a sentence or starts a capitalised line', () => {
    expect(tokenize('SQL.\nresearch').map((t) => t.kind)).toEqual(['word', 'punct', 'break', 'word']);
    expect(tokenize('SQL\nResearch').map((t) => t.kind)).toEqual(['word', 'break', 'word']);
  });

  it('keys ordinary words by stem so inflections meet', () => {
    const [a, b] = tokenize('designing surveys');
    expect([a?.key, b?.key]).toEqual(tokenize('design survey').map((t) => t.key));
  });
});

describe('keyOf', () => {
  it.each([
    ['surveys', 'survey'],
    ['designing', 'design'],
    ['managing', 'manage'],
    ['engineers', 'engineer'],
  ])('%s keys like %s', (inflected, base) => {
    expect(keyOf(inflected)).toBe(keyOf(base));
  });

  it('keeps a person apart from a discipline', () => {
    expect(keyOf('engineer')).not.toBe(keyOf('engineering'));
  });
});

describe('detectSections', () => {
  const kinds = (text: string) => detectSections(normalizeText(text).text).map((s) => [s.kind, s.heading]);

  it.each([
    [
      'headings on their own lines',
      'Responsibilities\nBuild things.\nRequirements\nSQL',
      [
        ['responsibilities', 'Responsibilities'],
        ['required', 'Requirements'],
      ],
    ],
    [
      'headings glued to the text around them',
      'research.QualificationsMinimum QualificationsYou are pursuing a degree.Preferred QualificationsYou like SQL.',
      [
        ['intro', ''],
        ['qualifications', 'Qualifications'],
        ['required', 'Minimum Qualifications'],
        ['preferred', 'Preferred Qualifications'],
      ],
    ],
    [
      'a label of two words run into its first sentence at a line start',
      'About us\nWe build tools.\nSkills needed Practical hands-on experience with Python and SQL\nJob benefits\nFree parking',
      [
        ['boilerplate', 'About us'],
        ['required', 'Skills needed'],
        ['boilerplate', 'Job benefits'],
      ],
    ],
    [
      'who fits, on a line of its own',
      "Intro.\n**This job is for you if you have**\n- SQL\nYou'll be a great fit if you have:\n- Excel\nBonus points if you have:\n- Python",
      [
        ['intro', ''],
        ['required', 'This job is for you if you have'],
        ['required', "You'll be a great fit if you have"],
        ['preferred', 'Bonus points if you have'],
      ],
    ],
    ['who fits, said in a sentence', 'Intro.\nThis job is for you if you love craft beer.\n- SQL', [['intro', '']]],
    [
      'sentence-case headings alone on their lines, as UK and EU postings write them',
      'Intro.\nPerson specification\n- SQL\nDesirable criteria\n- Python\nKey tasks\n- Reports',
      [
        ['intro', ''],
        ['qualifications', 'Person specification'],
        ['preferred', 'Desirable criteria'],
        ['responsibilities', 'Key tasks'],
      ],
    ],
    ['a sentence-case perk in a list is no heading', 'Benefits:\n- Competitive salary\n- Pension', [['boilerplate', 'Benefits']]],
    [
      'sentence-case labels of four words or more before a colon, alone on their lines',
      'Intro.\nEssential duties and responsibilities:\n- Reports\nKnowledge, skills and abilities:\n- SQL\nHelpful but not required:\n- Python',
      [
        ['intro', ''],
        ['responsibilities', 'Essential duties and responsibilities'],
        ['skills', 'Knowledge, skills and abilities'],
        ['preferred', 'Helpful but not required'],
      ],
    ],
    [
      'headings closed by pictographs',
      "Intro.\nWhat We're Looking For \u{1F9D0}\n- SQL\nWhat You'll Do \u{1F6E0}\u{FE0F}\n- Reports",
      [
        ['intro', ''],
        ['required', "What We're Looking For"],
        ['responsibilities', "What You'll Do"],
      ],
    ],
    [
      'a sentence with a colon is no heading in sentence case either',
      'Intro.\nSome of the things you will do include:\n- Reports',
      [['intro', '']],
    ],
    [
      'a title-case or sentence-case label of section words that opens its line',
      'Intro.\nOther Qualifications: Excellent analytical skills.\nKey tasks and responsibilities: Plan the work.\nProfessional Education: Courses taught by experts.',
      [
        ['intro', ''],
        ['qualifications', 'Other Qualifications'],
        ['responsibilities', 'Key tasks and responsibilities'],
      ],
    ],
    [
      'eligibility, prerequisites, KSAs, certificates and assets',
      'Intro.\nEligibility\n- Enrolled in a degree\nKSAs:\n- SQL\nCertificates, Licenses, Registrations\n- CPR\nAssets (preferred)\n- Python',
      [
        ['intro', ''],
        ['required', 'Eligibility'],
        ['skills', 'KSAs'],
        ['certifications', 'Certificates, Licenses, Registrations'],
        ['preferred', 'Assets (preferred)'],
      ],
    ],

    [
      'a sentence that opens with a section noun is no label',
      'Intro\nSkills development is what we care about at Acme.\nRequirements:\nSQL',
      [
        ['intro', ''],
        ['required', 'Requirements'],
      ],
    ],
    [
      "a product whose name ends in a tools word ('RudderStack') at a line end",
      'Requirements:\n- Segment or RudderStack\n- Chrome DevTools\n- SQL',
      [['required', 'Requirements']],
    ],
    [
      'a misspelled heading',
      'Minimm Qualifications - Excel\nPreferred Qualifications - SQL',
      [
        ['required', 'Minimm Qualifications'],
        ['preferred', 'Preferred Qualifications'],
      ],
    ],
    [
      'headings ending in a colon after a sentence',
      'We hire. Responsibilities: - Analyse data. Nice to have: Python',
      [
        ['intro', ''],
        ['responsibilities', 'Responsibilities'],
        ['preferred', 'Nice to have'],
      ],
    ],
    [
      'boilerplate headings',
      'Requirements\nSQL\nAbout Acme\nWe are great.\nWhy Join Us\nFun.\nDiversity & Inclusion\nAll welcome.',
      [
        ['required', 'Requirements'],
        ['boilerplate', 'About Acme'],
        ['boilerplate', 'Why Join Us'],
        ['boilerplate', 'Diversity & Inclusion'],
      ],
    ],
    [
      'a field heading holds one line; the text after it goes on with the section before',
      'Requirements:\n- SQL\nSalary:\n€60k\n- Python',
      [
        ['required', 'Requirements'],
        ['boilerplate', 'Salary'],
        ['required', ''],
      ],
    ],
    [
      'a field after the intro hands the rest back to the intro',
      'Compensation: €60k\nYou will build Tableau dashboards.',
      [
        ['boilerplate', 'Compensation'],
        ['intro', ''],
      ],
    ],
    [
      'consecutive fields leave nothing between them',
      'Job type:\nFull-time\nExperience level:\nSenior\nResponsibilities\nBuild.',
      [
        ['boilerplate', 'Job type'],
        ['boilerplate', 'Experience level'],
        ['responsibilities', 'Responsibilities'],
      ],
    ],
    [
      'a field label inside a line is not a heading',
      'Responsibilities: Job type: Full-time Technologies java',
      [['responsibilities', 'Responsibilities']],
    ],
    [
      'headings that ask in the second person',
      'You need:\nSQL\nYou will:\nBuild.\nWhat do we expect from you?\nPython',
      [
        ['required', 'You need'],
        ['responsibilities', 'You will'],
        ['required', 'What do we expect from you'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('reads a Markdown heading that opens with its head noun without a colon ("## Skills you will need")', () => {
    const doc = normalizeText('Intro.\n## Skills you will need\n- SQL\n## Skills development at Acme\nWe train.');
    expect(detectSections(doc.text, doc.markedHeadings).map((s) => [s.kind, s.heading])).toEqual([
      ['intro', ''],
      ['skills', 'Skills you will need'],
      ['intro', 'Skills development at Acme'],
    ]);
  });

  it('reads a heading that closes with what its list is for ("What You\'ll Need to Succeed:")', () => {
    const doc = normalizeText("Intro.\n## What You'll Need to Succeed:\n1. Excel\nQualifications for This Role\n- SQL");
    expect(detectSections(doc.text, doc.markedHeadings).map((s) => [s.kind, s.heading])).toEqual([
      ['intro', ''],
      ['required', "What You'll Need to Succeed"],
      ['qualifications', 'Qualifications for This Role'],
    ]);
  });

  it.each([
    ['an item label after a bullet', 'Preferred Qualifications:\n\u2022 Technical Skills: Excel\n\u2022 User Experience: apps'],
    ['a heading word inside a sentence', 'Preferred Qualifications:\nExperience in ads is a plus. You have requirements gathering skills.'],
  ])('does not take %s for a heading', (_name, text) => {
    expect(kinds(text)).toEqual([['preferred', 'Preferred Qualifications']]);
  });
});

describe('splitItems', () => {
  const items = (text: string) => splitItems(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it.each([
    ['sentences', 'Know SQL. Python is a plus.', ['Know SQL.', 'Python is a plus.']],
    ['glued sentences', 'Know SQL.Python is a plus.', ['Know SQL.', 'Python is a plus.']],
    [
      'a sentence begun in lower case after an ordinary word',
      'Teamwork and problem-solving skills. experience in welding is a plus. approx. two shifts',
      ['Teamwork and problem-solving skills.', 'experience in welding is a plus. approx. two shifts'],
    ],
    ['inline dash bullets', 'Quals - Excel skills - SQL (basic)', ['Quals', 'Excel skills', 'SQL (basic)']],
    [
      'inline star bullets',
      'including: * BS degree * Expertise in SQL * Tableau',
      ['including:', 'BS degree', 'Expertise in SQL', 'Tableau'],
    ],
    [
      'abbreviations do not end sentences',
      'Tools, e.g. Tableau etc. and more. Next one.',
      ['Tools, e.g. Tableau etc. and more.', 'Next one.'],
    ],
    [
      '"etc." before a capitalised word closes its list and its sentence',
      'MS Exchange, MS SQL Server, etc. The more of these you know, the better: Hyper-V. Tools e.g. Tableau, etc. SQL too',
      ['MS Exchange, MS SQL Server, etc.', 'The more of these you know, the better: Hyper-V.', 'Tools e.g. Tableau, etc. SQL too'],
    ],
    [
      'hard-wrapped lines stay one item',
      'Join us as we inspire\ncreativity and joy.\nNext',
      ['Join us as we inspire\ncreativity and joy.', 'Next'],
    ],
    ['semicolons end clauses', 'Excel or R; knowledge of Tableau', ['Excel or R', 'knowledge of Tableau']],
    [
      'a sentence closing inside brackets keeps the bracket',
      'Experience with SQL (PostgreSQL is a plus!)\nPython (ideally 3.x.) Next one.',
      ['Experience with SQL (PostgreSQL is a plus!)', 'Python (ideally 3.x.)', 'Next one.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });
});
