import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { namedSkills } from '../support/named-skills.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);
const named = (text: string): string[] => namedSkills(taxonomy, text);
const duty = (line: string): string[] => ids(`Responsibilities:\n- ${line}`);
const namedDuty = (line: string): string[] => named(`Responsibilities:\n- ${line}`);

describe('vocabulary round 9: room and floor duties, search-engine work, HR administration, irrigation, and the duties of common occupations as postings phrase them', () => {
  it.each([
    [
      'Make beds and fold towels. Clean bathrooms. Remove trash.',
      ['bed-making', 'linen-and-laundry', 'restroom-cleaning', 'trash-removal'],
    ],
    ['Vacuum carpets and perform floor care duties', ['floor-care']],
    ['Replace guest amenities and supplies in rooms', ['supply-restocking']],
    ['Technical SEO, On-Page SEO and keyword research', ['technical-seo', 'on-page-seo', 'keyword-research']],
    ['Link building using the Skyscraper method', ['link-building']],
    [
      'Crawl sites with Screaming Frog and report in Bing Webmaster Tools and Raven Tools',
      ['screaming-frog', 'bing-webmaster-tools', 'raven-tools'],
    ],
    ['Manage life-cycle recruitment as well as onboarding and offboarding', ['recruiting', 'employee-onboarding', 'employee-offboarding']],
    ['Benefits administration including open enrollment', ['benefits-administration', 'open-enrollment']],
    ['Well and pivot repair; maintain irrigation equipment', ['irrigation-systems']],
    ['Enter orders into the POS device', ['point-of-sale']],
    ['Manual milling, deburring and speeds and feeds', ['milling', 'deburring', 'speeds-and-feeds']],
    ['Run the canning line', ['packaging-line-operation']],
    ['Load with a hand truck and liftgate', ['material-handling']],
    ['Alarm monitoring and patrols; firearm permit', ['alarm-systems', 'physical-security']],
    ['Cloning and ELISA', ['molecular-cloning']],
    ['Hold tight tolerances on a Bridgeport mill', ['tight-tolerance-machining', 'milling']],
    ['Basic computer knowledge', ['digital-literacy']],
    ['Participate in an on-call rotation', ['incident-management']],
    ['Hoyer lift transfers and assistance with ADLs', ['patient-transfers', 'adl-assistance']],
    ['Haircuts, balayage, blowouts and beard trims', ['hair-cutting', 'hair-coloring', 'hair-styling', 'barbering']],
    ['Knife skills, line cooking and plating dishes', ['knife-skills', 'line-cooking', 'food-plating']],
    ['Prepare bills of lading and packing slips', ['shipping-documentation']],
    ['Unit turns, evictions and CAM reconciliations', ['unit-turnover', 'eviction-process', 'cam-reconciliation']],
    ['Stock shelves and price tagging', ['shelf-stocking', 'price-tagging']],
    ['Face products and fill the dairy cooler', ['shelf-stocking']],
    ['Run food, refill drinks and roll silverware', ['food-and-beverage-service']],
    ['Make the beds, mop the floors and stock the shelves', ['bed-making', 'floor-care', 'shelf-stocking']],
    ['OSHA 10 or OSHA 30 card', ['osha-10-hour', 'osha-30-hour']],
    ['Active RN license; BLS/CPR; TIPS certification', ['rn-license', 'basic-life-support', 'tips-certification']],
    ['Journeyman electrician license; skid steer and mini excavator', ['journeyman-electrician-license', 'skid-steer-operation']],
    ['Measure with calipers and a multimeter', ['multimeter']],
    ['Mechanically inclined, with electrical work experience', ['mechanical-aptitude', 'electrical-installation']],
    ['Communicate and coordinate with the farm manager', ['communication']],
    ['Prepare journal entries and bank reconciliations', ['journal-entries', 'bank-reconciliation']],
    ['Prepare state tax estimate calculations and quarterly taxes', ['tax-compliance']],
    ['Synthesis of metal-organic frameworks (MOFs) for kinetic studies', ['metal-organic-frameworks']],
    ['Work as a test-driven developer on our web apps', ['test-driven-development']],
    [
      'Prior authorizations, insurance verification and IRB submissions',
      ['prior-authorization', 'insurance-verification', 'irb-submissions'],
    ],
    ['Empty the trash and change the linens', ['trash-removal', 'linen-and-laundry']],
    ['Check IDs and sign in visitors', ['id-checking', 'visitor-management']],
    ['Write incident reports and daily activity reports', ['incident-reporting']],
    ['Enter invoices, issue checks and post customer payments', ['accounts-payable', 'accounts-receivable']],
    ['Mow lawns, trim hedges and install pavers', ['lawn-care', 'pruning-and-trimming', 'hardscaping']],
    ['Restrain animals, clean cages and take impressions', ['animal-restraint', 'kennel-care', 'dental-impressions']],
  ])('reads "%s"', (line, expected) => {
    expect(namedDuty(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Check that all appliances are present and in working order', ['work-order-management']],
    ['This role is 100% in office', ['emergency-management']],
    ['Attend weekly or bi-weekly client meetings', ['business-intelligence']],
    ['We are not hiring a manager for this role', ['recruiting']],
    ['Join our housekeeping department', ['bed-making', 'floor-care']],
    ['Join the team of Marea and Ai Fiori', ['sap-fiori']],
    ['Git cloning of repositories', ['molecular-cloning']],
    ['Enter orders into the POS device', ['blockchain-consensus-mechanisms']],
    ['Willingness to work on-call as needed', ['incident-management']],
    ['Brand manager for personal care products', ['caregiving']],
    ['Comfortable receiving feedback', ['shipping-and-receiving']],
    ['Process markdowns in Markdown', ['price-tagging']],
    ['Reporting incidents to the supervisor', ['incident-reporting']],
    ['Set up displays for our monitoring dashboards', ['visual-merchandising']],
    ['Design pre-hospital patient handling products', ['patient-transfers']],
    ['Box office data and revenue analytics', ['box-office-admissions']],
    ['Purchase and maintain first aid supplies', ['first-aid']],
    ['Mechanical engineering skills', ['mechanical-aptitude']],
    ['Manage multiple open tabs on a computer', ['computer-equipment']],
    ['Computer proficiency in MS Office', ['digital-literacy']],
    ['Improve the functionality of customer facing products', ['shelf-stocking']],
    ['Reference checks in line with safer recruitment best practice', ['recruiting']],
    ['We may offer you an employed position, or an equivalent freelance consultancy contract', ['consulting']],
  ])('reads nothing of another skill in "%s"', (line, absent) => {
    for (const id of absent) expect(duty(line)).not.toContain(id);
  });

  it('reads background checks and travel papers as eligibility, not skills', () => {
    expect(ids('Requirements:\n- Enhanced DBS check and a valid passport required')).toEqual([]);
  });

  it('keeps BI, the FEMA course IS-100 and the AS/400 in capitals', () => {
    expect(namedDuty('Build BI dashboards; complete IS-100; support the AS/400')).toEqual(
      expect.arrayContaining(['business-intelligence', 'emergency-management', 'ibm-i']),
    );
  });
});
