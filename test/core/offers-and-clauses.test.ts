import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { matchResume } from '../../src/core/match.js';
import { analysePosting } from '../../src/core/posting.js';
import { readResume } from '../../src/core/resume/intake.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { detectSections } from '../../src/core/text/sections.js';

const catalogue = loadTaxonomy();
const analysed = (text: string) => extractPosting(catalogue, text);
const asked = (text: string): [string, string][] => analysed(text).requirements.map((r) => [r.skill.name, r.level]);
const names = (text: string): string[] => asked(text).map(([name]) => name);
const sections = (text: string): [string, string][] => {
  const doc = normalizeText(text);
  return detectSections(doc.text, doc.markedHeadings).map((s) => [s.kind, s.heading]);
};

describe('what the employer offers, under headings of its own words', () => {
  it.each([
    ['We will provide', 'travel assistance'],
    ['What you get', 'a gym membership'],
    ['Key advantages of this program:', 'surfing in the ocean'],
    ['Benefits of this role:', 'a company car'],
  ])('reads "%s" as the offer', (heading, perk) => {
    expect(sections(`Intro line.\n${heading}\n* ${perk}`).at(-1)?.[0]).toBe('boilerplate');
  });

  it('reads a bonus paid as an offer, not as a wish that lowers the item around it', () => {
    expect(asked('Responsibilities:\n- Completing reports in Excel Bonus 1.00 PLN gross per hour with own accommodation')).toContainEqual([
      'Excel',
      'mentioned',
    ]);
    expect(asked('Requirements:\n- SQL and an annual bonus scheme for results')).toContainEqual(['SQL', 'required']);
    expect(asked('Requirements:\n- Excel\n- Tableau is a bonus\n- Bonus: Looker')).toEqual([
      ['Excel', 'required'],
      ['Tableau', 'preferred'],
      ['Looker', 'preferred'],
    ]);
  });

  it('lets no perk of a program become a required skill', () => {
    const posting =
      'Language skills\nSpanish: A1\n\n## Key advantages of this program:\n\n* surfing in the ocean\n* language practice\n\n## We will provide\n\n* flight tickets expenses reimbursement\n* a certificate of participation in the volunteer program\n\n## Candidate requirements:\n\n* Spanish language level A1';
    expect(asked(posting)).toEqual([['Spanish', 'required']]);
  });
});

describe('a heading the source marked that names no kind of section', () => {
  it('ends a section opened by an unmarked heading', () => {
    const text = 'Requirements:\n* SQL\n\n## Life in the valley\n\n* hiking trails';
    expect(sections(text).map(([kind]) => kind)).toEqual(['required', 'intro']);
  });
});

describe('whose section it is, after the section words', () => {
  it.each([
    ['Responsibilities of the position:', 'responsibilities'],
    ['Duties of the Nurse:', 'responsibilities'],
    ['Knowledge of the following:', 'skills'],
  ])('reads "%s" as %s', (heading, kind) => {
    expect(sections(`Intro line.\n${heading}\n* something`).at(-1)?.[0]).toBe(kind);
  });
});

describe('a clause that holds a known name is no list of names', () => {
  it('takes no phrase before "and/or" for a name when the known name sits in a clause after it', () => {
    const text =
      'Smoke may require changes to the schedule (e.g., shifting departure and/or return dates to avoid hazardous fire weather conditions).';
    expect(names(text).some((n) => /departure/i.test(n))).toBe(false);
  });
  it('still reads a name listed beside two known names', () => {
    expect(names('Requirements:\n- Experience with Python, Pandera and SQL')).toContain('Pandera');
  });
});

describe('prepositions end the object of a duty', () => {
  it('reads no practice in "Perform work alongside the other crew members"', () => {
    expect(names('Responsibilities:\n- Perform work alongside the other crew members').filter((n) => /work/i.test(n))).toEqual([]);
  });
});

