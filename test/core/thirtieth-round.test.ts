import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const catalogue = loadTaxonomy();
const extract = (text: string) => extractPosting(catalogue, text);
const names = (text: string): string[] => extract(text).requirements.map((r) => r.skill.name);

describe('a word that is also a trade name, beside software', () => {
  it('reads "NoSQL engines" as databases, not engine repair', () => {
    expect(names('Requirements\n- Experience in SQL and NoSQL engines (eg: MySQL, PostgreSQL)')).not.toContain('Engine Repair');
  });
  it('still reads engines beside other shop-floor work', () => {
    expect(names('Requirements\n- Experience repairing brakes, engines and suspension on light trucks')).toContain('Engine Repair');
  });
});

describe('degree names glued together by a scraper', () => {
  it('reads the field after "BachelorMasterdegree in …"', () => {
    const education = extract('Qualifications: BachelorMasterdegree in Computer Science or related field').education;
    expect(education?.degreeLevels).toEqual(['bachelor', 'master']);
    expect(education?.fieldsOfStudy).toEqual(['Computer Science']);
  });
});

describe('a slash between skills used together', () => {
  const groupsOf = (text: string): string[][] => extract(text).groups.map((g) => g.skills);
  it('asks for both of a stack the catalogue knows ("HTML/CSS", "CD/CI"), with no choice between them', () => {
    const text = 'Requirements\n- Experience with HTML/CSS and JavaScript\n- CD/CI pipelines';
    expect(names(text)).toEqual(expect.arrayContaining(['HTML', 'CSS', 'Continuous delivery', 'Continuous integration']));
    expect(groupsOf(text)).toEqual([]);
  });
  it('still offers a choice where the slash is followed by "or" or joins substitutes', () => {
    expect(groupsOf('Requirements\n- HTML/CSS or a templating language like Pug')).not.toEqual([]);
    expect(groupsOf('Requirements\n- Experience with SPSS/R')).toEqual([['spss', 'r']]);
  });
});

describe('a heading whose aside gives its level', () => {
  const levels = (heading: string): string[] =>
    extract(`We build appliances.\n\n${heading}\n\n  - Python\n  - Java`).requirements.map((r) => r.level);
  it.each([
    ['Hardware skills (Desirable, not a must)', 'preferred'],
    ['Software skills (nice to have)', 'preferred'],
    ['Hardware Skills (Necessary)', 'required'],
  ])('reads "%s" as a heading of %s skills', (heading, level) => {
    expect(levels(heading)).toEqual([level, level]);
  });
  it('leaves a skill line with an aside that gives no level as a line of the list', () => {
    expect(names('Requirements\n- SQL\nCommunication skills (written and verbal)\n- Python')).toContain('Communication');
  });
});

describe('Markdown escapes', () => {
  it('reads "C\\+\\+" and "C\\#" as the names they escape, with offsets into the source', () => {
    const text = 'Requirements\n- Experience of coding in C\\+\\+ and C\\#';
    const cpp = extract(text).requirements.find((r) => r.skill.name === 'C++');
    expect(cpp?.mentions[0]).toMatchObject({ text: 'C\\+\\+', start: text.indexOf('C\\+') });
    expect(names(text)).toContain('C#');
  });
});

describe('a name at the end of its line', () => {
  it('is not part of a role named on the next line (a heading)', () => {
    const text =
      'We version our work with GitHub.\nPreferred Qualifications\n* Knowledge of collaborative tools like GitHub\n###### Research assistant projects\nYou will analyse data.';
    expect(extract(text).requirements.find((r) => r.skill.name === 'GitHub')?.level).toBe('preferred');
  });
  it('still is part of a role named on its own line ("alongside Java developers")', () => {
    expect(names('Requirements\n- SQL\n- Experience working alongside Java developers')).toEqual(['SQL']);
  });
});

describe('electronics and mobile names', () => {
  it.each([
    ['designing analog circuits that involve OPamp, filters', 'Operational amplifiers'],
    ['Strong fundamentals of protection circuits', 'Circuit protection'],
    ['simulation software like Pspice or equivalent', 'PSpice'],
    ['working with Codewarrior (Freescale/NXP IDE) or Eclipse IDE', 'Freescale CodeWarrior Tools'],
    ['Experience of design to launch in Apple App Store of a complete mobile app', 'App store deployment'],
    ['Linux and basic console commands', 'Command line'],
  ])('reads "%s" as %s', (item, skill) => {
    expect(names(`Requirements\n- ${item}`)).toContain(skill);
  });
});

