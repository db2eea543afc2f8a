import vocabulary from './data/duty-words.json' with { type: 'json' };

/** People by name (data/duty-words.json `people`) or by a role's ending; other "-ers" words are as often equipment ("sterilizers"). */
const PEOPLE = new Set(vocabulary.people);
const PEOPLE_END = /(?:icians|ologists|apists|ists|ians|[^f]ees)$/;

/** A noun naming people ("guests", "technicians", "truck drivers"): what they know or need is named elsewhere. */
export const isPeople = (word: string): boolean => PEOPLE.has(word) || (PEOPLE_END.test(word) && !word.endsWith('lists'));
