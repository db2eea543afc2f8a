import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const extract = (text: string) => extractPosting(catalogue, text);
const levelOf = (text: string, name: string): string | undefined => extract(text).requirements.find((r) => r.skill.name === name)?.level;

describe('a dash inside a sentence', () => {
  const posting = (sentence: string) => `Office Assistant\n\nWe are a small firm in the city.\n\n${sentence}\n`;
  it('sets off an aside that keeps the sentence\'s "must have"', () => {
    const text = posting(
      'Suitable applicants must have two years of office experience with spreadsheets – Excel or Google Sheets, and a passion for order.',
    );
    expect(levelOf(text, 'Google Sheets')).toBe('required');
  });
  it('still opens the items of a list run on into one line', () => {
    const text = 'Data Analyst\n\nRequirements - SQL - Python preferred - Tableau';
    expect(levelOf(text, 'Python')).toBe('preferred');
    expect(levelOf(text, 'SQL')).toBe('required');
  });
});

describe('"must" and "required" that ask nothing of the candidate', () => {
  it('reads what records must be as a duty of the job, not an ask', () => {
    const text =
      'Archivist\n\nAbout the role\nThe archive holds film and video. New born-digital records must be properly catalogued, with digital preservation in mind.\n';
    expect(levelOf(text, 'Digital Preservation')).toBe('mentioned');
    expect(levelOf('Archivist\n\nAbout the role\nApplicants must know digital preservation.\n', 'Digital Preservation')).toBe('required');
  });
  it('reads "at required times" and "essential administrative functions" as duties', () => {
    const text =
      'Responsibilities:\n- Performs surgical counts with the circulator at required times as per policy\n- Performs essential administrative functions for the division';
    expect(levelOf(text, 'Surgical Counts')).toBe('mentioned');
    expect(levelOf(text, 'Administrative Support')).toBe('mentioned');
  });
});

describe('a plus said in few words', () => {
  it('reads "(Added advantage)" after an item as a plus', () => {
    const text = 'Requirements:\n- Basic knowledge in Manual Testing and Agile Methodology (Added advantage)\n- SQL';
    expect(levelOf(text, 'Manual testing')).toBe('preferred');
    expect(levelOf(text, 'SQL')).toBe('required');
  });
  it('reads "Strong applicants will also have" as the profile hoped for', () => {
    const text = 'Qualifications\nStrong applicants will also have some familiarity with data visualization.';
    expect(levelOf(text, 'Data Visualization')).toBe('preferred');
  });
});

describe('what a hire may still learn', () => {
  it('is a plus, and only what follows "willing to learn" is', () => {
    const text = 'Requirements:\n- Strong Python skills and willingness to learn Go and Rust';
    expect(levelOf(text, 'Python')).toBe('required');
    expect(levelOf(text, 'Rust')).toBe('preferred');
  });
  it('levels a list after "experience or willingness to learn:" as a plus', () => {
    const text = 'Knowledge Required:\n- Current experience or willingness to learn: AutoCAD Civil 3D, Excel';
    expect(levelOf(text, 'AutoCAD Civil 3D')).toBe('preferred');
    expect(levelOf(text, 'Excel')).toBe('preferred');
  });
  it('is no hedge when nothing to learn is named ("willing to learn and share")', () => {
    const text = 'Your profile:\n- Curious and willing to learn and share, with written and spoken English';
    expect(levelOf(text, 'English')).toBe('required');
  });
});

describe('the ideal candidate as the only list a posting asks with', () => {
  const duties = 'Accounts Assistant\n\nYour responsibilities will include:\n\n* Manage monthly invoicing\n* Prepare work packs\n\n';
  it('is the requirements', () => {
    const text = `${duties}**The ideal candidate will possess:**\n\n* Intermediate Microsoft Excel skills\n* Problem Solving\n`;
    expect(levelOf(text, 'Excel')).toBe('required');
  });
  it('stays a wish beside a list the posting says it must have', () => {
    const text = `${duties}You must have:\n\n* Intermediate Microsoft Excel skills\n\nThe ideal candidate will possess:\n\n* Xero\n`;
    expect(levelOf(text, 'Excel')).toBe('required');
    expect(levelOf(text, 'Xero')).toBe('preferred');
  });
});

describe('a domain worked with', () => {
  const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);
  it('is asked, not a department ("Experience working with SaaS")', () => {
    expect(names('Requirements\n- Experience working with SaaS')).toContain('SaaS');
  });
  it('is asked after two verbs of experience, and its alternatives are grouped', () => {
    const text = 'Nice to have\n- Experience designing and working with SaaS or PaaS';
    expect(names(text)).toContain('SaaS');
    expect(extract(text).groups.map((g) => g.skills)).toContainEqual(['saas', 'paas']);
  });
  it('still reads the departments a duty works with as no skills', () => {
    expect(names('Responsibilities\n- Work closely with Sales and Marketing on launches')).not.toContain('Sales');
  });
});

describe('mentorship the hire receives', () => {
  const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);
  it('is a perk, not the skill of mentoring', () => {
    expect(names('About the role\nYou will work under the mentorship of the executive team.')).not.toContain('Mentoring');
    expect(names('What we offer\n- Mentorship from experienced developers and system administrators')).not.toContain('Mentoring');
    expect(names('Your week\n- A weekly one-on-one for mentorship and discussing your work')).not.toContain('Mentoring');
  });
  it('is still asked when the hire gives it', () => {
    expect(names('Requirements\n- Mentorship of junior engineers')).toContain('Mentoring');
  });
});

