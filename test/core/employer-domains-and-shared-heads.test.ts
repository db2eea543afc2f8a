import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { detectSections } from '../../src/core/text/sections.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);
const sections = (text: string): [string, string][] => {
  const doc = normalizeText(text);
  return detectSections(doc.text, doc.markedHeadings).map((s) => [s.kind, s.heading]);
};

describe('the domains of the employer, joined before the company noun', () => {
  it.each([
    "Are you interested in working for one of the world's leading insurance and financial services companies?",
    'Acme is one of the largest banking, insurance and financial services firms in Europe.',
    'Allianz aims to be the outstanding competitor in personal and commercial insurance in the UK.',
    "Make your mark at Europe's leading media and entertainment brand.",
    'Acme is a digital marketing agency based in Leeds.',
  ])('asks for none of them: %s', (sentence) => {
    expect(names(`${sentence}\n\nRequirements:\n- Excel`)).toEqual(['Excel']);
  });

  it('keeps a role whose title ends in "Leader" after "&"', () => {
    const text = 'The Drone Pilot & Field Crew Leader will support the lab by piloting a quadcopter drone.';
    expect(names(text)).toContain('Drone Piloting');
  });

  it('still asks for a domain the candidate must have worked in', () => {
    expect(names('Requirements:\n- Experience in insurance and financial services companies')).toContain('Financial Services');
  });

  it('still asks for a domain whose agency the candidate worked at', () => {
    expect(names('Requirements:\n- Experience at a digital marketing agency')).toContain('Digital Marketing');
  });
});

describe('headings in the employer’s words', () => {
  it.each([
    ['What is important to us', 'required'],
    ["What's important to us", 'required'],
    ['What matters to us', 'required'],
    ['What we can offer you', 'boilerplate'],
    ['We invite you to apply', 'boilerplate'],
  ])('reads the marked heading "%s" as %s', (heading, kind) => {
    expect(sections(`# Meat Department Worker\n\n## ${heading}\n\n- something`).at(-1)?.[0]).toBe(kind);
  });

  it('asks at the required level for what is important to the employer', () => {
    const text = '# Store Worker\n\n## What is important to us\n\n- customer service\n- quality control of goods';
    expect(asked(text)).toEqual([
      ['Customer Service', 'required'],
      ['Quality Control', 'required'],
    ]);
  });

  it('asks nothing from what the employer offers, bills included', () => {
    const text = '## What we can offer you\n\n- Accommodation: utility bill payment 550 PLN per month';
    expect(names(text)).toEqual([]);
  });
});

describe('a clause run on after a question or full stop', () => {
  it('is no heading when it opens with its subject and runs into a name', () => {
    const text =
      'Job description\nAre you interested in joining us? We are looking for Claims Handlers to join our team. The role involves processing medical claims.';
    expect(sections(text).map(([kind]) => kind)).toEqual(['responsibilities']);
  });

  it('is still a heading on a run-on page when it is a noun phrase', () => {
    const text = 'We make tools. Basic Qualifications Are enrolled in a degree program';
    expect(sections(text).map(([kind]) => kind)).toContain('required');
  });
});

describe('a head noun shared by a list of qualifiers', () => {
  it('reads each qualifier of the list with "skills"', () => {
    const text = 'Requirements:\n- impeccable organizational, interpersonal, communication, and planning skills';
    expect(names(text)).toEqual(['Organizational Skills', 'Interpersonal Skills', 'Communication', 'Planning Skills']);
  });

  it('reads each qualifier of a practice with its head', () => {
    expect(names('Requirements:\n- project, product and program management')).toEqual([
      'Project Management',
      'Product Management',
      'Program Management',
    ]);
  });

  it('shares no head with the plural things a list names', () => {
    // Not "analysis of … scenarios", where the activity noun names each object of its list (scenario analysis).
    const text = 'Duties:\n- Define business rules, scenarios, tasks and workflow analysis';
    expect(names(text)).not.toContain('Scenario Planning');
  });
});

