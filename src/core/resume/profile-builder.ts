import { skillHitsIn } from '../extract/skill-hits.js';
import type { SkillHit } from '../extract/match.js';
import { isCatalogueName, type Skill, type Taxonomy } from '../taxonomy/compile.js';
import { resolveSkill } from '../taxonomy/search.js';
import { normalizeText, toSourceSpan, type NormalizedText } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { credentialInProgress } from './credentials-in-progress.js';
import { collectPhrases } from './phrases.js';
import { PROFICIENCY_RANK, WORK_SECTIONS, type CandidateSkill, type Proficiency, type ResumeEvidence } from './model.js';

/** What a mention says beyond the skill: the level as written and what it maps to. */
export interface SkillClaim {
  level?: Proficiency;
  levelText?: string;
  years?: number;
  lastUsed?: string;
}

const MAX_EVIDENCE = 10;

/** Collects skills with their evidence from every part of a résumé; one entry per skill. */
export class ProfileBuilder {
  private readonly byId = new Map<string, CandidateSkill>();
  readonly unrecognized: string[] = [];
  /** Every short phrase read, for requirements the catalogue lacks (see `collectPhrases`). */
  readonly phrases = new Map<string, ResumeEvidence>();

  private readonly isName: (word: string) => boolean;

  constructor(private readonly taxonomy: Taxonomy) {
    this.isName = isCatalogueName(taxonomy);
  }

  add(skill: Skill, evidence: ResumeEvidence, claim: SkillClaim = {}): void {
    let entry = this.byId.get(skill.id);
    if (!entry) {
      entry = { id: skill.id, name: skill.name, shownInWork: false, evidence: [] };
      this.byId.set(skill.id, entry);
    }
    if (claim.level && (!entry.level || PROFICIENCY_RANK[claim.level] > PROFICIENCY_RANK[entry.level])) entry.level = claim.level;
    if (claim.levelText && entry.levelText === undefined) entry.levelText = claim.levelText;
    if (claim.years !== undefined && (entry.years === undefined || claim.years > entry.years)) entry.years = claim.years;
    if (claim.lastUsed && (!entry.lastUsed || claim.lastUsed > entry.lastUsed)) entry.lastUsed = claim.lastUsed;
    if (evidence.section && WORK_SECTIONS.has(evidence.section)) entry.shownInWork = true;
    if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidence);
  }

  /** A typed name: resolved as a whole first, then read as text ("Data analysis & SQL"); else unrecognised. */
  addName(name: string, evidence: ResumeEvidence, claim: SkillClaim = {}): boolean {
    const resolved = resolveSkill(this.taxonomy, name);
    if (resolved) {
      this.add(resolved.skill, evidence, claim);
      return true;
    }
    const found = this.addText(name, evidence, claim, true).length > 0;
    if (!found && name.trim() && !this.unrecognized.includes(name.trim())) this.unrecognized.push(name.trim());
    return found;
  }

  /** Every skill named in a short text (a highlight, a summary, or a typed name that lists several); returns their ids. */
  addText(text: string, base: Omit<ResumeEvidence, 'text'>, claim: SkillClaim = {}, inSkillList = false): string[] {
    const { doc, tokens, hits } = this.read(text, inSkillList);
    collectPhrases(this.phrases, tokens, base);
    const ids: string[] = [];
    for (const hit of hits) {
      const skill = this.taxonomy.skills.get(hit.skillId);
      if (!skill || credentialInProgress(doc.text, hit.start, hit.end, skill)) continue;
      const span = toSourceSpan(doc, hit.start, hit.end);
      this.add(skill, { ...base, text: text.slice(span.start, span.end) }, claim);
      if (!ids.includes(skill.id)) ids.push(skill.id);
    }
    return ids;
  }

  /** The skills a short text names, without holding them ("CFA Level II Candidate" as a certificate still worked towards). */
  namedIn(text: string): Skill[] {
    const ids = new Set(this.read(text, true).hits.map((h) => h.skillId));
    return [...ids].flatMap((id) => this.taxonomy.skills.get(id) ?? []);
  }

  /** A short text normalised, its tokens and the names in it. */
  private read(text: string, inSkillList: boolean): { doc: NormalizedText; tokens: Token[]; hits: SkillHit[] } {
    const doc = normalizeText(text, this.isName);
    const tokens = tokenize(doc.text);
    return { doc, tokens, hits: skillHitsIn(this.taxonomy, tokens, doc.text, inSkillList) };
  }

  /** A role that names the skill ended (or runs to) this month: the latest such month is when it was last used. */
  noteUsed(id: string, ym: string): void {
    const entry = this.byId.get(id);
    if (entry && (!entry.lastUsed || ym > entry.lastUsed)) entry.lastUsed = ym;
  }

  build(): CandidateSkill[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
