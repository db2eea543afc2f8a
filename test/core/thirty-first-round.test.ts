import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const extract = (text: string) => extractPosting(catalogue, text);
const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);
const groupsOf = (text: string): string[][] => extract(text).groups.map((g) => g.skills);

describe('an acronym inside a longer name', () => {
  it('is not spelled by a longer word of the same stem ("coding testing" is no COD testing)', () => {
    const text =
      'Job description\nYou will join a team dedicated to improving the design analytics development coding testing and application programming of our software.';
    expect(names(text)).not.toContain('BOD and COD Testing');
  });
  it('still reads the acronym written as such, and its plural', () => {
    expect(names('Requirements\n- COD testing of wastewater samples')).toContain('BOD and COD Testing');
    expect(names('Requirements\n- Experience designing REST APIs')).toContain('REST APIs');
  });
  it('is no English word written in lower case ("operated it")', () => {
    expect(names('Requirements\n- Knowing technical details of how it is operated it and queried')).not.toContain('IT operations');
    expect(names('Requirements\n- Experience in IT operations')).toContain('IT operations');
  });
});

describe('a verb-first name whose object is hyphen-joined to the next word', () => {
  it('reads "building world-class products" as no world building', () => {
    expect(names('Responsibilities\n- Work with designers on innovative projects building world-class products')).not.toContain(
      'Story Structure',
    );
  });
  it('still reads world building named as such', () => {
    expect(names('Requirements\n- Experience with world-building for fiction')).toContain('Story Structure');
  });
});

describe('words a catalogue alias shared with another sense', () => {
  it('reads "English speaking skills" as the language, not presenting', () => {
    const found = names('Requirements\n- Have excellent English speaking skills.');
    expect(found).toContain('English');
    expect(found).not.toContain('Presentation');
    expect(names('Requirements\n- Strong speaking skills')).toContain('Presentation');
  });
  it('reads "their usability" as a property of something else, and usability itself as a skill', () => {
    expect(names('Responsibilities\n- Research of new technologies and investigation of their usability in our platforms')).not.toContain(
      'User Experience',
    );
    expect(names('Requirements\n- A good grasp of usability')).toContain('User Experience');
  });
  it('reads "technical details" and "producing code" as no detailing and no produce codes', () => {
    const found = names('Requirements\n- Knowing technical details of the protocol\n- Producing code samples and libraries');
    expect(found).not.toContain('Architectural Detailing');
    expect(found).not.toContain('PLU Codes');
  });
  it('reads "hosting knowledge share sessions" as no web hosting', () => {
    expect(names('Responsibilities\n- Help the team grow by hosting knowledge share sessions')).not.toContain('Web hosting');
    expect(names('Requirements\n- Experience with hosting and DNS')).toContain('Web hosting');
  });
  it('reads Android instrumentation tests as mobile testing, and instrumentation beside calibration as process instrumentation', () => {
    const found = names('Qualifications\n- You have written Android instrumentation or unit tests');
    expect(found).toContain('Mobile testing');
    expect(found).not.toContain('Process Instrumentation');
    expect(names('Requirements\n- Experience with instrumentation and calibration of pressure transmitters')).toContain(
      'Process Instrumentation',
    );
  });
  it('knows Bitcoin', () => {
    expect(names('Requirements\n- Similar knowledge of another blockchain protocol (e.g. Bitcoin).')).toContain('Bitcoin');
  });
});

describe('where something can be found', () => {
  it('reads "our projects, which can be found on GitHub" as a pointer, not a skill', () => {
    expect(names('Responsibilities\n- Contribute to our projects, which can be found on GitHub')).not.toContain('GitHub');
    expect(names('Requirements\n- Experience with GitHub and pull requests')).toContain('GitHub');
  });
});

