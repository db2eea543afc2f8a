import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);

describe('the person sought, described in a list', () => {
  it('reads "We are looking for tutors who will:" as asking what follows', () => {
    const text = 'We are looking for tutors who will:\n* be confident at explaining mathematics\n* have experience in online tutoring';
    expect(asked(text)).toEqual([
      ['Mathematics', 'required'],
      ['Tutoring', 'required'],
    ]);
  });
  it.each([
    'We are looking for tutors who will: be confident at explaining mathematics be able to engage students, have experience in online tutoring.',
    'We are looking for tutors who will:be confident at explaining mathematics, have experience in online tutoring.',
  ])('reads the lead-in run on into its list on one line: %s', (text) => {
    expect(asked(`We teach maths online. ${text} Tutors are paid per tutorial.`)).toContainEqual(['Tutoring', 'required']);
  });
  it('still reads "You will:" as duties', () => {
    expect(asked('You will:\n* teach mathematics to small groups\n* run online tutoring sessions').map(([, level]) => level)).not.toContain(
      'required',
    );
  });
});

describe('a heading asking what is expected of the candidate', () => {
  it.each(['## What is expected of you?', "What's expected of you", 'What we expect of you:'])('reads %s as requirements', (heading) => {
    expect(asked(`${heading}\n\n* You are able to communicate clearly in both Dutch and English.`)).toEqual([
      ['Communication', 'required'],
      ['Dutch', 'required'],
      ['English', 'required'],
    ]);
  });
});

describe('evidence of a skill, and evidence to send', () => {
  it('reads "Evidence of strong communication skills" as a skill to show', () => {
    expect(asked('Qualifications\n- Evidence of strong written and oral communication skills')).toEqual([['Communication', 'required']]);
  });
  it('reads "Evidence of experience with Python" as asked', () => {
    expect(names('Qualifications\n- Evidence of experience with Python')).toEqual(['Python']);
  });
  it('reads "Evidence of a Python certificate" as a document to send, asking nothing', () => {
    expect(names('Qualifications\n- Evidence of a Python certificate and eligibility to work in the UK')).toEqual([]);
  });
});

describe('the country written "US"', () => {
  it('is not the company speaking', () => {
    expect(asked('Experience with the Federal Acquisition Regulation and US Government contracting is preferred.')).toContainEqual([
      'Federal Acquisition Regulation',
      'preferred',
    ]);
  });
  it('still reads "ABOUT US" as the company', () => {
    expect(names('ABOUT US\nWe build SQL tools for banks.')).toEqual([]);
  });
});

describe('a publication named by its subject', () => {
  it('reads "the Journal of Privacy and Confidentiality" as a name, not a skill', () => {
    expect(names('We are looking for an assistant in the editorial team of the Journal of Privacy and Confidentiality.')).toEqual([]);
  });
  it('still reads journal publishing asked for', () => {
    expect(names('Requirements:\n- Knowledge of journal publishing')).toEqual(['Publishing']);
  });
});

describe('a personal skill in an order under a heading the service does not know', () => {
  it.each(['- Solve problems when issues occur', '- Be available to solve problems when issues occur'])('reads %s', (item) => {
    expect(names(`### Safety\n\n- Maintain a safe swimming pool environment\n${item}`)).toContain('Problem Solving');
  });
  it("still reads nothing from the company's own blurb", () => {
    expect(names('Acme values problem solving and creativity above all.')).toEqual([]);
  });
});

describe('organisation asked with a quality', () => {
  it('reads "excellent organization" as organisational skills', () => {
    expect(names('This position requires initiative and excellent organization to run the front desk.')).toContain('Organizational Skills');
  });
});

describe('expertise brought to a duty', () => {
  it('reads what "You will bring your expertise to designing …" names as the duty, not an ask', () => {
    expect(asked('You will bring your expertise to designing a curriculum teaching fabric cutting.')).toContainEqual([
      'Fabric Cutting',
      'mentioned',
    ]);
  });
  it('still asks for what "You will bring strong SQL skills" names', () => {
    expect(asked('You will bring strong SQL skills.')).toEqual([['SQL', 'required']]);
  });
});

describe("a bullet's label and its later sentences", () => {
  it('keeps "Desirable:" for the sentences after the first', () => {
    const text = [
      'We are looking for an officer who has:',
      '- Experience with Python.',
      '- Desirable: experience working with a software team on a SaaS project. This includes writing bug tickets and following Agile.',
    ].join('\n');
    expect(asked(text)).toEqual([
      ['Python', 'required'],
      ['SaaS', 'preferred'],
      ['Agile', 'preferred'],
    ]);
  });
});

describe('characteristics and qualities as section headings', () => {
  it.each(['Desired Characteristics\n-----------------------', 'Desirable qualities:'])('reads %j as a plus', (heading) => {
    expect(asked(`Required Qualifications\n\nStrong SQL skills\n\n${heading}\n\nSkilled mediation`)).toEqual([
      ['SQL', 'required'],
      ['Mediation', 'preferred'],
    ]);
  });
});

describe('a trailing hedge on a clause that asks by itself', () => {
  it('hedges only the clause with its own asking noun after a comma', () => {
    expect(asked('Requirements:\n- Strong written communication, adult education and training experience preferred')).toEqual([
      ['Written Communication', 'required'],
      ['Adult Education', 'preferred'],
    ]);
  });
  it('hedges only what "with" adds to an ask', () => {
    expect(asked('Requirements:\n- 5+ years classroom experience with leadership experience preferred')).toEqual([
      ['Teaching', 'required'],
      ['Leadership', 'preferred'],
    ]);
  });
  it('still hedges one list as a whole', () => {
    expect(asked('Requirements:\n- Experience with Tableau, Looker and Power BI a plus').map(([, level]) => level)).toEqual([
      'preferred',
      'preferred',
      'preferred',
    ]);
  });
});

