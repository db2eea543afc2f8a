/**
 * The floor of any extractor that reads every word: one pass over the text that folds case, finds
 * word boundaries and hashes each word (FNV-1a), touching no allocation. `npm run bench` reports
 * extraction throughput as a ratio to it, so the figure holds from one machine to another.
 */
const LOWER = new Uint16Array(0x10000);
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  WORD[c] = /[\p{L}\p{N}]/u.test(ch) ? 1 : 0;
}

/** Returns a hash of every word's hash, so the work cannot be optimised away. */
export function onePassScan(text: string): number {
  let sink = 0;
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (WORD[c] === 1) {
      hash = Math.imul(hash ^ (LOWER[c] as number), 0x01000193);
      inWord = true;
    } else if (inWord) {
      sink = (sink + hash) | 0;
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  return inWord ? (sink + hash) | 0 : sink;
}
