/**
 * Text from a two-column PDF keeps both columns on one line, separated by a wide gap
 * ("Python, SQL          Senior Analyst, Acme"). Each gap of three or more spaces (or two tabs)
 * becomes a line break padded to the same length, so the columns read as separate lines and every
 * offset still points at the same character of the submitted text.
 */
const COLUMN_GAP = /(?<=\S)(?:[ \t]{3,}|\t\t)(?=\S)/g;

export function splitColumns(text: string): string {
  return text.replace(COLUMN_GAP, (gap) => '\n' + ' '.repeat(gap.length - 1));
}
