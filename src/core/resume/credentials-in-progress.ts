import vocabulary from '../extract/data/credential-words.json' with { type: 'json' };
import { isCredentialName } from '../extract/credential-names.js';
import type { Skill } from '../taxonomy/compile.js';

const phrases = (words: readonly string[]): string =>
  words
    .map((w) => w.replace(/[ -]/g, '[\\s-]+'))
    .sort((a, b) => b.length - a.length)
    .join('|');

/** "CFA Level II candidate", "PMP – expected 2027", "RN license pending" under Certifications: anywhere on the line. */
const IN_PROGRESS_ON_LINE = new RegExp(`\\b(?:${phrases(vocabulary.candidateWords)})\\b`, 'i');
/** Right after the credential's name: "CFA Level II candidate", "CPA (in progress)". */
const CANDIDATE_AFTER = new RegExp(
  `^\\s*(?:level\\s+(?:i{1,3}|[1-3])\\s+)?[(\\[,–—-]?\\s*(?:${phrases(vocabulary.candidateWords)})\\b`,
  'i',
);
/** Right before it: "pursuing the CPA", "studying for my PMP". */
const PURSUING_BEFORE = new RegExp(`\\b(?:${phrases(vocabulary.pursuingWords)})\\s+(?:the\\s+|my\\s+|an?\\s+)?$`, 'i');

/** A certification line that says the credential is still being worked towards. */
export function isInProgressLine(line: string): boolean {
  return IN_PROGRESS_ON_LINE.test(line);
}

/**
 * A credential named outside Certifications with the words of one not yet held next to it ("CFA Level II
 * candidate with five years in equity research", "pursuing the CPA"), written as letters or named as a
 * credential: the span of the phrase that says so, or undefined when the credential reads as held.
 */
export function credentialInProgress(text: string, start: number, end: number, skill: Skill): { start: number; end: number } | undefined {
  if (!isCredentialName(skill.name) && !/^\p{Lu}{2,6}\b/u.test(text.slice(start, end))) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const after = CANDIDATE_AFTER.exec(text.slice(end, lineEnd === -1 ? text.length : lineEnd));
  if (after) return { start, end: end + after[0].length };
  const before = PURSUING_BEFORE.exec(text.slice(lineStart, start));
  return before ? { start: lineStart + before.index, end } : undefined;
}
