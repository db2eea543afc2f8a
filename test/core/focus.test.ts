import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { readResume } from '../../src/core/resume/intake.js';
import { scoreFit } from '../../src/core/score/fit.js';
import { FOCUS_WEIGHT } from '../../src/core/score/policy.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';

const taxonomy = loadTaxonomy();
const fit = (postingText: string, skills: string[]) =>
  scoreFit(taxonomy, extractPosting(taxonomy, postingText), readResume(taxonomy, { skills: skills.map((name) => ({ name })) }));

const DATA_POSTING = 'Requirements:\n- SQL and PostgreSQL\n- Python\n- Tableau';

describe('the focus part of the fit', () => {
  it('ranks a résumé about the job above a generalist holding the same matched skills', () => {
    const focused = fit(DATA_POSTING, ['SQL', 'PostgreSQL', 'Python']);
    const generalist = fit(DATA_POSTING, ['SQL', 'PostgreSQL', 'Python', 'Adobe Photoshop', 'AutoCAD', 'Welding', 'Phlebotomy']);
    expect(generalist.skillsScore).toBe(focused.skillsScore);
    expect(focused.focus).toMatchObject({ share: 1, hardSkills: 3, inArea: 3, weight: FOCUS_WEIGHT });
    expect(generalist.focus.hardSkills).toBe(7);
    expect(generalist.focus.inArea).toBe(3);
    expect(generalist.focus.outside.map((s) => s.name)).toEqual(expect.arrayContaining(['Adobe Photoshop', 'AutoCAD']));
    expect(generalist.score).toBeLessThan(focused.score);
    expect(generalist.summary).toMatch(/3 of the résumé's 7 hard skills lie in the posting's areas/);
  });

  it("counts a skill that earns credit as inside the posting's areas, whatever its category", () => {
    const report = fit('Requirements:\n- SQL', ['PostgreSQL']);
    expect(report.requirements[0]?.credit).toBe(1);
    expect(report.focus).toMatchObject({ share: 1, inArea: 1, outside: [] });
    expect(report.score).toBe(100);
  });

  it('names the areas: the categories of the posting’s hard skills', () => {
    const report = fit(DATA_POSTING, ['Python']);
    expect(report.focus.areas).toEqual(expect.arrayContaining(['programming-language', 'database', 'bi-visualization']));
  });

  it('is left out when the posting names no hard skill, and the skills carry its weight', () => {
    const report = fit('Requirements:\n- Excellent communication\n- Teamwork', ['Communication', 'Python']);
    expect(report.focus).toMatchObject({ weight: 0, points: 0, note: 'left out: the posting names no hard skill' });
    expect(report.focus.share).toBeUndefined();
    expect(report.score).toBe(report.skillsScore);
  });

  it('gives no points while no requirement is met: a neighbouring skill alone is no fit', () => {
    const report = fit('Requirements:\n- Payroll processing', ['Adobe Photoshop']);
    expect(report.skillsScore).toBe(0);
    expect(report.focus.points).toBe(0);
    expect(report.score).toBe(0);
  });

  it('adds its points to the receipt', () => {
    const report = fit(DATA_POSTING, ['SQL', 'Python', 'Adobe Photoshop']);
    const receipt = report.requirements.reduce((sum, r) => sum + r.points, 0) + report.occupation.points + report.focus.points;
    expect(Math.round(receipt * 100)).toBe(Math.round(report.score * 100));
    expect(report.focus.points).toBeGreaterThan(0);
  });
});
