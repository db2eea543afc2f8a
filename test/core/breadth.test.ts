import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { namedSkills } from '../support/named-skills.js';
import { resolveSkill } from '../../src/core/taxonomy/search.js';
import { readResume } from '../../src/core/resume/intake.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);
const named = (text: string): string[] => namedSkills(taxonomy, text);

describe('the catalogue names the skills of non-tech postings', () => {
  it('reads a trademark counsel posting as legal work, not as soft skills', () => {
    const found = ids(
      'Requirements: 5+ years of trademark law experience, including clearance searches, oppositions and TTAB proceedings; ' +
        'brand protection and anti-counterfeiting; active bar membership; strong legal research and writing skills; experience with CompuMark.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['trademark-law', 'brand-protection', 'bar-admission', 'legal-research', 'trademark-search-tools']),
    );
  });

  it("reads an SRE posting's shells, incidents and team work, and a construction posting's building systems as no tooling", () => {
    expect(
      named(
        'Requirements:\n- Go, Ruby or POSIX shell\n- Experience resolving incidents\n- Ability to work independently and as part of a team\n- Experience with MYOB',
      ),
    ).toEqual(expect.arrayContaining(['shell-scripting', 'incident-management', 'collaboration', 'myob']));
    expect(ids('Requirements:\n- General knowledge of building construction methods and building systems')).not.toContain(
      'developer-tools',
    );
    expect(ids('Requirements:\n- The project is carried out in collaboration with two hospitals.')).not.toContain('collaboration');
    expect(ids('Duties:\n- Report on our communications campaigns and organizational communications.')).not.toContain('communication');
    expect(ids('Duties:\n- Identify the need for computer programs or management systems.')).not.toContain('programming');
    expect(named('Requirements:\n- Knowledge of computer programming.')).toContain('programming');
    expect(
      named('Requirements:\n- Over-the-road trucking and DOT logs\n- Staff scheduling\n- Irrigation systems\n- Auto mechanic experience'),
    ).toEqual(
      expect.arrayContaining(['commercial-driving', 'hours-of-service', 'staff-scheduling', 'irrigation-systems', 'automotive-repair']),
    );
    expect(named('Requirements:\n- Work hand-in-hand with engineers\n- Randomized studies')).toEqual(
      expect.arrayContaining(['collaboration', 'randomized-controlled-trials']),
    );
    const cuttingEdge = ids('Requirements:\n- Cutting-edge AI research on leading-edge computing');
    expect(cuttingEdge).not.toContain('edge-ai');
    expect(cuttingEdge).not.toContain('edge-computing');
    // Reporting an event to someone is no reporting skill; defects and accidents are reported in their own trades.
    expect(
      ids('Duties:\n- Care for equipment, reporting any losses or damage to the Head.\n- Reporting incidents to the supervisor.'),
    ).toEqual(['equipment-care']);
    expect(ids('Requirements:\n- Defect reporting\n- Accident reporting')).toEqual(['issue-tracking', 'health-and-safety']);
    expect(ids('Duties:\n- Launch new programming based on community needs.')).not.toContain('programming');
    // The company's own operations, or a function of it, are no operations management.
    expect(
      ids('Requirements:\n- Experience in business operations\n- Safeguard business operations\n- Join business operations initiatives'),
    ).toEqual(['operations-management']);
    // Team work in the ways postings word it.
    for (const line of ['Ability to work independently or in a group', 'Able to work in groups', 'Works well in a team']) {
      expect(named(`Requirements:\n- ${line}`)).toContain('collaboration');
    }
    expect(ids('Requirements:\n- Join a group practice')).not.toContain('collaboration');
    // Customer service in the ways postings word it.
    for (const line of [
      'Provide our customers with great service',
      'Provide excellent service to customers',
      'Greet and assist customers',
    ]) {
      expect(named(`Requirements:\n- ${line}`)).toContain('customer-service');
    }
    // Trades, kitchens and schools in the ways their postings word them.
    expect(ids('Requirements:\n- Aptitude with mechanical, pneumatic, hydraulic equipment')).toEqual(['mechanical-aptitude', 'hydraulics']);
    expect(ids('Requirements:\n- Pneumatic tools')).toEqual(['hand-and-power-tools']);
    expect(ids('Requirements:\n- Adheres to lockout tagout procedures')).toEqual(['lockout-tagout']);
    expect(ids('Requirements:\n- An effective time manager and multi-tasker')).toEqual(['time-management', 'multitasking']);
    expect(ids('Requirements:\n- Interprets mechanical and structural blueprints')).toEqual(['engineering-drawings']);
    expect(ids('Requirements:\n- A blueprint for success')).toEqual([]);
    expect(named('Requirements:\n- Manage student behavior\n- Assist in arranging special events')).toEqual(
      expect.arrayContaining(['classroom-management', 'event-management']),
    );
    expect(named('Requirements:\n- Knowledge of Safer Food Better Business and food allergens')).toEqual(
      expect.arrayContaining(['food-safety', 'allergen-management']),
    );
    // A company's legal name, its library's collections, an equal-opportunities policy and a verb-first name ending in an adjective are no skills.
    expect(ids('Duties:\n- Natural Essentials, Inc. DBA Bulk Apothecary is a growing company')).toEqual([]);
    expect(ids('Requirements:\n- DBA experience')).toEqual(['database-administration']);
    expect(ids('Duties:\n- The Libraries make discoverable collections that transcend boundaries.')).toEqual([]);
    expect(named('Requirements:\n- Collections and accounts receivable')).toContain('collections');
    expect(ids('Requirements:\n- SQL\n- We ensure equal opportunities in the fields of recruitment, employment and training.')).toEqual([
      'sql',
    ]);
    expect(ids('Duties:\n- Manage operational data')).not.toContain('operations-management');
    // Experience in a sector, or in supervising, offered as a choice.
    expect(extractPosting(taxonomy, 'Requirements:\n- Experience working in a library or non-profit.').groups.map((g) => g.skills)).toEqual(
      [['library-science', 'non-profit']],
    );
    expect(named('Requirements:\n- Experience in retail management or supervisory roles is preferred.')).toContain('people-management');
    // An institution's own leadership, communications, research library and benefits are no skills.
    expect(
      ids(
        "Duties:\n- Work with library leadership on marketing plans\n- Refine the library's communications\n- Continuing education reimbursements\n- Columbia is a top-tier academic research library",
      ),
    ).toEqual(['marketing-strategy']);
    expect(named('Requirements:\n- Strong leadership\n- Continuing education in nursing\n- Academic research experience')).toEqual(
      expect.arrayContaining(['leadership', 'adult-education', 'academic-research']),
    );
    // A dental plan's cleanings are a benefit, not periodontal therapy.
    expect(ids('Requirements:\n- SQL\n- Dental cleanings covered at 100%.')).toEqual(['sql']);
    // Social care, warehouse, kitchen and classroom knowledge.
    expect(ids('Requirements:\n- Strong knowledge of Autism and Learning Disabilities')).toEqual([
      'autism-support',
      'learning-disabilities',
    ]);
    expect(ids('Requirements:\n- Basic knowledge of hazmat signs and symbols')).toEqual(['hazardous-materials-handling']);
    expect(ids('Requirements:\n- Knowledge of allergies relating to food types')).toEqual(['allergen-management']);
    expect(ids('Requirements:\n- Ability to interact effectively with managers, staff, faculty')).toEqual(['interpersonal-skills']);
    expect(named('Requirements:\n- Work cooperatively with classroom teachers\n- Interact effectively with others')).toEqual(
      expect.arrayContaining(['collaboration', 'interpersonal-skills']),
    );
    // Care and safety in the ways care and trades postings word them.
    expect(ids('Requirements:\n- Assist residents with daily living activities')).toEqual(['caregiving']);
    expect(ids('Requirements:\n- Follow safety procedures\n- Maintain a clean and safe work area')).toEqual(['health-and-safety']);
    // Experience as a developer is no developer experience (DX).
    expect(ids('Requirements:\n- Java Developer experience\n- 3 years of software developer experience')).toEqual(['java']);
    expect(ids('Requirements:\n- Improve developer experience and internal tooling')).toEqual(['developer-tools']);
    // Hosting guests or laboratories is no web hosting.
    expect(ids('Duties:\n- The building hosting state-of-the-art laboratories.')).toEqual([]);
    expect(ids('Duties:\n- Hosting events and guests')).toEqual(['event-management']);
    expect(named('Requirements:\n- Web hosting and DNS')).toContain('web-hosting');
    // A bound prefix makes a new word: "re-usability" is not usability, "non-compliance" is no skill.
    expect(ids('Requirements:\n- Understand the need for software re-usability')).not.toContain('user-experience');
    expect(named('Requirements:\n- Usability and maintainability')).toContain('user-experience');
    expect(named('Requirements:\n- Ability to mentor junior engineers')).toContain('mentoring');
    // A subject's fundamentals with examples are all asked, not a choice.
    const fundamentals = extractPosting(
      taxonomy,
      'Requirements:\n- Knowledge of computer science fundamentals such as algorithms, data structures, and operating systems',
    );
    expect(fundamentals.groups).toEqual([]);
    expect(fundamentals.requirements.map((r) => r.skill.id)).toEqual(expect.arrayContaining(['algorithms', 'data-structures']));
    // A name that is also a word counts, written as a name, right after "experience with" or "knowledge of".
    expect(named('Requirements:\n- Experience with Spark\n- Knowledge of Go')).toEqual(expect.arrayContaining(['spark', 'go']));
    expect(ids('Requirements:\n- Experience with drivers\n- Experience with Chef de Partie duties')).toEqual([]);
    expect(ids('Requirements:\n- Ideally you will have worked with Sage before')).toEqual(['sage-accounting']);
    expect(named('Requirements:\n- ERP systems (Tyler Munis preferred)\n- Governmental accounting (GASB)')).toEqual(
      expect.arrayContaining(['tyler-technologies-munis', 'governmental-accounting']),
    );
  });

  it('reads language-processing techniques and research methods', () => {
    expect(
      named(
        'Requirements: part-of-speech tagging, dependency parsing and named entity recognition in spaCy; discourse analysis; stakeholder analysis.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'part-of-speech-tagging',
        'syntactic-parsing',
        'named-entity-recognition',
        'spacy',
        'discourse-analysis',
        'stakeholder-management',
      ]),
    );
  });

  it('reads social platforms a marketing posting names after its class, not a product "by Facebook"', () => {
    expect(named('Duties:\n- Create content for all social media accounts (Facebook, Twitter, Instagram).')).toEqual(
      expect.arrayContaining(['facebook', 'twitter', 'instagram']),
    );
    expect(ids('Requirements:\n- Prototyping: Framer, Origami by Facebook, Principle')).not.toContain('facebook');
  });

  it('reads both names joined by "and" when one word is also a name of its own', () => {
    expect(named('Requirements: good computer and organizational skills; strong communication and writing skills.')).toEqual(
      expect.arrayContaining(['digital-literacy', 'organizational-skills', 'communication', 'written-communication']),
    );
    expect(ids('Requirements: good computer and organizational skills.')).not.toContain('computer-equipment');
    expect(named('Requirements: SQL/NoSQL database experience.')).toContain('sql');
  });

  it('reads no typo in an ordinary word one letter from a lower-case name ("Organizer" is not "organized")', () => {
    expect(ids('Duties:\n- Support the Community Organizer with community events.')).not.toContain('organizational-skills');
    expect(named('Requirements:\n- Experience with Tablaeu dashboards.')).toContain('tableau');
  });

  it('reads hyphenated and ampersand spellings of planning and repair work', () => {
    expect(named('Requirements: excellent trouble-shooting ability; S&OE meetings.')).toEqual(
      expect.arrayContaining(['troubleshooting', 'sales-and-operations-execution']),
    );
  });

  it('reads "good IT skills" as digital literacy, in capitals only', () => {
    expect(named('Requirements: good IT skills and a driving licence.')).toContain('digital-literacy');
    expect(ids('Requirements: it skills us to say so.')).not.toContain('digital-literacy');
  });

  it('tells SAP modules apart, each still a kind of SAP', () => {
    const found = ids(
      'Requirements: SAP SD pricing and billing, integration with SAP MM and SAP FICO, IDoc and BAPI interfaces, SAP Fiori.',
    );
    expect(found).toEqual(expect.arrayContaining(['sap-sd', 'sap-mm', 'sap-fico', 'idoc', 'bapi', 'sap-fiori']));
    expect(taxonomy.ancestors('sap-fiori')).toContain('sap');
  });

  it('reads recruiting, sales and mechanical engineering vocabulary', () => {
    expect(
      named('Requirements: full-cycle recruiting, Boolean search, phone screening and offer management; ATS: Greenhouse, iCIMS.'),
    ).toEqual(expect.arrayContaining(['recruiting', 'candidate-sourcing', 'phone-screening', 'offer-management', 'greenhouse']));
    expect(named('Requirements: cold calling, MEDDIC qualification, renewals and upselling, Salesforce Sales Cloud.')).toEqual(
      expect.arrayContaining(['sales-prospecting', 'solution-selling', 'renewals-management', 'upselling', 'salesforce-sales-cloud']),
    );
    expect(named('Requirements: GD&T, FEA in ANSYS, SolidWorks, sheet metal design, CNC machining, PPAP.')).toEqual(
      expect.arrayContaining(['gdandt', 'finite-element-analysis', 'ansys', 'solidworks', 'sheet-metal-design', 'cnc-machining', 'ppap']),
    );
  });

  it('keeps ordinary words that share a product name out', () => {
    expect(
      ids('Requirements: knowledge of the theory of relativity and greenhouse gas accounting; triage bugs and incidents.'),
    ).not.toEqual(expect.arrayContaining(['relativity']));
    const found = ids('Requirements: knowledge of the theory of relativity and greenhouse gas accounting; triage bugs and incidents.');
    expect(found).not.toContain('greenhouse');
    expect(found).not.toContain('patient-triage');
  });
});