describe('a graduate of a discipline', () => {
  it('reads the discipline as a field of study, not a required skill', () => {
    const result = analysed('Requirements\n• Graduate of Radiography or similar discipline\n• Must be computer literate');
    expect(result.education.fieldsOfStudy).toContain('Radiography');
    expect(result.requirements.map((r) => r.skill.name)).not.toContain('Diagnostic Radiography (X-ray)');
  });
});

describe('catalogue readings of everyday asks', () => {
  it.each([
    ['Ability to drive with a manual transmission', 'Vehicle Driving'],
    ['Driving a motorcycle: advantage', 'Motorcycle Riding'],
    ['Preferable skills: Car maintenance', 'Fleet Maintenance'],
    ['Interpreting into Spanish and English while escorting doctors', 'Language Interpreting'],
    ['Willingness to learn, work with a team, and be professional amongst coworkers', 'Collaboration'],
    ['To work effectively as part of the team', 'Collaboration'],
    ['Document and submit incident reports immediately', 'Incident Report Writing'],
  ])('reads "%s" as %s', (line, skill) => {
    expect(names(`Requirements:\n* ${line}`)).toContain(skill);
  });
  it('reads a GP surgery as a place, surgery assisted in as the skill', () => {
    expect(names('Requirements:\n* Experience in a GP surgery')).toEqual([]);
    expect(names('Requirements:\n* Experience assisting in surgery')).toContain('Surgery');
  });
  it('reads no nursing specialty in "a current license to practice nursing"', () => {
    expect(names('Requirements:\n• Must have a current license to practice nursing in Nigeria')).not.toContain('General Practice Nursing');
  });
  it.each([
    'Maintains charts and treatment plans and completes required reports',
    'File flight plans and post-flight reports with the safety office',
  ])('reads no reporting skill in the paperwork of a duty: "%s"', (duty) => {
    expect(names(`Responsibilities:\n- ${duty}`)).not.toContain('Reporting');
  });
  it('reads the reports a job writes regularly as reporting', () => {
    expect(names('Responsibilities:\n- Provides progress reports to the principal investigator')).toContain('Reporting');
  });
});

describe('a class given with one of its products', () => {
  it.each([
    ['Knowledge of programming languages such as C/C++, Python, Java or Perl', 'Programming', 'Python'],
    ['Strong programming skills in Python', 'Programming', 'Python'],
    ['Experience with MS Access, Oracle or MS SQL Server databases', 'Databases', 'SQL Server'],
    ['Using Unix-like operating systems', 'Operating systems', 'Unix'],
  ])('reads "%s" as the product, not the class', (line, kind, product) => {
    const found = names(`Requirements:\n- ${line}`);
    expect(found).toContain(product);
    expect(found).not.toContain(kind);
  });
  it.each([
    ['Experience with deep learning frameworks such as PyTorch', 'Deep learning'],
    ['Technologies: reactjs javascript node.js', 'JavaScript'],
  ])('keeps the field or the name in "%s"', (line, skill) => {
    expect(names(`Requirements:\n- ${line}`)).toContain(skill);
  });
});

describe('composure under pressure is a trait, managing stress a skill', () => {
  it.each(['Ability to work under pressure and meet deadlines', 'Remains calm under pressure', 'Level-headed in emergencies'])(
    'returns "%s" among the traits, not the requirements',
    (line) => {
      const result = analysed(`Requirements:\n- ${line}`);
      expect(result.requirements.map((r) => r.skill.name)).not.toContain('Stress Management');
      expect(result.traits.map((t) => t.skill.name)).toContain('Resilience');
    },
  );
  it('keeps stress management asked as a skill', () => {
    expect(names('Requirements:\n- Strong stress management skills')).toContain('Stress Management');
  });
});

