/**
 * Who the person is never changes the score: name, gender, pronouns, birth date or age, photo,
 * nationality, marital status, address. The same career told with other personal details scores
 * the same, in every résumé form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { readResume } from '../../src/core/resume/intake.js';
import { scoreFit } from '../../src/core/score/fit.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const AS_OF = '2026-12';
const posting = extractPosting(
  taxonomy,
  "Data Engineer\nRequirements:\n- Bachelor's degree in Computer Science.\n- 3+ years of experience with Python and SQL.\n- Experience with Kafka or Spark.\n- Strong communication skills.\nNice to have:\n- Docker\n- Java or Scala\n- Oracle",
);

// Words that are also skills or places appear in names and addresses on purpose.
const person: fc.Arbitrary<Person> = fc.record({
  name: fc.constantFrom(
    'Jane Doe',
    'Ramesh Kumar',
    'Aisha Bello',
    'Java Smith',
    'Ruby Chen',
    'Swift Okafor',
    'Mohammed Al-Farsi',
    'Zoë Müller',
  ),
  pronouns: fc.constantFrom('she/her', 'he/him', 'they/them'),
  gender: fc.constantFrom('Female', 'Male', 'Non-binary'),
  birth: fc.constantFrom('12/03/1965', '1990-07-21', '01 Jan 2001'),
  age: fc.integer({ min: 19, max: 67 }),
  nationality: fc.constantFrom('Indian', 'Nigerian', 'German', 'American', 'Brazilian'),
  marital: fc.constantFrom('Single', 'Married', 'Divorced'),
  address: fc.constantFrom('12 Java Street, Pune', '4 Python Lane, London', '221B Baker Street, London', 'Rua Oracle 9, São Paulo'),
  photo: fc.constantFrom('photo.jpg', 'https://example.org/me.png'),
});
interface Person {
  name: string;
  pronouns: string;
  gender: string;
  birth: string;
  age: number;
  nationality: string;
  marital: string;
  address: string;
  photo: string;
}

const textResume = (p: Person): string =>
  [
    p.name,
    `Pronouns: ${p.pronouns}`,
    'PERSONAL DETAILS',
    `Gender: ${p.gender}`,
    `Date of Birth: ${p.birth}`,
    `Age: ${p.age}`,
    `Nationality: ${p.nationality}`,
    `Marital Status: ${p.marital}`,
    `Address: ${p.address}`,
    `Photo: ${p.photo}`,
    '',
    'EXPERIENCE',
    'Data Engineer, Acme Insurance — Jan 2020 – Present',
    '- Built health insurance claims pipelines in Python and Kafka; SQL reporting.',
    '',
    'EDUCATION',
    'B.Tech in Computer Science, 2019',
    '',
    'SKILLS',
    'Python, SQL, Kafka, Docker, communication',
  ].join('\n');

const jsonResume = (p: Person) => ({
  basics: {
    name: p.name,
    label: 'Data Engineer',
    image: p.photo,
    location: { address: p.address },
    pronouns: p.pronouns,
    gender: p.gender,
    birthDate: p.birth,
    nationality: p.nationality,
  },
  work: [
    {
      name: 'Acme Insurance',
      position: 'Data Engineer',
      startDate: '2020-01',
      highlights: ['Built claims pipelines in Python and Kafka; SQL reporting.'],
    },
  ],
  education: [{ institution: 'IIT', studyType: 'B.Tech', area: 'Computer Science', endDate: '2019-06' }],
  skills: [{ name: 'Data', keywords: ['Python', 'SQL', 'Kafka', 'Docker'] }],
});

const SOMEONE: Person = {
  name: 'A B',
  pronouns: 'they/them',
  gender: 'Female',
  birth: '1990-07-21',
  age: 30,
  nationality: 'German',
  marital: 'Single',
  address: '1 Main Street',
  photo: 'x.png',
};

describe('fairness', () => {
  it('scores a plain-text résumé the same whoever the person is', () => {
    const reference = scoreFit(
      taxonomy,
      posting,
      readResume(taxonomy, {
        text: textResume(SOMEONE),
      }),
      { asOf: AS_OF },
    );
    fc.assert(
      fc.property(person, (p) => {
        const report = scoreFit(taxonomy, posting, readResume(taxonomy, { text: textResume(p) }), { asOf: AS_OF });
        expect(report.score).toBe(reference.score);
        expect(report.requirements.map((r) => r.points)).toEqual(reference.requirements.map((r) => r.points));
      }),
      { numRuns: 60 },
    );
  });

  it('scores a JSON Resume the same whoever the person is', () => {
    const reference = scoreFit(
      taxonomy,
      posting,
      readResume(taxonomy, {
        jsonResume: jsonResume(SOMEONE),
      }),
      { asOf: AS_OF },
    );
    fc.assert(
      fc.property(person, (p) => {
        expect(scoreFit(taxonomy, posting, readResume(taxonomy, { jsonResume: jsonResume(p) }), { asOf: AS_OF }).score).toBe(
          reference.score,
        );
      }),
      { numRuns: 60 },
    );
  });
});