describe('words of non-tech résumés that are also technical names', () => {
  it('reads networking in a sales sentence as no computer networking, and keeps it beside technical skills', () => {
    expect(ids('Cold calling and networking to secure new business; effective networking and content marketing strategies.')).not.toContain(
      'networking',
    );
    expect(named('Requirements: TCP/IP, networking, Linux administration and firewalls.')).toContain('networking');
    expect(named('Requirements: business networking and relationship building with channel partners.')).toContain(
      'professional-networking',
    );
  });

  it('keeps shipping containers, surgery schedulers and medical coding out of the technical skills', () => {
    const found = ids(
      'Requirements: tracking container shipments and shipping containers; Surgery Scheduler duties; medical billing and coding.',
    );
    expect(found).not.toEqual(expect.arrayContaining(['containers']));
    expect(found).not.toContain('medicine');
    expect(found).not.toContain('programming');
    expect(named('Requirements: Linux containers and Python coding.')).toEqual(expect.arrayContaining(['containers', 'programming']));
  });

  it('does not read an adjective as the field it names when a résumé lists it', () => {
    expect(resolveSkill(taxonomy, 'Electronic')).toBeUndefined();
    expect(resolveSkill(taxonomy, 'Logistic')).toBeUndefined();
    expect(resolveSkill(taxonomy, 'Pyton')?.skill.id).toBe('python');
  });
});

describe('breadth round 2: marketing, HR, tax, legal, hospitality and aviation vocabulary', () => {
  it('reads the tools and duties of PR, HR and Indian accounting postings', () => {
    expect(named('Requirements: press release writing, Meltwater and Cision, Hootsuite or Buffer; Moz and Semrush for SEO.')).toEqual(
      expect.arrayContaining(['public-relations', 'meltwater', 'cision', 'hootsuite', 'buffer-social', 'moz-pro', 'semrush']),
    );
    expect(
      named('Requirements: greytHR or Keka payroll, PF and ESI compliance, GSTR-3B and e-way bills, TDS returns and Form 16.'),
    ).toEqual(expect.arrayContaining(['greythr', 'keka', 'statutory-compliance', 'indirect-tax', 'direct-tax']));
    expect(
      named('Requirements: ground handling and flight operations; ServSafe; site execution; research on Manupatra and SCC Online.'),
    ).toEqual(expect.arrayContaining(['airline-operations', 'food-safety-certification', 'site-supervision', 'legal-research-databases']));
  });

  it('keeps perks and ordinary words that share those names out', () => {
    const found = ids(
      'Requirements: we offer annual performance reviews and PTO accruals; a blank canvas; a buffer of time; glacial meltwater streams; community outreach.',
    );
    for (const id of [
      'performance-management',
      'accrual-accounting',
      'canva',
      'learning-management-systems',
      'buffer-social',
      'meltwater',
      'outreach-io',
    ])
      expect(found).not.toContain(id);
  });
});

