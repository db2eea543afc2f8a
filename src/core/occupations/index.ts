import { createHash } from 'node:crypto';
import aliases from './data/aliases.json' with { type: 'json' };
import families from './data/families.json' with { type: 'json' };
import occupations from './data/occupations.json' with { type: 'json' };
import titleWords from './data/title-words.json' with { type: 'json' };
import { compileOccupations, type OccupationIndex } from './compile.js';
import type { AliasData, FamilyData, OccupationData, TitleWordData } from './types.js';

export { compileOccupations, OccupationDataError, type OccupationIndex } from './compile.js';
export { FamilyDataError, sharedFamily, type CareerFamily, type FamilyIndex } from './families.js';
export { occupationRelation, occupationSimilarity, type OccupationRelation } from './relation.js';
export { resolveOccupation, resolveTitles, MIN_SCORE, type OccupationMatch, type TitlesResolution } from './resolve.js';
export { searchOccupations, type OccupationHit } from './search.js';
export { isSoftwareDocument, type TitleContext } from './software-context.js';
export { postingOccupation, titleLine, type PostingOccupation } from './posting.js';
export type { OccupationRef, OccupationRecord } from './types.js';

export const OCCUPATION_DATA = {
  occupations: occupations as OccupationData,
  aliases: aliases as AliasData,
  titleWords: titleWords as TitleWordData,
  families: families as FamilyData,
};

/** "ESCO v1.2 …+3f2a9c1b": the release plus a hash of every data file, so any edit yields a new version. */
export function occupationsVersion(data = OCCUPATION_DATA): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(data.occupations.occupations))
    .update(JSON.stringify(data.aliases.aliases))
    .update(JSON.stringify(data.titleWords))
    .update(JSON.stringify(data.families.families))
    .digest('hex')
    .slice(0, 8);
  return `${data.occupations.release.split(' ').slice(0, 2).join('-')}+${hash}`;
}

let loaded: OccupationIndex | undefined;

/** The compiled occupation index, built once per process on first use (about 100 ms) and shared after. */
export function loadOccupations(): OccupationIndex {
  loaded ??= compileOccupations(
    OCCUPATION_DATA.occupations,
    OCCUPATION_DATA.aliases,
    OCCUPATION_DATA.titleWords,
    occupationsVersion(),
    OCCUPATION_DATA.families,
  );
  return loaded;
}
