import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { readResume } from '../../src/core/resume/intake.js';
import { scoreFit } from '../../src/core/score/fit.js';
import { FAMILIES, FAMILY_FILES, familyUrl } from '../../src/core/taxonomy/data/index.js';
import { normalizeName } from '../../src/core/taxonomy/compile.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { resolveSkill } from '../../src/core/taxonomy/search.js';
import { CATEGORIES, SKILL_KINDS } from '../../src/core/taxonomy/types.js';

const dataDir = new URL('../../src/core/taxonomy/data/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../../src/core/taxonomy/skill-family.schema.json', import.meta.url), 'utf8')) as {
  $defs: { skill: { properties: { kind: { enum: string[] } } }; category: { enum: string[] } };
};
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const skills = FAMILIES.flatMap((f) => f.skills);
const ids = new Set(skills.map((s) => s.id));

describe('the taxonomy data files', () => {
  it('are all listed, so none is silently left out of the catalogue', () => {
    const onDisk = readdirSync(dataDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect([...onDisk].sort()).toEqual([...FAMILY_FILES].sort());
  });

  it.each([...FAMILY_FILES])('%s.json follows skill-family.schema.json', (name) => {
    const data: unknown = JSON.parse(readFileSync(familyUrl(name), 'utf8'));
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect((data as { family: string }).family).toBe(name);
  });

  it('has a schema that allows exactly the kinds and categories the code knows', () => {
    expect(schema.$defs.category.enum).toEqual([...CATEGORIES]);
    expect([...schema.$defs.skill.properties.kind.enum].sort()).toEqual([...SKILL_KINDS].sort());
  });

  it('gives every skill its own id', () => {
    expect(ids.size).toBe(skills.length);
  });

  it('refers only to skills that exist', () => {
    const dangling = skills.flatMap((s) =>
      [...(s.broader ?? []), ...(s.related ?? [])].filter((id) => !ids.has(id)).map((id) => `${s.id} -> ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it('gives no two skills the same name or alias unless a case rule tells them apart', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of skills) {
      for (const alias of [s.name, ...(s.aliases ?? [])]) {
        if (typeof alias !== 'string' && (alias.caseSensitive || alias.requireContext)) continue;
        const key = normalizeName(typeof alias === 'string' ? alias : alias.text);
        owners.set(key, (owners.get(key) ?? new Set()).add(s.id));
      }
    }
    expect([...owners].filter(([, who]) => who.size > 1).map(([k, who]) => `${k}: ${[...who].join(', ')}`)).toEqual([]);
  });

  it("writes no plain alias twice, nor the skill's own name again (an acronym in capitals is another surface)", () => {
    // Words in capitals are keyed as written ("PADS" is not "pads", the plural of pad); other words case-blind.
    const surface = (text: string) =>
      text
        .split(/(\W+)/)
        .map((w) => (w.replace(/[^A-Za-z]/g, '').length >= 2 && /^[^a-z]*$/.test(w) ? w : w.toLowerCase()))
        .join('');
    const repeated: string[] = [];
    for (const s of skills) {
      const rules = new Set((s.aliases ?? []).flatMap((a) => (typeof a === 'string' ? [] : [a.text])));
      const seen = new Set(rules.has(s.name) ? [] : [surface(s.name)]);
      for (const alias of s.aliases ?? []) {
        if (typeof alias !== 'string') continue;
        if (seen.has(surface(alias))) repeated.push(`${s.id}: ${alias}`);
        seen.add(surface(alias));
      }
    }
    expect(repeated).toEqual([]);
  });

  // "IS-100" (a FEMA course) read case-blind is "is 100" in "This role is 100% in office".
  it('makes a short name spelt only with everyday words and numbers case-sensitive', () => {
    const everyday = new Set(
      'a an and are as at be by do for go i if in is it me my no not of on or our so the to up us we you all any can may one two new'.split(
        ' ',
      ),
    );
    const caseBlind = skills.flatMap((s) => {
      const rules = (s.aliases ?? []).filter((a) => typeof a !== 'string');
      const ruled = new Set(rules.map((a) => normalizeName(a.text)));
      const surfaces = [...(ruled.has(normalizeName(s.name)) ? [] : [s.name]), ...(s.aliases ?? [])];
      return surfaces
        .filter((a) => typeof a === 'string' || !a.caseSensitive)
        .map((a) => (typeof a === 'string' ? a : a.text))
        .filter((text) => {
          const words = text
            .toLowerCase()
            .split(/[^a-z0-9+#]+/)
            .filter(Boolean);
          return words.length > 0 && words.length <= 3 && words.every((w) => everyday.has(w) || /^\d+$/.test(w));
        })
        .map((text) => `${s.id}: ${text}`);
    });
    expect(caseBlind).toEqual([]);
  });

  it('links each ESCO concept to one skill at most', () => {
    const seen = new Map<string, string>();
    const twice = skills.filter((s) => (s.esco && seen.has(s.esco) ? true : (s.esco && seen.set(s.esco, s.id), false)));
    expect(twice.map((s) => `${s.id} = ${seen.get(s.esco as string)}`)).toEqual([]);
  });
});

describe('the O*NET commodity crosswalk the import uses (scripts/data/onet-commodities.json)', () => {
  const crosswalk = JSON.parse(readFileSync(new URL('../../scripts/data/onet-commodities.json', import.meta.url), 'utf8')) as {
    default: { family: string; category: string };
    families: Record<string, string>;
    codes: Record<string, { family: string; category: string }>;
    names: Record<string, { family: string; category: string } | string>;
  };
  it('places every commodity and named product in a described, listed family file and a known category', () => {
    const byName = Object.values(crosswalk.names).filter((p): p is { family: string; category: string } => typeof p === 'object');
    const placements = [crosswalk.default, ...Object.values(crosswalk.codes), ...byName];
    const wrong = placements.filter(
      (p) =>
        !(p.family in crosswalk.families) ||
        !(FAMILY_FILES as readonly string[]).includes(p.family) ||
        !(CATEGORIES as readonly string[]).includes(p.category),
    );
    expect(wrong).toEqual([]);
    expect(Object.keys(crosswalk.codes).filter((code) => !/^\d{8}$/.test(code))).toEqual([]);
  });
});

describe('product names the import keeps from being aliases (scripts/data/import-exclusions.json)', () => {
  const exclusions = JSON.parse(readFileSync(new URL('../../scripts/data/import-exclusions.json', import.meta.url), 'utf8')) as {
    productAliases: Record<string, string>;
  };
  it('gives each a reason, and no imported skill carries one as an alias', () => {
    expect(Object.entries(exclusions.productAliases).filter(([, reason]) => reason.trim().length < 10)).toEqual([]);
    const imported = FAMILIES.filter((f) => f.family.startsWith('tools-')).flatMap((f) => f.skills);
    const aliased = imported.filter((s) =>
      (s.aliases ?? []).some((a) => Object.hasOwn(exclusions.productAliases, typeof a === 'string' ? a : a.text)),
    );
    expect(aliased.map((s) => s.id)).toEqual([]);
  });
});

describe('competing products are different skills, not aliases of each other', () => {
  const taxonomy = loadTaxonomy();
  it.each([
    ['Revit', 'ArchiCAD'],
    ['UKG Kronos', 'ADP Workforce Now'],
    ['ADP Workforce Now', 'Paychex'],
    ['Dentrix', 'Eaglesoft'],
    ['eClinicalWorks', 'PointClickCare'],
    ['SolidWorks', 'Onshape'],
    ['Fusion 360', 'Tinkercad'],
    ['Marketo', 'Eloqua'],
    ['DocuSign', 'Adobe Sign'],
    ['Yardi', 'AppFolio'],
    ['ChatGPT', 'Claude'],
    ['HAProxy', 'Traefik'],
    ['CockroachDB', 'YugabyteDB'],
    ['Amazon Neptune', 'TigerGraph'],
    ['DigitalOcean', 'Linode'],
    ['Microsoft Exchange', 'Lotus Notes'],
    ['BMC Remedy', 'Cherwell'],
    ['Webex', 'GoToMeeting'],
    ['SketchUp', 'Lumion'],
    ['Guidewire', 'Duck Creek'],
    ['Micros POS', 'Toast POS'],
    ['Katalon', 'TestComplete'],
    ['Apache ActiveMQ', 'IBM MQ'],
  ])('a posting asking for %s gives a candidate with %s half credit, not a match', (asked, held) => {
    const askedId = resolveSkill(taxonomy, asked)?.skill.id;
    const heldId = resolveSkill(taxonomy, held)?.skill.id;
    expect(askedId).toBeDefined();
    expect(heldId).toBeDefined();
    expect(heldId).not.toBe(askedId);
    const posting = extractPosting(taxonomy, `Requirements:\n- ${asked}`);
    const report = scoreFit(taxonomy, posting, readResume(taxonomy, { skills: [{ name: held }] }));
    expect(report.requirements.find((r) => r.skill.id === askedId)).toMatchObject({
      status: 'partial',
      via: 'related',
      credit: 0.5,
      candidateSkill: { id: heldId },
    });
  });

  it.each([
    ['Nessus', 'vulnerability-management'],
    ['IBM QRadar', 'siem'],
    ['Moodle', 'learning-management-systems'],
    ['Gusto', 'hris'],
  ])('a candidate with %s meets a request for the category (%s) in full', (held, category) => {
    const posting = extractPosting(taxonomy, `Requirements:\n- ${taxonomy.skills.get(category)?.name ?? category}`);
    const report = scoreFit(taxonomy, posting, readResume(taxonomy, { skills: [{ name: held }] }));
    expect(report.requirements.find((r) => r.skill.id === category)).toMatchObject({ status: 'matched', via: 'narrower', credit: 1 });
  });
});