describe('tools and knowledge imported from O*NET and ESCO', () => {
  it('finds a vendor product named in full, in prose, and the product alone only beside other tools', () => {
    expect(named('Requirements: experience backing up servers with EMC NetWorker.')).toContain('emc-networker');
    expect(named('Requirements: backup tools such as Veeam, NetWorker, Commvault.')).toContain('emc-networker');
    expect(ids('Requirements: a strong networker across teams; the fastest learner; a little magic.')).toEqual(
      expect.not.arrayContaining(['emc-networker', 'fastest', 'magic']),
    );
  });

  it('takes an unreviewed one-word name as a tool in a list of tools, never alone in a sentence', () => {
    expect(named('Requirements: bookkeeping in QuickBooks, Quicken, Excel.')).toContain('quicken');
    expect(ids('Requirements: able to quicken the pace; Quicken experience is nice.')).not.toContain('quicken');
  });

  it('carries the ESCO URI of an imported knowledge concept and resolves it', () => {
    const uri = 'http://data.europa.eu/esco/skill/40f65a56-ccbe-4601-9f32-1cc6cdd24f28';
    expect(resolveSkill(taxonomy, uri)?.skill.id).toBe('waste-management');
    expect(named('Requirements: knowledge of hazardous waste treatment and waste management regulations.')).toEqual(
      expect.arrayContaining(['hazardous-waste-treatment', 'waste-management']),
    );
  });

  it("reads Oracle's SQL Developer as written, never colleagues who are SQL developers", () => {
    expect(ids('Requirements:\n- Work closely with SQL developers.\n- Excel')).not.toContain('oracle-sql-developer');
    expect(named('Requirements:\n- Tools: SQL Developer, Toad, Excel')).toContain('oracle-sql-developer');
  });

  it("reads an accountant's trial balance as accounting, never a lawyer's trial preparation; a 'Job Profile' heading is no skill", () => {
    const found = ids('Job Profile:\n- Preparing trial balance and bank reconciliation in Tally.');
    expect(found).toContain('trial-balance');
    expect(found).not.toContain('trial-advocacy');
    expect(found).not.toContain('job-description-writing');
    expect(named('Requirements:\n- Trial preparation and courtroom advocacy.')).toContain('trial-advocacy');
  });

  it('reads CV lines as CVs write them: school certificates, operating-system lists and title-case phrases', () => {
    const cv = (text: string): string[] => readResume(taxonomy, { text }).skills.map((s) => s.id);
    const found = cv(
      "EDUCATION\nGCE 'A' Levels, Hwa Chong Institution\nGCE ‘O’ Levels\nSKILLS\nOperating Systems: Windows XP, Vista, Windows 7\nKnowledge Sharing, Excel",
    );
    expect(found).not.toEqual(expect.arrayContaining(['google-compute-engine']));
    expect(found).not.toContain('extreme-programming');
    expect(found).not.toContain('askia-vista');
    expect(found).not.toContain('database-replication');
    expect(cv('SKILLS\nCloud: AWS EC2, GCE, Azure VMs\nAgile, Scrum, XP, Kanban')).toEqual(
      expect.arrayContaining(['google-compute-engine', 'extreme-programming']),
    );
  });

  it('reads authorization as a security skill, never work or payment authorization', () => {
    expect(ids('Requirements:\n- Work authorization in the US.\n- Payment authorization and settlement.\n- SQL')).not.toContain(
      'authentication',
    );
    expect(named('Requirements:\n- Authorization and authentication for APIs.\n- SQL')).toContain('authentication');
  });

  it('reads leadership shown as a skill, never the leadership one reports to', () => {
    expect(ids('Requirements:\n- Present findings to leadership.\n- Partner with leadership on goals.\n- SQL')).not.toContain('leadership');
    expect(named('Requirements:\n- Strong leadership and communication.\n- SQL')).toContain('leadership');
  });

  it('adds no product named like a job, so a job title is never read as a tool', () => {
    expect(taxonomy.list.filter((s) => ['Restaurant Manager', 'Site Manager', 'Special Agent'].includes(s.name))).toEqual([]);
    expect(ids('Restaurant Manager\nRequirements:\n- Menu planning and inventory control in Excel.')).not.toContain('restaurant-manager');
  });

  it('adds no O*NET class of software ("Email software") as a tool', () => {
    expect(resolveSkill(taxonomy, 'Email software')?.skill.onet).not.toBe('43233501');
    expect(taxonomy.list.filter((s) => /^(?:email|word processing|spreadsheet|genotyping) software$/i.test(s.name))).toEqual([]);
  });
});

describe('fields of study are education, not skills', () => {
  it.each([
    ['Degree in English, journalism or media.', [], ['English', 'journalism', 'media']],
    ['Diploma in nursing or midwifery', [], ['nursing', 'midwifery']],
    ['Degree in Finance and experience with financial modelling', ['financial-modeling'], ['Finance']],
    ["Strong Excel skills and a bachelor's degree in accounting", ['excel'], ['accounting']],
    ['BS in Computer Science or related field, or equivalent experience with Java', ['java'], ['Computer Science']],
    [
      'A degree in a Data Science related field (e.g. Mathematics, Statistics or other STEM degrees)Excited to use Tableau',
      ['tableau'],
      ['Data Science', 'Mathematics', 'Statistics'],
    ],
  ])('"%s" asks for skills %j and the fields %j', (line, skills, fields) => {
    const result = extractPosting(taxonomy, `Requirements:\n- ${line}`);
    expect(result.requirements.map((r) => r.skill.id).sort()).toEqual(skills);
    expect(result.education.fieldsOfStudy).toEqual(fields);
  });

  it('reads "a high degree of" as no education at all', () => {
    const result = extractPosting(taxonomy, 'Requirements:\n- A high degree of accuracy in bookkeeping');
    expect(result.education.evidence).toEqual([]);
    expect(result.requirements.map((r) => r.skill.id)).toContain('bookkeeping');
  });
});

describe('a possessive does not hide the name before it', () => {
  it("reads NDA's as non-disclosure agreements", () => {
    expect(named("Requirements:\n- Reviewing customer NDA's and contracts")).toContain('non-disclosure-agreements');
  });
});

describe('"including" lists what is asked, not alternatives', () => {
  it('makes no group of a skill and the qualities it includes', () => {
    const result = extractPosting(taxonomy, 'Requirements:\n- Outstanding interpersonal skills, including diplomacy and tact');
    expect(result.groups).toEqual([]);
    expect(extractPosting(taxonomy, 'Requirements:\n- BI tools such as Tableau or Looker').groups).toHaveLength(1);
  });
});

describe('the markets an employer serves and the fields it studies describe the employer', () => {
  it.each([
    ['We build sensors for industries such as healthcare, hospitality, construction and agriculture.\nRequirements:\n- Python', ['python']],
    ['Its main research areas include astroparticle physics, biophysics and quantum information.\nRequirements:\n- Python', ['python']],
    ['Requirements:\n- Experience in regulated industries such as healthcare or finance', ['finance', 'healthcare']],
  ])('%j asks for %j', (text, expected) => {
    expect(ids(text).sort()).toEqual(expected);
  });
});