describe('a GitHub profile sent with an application', () => {
  // "A GitHub account" in a list of pluses still counts (see offers-and-clauses.test.ts).
  const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);
  it('names no skill', () => {
    expect(names('To apply\nSend us your resume and your Github account details.')).not.toContain('GitHub');
    expect(names("How to apply\nIf you'd like to show us your GitHub profile, feel free.")).not.toContain('GitHub');
  });
  it('still reads GitHub used for work', () => {
    expect(names('Requirements\n- Experience with GitHub and pull requests')).toContain('GitHub');
  });
});

describe('creative problem solving', () => {
  it('asks for problem solving, a skill, not only the trait of creativity', () => {
    const found = extract('Requirements:\n- Creative problem-solving skills').requirements.map((r) => r.skill.name);
    expect(found).toContain('Problem Solving');
  });
});

describe('layouts that hide a level', () => {
  it('reads a semicolon after "will have" as the lead-in\'s colon', () => {
    const text =
      'Office Administrator\n\nWe are a church.\n\nThe successful applicant will have; experience of a similar role, great organisational skills and MS Word.';
    expect(levelOf(text, 'Microsoft Word')).toBe('required');
  });
  it('reads "Strongly Preferred" and "Strongly Desired" as headings of wishes', () => {
    for (const heading of ['**Strongly Preferred**', 'Strongly Desired']) {
      const text = `Bookkeeper\n\nRequired Skills:\n- Excel\n\n${heading}\n\n- NetSuite experience`;
      expect(levelOf(text, 'NetSuite')).toBe('preferred');
      expect(levelOf(text, 'Excel')).toBe('required');
    }
  });
  it('reads "Benefits We Provide" as what the employer offers, naming no skill', () => {
    const text = 'Therapist\n\nResponsibilities\n\n- Conduct therapy sessions\n\nBenefits We Provide\n\n- Advertising\n- Credentialing';
    expect(levelOf(text, 'Advertising')).toBeUndefined();
  });
  it('reads a sentence ending on "required" under the perks as an ask', () => {
    const text =
      "Therapist\n\nWe offer:\n\n• Paid vacation\n\n• Flexible scheduling\n\nYou will work with experienced therapists. Active state license and Driver's license required.";
    expect(levelOf(text, "Driver's License")).toBe('required');
  });
});

describe('catalogue: names postings write for known practices', () => {
  const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);
  it.each([
    ['Preferred:\n- Vulnerability analysis and application reversing', 'Software reverse engineering'],
    ['Requirements:\n- Trained in psychoanalysis or family systems', 'Psychotherapy'],
    ['Requirements:\n- Neural imaging and processing techniques', 'Neuroimaging'],
    ['Requirements:\n- Experience with cash flow analysis', 'Cash Forecasting'],
    ['Requirements:\n- Real-time processing of sensor events', 'Stream processing'],
  ])('%j names %s', (text, skill) => {
    expect(names(text)).toContain(skill);
  });
});

describe('a product and its class joined by a slash', () => {
  const groupsOf = (text: string): string[][] => extract(text).groups.map((g) => g.skills);
  it('offers the product or another of its class ("SAP/ERP")', () => {
    expect(groupsOf('Requirements\n- Knowledge of SAP/ ERP is an added advantage.')).toContainEqual(['sap', 'erp-systems']);
  });
  it('still asks for a tool and the suite it belongs to together ("Excel/Office")', () => {
    expect(groupsOf('Requirements\n- Excel/Office')).toEqual([]);
  });
});

describe('a privacy notice on applying', () => {
  it('names no skill ("establishing an applicant database")', () => {
    const text =
      'Care Assistant\n\nThe Role\n- Deliver personal care\n\nBy submitting your details, you acknowledge that we are processing your personal data for managing your application and establishing an applicant database.';
    expect(extract(text).requirements.map((r) => r.skill.name)).not.toContain('Databases');
  });
});

describe("leadership that is the employer's or on offer", () => {
  const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);
  it('names no skill ("per leadership directive", "leadership growth")', () => {
    expect(names('Responsibilities\n- Attends all meetings per leadership directive')).not.toContain('Leadership');
    expect(names('Why volunteer\nYou will be provided opportunities for mentorship and leadership growth.')).not.toContain('Leadership');
  });
  it('still reads leadership asked of the candidate', () => {
    expect(names('Requirements\n- Proven leadership and communication skills')).toContain('Leadership');
  });
});

describe('what the successful applicant will be able to do', () => {
  it('is asked, as what they will have is', () => {
    const text = 'Office Administrator\n\nWe are a church.\n\nThe successful candidate will be able to use Excel and PowerPoint.';
    expect(levelOf(text, 'Excel')).toBe('required');
  });
});

describe('words that name the employer or its stage, not a skill', () => {
  const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);
  it('reads "The Red Hat Quality Engineering team" as the employer, and Red Hat in a list of systems as the Linux', () => {
    expect(
      names('Job Description\nThe Red Hat Quality Engineering (QE) team is looking for an intern.\n\nRequirements\n- Python'),
    ).not.toContain('Red Hat Enterprise Linux');
    expect(names('Requirements\n- Linux administration (Red Hat, Ubuntu)')).toContain('Red Hat Enterprise Linux');
  });
  it('reads "the next stage of development" as no child development', () => {
    expect(names('Responsibilities\n- Help move the trust to the next stage of development')).not.toContain('Child Development');
    expect(names('Requirements\n- Knowledge of the stages of development of young children')).toContain('Child Development');
  });
});
