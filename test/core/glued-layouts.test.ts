import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { detectSections } from '../../src/core/text/sections.js';

const catalogue = loadTaxonomy();
const asked = (text: string): [string, string][] => extractPosting(catalogue, text).requirements.map((r) => [r.skill.name, r.level]);
const levelOf = (text: string, name: string): string | undefined => asked(text).find(([n]) => n === name)?.[1];
const headings = (text: string): [string, string][] => {
  const doc = normalizeText(text);
  return detectSections(doc.text, doc.markedHeadings).map((s) => [s.kind, s.heading]);
};

// A careless scrape drops the markup between blocks: headings, lead-ins and list items run into each other.
describe('a posting whose blocks a scrape glued together', () => {
  it('reads a heading glued to the number that opens its first item', () => {
    const text = 'Engineer at Acme.ResponsibilitiesShip small features.Requirements1 or more years of experience in PyTorch';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'responsibilities', 'required']);
    expect(levelOf(text, 'PyTorch')).toBe('required');
  });

  it('reads a label of a modifier and a head noun glued on both sides', () => {
    const text =
      'RequirementsWorking knowledge of Excel and results orientationTypical DutiesMaintain design drawings in Autodesk Inventor';
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toContain('responsibilities:Typical Duties');
    expect(levelOf(text, 'Excel')).toBe('required');
    expect(levelOf(text, 'Autodesk Inventor')).toBe('mentioned');
  });

  it('reads a heading in capitals glued to the capitalised word after it', () => {
    const text = 'Coordinator wanted.PRIMARY RESPONSIBILITIESWrite newsletters.QUALIFICATIONS REQUIREDProficiency in Microsoft Office';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'responsibilities', 'required']);
    expect(levelOf(text, 'Microsoft Office')).toBe('required');
  });

  it('reads a one-word heading in capitals glued between a sentence and its first item', () => {
    const text = 'Candidates should travel to job sites.SKILLSETMotivate and direct people.Strong problem solving skills.';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['skills', 'SKILLSET'],
    ]);
    expect(levelOf(text, 'Problem Solving')).toBe('required');
  });

  it('reads a heading in capitals glued to a subheading in capitals', () => {
    const text = 'Maintenance work.DUTIES AND RESPONSIBILITIESFINANCIAL RETURNSAchieve budgeted revenues.';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['responsibilities', 'DUTIES AND RESPONSIBILITIES'],
    ]);
  });

  it('levels the items a lead-in glued to its colon opens', () => {
    const text =
      'Housekeeper. We are looking for housekeepers.To be successful you must have the following attributes:Respond promptly to requests from guests.Make beds and fold towels.Clean bathrooms.';
    expect(levelOf(text, 'Bed Making')).toBe('required');
    expect(levelOf(text, 'Restroom Cleaning')).toBe('required');
  });

  it('parts a known name from the item glued after it', () => {
    const text = 'Requirements:\nWorking knowledge of SolidWorksStrong product affinity';
    expect(asked(text)).toEqual([['SolidWorks', 'required']]);
  });

  it('keeps an unknown brand written in camel case whole', () => {
    expect(normalizeText('Tools: BrightEdge, Moz', () => false).text).toBe('Tools: BrightEdge, Moz');
  });

  it('reads a label that opens with its head noun glued between a sentence and its first item', () => {
    const text = 'We design villas.Requirements and abilities for the positionArchitecture degree.Revit, AutoCAD and SketchUp.';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['required', 'Requirements and abilities for the position'],
    ]);
    expect(levelOf(text, 'AutoCAD')).toBe('required');
  });

  it('reads a label glued to the word before it when it closes its line with a colon', () => {
    const text = 'Our client is growing and wants to learn about newThe ideal person:Minimum 6 years of experience in account planning.';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'qualifications']);
    expect(levelOf(text, 'Account Planning')).toBe('required');
    expect(headings('We love JavaScript:React and Node.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('starts a new item at a capital glued to a closing bracket, and at a level in brackets glued to a word', () => {
    const text =
      'Required skills:General microscopy use (stereo & compound)Understanding of ecology(preferred) Familiarity with Git and GitHub';
    expect(levelOf(text, 'Microscopy')).toBe('required');
    expect(levelOf(text, 'Ecology')).toBe('required');
    expect(levelOf(text, 'Git')).toBe('preferred');
    // With a space before it, a level in brackets ends its own item ("Python (preferred)").
    expect(levelOf('Required skills:\nExcel\nPython (preferred) and SQL', 'Python')).toBe('preferred');
  });

  it('reads dash bullets glued to a heading and to the full stop before them as items', () => {
    const text =
      'Minimum Qualifications-Three years of related experience required.Preferred Qualifications-Excellent communication skills required.-Strong organizational skills.-Strong Microsoft Word skills.';
    expect(headings(text).map(([kind]) => kind)).toEqual(['required', 'preferred']);
    expect(levelOf(text, 'Communication')).toBe('required');
    expect(levelOf(text, 'Organizational Skills')).toBe('preferred');
    expect(levelOf(text, 'Microsoft Word')).toBe('preferred');
  });

  it('reads a heading whose section words are parted by commas, glued to what comes before and after', () => {
    const text = 'Handles other duties as assigned.Knowledge, Skills and Abilities RequiredExcellent presentation skills.';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['required', 'Knowledge, Skills and Abilities Required'],
    ]);
    expect(levelOf(text, 'Presentation')).toBe('required');
    expect(headings('Performs other duties.Knowledge, Skills & Abilities1. Knowledge of dentistry.').map(([kind]) => kind)).toEqual([
      'intro',
      'skills',
    ]);
    // A comma in running text joins no heading.
    expect(headings('We use Excel, Word and Outlook. Strong Python, Skills and Experience with SQL').map(([kind]) => kind)).toEqual([
      'intro',
    ]);
  });

  it('ends a head noun in capitals before the capitalised word glued to it', () => {
    const text = 'Other responsibilities as assigned.KNOWLEDGE, SKILLS, AND ABILITIESMust have experience with Salesforce';
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual(['intro:', 'skills:KNOWLEDGE, SKILLS, AND ABILITIES']);
  });

  it('reads a title-case heading glued after a word in capitals', () => {
    const text = 'Baton Permit (not required to start)DISPATCH & ADMINISTRATIVEDutiesMonitor 30+ security cameras.';
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toContain('responsibilities:Duties');
  });

  it('reads a sentence saying its list is required, glued to that list after its colon on a joined page', () => {
    const intro = 'We are recruiting spray applicators for immediate employment in the Columbia Basin. '.repeat(6);
    const text = `${intro}The following responsibilities, skills, experience and knowledge are required for this position:HS graduate; Pesticide application licence; Excellent record keeping skills and a clean driving record to haul fertilizer with a truck and trailer to the fields of growers across the whole region in all seasons.`;
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required']);
    expect(levelOf(text, 'Record Keeping')).toBe('required');
  });

  it('ends an "About the Company" section at a sentence glued to it that announces the duties', () => {
    const text =
      'About the Company:\nAcme offers paid time off, holidays and much more!The CONSTRUCTION SURVEYOR will be responsible for the following:\n- Plans surveys by visiting construction sites and establishing geodetic baselines';
    expect(headings(text).map(([kind]) => kind)).toEqual(['boilerplate', 'responsibilities']);
    expect(levelOf(text, 'Site Visits')).toBe('mentioned');
  });

  it('levels the labels glued under an empty "Preferred Qualifications:" as that heading does', () => {
    const text =
      'Minimum Qualifications:Currently pursuing a degree.Experience with SQL.Preferred Qualifications:Technical Skills: Familiarity with Excel, Python, or R.Soft Skills: Strong communication skills.';
    expect(levelOf(text, 'SQL')).toBe('required');
    expect(levelOf(text, 'Excel')).toBe('preferred');
    expect(levelOf(text, 'Python')).toBe('preferred');
    // With a list of its own, the heading before a label is no parent of it.
    expect(levelOf('Preferred Qualifications:\n- Tableau\n\nTechnical Skills:\n- Excel', 'Excel')).not.toBe('preferred');
  });

  it('reads the whole name after "About" glued to the sentence that opens with it again', () => {
    expect(headings('Job DescriptionAbout TikTokTikTok is the leading destination for short-form video.')).toContainEqual([
      'boilerplate',
      'About TikTok',
    ]);
    expect(headings('Intro.About GitHubGitHub is where developers work.')).toContainEqual(['boilerplate', 'About GitHub']);
  });

  it('keeps a heading followed by its colon a label, not a glued heading', () => {
    expect(headings('Intro.\nProfessional Education: Courses taught by experts.')).toEqual([['intro', '']]);
  });
});

