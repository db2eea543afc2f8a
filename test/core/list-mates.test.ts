import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { matchResume } from '../../src/core/match.js';
import { readResume } from '../../src/core/resume/intake.js';
import { resumeCredits } from '../../src/core/rank/credits.js';
import { creditSlot, SkillNumbers } from '../../src/core/rank/numbering.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const unlisted = (text: string) =>
  extractPosting(taxonomy, text)
    .requirements.filter((r) => r.skill.id.startsWith('unlisted-'))
    .map((r) => `${r.skill.name}:${r.level}`);

describe('names the catalogue lacks, read from the lists they stand in', () => {
  it.each([
    ['a tool listed among known tools', 'Requirements:\n- Experience with Airflow, Luigi or Azkaban', ['Azkaban:required']],
    ['a proper name after two known ones', 'Requirements:\n- Knowledge of Python, SQL and Zorblax', ['Zorblax:required']],
    ['a code among examples of one known name', 'Requirements:\n- Tools such as Tableau or QX2', ['QX2:required']],
    ['a practice listed beside known ones', 'Requirements:\n- Excel, SQL and kelp farming', ['kelp farming:required']],
    [
      'one practice noun beside two known names',
      'Requirements:\n- Lab skills (sterile technique, isolations, inoculations, media preparation)',
      ['isolations:required', 'inoculations:required'],
    ],
    ['the level of the list it stands in', 'Nice to have:\n- Airflow, Luigi or Azkaban', ['Azkaban:preferred']],
    [
      'a list whose last element goes on past a preposition',
      'Requirements:\n- Methods such as kelp modelling, field experiments, and analysis of pre-existing datasets',
      ['kelp modelling:required'],
    ],
    [
      'a product and its edition, first after a colon',
      'Requirements:\n- Willingness to learn: Topcon 3D-Office, Adobe Acrobat, Excel, AGTEK 4D',
      // What a hire may still learn is a plus.
      ['Topcon 3D-Office:preferred', 'AGTEK 4D:preferred'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(unlisted(text)).toEqual(expected);
  });

  it.each([
    ['a single common word', 'Requirements:\n- Python, SQL and dance'],
    ['a noun of any work beside known names', 'Requirements:\n- Event planning, coordination, and outreach experience'],
    ['a title-case phrase (as often a heading or a title)', 'Requirements:\n- Excel, SQL, Frobnication Studio'],
    ['one known name without examples offered', 'Requirements:\n- Python and Zorblax'],
    ['duties opened by a verb', 'Requirements:\n- Python, SQL, ensure sample traceability'],
    ['the object of a verb that ends the list', 'Requirements:\n- Python, SQL, and optimize sample traceability and kelp farming'],
    ['words a slash joins', 'Requirements:\n- Excel, user/system/functional requirements and SQL'],
    ['table cells', 'Requirements:\n| Python | SQL | Interview |'],
  ])('reads nothing from %s', (_name, text) => {
    expect(unlisted(text)).toEqual([]);
  });

  it('joins the choice the list offers', () => {
    const analysis = extractPosting(taxonomy, 'Requirements:\n- Experience with Airflow, Luigi or Azkaban');
    expect(analysis.groups.map((g) => [...g.skills].sort())).toEqual([['airflow', 'luigi', 'unlisted-azkaban']]);
  });

  it('takes the kind and category of the known name beside it, and the words as written for its name', () => {
    const req = extractPosting(taxonomy, 'Requirements:\n- Excel, SQL and kelp farming').requirements.find(
      (r) => r.skill.id === 'unlisted-kelp-farming',
    );
    expect(req?.skill).toMatchObject({ name: 'kelp farming', kind: 'hard' });
    expect(req?.mentions.map((m) => m.text)).toEqual(['kelp farming']);
  });
});

describe('names the catalogue lacks, right after an ask', () => {
  it.each([
    ['experience in a domain', 'Requirements:\n- At least 1 year of experience in acute medicine.', ['acute medicine:required']],
    ['knowledge of a product', 'Requirements:\n- Knowledge of Financial Edge.', ['Financial Edge:required']],
    ['a product before its kind', 'Requirements:\n- Knowledge of Financial Edge software preferred', ['Financial Edge:preferred']],
    ['no category before its kind', 'Requirements:\n- Knowledge of payroll ledger software', []],
    ['a practice done', 'Requirements:\n- Experience organizing online events', ['organizing online events:required']],
    ['no practice whose object runs on', 'Requirements:\n- Experience deploying high quality, user centric platforms', []],
    ['the level of the item', 'Nice to have:\n- Experience in landscape restoration.', ['landscape restoration:preferred']],
    ['the level word after it', 'Requirements:\n- Experience in acute medicine preferred', ['acute medicine:preferred']],
    ['a role held', 'Requirements:\n- 3 years of experience as an engineering technician.', ['engineering technician:required']],
    [
      'the level of its own clause, not a hedge of something else',
      'Requirements:\n- Strong acute medicine background, preferably in fields such as oncology',
      ['acute medicine:required'],
    ],
    ['a one-word role', 'Requirements:\n- Two years of experience as a chandler.', ['chandler:required']],
    ['equipment that ends like a role', 'Requirements:\n- Working knowledge of sterilizers.', ['sterilizers:required']],
  ])('%s', (_name, text, expected) => {
    expect(unlisted(text)).toEqual(expected);
  });

  it('leaves the years said of it overall: per-skill years name catalogue skills', () => {
    const analysis = extractPosting(taxonomy, 'Requirements:\n- 5+ years of experience in acute medicine.');
    expect(analysis.experience).toMatchObject({ minYears: 5, perSkill: [] });
  });

  it.each([
    ['a determiner', 'Requirements:\n- Experience in a similar role.'],
    ['people', 'Requirements:\n- Experience with truck drivers.'],
    ['people by their role', 'Requirements:\n- Experience with dental hygienists.'],
    ['a vague head', 'Requirements:\n- Knowledge of industry trends.'],
    ['a lone adjective before a known name', 'Requirements:\n- Experience with distributed systems.'],
    ['a lone adjective', 'Requirements:\n- Some experience with mechanical.'],
    ['more words after the phrase', 'Requirements:\n- Experience in acute medicine wards across the region.'],
    ['the company describing itself', 'About us:\nWe have deep experience in acute medicine.'],
  ])('reads nothing with %s', (_name, text) => {
    expect(unlisted(text)).toEqual([]);
  });
});

describe('names the catalogue lacks, right before "experience" or "skills" in an ask', () => {
  it.each([
    ['a practice', 'Requirements:\n- Previous professional cleaning experience', ['professional cleaning:required']],
    ['title case', 'Requirements:\n- Load Hauling Experience', ['Load Hauling:required']],
    ['a skill', 'Requirements:\n- Excellent phone handling skills', ['phone handling:required']],
    ['the hedge of the item', 'Requirements:\n- Prior brunch service experience is preferred', ['brunch service:preferred']],
    ['without the words that only qualify it', 'Requirements:\n- Successful kennel experience', ['kennel:required']],
  ])('%s', (_name, text, expected) => {
    expect(unlisted(text)).toEqual(expected);
  });

  it.each([
    ['generic qualifiers', 'Requirements:\n- Relevant industry experience and strong people skills'],
    ['a class of skills', 'Nice to have:\n- Practical trade skills, including any plumbing experience'],
    ['a trait', 'Requirements:\n- Quick learning skills'],
    [
      'an adverb or an adjective opening the sentence',
      'Requirements:\n- Similarly experience in oncology is a plus\n- Expert skills within Excel',
    ],
    ['a sentence whose subject is the CV', 'Requirements:\n- Your CV covers vast experience from an international setting'],
    ['the kind of experience, not its subject', 'Requirements:\n- Internship or project experience; strong written skills'],
    ['an experience someone lives through', 'Requirements:\n- You will shape the ultimate shopping experience.'],
    ['a name asked of what follows', 'Requirements:\n- Protocol experience with BGP'],
    ['a duty, not an ask', 'Responsibilities:\n- Share your cleaning experience with new staff'],
  ])('reads nothing from %s', (_name, text) => {
    expect(unlisted(text)).toEqual([]);
  });
});

describe('names the catalogue lacks, one to an item under "Knowledge of:"', () => {
  it('reads each item that is one name, whole', () => {
    expect(
      unlisted(
        'Qualifications\n\nKnowledge Of:\n\n• Consumer Rights\n\n• Residential Licensing Standards\n\nSkills In:\n\n• Computer Operation',
      ),
    ).toEqual(['Consumer Rights:required', 'Residential Licensing Standards:required', 'Computer Operation:required']);
  });

  it.each([
    ['a duty', 'Qualifications\n\nKnowledge Of:\n\n• Use of appropriate task prompts'],
    ['a vague head', 'Qualifications\n\nKnowledge Of:\n\n• Industry Standards'],
    ['a list in one item', 'Qualifications\n\nKnowledge Of:\n\n• Consumer Rights, Medicaid Programs'],
    ['a list not opened by an ask for names', 'Qualifications\n\nBenefits include:\n\n• Consumer Rights'],
  ])('reads nothing from %s', (_name, text) => {
    expect(unlisted(text)).toEqual([]);
  });
});

describe('a résumé meets a requirement the catalogue lacks by writing it', () => {
  const posting = extractPosting(taxonomy, 'Requirements:\n- Experience with Excel, SQL and kelp farming');

  it('in any inflection, from its text or its skills list', () => {
    const fromText = matchResume(
      { taxonomy },
      posting,
      readResume(taxonomy, { text: 'Field technician. Ran kelp farms, tracked in Excel.' }),
    );
    const fromList = matchResume({ taxonomy }, posting, readResume(taxonomy, { skills: [{ name: 'Kelp farm work' }] }));
    for (const report of [fromText, fromList]) {
      const fit = report.requirements.find((r) => r.skill.id === 'unlisted-kelp-farming');
      expect(fit?.status).toBe('matched');
    }
  });

  it('not by naming something else', () => {
    const report = matchResume({ taxonomy }, posting, readResume(taxonomy, { text: 'Ran oyster farms in Excel.' }));
    expect(report.requirements.find((r) => r.skill.id === 'unlisted-kelp-farming')?.status).toBe('missing');
  });

  it('and ranking credits it by the same rule', () => {
    const numbers = new SkillNumbers();
    const n = numbers.numberOf('unlisted-kelp-farming');
    const other = numbers.numberOf('unlisted-water-rights');
    const credits = resumeCredits(taxonomy, readResume(taxonomy, { text: 'Kelp farming and Excel.' }), numbers);
    expect(credits.table[creditSlot(n, false)]).toBe(1);
    expect(credits.table[creditSlot(other, false)]).toBe(0);
  });
});
