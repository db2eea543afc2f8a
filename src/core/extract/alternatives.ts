import { normalizeName, type Taxonomy } from '../taxonomy/compile.js';
import { toSourceSpan } from '../text/normalize.js';
import type { AlternativesGroup } from '../model.js';
import { foundByItem, type AnalysedText, type Found, type Item } from './analysed-text.js';
import { PRODUCT_KIND_WORDS, related, STACK_CATEGORIES } from './categories.js';
import { LEAD_IN_END, type Level } from './cues.js';
import { classifyGap, endsInClassNoun, examplesOfUnnamedClass, formGroups, namesSubjectParts, trailingOr, type Link } from './groups.js';
import { isListItemOrMark, listMarkerKind } from './list-items.js';
import type { SkillHit } from './match.js';

/*
 * The choices a posting offers ("SQL, Python or R", "at least one of the following:"): any-of groups of the
 * names found, each at the level it is asked at.
 */

/** Traits are not requirements, so no group holds one; a group left with one member is no choice. */
export function withoutTraits(groups: AlternativesGroup[], isTrait: (id: string) => boolean): AlternativesGroup[] {
  return groups
    .map((g) => ({ ...g, skills: g.skills.filter((id) => !isTrait(id)) }))
    .filter((g) => g.skills.length >= 2)
    .map((g, k) => ({ ...g, id: `g${k + 1}` }));
}

/** Role nouns that end a job title: "Sheet Metal/Refrigeration Mechanic" is one trade's title, not a choice. */
const ROLE_NOUN_AFTER =
  /^\s+(?:mechanic|technician|engineer|electrician|installer|operator|fitter|specialist|analyst|manager|coordinator|assistant|developer|designer|consultant|worker|officer|lead|supervisor|associate|intern)s?\b/i;

/**
 * A slash that joins two names without offering a choice: the trades of a job title ("Sheet Metal/
 * Refrigeration Mechanic"), or two related topics written in lower case ("costing/profitability
 * models", "fraud/abuse patterns", "problem solve/make decisions"). Tools and languages across a
 * slash ("SPSS/R", "Tableau/Looker") and industries ("the biotech/pharma industry") stay a choice.
 */
function slashJoinsBoth(taxonomy: Taxonomy, text: string, a: SkillHit, b: SkillHit): boolean {
  if (slashShortensSameName(taxonomy, text, a, b)) return true;
  // "Google Calendar / G-Suite", "Excel/Office": a tool and the suite it belongs to are one ask; "SAP/ERP", "Excel/spreadsheet":
  // a product and the class of products it is one of offer the product or another of its class.
  const suite = taxonomy.ancestors(a.skillId).includes(b.skillId) ? b : taxonomy.ancestors(b.skillId).includes(a.skillId) ? a : undefined;
  if (suite) return !CLASS_OF_PRODUCTS.test(taxonomy.skills.get(suite.skillId)?.name ?? '');
  const after = text.slice(b.end, b.end + 16);
  if (ROLE_NOUN_AFTER.test(after)) return true;
  const orAfter = /\bor\b/i.test(text.slice(b.end, b.end + OR_AFTER_SLASH_REACH));
  // "HTML/CSS", "React/Redux": a stack the catalogue knows, all of it asked.
  if (!orAfter && taxonomy.skills.get(a.skillId)?.usedWith.includes(b.skillId)) return true;
  // "HTML/CSS/JavaScript": tools of different kinds that no one takes for each other are a stack, all of it asked.
  if (!orAfter && complementaryTools(taxonomy, a.skillId, b.skillId)) return true;
  // "Bilingual English/Spanish": both languages.
  if (/\bbilingual\s+(?:in\s+)?$/i.test(text.slice(Math.max(0, a.start - 16), a.start))) return true;
  // "the biotechnology/pharmaceutical industry", "coaching/teaching experience": experience in either one will do.
  if (
    /\b(?:industry|industries|sector|sectors|companies|company|field|domain|experience|background)\b/i.test(
      text.slice(b.start, b.end) + after.slice(0, 12),
    )
  )
    return false;
  const topic = (hit: SkillHit): boolean => {
    const skill = taxonomy.skills.get(hit.skillId);
    // "jshint/eslint/jslint": a product whose name has capitals inside ("ESLint") is a tool, however the text writes it.
    if (!skill || PRODUCT_CASING.test(skill.name)) return false;
    return /^\p{Ll}/u.test(text.slice(hit.start, hit.end)) && !STACK_CATEGORIES.has(skill.category);
  };
  return topic(a) && topic(b);
}

