import type { Taxonomy } from '../../src/core/taxonomy/compile.js';

/**
 * Postings of realistic size and shape for benchmarks: headings (some glued), bullets, boilerplate,
 * and skill names drawn from the real taxonomy, generated from a seed so every run reads the same text.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  'You will work closely with product managers, engineers and designers to ship features that matter to our users.',
  'The team owns the end-to-end lifecycle of its services, from planning and design to rollout and monitoring.',
  'We value clear writing, thoughtful reviews and a bias for action in a fast-paced environment.',
  'You will help define metrics, investigate anomalies and turn findings into recommendations for leadership.',
  'Our platform serves millions of customers across many markets and languages every day.',
  'This internship runs for twelve weeks and includes mentorship, workshops and social events.',
];
const BOILERPLATE = [
  'We are an equal opportunity employer and value diversity at our company.',
  'Our mission is to inspire creativity and bring joy to people everywhere.',
  'Benefits include health insurance, paid time off and a learning budget.',
  'By submitting an application you agree to our applicant privacy policy.',
];
const REQUIRED_FRAMES = [
  'Proficiency in {a} and {b}.',
  'Experience with {a}, {b}, or {c}.',
  'Strong knowledge of {a}.',
  'Hands-on experience building with {a}/{b}/{c}.',
];
const PREFERRED_FRAMES = [
  'Experience with {a} is a plus.',
  'Familiarity with tools like {a}, {b} and {c}.',
  'Ideally some exposure to {a}.',
];
const DUTY_FRAMES = [
  'Use {a} to analyse {b} data and present results.',
  'Build and maintain pipelines in {a} and {b}.',
  'Partner with teams on {a} initiatives.',
];

export function syntheticPostings(taxonomy: Taxonomy, count: number, targetBytes = 5000, seed = 42): string[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const names = taxonomy.list.map((s) => s.name);
  const fill = (frame: string) => frame.replace(/\{[abc]\}/g, () => pick(names));
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const glued = rand() < 0.3;
    const nl = glued ? '' : '\n';
    const parts: string[] = [`Role ${n}${nl}`, `About the Role${glued ? '' : ':\n'}`];
    while (parts.join('').length < targetBytes * 0.35) parts.push(`${pick(FILLER)}${nl || ' '}`);
    parts.push(`Responsibilities${glued ? ':' : '\n'}`);
    for (let i = 0; i < 5; i++) parts.push(`${glued ? ' - ' : '\u2022 '}${fill(pick(DUTY_FRAMES))}${nl}`);
    parts.push(`Minimum Qualifications${glued ? '' : '\n'}`);
    for (let i = 0; i < 5; i++) parts.push(`${glued ? '' : '- '}${fill(pick(REQUIRED_FRAMES))}${nl}`);
    parts.push(`Preferred Qualifications${glued ? '' : '\n'}`);
    for (let i = 0; i < 4; i++) parts.push(`${glued ? '' : '- '}${fill(pick(PREFERRED_FRAMES))}${nl}`);
    parts.push(`About Us${nl}`);
    while (parts.join('').length < targetBytes) parts.push(`${pick(BOILERPLATE)} `);
    out.push(parts.join(''));
  }
  return out;
}

export const SAMPLE_RESUME_TEXT = [
  'Summary',
  'Data analyst with four years of experience in e-commerce analytics, experimentation and reporting.',
  'Skills',
  'SQL, Python (pandas, NumPy), R, Tableau, Looker, Excel, A/B testing, regression, statistics, data visualization, stakeholder management.',
  'Experience',
  'Senior Analyst, Shopfront (2022-2025)',
  '- Designed A/B tests for checkout flows and presented findings to product leadership.',
  '- Built Tableau dashboards tracking marketplace health; automated reporting with Python and Airflow.',
  '- Partnered with trust and safety teams on fraud detection metrics; wrote SQL in BigQuery and PostgreSQL.',
  'Analyst, Retailco (2020-2022)',
  '- Cleaned and modelled sales data in Excel and SQL Server; forecasting with time series models in R.',
  '- Ran customer surveys (survey design, sampling) and segmentation with clustering.',
  'Projects',
  '- Churn prediction with scikit-learn and XGBoost; deployed with Docker on AWS.',
  'Education',
  "Bachelor's degree in Economics, minor in Statistics.",
  'Languages',
  'English (fluent), Spanish (conversational).',
].join('\n');