describe('choices among labelled items', () => {
  it('makes each labelled item under "some of the following:" its own choice, without its label', () => {
    const text =
      'Requirements\n- Experience with some of the following:\n  - Big Data Technologies: Apache Hadoop, Apache Spark\n  - Containers: Docker, Kubernetes, OpenStack\n  - Cloud: AWS';
    expect(groupsOf(text)).toEqual([
      ['hadoop', 'spark'],
      ['docker', 'kubernetes', 'openstack'],
    ]);
  });
  it('makes no choice of a plain list of pluses under "some of the following"', () => {
    const text = 'If you have experience with some of the following it is extra meriting:\n\n- TypeScript\n- Unit testing\n- Git';
    expect(groupsOf(text)).toEqual([]);
  });
  it('keeps every example of a class in its choice, whatever slash sits among them', () => {
    expect(groupsOf('Requirements\n- Experience in at least another programming language (Go, C/C++, Rust etc.).')[0]).toContain('rust');
  });
});

describe('the title of a run-on page', () => {
  it('reads the names in a title that runs on into the page as the role, not requirements', () => {
    const text =
      'Full-Stack Engineer ( Java JavaScript React Node ) <ORGANIZATION> <ADDRESS> <LOCATION> - GB Date posted: 2021-03-04 Job description: we build software.\nYou will write services in Python.';
    const found = names(text);
    expect(found).not.toContain('React');
    expect(found).not.toContain('Full-stack development');
    expect(found).toContain('Python');
  });
});

describe('what the employer gives and how it hires', () => {
  it('reads the perks in a run-on page as no requirement, beside what it asks', () => {
    const text =
      'Requirements\nExperience with Python and SQL in production systems and a good understanding of cloud infrastructure is needed for this role as you will own services end to end We offer a subsidised gym catch the latest shows at our cinema get your car washed and even get pampered at our beauty salon Generous pension package and private healthcare and free yoga classes';
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(['Python', 'SQL']));
    for (const perk of ['Vehicle Detailing and Washing', 'Biomatters Geneious', 'Yoga Instruction']) expect(found).not.toContain(perk);
  });
  it.each([
    ['Free yoga classes, German language classes and health checks', 'German'],
    [
      'You must complete a pre-employment screening process. This will involve identity and employment verification.',
      'Identity Verification',
    ],
  ])('reads "%s" as no requirement', (sentence, skill) => {
    expect(names(`Requirements\n- Python\n\n${sentence}`)).not.toContain(skill);
  });
  it('still reads a language asked for', () => {
    expect(names('Requirements\n- Fluent German')).toContain('German');
  });
});

describe('a section about the employer', () => {
  it.each(['About the hospital', 'About the department', 'Facts about the department'])(
    'reads what the employer does under "%s" as no requirement',
    (heading) => {
      const text = `Consultant\nWe are hiring.\n\n${heading}\nThe department runs a day surgery unit and has a database of examinations.\n\nQualifications\n- Specialist in obstetrics`;
      const found = names(text);
      expect(found).not.toContain('Databases');
      expect(found).not.toContain('Perioperative Care');
      expect(found).toContain('Obstetrics and gynecology');
    },
  );
});

describe('a slash inside a list', () => {
  it.each([
    ['Experience with PowerShell, .NET/C#', [['dot-net', 'c-sharp']]],
    ['Knowledge of composition, exposure, aperture/depth-of-field', [['aperture-control', 'depth-of-field']]],
    ['Experience in 3D reconstruction/mapping, deep learning', []],
  ])('offers only the slash pair as a choice in "%s"', (line, groups) => {
    expect(groupsOf(`Requirements:\n- ${line}`)).toEqual(groups);
  });
  it('still offers a choice of every member when the list itself says "or" or is all slashes', () => {
    expect(groupsOf('Requirements:\n- Excel, SQL, Python, or R')).toEqual([['excel', 'sql', 'python', 'r']]);
    expect(groupsOf('Requirements:\n- SPSS/R/Python/SQL/or equivalent')).toEqual([['spss', 'r', 'python', 'sql']]);
  });
});