/** A name cased as products are: a capital after a lower-case letter, or a run of capitals into lower case ("GitHub", "ESLint"). */
const PRODUCT_CASING = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u;

/** A catalogue name for a class of products ("ERP systems", "CRM software", "Spreadsheets"), not a suite of them. */
const CLASS_OF_PRODUCTS = new RegExp(String.raw`\b(?:${PRODUCT_KIND_WORDS}|systems|spreadsheets)$`, 'i');

/** How far after a slash list an "or" makes it a choice ("SQL / Python (basic is fine) or BI tools", "SPSS/R/SQL/or equivalent"). */
const OR_AFTER_SLASH_REACH = 60;
/** Two tools or languages of different categories, neither a substitute for the other ("CSS/JavaScript"); "SPSS/R" or "Python/Java" are a choice. */
function complementaryTools(taxonomy: Taxonomy, a: string, b: string): boolean {
  const first = taxonomy.skills.get(a);
  const second = taxonomy.skills.get(b);
  if (!first || !second || !STACK_CATEGORIES.has(first.category) || !STACK_CATEGORIES.has(second.category)) return false;
  return first.category !== second.category && !related(taxonomy, a, b);
}

/**
 * "Usability/user testing": the word before the slash shares the last word of the name after it
 * ("usability testing"), and that full phrase names the same skill, so the slash spells one skill twice.
 */
function slashShortensSameName(taxonomy: Taxonomy, text: string, a: SkillHit, b: SkillHit): boolean {
  const second = text.slice(b.start, b.end);
  const lastWord = /\s(\S+)$/.exec(second)?.[1];
  if (lastWord === undefined) return false;
  const spelledOut = normalizeName(`${text.slice(a.start, a.end)} ${lastWord}`);
  return taxonomy.byName.get(spelledOut)?.includes(b.skillId) ?? false;
}

/** A product's own name ("Excel", "Microsoft Office"), not a class of tools ("BI tools", "CRM", "cloud platforms"). */
const isProductName = (surface: string): boolean => {
  const words = surface.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) && /\p{Ll}/u.test(w));
};

