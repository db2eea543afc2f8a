/**
 * Measures résumé reading on a development set kept outside the repository.
 *
 *   npx tsx scripts/measure-resumes.ts <dir> [--old <path to another intake.ts>]
 *
 * <dir> holds any of:
 * - *.resume.json / *.json — JSON Resume documents, rendered to a plain-text résumé (headings, roles
 *   with dates and bullets, education, a skills section) as a person would write it;
 * - *.txt — plain-text résumés;
 * - degrees.tsv — hand labels: `<level or none>\t<education line>` per line.
 *
 * (a) skills kept: of the skills the service reads from a résumé's skills section alone (its names sent
 *     as a skills list), the share it also reads from the whole résumé as text (micro average), for this
 *     reader and, with --old, another one.
 * (b) degree levels: each labelled line read as an education entry; recall and precision per level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readResume } from '../src/core/resume/intake.js';
import type { JsonResume } from '../src/core/resume/input.js';
import { loadTaxonomy } from '../src/core/taxonomy/index.js';

type Reader = (
  taxonomy: ReturnType<typeof loadTaxonomy>,
  input: { text?: string; skills?: { name: string }[] },
) => { skills: { id: string }[]; education: { degreeLevels: string[] } };

interface Sample {
  name: string;
  text: string;
  skillsSection: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A JSON Resume document as the plain text a person would write from it. */
function render(resume: JsonResume): Sample & { name: string } {
  const out: string[] = [];
  const basics = resume.basics ?? {};
  out.push(str(basics.name) || 'Candidate', str(basics.label), str(basics.email), '');
  if (basics.summary) out.push('SUMMARY', basics.summary, '');
  if (resume.work?.length) {
    out.push('PROFESSIONAL EXPERIENCE');
    for (const w of resume.work) {
      out.push(
        `${str(w.position)} | ${str(w.name) || str(w.company)} | ${str(w.startDate).slice(0, 7)} - ${str(w.endDate).slice(0, 7) || 'Present'}`,
      );
      if (w.summary) out.push(w.summary);
      for (const h of w.highlights ?? []) out.push(`• ${h}`);
    }
    out.push('');
  }
  if (resume.projects?.length) {
    out.push('PROJECTS');
    for (const p of resume.projects) {
      out.push(`${str(p.name)}: ${str(p.description)}`);
      for (const h of p.highlights ?? []) out.push(`• ${h}`);
    }
    out.push('');
  }
  if (resume.education?.length) {
    out.push('EDUCATION');
    for (const e of resume.education)
      out.push(`${str(e.studyType)} in ${str(e.area)}, ${str(e.institution)}, ${str(e.endDate).slice(0, 4)}`);
    out.push('');
  }
  const skillLines = (resume.skills ?? []).map((s) => `${str(s.name)}: ${(s.keywords ?? []).join(', ')}`);
  out.push('SKILLS', ...skillLines, '');
  if (resume.certificates?.length) out.push('CERTIFICATIONS', ...resume.certificates.map((c) => str(c.name)), '');
  return { name: '', text: out.join('\n'), skillsSection: skillLines.join('\n') };
}

function loadSamples(dir: string): Sample[] {
  const samples: Sample[] = [];
  for (const file of readdirSync(dir).sort()) {
    const path = join(dir, file);
    if (file.endsWith('.json') && !file.includes('job')) {
      const doc = JSON.parse(readFileSync(path, 'utf8')) as JsonResume;
      if (doc.work || doc.skills) samples.push({ ...render(doc), name: file });
    } else if (file.endsWith('.txt')) {
      const text = readFileSync(path, 'utf8');
      const skills = readResume(taxonomy, { text }).sections.filter((s) => s.kind === 'skills');
      const skillsSection = skills.map((s) => text.slice(s.start, s.end).replace(/^[^\n]*\n/, '')).join('\n');
      if (skillsSection.trim()) samples.push({ name: file, text, skillsSection });
    }
  }
  return samples;
}

