import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { normalizeText, toSourceSpan } from '../../src/core/text/normalize.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);

describe('whom to ask about the job', () => {
  it.each([
    'If you have any questions, please contact Jane Doe, HR Business Partner, at +45 1234 5678.',
    'Questions about the position may be sent to our Talent Acquisition Partner.',
    'Please feel free to contact HR Business Partner Sam Lee by telephone.',
  ])('names no skill in: %s', (sentence) => {
    expect(names(`Requirements\n- Experience with SQL\n\n${sentence}`)).toEqual(['SQL']);
  });
  it('still reads a duty of contacting people', () => {
    expect(names('Responsibilities\n- Contact customers and log every call in Salesforce.')).toContain('Salesforce');
  });
});

describe('Windows-1252 bytes read as Latin-1', () => {
  it('reads a lone C1 bullet, dash and quote as the characters meant, with offsets into the source', () => {
    const source = 'Requirements \u0095 Master\u0092s degree \u0096 SQL';
    const doc = normalizeText(source);
    expect(doc.text).toBe("Requirements\n\u2022 Master's degree - SQL");
    const quote = doc.text.indexOf("'");
    expect(toSourceSpan(doc, quote, quote + 1)).toEqual({ start: source.indexOf('\u0092'), end: source.indexOf('\u0092') + 1 });
  });
  it('splits a list whose bullets were so read into its items', () => {
    const text = 'Requirements\n\u0095 Strong SQL skills \u0095 Tableau is a plus \u0095 Excellent English';
    expect(asked(text)).toEqual([
      ['SQL', 'required'],
      ['English', 'required'],
      ['Tableau', 'preferred'],
    ]);
  });
});

describe('names spelt with everyday words', () => {
  it('reads REST Assured as written, not "you can rest assured"', () => {
    expect(names('Requirements\n- Experience with REST Assured or Rest Assured.')).toEqual(['REST Assured']);
    expect(names('Requirements\n- Experience with SQL.\nYou can rest assured that we care.')).toEqual(['SQL']);
  });
});

describe('Markdown marks that are no text', () => {
  it('reads a name in code marks ("familiar with `R`") and a backtick between letters as an apostrophe', () => {
    expect(normalizeText('familiar with `R`, and ```python``` too; don`t').text).toBe("familiar with R , and python too; don't");
    expect(names('Requirements\nWe expect that you are familiar with `R`.')).toEqual(['R']);
  });
  it('drops a pair of emphasis asterisks inside a line, keeping the bullet and marks after names', () => {
    expect(normalizeText('  * *Social media strategy:* Help us\n- Python*, SQL* and *R').text).toBe(
      '* Social media strategy: Help us\n- Python*, SQL* and *R',
    );
  });
});

describe('a duty opened by its label', () => {
  it('reads the names of "Growth hacking: Leverage … to help customers discover our platform"', () => {
    const text =
      'Possible projects:\n\n  * *Growth hacking:* Leverage tactics and tools like search engine optimization and A/B testing to help customers discover our platform online.';
    expect(names(text)).toEqual(expect.arrayContaining(['SEO', 'A/B Testing']));
  });
  it('still reads "We use SEO tools to grow our platform" in the company’s own voice as naming nothing', () => {
    expect(names('About us\n\nWe use SEO tools to help customers discover our platform.')).toEqual([]);
  });
});

describe('a wish said in the company’s voice', () => {
  it('reads "We have expanded into the French market, so spoken French is a very big plus" as asking French', () => {
    expect(
      asked('Requirements\n* We have recently expanded into the French market, so written and spoken French is a very big plus.'),
    ).toEqual([['French', 'preferred']]);
  });
});

describe('a suite’s members named in brackets by a shared word', () => {
  it('reads "Google Apps (Docs, Sheets, Forms)" as the suite and its three products', () => {
    expect(names('Requirements\n- You know your way around Google Apps (Docs, Sheets, Forms).')).toEqual([
      'Google Workspace',
      'Google Docs',
      'Google Sheets',
      'Google Forms',
    ]);
  });
  it('does not read "API Docs" or "paper Forms" as Google’s products', () => {
    expect(names('Requirements\n- Read the API Docs and fill in the paper Forms.')).not.toContain('Google Forms');
  });
});