describe('catalogue phrasings of work in shops, plants and safety', () => {
  it.each([
    ['Complete secondary operations i.e. deburr, polish, etc.', 'Deburring'],
    ['Completing reports', 'Reporting'],
    ['Experience and working knowledge of Construction and Design Management 2015 (CDM)', 'CDM Regulations'],
    ['Stay up-to-date on relevant HSE regulations and standards', 'Health and safety regulations'],
    ['Collaborate with other departments to ensure compliance with HSE regulations', 'Regulatory Compliance'],
    ['cutting and displaying meat products', 'Visual Merchandising'],
  ])('"%s" names %s', (line, skill) => {
    expect(names(`Duties:\n- ${line}`)).toContain(skill);
  });

  it('reads no Sales in the pace set by the sales line', () => {
    expect(names('Duties:\n- performance at an appropriate pace, determined by the sales line')).not.toContain('Sales');
  });

  it('reads no immigration law in a work permit the candidate holds', () => {
    expect(names('Requirements:\n- Valid EU work permit')).not.toContain('Immigration Law');
  });
});

describe('headings that say what the employer wants, and lines that say the duties require', () => {
  const posting = [
    'Licensed Realtor',
    '',
    'What we offer:',
    '',
    '• Competitive commission',
    '',
    'All we want from you is:',
    '',
    '• A CA BRE Real Estate License in good standing',
    '',
    'All you need to do is:',
    '',
    '• Efficiently and cordially communicate with other agents, company staff and third parties',
  ].join('\n');

  it('asks for what follows "All we want from you is:" and lists duties after "All you need to do is:"', () => {
    expect(sections(posting).map(([kind]) => kind)).toEqual(['intro', 'boilerplate', 'required', 'responsibilities']);
    expect(asked(posting)).toContainEqual(['Real Estate License', 'required']);
  });

  it('reads communicating with colleagues as communication, though "company" follows', () => {
    expect(asked(posting)).toContainEqual(['Communication', 'mentioned']);
  });

  it('still reads a workplace that a soft skill describes as no ask', () => {
    expect(names('We offer a collaborative and friendly environment.')).not.toContain('Collaboration');
  });

  it.each(['This requires effective sales and communication skills.', 'It will also require strong sales and communication skills.'])(
    'asks at the required level in "%s" among duties',
    (line) => {
      const levels = asked(`Overview:\n- Provides feedback to business partners.\n- ${line}`);
      expect(levels).toEqual([
        ['Sales', 'required'],
        ['Communication', 'required'],
      ]);
    },
  );

  it('reads experience working with children as childcare', () => {
    expect(asked('Nice-to-have skills include:\n- Experience working with children')).toEqual([['Childcare', 'preferred']]);
  });
});

describe('a background asked before any degree', () => {
  const read = (line: string) => extractPosting(catalogue, `Qualifications:\n- ${line}`);

  it('asks for the knowledge a technical background names', () => {
    const posting = read('Strong technical background in environmental science and marine biology, masters degree preferred.');
    expect(posting.requirements.map((r) => r.skill.name)).toContain('Marine biology');
    expect(posting.education.fieldsOfStudy).toEqual([]);
  });

  it.each([
    ['Background in Computer Science or related field, BS degree preferred', 'Computer Science'],
    ["Bachelor's degree or background in Finance or Accounting", 'Finance'],
  ])('keeps fields of study in "%s"', (line, field) => {
    expect(read(line).education.fieldsOfStudy).toContain(field);
  });
});

describe('radio station software', () => {
  it.each(['Icecast', 'Liquidsoap', 'LibreTime'])('knows %s', (tool) => {
    expect(names(`Nice to have:\n- Icecast o. LibreTime/Airtime and Liquidsoap`)).toContain(tool);
  });
});

describe('permissions and interests that ask for no skill', () => {
  it('reads a work permit held as no credential of a skill', () => {
    expect(names('Requirements:\n- Valid EU work permit with the ability to work full time year round')).toEqual([]);
  });

  it('still reads a licence held as a credential', () => {
    expect(names("Requirements:\n- Hold a current chemical applicator's license")).toHaveLength(1);
  });

  it('reads the domain of the employer after a backtick apostrophe', () => {
    const text = 'Are you interested in working for one of the world`s leading insurance and financial services companies?';
    expect(names(`${text}\n\nRequirements:\n- Excel`)).toEqual(['Excel']);
  });

  it('asks no plus for the field of a career the candidate is interested in', () => {
    const text = 'We are seeking college graduates interested in a rewarding career within Insurance Services & Operations.';
    expect(asked(text)).not.toContainEqual(['Insurance', 'preferred']);
  });

  it('still reads an interest in a tool as a plus', () => {
    expect(asked('Requirements:\n- Interest in GitLab and open source')).toContainEqual(['GitLab', 'preferred']);
  });
});

