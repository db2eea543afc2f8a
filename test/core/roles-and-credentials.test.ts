/**
 * What a recruiter reads into a résumé beyond the names it writes: the practice a role's title performs,
 * the licence behind a credential's letters, roles dated without an "Experience" heading or with their
 * duties run on after the dates; and a fit report that never asks to "show" a licence or to "learn" one.
 */
import { describe, expect, it } from 'vitest';
import { matchResume } from '../../src/core/match.js';
import { analysePosting } from '../../src/core/posting.js';
import { readResume } from '../../src/core/resume/intake.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const AS_OF = '2026-12';
const resume = (text: string) => readResume(taxonomy, { text }, { asOf: AS_OF });
const fit = (posting: string, text: string) =>
  matchResume({ taxonomy }, analysePosting(taxonomy, { text: posting }), resume(text), { asOf: AS_OF });
const yearsCheck = (report: ReturnType<typeof fit>, skillId: string) =>
  report.eligibility.checks.find((c) => c.kind === 'years-of-experience' && c.skill?.id === skillId);

describe("a role's title names the practice it performs", () => {
  const accountant = 'Anna Lee\nEXPERIENCE\nAccountant, Smith & Co (2019-2023)\n- Led month-end close\nEDUCATION\nB.S. Accounting, 2019';

  it('is a skill the role shows, with the title as its evidence', () => {
    const profile = resume(accountant);
    expect(profile.experience.roles[0]?.skills).toContain('accounting');
    const accounting = profile.skills.find((s) => s.id === 'accounting');
    expect(accounting?.shownInWork).toBe(true);
    expect(accounting?.evidence.map((e) => [e.text, e.section])).toContainEqual(['Accountant', 'experience']);
  });

  it("counts the role's years with that practice, as the total counts them", () => {
    const report = fit('Requirements:\n- 2+ years of accounting experience', accountant);
    expect(yearsCheck(report, 'accounting')).toMatchObject({ status: 'meets', found: '4 years with Accounting' });
    expect(report.experience.years).toBe(4);
  });

  it('reads a qualifier before a crosswalked role and a founder as a founder', () => {
    expect(resume('EXPERIENCE\nLine Cook, Olive Garden, 2019-2023\n- Grill station').experience.roles[0]?.skills).toContain(
      'food-preparation',
    );
    const founder = resume('EXPERIENCE\nFounder, Acme Labs, 2020-2024\n- Raised a seed round').skills.map((s) => s.id);
    expect(founder).toContain('entrepreneurship');
    expect(founder).not.toContain('casting-and-forging');
  });

  it('reads the practice past the words that only rank the role', () => {
    const profile = resume(
      'EXPERIENCE\nJunior Data Analyst, RetailCo, June 2022 - Present\n- Wrote SQL\nStaff Accountant, Smith & Co, 2018 - 2022\n- Payables',
    );
    expect(profile.experience.roles.map((r) => r.skills.at(-1))).toEqual(['data-analysis', 'accounting']);
  });

  it('adds nothing for a title that names no practice', () => {
    const profile = resume('EXPERIENCE\nFarmer, Green Acres, 2015-2020\n- Drove tractors');
    expect(profile.experience.roles[0]?.title).toBe('Farmer');
    expect(profile.skills.map((s) => s.evidence[0]?.text)).not.toContain('Farmer');
  });
});

describe('years with a skill count the roles that name a narrower one', () => {
  it('counts a medical-surgical unit as acute care', () => {
    const report = fit(
      'Requirements:\n- 2+ years of acute care experience',
      'EXPERIENCE\nStaff Nurse, Mercy Hospital (2020-2024)\n- Cared for 6 patients a shift on a medical-surgical unit',
    );
    expect(report.requirements.map((r) => r.skill.id)).toContain('acute-care');
    expect(report.requirements.map((r) => r.skill.id)).not.toContain('critical-care');
    expect(yearsCheck(report, 'acute-care')).toMatchObject({ status: 'meets' });
  });

  it('takes the years a summary states for the names after them, a narrower skill included', () => {
    const profile = resume('SUMMARY\nData analyst with 5+ years of experience in SQL and Tableau; fluent in Spanish.');
    expect(profile.skills.map((s) => [s.id, s.years])).toEqual(
      expect.arrayContaining([
        ['sql', 5],
        ['tableau', 5],
        ['spanish', undefined],
      ]),
    );
    const report = fit(
      'Requirements:\n- 2+ years of acute care experience',
      'SUMMARY\nRegistered nurse with 4 years in a busy medical-surgical unit.\nEXPERIENCE\nStaff Nurse, Mercy Hospital (2020-2024)\n- Wound care',
    );
    expect(yearsCheck(report, 'acute-care')).toMatchObject({ status: 'meets', found: '4 years with Acute Care' });
  });

  it('still finds no years where no role names the skill or a narrower one', () => {
    const report = fit(
      'Requirements:\n- 2+ years of acute care experience',
      'EXPERIENCE\nReceptionist, Mercy Hospital (2020-2024)\n- Answered phones',
    );
    expect(yearsCheck(report, 'acute-care')).toMatchObject({ status: 'unmet' });
  });
});