describe('words a hyphen suspends or joins', () => {
  it.each([
    ['Experience with front- and back-end development', 'Front-end development'],
    ['On-/Off-boarding of all employees', 'Employee Onboarding'],
    ['Employee on- and offboarding', 'Employee Onboarding'],
    ['Data pre- and post-processing', 'Data wrangling'],
    ['On-boarding new hires', 'Employee Onboarding'],
    ['Keep the spread-sheets up to date', 'Spreadsheets'],
  ])('reads "%s" as naming %s', (item, name) => {
    expect(names(`Responsibilities\n- ${item}`)).toContain(name);
  });
});

describe('headings of the work a posting offers', () => {
  it('reads the list under "Possible projects:" as duties', () => {
    const { sections } = extractPosting(catalogue, 'Marketing Intern\n\nPossible projects:\n\n- Write newsletters');
    expect(sections.map((s) => s.kind)).toContain('responsibilities');
  });
});

describe('a product’s variant written after its name inside a choice', () => {
  const groupsOf = (text: string): string[][] => extractPosting(catalogue, text).groups.map((g) => g.skills);
  it('groups "Rhino 3D / Rhino CAM and/or CAD CAM and/or Fusion 360" as one choice', () => {
    expect(groupsOf('Requirements\n• Required - Rhino 3D / Rhino CAM and/or CAD CAM and/or Fusion 360')).toEqual([
      ['rhino', 'cad', 'fusion-360'],
    ]);
  });
  it('does not read the roles of "Front-End Developer, Back-End Developer or Big Data" as a choice', () => {
    expect(
      groupsOf('Desirable skills\n- Front-End Developer, Back-End Developer, Full-Stack Developer, Mobile Developer or Big Data'),
    ).toEqual([]);
  });
});

describe('names joined by slashes with no space', () => {
  it.each([
    ['Node.js and server-side frameworks (express/hapi).', 'Express.js'],
    ['Packaging (yarn/npm).', 'Yarn'],
    ['Testing (mocha/jest/jasmine, headless browsers etc.).', 'Mocha'],
    ['Testing (mocha/jest/jasmine, headless browsers etc.).', 'Jasmine'],
    ['Linting (jshint/eslint/jslint).', 'JSHint'],
  ])('reads "%s" as naming %s', (item, name) => {
    expect(names(`Nice to have\n* ${item}`)).toContain(name);
  });
  it('reads nothing from a slash chain of ordinary words', () => {
    expect(names('Requirements\n* Work and/or study 24/7, pass/fail, go/no-go decisions, input/output.')).toEqual([]);
  });
});

describe('headings asked as questions', () => {
  const kinds = (text: string): string[] => extractPosting(catalogue, text).sections.map((s) => s.kind);
  it('reads the kind a question heading asks about', () => {
    const text =
      '# Support Representative\n\nOur reps are great.\n\n## What does the job entail?\n\nYou will triage requests.\n\n' +
      '## What experience are we looking for?\n\nYou will possess excellent communication skills.\n\n## What is it like to work at Acme?\n\nWe value things.';
    expect(kinds(text)).toEqual(['intro', 'responsibilities', 'required', 'boilerplate']);
  });
  it('reads the skills under "What experience are we looking for?" as required', () => {
    expect(asked('## What experience are we looking for?\n\nYou will use Zendesk daily.')).toEqual([['Zendesk', 'required']]);
  });
});

describe('headings of junior postings', () => {
  const kinds = (text: string): string[] => extractPosting(catalogue, text).sections.map((s) => s.kind);
  it.each(['**Intern Qualifications**', 'Internship Requirements', 'Volunteer Qualifications', 'What you bring to the table:'])(
    'reads "%s" as a requirements heading',
    (heading) => {
      expect(kinds(`Support Intern\n\nThis intern will help.\n\n${heading}\n\n* Organizational skills`)).toHaveLength(2);
      expect(asked(`Support Intern\n\nThis intern will help.\n\n${heading}\n\n* Proficiency in Microsoft Excel`)).toEqual([
        ['Excel', 'required'],
      ]);
    },
  );
});