describe('verbs the compiler makes from a name', () => {
  it('makes no verb and adjective from "environmental assessment"', () => {
    const text = 'Duties:\n- He assists the customer by evaluating soil quality, assessing environmental and economic conditions.';
    expect(names(text)).not.toContain('Environmental Impact Assessment');
  });

  it('still makes a verb and its noun object ("designing surveys" for survey design)', () => {
    expect(names('Duties:\n- designing surveys for members')).toContain('Survey Design');
  });

  it('reads redundancies to cut as no high availability', () => {
    expect(names('Requirements:\n- Identify redundancies to reduce waste')).not.toContain('High availability');
  });
});

describe('levels said beside the ask', () => {
  it('reads a credential "not required to start" as a plus', () => {
    expect(asked('Requirements\n\n• Valid Firearm Permit (not required to start)')).toEqual([['Firearms Permit', 'preferred']]);
  });

  it('still reads a bracket that names another skill as its own preference', () => {
    expect(asked('Requirements:\n- SQL (Python preferred)')).toEqual([
      ['SQL', 'required'],
      ['Python', 'preferred'],
    ]);
  });

  it('reads what top candidates should have as a plus', () => {
    const text = 'Experience:\n- Top candidates should have quantitative background in neuroimaging and machine learning.';
    expect(asked(text)).toEqual([
      ['Neuroimaging', 'preferred'],
      ['Machine learning', 'preferred'],
    ]);
  });
});

describe('where a section ends, and work the job may bring', () => {
  it('ends the open section at a thematic break after a list', () => {
    const text = 'Requirements:\n- Python\n\n---\nWe are a great company. You will design tests and debug code.';
    expect(sections(text).map(([kind]) => kind)).toEqual(['required', 'intro']);
  });

  it('ends a front-matter block at its closing "---"', () => {
    const text =
      '---\nname: QA Manual Engineer\njob_requirements:\n  - Deep knowledge of QA theories\njob_referral_bonus: 500\n---\nThis professional will design and implement tests and debug code.';
    expect(asked(text)).toContainEqual(['Debugging', 'mentioned']);
  });

  it('keeps a heading underlined with "---" a heading of its list', () => {
    const text = 'Intro text here.\n\nRequirements\n---\n- Python\n- SQL';
    expect(asked(text)).toEqual([
      ['Python', 'required'],
      ['SQL', 'required'],
    ]);
  });

  it('reads work that "may be required" as the section reads it', () => {
    const text = 'Responsibilities:\n- Occasional greenhouse field work may be required (e.g., collecting data or samples).';
    expect(asked(text)).toContainEqual(['Data Collection', 'mentioned']);
  });

  it('still reads what "is required" as required', () => {
    expect(asked('Duties:\n- Python is required')).toEqual([['Python', 'required']]);
  });
});

describe('the candidate described above a list', () => {
  const posting = [
    '**Your role**',
    '',
    '*   Work alongside our Global Payroll Manager to ensure accurate payroll.',
    '',
    "**You've done some of these things...**",
    '',
    '*   Exceptional communication skills at all levels',
    '*   EOR or PEO experience would be favourably considered',
  ].join('\n');

  it('asks for the list under "You\'ve done some of these things..."', () => {
    expect(asked(posting)).toContainEqual(['Communication', 'required']);
  });

  it('reads "would be favourably considered" as a plus', () => {
    expect(asked(posting)).toContainEqual(['PEO', 'preferred']);
  });

  it('leaves a sentence in the candidate’s voice running text when no list follows', () => {
    expect(sections('Duties:\n- Payroll\n\nYou are the sort of person that loves numbers.').map(([kind]) => kind)).toEqual([
      'responsibilities',
    ]);
  });
});

