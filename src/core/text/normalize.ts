/**
 * Text normalisation that never loses track of where each character came from.
 *
 * The normalised text is what every later stage reads; `toSource` maps a span of it back to
 * the submitted string so that offsets in answers point at what the user sent.
 */
export interface NormalizedText {
  readonly source: string;
  readonly text: string;
  /** For each normalised character, the index of the source character it came from. */
  readonly sourceStart: Int32Array;
  /** For each normalised character, the index just after the source characters it came from. */
  readonly sourceEnd: Int32Array;
  /** Lines the source marked as Markdown headings ("## Duties"): where each starts in `text`, and its level (1–6). */
  readonly markedHeadings: ReadonlyMap<number, number>;
  /** Where lines start that a scrape had glued to the one before ("skillsBeing", "guests.Make"): list items whose markup was stripped. */
  readonly gluedLines: ReadonlySet<number>;
}

export interface Span {
  start: number;
  end: number;
}

/** A bullet-like marker; normalisation writes every bullet as a line break followed by this. */
export const BULLET = '\u2022';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  bull: BULLET,
  middot: BULLET,
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  hellip: '...',
  trade: '',
  reg: '',
  copy: '',
};

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'dt',
  'dd',
  'hr',
  'blockquote',
]);

const BULLET_CHARS = new Set([
  '\u2022',
  '\u25AA',
  '\u25E6',
  '\u25CF',
  '\u2023',
  '\u2219',
  '\u25A0',
  '\u25A1',
  '\u25CB',
  '\u2043',
  '\u27A2',
  '\u2794',
  '\u25B8',
  '\u25BA',
  '\u2713',
  '\u2714',
  '\uF0B7',
  '\u00B7',
]);
const DASH_CHARS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const SPACE_LIKE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

const UTF16 = new TextDecoder('utf-16le');
const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const BACKTICK = 96;

/** Grows typed arrays by doubling; one UTF-16 unit and its two source offsets per output character. */
class Builder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  private readonly headings = new Map<number, number>();
  private readonly glued = new Set<number>();

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  pushCode(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    const n = this.length++;
    this.codes[n] = code;
    this.starts[n] = start;
    this.ends[n] = end;
  }

  /** Every UTF-16 unit of `piece` maps back to the same source range. */
  push(piece: string, start: number, end: number): void {
    for (let k = 0; k < piece.length; k++) this.pushCode(piece.charCodeAt(k), start, end);
  }

  /** The next character starts a line the source marked as a heading of this level. */
  markHeading(level: number): void {
    this.headings.set(this.length, level);
  }

  /** The line being written opened with a Markdown heading marker. */
  onMarkedHeadingLine(): boolean {
    let lineStart = this.length;
    while (lineStart > 0 && this.codes[lineStart - 1] !== NEWLINE) lineStart--;
    return this.headings.has(lineStart);
  }

  /** Ends the line here and remembers that the line after it was glued to this one. */
  breakGluedLine(at: number): void {
    this.pushNewline(at, at);
    if (this.lastCode() === NEWLINE) this.glued.add(this.length);
  }

  lastCode(): number {
    return this.length === 0 ? -1 : (this.codes[this.length - 1] as number);
  }

  /** Whitespace is collapsed: a space after a space or a line break adds nothing, a line break replaces a trailing space. */
  pushSpace(start: number, end: number): void {
    const last = this.lastCode();
    if (last === -1 || last === SPACE || last === NEWLINE) return;
    this.pushCode(SPACE, start, end);
  }

  pushNewline(start: number, end: number): void {
    if (this.lastCode() === SPACE) this.length--;
    if (this.length === 0 || this.lastCode() === NEWLINE) return;
    this.pushCode(NEWLINE, start, end);
  }

  build(source: string): NormalizedText {
    while (this.lastCode() === SPACE || this.lastCode() === NEWLINE) this.length--;
    return {
      source,
      text: UTF16.decode(this.codes.subarray(0, this.length)),
      sourceStart: this.starts.slice(0, this.length),
      sourceEnd: this.ends.slice(0, this.length),
      markedHeadings: this.headings,
      gluedLines: this.glued,
    };
  }
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  const name = body.toLowerCase();
  return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
}