describe('a title line the item split cuts in pieces', () => {
  it('names nothing from "Frontend Software Engineer - JavaScript / Typescript / React"', () => {
    expect(names('Frontend Software Engineer - JavaScript / Typescript / React\nAcme GmbH, Berlin\n\nRequirements\n- SQL')).toEqual([
      'SQL',
    ]);
  });
});

describe('firmware and front-end tools', () => {
  it('reads "Code will be written in C using GCC, Make and GNU cross tool chain"', () => {
    expect(names('Desirable skills\n- Firmware: Code will be written in C using GCC, Make and GNU cross tool chain')).toEqual(
      expect.arrayContaining(['C', 'GCC', 'Cross-compilation']),
    );
  });
  it('reads "Maximum Power Point Tracking algorithms" as MPPT, not PowerPoint, and "(Eagle Cad)" as Autodesk Eagle', () => {
    const found = names('Desirable skills\n- Design and apply Maximum Power Point Tracking algorithms\n- Schematic skills (Eagle Cad)');
    expect(found).toEqual(expect.arrayContaining(['Maximum power point tracking', 'Autodesk Eagle']));
    expect(found).not.toContain('PowerPoint');
  });
  it.each([
    ['Implementing integration tools like terraform provider, ansible, brew, etc', 'Homebrew'],
    ['A frontend JS framework is a plus (ie: Riot, Vue, React, Angular)', 'Riot.js'],
    ['Experience with common data Python libs (pandas, awswrangler)', 'AWS SDK for pandas'],
  ])('reads "%s" as naming %s', (item, name) => {
    expect(names(`Requirements\n- ${item}`)).toContain(name);
  });
  it('reads nothing from "We brew coffee at home"', () => {
    expect(names('Requirements\n- Excel\n- We brew coffee at home.')).toEqual(['Excel']);
  });
});

describe('the industries of the company’s clients', () => {
  it('names no skill in "projects for clients in finance, healthcare, manufacturing, retail and more"', () => {
    expect(
      names(
        'Coordinator\n\nYou will work on projects for clients in finance, healthcare, manufacturing, retail, construction and more.\n\nRequirements\n- Excel',
      ),
    ).toEqual(['Excel']);
  });
  it('still reads "Experience working with clients in the healthcare industry"', () => {
    expect(names('Requirements\n- Experience working with clients in the healthcare industry')).toEqual(['Healthcare']);
  });
});

describe('what the employer teaches', () => {
  it('reads "We’ll teach you everything you need to know about React" as naming React, not asking it', () => {
    expect(
      asked('Intern\n\nWe will teach you everything you need to know about developing web applications, using React and Babel.'),
    ).toEqual([
      ['Web development', 'mentioned'],
      ['React', 'mentioned'],
      ['Babel', 'mentioned'],
    ]);
  });
});

describe('an item the lower-case items nested under it complete', () => {
  const text =
    '#### About you\n+ You are\n  + a great communicator\n+ Bonus points for\n  + experience with project management, ticketing systems\n  + understanding of Google Analytics, Google Ad Words and paid search';
  it('reads the items under "+ Bonus points for" as preferred, and the "+" bullets as a list', () => {
    expect(asked(text)).toEqual(
      expect.arrayContaining([
        ['Communication', 'required'],
        ['Project Management', 'preferred'],
        ['Google Analytics', 'preferred'],
        ['Google Ads', 'preferred'],
      ]),
    );
  });
  it('ends the lead-in at the next capitalised sibling', () => {
    expect(asked('Requirements\n- Bonus points for\n  - experience with Tableau\n- Strong SQL skills')).toEqual([
      ['SQL', 'required'],
      ['Tableau', 'preferred'],
    ]);
  });
});