describe('product names that are also words, listed together', () => {
  it('vouch for each other in a duty, as lower-case names do ("platforms such as Facebook, Instagram, LinkedIn")', () => {
    expect(names('Responsibilities:\n- Find candidates on platforms such as Facebook, Instagram, LinkedIn and Twitter.')).toEqual(
      expect.arrayContaining(['Facebook', 'Instagram', 'LinkedIn', 'Twitter']),
    );
  });
  it('leave a single such name in a duty unread', () => {
    expect(names('Responsibilities:\n- Find candidates on Instagram.')).not.toContain('Instagram');
  });
});

describe('a duty phrase with whose it is', () => {
  it('names no practice ("expanding our job postings reach")', () => {
    expect(names('Responsibilities:\n- Assist in expanding our job postings reach in several digital channels.')).toEqual([]);
  });
});

describe('choices asked by how many of them', () => {
  const groupsOf = (text: string): string[][] => extract(text).groups.map((g) => g.skills);
  it('reads "(some) of" and "one of" before names as a choice', () => {
    expect(groupsOf('Requirements:\n- Exposure to (some) of Python, Git, Docker, AWS.')).toEqual([['python', 'git', 'docker', 'aws']]);
    expect(groupsOf('Requirements:\n- Experience with one of React, Vue or Angular, and SQL.')).toEqual([['react', 'vue', 'angular']]);
  });
  it('reads "at least two programming languages:" as a lead-in to a choice, over a wrapped line', () => {
    const text = 'Requirements:\n* Proficiency in at least two programming languages: Python, JavaScript, PHP,\n  Java, etc.\n* SQL';
    expect(groupsOf(text)).toEqual([['python', 'javascript', 'php', 'java']]);
  });
});

describe('the role the reader is addressed as', () => {
  it.each([
    ['As a graphic designer, you are responsible for making our posts.', 'Graphic Design'],
    ['As our new Data Analyst, you will report to the CFO.', 'Data Analysis'],
    ['We are hiring a data analyst to join our finance team.', 'Data Analysis'],
  ])('reads the practice of "%s" as mentioned', (sentence, practice) => {
    expect(extract(`About the role\n${sentence}`).requirements.map((r) => [r.skill.name, r.level])).toContainEqual([practice, 'mentioned']);
  });
  it('reads no role from "As a team, you …"', () => {
    expect(names('About the role\nAs a team, you will learn from each other.')).toEqual([]);
  });
});

describe('headings and design words', () => {
  it('reads "Requisites" as a heading noun of what is asked', () => {
    expect(extract('We publish a magazine.\n\nRequisites: Have experience with Canva').requirements[0]?.level).toBe('required');
  });
  it('reads basic design principles as a skill of visual design', () => {
    expect(names('Responsibilities\n- Follow guidelines and basic design principles')).toContain('Visual design principles');
  });
});

describe('a verb-first name the compiler made, before a longer real name', () => {
  it('yields to the name its object opens ("prepared test plans" is test planning, not test preparation)', () => {
    const found = names('Responsibilities\n- Perform feature testing per prepared test plans');
    expect(found).toContain('Test planning');
    expect(found).not.toContain('Test Preparation');
  });
  it('still reads the verb-first name where nothing longer follows', () => {
    expect(names('Responsibilities\n- Prepare students for exams')).toContain('Test Preparation');
  });
});

describe('certifications and the company that grants them', () => {
  it('reads RHCSA and RHCE as certifications of their own, under Red Hat Enterprise Linux', () => {
    const found = names('Requirements\n- Red Hat certifications (e.g., RHCSA, RHCE)\n- Red Hat Certified System Administrator');
    expect(found).toEqual(expect.arrayContaining(['RHCSA', 'RHCE']));
  });
  it('reads "Red Hat" alone as the company, and beside other systems as the operating system', () => {
    expect(names('About us\nThe engineering teams throughout Red Hat rely on our lab.\n\nRequirements\n- SQL')).toEqual(['SQL']);
    expect(names('Requirements\n- Linux (Red Hat, Ubuntu)')).toContain('Red Hat Enterprise Linux');
  });
});

describe('unlisted names before an asking tail', () => {
  it('reads no name from a noun of any work ("analysis skills")', () => {
    expect(names('Required Skills\n* Solid problem-solving and analysis skills')).toEqual(['Problem Solving']);
  });
  it('still reads a practice before its tail ("supervision experience")', () => {
    expect(names('Required Skills\n* Teaching and supervision experience')).toContain('supervision');
  });
});