describe('a person described by an adjective is a trait; the skill named as a noun is asked', () => {
  it.each([
    ['Detail-oriented and highly organized', ['Detail-Oriented', 'Organized']],
    ['Meticulous, well-organised self-starter', ['Detail-Oriented', 'Organized']],
    ['Tactful, diplomatic and tech-savvy', ['Tactful', 'Tech-Savvy']],
  ])('returns "%s" among the traits, not the requirements', (line, traits) => {
    const result = analysed(`Requirements:\n- ${line}`);
    expect(result.requirements.map((r) => r.skill.name)).toEqual([]);
    expect(result.traits.map((t) => t.skill.name)).toEqual(expect.arrayContaining(traits));
  });
  it('keeps attention to detail and organizational skills asked as skills', () => {
    expect(names('Requirements:\n- Strong attention to detail and excellent organizational skills')).toEqual([
      'Attention to Detail',
      'Organizational Skills',
    ]);
    expect(names('Requirements:\n- Handle sensitive situations with tact and diplomacy')).toEqual(['Diplomacy']);
  });
  it('lets a résumé that says it is detail-oriented and organised meet a posting that asks for both skills', () => {
    const posting = analysePosting(catalogue, { text: 'Requirements:\n- Attention to detail\n- Organizational skills\n- SQL' });
    const resume = readResume(catalogue, { text: 'SUMMARY\nDetail-oriented, highly organized analyst\nSKILLS\nSQL' }, { asOf: '2026-12' });
    const report = matchResume({ taxonomy: catalogue }, posting, resume, { asOf: '2026-12' });
    expect(report.gaps).toEqual([]);
  });
});

describe('the names of bodies', () => {
  it('reads no skill in a centre named with its acronym: "the Functional Electrical Stimulation (FES) Center"', () => {
    expect(
      names('Our partners include the Cleveland Functional Electrical Stimulation (FES) Center.\nRequirements:\n- Biostatistics'),
    ).toEqual(['Biostatistics']);
  });
});

describe('following instructions is a trait, following procedures a practice', () => {
  it.each(['Must communicate well with peers, take directions, and follow instructions carefully', 'Proven ability to take direction'])(
    'returns "%s" among the traits',
    (line) => {
      const result = analysed(`Qualifications:\n- ${line}`);
      expect(result.requirements.map((r) => r.skill.name)).not.toContain('Following Work Instructions');
      expect(result.traits.map((t) => t.skill.name)).toContain('Following Instructions');
    },
  );
  it('keeps standard operating procedures as a practice', () => {
    expect(names('Requirements:\n- Follow standard operating procedures in the clean room')).toContain('Following Work Instructions');
  });
});

describe('a line that says how much its list is asked', () => {
  it.each([
    ['The following responsibilities, skills, experience, education and agreements are required for this position:', 'required'],
    ['Experience in one or more of these areas/technologies is an advantage:', 'preferred'],
    ['Nice to have but not mandatory:', 'preferred'],
    ['We expect the following:', 'qualifications'],
  ])('reads "%s" as a %s list', (line, kind) => {
    expect(sections(`Job Description:\nWe are recruiting.\n${line}\n* Class A CDL`).at(-1)?.[0]).toBe(kind);
  });
  it('asks for the items under it at that level', () => {
    expect(
      asked(
        'Job Description:\nWe are recruiting applicators.\n**The following skills and experience are required for this position:**\n* Excellent record-keeping skills\n* Class A CDL desired',
      ),
    ).toEqual([
      ['Record Keeping', 'required'],
      ['CDL Class A', 'preferred'],
    ]);
  });
  it('reads no obligation as a list heading: "This role is required to travel:"', () => {
    expect(sections('Intro.\nThis role is required to travel:\n* to sites').map(([kind]) => kind)).toEqual(['intro']);
  });
  it('ends the list at the paragraph of prose after its items', () => {
    const text =
      'Nice to have but not mandatory:\n- GitHub account\nRadio Acme is an experimental ground for sound, music, voice and live performance. It broadcasts concerts, lectures and presentations.';
    expect(sections(text).map(([kind]) => kind)).toEqual(['preferred', 'intro']);
    expect(names(text)).toEqual(['GitHub']);
  });
});