describe("a credential's letters where credentials are listed are the credential", () => {
  it('reads "RN" under Licences as the RN licence, and as nursing', () => {
    const ids = resume('Jane Doe\nEXPERIENCE\nStaff Nurse, Mercy (2020-2024)\n- Wound care\nLICENSES\nRN, Ohio').skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['rn-license', 'nursing']));
  });

  it('reads the letters after the name on the first line ("Jane Doe, RN")', () => {
    expect(resume('Jane Doe, RN\nEXPERIENCE\nStaff Nurse, Mercy (2020-2024)\n- Wound care').skills.map((s) => s.id)).toContain(
      'rn-license',
    );
  });

  it("reads a certifying body's letters under Certifications as its certification", () => {
    const ids = resume('Carlos Diaz\nCERTIFICATIONS\nASE A5 Brakes, ASE A8 Engine Performance\nNATE').skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['ase-certification', 'nate-certification']));
    expect(resume('Carlos Diaz\nEXPERIENCE\nMechanic, Firestone, 2018-2024\n- Passed the ASE tests').skills.map((s) => s.id)).not.toContain(
      'ase-certification',
    );
  });

  it('leaves the letters in a duty a skill, not a licence', () => {
    const ids = resume('Jane Doe\nEXPERIENCE\nUnit Clerk, Mercy (2020-2024)\n- Scheduled RN shifts').skills.map((s) => s.id);
    expect(ids).not.toContain('rn-license');
  });
});

describe('a credential still worked towards is listed, never held', () => {
  const analyst = (certification: string) =>
    `Jane Doe\nEXPERIENCE\nFinancial Analyst, Acme Bank, 2019 - 2024\n- Built financial models\nCERTIFICATIONS\n${certification}`;

  it('does not count "CFA Level II candidate" as the CFA, and says it is in progress', () => {
    const report = fit('Requirements:\n- CFA charter required\n- Financial modeling', analyst('CFA Level II candidate'));
    expect(report.gaps.map((g) => g.skill.id)).toContain('cfa');
    expect(report.suggestions.find((s) => s.skills[0]?.id === 'cfa')?.why).toMatch(
      /in progress \("CFA Level II candidate"\); obtaining it/,
    );
    expect(resume(analyst('CFA Level II candidate')).certifications).toContainEqual(
      expect.objectContaining({ name: 'CFA Level II candidate', inProgress: true, skills: [{ id: 'cfa', name: 'CFA' }] }),
    );
  });

  it('reads "expected", "(in progress)" and "pursuing the CPA" the same way, anywhere in the résumé', () => {
    expect(resume(analyst('PMP – expected 2027')).skills.map((s) => s.id)).not.toContain('pmp');
    expect(resume(analyst('CPA (in progress)')).skills.map((s) => s.id)).not.toContain('cpa');
    const summary = resume(
      'Jane Doe\nSUMMARY\nAnalyst pursuing the CPA, with 5 years in audit\nEXPERIENCE\nAuditor, KPMG, 2019-2024\n- Audits',
    );
    expect(summary.skills.map((s) => s.id)).not.toContain('cpa');
    expect(summary.certifications).toContainEqual(expect.objectContaining({ name: 'pursuing the CPA', inProgress: true }));
  });

  it('still holds a credential listed plainly, or a JSON Resume certificate without those words', () => {
    expect(resume(analyst('CFA charterholder, 2022')).skills.map((s) => s.id)).toContain('cfa');
    const json = (name: string) =>
      readResume(taxonomy, { jsonResume: { certificates: [{ name }] } }, { asOf: AS_OF }).skills.map((s) => s.id);
    expect(json('Project Management Professional (PMP)')).toContain('pmp');
    expect(json('PMP (in progress)')).not.toContain('pmp');
  });
});