/** The third character of "â€…" for each punctuation mark UTF-8 writes as E2 80 xx. */
const MOJIBAKE_PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['\u2122', '\u2019'],
  ['\u02dc', '\u2018'],
  ['\u0153', '\u201c'],
  ['\u009d', '\u201d'],
  ['\u201c', '\u2013'],
  ['\u201d', '\u2014'],
  ['\u00a2', '\u2022'],
  ['\u00a6', '\u2026'],
]);

/** The same punctuation encoded twice ("DOITTÃ¢â‚¬â„¢s"): "â€" read again as Windows-1252, then the third character's own bytes so read. */
const DOUBLE_MOJIBAKE_PREFIX = '\u00c3\u00a2\u00e2\u201a\u00ac';
/** Windows-1252's characters for bytes 0x80-0x9F (the rest read as Latin-1; its five holes stay as they are). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const readAsWindows1252 = (text: string): string =>
  [...new TextEncoder().encode(text)]
    .map((byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte)))
    .join('');
const DOUBLE_MOJIBAKE_PUNCTUATION: readonly (readonly [string, string])[] = [...MOJIBAKE_PUNCTUATION].map(
  ([third, meant]) => [readAsWindows1252(third), meant] as const,
);

const isWordCodeAt = (source: string, i: number): boolean => /[\p{L}\p{N}]/u.test(source[i] ?? '');
function isEmphasisAsterisk(source: string, i: number, lastOut: number): boolean {
  const next = source.charCodeAt(i + 1);
  const opensLine = (lastOut === -1 || lastOut === NEWLINE) && isWordCodeAt(source, i + 1);
  const closesLine = (Number.isNaN(next) || next === NEWLINE || next === 13) && /[\p{L}\p{N}?:.!)]/u.test(source[i - 1] ?? '');
  return opensLine || closesLine;
}

/** Punctuation Markdown lets a backslash escape ("C\+\+", "\*nix", "Node\.js"). */
const MARKDOWN_ESCAPED: ReadonlySet<string> = new Set([...'+-*_#.!()[]{}`|~']);

/** The longest span a pair of emphasis asterisks encloses within a line. */
const EMPHASIS_REACH = 120;
/**
 * Where the asterisk closing an emphasis opened at `i` stands ("… *Social media strategy:* Help"), or -1: the opening one
 * follows a space and precedes a word, the closing one follows a non-space and precedes no word, on the same line, with
 * no asterisk between. Marks after names ("Python*, SQL*") open nothing.
 */
function emphasisPairEnd(source: string, i: number): number {
  const before = source.charCodeAt(i - 1);
  if (!(before === SPACE || before === 9) || !isWordCodeAt(source, i + 1)) return -1;
  for (let j = i + 2; j < source.length && j <= i + EMPHASIS_REACH; j++) {
    const c = source.charCodeAt(j);
    if (c === NEWLINE || c === 13) return -1;
    if (c === 42) return source.charCodeAt(j - 1) !== SPACE && !isWordCodeAt(source, j + 1) ? j : -1;
  }
  return -1;
}