describe('words of the employer and of the offer', () => {
  it.each([
    ['Spoken and written English at negotiation level.', 'Negotiation'],
    ['Negotiation for salary supplement is possible.', 'Negotiation'],
    ['Please refrain from unsolicited profile presentations!', 'Presentation'],
    ['Open communication, flat hierarchies and fast decision making.', 'Decision Making'],
    ['You will join an industry-leading consultancy in people and change.', 'Consulting'],
    ['Software Carpentry and Data Carpentry are non-profit volunteer organizations that teach researchers.', 'Non-Profit Sector'],
    ['Teachers may not interrupt yoga class programming.', 'Programming'],
  ])('reads "%s" as no %s', (sentence, skill) => {
    expect(names(`Requirements:\n- Python\n\n${sentence}`)).not.toContain(skill);
  });
  it('still reads negotiation and consultancy asked of the candidate', () => {
    const found = names('Requirements:\n- Strong negotiation skills\n- Experience in consultancy');
    expect(found).toEqual(expect.arrayContaining(['Negotiation', 'Consulting']));
  });
});

describe('a lead-in over labelled sub-lists', () => {
  it('gives its level to the items under labels that say none ("* Neurobiology:")', () => {
    const text =
      'Open lab positions\n\nWe are looking for researchers.\n\nWhile not a prerequisite, previous experience in some or all of the following areas is a plus:\n\n* Neurobiology:\n  * Machine learning\n\n* Engineering:\n  * PCB layout\n  * Rapid Prototyping';
    expect(extract(text).requirements.map((r) => r.level)).toEqual(['preferred', 'preferred', 'preferred']);
  });
});

describe('the person sought', () => {
  it('reads "(We) seek a … individual with …" as asking', () => {
    const text =
      'Postdoctoral position available\n\nSeek a highly motivated, independent individual with excellent documentation skills; strong interpersonal skills; and the ability to prioritize tasks.';
    const levels = Object.fromEntries(extract(text).requirements.map((r) => [r.skill.name, r.level]));
    expect(levels).toMatchObject({ Documentation: 'required', 'Interpersonal Skills': 'required', Prioritization: 'required' });
  });
  it('leaves a duty that seeks something from people a duty', () => {
    const jira = extract('Responsibilities:\n- Seek input from individuals across teams using Jira').requirements[0];
    expect(jira?.level).toBe('mentioned');
  });
});

describe('what the employer is and offers', () => {
  it('reads a lab by its name as the employer ("Precision Informatics Research (INSPIRE) Lab")', () => {
    const text =
      'Postdoc\n\nThe Imaging- and Neuro-computations for Precision Informatics Research (INSPIRE) Lab is launching at the university.\n\nQualifications:\n- Python';
    expect(names(text)).not.toContain('Information science');
  });
  it('reads "collaboration opportunities" as an offer', () => {
    const text =
      "Postdoc\n\nWe are seeking a postdoctoral associate to join us.\nLocated in the engineering building, the lab is next to the imaging core and has computing power. The city's research institutes and hospitals offer numerous collaboration opportunities.\n\nQualifications:\n- Python";
    expect(names(text)).not.toContain('Collaboration');
  });
  it('reads what the job gives mentoring or training in as not asked, even in the requirements', () => {
    const levels = extract('Requirements:\n- Python\n- Receive mentorship in grant writing\n- Gain training in SQL').requirements.map(
      (r) => `${r.skill.name}:${r.level}`,
    );
    expect(levels).toEqual(expect.arrayContaining(['Python:required', 'Grant Writing:mentioned', 'SQL:mentioned']));
  });
});

describe('laboratory methods the catalogue now knows', () => {
  it.each([
    ['Viral injections', 'Stereotaxic surgery'],
    ['Working with mice and/or rats', 'Laboratory animal handling'],
    ['Experience running microplate assays', 'Microplate readers'],
    ['Neural recording in behaving animals', 'Electrophysiology'],
    ['fMRI, MEG, EEG, and/or optical imaging data', 'Optical imaging'],
  ])('reads "%s" as %s', (line, skill) => {
    expect(names(`Requirements:\n- ${line}`)).toContain(skill);
  });
});

