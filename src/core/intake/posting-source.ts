/**
 * Turns the structured forms of a posting (schema.org JobPosting, JSON Resume job) into one text with
 * headings the section detector knows, so that every form is analysed by the same pipeline and the
 * answer's offsets refer to the text returned with it.
 */
export type TextOrList = string | readonly (string | Record<string, unknown>)[] | Record<string, unknown>;

export interface SchemaOrgJobPosting {
  title?: string;
  description?: string;
  responsibilities?: TextOrList;
  qualifications?: TextOrList;
  educationRequirements?: TextOrList;
  experienceRequirements?: TextOrList;
  skills?: TextOrList;
  [key: string]: unknown;
}

export interface JsonResumeJob {
  title?: string;
  description?: string;
  responsibilities?: readonly string[];
  qualifications?: readonly string[];
  skills?: readonly { name?: string; level?: string; keywords?: readonly string[] }[];
  experience?: string;
  [key: string]: unknown;
}

export type PostingSource = { text: string; title?: string } | { jobPosting: SchemaOrgJobPosting } | { job: JsonResumeJob };

const TEXT_FIELDS = ['description', 'name', 'credentialCategory', 'educationalLevel', 'text', 'value'];

function flatten(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const parts = TEXT_FIELDS.flatMap((k) => flatten(obj[k]));
    if (typeof obj.monthsOfExperience === 'number')
      parts.push(`${Math.round((obj.monthsOfExperience / 12) * 10) / 10} years of experience`);
    return parts;
  }
  return [];
}

function block(heading: string, lines: string[]): string {
  if (lines.length === 0) return '';
  const body = lines.length === 1 ? (lines[0] as string) : lines.map((l) => `- ${l}`).join('\n');
  return `${heading}\n${body}\n\n`;
}

export function jobPostingToText(p: SchemaOrgJobPosting): string {
  return [
    p.title ? `${p.title}\n\n` : '',
    block('Job Description', flatten(p.description)),
    block('Responsibilities', flatten(p.responsibilities)),
    block('Qualifications', flatten(p.qualifications)),
    block('Skills', flatten(p.skills)),
    block('Education', flatten(p.educationRequirements)),
    block('Experience Requirements', flatten(p.experienceRequirements)),
  ]
    .join('')
    .trimEnd();
}

export function jsonResumeJobToText(job: JsonResumeJob): string {
  const skills = (job.skills ?? []).map((s) => [s.name, ...(s.keywords ?? [])].filter(Boolean).join(', ')).filter(Boolean);
  return [
    job.title ? `${job.title}\n\n` : '',
    block('Job Description', flatten(job.description)),
    block('Responsibilities', flatten(job.responsibilities)),
    block('Qualifications', flatten(job.qualifications)),
    block('Skills', skills),
    block('Experience Requirements', flatten(job.experience)),
  ]
    .join('')
    .trimEnd();
}

/** The text the service analyses for a posting, and the title when one was given. */
export function postingText(source: PostingSource): { text: string; title?: string; structured: boolean } {
  if ('text' in source) return { text: source.text, ...(source.title ? { title: source.title } : {}), structured: false };
  if ('jobPosting' in source) {
    const title = typeof source.jobPosting.title === 'string' ? source.jobPosting.title : undefined;
    return { text: jobPostingToText(source.jobPosting), ...(title ? { title } : {}), structured: true };
  }
  const title = typeof source.job.title === 'string' ? source.job.title : undefined;
  return { text: jsonResumeJobToText(source.job), ...(title ? { title } : {}), structured: true };
}