describe('guards of a name written in lower case', () => {
  it('apply to the name itself: "Confidentiality Agreement" names no confidentiality skill', () => {
    expect(names('Requirements:\n* Willingness to sign company Confidentiality Agreement')).toEqual([]);
  });
  it('still read the skill elsewhere', () => {
    expect(names('Requirements:\n* Maintain confidentiality of client records')).toContain('Confidentiality');
  });
  it('reads no skill in signing an agreement, and the drafting of one as one', () => {
    expect(names('Requirements:\n* Must sign an NDA')).toEqual([]);
    expect(names('Requirements:\n* Experience drafting NDAs and contracts')).toContain('Non-Disclosure Agreements');
  });
  it('reads no name in "Equivalent experience with certification considered"', () => {
    expect(names('Requirements:\n* AA in Agriculture; Equivalent experience with certification considered')).toEqual([]);
  });
});

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../src/core/extract/data/${name}`, import.meta.url), 'utf8'));

describe('the credential-words data file', () => {
  it('follows credential-words.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(readJson('credential-words.schema.json') as object);
    validate(readJson('credential-words.json'));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('a credential the candidate must hold, listed or not', () => {
  it.each([
    ['Hold a current chemical applicator’s license', 'chemical applicator’s license'],
    ['Possess a current Certified Crop Consultant certification', 'Certified Crop Consultant certification'],
    ['Must have a valid livestock transporter licence', 'livestock transporter licence'],
  ])('reads "%s" as asking for %s', (line, credential) => {
    expect(asked(`Requirements:\n* ${line}`)).toContainEqual([credential, 'required']);
  });
  it.each([
    'Must hold a valid professional license',
    'We will help you obtain the needed certifications',
    'Licenses are renewed yearly',
    'Must have up-to-date licenses',
  ])('reads no credential in "%s"', (line) => {
    expect(names(`Requirements:\n* ${line}`)).toEqual([]);
  });
  it('leaves a credential the catalogue knows to the catalogue', () => {
    expect(names('Requirements:\n* Must hold a valid pesticide applicator license')).toEqual(['Pesticide Applicator License']);
  });
});

describe('a heading that leads in names', () => {
  it('reads each item under "Experience in one or more of these areas/technologies is an advantage:" as a name', () => {
    const text = 'Experience in one or more of these areas/technologies is an advantage:\n- Audio streaming\n- Liquidsoap\n- Python';
    expect(asked(text)).toEqual([
      ['Audio streaming', 'preferred'],
      ['Liquidsoap', 'preferred'],
      ['Python', 'preferred'],
    ]);
  });
  it('takes no name ending in a lone small letter ("Icecast o. LibreTime")', () => {
    expect(names('Knowledge of:\n- Icecast o. LibreTime').some((n) => / o$/.test(n))).toBe(false);
  });
});

describe('a duty stated as nouns at the head of its item', () => {
  it.each(['Organization of workshops', 'Acquisition of equipment and inventory', 'Support, maintenance and inventory of the studio'])(
    'reads "%s" as the practice',
    (duty) => {
      expect(names(`Responsibilities:\n- ${duty}`)).toEqual([duty]);
    },
  );
  it.each([
    'Induction and training of producers and broadcast managers',
    'Coordination of all the other departments of the hospital for every shift',
  ])('reads no practice in "%s"', (duty) => {
    expect(names(`Responsibilities:\n- ${duty}`)).toEqual([]);
  });
  it('leaves a duty the catalogue names to the catalogue', () => {
    expect(names('Responsibilities:\n- Maintenance of equipment')).toEqual(['Equipment Repair']);
  });
  it('reads an item cut off after "and" up to its last word', () => {
    expect(names('Responsibilities:\n- Acquisition of equipment and')).toEqual(['Acquisition of equipment']);
  });
});

describe('a tool and the suite it belongs to across a slash', () => {
  it('reads "MS365/Sharepoint" as one ask, not a choice', () => {
    const result = analysed('Requirements:\n- MS365/Sharepoint');
    expect(result.requirements.map((r) => r.skill.name)).toEqual(['Microsoft 365', 'Microsoft SharePoint']);
    expect(result.groups).toEqual([]);
  });
});