describe('breadth round 3: nursing, teaching, manufacturing, recruiting, support, warehouse, trades, legal and accounting', () => {
  it.each([
    [
      'Requirements: active RN license, 2+ years of med-surg or telemetry nursing, wound care and medication administration.',
      ['rn-license', 'medical-surgical-nursing', 'cardiac-monitoring', 'wound-care', 'medication-administration'],
    ],
    [
      'Requirements: head-to-toe patient assessment, EHR documentation, BLS and ACLS.',
      ['patient-assessment', 'clinical-documentation', 'basic-life-support', 'acls'],
    ],
    [
      'Requirements: the nursing process, SBAR handover, fall prevention and pain management.',
      ['nursing-process', 'clinical-handover', 'fall-prevention', 'pain-management'],
    ],
    [
      'Requirements: classroom management, lesson planning and differentiated instruction for Key Stage 2.',
      ['classroom-management', 'lesson-planning', 'differentiated-instruction', 'uk-national-curriculum'],
    ],
    [
      'Requirements: safeguarding children, supporting pupils with special educational needs and EHCPs.',
      ['safeguarding', 'special-education', 'individualized-education-programs'],
    ],
    [
      'Requirements: aligning lessons to Common Core standards, RtI and small group instruction.',
      ['common-core-standards', 'response-to-intervention', 'differentiated-instruction'],
    ],
    [
      'Requirements: GD&T per ASME Y14.5, tolerance stack-up analysis, DFM/DFA, hydraulics and pneumatics.',
      ['gdandt', 'tolerance-analysis', 'design-for-manufacturing', 'hydraulics'],
    ],
    [
      'Requirements: design controls under FDA 21 CFR 820 and ISO 13485, the design history file, CE marking under EU MDR.',
      ['design-controls', 'fda-quality-system-regulation', 'iso-13485', 'design-history-file', 'ce-marking', 'eu-mdr'],
    ],
    [
      'Requirements: engineering change orders, bills of materials, investment casting, CNC machining, AC and DC motors.',
      ['engineering-change-management', 'bill-of-materials', 'casting-and-forging', 'cnc-machining', 'motor-control'],
    ],
    [
      'Requirements: full-cycle recruiting, Boolean search and LinkedIn Recruiter, employer branding and recruitment marketing.',
      ['recruiting', 'candidate-sourcing', 'linkedin-recruiter', 'employer-branding', 'recruitment-marketing'],
    ],
    [
      'Requirements: interview scheduling, offer negotiation and intake meetings with hiring managers.',
      ['interview-scheduling', 'offer-management', 'requisition-management'],
    ],
    [
      'Requirements: complaint resolution, call handling, order processing, returns and refunds in Zendesk.',
      ['complaint-handling', 'phone-support', 'order-processing', 'returns-and-refunds', 'zendesk'],
    ],
    [
      'Requirements: accurate record keeping, strong product knowledge and handling billing inquiries.',
      ['record-keeping', 'product-knowledge', 'billing-support'],
    ],
    [
      'Requirements: shipping and receiving, inventory control, cycle counting and materials management.',
      ['shipping-and-receiving', 'inventory-management', 'cycle-counting', 'materials-management'],
    ],
    [
      'Requirements: forklift or Tow Motor certification, reach truck and pallet jack, pick and pack, RF scanners and a WMS.',
      ['forklift-operation', 'pallet-jack-operation', 'order-fulfillment', 'rf-scanning', 'warehouse-management-systems'],
    ],
    [
      'Requirements: OSHA safety standards, 5S and lean warehousing, hazmat handling.',
      ['osha-compliance', '5s', 'lean', 'hazardous-materials-handling'],
    ],
    [
      'Requirements: journeyman electrician license, residential and commercial wiring, conduit bending, National Electrical Code, blueprint reading.',
      ['journeyman-electrician-license', 'electrical-wiring', 'conduit-installation', 'national-electrical-code', 'engineering-drawings'],
    ],
    [
      'Requirements: troubleshooting circuits with a multimeter, electrical installation and structured cabling.',
      ['electrical-troubleshooting', 'multimeter', 'electrical-installation', 'structured-cabling'],
    ],
    [
      'Requirements: patents and trademarks, litigation management and managing outside counsel, contract drafting and NDAs.',
      ['intellectual-property', 'litigation-management', 'outside-counsel-management', 'contract-drafting', 'non-disclosure-agreements'],
    ],
    [
      'Requirements: open source license compliance, corporate governance and board resolutions, FCPA.',
      ['open-source-licensing', 'corporate-governance', 'financial-crime-compliance'],
    ],
    [
      'Requirements: cash forecasting, month-end close, balance sheet reconciliations, accruals and audit preparation under US GAAP.',
      ['cash-forecasting', 'month-end-close', 'account-reconciliation', 'accrual-accounting', 'audit-preparation', 'gaap'],
    ],
    [
      'Requirements: topic modeling with Gensim, data versioning with DVC, port scanning with Nmap.',
      ['topic-modeling', 'gensim', 'data-versioning', 'dvc', 'port-scanning', 'nmap'],
    ],
  ])('%j finds %j', (text, expected) => {
    expect(named(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['We offer free shipping on all orders.\nRequirements: Python.', ['shipping-and-receiving', 'order-fulfillment']],
    [
      'Requirements: comfortable receiving feedback; safeguarding customer data; keeping an inventory of office supplies; maintaining distribution lists.',
      ['shipping-and-receiving', 'safeguarding', 'inventory-management', 'cycle-counting', 'distribution-management'],
    ],
    [
      'Requirements: forging strong client relationships; product knowledge training is provided; logistic support for events.',
      ['casting-and-forging', 'product-knowledge', 'logistics'],
    ],
    ['Requirements: telemetry and distributed tracing for our services.', ['cardiac-monitoring']],
    ['Requirements: Indeed, we value curiosity and Python.', ['indeed']],
    ['Requirements: experience with data-related Python packages such as pandas.', ['pip']],
  ])('%j names none of %j', (text, absent) => {
    const found = ids(text);
    for (const id of absent) expect(found).not.toContain(id);
  });

  it('keeps a method apart from the tool that implements it', () => {
    expect(ids('Requirements: topic modeling.')).not.toContain('gensim');
    expect(ids('Requirements: data versioning.')).not.toContain('dvc');
    expect(ids('Requirements: telemetry nursing.')).not.toContain('observability');
  });
});

describe('IOS in capitals is Cisco IOS, iOS is Apple', () => {
  it.each([
    ['Requirements:\n- Configure routers running IOS, BGP and OSPF', 'cisco', 'ios'],
    ['Requirements:\n- iOS development with Swift', 'ios', 'cisco'],
  ])('%j', (text, present, absent) => {
    expect(named(text)).toContain(present);
    expect(ids(text)).not.toContain(absent);
  });
});

describe('departments one works with are teams, not skills', () => {
  it.each([
    ['Responsibilities:\n- Work cross-departmentally with Inventory, Order Fulfillment, Customer Service, and Sales to run operations', []],
    ['Responsibilities:\n- Partner with Finance and Legal on contracts', []],
    ['Requirements:\n- Experience working with SQL, Tableau and Salesforce', ['salesforce', 'sql', 'tableau']],
    ['Requirements:\n- Work with stakeholders on data analysis and reporting', ['data-analysis', 'reporting']],
  ])('%j asks for %j', (text, expected) => {
    expect(ids(text).sort()).toEqual(expected);
  });
});

describe('a word that qualifies the next member keeps an "or" list together', () => {
  it('groups "collaboration, open communication, or …"', () => {
    const { groups } = extractPosting(
      taxonomy,
      'Requirements:\n- Using collaboration, open communication, or working across functional borders',
    );
    expect(groups.map((g) => [...g.skills].sort())).toEqual([['collaboration', 'communication']]);
    expect(extractPosting(taxonomy, 'Requirements:\n- Experience with Excel, advanced SQL and Tableau').groups).toEqual([]);
  });
});

describe('breadth round 4: trades, construction, laboratory, social work, planning, kitchens, legal support and communications', () => {
  it.each([
    [
      'Requirements: preventive maintenance on boilers, chillers, air handling units and heat pumps; work orders in a CMMS; building automation systems.',
      [
        'boiler-operation',
        'chillers',
        'air-handling-and-ventilation',
        'heat-pumps',
        'work-order-management',
        'cmms',
        'building-automation-systems',
      ],
    ],
    [
      'Requirements: manage RFIs, submittals and change orders; the schedule of values and pay applications; bid documents, bid leveling and punch lists.',
      [
        'rfi-management',
        'submittal-management',
        'change-order-management',
        'schedule-of-values',
        'bid-documents',
        'bid-evaluation',
        'punch-lists',
      ],
    ],
    [
      'Requirements: International Building Code, ASCE 7, ACI 318 and AISC; structural load analysis, seismic design and retaining wall design.',
      [
        'building-codes',
        'asce-7',
        'aci-318',
        'aisc-steel-standards',
        'structural-load-analysis',
        'seismic-design',
        'retaining-wall-design',
      ],
    ],
    [
      'Requirements: aseptic technique, stem cell culture, cell staining, reagent preparation, flow cytometry and qPCR under GLP.',
      [
        'aseptic-technique',
        'stem-cell-culture',
        'cell-staining',
        'reagent-preparation',
        'flow-cytometry',
        'pcr',
        'good-laboratory-practice',
      ],
    ],
    [
      'Requirements: client advocacy, trauma-informed care, motivational interviewing, harm reduction, facilitating support groups and community outreach.',
      [
        'client-advocacy',
        'trauma-informed-care',
        'motivational-interviewing',
        'harm-reduction',
        'support-group-facilitation',
        'community-outreach',
      ],
    ],
    [
      'Requirements: statistical forecasting, forecast accuracy, demand sensing, S&OE; APICS CPIM or CSCP, IBF CPF.',
      ['forecasting', 'forecast-accuracy', 'demand-sensing', 'sales-and-operations-execution', 'apics-cpim', 'apics-cscp', 'ibf-cpf'],
    ],
    [
      'Requirements: food safety and HACCP, allergen management, food cost control; grant management and variance analysis.',
      ['food-safety', 'haccp', 'allergen-management', 'food-cost-control', 'grant-management', 'variance-analysis'],
    ],
    [
      'Requirements: docketing, conflict checks and written discovery; write newsletters, web content and social media content.',
      [
        'legal-calendaring',
        'conflict-checks',
        'litigation-discovery',
        'newsletter-production',
        'web-content-management',
        'social-media-content',
      ],
    ],
  ])('%j finds %j', (text, expected) => {
    expect(named(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    [
      'Requirements: move IBC totes and drums safely; staining the deck, time permitting.',
      ['building-codes', 'cell-staining', 'construction-permitting'],
    ],
    [
      'Requirements: surveying customers for feedback; tiling window managers; calendaring for executives.',
      ['land-surveying', 'flooring-installation', 'legal-calendaring'],
    ],
    [
      'Requirements: counseling clients on trademark matters; website maintenance in React; cold outreach campaigns.',
      ['counseling', 'web-content-management', 'community-outreach'],
    ],
    [
      'Requirements: Python, SQL, RMSE and MAPE; electrical load analysis; respond to RFI, RFP and RFQ documents.',
      ['forecast-accuracy', 'structural-load-analysis', 'rfi-management'],
    ],
  ])('%j names none of %j', (text, absent) => {
    const found = ids(text);
    for (const id of absent) expect(found).not.toContain(id);
  });

  it('reads staining as a lab method beside other lab methods, and a bare acronym such as IBC only beside other codes', () => {
    expect(named('Requirements: staining, microscopy and cell culture.')).toContain('cell-staining');
    expect(named('Requirements: IBC, ASCE 7 and ACI 318.')).toContain('building-codes');
  });
});

describe('an activity named verb first', () => {
  it.each([
    ['Responsibilities:\n- Resolve conflicts between team members.', 'conflict-resolution'],
    ['Responsibilities:\n- Handle complaints from guests.', 'complaint-handling'],
    ['Responsibilities:\n- Reduce technical debt across services.', 'refactoring'],
    ['Responsibilities:\n- Design and evaluate experiments.', 'experimental-design'],
    ['Responsibilities:\n- Plan and deliver engaging lessons aligned to state standards.', 'lesson-planning'],
    ['Responsibilities:\n- Lead, coach and develop a team of 15 associates.', 'leadership'],
    ['Requirements:\n- Ability to foster positive relationships with families.', 'relationship-building'],
    ['Responsibilities:\n- Dispense prescriptions accurately.', 'pharmacy-practice'],
    ['Responsibilities:\n- Counsel patients on their medicines.', 'patient-education'],
    ['Responsibilities:\n- Screen candidates for open roles.', 'candidate-interviewing'],
    ['Responsibilities:\n- Onboard new employees.', 'employee-onboarding'],
    ['Responsibilities:\n- Draft contracts for suppliers.', 'contract-drafting'],
    ['Responsibilities:\n- Edit videos for social channels.', 'video-editing'],
    ['Requirements:\n- Skill in the appropriate handling of museum-quality artwork.', 'art-handling'],
    ['Responsibilities:\n- Handle museum-quality artwork and artifacts.', 'art-handling'],
  ])('%j names %s', (text, id) => {
    expect(named(text)).toContain(id);
  });

  it('reads no verb form into a noun that only looks like one ("automated build and test systems")', () => {
    expect(ids('Requirements:\n- Automated build and test systems for CI/CD.')).not.toContain('building-automation-systems');
  });

  it('takes a number range for no modifier of the object ("Manages 2-10 Community Managers")', () => {
    expect(ids('Responsibilities:\n- Manages 2-10 Community Managers on site.')).not.toContain('community-management');
  });
});

describe('plain words that name equipment', () => {
  it('reads them when listed together, and not alone', () => {
    expect(named('Responsibilities:\n- Repair boilers, burners and pumps.')).toEqual(
      expect.arrayContaining(['boiler-operation', 'pump-maintenance']),
    );
    expect(ids('Responsibilities:\n- Fill the boilers with water.')).not.toContain('boiler-operation');
  });
});

describe('mechanical design vocabulary', () => {
  it('names design reviews, product development and the materials and devices a design engineer knows', () => {
    expect(
      named(
        'Requirements:\n- Product development and design reviews for FDA-regulated devices\n- Electro-mechanical/hydraulic devices; castings, metalworking and machining',
      ),
    ).toEqual(
      expect.arrayContaining([
        'new-product-development',
        'design-reviews',
        'fda-regulations',
        'mechatronics',
        'hydraulics',
        'casting-and-forging',
        'metal-fabrication',
      ]),
    );
    // Casting calls are a film practice and fracturing a drilling one: neither is metal casting nor hydraulics.
    const notMechanical = ids('Requirements:\n- Casting calls for actors; hydraulic fracturing.');
    expect(notMechanical).not.toContain('casting-and-forging');
    expect(notMechanical).not.toContain('hydraulics');
  });
});

describe('teamwork asked in other words', () => {
  it.each([
    'Requirements:\n- Ability to work in a team environment',
    'Requirements:\n- Works collaboratively as a team member',
    'Requirements:\n- Able to work as part of a team',
  ])('%j asks for collaboration', (text) => {
    expect(named(text)).toContain('collaboration');
  });

  it('reads no teamwork into the workplace the employer offers', () => {
    expect(ids('Requirements:\n- SQL\n- Join our collaborative team environment')).not.toContain('collaboration');
  });
});

describe('words a trade or a sales team uses differently', () => {
  it('reads "build pipeline" as CI/CD only beside build tools, and "the NEC" as the electrical code', () => {
    expect(ids('Responsibilities:\n- Build pipeline through cold calling and email campaigns')).not.toContain('ci-cd');
    expect(named('Responsibilities:\n- Maintain Jenkins build pipelines')).toContain('ci-cd');
    expect(named('Responsibilities:\n- Ensure all work complies with the NEC and local codes')).toContain('national-electrical-code');
  });
});

describe('kitchens, supervision and discretion', () => {
  it('names butchery, supervising a team and keeping information confidential', () => {
    expect(
      named(
        'Requirements:\n- Knowledge of butchery\n- Supervise a team of 8 cooks\n- Ability to handle confidential information with discretion',
      ),
    ).toEqual(expect.arrayContaining(['butchery', 'people-management', 'confidentiality']));
  });
});

describe('a licence named beside a degree', () => {
  it.each([
    ['Qualifications:\n- Master of Social Work and NY State LMSW license', 'lmsw-license'],
    ["Qualifications:\n- Bachelor's degree in Nursing and current RN license", 'rn-license'],
    ['Qualifications:\n- BS in Accounting and CPA certification', 'cpa'],
  ])('%j asks for %s, not a field of study', (text, id) => {
    expect(named(text)).toContain(id);
  });
});

describe('driving for a living', () => {
  it('names commercial driving, vehicle inspections, hours of service and hazmat', () => {
    expect(
      named(
        'Requirements:\n- 1 year of tractor-trailer experience\n- Perform pre-trip and post-trip inspections\n- Log hours of service on an ELD\n- Hazmat endorsement a plus\n- Knowledge of FMCSA regulations',
      ),
    ).toEqual(
      expect.arrayContaining([
        'commercial-driving',
        'vehicle-inspections',
        'hours-of-service',
        'cdl-hazmat-endorsement',
        'dot-regulations',
      ]),
    );
  });
});

describe('"skills" shared across "and"', () => {
  it('reads "organizational and time management skills" as two skills, "verbal and written communication skills" as one', () => {
    expect(named('Requirements:\n- Excellent organizational and time management skills')).toEqual(
      expect.arrayContaining(['organizational-skills', 'time-management']),
    );
    // Both modes asked together are communication itself; one mode alone stays that mode.
    expect(ids('Requirements:\n- Strong verbal and written communication skills')).toEqual(['communication']);
    expect(ids('Requirements:\n- Written and oral communication')).toEqual(['communication']);
    expect(ids('Requirements:\n- Strong written communication skills')).toEqual(['written-communication']);
    // With a serial comma too.
    expect(named('Requirements:\n- Strong analytical, organizational, and time management skills')).toEqual(
      expect.arrayContaining(['organizational-skills', 'time-management']),
    );
  });
});

describe('automotive service', () => {
  it('names the repairs, diagnostics and certification of an automotive technician', () => {
    expect(
      named(
        'Responsibilities:\n- Diagnose and repair engines, brakes and suspension\n- Perform oil changes and tire rotations\n- Use scan tools\nRequirements:\n- ASE certification preferred',
      ),
    ).toEqual(
      expect.arrayContaining([
        'engine-repair',
        'brake-systems',
        'suspension-and-steering',
        'vehicle-preventive-maintenance',
        'vehicle-diagnostics',
        'ase-certification',
      ]),
    );
  });

  it('reads no engine repair into software engines', () => {
    expect(ids('Requirements:\n- Python, web services and analytics engines')).not.toContain('engine-repair');
  });
});

describe('dental, security, cleaning and shop-floor work', () => {
  it.each([
    [
      'Responsibilities:\n- Prepare treatment rooms and sterilize instruments\n- Take dental X-rays',
      ['infection-control', 'dental-radiography'],
    ],
    ['Duties:\n- Patrol the premises and monitor CCTV\nRequirements:\n- Guard card', ['physical-security']],
    ['Requirements:\n- Janitorial or hotel housekeeping experience', ['housekeeping']],
    ['Duties:\n- Operate a cash register and restock shelves; stocking shelves overnight', ['cash-handling', 'shelf-stocking']],
  ])('%j names %j', (text, expected) => {
    expect(named(text)).toEqual(expect.arrayContaining(expected));
  });

  it('reads no barista skills into an office espresso machine', () => {
    expect(ids('Benefits:\n- Snacks and an Italian espresso machine\nRequirements:\n- SQL')).not.toContain('barista-skills');
  });
});

describe('warehouse functions named by one word', () => {
  it('reads receiving, shipping and inventory in a list of warehouse functions, and not elsewhere', () => {
    const text =
      'Requirements:\n- Experience in Warehousing, Receiving, Shipping, Inventory, or Materials Management in a manufacturing or distribution environment';
    expect(named(text)).toEqual(expect.arrayContaining(['shipping-and-receiving', 'inventory-management', 'distribution-management']));
    expect(ids('Benefits:\n- Free shipping on orders\nRequirements:\n- SQL')).not.toContain('shipping-and-receiving');
  });
});

describe('engineering work named as activities', () => {
  it('names technology evaluations, architectural decisions, new features and technical debt', () => {
    expect(
      named(
        'Requirements:\n- Conducting technology evaluations\n- Making architectural decisions\n- Implementing new features\n- Reducing technical debt',
      ),
    ).toEqual(expect.arrayContaining(['technology-evaluation', 'software-architecture', 'software-development', 'refactoring']));
  });
});

describe('programming as activities for people', () => {
  it('reads no software programming into community or youth programming', () => {
    expect(
      ids('Responsibilities:\n- Integrate client engagement programming into community efforts\n- Plan youth programming'),
    ).not.toContain('programming');
    expect(named('Requirements:\n- Programming in Python')).toContain('programming');
  });
});

describe('breadth round 5: health and care, trades and construction, money and property, media, public safety, farms, shop floor, salons and gyms', () => {
  it.each([
    [
      'Responsibilities:\n- Verify prescriptions and administer immunizations\n- Sterile compounding under USP 797\n- Maintain controlled substance inventory\nRequirements:\n- PTCB certified pharmacy technician',
      ['pharmacy-practice', 'immunization', 'pharmacy-compounding', 'controlled-substance-compliance', 'ptcb-certification'],
    ],
    [
      'Duties:\n- Room patients and give injections\n- Point-of-care testing\n- Capillary punctures following the order of draw\nRequirements:\n- Registered Medical Assistant',
      ['medical-assisting', 'medication-administration', 'laboratory-testing', 'phlebotomy'],
    ],
    [
      'Duties:\n- Therapeutic exercise, gait training and dry needling\n- Outpatient orthopedic rehabilitation\n- Document in WebPT\nRequirements:\n- Licensed Physical Therapist',
      ['physiotherapy', 'rehabilitation', 'webpt'],
    ],
    [
      "Duties:\n- Assist with ADLs including toileting and personal care\n- Meal preparation and medication reminders\n- Transfers with a Hoyer lift; Alzheimer's care",
      ['caregiving', 'food-preparation', 'medication-reminders', 'elderly-care'],
    ],
    [
      'Duties:\n- Developmentally appropriate practice in an infant and toddler room\n- Creative Curriculum and Teaching Strategies GOLD\n- Support children with IFSPs\nRequirements:\n- CDA credential',
      ['early-childhood-education', 'early-childhood-curricula', 'individualized-education-programs'],
    ],
    [
      'Duties:\n- Operate skid steers and mini excavators\n- Excavation and trenching; pour and finish concrete\n- Erect scaffolding and demolition\nRequirements:\n- Flagger certification\n- Fall protection training',
      [
        'skid-steer-operation',
        'excavation-and-earthwork',
        'concrete-work',
        'scaffold-erection',
        'construction-labor',
        'work-zone-traffic-control',
        'construction-safety',
      ],
    ],
    [
      'Duties:\n- Grading and drainage plans for land development projects\n- Hydrologic analysis in HydroCAD\n- Roadway design\nRequirements:\n- PE license or EIT',
      ['civil-site-design', 'water-resources-engineering', 'hydrocad', 'transportation-engineering', 'professional-engineer-license'],
    ],
    [
      'Duties:\n- ALTA/NSPS land title surveys and control surveys\n- Research deeds and legal descriptions\nRequirements:\n- Professional Land Surveyor license',
      ['land-surveying', 'surveyor-license'],
    ],
    [
      'Duties:\n- Schematic design through construction documents\nRequirements:\n- Licensed Architect; NCARB certificate\n- LEED AP BD+C',
      ['architectural-design', 'architect-license', 'leed'],
    ],
    [
      'Duties:\n- Process 1099s and reconcile bank statements\n- Handle wage garnishments and timekeeping records\nRequirements:\n- Knowledge of FLSA and wage and hour laws\n- Certified Bookkeeper',
      ['tax-compliance', 'bank-reconciliation', 'payroll', 'employment-law', 'bookkeeping'],
    ],
    [
      'Duties:\n- Inspect damaged property and write estimates in Xactimate\n- Set reserves and pursue subrogation\nRequirements:\n- All-lines adjuster license\n- CPCU designation',
      ['damage-appraisal', 'xactware-xactimate', 'claims-management', 'subrogation', 'adjuster-license', 'insurance-designations'],
    ],
    [
      'Duties:\n- Process deposits and withdrawals; identify counterfeit currency\n- Balance cash drawer\n- Originate residential mortgage loans\nRequirements:\n- Knowledge of Regulation CC, TRID and RESPA\n- NMLS license; Encompass LOS',
      [
        'teller-operations',
        'counterfeit-detection',
        'cash-drawer-balancing',
        'lending',
        'consumer-banking-compliance',
        'mortgage-loan-originator-license',
        'encompass',
      ],
    ],
    [
      'Duties:\n- Comparative market analysis and open houses\n- Unit turns, evictions and Fair Housing compliance\nRequirements:\n- Active real estate license; Dotloop',
      ['real-estate-sales', 'unit-turnover', 'eviction-process', 'fair-housing-compliance', 'real-estate-license', 'dotloop'],
    ],
    [
      'Duties:\n- Venue sourcing and room blocks; registration in Cvent\n- Book flights and prepare itineraries\n- Sight translation and video remote interpreting\n- SDL Trados Studio and memoQ',
      ['event-management', 'cvent', 'flight-reservations', 'travel-booking', 'interpreting', 'trados-studio', 'memoq'],
    ],
    [
      'Duties:\n- Investigative reporting and breaking news\n- Knowledge of libel law\n- Studio lighting, camera operation and color grading\nRequirements:\n- FAA Part 107 certificate',
      ['journalism', 'media-law', 'photography', 'video-production', 'color-grading', 'faa-part-107'],
    ],
    [
      'Duties:\n- Reference services and storytime\n- Catalog materials using MARC records\n- Integrated library systems (Koha)\n- Archival processing',
      ['reference-services', 'library-cataloging', 'integrated-library-systems', 'archives-management'],
    ],
    [
      'Duties:\n- Conduct traffic stops and criminal investigations\n- Use SCBA for fire suppression and vehicle extrication\nRequirements:\n- POST certification\n- NREMT certification and EVOC',
      ['law-enforcement', 'criminal-investigation', 'firefighting', 'emergency-medical-services'],
    ],
    [
      'Duties:\n- Harvest crops and scout row crops\n- Operate tractors\n- Animal husbandry, milking and calving\n- Greenhouse operations',
      ['crop-production', 'farm-equipment-operation', 'dairy-milking', 'calf-rearing', 'greenhouse-production'],
    ],
    [
      'Duties:\n- Inspect parts with micrometers and calipers\n- Final inspection and dimensional inspection\nRequirements:\n- AS9100\n- NDT Level II in ultrasonic testing\n- Certified Welding Inspector',
      ['metrology', 'quality-control', 'as9100', 'nondestructive-testing', 'certified-welding-inspector'],
    ],
    [
      'Duties:\n- Dispatch drivers and do load planning in McLeod\n- 911 dispatch using computer-aided dispatch\n- Safety demonstrations and in-flight service',
      ['fleet-dispatch', 'transportation-management', 'mcleod-software', 'emergency-dispatch', 'cabin-crew'],
    ],
    [
      'Duties:\n- Haircuts, balayage and blowouts\n- Facials, waxing and eyebrow threading\n- Manicures and pedicures; makeup application\nRequirements:\n- State cosmetology license',
      ['hair-cutting', 'hair-coloring', 'hair-styling', 'esthetics', 'nail-services', 'makeup-artistry', 'cosmetology-license'],
    ],
    [
      'Duties:\n- Fitness assessments and workout programs\n- Lead group fitness classes\nRequirements:\n- NASM certified personal trainer\n- Lifeguard certification',
      ['fitness-training', 'group-fitness-instruction', 'lifeguard-certification'],
    ],
  ])('%j names %j', (text, expected) => {
    expect(named(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Requirements:\n- Brand manager for personal care products', 'caregiving'],
    ['Duties:\n- Policing content on social platforms\nRequirements:\n- SQL', 'law-enforcement'],
    ['Requirements:\n- Network traffic control and air traffic control simulations', 'work-zone-traffic-control'],
    ['Requirements:\n- Telemetry for heavy equipment manufacturers', 'heavy-equipment-operation'],
    ['Duties:\n- Stripping and waxing floors', 'esthetics'],
    ['Duties:\n- Replace brake calipers and rotors', 'metrology'],
    ['Duties:\n- Color grading and motion graphics', 'grading'],
    ['Duties:\n- Grading plans and site grading', 'grading'],
    ['Duties:\n- Architectural programming and library programming', 'programming'],
    ['Requirements:\n- Comfortable receiving feedback', 'shipping-and-receiving'],
    ['Requirements:\n- Current immunizations and proof of flu vaccination', 'immunization'],
    ['Requirements:\n- Good timekeeping and attendance', 'payroll'],
    ['Requirements:\n- Experience building design systems in Figma', 'architectural-design'],
    ['Duties:\n- Plan open houses for prospective students', 'real-estate-sales'],
  ])('%j does not name %s', (text, absent) => {
    expect(ids(text)).not.toContain(absent);
  });
});

describe('a short form in brackets names the words before it', () => {
  it('reads "(CPP)" after Certified Payroll Professional as that, not C++; a misspelt name keeps its own short form', () => {
    const found = ids(
      'Requirements:\n- Certified Payroll Professional (CPP)\n- Write patient care reports (PCR)\n- The Department of Citywide Administrative Services (DCAS)',
    );
    for (const id of ['c-plus-plus', 'pcr', 'docker']) expect(found).not.toContain(id);
    expect(named('Requirements:\n- Knowledgeable of National Electric Code (NEC)')).toContain('national-electrical-code');
    expect(named('Requirements:\n- Visual Basic for Applications (VBA)')).toContain('vba');
  });
});

describe('an activity and its object after "of"', () => {
  it.each([
    ['Responsibilities:\n- Assist in management of contracts through all project phases', 'contract-management'],
    ['Responsibilities:\n- Preparation of the annual budget', 'budgeting'],
    ['Responsibilities:\n- Review of submittals and shop drawings', 'submittal-management'],
    ['Requirements:\n- Experience in the construction or maintenance of buildings', 'facility-maintenance'],
  ])('%j names %s', (text, id) => {
    expect(named(text)).toContain(id);
  });

  it('reads no name when the object goes on into a longer phrase', () => {
    expect(ids('Responsibilities:\n- Management of contract renewals calendars')).not.toContain('contract-management');
  });
});

describe('support work and writing for the web', () => {
  it('names blog posts, emotional support and outreach beside advocacy', () => {
    expect(
      named(
        'Responsibilities:\n- Write blog posts and newsletters\n- Provide emotional support to clients\n- Client engagement, advocacy, and outreach',
      ),
    ).toEqual(expect.arrayContaining(['content-writing', 'counseling', 'community-outreach']));
    expect(ids('Responsibilities:\n- Cold outreach to prospects by email')).not.toContain('community-outreach');
  });
});

describe('CAPA is the quality system, not any corrective action', () => {
  it.each([
    ['Requirements:\n- Experience with CAPA and root cause analysis', true],
    ['Requirements:\n- Own the corrective and preventive actions process', true],
    ['Responsibilities:\n- Identify training needs or initiate corrective action for team members', false],
  ])('%s', (text, asked) => {
    expect(ids(text).includes('capa')).toBe(asked);
  });
});

describe('papers and punctuality are not skills asked', () => {
  it('reads "supported by appropriate documentation" as papers, not the skill of documenting', () => {
    expect(ids('Qualifications:\n- Veterans receive priority if supported by appropriate documentation.\n- SQL')).not.toContain(
      'documentation',
    );
  });

  it('reads "punctual" as a trait, not time management', () => {
    const analysis = extractPosting(taxonomy, 'Requirements:\n- Must be punctual and reliable');
    expect(analysis.requirements.map((r) => r.skill.id)).not.toContain('time-management');
    expect(analysis.traits.map((t) => t.skill.id)).toContain('punctuality');
  });
});

describe('satellite positioning is its own skill', () => {
  it('reads "GPS/GNSS systems" as one skill, neither GIS nor a choice', () => {
    const analysis = extractPosting(taxonomy, 'Requirements:\n- Experience with robotic total stations and GPS/GNSS systems');
    expect(analysis.requirements.map((r) => r.skill.id)).toEqual(expect.arrayContaining(['gps-gnss', 'total-station']));
    expect(analysis.requirements.map((r) => r.skill.id)).not.toContain('gis');
    expect(analysis.groups).toEqual([]);
  });
});

describe('the tools of managed IT services', () => {
  it('reads RMM and MDM systems and their products', () => {
    const found = named(
      'Requirements:\n* Remote management & monitoring (RMM) systems, such as ConnectWise Manage\n* Mobile device management systems, such as SOTI MobiControl, AirWatch, and MaaS360',
    );
    expect(found).toEqual(expect.arrayContaining(['rmm', 'connectwise-manage', 'soti-mobicontrol', 'maas360', 'endpoint-management']));
  });
});

describe('insurance licences', () => {
  it.each(['Requirements:\n- Active life and health license in Maryland', 'Requirements:\n- Must be a licensed insurance agent'])(
    '%s',
    (text) => {
      expect(ids(text).some((id) => id === 'insurance-producer-license' || id === 'life-and-health-insurance-license')).toBe(true);
    },
  );
});

describe('a certification is its own ask', () => {
  it('reads the ACI field-testing certification apart from the testing it certifies', () => {
    expect(
      named('Requirements:\n- ACI Concrete Field Testing Technician Grade I certification required\n- Compressive strength testing'),
    ).toEqual(expect.arrayContaining(['aci-field-testing-certification', 'construction-materials-testing']));
  });
});

describe('trades and services of small employers', () => {
  it.each([
    ['Responsibilities:\n- Bicycle repair and wheel truing', 'bicycle-repair'],
    ['Responsibilities:\n- Cellar operations, kegging and yeast management', 'beer-brewing'],
    ['Requirements:\n- Cicerone certification is a plus', 'cicerone-certification'],
    ['Responsibilities:\n- Dog walking and pet sitting', 'pet-care'],
    ['Responsibilities:\n- Perform root canal treatment and tooth extractions', 'endodontics'],
    ['Responsibilities:\n- Perform root canal treatment and tooth extractions', 'oral-surgery'],
  ])('%s reads %s', (text, skill) => {
    expect(named(text)).toContain(skill);
  });
});

describe('front-of-house, farm-store and documentation duties', () => {
  it.each([
    ['Responsibilities:\n- Mixing and serving drinks to guests', 'bartending'],
    ['Responsibilities:\n- Greet guests and provide menu recommendations', 'menu-knowledge'],
    ['Responsibilities:\n- Take orders and accurately process transactions', 'order-processing'],
    ['Responsibilities:\n- Take orders and accurately process transactions', 'payment-handling'],
    ['Responsibilities:\n- Perform opening and closing duties', 'opening-closing-procedures'],
    ['Responsibilities:\n- Restock produce and sort through it for discards', 'shelf-stocking'],
    ['Responsibilities:\n- Seed sowing, weeding and harvesting', 'tillage-and-planting'],
    ['Responsibilities:\n- Seed sowing, weeding and harvesting', 'weeding'],
    ['Responsibilities:\n- Seed sowing, weeding and harvesting', 'crop-harvesting'],
    ['Responsibilities:\n- Write customer release notes and how-tos', 'release-notes'],
    ['Requirements:\n- Editing html, markdown, rst, etc.', 'restructuredtext'],
    ['Requirements:\n- Document network requests using Charles Proxy', 'charles-proxy'],
  ])('%s reads %s', (text, skill) => {
    expect(named(text)).toContain(skill);
  });

  it.each([
    ['Responsibilities:\n- Data harvesting from public websites', 'crop-harvesting'],
    ['Responsibilities:\n- Perform & document product testing', 'technical-writing'],
  ])('%s does not read %s', (text, skill) => {
    expect(ids(text)).not.toContain(skill);
  });
});

describe('behaviour management is care and teaching work, classroom management only teaching', () => {
  it.each([
    ['Knowledge of behavior management and behavioral intervention techniques', 'behavior-management'],
    ['Positive behaviour support for adults with learning disabilities', 'behavior-management'],
    ['Classroom behaviour management and lesson planning', 'classroom-management'],
  ])('%s reads %s', (text, skill) => {
    expect(named(`Requirements:\n- ${text}`)).toContain(skill);
  });
});

describe('surveying and site work', () => {
  it.each([
    ['Requirements:\n- Earthwork, Underground Utilities and Road experience', 'underground-utilities'],
    ['Requirements:\n- Business Center-HCE by Trimble', 'trimble-survey-tools'],
  ])('%s reads %s', (text, skill) => {
    expect(named(text)).toContain(skill);
  });

  it('Trimble is survey equipment, not GIS', () => {
    expect(ids('Requirements:\n- Establish control points with Trimble equipment')).not.toContain('gis');
  });
});

describe('dental practice', () => {
  it.each([
    ['Responsibilities:\n- Take and develop x-rays', 'dental-radiography'],
    ['Responsibilities:\n- Apply sealants and fluoride treatments', 'preventive-dentistry'],
    ['Responsibilities:\n- Administer anesthetics', 'local-anesthesia'],
    ['Responsibilities:\n- Write prescriptions for antibiotics', 'prescribing'],
    ['Responsibilities:\n- Educate patients on oral hygiene', 'patient-education'],
  ])('%s reads %s', (text, skill) => {
    expect(named(text)).toContain(skill);
  });
});

describe('water treatment and clinic support work', () => {
  it.each([
    ['Preferred:\n- Experience in the water or wastewater industry', 'water-wastewater-treatment'],
    ['Preferred:\n- Knowledge of water chemistry', 'water-chemistry'],
    ['Requirements:\n- Experience starting up or commissioning equipment', 'plant-commissioning'],
    ['Responsibilities:\n- Prepares the schedule of patient appointments', 'medical-scheduling'],
    ['Responsibilities:\n- Learn how to cast, splint, and fit durable medical equipment', 'casting-splinting'],
    ['Responsibilities:\n- Learn how to cast, splint, and fit durable medical equipment', 'durable-medical-equipment'],
    ['Responsibilities:\n- Dispose of biohazardous waste', 'biohazard-waste-disposal'],
  ])('%s reads %s', (text, skill) => {
    expect(named(text)).toContain(skill);
  });

  it('an environmental engineer still designs wastewater systems', () => {
    expect(named('Requirements:\n- Wastewater engineering and water and wastewater design')).toContain('environmental-engineering');
  });
});

describe('social media asked, not the employer’s channels', () => {
  it('reads "Social media expertise" as the skill', () => {
    expect(ids('Nice to have:\n- Social media expertise')).toEqual(['social-media-management']);
  });
  it('reads no skill in the employer’s own channels', () => {
    expect(ids('Requirements:\n- Follow our social media pages for updates')).not.toContain('social-media-management');
  });
});

describe('the disciplines people are hired to teach, coach or perform', () => {
  it('reads a gymnastics coach posting as gymnastics instruction and its safety certification', () => {
    const found = ids(
      'Requirements:\n- Be USAG Safety Certified or obtain certification within a month of hire\n\nResponsibilities:\n- Lead our Recreational Gymnastics program for children aged 3 to 12',
    );
    expect(found).toEqual(expect.arrayContaining(['usa-gymnastics-certification', 'gymnastics-instruction']));
  });

  it('reads sports, dance and music named as what is taught', () => {
    expect(named('Requirements:\n- Experience coaching volleyball or basketball\n- Teach ballet and tap\n- Choir accompaniment')).toEqual(
      expect.arrayContaining(['volleyball-coaching', 'basketball-coaching', 'ballet-instruction', 'accompaniment']),
    );
  });

  it('reads no sport in an office perk, a machining finish or an employer’s question about pastimes', () => {
    expect(named('Benefits:\n- Couches, a PS4 and table tennis for breaks')).not.toContain('table-tennis');
    expect(named('Requirements:\n- Deburring, tumbling and polishing of machined parts')).not.toContain('tumbling');
    expect(
      ids("What's your passion? Whether you're into tennis, baseball or karaoke, we want to meet you.\n\nRequirements:\n- Typing"),
    ).toEqual(['typing']);
  });
});

describe('the general skills every posting asks, in its own words', () => {
  it.each([
    ['Knowledge of relevant computer applications', 'digital-literacy'],
    ['Competent level of IT proficiency', 'digital-literacy'],
    ['Able to handle multiple simultaneous projects', 'multitasking'],
    ['Ability to handle confidential issues', 'confidentiality'],
    ['5-year driving experience', 'vehicle-driving'],
    ['Team mindset', 'collaboration'],
    ['Excellent spelling and grammar', 'spelling-and-grammar'],
    ['A good conflict manager', 'conflict-resolution'],
    ['Experience working with huge data sets', 'big-data'],
  ])('reads "%s"', (item, skill) => {
    expect(named(`Requirements:\n- ${item}`)).toContain(skill);
  });

  it('reads no general skill where the words mean something else', () => {
    expect(named('Requirements:\n- Experience in computer applications programming')).not.toContain('digital-literacy');
    expect(named('Requirements:\n- One year of tractor-trailer driving experience')).not.toContain('vehicle-driving');
    expect(named('We are looking for talented and motivated people to join our team.\n\nRequirements:\n- Typing')).not.toContain(
      'motivating-others',
    );
  });
});

describe('the common practices of work, in the words duties use', () => {
  it.each([
    ['Supervise accounting staff', 'people-management'],
    ['Place orders for cleaning supplies', 'inventory-ordering'],
    ['Count, check, and package coins and currency', 'cash-handling'],
    ['Stack boxes onto pallets', 'palletizing'],
    ['Sanitization of all public and staff spaces', 'cleaning-and-disinfection'],
    ['Execute traffic plans', 'traffic-control'],
  ])('reads "%s"', (duty, skill) => {
    expect(named(`Responsibilities:\n- ${duty}`)).toContain(skill);
  });

  it('reads no practice in physical demands, a heading or what is named only in passing', () => {
    expect(named('Physical demands:\n- Push buttons, carry boxes, push carts')).not.toContain('material-handling');
    expect(named('Please, no phone calls or personal visits.\n\nRequirements:\n- Typing')).not.toContain('phone-support');
    expect(named('Duties:\n- Build and maintain data pipelines from internal databases')).not.toContain('data-management');
  });
});

describe('everyday words a technical or specialist name shares', () => {
  it.each([
    ['Duties:\n- Courier duties', 'museum-loans-management'],
    ['Duties:\n- Traffic management for road works', 'load-balancing'],
    ['Duties:\n- Wash and put away dishes', 'putaway'],
    ['Duties:\n- Diapering and feeding infants', 'toilet-training'],
    ['Duties:\n- Phishing triage and malware analysis', 'patient-triage'],
    ['Duties:\n- Hosting online meetups for the community', 'web-hosting'],
    ['Duties:\n- Apply retail markdowns', 'markdown'],
    ['Requirements:\n- Experience in SMB sales', 'smb-protocol'],
    ['Duties:\n- Process CPP payroll deductions', 'c-plus-plus'],
    ['Requirements:\n- Experience in sports reporting', 'reporting'],
    ['Duties:\n- Speaker recruitment for the annual conference', 'recruiting'],
    ['Duties:\n- Member onboarding and renewals', 'employee-onboarding'],
    ['Duties:\n- Participant recruitment for clinical studies', 'recruiting'],
    ['Duties:\n- Conduct design research with users', 'research-design'],
    ['Duties:\n- Schedule test drives with customers', 'rf-drive-testing'],
    ['Duties:\n- Follow management of change procedures at the plant', 'change-management'],
    ['Requirements:\n- Experience in cultural resource management', 'resource-planning'],
    ['Requirements:\n- Trained in verbal judo', 'judo'],
    ['Requirements:\n- Experience with Hexagon CAD', 'cad'],
    ['Duties:\n- Follow SOPs for every batch', 'sop-development'],
    ['Duties:\n- Hand line construction on wildland fires', 'hook-and-line-fishing'],
    ['Duties:\n- Adhesive dispensing on the assembly line', 'pharmacy-practice'],
    ['Duties:\n- High-volume data entry', 'big-data'],
    ['Duties:\n- Triage emails to the right team', 'patient-triage'],
    ['Duties:\n- Resolve disputes with customers', 'litigation'],
    ['Duties:\n- Supervise student workers', 'academic-supervision'],
    ['Requirements:\n- AI technician certification for dairy cattle', 'artificial-intelligence'],
    ['Duties:\n- Carcass grading on the kill floor', 'grading'],
    ['Requirements:\n- WPS training for pesticide handlers', 'welding-procedure-qualification'],
    ['Duties:\n- Vinyl weeding and application', 'weeding'],
    ['Requirements:\n- Front-end cashier experience', 'front-end-development'],
    ['Duties:\n- Debtor tracing for the collections team', 'observability'],
    ['Duties:\n- Apply SNS nails and french tips', 'aws-sns'],
    ['Duties:\n- Programming radios for the fire department', 'programming'],
  ])('"%s" is no %s', (text, skill) => {
    expect(named(text)).not.toContain(skill);
  });
});

describe('practices of every occupation, in the words its postings use', () => {
  it.each([
    ['Responsibilities:\n- Launching RIBs and performing lookout at sea', ['boat-handling', 'seamanship']],
    ['Requirements:\n- Ideally familiar with treating children', ['pediatrics']],
    [
      'Requirements:\n- Machine learning techniques including tree-based methods and regularized regression',
      ['tree-based-methods', 'regularized-regression'],
    ],
    ['Requirements:\n- 1-3 years experience with worker organizing', ['labor-organizing']],
    ['Requirements:\n- Experience in teaching apparel production', ['apparel-production']],
    ['Responsibilities:\n- Assess relevant literature and evaluate the quality of data', ['literature-review', 'data-quality-assessment']],
    ['Responsibilities:\n- Process expense reimbursement requests', ['expense-management']],
    ['Requirements:\n- HVAC certification', ['hvac-license']],
    ['Responsibilities:\n- Adjust chlorine levels in the pool', ['pool-operation']],
    ['Requirements:\n- Knowledge of Medicaid regulations', ['medicaid-regulations']],
    ['Responsibilities:\n- Ensure that all deadlines are met', ['time-management']],
    ['Responsibilities:\n- Chair committee meetings and keep minutes', ['facilitation', 'minute-taking']],
    ['Responsibilities:\n- Conducts quarterly performance reviews of team members', ['performance-management']],
    [
      'Requirements:\n- Experience with pre-sentence investigations and the LSI-R',
      ['presentence-investigation', 'offender-risk-assessment'],
    ],
    ['Requirements:\n- Fire Officer I and Fire Instructor I', ['fire-officer-certification', 'fire-instructor-certification']],
    ['Responsibilities:\n- Conduct store visits and prepare bank deposits', ['site-visits', 'bank-deposit-preparation']],
    ['Responsibilities:\n- Prepare bills of lading and process refund authorizations', ['shipping-documentation', 'returns-and-refunds']],
  ])('reads "%s"', (text, skills) => {
    expect(named(text)).toEqual(expect.arrayContaining(skills));
  });
});