/** The names a skills section lists, as a person would pick them in a skills picker. */
function namesIn(section: string): string[] {
  return section
    .split(/\n/)
    .map((line) => line.replace(/^[\s\u2022*-]+/, '').replace(/^[^:]{1,40}:\s*/, ''))
    .flatMap((line) => line.split(/\s*[,;|\u2022]\s*/))
    .map((name) => name.replace(/\s*\([^)]*\)\s*$/, '').trim())
    .filter((name) => name.length > 0 && name.length <= 60);
}

function keptRatio(reader: Reader, samples: Sample[]): { ratio: number; kept: number; listed: number; lost: string[] } {
  let kept = 0;
  let listed = 0;
  const lost: string[] = [];
  for (const s of samples) {
    const whole = new Set(reader(taxonomy, { text: s.text }).skills.map((k) => k.id));
    const alone = reader(taxonomy, { skills: namesIn(s.skillsSection).map((name) => ({ name })) }).skills.map((k) => k.id);
    listed += alone.length;
    for (const id of alone) {
      if (whole.has(id)) kept++;
      else lost.push(`${s.name}:${id}`);
    }
  }
  return { ratio: listed ? kept / listed : 1, kept, listed, lost };
}

const LEVELS = ['associate', 'bachelor', 'master', 'doctorate'];

function degreeFigures(reader: Reader, labels: [string, string][]): string[] {
  const rows: string[] = [];
  const errors: string[] = [];
  const counts = Object.fromEntries(LEVELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (const [gold, line] of labels) {
    const found = reader(taxonomy, { text: `Education\n${line}` }).education.degreeLevels;
    const expected = gold === 'none' ? [] : gold.split(',');
    for (const level of LEVELS) {
      const c = counts[level] as { tp: number; fp: number; fn: number };
      const has = found.includes(level);
      const want = expected.includes(level);
      if (has && want) c.tp++;
      else if (has) c.fp++;
      else if (want) c.fn++;
      if (has !== want) errors.push(`  ${want ? 'missed' : 'spurious'} ${level}: ${line}`);
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const level of LEVELS) {
    const c = counts[level] as { tp: number; fp: number; fn: number };
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    rows.push(
      `  ${level.padEnd(10)} recall ${(c.tp / Math.max(1, c.tp + c.fn)).toFixed(3)} precision ${(c.tp / Math.max(1, c.tp + c.fp)).toFixed(3)} (${c.tp + c.fn} labelled)`,
    );
  }
  rows.push(
    `  all        recall ${(tp / Math.max(1, tp + fn)).toFixed(3)} precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} (${labels.length} lines)`,
  );
  return [...rows, ...errors];
}

const taxonomy = loadTaxonomy();
const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx scripts/measure-resumes.ts <dir> [--old <intake.ts>]');
  process.exit(2);
}
const oldAt = rest.indexOf('--old');
const readers: [string, Reader][] = [['this reader', readResume as Reader]];
if (oldAt !== -1 && rest[oldAt + 1]) {
  const mod = (await import(pathToFileURL(rest[oldAt + 1] as string).href)) as { readResume: Reader };
  readers.push(['other reader', mod.readResume]);
}
const samples = loadSamples(dir);
let labels: [string, string][] = [];
try {
  labels = readFileSync(join(dir, 'degrees.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string]);
} catch {
  // No labels: skills figures only.
}
for (const [name, reader] of readers) {
  const kept = keptRatio(reader, samples);
  console.log(`${name}: skills kept ${kept.ratio.toFixed(3)} (${kept.kept}/${kept.listed} over ${samples.length} résumés)`);
  if (kept.lost.length) console.log(`  lost: ${kept.lost.join(' ')}`);
  if (labels.length) console.log(`${name}: degree levels\n${degreeFigures(reader, labels).join('\n')}`);
}