describe('headings and levels of an architecture studio’s postings', () => {
  it('reads a line right above a list, its section nouns joined, as the list’s heading', () => {
    const text =
      'Our studio grows.\n\nRequirements and abilities for the position\n• Architecture degree.\n• Software such as AutoCAD, SketchUp.';
    expect(sections(text).at(-1)).toEqual(['required', 'Requirements and abilities for the position']);
    expect(asked(text)).toContainEqual(['AutoCAD', 'required']);
  });

  it('still reads a sentence above a list as text when it opens with no section noun', () => {
    expect(sections('Intro.\n\nOur team works on many things\n• Java').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads "Software" alone on a line as a heading of skills', () => {
    expect(sections('Intro.\n\nSoftware\n• Required - Microsoft 365 Suite').at(-1)?.[0]).toBe('skills');
  });

  it('reads the tools a job uses, under "Software & Tools You\'ll Use:", as named in passing', () => {
    const text = 'Intro.\n\n**Software & Tools You’ll Use:**\n\n- Google Workspace (Sheets, Docs, Drive)';
    expect(asked(text)).toContainEqual(['Google Workspace', 'mentioned']);
  });

  it('keeps a level written before a dash with the item it opens', () => {
    const text = 'Intro text.\n\n• Mandatory – Digital fabrication: 3D printing, CNC routing';
    expect(asked(text)).toEqual([
      ['3D printing', 'required'],
      ['CNC Machining', 'required'],
    ]);
  });

  it('reads a bracket clause by clause when it also asks', () => {
    const text = 'Requirements:\n- Languages (Spanish and English are required for the position, a third language will be a plus).';
    expect(asked(text)).toEqual([
      ['Spanish', 'required'],
      ['English', 'required'],
    ]);
  });

  it('leaves what a bracket that waives only a licence follows required', () => {
    expect(asked('Requirements:\n- Earthwork and Underground Utilities (license not required)')).toContainEqual([
      'Excavation and Earthwork',
      'required',
    ]);
  });
});

describe('a list of names that ends in a suite', () => {
  it('reads "Revit, AutoCAD, MS Office" as three names, not the name of an office', () => {
    expect(names('Requirements:\n- Software such as Revit, AutoCAD, MS Office, SketchUp.')).toEqual([
      'Autodesk Revit',
      'AutoCAD',
      'Microsoft Office',
      'SketchUp',
    ]);
  });

  it('still reads departments that end in a unit word as a unit', () => {
    expect(names('Duties:\n- Coordinate with the Finance, Sales and Admissions Office')).not.toContain('Finance');
  });
});

describe('a game studio’s art postings', () => {
  it.each([
    ['We are looking for an experienced environment artist', '3D Environment Art'],
    ['Experience of creating optimal lods for game', 'LOD Creation'],
    ['Knowledge of working with game engines', 'Game Engines'],
    ['Building in the editor to create levels and environments', 'Level Design'],
    ['Substance Painter/Designer knowledge', 'Adobe Substance 3D Designer'],
  ])('"%s" names %s', (line, skill) => {
    expect(names(`Role requirements:\n* ${line}`)).toContain(skill);
  });

  it('reads no object inside a hyphenated word ("a brand-new IP")', () => {
    expect(names("The Role\nIt's a chance to contribute to the development of a brand-new IP.")).not.toContain('Brand Management');
  });
});

describe('a hedge that ends its own clause with "but not essential"', () => {
  it('leaves the clause before it at the item’s level', () => {
    expect(asked('Role requirements:\n* Excellent knowledge of Maya, Unreal Engine a benefit but not essential')).toEqual([
      ['Autodesk Maya', 'required'],
      ['Unreal Engine', 'preferred'],
    ]);
  });

  it('reads mocap clean-up as motion capture', () => {
    expect(names('Role requirements:\n* Knowledge of Motionbuilder/Mocap clean-up preferred')).toContain('Motion capture');
  });
});

describe('a longer name whose head a coordinated word shares', () => {
  it('reads "plasma and water jet cutting" as plasma cutting and water jet cutting', () => {
    expect(names('Requirements:\n- Digital fabrication: 3D printing, plasma and water jet cutting')).toEqual([
      '3D printing',
      'Plasma Cutting',
      'Waterjet Cutting',
    ]);
  });
  it('does not read a noun phrase of its own before the "and" as sharing the head', () => {
    expect(names('Requirements:\n- Mobile devices and mobile device management (MDM) systems')).not.toContain('Endpoint management');
  });
});