// Some scrapes join a page's lines with spaces: a heading then stands mid-line between two capitals.
describe('a posting whose lines a scrape joined with spaces', () => {
  it('reads a one-word section heading between a bracket and the first item', () => {
    const text = 'Data Engineer (Junior) Requirements Experience using Python for data processing';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required']);
    expect(levelOf(text, 'Python')).toBe('required');
  });

  it('reads a title-case label of a plural section noun mid-line, before a sentence-case item', () => {
    const text =
      'Engineer. Requirements Working knowledge of SolidWorks and results orientation Typical Duties Maintain design drawings in Autodesk Inventor';
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual([
      'intro:',
      'required:Requirements',
      'responsibilities:Typical Duties',
    ]);
    expect(levelOf(text, 'Autodesk Inventor')).toBe('mentioned');
    expect(headings('Designer. Specific Responsibilities : Good knowledge of electronics').map(([kind]) => kind)).toEqual([
      'intro',
      'responsibilities',
    ]);
  });

  it('does not take a title-case phrase or a sentence for such a heading', () => {
    const staff = headings('We are looking for Experienced Key Person Assistants to work in our preschool.');
    expect(staff.map(([, heading]) => heading)).not.toContain('Key Person');
    expect(headings('Maintenance Supervisor. Employment Application | View Job Description').map(([kind]) => kind)).toEqual(['intro']);
    expect(headings('See the list (below). Requirements Are strict here.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads a label that opens with its head noun and describes it, run on after a sentence into its first item', () => {
    const text =
      'We design villas and hotels. Requirements and abilities for the position Architecture degree. Revit, AutoCAD and SketchUp.';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['required', 'Requirements and abilities for the position'],
    ]);
    expect(levelOf(text, 'AutoCAD')).toBe('required');
  });

  it('reads a one-word heading run on into an item that opens with years of experience', () => {
    const text =
      'Data Engineer (Intermediate) Requirements 2+ years hands-on experience deploying production code. Airflow, dbt and Luigi.';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required']);
    expect(levelOf(text, 'dbt')).toBe('required');
    expect(headings('We updated the Requirements 2021 list for members.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads such a heading mid-sentence too, after a lower-case word, only before years of experience', () => {
    const text = 'Geographic span: the continental US, any glass Qualifications 3 years Demand Planning experience. Excel and SAP APO.';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'qualifications']);
    expect(levelOf(text, 'Excel')).toBe('required');
    expect(headings('You will meet the Requirements 5 years from now.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads a sentence saying the list after it is required, run on into that list on a joined page', () => {
    const text =
      'He or she is a problem solver. The following skills, experience and knowledge are required for this position: Proof of college degree mandatory; Excellent decision-making skills and the ability to make good judgment calls Exceptional record keeping and reporting skills Sound interpersonal skills with the ability to clearly communicate and collaborate with others Exemplary customer service skills and good judgment';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required']);
    expect(levelOf(text, 'Record Keeping')).toBe('required');
    // A short line is no joined page: its list is read where it stands.
    expect(headings('The following skills are required: Python and SQL.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads a one-word heading mid-sentence on a page whose whole text is one joined line', () => {
    const duties = 'Answer phone, e-mail and in-person inquiries from families and professionals on technology topics. '.repeat(16);
    const text = `Specific Duties and Responsibilities: ${duties}Other tasks as necessary Requirements Technical expertise using the Macintosh and PC computers Excellent teaching and presentation skills`;
    expect(headings(text).map(([kind]) => kind)).toEqual(['responsibilities', 'required']);
    expect(levelOf(text, 'Presentation')).toBe('required');
    // Not after a word it belongs with ("meet the Requirements"), nor on a line of ordinary length.
    expect(headings(`Intro: ${duties}You must meet the Requirements Board standards every year.`).map(([kind]) => kind)).not.toContain(
      'required',
    );
    expect(headings('Other tasks as necessary Requirements Technical expertise using Excel').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads an offer heading mid-line on a joined page before an item whose first word is hyphenated', () => {
    const duties = 'Build and run the Java services that score credit applications for our customers. '.repeat(18);
    const text = `Your tasks ${duties}Must-haves Experience with Java and Spring Feedback oriented What we offer Employer-funded pension Free inhouse German course on different levels`;
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toContain('boilerplate:What we offer');
    expect(levelOf(text, 'German')).toBeUndefined();
  });

  it('takes a whole posting on one line, shorter than a joined line, for a joined page too', () => {
    const duties = 'Operate the x-ray equipment and position patients for every examination. '.repeat(9);
    const text = `Key Responsibilities ${duties}Other tasks as deemed necessary Requirements Graduate of Radiography with a current license`;
    expect(text.length).toBeLessThan(1500);
    expect(headings(text).map(([kind]) => kind)).toEqual(['responsibilities', 'required']);
    // With its line breaks kept, the same words are a sentence of one line among others.
    expect(headings(`Intro\n${text.replace('Key Responsibilities ', '')}\nMore text`).map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads a sentence-case label before its colon mid-line on a joined page', () => {
    const duties = 'Model and texture the environments of our next game with the art director. '.repeat(20);
    const text = `The Role ${duties}Maintain your work schedule Role requirements: AAA game experience Additional or desired skills: Unreal Engine knowledge`;
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual([
      'responsibilities:The Role',
      'required:Role requirements',
      'preferred:Additional or desired skills',
    ]);
    expect(levelOf(text, 'Unreal Engine')).toBe('preferred');
  });

  it('opens a new item after a closing bracket in a long run-on item, so a hedge binds to its own item', () => {
    const text =
      'Requirements: Work well in team environments; strong communication skills Strong programming experience (R, Python, Java or other languages for research) Experience with cloud computing environments is a plus';
    expect(levelOf(text, 'Python')).toBe('required');
    expect(levelOf(text, 'Cloud computing')).toBe('preferred');
  });

  it('reads the fields a run-on lead-in names on a joined page as fields of study, up to the next sentence', () => {
    const intro = 'We are seeking a motivated individual to study the genetics of cancer with computational approaches. '.repeat(12);
    const text = `${intro}Applicants must have a Bachelor degree in one of these disciplines: Computational biology, statistics, physics, or other related fields Applicants should have some of the following skills: Strong programming experience in Python`;
    const analysis = extractPosting(catalogue, text);
    expect(analysis.education.fieldsOfStudy).toEqual(['Computational biology', 'statistics', 'physics']);
    expect(analysis.requirements.map((r) => r.skill.name)).not.toContain('Physics');
    expect(levelOf(text, 'Python')).toBe('required');
  });

  it('reads a question asking for a section mid-line on a joined page as its heading', () => {
    const intro = 'Pynapple is a library for the analysis and visualization of neurophysiological time series. '.repeat(18);
    const text = `${intro}What types of background are we looking for? Interns with experience using Python packages for scientific computing.`;
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual([
      'intro:',
      'required:What types of background are we looking for',
    ]);
    expect(levelOf(text, 'Python')).toBe('required');
    // A question that names no section stays a sentence.
    expect(headings(`${intro}Why would you join us? Interns with Python experience.`).map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads a heading before a plus bullet run on into its first item', () => {
    const text = 'Benefits include conference attendance. About you + You are a quick learner + You have worked with HubSpot';
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual(['intro:', 'required:About you']);
    expect(levelOf(text, 'HubSpot')).toBe('required');
  });

  it('reads headings closed by pictographs mid-line, as the line ends they stand for', () => {
    const text =
      "Marketing Intern at Acme. What You'll Do \u{1F6E0}\u{FE0F} Manage content for our social media platforms What We're Looking For \u{1F9D0} Current student with experience in Canva What We Offer \u{1F381} Flexible hours";
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual([
      'intro:',
      "responsibilities:What You'll Do",
      "required:What We're Looking For",
      'boilerplate:What We Offer',
    ]);
    expect(levelOf(text, 'Canva')).toBe('required');
  });

  it('reads a heading glued after a number, and one whose colon a semicolon stands for', () => {
    const address = 'Sunset Valley, Texas 78745Qualifications:1+ years of high volume kitchen management experience with ServSafe';
    expect(headings(address).map(([kind, heading]) => `${kind}:${heading}`)).toEqual(['intro:', 'qualifications:Qualifications']);
    const semicolon =
      'Attend regular safety meetings.Requirements;Applicants must have a valid driver license and asphalt paving experience';
    expect(headings(semicolon).map(([kind, heading]) => `${kind}:${heading}`)).toEqual(['intro:', 'required:Requirements']);
  });

  it('reads a title-case label mid-line on a joined page before a sentence-case item', () => {
    const duties = 'Maintain projects and technical documentation and develop new security tools for the team. '.repeat(18);
    const text = `Duties: ${duties}Python, Jupyter, GitHub Helpful Knowledge and Experience Familiar with Terraform and Ansible`;
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual([
      'responsibilities:Duties',
      'preferred:Helpful Knowledge and Experience',
    ]);
    expect(levelOf(text, 'Terraform')).toBe('preferred');
  });

  it('levels the run-together list after a lead-in on a joined page as the lead-in says', () => {
    const intro = 'We are an Internet technology consulting company based in New York with fifty employees. '.repeat(12);
    const text = `${intro}This is a consulting position, so troubleshooting skills are required. Skills and tools You will need to have extensive experience in the Microsoft Windows ecosystem: the MS Windows OS, Active Directory management via Group Policies, MS Exchange Server, etc. The greater knowledge of and larger base of experience you have with these, the better: Remote management & monitoring (RMM) systems, such as ConnectWise Manage Mobile devices and mobile device management (MDM) systems, such as SOTI MobiControl and MaaS360 Storage management, connecting via iSCSI and SMB3`;
    expect(levelOf(text, 'Active Directory')).toBe('required');
    expect(levelOf(text, 'SOTI MobiControl')).toBe('preferred');
    expect(levelOf(text, 'iSCSI')).toBe('preferred');
  });

  it('ends the list a run-on lead-in opens with its first sentence', () => {
    const intro = 'Login is a government service used by millions of people to reach benefits and jobs online. '.repeat(18);
    const text = `${intro}Who May Apply: United States citizens and nationals, and applicants must not be employees or contractors of the agency Role Summary: Login helps people reach public services. The team operates like a startup, working in the open as a distributed, agile team, and uses encryption to protect user data.`;
    expect(levelOf(text, 'Agile')).toBe('mentioned');
    expect(levelOf(text, 'Encryption')).toBe('mentioned');
  });

  it('reads a one-word title-case heading after a subheading in capitals on a joined page', () => {
    const intro = 'Our officers keep the campus and its visitors safe at every hour of the day and night. '.repeat(18);
    const text = `${intro}Requirements Valid Guard Card License Baton Permit (not required to start) DISPATCH & ADMINISTRATIVE Duties Monitor 30+ security cameras and write detailed narrative reports`;
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required', 'responsibilities']);
    // On a line of ordinary length it stays a word of the line.
    expect(headings('Baton Permit DISPATCH & ADMINISTRATIVE Duties Monitor cameras.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('reads a label closed by its level mid-line, before a sentence-case item', () => {
    const text =
      'Duties may change at any time with or without notice Knowledge, Skills and Abilities Required Excellent presentation skills';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required']);
    expect(levelOf(text, 'Presentation')).toBe('required');
  });

  it('reads a one-word heading in capitals between a sentence and its first item, but not the first word of a longer one', () => {
    const text =
      'Candidates should be flexible for travel to job sites. SKILLSET Motivate and direct people. Strong problem solving skills.';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['skills', 'SKILLSET'],
    ]);
    const functions = headings('Research Associate wanted. ESSENTIAL FUNCTIONS Assist the PI in developing models.');
    expect(functions.map(([, heading]) => heading)).not.toContain('ESSENTIAL');
  });

  it('reads a one-word heading run on into an item of "1 or more years" of experience', () => {
    const text = 'Ship features with support from team members. Requirements 1 or more years of experience in PyTorch';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required']);
    expect(levelOf(text, 'PyTorch')).toBe('required');
  });

  it('reads a known heading in sentence case mid-line on a page whose whole text is one joined line', () => {
    const duties = 'Write tests for features as designed and help deprecate features as we iterate on them. '.repeat(18);
    const text = `What you'll do ${duties}Help deprecate product features as we iterate Basic qualifications Exceptional command of the English language`;
    expect(headings(text).map(([kind]) => kind)).toEqual(['responsibilities', 'required']);
    expect(levelOf(text, 'English')).toBe('required');
    expect(
      headings('Help deprecate product features as we iterate Basic qualifications Exceptional command of English').map(([kind]) => kind),
    ).toEqual(['intro']);
  });

  it('reads a sentence announcing the list after its colon, run on into that list', () => {
    const text =
      'We are looking for housekeepers to join our team. To be successful you must have the following attributes: Make beds. Vacuum carpets.';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['required', 'To be successful you must have the following attributes'],
    ]);
    expect(levelOf(text, 'Bed Making')).toBe('required');
    expect(headings('Intro. The duties include the following: Make beds. Clean rooms.').map(([kind]) => kind)).toEqual([
      'intro',
      'responsibilities',
    ]);
    // Without its colon the sentence goes on.
    expect(headings('Intro. You must have the following attributes and more Make beds.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it("reads 'Responsibilities:' after a field's capitalised value far into the joined line, not an item's own label", () => {
    const text =
      'Laboratory Technician Department: Quality Control Location: Borongajska cesta 83H, 10000 Zagreb Responsibilities: Preparation of samples for HPLC analysis.';
    expect(headings(text).map(([kind]) => kind)).toContain('responsibilities');
    expect(headings('Preferred Qualifications:\n- User Experience: apps\n- Marketing Duties: none')).toEqual([
      ['preferred', 'Preferred Qualifications'],
    ]);
  });

  it('levels what runs on after "the preferred skills below" as a plus, to the end of its section on a joined page', () => {
    const duties = 'Process invoices and purchase orders for the office and track contract budgets for each fiscal year. '.repeat(16);
    const text = `Responsibilities ${duties}Skills We're Seeking We understand that candidates may not meet all of the preferred skills below. Experience in government or non-profit work is a plus. Proficiency in Microsoft Excel or Google Sheets. Strong problem solving skills. Education Bachelor's degree`;
    expect(levelOf(text, 'Excel')).toBe('preferred');
    expect(levelOf(text, 'Problem Solving')).toBe('preferred');
  });

  it('reads a title-case label mid-line before a dash bullet glued to its first item', () => {
    const text =
      'Schedule: Monday-Friday, 9 am - 5 pm Minimum Qualifications -High School Diploma required. Preferred Qualifications -Excellent written communication';
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'required', 'preferred']);
    expect(headings('We love our Key Person - Someone who cares').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('does not take the first word of a name for a one-word heading mid-line on a joined page', () => {
    const intro = 'We handle every area of human resources for our members on every single day of the year. '.repeat(18);
    const text = `${intro}Manage promotions processes. Benefits Administration including the management of open enrollment. Requirements Gathering with stakeholders. Benefits Health insurance and dental cover.`;
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['boilerplate', 'Benefits'],
    ]);
    expect(levelOf(text, 'Benefits Administration')).toBe('mentioned');
  });

  it('reads "Nice-to-Have" as one preferred modifier of a label mid-line', () => {
    const text =
      'Ability to travel across North America and occasionally globally, work weekends Additional Nice-to-Have Skills Experience of Adobe Photoshop';
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['preferred', 'Additional Nice-to-Have Skills'],
    ]);
    expect(levelOf(text, 'Adobe Photoshop')).toBe('preferred');
  });

  it('does not take a sentence about requirements for such a label', () => {
    expect(headings('We design villas. Requirements for the role include Python and SQL.').map(([kind]) => kind)).toEqual(['intro']);
    expect(headings('We design villas. Skills that we value are listed Below the fold.').map(([kind]) => kind)).toEqual(['intro']);
  });

  it('binds a hedge to its own item in a long list run together with spaces', () => {
    const text =
      'Senior Engineer. Requirements Experience using Python or Scala for data processing Good understanding of SQL and analytical data warehouses Hands-on experience with Snowflake Experience with Docker and Kubernetes Familiarity with Tableau or Looker Experience with Terraform is preferred Strong communication skills in English';
    expect(levelOf(text, 'Terraform')).toBe('preferred');
    expect(levelOf(text, 'Snowflake')).toBe('required');
    expect(levelOf(text, 'English')).toBe('required');
  });

  it('reads the candidate said to possess what follows a colon, mid-line on a joined page, as the list of what is asked', () => {
    const duties = 'Manage client software subscriptions and monthly fixed invoicing for the firm. '.repeat(8);
    const text = `Your responsibilities will include: ${duties}New entity set-up The ideal candidate will possess: Intermediate to advanced Microsoft Office skills Problem solving Attention to detail`;
    expect(headings(text)).toContainEqual(['qualifications', 'The ideal candidate will possess']);
    expect(levelOf(text, 'Microsoft Office')).toBe('required');
    // Duties ("we need you to:") and an offer in lower case after the colon open no such list.
    expect(headings(`Intro ${duties}Every day we need you to: Manage invoicing in Excel`).map(([kind]) => kind)).not.toContain(
      'qualifications',
    );
    expect(headings(`Intro ${duties}Perks You will have: a laptop and Excel training`).map(([kind]) => kind)).not.toContain(
      'qualifications',
    );
  });

  it("reads a long sentence that points at its list as the list's lead-in", () => {
    const text = `Open lab positions. ${'We build tools for neuroscience research in our lab every day. '.repeat(10)}While not a prerequisite, previous experience in some or all of the following areas is a plus: Neurobiology: Working with mice and rats Viral injections Neural imaging and processing techniques Engineering: PCB layout Rapid Prototyping Microcontroller programming FPGA firmware Optics design Physics: Experimental design Computation and modelling`;
    expect(headings(text).map(([kind]) => kind)).toEqual(['intro', 'preferred']);
    expect(levelOf(text, 'PCB Design')).toBe('preferred');
  });

  it('reads a short label closed by an aside that gives its level, mid-line on a joined page', () => {
    const intro = 'We are building a one of a kind consumer appliance for homes and offices across the country. '.repeat(8);
    const text = `${intro}Technical skill Hardware Skills (Necessary) PCB design using Eaglecad or equivalent software Hardware skills (Desirable, not a must) Strong fundamentals of EMC design Software Skills (Necessary) Experience of coding in C`;
    expect(headings(text).slice(-3)).toEqual([
      ['required', 'Hardware Skills (Necessary)'],
      ['preferred', 'Hardware skills (Desirable, not a must)'],
      ['required', 'Software Skills (Necessary)'],
    ]);
    expect(levelOf(text, 'PCB Design')).toBe('required');
    // An aside that says no level is no heading's ("Sales Skills (see below) …").
    expect(headings(`${intro}Sales Skills (see below) Excel and SAP`).map(([kind]) => kind)).toEqual(['intro']);
    // Nor one that hedges an item ("(prior PyTorch experience required)").
    const hedged = `${intro}Requirements: Deep learning for 3D perception Strong programming skills (prior PyTorch experience required) Desired: Experience with SLAM`;
    expect(levelOf(hedged, 'PyTorch')).toBe('required');
  });

  it('reads a heading of wishes before the head noun it wishes for ("Good to have skills")', () => {
    const intro = 'Build and run the firmware that drives our wearable devices for customers. '.repeat(10);
    const text = `${intro}Excellent communication skills Good to have skills Understanding of microcontroller architecture`;
    expect(headings(text)).toEqual([
      ['intro', ''],
      ['preferred', 'Good to have skills'],
    ]);
    expect(headings('Good to have skills\n- Python')).toEqual([['preferred', 'Good to have skills']]);
  });

  it('starts a run-on label of who fits at its own sentence, not at the item before it', () => {
    const intro = 'Build and run the firmware that drives our wearable devices for customers. '.repeat(10);
    const text = `${intro}Academic project experience with BLE and USB protocols You will fit in if you have: Appreciation for start-ups`;
    expect(headings(text).map(([, heading]) => heading)).toContain('You will fit in if you have');
    expect(levelOf(text, 'Bluetooth Low Energy')).toBeDefined();
  });

  it('reads an announcement of the list after it mid-line on a joined page, with or without its colon', () => {
    const intro = 'Build data applications and automate analysis for our business teams. '.repeat(10);
    const text = `${intro}Automate data analysis We get excited about candidates who have the following Our interns are students with Python and SQL`;
    expect(headings(text)).toContainEqual(['qualifications', 'We get excited about candidates who have the following']);
    expect(levelOf(text, 'Python')).toBe('required');
    // It starts at its own sentence, also after a stop ("The CONSTRUCTION SURVEYOR will be responsible for the following:").
    const duties = `${intro}and much more! The CONSTRUCTION SURVEYOR will be responsible for the following: Plans surveys with AutoCAD`;
    expect(headings(duties)).toContainEqual(['responsibilities', 'The CONSTRUCTION SURVEYOR will be responsible for the following']);
  });

  it('reads a heading of wishes mid-line before an item that opens with years of experience', () => {
    const intro = 'Design clean interfaces for our hiring platform with the product team. '.repeat(10);
    const text = `${intro}Openly accept criticism and improve designs Nice to have 2-3 years of experience designing UIs with HTML and CSS`;
    expect(headings(text)).toContainEqual(['preferred', 'Nice to have']);
    expect(levelOf(text, 'CSS')).toBe('preferred');
  });

  it('reads a heading phrase closed by an aside of level words mid-line ("Nice to Have (But Not Required)")', () => {
    const intro = 'Build and test machine learning pipelines with our AI engineering team. '.repeat(10);
    const text = `${intro}The aspiration to be a world class engineer. Nice to Have (But Not Required) A track record of deploying models Exposure to Docker and Databricks`;
    expect(headings(text)).toContainEqual(['preferred', 'Nice to Have (But Not Required)']);
    expect(levelOf(text, 'Docker')).toBe('preferred');
  });

  it('ends an item at its stop before a dash bullet glued to the next item', () => {
    const duties = 'Draft correspondence and schedule meetings for the library staff. '.repeat(10);
    const text = `Responsibilities ${duties}Preferred Qualifications -Excellent communication skills required. -Strong computer skills with Microsoft Word. -Excel and websites essential.`;
    expect(levelOf(text, 'Microsoft Word')).toBe('preferred');
    expect(levelOf(text, 'Excel')).toBe('required');
  });

  it("ends the company's boilerplate at the headings of the role that a joined page runs on", () => {
    const about = 'We believe that public services should be easy to use, secure and accessible to all. '.repeat(8);
    const text = `About CDS ${about}About your team The team supports staff with Slack and Trello every day. Individuals must meet work location requirements prior to employment. Position Description Administrative Support: Scheduling: Manage calendars in Outlook`;
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual([
      'boilerplate:About CDS',
      'responsibilities:About your team',
      'responsibilities:Position Description',
    ]);
    expect(levelOf(text, 'Slack')).toBe('mentioned');
  });

  it('reads "Essential Functions" after a stop on a joined page, before the sentence that opens them', () => {
    const offer = 'We offer paid personal and vacation time and a development allowance. '.repeat(10);
    expect(headings(`Intro ${offer}Essential Functions The Head of School is responsible for all administration`)).toContainEqual([
      'responsibilities',
      'Essential Functions',
    ]);
  });

  it('reads section nouns listed with commas after a stop on a joined page ("Knowledge, Skills & Abilities 1. …")', () => {
    const duties = 'Performs dental examinations and treatment for patients of all ages. '.repeat(10);
    const text = `Job Summary ${duties}19. Performs other duties as assigned. Knowledge, Skills & Abilities 1. Skill in record keeping and decision making`;
    expect(headings(text)).toContainEqual(['skills', 'Knowledge, Skills & Abilities']);
    expect(levelOf(text, 'Record Keeping')).toBe('required');
    // A list of section nouns only: "Sales, Marketing and Finance" names departments.
    expect(headings(`Job Summary ${duties}Work with Sales, Marketing and Finance Teams every week`).map(([kind]) => kind)).not.toContain(
      'skills',
    );
  });

  it('reads "Preferred" alone mid-line on a joined page before the first item it prefers', () => {
    const intro = 'We are seeking motivated students at both undergraduate and graduate levels to join our genomics lab. '.repeat(5);
    const text = `${intro}Requirements Programming experience in R and/or Python For graduates: MSc or PhD students Preferred Coursework or research in bioinformatics Familiarity with Snakemake`;
    expect(levelOf(text, 'Snakemake')).toBe('preferred');
    expect(levelOf(text, 'Python')).toBe('required');
  });

  it("reads the role's duties and a whole offer heading mid-line on a joined page", () => {
    const duties =
      'Ongoing contact with the client Training new employees in health and safety Analysis of production plans Completing reports Conducting job interviews with new candidates ';
    const text = `Foreman in Meat Production Foreman Duties ${duties.repeat(4)}What we can offer you Rate 36.00 PLN gross per hour Free lunches What is important to us Knowledge of Polish language`;
    expect(headings(text).map(([kind, heading]) => `${kind}:${heading}`)).toEqual([
      'intro:',
      'responsibilities:Foreman Duties',
      'boilerplate:What we can offer you',
      'required:What is important to us',
    ]);
    expect(levelOf(text, 'Health and Safety')).toBe('mentioned');
  });

  it('does not part a title-case name in such a list ("a Graduate Diploma in Business Administration")', () => {
    const text =
      'Candidates who have the following will be preferred: Certifications within SAFe-framework and Project Management are highly valued Expert skills within Excel and SharePoint A Bachelors degree or a Graduate Diploma in Business Administration More information and send application';
    expect(levelOf(text, 'Project Management')).toBe('preferred');
    expect(levelOf(text, 'Scaled Agile Framework')).toBe('preferred');
  });
});
