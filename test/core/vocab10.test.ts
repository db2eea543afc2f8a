import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { namedSkills } from '../support/named-skills.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);
const named = (text: string): string[] => namedSkills(taxonomy, text);
const duty = (line: string): string[] => ids(`Responsibilities:\n- ${line}`);
const namedDuty = (line: string): string[] => named(`Responsibilities:\n- ${line}`);

describe('vocabulary round 10: each interface, design step and instrument of electronics design on its own', () => {
  it.each([
    [
      'Controller peripherals like ADC, DAC, I2C, SPI, RS232, UART, CAN, USB',
      ['analog-to-digital-converters', 'digital-to-analog-converters', 'i2c', 'spi', 'rs-232', 'uart', 'can-bus', 'usb'],
    ],
    [
      'Schematic tools like Allegro/OrCAD, PADS Layout and Altium Designer',
      ['cadence-allegro', 'orcad', 'mentor-graphics-pads', 'altium-designer'],
    ],
    ['Schematic creation, netlist generation and DRC verification', ['schematic-capture', 'netlist-generation', 'design-rule-check']],
    ['Gerber and ODB++ generation; PCB routing', ['gerber-files', 'odb-plus-plus', 'pcb-routing']],
    ['Debug with oscilloscopes, digital multi meters and a logic analyzer', ['oscilloscope', 'multimeter', 'logic-analyzer']],
    ['Good knowledge of analog and digital circuits', ['analog-circuit-design', 'digital-circuit-design']],
  ])('reads "%s"', (line, expected) => {
    expect(namedDuty(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['I can help the team, and you can too', ['can-bus']],
    ['Travel to the DRC and the Allegro office', ['design-rule-check', 'cadence-allegro']],
    ['Lead our oncology ADC programs from the lab bench', ['analog-to-digital-converters']],
  ])('reads nothing of another skill in "%s"', (line, absent) => {
    for (const id of absent) expect(duty(line)).not.toContain(id);
  });

  it('reads an acronym with a plain plural only: "Roses" is not ROS, "ADCs" is ADC', () => {
    expect(duty('Arrange roses for our Dose of Roses boutique')).not.toContain('ros');
    expect(namedDuty('Programming robots with ROS and Gazebo')).toContain('ros');
    expect(namedDuty('Characterise ADCs, DACs and SPI links')).toContain('analog-to-digital-converters');
  });

  it('reads communicating verbally as verbal communication', () => {
    expect(namedDuty('Exceptional in communicating verbally and in written language')).toContain('verbal-communication');
  });

  it('shows working independently as a trait, not a requirement: labellers never ask it of a résumé', () => {
    const analysis = extractPosting(taxonomy, 'Requirements:\n- Self-motivated and able to work independently with minimal supervision');
    expect(analysis.requirements.map((r) => r.skill.id)).not.toContain('independent-work');
    expect(analysis.traits.map((t) => t.skill.id)).toContain('independent-work');
  });

  it('keeps the broader skill for credit: an I2C requirement is an embedded protocol', () => {
    expect(taxonomy.skills.get('i2c')?.broader).toContain('embedded-protocols');
  });
});

describe('vocabulary round 10: the craft skills, procedures, equipment and credentials of every occupation group', () => {
  it.each([
    ['Floral design and rose arrangements; order inventory of supplies', ['floral-design', 'inventory-ordering']],
    ['Ensure high-quality video production and post-production; colour grading', ['post-production', 'color-grading']],
    ['Night audit and stock rotation (FIFO)', ['night-audit', 'stock-rotation']],
    ['MIG and TIG welding; tile setting and grouting', ['mig-welding', 'tig-welding', 'tile-setting']],
    ['Milking and calving; beekeeping', ['dairy-milking', 'calf-rearing', 'beekeeping']],
    ['Embalming and cremation', ['embalming', 'cremation']],
    ['Echocardiography and mammography', ['echocardiography', 'mammography']],
    ['Stage management, stage lighting and live sound', ['stage-management', 'stage-lighting', 'live-sound']],
    ['Read topographic maps and plan routes', ['map-reading']],
  ])('reads "%s"', (line, expected) => {
    expect(namedDuty(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Must pass a post-offer, pre-employment physical examination', ['physical-examination']],
    ['Relax in our lounge with a piano and a pool table', ['piano']],
    ['Implement new processes to improve performance', ['improvisation']],
    ['Maintain close coordination with other departments', ['real-estate-closings']],
    ['A program focused on reducing our carbon footprint', ['ghg-accounting']],
    ['Riv/Crete Ready Mix is hiring', ['concrete-batching']],
  ])('reads nothing of another skill in "%s"', (line, absent) => {
    for (const id of absent) expect(duty(line)).not.toContain(id);
  });

  it('keeps each fine skill under its broader one, so a résumé naming either still meets the other in part', () => {
    for (const [fine, broad] of [
      ['dairy-milking', 'livestock-care'],
      ['night-audit', 'front-desk-operations'],
      ['color-grading', 'post-production'],
      ['pcb-routing', 'pcb-design'],
    ]) {
      expect(taxonomy.skills.get(fine as string)?.broader).toContain(broad);
    }
  });
});

describe('vocabulary round 10: skills as postings word them, verb first or in their own nouns', () => {
  it.each([
    ['Build partnerships with local businesses', ['partnership-management']],
    ['Cultivate corporate sponsors', ['sponsorship-management']],
    ['Maintain our social media presence', ['social-media-management']],
    ['Develop and maintain engineering documents', ['engineering-documentation']],
    ['Strong verbal and written skills', ['communication']],
  ])('reads "%s"', (line, expected) => {
    expect(namedDuty(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Complete a financial disclosure report before your start date', ['financial-reporting']],
    ['Provide project support in all stages of the project lifecycle', ['project-management']],
    ['Pneumatic tools', ['pneumatics']],
  ])('reads nothing of another skill in "%s"', (line, absent) => {
    for (const id of absent) expect(duty(line)).not.toContain(id);
  });

  it('reads a heading as a heading, not as the skill its words name', () => {
    expect(ids('SUPERVISORY RESPONSIBILITIES\nSupervise assigned teacher aides.')).not.toContain('people-management');
  });
});

describe("vocabulary round 10: the duties of common occupations in their postings' words", () => {
  it.each([
    ['Collect urine drug screens', ['drug-and-alcohol-testing']],
    ['Unload containers from trucks', ['truck-loading-and-unloading']],
    ['Operate riding mowers', ['landscaping-equipment']],
    ['Process sales transactions', ['payment-handling']],
    ['Monitor security cameras', ['physical-security']],
    ['Trach care and suctioning', ['tracheostomy-care']],
  ])('reads "%s"', (line, expected) => {
    expect(namedDuty(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Unload containers from trucks', ['containers', 'docker']],
    ['Operate riding mowers', ['amusement-ride-operation']],
    ['Monitor security cameras', ['security-operations']],
    ['Must pass a pre-employment drug screen', ['drug-and-alcohol-testing']],
  ])('reads nothing of another skill in "%s"', (line, absent) => {
    for (const id of absent) expect(duty(line)).not.toContain(id);
  });
});

describe('vocabulary round 11: policy analysis and the teaching of mathematics on their own', () => {
  it('reads policy analysis apart from public policy', () => {
    expect(duty('Conduct policy analysis and track public policy developments')).toEqual(
      expect.arrayContaining(['policy-analysis', 'public-policy']),
    );
  });
  it.each(['teaching mathematics to at least GCSE level', 'maths teaching in secondary schools'])(
    'reads "%s" as mathematics instruction',
    (line) => {
      expect(ids(`Requirements:\n- Experience in ${line}`)).toContain('mathematics-instruction');
    },
  );
  it('reads Montessori and Positive Discipline named in strong emphasis with underscores', () => {
    expect(ids('Requirements:\n- Passionate proponent for __Montessori & Positive Discipline__ approaches')).toEqual([
      'montessori-method',
      'positive-discipline',
    ]);
  });
  it('reads "__Team__-building" as team building', () => {
    expect(ids('Requirements:\n- __Team__-building by supporting staff')).toEqual(['team-building']);
  });
  it('reads Outdoor Emergency Care apart from ski patrolling', () => {
    expect(
      ids('Requirements:\n- Current Outdoor Emergency Care (OEC) certification\n- Complete the NSP Introduction to Ski Patrol'),
    ).toEqual(['outdoor-emergency-care', 'ski-patrol']);
  });
});

describe('vocabulary round 12: editing named as a skill', () => {
  it('reads "writing and editorial skills" as writing and copy editing', () => {
    expect(ids('Requirements:\n- Strong writing and editorial skills are desirable.')).toEqual(['written-communication', 'copy-editing']);
  });
});

describe('vocabulary round 12: a team that works on something is described, not teamwork', () => {
  it.each([
    'You will join a global team working within our payments business.',
    'You will be part of an international team focused on creating our next platform.',
  ])('reads no collaboration in "%s"', (line) => {
    expect(ids(`About the role:\n${line}`)).not.toContain('collaboration');
  });
  it('still reads team work asked for', () => {
    expect(ids('Requirements:\n- Strong team working skills')).toContain('collaboration');
  });
});