describe('research computing names', () => {
  it.each([
    ['workflow systems (Nextflow, snakemake)', ['Nextflow', 'Snakemake']],
    ['3D reconstruction and deep learning for 3D perception', ['3D reconstruction', '3D perception']],
    ['robot navigation and robotic manipulation', ['Robot navigation', 'Robotic manipulation']],
    ["Python modules 'paramiko' and py.test", ['Paramiko', 'pytest']],
  ])('reads "%s"', (item, skills) => {
    expect(names(`Requirements\n- ${item}`)).toEqual(expect.arrayContaining(skills));
  });
});

describe('the practice of a role named with its field', () => {
  it('reads a developer as development ("a business developer")', () => {
    expect(
      extract('About the role\nWe are hiring a business developer to join us.').requirements.map((r) => [r.skill.name, r.level]),
    ).toEqual([['Business Development', 'mentioned']]);
  });
  it('reads a licensed trade with its years as asked', () => {
    expect(names('Requirements:\n- Licensed plumber with 5 years of experience')).toContain('Plumbing');
  });
});

describe('a hard-wrapped paragraph', () => {
  const wrapped =
    'About the job\n\nWe are looking for someone to join our team as a student employee to\nhelp manage our internal services. These services run on Linux. You should\nalready have some experience working with Linux and administrating servers, and\nyou will be able to deepen your understanding of those with us.';
  it('reads its sentences across the line breaks, so their asks hold ("You should⏎already have …")', () => {
    expect(extract(wrapped).requirements.map((r) => [r.skill.name, r.level])).toContainEqual(['Linux', 'required']);
  });
  it('keeps its offsets into the source', () => {
    const linux = extract(wrapped).requirements.find((r) => r.skill.name === 'Linux');
    for (const m of linux?.mentions ?? []) expect(wrapped.slice(m.start, m.end)).toBe('Linux');
  });
  it('leaves lists of short lines and labelled lines as they are', () => {
    const text =
      'Benefits:\n  - We work from Monday to Friday at a sustainable pace in order to provide a good balance\njob_requirements:\n  - Experience with Agile software development processes.';
    expect(extract(text).requirements.map((r) => [r.skill.name, r.level])).toContainEqual(['Agile', 'required']);
  });
});

describe('what stands outside a hedge', () => {
  it('keeps the ask of its own words ("You should already have experience with Linux, and you are interested in Docker")', () => {
    expect(
      extract('About\nYou should already have some experience with Linux, and you’re interested in Docker.').requirements.map((r) => [
        r.skill.name,
        r.level,
      ]),
    ).toEqual([
      ['Linux', 'required'],
      ['Docker', 'preferred'],
    ]);
  });
  it('reads an imperative of having as an ask ("Have a good understanding of the English language")', () => {
    expect(
      extract('Editors check facts.\n\nHave a good understanding of the English language.').requirements.map((r) => [
        r.skill.name,
        r.level,
      ]),
    ).toContainEqual(['English', 'required']);
  });
});

describe('sections a candidate is offered or told about', () => {
  it('reads "What You\'ll Gain" as what the job gives, naming no requirement', () => {
    expect(
      names(
        "Ideal Candidate\n• Experience with Canva\n\nWhat You'll Gain\n• Real-world startup experience\n• Portfolio pieces for CPT/OPT",
      ),
    ).toEqual(['Canva']);
  });
  it('reads "About Forestry.io" as the company\'s own section', () => {
    expect(names('Title\n\n### About Forestry.io\n\nWe support tools like Git, Hugo and Jekyll.\n\n### Qualifications\n\n* SQL')).toEqual([
      'SQL',
    ]);
  });
  it('reads "You have excellent writing/editing and verbal communication skills" as an ask, however many words name the skills', () => {
    expect(
      extract('### Work Culture\n\nYou have excellent writing/editing and verbal communication skills.').requirements.map((r) => r.level),
    ).toEqual(['required', 'required', 'required']);
  });
});

describe('what the candidate need not know, and what the company builds', () => {
  it('reads "Does not need to be knowledgeable on blockchains" as no ask', () => {
    expect(
      extract('Skills:\n- Does not need to be knowledgeable on blockchains\n- SQL').requirements.map((r) => [r.skill.name, r.level]),
    ).toEqual([
      ['SQL', 'required'],
      ['Blockchain', 'mentioned'],
    ]);
  });
  it('reads "Acme is building a CRM platform for dentists" as what the company does, asking nothing', () => {
    expect(
      extract('Requirements\n- SQL\n- Acme is building a CRM platform for dentists.').requirements.map((r) => [r.skill.name, r.level]),
    ).toEqual([
      ['SQL', 'required'],
      ['CRM software', 'mentioned'],
    ]);
  });
});