export function buildGroups(taxonomy: Taxonomy, analysed: AnalysedText, source: string): AlternativesGroup[] {
  const { doc, found } = analysed;
  const text = doc.text;
  const groups: AlternativesGroup[] = [];
  const seen = new Set<string>();
  const push = (hits: readonly SkillHit[], level: Level): void => {
    // A choice among things only mentioned ("write up findings in reports, blog posts, or papers") asks
    // nothing of the candidate, so there is no requirement for an alternative to satisfy.
    if (level === 'mentioned') return;
    const ids = [...new Set(hits.map((h) => h.skillId))];
    if (ids.length < 2) return;
    const first = hits[0] as SkillHit;
    const span = toSourceSpan(doc, first.start, (hits[hits.length - 1] as SkillHit).end);
    // The same choice said twice ("Sheet Metal/Refrigeration" in the title and the text) is one group.
    const key = [...ids].sort().join(',');
    if (seen.has(key)) return;
    seen.add(key);
    groups.push({
      id: `g${groups.length + 1}`,
      mode: 'anyOf',
      level,
      skills: ids,
      start: span.start,
      end: span.end,
      text: source.slice(span.start, span.end),
    });
  };
  /** Whether a choice pushed since `since` already offers every one of `hits`. */
  const withinAChoice = (hits: readonly SkillHit[], since = 0): boolean => {
    for (let g = since; g < groups.length; g++)
      if (hits.every((h) => (groups[g] as AlternativesGroup).skills.includes(h.skillId))) return true;
    return false;
  };
  let k = 0;
  while (k < found.length) {
    const item = (found[k] as Found).item;
    const members: SkillHit[] = [];
    const levels = new Map<SkillHit, Level>();
    while (k < found.length && (found[k] as Found).item === item) {
      const f = found[k++] as Found;
      const previous = members[members.length - 1];
      // "Visual Basic for Applications (VBA)": a name and its abbreviation in brackets are one member, up to the bracket's close.
      const close = previous ? abbreviationClose(text, previous, f.hit) : -1;
      if (previous && close !== -1) {
        const merged = { ...previous, end: close };
        members[members.length - 1] = merged;
        levels.set(merged, levels.get(previous) ?? f.level);
        continue;
      }
      members.push(f.hit);
      levels.set(f.hit, f.level);
    }
    if (members.length < 2) continue;
    const links: Link[] = [];
    const breakOr: boolean[] = [];
    const slash: boolean[] = [];
    for (let m = 0; m + 1 < members.length; m++) {
      const a = members[m] as SkillHit;
      const b = members[m + 1] as SkillHit;
      const gap = text.slice(a.end, b.start);
      // A hedge between two names ("SQL, ideally PostgreSQL or MySQL") separates what is asked from what is hoped for.
      let link = levels.get(a) === levels.get(b) ? classifyGap(gap) : 'break';
      if (link === 'examples' && /^\s*(?:skills?|knowledge|experience|proficiency)?\s*\(\s*$/i.test(gap)) {
        // "Python (pandas, NumPy)", "Microsoft Office (Word, Excel)": a product's parts in brackets are all asked, not a choice.
        if (isProductName(text.slice(a.start, a.end))) link = 'break';
        // "BI tools (Tableau, Looker)" offers a choice; "statistics (regression, testing)" and "all social media accounts
        // (Facebook, Instagram)" name what is meant, all of it, unless the brackets say they hold examples ("e.g.", "and so on").
        else if (!endsInClassNoun(text.slice(item.start, a.end)) && !offersExamples(text, a.end)) link = 'and';
      }
      slash.push(/^\s*\/\s*$/.test(gap));
      if (link === 'or' && slash[m] === true && slashJoinsBoth(taxonomy, text, a, b)) link = 'and';
      // "software, including DataStudio, Tableau, etc.": "including" opens examples when the list says it is open-ended.
      if (link === 'break' && /\bincluding\s*:?\s*$/i.test(gap) && OPEN_ENDED_LIST.test(text.slice(b.end, item.end))) link = 'examples';
      if (link === 'examples' && namesSubjectParts(text.slice(a.start, a.end))) link = 'and';
      // "GAAP or IFRS financial reporting": a name right after a choice, nothing between, is what the choice qualifies.
      if (link === 'list' && links[m - 1] === 'or' && /^[ \t]*$/.test(gap)) link = 'break';
      links.push(link);
      breakOr.push(link === 'break' && !/[;\n]/.test(gap) && trailingOr(gap));
    }
    slashChoicesInAndLists(links, slash);
    const itemGroupsFrom = groups.length;
    // Examples of a class that is no name of ours, at the item's start or after other names ("finite element
    // analysis software for static and dynamic analysis such as ANSYS, Abaqus, …").
    for (let m = 0; m < members.length; m++) {
      const from = m === 0 ? item.start : (members[m - 1] as SkillHit).end;
      if (m > 0 && links[m - 1] !== 'break') continue;
      if (!examplesOfUnnamedClass(text.slice(from, (members[m] as SkillHit).start), m > 0)) continue;
      const runEnd = links.findIndex((l, k) => k >= m && (l === 'break' || l === 'examples'));
      const run = members.slice(m, runEnd === -1 ? members.length : runEnd + 1);
      if (run.length >= 2 && !askedTogether(text, run, item.end)) push(run, levels.get(run[0] as SkillHit) ?? item.level);
    }
    const last = members[members.length - 1] as SkillHit;
    const tail = trailingOr(text.slice(last.end, item.end));
    for (const g of formGroups(members, links, tail, breakOr)) {
      // "tools like Allegro/OrCAD, PADS or Altium": a slash pair among the examples is one more example, not a choice of its own.
      if (withinAChoice(g.members, itemGroupsFrom)) continue;
      if (askedTogether(text, g.members, item.end)) continue;
      push(g.members, levels.get(g.members[0] as SkillHit) ?? item.level);
    }
    for (const pair of choicesAroundAsides(text, members)) {
      // Already inside a choice the item offers ("SQL / Python (basic is fine) or BI tools").
      if (withinAChoice(pair)) continue;
      push(pair, levels.get(pair[0] as SkillHit) ?? item.level);
    }
  }
  for (const choice of chosenFromLists(analysed)) push(choice.hits, choice.level);
  return groups;
}

/** "(Spanish and English are required, …)": the names joined by "and" are each asked, whatever class they are examples of. */
const ASKED_TOGETHER_AFTER =
  /^\s*(?:are|both|all)\s+(?:both\s+|all\s+|also\s+)?(?:required|needed|necessary|essential|mandatory|a must)\b/i;
function askedTogether(text: string, run: readonly SkillHit[], itemEnd: number): boolean {
  const first = run[0] as SkillHit;
  const last = run[run.length - 1] as SkillHit;
  if (/\bor\b|\//i.test(text.slice(first.end, last.start))) return false;
  return ASKED_TOGETHER_AFTER.test(text.slice(last.end, Math.min(itemEnd, last.end + 40)));
}

/** A list that says it goes on: "…, Tableau, etc.", "… and so on", "… or similar". */
const OPEN_ENDED_LIST = /^(?:[^;.!?()]|\.(?=\S))*?,?\s*(?:etc\b|and so on\b|or similar\b|and the like\b)/i;

/**
 * "Python, GitLab / GitHub, and SQL": a list joined by "and" whose only choice is a slash pair asks for
 * every member; the commas join what is asked, and the slash alone offers the choice.
 */
function slashChoicesInAndLists(links: Link[], slash: readonly boolean[]): void {
  let from = 0;
  for (let k = 0; k <= links.length; k++) {
    if (k < links.length && links[k] !== 'break') continue;
    const run = links.slice(from, k);
    const ors = run.map((l, i) => (l === 'or' ? from + i : -1)).filter((m) => m !== -1);
    // "PowerShell, .NET/C#": a slash binds tighter than the commas of a list, so the commas list what is asked beside it.
    const listed = run.includes('and') || (run.includes('list') && !run.includes('examples'));
    if (listed && ors.length > 0 && ors.every((m) => slash[m] === true))
      for (let m = from; m < k; m++) if (links[m] === 'list') links[m] = 'and';
    from = k + 1;
  }
}

/**
 * "python, including python data libraries (numpy, pandas), or R": the "or" after an aside joins its
 * name to the one the aside hangs from, not to the aside's last example.
 */
function choicesAroundAsides(text: string, members: readonly SkillHit[]): SkillHit[][] {
  const pairs: SkillHit[][] = [];
  for (let m = 1; m < members.length; m++) {
    const b = members[m] as SkillHit;
    const before = text.slice(Math.max(0, b.start - ASIDE_REACH), b.start);
    if (!/\)\s*,?\s*(?:or|and\/or)\s+$/i.test(before)) continue;
    const close = b.start - before.length + before.lastIndexOf(')');
    const open = text.lastIndexOf('(', close);
    if (open === -1) continue;
    const lead = /,?\s*(?:including|such as|especially|e\.g\.,?)\s+[^,;()]*$/i.exec(text.slice(Math.max(0, open - ASIDE_REACH), open));
    const asideStart = lead ? open - (Math.min(open, ASIDE_REACH) - lead.index) : open;
    const head = members.findLast((h, k) => k < m && h.end <= asideStart);
    if (head && head.skillId !== b.skillId && /^[\s,]*$/.test(text.slice(head.end, asideStart))) pairs.push([head, b]);
  }
  return pairs;
}
const ASIDE_REACH = 120;

/** Whether the brackets opening at `from` say their contents are examples ("(scrum, kanban, and so on)", "(e.g. …)", "(… or similar)"). */
function offersExamples(text: string, from: number): boolean {
  const inside = text.slice(from, from + 200);
  const close = inside.indexOf(')');
  return close !== -1 && /\b(?:e\.g|eg|such as|for example|for instance|and so on|etc|or)\b/i.test(inside.slice(0, close));
}

/** Where "Name (ABBR)" closes when `abbreviation` is the bracketed short form of `name`'s skill, or -1. */
function abbreviationClose(text: string, name: SkillHit, abbreviation: SkillHit): number {
  if (name.skillId !== abbreviation.skillId || !/^\s*\($/.test(text.slice(name.end, abbreviation.start))) return -1;
  const after = /^\s*\)/.exec(text.slice(abbreviation.end, abbreviation.end + 4));
  return after ? abbreviation.end + after[0].length : -1;
}

/**
 * "Experience must include ONE of the following:", "at least two of these languages:", "any of the following:", "any of:",
 * "at least two programming languages:"; not "any of the following are all a bonus:".
 */
const ANY_OF_LEAD_IN =
  /\b(?:(?:at least|any|only)\s+)?(?:one|two|three|[1-3])(?:\s+or\s+(?:more|multiple|several))?\s+of(?:\s+(?:the\s+following|these|those)\b[^:]{0,60})?\s*:|\bat least\s+(?:one|two|three|[1-3])\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*:|\b(?:any|either)\s+of(?:\s+(?:the\s+following|these|those)\b(?![^:]{0,60}\b(?:all|each)\b)[^:]{0,60})?\s*:|\b(?:some|several|a few|a couple)(?:\s+or\s+all)?\s+of\s+(?:the\s+following|these|those)\b(?![^:]{0,60}\b(?:all|each)\b)[^:]{0,60}:/;

const SOME_OF_LEAD_IN = /^(?:some|several|a few|a couple)\b/;

/** An item's category label before its names ("- Big Data Technologies: Apache Hadoop, Apache Spark"). */
const CATEGORY_LABEL = /^[\s*\u2022-]*[\p{L}][\p{L}\p{N}&/' -]{1,40}:\s/u;

/** "Familiarity with at least one of SQL, Python, R", "Exposure to (some) of Python, Git, Docker": the names right after it, in its own item, are a choice. */
const ANY_OF_INLINE =
  /(?:\b(?:at least (?:one|two|three|[1-3])|any(?: one)?|one(?: or (?:more|multiple|several))?|either|some)|\(some\)) of\s+(?!(?:the|these|those|our|its|their|a|an)\b)/;

/**
 * Choices a posting offers as a list: the names after a lead-in that asks for one (or a few) of the
 * following, in its own line after the colon or in the list items under it, are one any-of group.
 */
function chosenFromLists(analysed: AnalysedText): { hits: SkillHit[]; level: Level }[] {
  const text = analysed.doc.text;
  const byItem = foundByItem(analysed.found);
  const choices: { hits: SkillHit[]; level: Level }[] = [];
  const { items } = analysed;
  for (let n = 0; n < items.length; n++) {
    const lead = items[n] as Item;
    const lower = text.slice(lead.start, lead.end).toLowerCase();
    const m = ANY_OF_LEAD_IN.exec(lower);
    const inline = m ? null : ANY_OF_INLINE.exec(lower);
    if (inline) {
      const after = lead.start + inline.index + inline[0].length;
      const following = (byItem.get(lead) ?? []).filter((f) => f.hit.start >= after);
      // The choice runs while the names are listed ("…, Power BI or Looker"), up to an "and" or a break.
      let runs = Math.min(1, following.length);
      while (runs < following.length) {
        const link = classifyGap(text.slice((following[runs - 1] as Found).hit.end, (following[runs] as Found).hit.start));
        if (link !== 'list' && link !== 'or') break;
        runs++;
      }
      const named = following.slice(0, runs);
      if (named.length >= 2) choices.push({ hits: named.map((f) => f.hit), level: (named[0] as Found).level });
      continue;
    }
    if (!m) continue;
    const colon = lead.start + m.index + m[0].length;
    const named = (byItem.get(lead) ?? []).filter((f) => f.hit.start >= colon);
    const namedOnItsLine = named.length > 0;
    if (!namedOnItsLine) {
      const marker = listMarkerKind(text, items[n + 1]);
      const labelled: Found[][] = [];
      for (let j = n + 1; j < items.length && isListItemOrMark(text, items[j] as Item); j++) {
        const item = items[j] as Item;
        // The choice ends where another list opens ("3. … must include TWO of the following:") or a list of another kind starts.
        if (j > n + 1 && (listMarkerKind(text, item) !== marker || LEAD_IN_END.test(text.slice(item.start, item.end)))) break;
        const found = byItem.get(item) ?? [];
        named.push(...found);
        // "- Containers: Docker, Kubernetes": a labelled item offers its own choice; the label is its class, not a choice.
        const label = CATEGORY_LABEL.exec(text.slice(item.start, item.end));
        if (label) labelled.push(found.filter((f) => f.hit.start >= item.start + label[0].length));
      }
      if (labelled.some((l) => l.length >= 2)) {
        for (const l of labelled) if (l.length >= 2) choices.push({ hits: l.map((f) => f.hit), level: (l[0] as Found).level });
        continue;
      }
    }
    // "Experience with some of the following:" over items of plain names lists what counts, each a plus; only labelled items
    // offer choices. Names on the lead-in's own line ("some or all of these languages: JavaScript, PHP, Python") are one.
    if (SOME_OF_LEAD_IN.test(m[0]) && !namedOnItsLine) continue;
    if (named.length >= 2) choices.push({ hits: named.map((f) => f.hit), level: (named[0] as Found).level });
  }
  for (const back of analysed.backReferences) {
    const named = back.choice ? (byItem.get(back.to) ?? []) : [];
    if (named.length >= 2) choices.push({ hits: named.map((f) => f.hit), level: (named[0] as Found).level });
  }
  return choices;
}