describe('suggestions a recruiter would sign', () => {
  const driver =
    'Tom Brown\nEXPERIENCE\nDriver, Swift Transportation, 2021-2024\n- Long-haul OTR routes\nLICENSES\nCDL Class A, Hazmat endorsement';

  it('never asks to show a licence in a role, and never suggests one thing twice', () => {
    const report = fit('CDL-A Truck Driver\nRequirements: Class A CDL, 1 year of OTR experience. Hazmat endorsement a plus.', driver);
    const shown = report.suggestions.filter((s) => s.action === 'show').map((s) => s.skills[0]?.id);
    expect(shown).not.toContain('cdl-class-a');
    expect(shown).not.toContain('cdl-hazmat-endorsement');
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('says a missing licence is obtained, not learnt', () => {
    const report = fit('Requirements: able to pass a DOT physical; Class A CDL.', driver);
    const card = report.suggestions.find((s) => s.skills[0]?.id === 'dot-medical-card');
    expect(card?.why).toMatch(/obtaining it adds/);
  });

  it('does not ask to show a skill a role shows through a narrower one ("AWS ECS")', () => {
    const report = fit(
      'Requirements: Python, AWS, Git',
      'Sam Patel\nEXPERIENCE\nBackend Developer, Acme, 2020-2023\n- Deployed Python services to AWS ECS\nSKILLS\nPython, AWS, Git',
    );
    const shown = report.suggestions.filter((s) => s.action === 'show').map((s) => s.skills[0]?.id);
    expect(shown).not.toContain('aws');
    expect(shown).toContain('git');
  });
});

describe('roles a résumé dates without the usual layout', () => {
  it('splits a header whose duties run on after its dates', () => {
    const profile = resume(
      'Sam Patel\nExperience\nBackend Developer, Acme (Jan 2020 - Dec 2023): built REST APIs in Python/Django on PostgreSQL; containerized services with Docker; deployed them to AWS ECS.',
    );
    const role = profile.experience.roles[0];
    expect([role?.title, role?.employer, role?.start, role?.end]).toEqual(['Backend Developer', 'Acme', '2020-01', '2023-12']);
    expect(role?.skills).toEqual(expect.arrayContaining(['python', 'postgresql', 'docker']));
  });

  it('counts a summer internship as its summer, not its year', () => {
    const profile = resume(
      'EXPERIENCE\nMarketing Intern, AdAgency - Summer 2021\n- Cleaned campaign data\nEDUCATION\nB.S. Economics, expected Spring 2027',
    );
    expect(profile.experience.roles[0]).toMatchObject({ start: '2021-06', end: '2021-08' });
    expect(profile.experience.totalYears).toBe(0.3);
    expect(profile.education.entries[0]).toMatchObject({ end: '2027-05' });
    expect(profile.education.entries[0]?.start).toBeUndefined();
    const bullet = resume('EXPERIENCE\nAnalyst, Acme, 2019 - 2023\n- In Fall 2019 I led a team of 5 on pricing\n- Built SQL reports');
    expect(bullet.experience.roles.map((r) => [r.title, r.bullets.length])).toEqual([['Analyst', 2]]);
  });

  it('reads dated roles in a résumé with no experience heading, but not its degree', () => {
    const profile = resume(
      'Karen White\nOffice Administrator, Dental Clinic, 2016-2022\n- Managed calendars for 4 dentists\nB.S. Accounting, University of Texas, 2015',
    );
    expect(profile.experience.roles.map((r) => r.title)).toEqual(['Office Administrator']);
    expect(profile.experience.totalYears).toBe(6);
    expect(resume('Karen White\nGraduated 2019 with honours\nVolunteered at the food bank').experience.roles).toEqual([]);
    expect(resume('DeShawn Miller\nWarehouse Worker, Amazon, 2021 - 2024\n- Picked orders').experience.totalYears).toBe(3);
    expect(resume('Jose Ruiz\nJourneyman Plumber, Ruiz & Sons, 2015 - 2024\n- Repiped homes').experience.totalYears).toBe(9);
  });
});

describe('names in a résumé line', () => {
  it('reads "in Word" as the word processor', () => {
    const ids = resume(
      'EXPERIENCE\nOffice Administrator, Dental Clinic, 2016-2022\n- Prepared letters in Word and invoices in Excel',
    ).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['microsoft-word', 'excel']));
    expect(resume('SUMMARY\nIn a word, reliable.').skills.map((s) => s.id)).not.toContain('microsoft-word');
  });

  it('reads a name two skills share by the side of its neighbours ("CBT and DBT", "Snowflake, DBT")', () => {
    const ids = (text: string) => analysePosting(taxonomy, { text: `Requirements:\n- ${text}` }).requirements.map((r) => r.skill.id);
    expect(ids('Experience with CBT and DBT')).toEqual(
      expect.arrayContaining(['cognitive-behavioral-therapy', 'dialectical-behavior-therapy']),
    );
    expect(ids('Experience with CBT and DBT')).not.toContain('dbt');
    expect(ids('Snowflake, DBT, Airflow')).toContain('dbt');
  });

  it('reads "Excel models" as advanced Excel, which pivot tables also show', () => {
    expect(resume('EXPERIENCE\nAnalyst, Acme, 2019-2023\n- Built Excel models').skills.map((s) => s.id)).toContain('advanced-excel');
    const report = fit('Requirements: advanced Excel', 'EXPERIENCE\nAnalyst, Acme, 2019-2023\n- Summarised sales with pivot tables');
    expect(report.requirements.find((r) => r.skill.id === 'advanced-excel')?.credit).toBe(1);
  });

  it('counts a food handler card as food safety', () => {
    const report = fit(
      'Requirements: knowledge of food safety',
      'EXPERIENCE\nLine Cook, Denny’s, 2019-2023\n- Grill\nCERTIFICATIONS\nFood Handler Card',
    );
    expect(report.requirements.find((r) => r.skill.id === 'food-safety')?.credit).toBe(1);
  });
});