describe('asks put as questions and verbs that open names', () => {
  it('reads "Are you a self-starter with strong communication skills?" as an ask, and "Do you want to develop …" as none', () => {
    expect(
      extract(
        'Intern\nAcme is hiring.\n\nAre you ready to make an impact, a self-starter with strong communication skills?',
      ).requirements.map((r) => [r.skill.name, r.level]),
    ).toEqual([['Communication', 'required']]);
    expect(
      extract('Intern\nAcme is hiring.\n\nDo you want to develop your communication skills?').requirements.map((r) => r.level),
    ).toEqual(['mentioned']);
  });
  it('reads "desire to build systems" as a verb, not build tools', () => {
    expect(names('Skills\n* Strong organization and desire to build systems instead of one-off solutions')).not.toContain('Build tools');
    expect(names('Skills\n* Experience with build systems like Bazel')).toContain('Build tools');
  });
});

describe('finance and data duties', () => {
  it('reads a verb and its object across whose the object is ("Reconciling the organizations’ bank statements")', () => {
    expect(
      names("Responsibilities\n• Reconciling the organizations’ bank statements.\n• Reconcile the company's bank statements."),
    ).toEqual(['Bank Reconciliation']);
  });
  it('reads balance sheets and income statements as financial statements, not a trial balance', () => {
    expect(names('Responsibilities\n• Manage the preparation of balance sheets and income statements')).toEqual(['Financial Statements']);
  });
  it('keeps financial statement preparation apart from the financial reporting it is part of', () => {
    expect(
      names('Responsibilities\n• Financial reporting to the board\nRequirements\n• Proficiency in financial statement preparation').sort(),
    ).toEqual(['Financial Reporting', 'Financial Statements']);
    expect(catalogue.ancestors('financial-statements')).toContain('financial-reporting');
  });
  it.each([
    ['Regular expressions and fuzzy matching', 'Fuzzy matching'],
    ['Parsing text from various sources', 'Text parsing'],
    ['Data import from legacy systems', 'Data migration'],
    ['Reconciling transactions', 'Account Reconciliation'],
  ])('reads "%s" as %s', (item, skill) => {
    expect(names(`Requirements\n- ${item}`)).toContain(skill);
  });
});

describe('the tools a company says it uses', () => {
  it('reads every example after "tools like", whatever its category ("Google Docs, AirTable and Zotero")', () => {
    expect(names('How we work\nWe use tools like Google Docs, AirTable and Zotero for our day-to-day work.')).toEqual([
      'Google Docs',
      'Airtable',
      'Zotero',
    ]);
  });
  it('still reads no skill from what the company does ("we serve healthcare")', () => {
    expect(names('How we work\nWe inspire creativity and serve healthcare.')).toEqual([]);
  });
});

describe('laboratory genetics', () => {
  it.each([
    ['Microinjecting C. elegans for creating new transgenic nematode strains', ['Microinjection', 'C. elegans', 'Transgenics']],
    ['Prior experience with Gateway or Gibson cloning techniques', ['Gateway cloning', 'Gibson assembly']],
    ['Prior experience working with a genetic model systems', ['Model organisms']],
  ])('reads "%s"', (item, skills) => {
    expect(names(`Preferred\n- ${item}`)).toEqual(expect.arrayContaining(skills));
  });
});

describe('creative coding names that are also words', () => {
  it('reads Processing and p5 beside each other as the language and the library', () => {
    expect(names('Requirements\n- Basic data visualizations in Processing and p5')).toEqual(
      expect.arrayContaining(['Processing (programming language)', 'p5.js']),
    );
  });
  it('leaves "Processing of invoices" a duty', () => {
    expect(names('Requirements\n- Processing of invoices')).not.toContain('Processing (programming language)');
  });
});

describe('what reports serve', () => {
  it('reads "reports to support decision making by the leadership" as what the reports are for, not a skill', () => {
    expect(names('Responsibilities\n• Prepare relevant reports to support decision making by the leadership.')).toEqual(['Reporting']);
  });
  it('still reads decision making the candidate does', () => {
    expect(names('Responsibilities\n• Lead decision making on projects')).toContain('Decision Making');
  });
});

describe('a name shared across "or"', () => {
  it('reads "Google or Adobe Analytics" as the two analytics tools, not Google', () => {
    expect(extract('Requirements:\n• Experience with Google or Adobe Analytics').groups.map((g) => g.skills)).toEqual([
      ['google-analytics', 'adobe-analytics'],
    ]);
  });
  it('keeps a name written as a name ("SQL/NoSQL databases")', () => {
    expect(names('Requirements:\n• SQL/NoSQL databases')).toContain('SQL');
  });
});