describe('a unit named by its subject', () => {
  it('reads "the Video Production Unit" as a place, not a skill', () => {
    expect(names("The NYPD's Video Production Unit is seeking a Public Records Officer.\n\nRequirements:\n- Excel")).toEqual(['Excel']);
  });
});

describe('clauses a semicolon splits off one sentence', () => {
  it('go on with the ideal profile of the first', () => {
    const text =
      'We are hiring a campaigner.\n\nThe ideal candidate thrives within a team; is comfortable developing online communities; has an understanding of Python.';
    expect(asked(text)).toEqual(expect.arrayContaining([['Python', 'preferred']]));
  });
  it('do not carry a level over a line break', () => {
    expect(asked('SQL is required;\nWe use Python.')).toContainEqual(['Python', 'mentioned']);
  });
});

describe('clauses a duty splits with semicolons', () => {
  it('keep their own level in a duty: its purpose "required to" levels no later clause', () => {
    const text =
      'Responsibilities:\n• Provide support to develop datasets required to couple the models; construction of geological models; hydrogeological analysis';
    expect(asked(text).map(([, level]) => level)).not.toContain('required');
  });
});

describe('a paragraph saying the list below it is a plus', () => {
  it('levels the list preferred, whichever of its sentences says so', () => {
    const text = [
      "### Skills We're Seeking",
      '',
      'We understand that candidates may not meet all of the preferred skills below. We are looking for talented individuals.',
      '',
      '* Proficient with Excel and Google Sheets.',
      '',
      '### Education',
      '',
      "Bachelor's degree in Accounting.",
    ].join('\n');
    expect(asked(text)).toEqual([
      ['Excel', 'preferred'],
      ['Google Sheets', 'preferred'],
    ]);
  });
  it('leaves a list under a paragraph that says nothing of its level as its heading says', () => {
    expect(asked("### Skills We're Seeking\n\nWe are looking for talented individuals.\n\n* Proficient with Excel.")).toEqual([
      ['Excel', 'required'],
    ]);
  });
});

describe('a hedge set off by commas before the sentence’s own verb', () => {
  it('is an aside: what it names is a plus, what precedes it takes the verb’s level', () => {
    expect(
      asked('Requirements are below.\n\nA high degree of IT literacy, preferably including software for image processing, is required.'),
    ).toEqual([
      ['Digital Literacy', 'required'],
      ['Image processing', 'preferred'],
    ]);
  });
  it('reads "is crucial" as an ask', () => {
    expect(asked('Duties\n\nThe ability to deal with people at all levels is crucial.')).toEqual([['Interpersonal Skills', 'required']]);
  });
});

describe('a practice named in full, then by its last word', () => {
  it('reads "the patrol" after "Ski Patrol" as the ski patrol, not security patrolling', () => {
    const text =
      'Tahoe Backcountry Ski Patrol is recruiting.\n\nRequirements:\n- Complete the NSP Introduction to Ski Patrol course\n- Join the patrol on patrol days, patrolling in any snow';
    expect(names(text)).not.toContain('Physical Security');
  });
  it('still reads a short form of the same family as its own skill ("REST APIs … APIs")', () => {
    expect(names('Requirements:\n- Build REST APIs\n- Integrate internal systems using APIs and message queues')).toContain(
      'API development',
    );
  });
});

describe('what ends a semicolon carry', () => {
  it('a hedge at the end of its clause hedges only that clause', () => {
    const text =
      'Experience and Skills Required: » Strong background in environmental science, masters degree preferred; » Broad understanding of the Clean Water Act; » Excellent written communication skills.';
    expect(asked(text)).toContainEqual(['Clean Water Act', 'required']);
  });
});

describe('a word read as a longer name across a coordination', () => {
  it('is no short form: "Database design / management" still reads database management', () => {
    const text =
      'Requirements:\n- Database design / management, preferably PostgreSQL\n- Experience with project management and asset management';
    expect(names(text)).toContain('Database administration');
  });
});

describe('a condition of employment stated beside what is asked', () => {
  it.each([
    ["Requirements:\n- Must pass a background check and hold a valid driver's license", "Driver's License"],
    ['Requirements:\n- Visa sponsorship is not available, and fluency in English is required', 'English'],
  ])('keeps the ask: %s', (text, name) => {
    expect(asked(text)).toContainEqual([name, 'required']);
  });
  it('reads no skill from the agency that runs the check', () => {
    expect(names('Requirements:\n- Pass the Washington State Patrol background check (paid for by employer)')).toEqual([]);
  });
});

describe('a list of the roles on offer', () => {
  it('describes each role: its skills are mentioned, not asked', () => {
    const text =
      'Requirements:\n* Excel\nLonger term volunteer positions include: (Full job descriptions are linked.)\n* Social Media Team Members: This volunteer will design social media posts in Canva.\nProject options include:\n* Fundraising Project: help raise money.';
    expect(asked(text)).toEqual([
      ['Excel', 'required'],
      ['Social Media Content Creation', 'mentioned'],
      ['Canva', 'mentioned'],
      ['Fundraising', 'mentioned'],
    ]);
  });
  it('still reads a lead-in with an aside after its colon as asking', () => {
    expect(asked('About the job.\nYou must have: (all of these)\n* Excel')).toEqual([['Excel', 'required']]);
  });
});