describe('more ways to offer a choice', () => {
  it('reads "||" between names as "or"', () => {
    expect(groupsOf('Requirements:\n- Experience in Python || Java || Scala || Go etc.')).toEqual([['python', 'java', 'scala', 'go']]);
  });
  it('reads the names on the line of "some or all of these …:" as one choice', () => {
    expect(groupsOf('Requirements:\n- Experience with some or all of these languages: JavaScript, PHP, Python')).toEqual([
      ['javascript', 'php', 'python'],
    ]);
  });
  it('knows the disassemblers offered as a choice', () => {
    expect(groupsOf('Requirements:\n- Reverse engineering (IDA/Ghidra/Binary Ninja, Frida)')).toEqual([
      ['ida-pro', 'ghidra', 'binary-ninja'],
    ]);
  });
});

describe('headings with words of their own', () => {
  const levelsUnder = (heading: string): string[] =>
    extract(`Analyst\n\nResponsibilities:\n\n* Builds dashboards.\n\n${heading}\n\n* Experience with Python and SQL.`)
      .requirements.filter((r) => r.skill.name !== 'Dashboards')
      .map((r) => r.level);
  it.each([
    ['**Minimum Entrance Qualifications**', 'required'],
    ['Eligibility Requirements:', 'required'],
    ['**Skills you may have, or will learn**  **😊**', 'preferred'],
    ['Skills you may have 😊', 'preferred'],
  ])('reads the list under "%s" as %s', (heading, level) => {
    expect(levelsUnder(heading)).toEqual([level, level]);
  });
  it('reads a marked heading written as a lead-in of strong candidates as a plus', () => {
    const text =
      'Pen tester\n\n### Requirements:\n\n* Experience performing penetration tests.\n\n### Strong candidates will have experience with, or a desire to learn, some of the following:\n\n* Threat modeling\n* Identity and access management principles.';
    const levels = Object.fromEntries(extract(text).requirements.map((r) => [r.skill.name, r.level]));
    expect(levels).toMatchObject({
      'Penetration testing': 'required',
      'Threat modeling': 'preferred',
      'Identity and access management': 'preferred',
    });
  });
});

describe('practices in the company voice', () => {
  it('reads the practices a company describes itself by as no requirement, and keeps the products it names', () => {
    const text =
      'Solutions Engineer\n\nWe believe that the best way to deliver storage to containerized environments is with containerized and cloud-native architectures. We enable our users to handle complex data management operations on Kubernetes easily.\n\n### Requirements\n- Linux';
    const found = names(text);
    expect(found).not.toContain('Cloud architecture');
    expect(found).not.toContain('Data management');
    expect(found).toContain('Kubernetes');
  });
  it('keeps a practice listed among the products of the stack', () => {
    const text =
      'Writer\n\n### Requirements\n\nYou should have experience coding. Our projects tend to involve Python, JavaScript, web frameworks, and DevOps.';
    expect(names(text)).toContain('Web development');
  });
});

describe('a verb form of a name that ends in a plural noun', () => {
  it('reads "build secure applications" as no building security ("securing buildings")', () => {
    const found = names(
      'Penetration Tester\n\nAcme is looking for talented security engineers to join our team and help us build secure applications. This is a unique opportunity.\n\nRequirements:\n- Linux',
    );
    expect(found).not.toContain('Physical Security');
    expect(names('Requirements:\n- Secure the building at closing time')).toContain('Physical Security');
  });
});

describe('a participle after a determiner', () => {
  it('reads "achieve the set goals" as no goal setting, and "set goals for the team" as goal setting', () => {
    expect(names('Requirements:\n- Escalate in order to achieve the set goals.\n- Python')).not.toContain('Goal Setting');
    expect(names('Requirements:\n- Ability to set goals for the team')).toContain('Goal Setting');
  });
});