describe('a posting without a requirements heading', () => {
  const text =
    'Non-Voice Customer Support\n\n• Experience in customer support work via email/chat.\n\n• Zendesk and Salesforce experience is preferred.\n\n' +
    '• Excellent written communication skills.\n\n• Able to work in flexible shifts.\n\n• Review, analyze and respond to customers’ billing inquiries.';
  it('reads the bullets that open on what the candidate has as asked, the duties as named', () => {
    expect(asked(text)).toEqual([
      ['Customer Service', 'required'],
      ['Written Communication', 'required'],
      ['Zendesk', 'preferred'],
      ['Salesforce', 'preferred'],
      ['Billing Support', 'mentioned'],
    ]);
  });
  it('leaves one such bullet among duties named, as in a list of duties', () => {
    expect(asked('Designer\n\n* Build reports in Excel.\n* Translate briefs into work.\n* Experience in customer support.')).toEqual([
      ['Excel', 'mentioned'],
      ['Customer Service', 'mentioned'],
    ]);
  });
  it('leaves the same bullets as they were under a posting that has a requirements heading', () => {
    expect(asked(`Intro\n\n• Experience in customer support work via email/chat.\n\nRequirements\n\n• SQL`)).toEqual([
      ['SQL', 'required'],
      ['Customer Service', 'mentioned'],
    ]);
  });
});

describe('headings of one skill word, levels and sub-headings', () => {
  const kinds = (text: string): string[] => extractPosting(catalogue, text).sections.map((s) => `${s.kind} ${s.heading}`);
  it('reads "## Desired Technical Ability" as preferred and "Favorable:" as a plus', () => {
    expect(asked('Intern\n\n## Desired Technical Ability\nAptitude in one or more of the following:\n- C#\n- Java')).toEqual([
      ['C#', 'preferred'],
      ['Java', 'preferred'],
    ]);
    expect(asked('Your skillset:\n\n• Fluent English\n\nFavorable:\n\n• Experience in automated testing using Java')).toEqual([
      ['English', 'required'],
      ['Test automation', 'preferred'],
      ['Java', 'preferred'],
    ]);
  });
  it('does not read "Ability to adhere to and maintain client confidentiality" as a heading', () => {
    expect(kinds('Required Qualifications\nAbility to adhere to and maintain client confidentiality\n- SQL')).toEqual([
      'required Required Qualifications',
    ]);
  });
  it('keeps the level of the heading a Markdown sub-heading sits under', () => {
    expect(
      kinds(
        '## The Ideal Candidate\nYou know tools.\n### Technical Aptitude\nExperience with Curve Dental.\n# Required Qualifications\n## Language Proficiency\nSpanish',
      ),
    ).toEqual([
      'preferred The Ideal Candidate',
      'preferred Technical Aptitude',
      'required Required Qualifications',
      'required Language Proficiency',
    ]);
  });
});

describe('words of the workplace, not skills', () => {
  it('reads no message queue in "accessible via video and messaging platforms", but keeps Kafka named as one', () => {
    expect(names('Requirements\n- The Coordinator must be accessible via video and messaging platforms.')).toEqual([]);
    expect(names('Requirements\n- Experience with messaging platforms such as Kafka or RabbitMQ.')).toEqual(['Apache Kafka', 'RabbitMQ']);
  });
  it('reads the values a sentence says the candidate embodies as values', () => {
    expect(
      names('Requirements\n- Supports our mission and values by embodying excellence, collaboration, innovation and respect.'),
    ).not.toContain('Collaboration');
  });
});

describe('design methods of a product designer', () => {
  it.each([
    ['Designing systems (atomic design)', 'Atomic Design'],
    ['Designing systems (atomic design)', 'Design Systems'],
    ['Accessibility/universal design principles', 'Universal Design'],
    ['Explaining concepts through visual mediums (ie, whiteboarding, sketching and/or mockups)', 'Whiteboarding'],
    ['The creation and use of behavioral design artifacts', 'Behavioral Design'],
    ['Build empathy maps with the research team', 'Empathy Mapping'],
  ])('reads "%s" as naming %s', (item, name) => {
    expect(names(`Requirements\n- ${item}`)).toContain(name);
  });
});
