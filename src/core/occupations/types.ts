/** The committed data files, as scripts/build-occupations.ts and the curators write them. */
export interface OccupationRecord {
  /** ESCO code ("2512.4"): stable, readable, and it nests (2512.4.1 is a kind of 2512.4). */
  id: string;
  esco: string;
  name: string;
  /** ISCO-08 unit group, four digits. */
  isco: string;
  alt: string[];
}

export interface OccupationData {
  release: string;
  attribution: string;
  iscoGroups: Record<string, string>;
  occupations: OccupationRecord[];
}

export interface AliasData {
  aliases: { title: string; occupation: string; name: string }[];
}

/** Career families as curated in data/families.json: each a set of ISCO-08 code prefixes. */
export interface FamilyData {
  families: { id: string; name: string; isco: string[] }[];
}

export interface RoleHead {
  word: string;
  occupation: string;
  name: string;
}

export interface TitleWordData {
  abbreviations: Record<string, string>;
  levels: string[];
  noise: string[];
  /** Role words that alone name no occupation ("Director", "Manager"): a title of only such a word (and levels) is not resolved. */
  generic?: string[];
  /** A title's last word → the occupation it names when no label spells the title. */
  roleHeads?: RoleHead[];
  /** A field of work a title may end with → its practitioner's word ("engineering" → "engineer"). */
  practitioners?: Record<string, string>;
  /** Enterprise application suites ("SAP", "Workday"): a title naming one with a role word below is that suite's developer or configurator. */
  suites?: { words: string[]; roles: RoleHead[] };
  /** When a document is a software one, and which of its titles are read again as software titles there. */
  softwareContext?: SoftwareContextData;
}

export interface SoftwareContextData {
  /** Put before a title to read it as a software title: "Test Engineer" → "software test engineer". */
  qualifier: string;
  /** Skill categories that count as software skills. */
  skillCategories: string[];
  /** The least share of a document's hard skills in those categories for it to be a software one. */
  minShare: number;
  /** ISCO-08 prefixes of the readings tried again as software titles (engineers and engineering technicians: 214, 215, 311). */
  requalify: string[];
  /** ISCO-08 prefixes of ICT occupations: the only readings the software title may give. */
  ict: string[];
}

/** What callers get back: enough to show and compare, never the label lists. */
export interface OccupationRef {
  id: string;
  esco: string;
  name: string;
  isco: string;
}