/** A web address or a site path at `i` ends where whitespace or markup does; -1 when none starts there. */
function linkEnd(source: string, i: number, previous: number): number {
  const code = source.charCodeAt(i);
  const wordStart = previous === -1 || previous === SPACE || previous === NEWLINE || previous === 40 || previous === 60;
  if (!wordStart) return -1;
  const starts =
    (code === 104 /* h */ &&
      (source.startsWith('http://', i) ||
        source.startsWith('https://', i) ||
        source.startsWith('http:\\/\\/', i) ||
        source.startsWith('https:\\/\\/', i))) ||
    (code === 119 /* w */ && source.startsWith('www.', i)) ||
    (code === 109 /* m */ && source.startsWith('mailto:', i)) ||
    // "/handbook/people-group/": a site path, two slashes or more, standing as a word.
    (code === 47 /* / */ && /^\/[\w.-]+\/\S/.test(source.slice(i, i + 64)));
  if (!starts) return -1;
  let end = i + 1;
  while (end < source.length && !/[\s<>"]/.test(source[end] as string)) end++;
  // A sentence's own punctuation after the address is kept.
  while (end > i + 1 && /[.,;:!?)\]]/.test(source[end - 1] as string)) end--;
  return end;
}

/** A link target is short; bounding the look for its ")" keeps a line of "](" linear. */
const LINK_TARGET_CHARS = 300;
/** Where the target "(…)" of a Markdown link, opening at `open`, ends; -1 when no ")" closes it soon. */
function linkTargetEnd(source: string, open: number): number {
  const limit = Math.min(source.length, open + LINK_TARGET_CHARS);
  for (let end = open + 1; end < limit; end++) {
    const c = source[end] as string;
    if (c === ')') return end + 1;
    if (/[\s<>"]/.test(c)) return -1;
  }
  return -1;
}

const TAG_AT = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,500}>/;
const LETTER_START = /\p{L}/u;
const ENTITY_AT = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/;

/** A line looked back at for a list marker is short; longer lines are paragraphs. */
const WRAPPED_LINE_CHARS = 200;
const LIST_ITEM_LINE = /^[ \t]*(?:[-*+\u2022]|\d{1,2}[.)]|[a-zA-Z][.)]|[ivx]{1,4}[.)])[ \t]+\S/;
const INDENTED_CONTINUATION = /^[ \t]{2,}[\p{L}(]/u;

/**
 * Whether the line break at `at` only wraps a Markdown list item: the line before opens an item (or is
 * itself a wrapped continuation), does not end a sentence, and the next line is indented text, not a
 * new item.
 */
function continuesListItem(source: string, at: number): boolean {
  const next = source.slice(at + 1, at + 12);
  if (!INDENTED_CONTINUATION.test(next) || LIST_ITEM_LINE.test(next)) return false;
  const line = lineBefore(source, at);
  if (line === undefined || ENDS_A_SENTENCE.test(line)) return false;
  return LIST_ITEM_LINE.test(line) || INDENTED_CONTINUATION.test(line);
}

/** A line that ends a sentence or leads into a list ("…:") wraps nothing after it. */
const ENDS_A_SENTENCE = /[.:;!?]\s*$/;

/** The line that the break at `at` ends; undefined when it runs longer than WRAPPED_LINE_CHARS (the look back is bounded). */
function lineBefore(source: string, at: number): string | undefined {
  const window = source.slice(Math.max(0, at - WRAPPED_LINE_CHARS - 1), at);
  const newline = window.lastIndexOf('\n');
  if (newline === -1 && at > WRAPPED_LINE_CHARS) return undefined;
  return window.slice(newline + 1);
}

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/** A hard-wrapped paragraph's lines are this long at least (a source wrapped at 72 or 80 columns); a list's lines seldom are. */
const MIN_WRAPPED_PARAGRAPH_LINE = 60;
const PARAGRAPH_CONTINUATION = /^[ \t]*\p{Ll}/u;

/**
 * Whether the line break at `at` only wraps a paragraph ("… You should⏎already have some experience working with Linux"):
 * a long line that does not end a sentence or lead into a list, followed by a line that goes on in lower case.
 */
function continuesParagraph(source: string, at: number): boolean {
  const next = source.slice(at + 1, at + 40);
  if (!PARAGRAPH_CONTINUATION.test(next) || LIST_ITEM_LINE.test(next) || LABEL_LINE.test(next)) return false;
  const line = lineBefore(source, at);
  // A list item goes on only indented (`continuesListItem`); a paragraph's line is no item of a list.
  return (
    line !== undefined && line.trimEnd().length >= MIN_WRAPPED_PARAGRAPH_LINE && !ENDS_A_SENTENCE.test(line) && !LIST_ITEM_LINE.test(line)
  );
}
/** "job_requirements:", "location: remote": a line that opens with a label is a field of its own. */
const LABEL_LINE = /^[ \t]*[\p{L}_][\p{L}\p{N}_ -]{0,30}:/u;

/**
 * A capital that opens a word glued to a lower-case word of four or more letters ("skillsBeing").
 * Most names written that way start with a capital or a short part ("JavaScript", "iPhone");
 * `isName` keeps the others whole ("dynaTrace").
 */
function startsGluedItem(source: string, at: number, isName: (word: string) => boolean): boolean {
  if (!isLowerAscii(source.charCodeAt(at + 1)) || !isLowerAscii(source.charCodeAt(at + 2))) return false;
  let k = at - 1;
  while (k >= 0 && isLowerAscii(source.charCodeAt(k))) k--;
  if (at - 1 - k < 4) return false;
  let end = at + 3;
  while (end < source.length && /[A-Za-z]/.test(source[end] as string)) end++;
  if (k < 0 || /[\s,;(]/.test(source[k] as string)) return !isName(source.slice(k + 1, end));
  if (!isUpperAscii(source.charCodeAt(k))) return false;
  // A name glued to the next item ("SolidWorksStrong product affinity"); an unknown brand ("BrightEdge") stays whole.
  let wordStart = k;
  while (wordStart > 0 && /[A-Za-z]/.test(source[wordStart - 1] as string)) wordStart--;
  if (wordStart > 0 && !/[\s,;(/]/.test(source[wordStart - 1] as string)) return false;
  // A short tail stays part of the name it ends ("DrupalCon").
  return end - at >= 4 && !isName(source.slice(wordStart, end)) && isName(source.slice(wordStart, at));
}
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;

/** A capital that opens a word right after a colon glued to a lower-case word ("following:Respond"); a time or a drive letter has none. */
const followsGluedColon = (source: string, at: number): boolean =>
  source.charCodeAt(at - 1) === 58 && isLowerAscii(source.charCodeAt(at - 2)) && isLowerAscii(source.charCodeAt(at + 1));

/** Where a run of hashes that ends its line (trailing spaces aside) stops, or 0 when the hashes go on to other text. */
function closesHeadingLine(source: string, at: number): number {
  let j = at;
  while (source.charCodeAt(j) === HASH) j++;
  let k = j;
  while (source.charCodeAt(k) === SPACE || source.charCodeAt(k) === 9) k++;
  return k === source.length || source.charCodeAt(k) === NEWLINE || source.charCodeAt(k) === 13 ? j : 0;
}

/** A capitalised word glued to a closing bracket ("(stereo & compound)Understanding of …"): the next item. */
const followsGluedBracket = (source: string, at: number): boolean =>
  source.charCodeAt(at - 1) === 41 && isLowerAscii(source.charCodeAt(at - 2)) && isLowerAscii(source.charCodeAt(at + 1));

/** "…skills required.-Highly organized": a dash bullet glued to the full stop before it opened the next line. */
const opensGluedDashBullet = (source: string, at: number): boolean =>
  source.charCodeAt(at - 1) === 46 &&
  isLowerAscii(source.charCodeAt(at - 2)) &&
  isUpperAscii(source.charCodeAt(at + 1)) &&
  isLowerAscii(source.charCodeAt(at + 2));

/** A level in brackets glued to the word before it and followed by a space: written at the start of the next line. */
const GLUED_LEVEL_NOTE = /^\((?:preferred|required|desired|desirable|optional|mandatory|essential|a plus|nice to have)\) /i;
const opensGluedLevelNote = (source: string, at: number): boolean =>
  isLowerAscii(source.charCodeAt(at - 1)) && GLUED_LEVEL_NOTE.test(source.slice(at, at + 16));

/** A capital glued to the full stop of a lower-case word ("from guests.Make beds"): list items whose markup was stripped. */
function followsGluedFullStop(source: string, at: number): boolean {
  if (source.charCodeAt(at - 1) !== 46 || !isLowerAscii(source.charCodeAt(at + 1))) return false;
  let k = at - 2;
  while (k >= 0 && isLowerAscii(source.charCodeAt(k))) k--;
  return at - 2 - k >= 3 && (k < 0 || !/[A-Za-z.]/.test(source[k] as string));
}

/**
 * Normalises a posting or résumé: Unicode compatibility forms, quotes, dashes, bullets, HTML tags
 * and entities, JSON-escaped slashes and quotes, invisible characters and runs of whitespace.
 * Linear in the input.
 */
export function normalizeText(source: string, isName: (word: string) => boolean = () => false): NormalizedText {
  const out = new Builder(source.length + 16);
  const looksLikeHtml = /<\/?(p|br|li|ul|div|strong|b|h[1-6]|span|em)\b/i.test(source);
  let i = 0;
  let emphasisCloseAt = -1;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    // A list item's text wrapped onto an indented line ("-   Report on Key Performance\n    Indicators") goes on.
    if (code === NEWLINE && (continuesListItem(source, i) || continuesParagraph(source, i))) {
      out.pushSpace(i, i + 1);
      i += 1;
      continue;
    }
    // A Markdown heading marker ("## Requirements") says only "this line is a heading": the line break before it says that too.
    if (code === HASH && (out.lastCode() === -1 || out.lastCode() === NEWLINE)) {
      let j = i;
      while (j < source.length && j - i < 6 && source.charCodeAt(j) === HASH) j++;
      if (source.charCodeAt(j) === SPACE) {
        out.markHeading(j - i);
        i = j + 1;
        continue;
      }
      // "###Responsibilities": a marker written without its space, never a lone "#" ("#hashtag", "#1 priority").
      if (j - i >= 2 && LETTER_START.test(source[j] ?? '')) {
        out.markHeading(j - i);
        i = j;
        continue;
      }
    }
    // A heading's closing hashes ("### Duties ###", "### Duties###") are no text, spaced or not.
    if (code === HASH && out.lastCode() !== NEWLINE) {
      const end = closesHeadingLine(source, i);
      if (end > i && out.onMarkedHeadingLine()) {
        out.pushSpace(i, end);
        i = end;
        continue;
      }
    }
    // UTF-8 punctuation read as Windows-1252 ("Driverâ€™s License"): the three characters are the one meant.
    if (code === 0xe2 && source.charCodeAt(i + 1) === 0x20ac) {
      const meant = MOJIBAKE_PUNCTUATION.get(source[i + 2] ?? '');
      if (meant) {
        pushChar(out, meant, i, i + 3);
        i += 3;
        continue;
      }
    }
    if (code === 0xc3 && source.startsWith(DOUBLE_MOJIBAKE_PREFIX, i)) {
      const after = i + DOUBLE_MOJIBAKE_PREFIX.length;
      const double = DOUBLE_MOJIBAKE_PUNCTUATION.find(([written]) => source.startsWith(written, after));
      if (double) {
        pushChar(out, double[1], i, after + double[0].length);
        i = after + double[0].length;
        continue;
      }
    }
    // Markdown strong emphasis ("## **Requirements**", "**Nice to have:**", "__Team__-building") is no text: the heading
    // mark stays on its words.
    if ((code === 42 || code === 95) && source.charCodeAt(i + 1) === code) {
      let j = i + 2;
      while (source.charCodeAt(j) === code) j++;
      out.pushSpace(i, j);
      i = j;
      continue;
    }
    // Markdown emphasis in single asterisks ("*What are we looking for?*"): opening a line before a word, or
    // closing one after a word, the asterisk is no text; "* Excel" stays a bullet.
    if (code === 42 && (i === emphasisCloseAt || isEmphasisAsterisk(source, i, out.lastCode()))) {
      out.pushSpace(i, i + 1);
      i += 1;
      continue;
    }
    // A Markdown list's "+" bullet ("+ Bonus points for") is a bullet like "-" and "*".
    if (
      code === 43 &&
      (out.lastCode() === -1 || out.lastCode() === NEWLINE) &&
      (source.charCodeAt(i + 1) === SPACE || source.charCodeAt(i + 1) === 9)
    ) {
      out.push('-', i, i + 1);
      i += 1;
      continue;
    }
    // Markdown code marks ("familiar with `R`", "```python```") are no text; between letters a backtick is an apostrophe ("don`t").
    if (code === BACKTICK) {
      if (isWordCodeAt(source, i - 1) && isWordCodeAt(source, i + 1)) out.push("'", i, i + 1);
      else out.pushSpace(i, i + 1);
      i += 1;
      continue;
    }
    // A pair within a line ("* *Social media strategy:* Help …"): both asterisks are no text.
    if (code === 42) {
      const close = emphasisPairEnd(source, i);
      if (close !== -1) {
        emphasisCloseAt = close;
        out.pushSpace(i, i + 1);
        i += 1;
        continue;
      }
    }
    // Square brackets frame Markdown link words ("Join [Acme's](…) team") and tags ("[m/f/d]"): the words stay, the brackets go.
    if (code === 91 || code === 93) {
      if (code === 93 && source.charCodeAt(i + 1) === 40) {
        const end = linkTargetEnd(source, i + 1);
        if (end > i + 1) {
          out.pushSpace(i, end);
          i = end;
          continue;
        }
      }
      out.pushSpace(i, i + 1);
      i += 1;
      continue;
    }
    // Web addresses and site paths name no skill ("…/wiki/DataOps", "process.html"): they read as a space.
    if (code === 104 || code === 119 || code === 47 || code === 109) {
      const end = linkEnd(source, i, out.lastCode());
      if (end > i) {
        out.pushSpace(i, end);
        i = end;
        continue;
      }
    }
    // List items whose markup was stripped run together ("writing skillsBeing comfortable with clientsGood computer skills").
    // A lead-in glued to what it opens ("you must have the following:Respond promptly", "Job Description:We are") ends its line.
    if (
      code >= 65 &&
      code <= 90 &&
      (startsGluedItem(source, i, isName) ||
        followsGluedColon(source, i) ||
        followsGluedFullStop(source, i) ||
        followsGluedBracket(source, i))
    )
      out.breakGluedLine(i);
    if (code === 45 && opensGluedDashBullet(source, i)) {
      out.breakGluedLine(i);
      i += 1;
      continue;
    }
    // "…ecological terminology(preferred) Familiarity with …": a level in brackets glued to a word opened the next line.
    if (code === 40 && opensGluedLevelNote(source, i)) out.breakGluedLine(i);
    // Printable ASCII other than the three characters that may start an escape, a tag or an entity.
    if (code > 32 && code < 127 && code !== 92 && code !== 60 && code !== 38) {
      out.pushCode(code, i, i + 1);
      i += 1;
      continue;
    }
    if (code === SPACE) {
      out.pushSpace(i, i + 1);
      i += 1;
      continue;
    }
    const ch = source[i] as string;

    if (ch === '\\' && i + 1 < source.length) {
      const next = source[i + 1];
      // JSON's escaped slash and quotes ("SPSS\/R"), and Markdown's escaped punctuation ("C\+\+", "\#1"): the character itself.
      if (next === '/' || next === '"' || next === "'" || MARKDOWN_ESCAPED.has(next as string)) {
        out.push(next as string, i, i + 2);
        i += 2;
        continue;
      }
      // A Markdown hard line break ("Required:**\\" then a newline): the backslash only ends the line.
      if (next === '\n' || (next === '\r' && source[i + 2] === '\n')) {
        i += 1;
        continue;
      }
      if (next === 'n' && (i + 2 >= source.length || /[A-Z\s•-]/.test(source[i + 2] as string))) {
        out.pushNewline(i, i + 2);
        i += 2;
        continue;
      }
    }
    if (ch === '<' && looksLikeHtml) {
      const tag = TAG_AT.exec(source.slice(i, i + 520));
      if (tag) {
        const name = (tag[1] as string).toLowerCase();
        const end = i + tag[0].length;
        if (name === 'li') {
          out.pushNewline(i, end);
          if (!tag[0].startsWith('</')) out.push(BULLET + ' ', i, end);
        } else if (BLOCK_TAGS.has(name)) out.pushNewline(i, end);
        else out.pushSpace(i, end);
        i = end;
        continue;
      }
    }
    if (ch === '&') {
      const entity = ENTITY_AT.exec(source.slice(i, i + 12));
      const decoded = entity ? decodeEntity(entity[1] as string) : undefined;
      if (entity && decoded !== undefined) {
        const end = i + entity[0].length;
        pushChar(out, decoded, i, end);
        i = end;
        continue;
      }
    }
    // Surrogate pairs travel together; a lone surrogate is dropped.
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = source.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        pushChar(out, source.slice(i, i + 2), i, i + 2);
        i += 2;
      } else i += 1;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      i += 1;
      continue;
    }
    if (ch === '\r') {
      out.pushNewline(i, source[i + 1] === '\n' ? i + 2 : i + 1);
      i += source[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    pushChar(out, ch, i, i + 1);
    i += 1;
  }
  return out.build(source);
}

function pushChar(out: Builder, ch: string, start: number, end: number): void {
  const first = ch.charCodeAt(0);
  if (first > 32 && first < 127 && ch.length === 1) return out.pushCode(first, start, end);
  if (ch === ' ') return out.pushSpace(start, end);
  if (ch === '\n' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085') return out.pushNewline(start, end);
  if (SPACE_LIKE.test(ch)) return out.pushSpace(start, end);
  if (INVISIBLE.test(ch)) return;
  // A lone C1 control is a Windows-1252 byte read as Latin-1 ("\u0095Clear communication skills"): the bullet, dash or quote meant.
  if (first >= 0x80 && first <= 0x9f) {
    const meant = WINDOWS_1252_HIGH[first - 0x80] as string;
    if (meant !== ch) return pushChar(out, meant, start, end);
  }
  if (ch === '\u0000' || (ch < ' ' && ch !== '\n')) return out.pushSpace(start, end);
  if (BULLET_CHARS.has(ch)) {
    out.pushNewline(start, end);
    out.push(BULLET, start, end);
    return;
  }
  if (DASH_CHARS.test(ch)) return out.push('-', start, end);
  if (SINGLE_QUOTES.test(ch)) return out.push("'", start, end);
  if (DOUBLE_QUOTES.test(ch)) return out.push('"', start, end);
  const code = ch.codePointAt(0) ?? 0;
  const compat = code < 0x80 ? ch : ch.normalize('NFKC');
  out.push(compat, start, end);
}

/** Maps a span of the normalised text back to the submitted string. */
export function toSourceSpan(doc: NormalizedText, start: number, end: number): Span {
  if (end <= start) {
    const at = start < doc.sourceStart.length ? (doc.sourceStart[start] as number) : doc.source.length;
    return { start: at, end: at };
  }
  return { start: doc.sourceStart[start] as number, end: doc.sourceEnd[end - 1] as number };
}
