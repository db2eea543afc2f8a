import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { namedSkills } from '../support/named-skills.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);
const named = (text: string): string[] => namedSkills(taxonomy, text);
const req = (line: string): string[] => ids(`Requirements:\n- ${line}`);
const namedReq = (line: string): string[] => named(`Requirements:\n- ${line}`);

describe('vocabulary round 7: trades, care, legal, office, retail, hospitality, logistics and public-sector duties as postings phrase them', () => {
  it.each([
    // hospitality and food service
    ['Serve food and beverages to guests in a timely manner', ['food-and-beverage-service']],
    ['Bus tables and reset them for the next guests', ['food-and-beverage-service']],
    ['Take food and drink orders accurately', ['food-and-beverage-service']],
    ['Greet and seat guests', ['food-and-beverage-service']],
    ['Previous food service experience preferred', ['food-and-beverage-service']],
    ['Prep ingredients and cook to order', ['food-preparation']],
    ['Follow recipes and plating guidelines', ['following-recipes']],
    ['Prepare and cook menu items to standard', ['food-preparation']],
    ['Check guests in and out and handle room assignments', ['front-desk-operations']],
    ['Perform the night audit', ['night-audit']],
    ['Greet guests warmly and answer questions', ['guest-relations']],
    ['Take reservations by phone', ['reservations-management']],
    ['Make beds and clean guest rooms', ['housekeeping']],
    ['Floor care including stripping and waxing', ['floor-care']],
    ['Clean restrooms and common areas', ['restroom-cleaning']],
    ['Rotate stock and label food items', ['stock-rotation']],
    ['Control food and labor costs', ['food-cost-control']],
    ['Wash dishes and operate the dish machine', ['dishwashing']],
    ['TIPS certification or ability to obtain', ['tips-certification']],
    ['Responsible beverage service training', ['responsible-alcohol-service']],
    // retail and cash handling
    ['Count cash and prepare bank deposits', ['cash-drawer-balancing', 'bank-deposit-preparation']],
    ['Handle petty cash', ['petty-cash-management']],
    ['Open and close the store', ['retail-store-operations']],
    ['Face shelves and keep the sales floor tidy', ['shelf-stocking', 'retail-sales']],
    ['Set up displays and ticket merchandise', ['price-tagging']],
    ['Assist customers with purchases', ['retail-sales']],
    ['Greet customers as they enter the store', ['customer-service']],
    ['Process returns and exchanges', ['returns-and-refunds']],
    // office administration and reception
    ['Scan and file documents', ['record-keeping']],
    ['Maintain calendars for the executive team', ['calendar-management']],
    ['Proofread documents for accuracy', ['proofreading']],
    ['Type correspondence and reports', ['business-writing', 'reporting']],
    ['Office supply ordering and inventory', ['office-supply-management', 'inventory-management']],
    ['Sort and distribute incoming mail', ['mail-handling']],
    ['Operate office equipment such as copiers and fax machines', ['office-equipment-operation']],
    ['Answer and route incoming calls', ['phone-support']],
    ['Take messages and transfer calls', ['phone-support']],
    // bookkeeping and accounting duties
    ['Issue invoices to customers', ['invoicing']],
    ['Process vendor invoices', ['accounts-payable']],
    ['Collect payments and post cash receipts', ['accounts-receivable']],
    ['Record financial transactions in QuickBooks', ['bookkeeping', 'quickbooks']],
    ['Track expenses against the budget', ['expense-management']],
    ['Process timesheets for payroll', ['payroll']],
    ['Job costing experience', ['job-costing']],
    // healthcare, dental and caregiving
    ['Collect copays at check-in', ['medical-billing']],
    ['Greet and check in patients', ['patient-intake']],
    ['Register patients and verify patient demographics', ['patient-intake']],
    ['Submit dental insurance claims', ['health-insurance-claims']],
    ['Present treatment plans to patients', ['treatment-planning']],
    ['Perform scaling and root planing and periodontal charting', ['periodontal-therapy']],
    ['Give vaccinations and injections', ['immunization', 'medication-administration']],
    ['Perform blood glucose checks', ['blood-glucose-monitoring']],
    ['Transfer and reposition patients safely', ['patient-transfers']],
    ['Provide companionship and homemaker services', ['companionship-services']],
    // social services
    ['Develop individualized service plans with clients', ['care-planning']],
    ['Experience providing peer support', ['peer-support']],
    ['Certified Peer Specialist', ['peer-support']],
    ['Domestic violence advocacy experience', ['domestic-violence-advocacy']],
    ['Experience with reentry services for justice-involved individuals', ['reentry-services']],
    ['Job readiness training and job placement', ['workforce-development']],
    ['Help clients apply for public benefits such as SNAP and Medicaid', ['public-benefits-assistance']],
    ['Teach independent living skills', ['independent-living-skills']],
    // legal
    ['Knowledge of court procedures', ['court-proceedings']],
    ['Serve legal documents and file pleadings', ['court-filings', 'pleadings']],
    ['Prepare subpoenas and Bates number documents', ['litigation-discovery']],
    ['Knowledge of legal terminology', ['legal-terminology']],
    ['Landlord-tenant law experience', ['landlord-tenant-law']],
    ['Experience with commercial transactions', ['commercial-law']],
    // public sector
    ['Process public records requests', ['public-records-requests']],
    ['Respond to FOIA requests', ['public-records-requests']],
    ['Code enforcement inspections', ['code-enforcement']],
    ['Respond to constituent inquiries', ['constituent-services']],
    ['Emergency preparedness and disaster response planning', ['emergency-management']],
    ['ICS-100 and IS-700 certification', ['emergency-management']],
    ['Permits and inspections', ['construction-permitting']],
    ['Legislative analysis and bill tracking', ['public-policy']],
    // warehouse, logistics and driving
    ['Stack and shrink wrap pallets', ['palletizing']],
    ['Count inventory weekly', ['cycle-counting']],
    ['Receive deliveries and check invoices', ['shipping-and-receiving']],
    ['Prepare outbound shipments', ['shipping-and-receiving']],
    ['Verify orders for accuracy before shipping', ['order-fulfillment']],
    ['Plan delivery routes and book freight', ['transportation-management']],
    ['Prepare customs documentation', ['import-export']],
    ['Must have a clean driving record', ['drivers-license']],
    ['Operate a commercial motor vehicle', ['commercial-driving']],
    ['Make deliveries on an assigned delivery route', ['delivery-driving']],
    ['Load securement for flatbed trailers', ['load-securement']],
    ['Secure loads with straps and chains', ['load-securement']],
    // trades, construction and manufacturing
    ['Experience in the building trades', ['construction-industry']],
    ['Air conditioning installation and repair', ['hvac']],
    ['Install heat recovery ventilators', ['air-handling-and-ventilation']],
    ['Promote jobsite safety and lead toolbox talks', ['construction-safety']],
    ['Estimate materials and labor for jobs', ['construction-estimating']],
    ['Journeyman in the electrical trade', ['electrical-installation']],
    ['Experience in the mechanical trades', ['mechanical-trades']],
    ['Repair and maintain equipment', ['equipment-repair']],
    ['Hand soldering to IPC J-STD-001', ['soldering']],
    ['Electro-mechanical assembly and wire harness assembly', ['electronics-assembly']],
    ['Machine setup and changeover', ['machine-setup']],
    ['Operate packaging equipment on the packaging line', ['packaging-line-operation']],
    ['Knowledge of construction means and methods', ['construction-methods']],
    // education and childcare
    ['Discrete trial training', ['applied-behavior-analysis']],
    ['Childcare experience required', ['childcare']],
    ['Supervise children during activities', ['childcare']],
    ['Youth development experience', ['youth-development']],
    ['Prepare students for standardized tests', ['test-preparation']],
    ['Classroom technology such as SMART Boards', ['educational-technology']],
  ])('reads "%s"', (line, expected) => {
    expect(namedReq(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['We offer on-site childcare and paid parental leave', ['childcare']],
    ['Childcare assistance and tuition reimbursement', ['childcare']],
    ['Access to backup child care', ['childcare']],
    ['Acme is a leading food service distributor', ['food-and-beverage-service']],
    ['All office equipment provided', ['office-equipment-operation']],
    ['We sell office equipment and furniture to businesses', ['office-equipment-operation']],
    ['Acme is a public benefit corporation', ['public-benefits-assistance']],
    ['We are a mechanical contracting firm serving the region', ['mechanical-trades']],
    ['Free dental cleanings through our dental plan', ['periodontal-therapy']],
    ['Fix code violations flagged by static analysis', ['code-enforcement']],
    ['Negotiate legal terms with vendors', ['legal-terminology']],
    ['Time permitting, contribute to side projects', ['construction-permitting']],
    ['We value companionship and team spirit', ['caregiving']],
    ['Follow recipes for success in your career', ['food-preparation']],
    ['Build displays in React for the dashboard', ['visual-merchandising']],
    ['Set up displays for our monitoring dashboards', ['visual-merchandising']],
    ['Implement route calls in the API gateway', ['phone-support']],
    ['Direct calls with the CEO weekly', ['phone-support']],
    ['Design the packaging line of our new product family', ['packaging-line-operation']],
    ['Commercial dishwasher repair and installation', ['dishwashing']],
    ['Work with peer engineers on code reviews', ['peer-support']],
    ['Youth sports league sponsorship', ['youth-development']],
    ['Handle returns on investment for the portfolio', ['returns-and-refunds']],
    ['Electroplating and plating processes', ['food-preparation']],
    ['Experience with job scheduling in Airflow', ['job-costing', 'workforce-development']],
  ])('reads no domain skill into "%s"', (line, absent) => {
    const found = req(line);
    for (const id of absent) expect(found).not.toContain(id);
  });

  it('reads heat recovery ventilators as ventilation, not heating', () => {
    expect(req('Install heat recovery ventilators')).toEqual(['heat-recovery-ventilation']);
  });

  it('reads a dental front office duty list as intake, billing and claims', () => {
    expect(namedReq('Greet and check in patients, collect copays and submit dental insurance claims')).toEqual(
      expect.arrayContaining(['patient-intake', 'medical-billing', 'health-insurance-claims']),
    );
  });
});
