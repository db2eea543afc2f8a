/** The kinds of file the service reads, by their canonical media type. */
export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PLAIN = 'text/plain';
export const MARKDOWN = 'text/markdown';
export const HTML = 'text/html';
/** Bytes of unknown kind: the content decides. */
export const OCTET_STREAM = 'application/octet-stream';

export type ReadableType = typeof PDF | typeof DOCX | typeof PLAIN | typeof MARKDOWN | typeof HTML;

export const READABLE_TYPES: readonly ReadableType[] = [PDF, DOCX, PLAIN, MARKDOWN, HTML];

const ALIASES: Record<string, string> = {
  'application/x-pdf': PDF,
  'text/x-markdown': MARKDOWN,
  'application/xhtml+xml': HTML,
};

/** "Text/Plain; charset=utf-8" → "text/plain"; aliases to their canonical name. */
export function canonicalType(mediaType: string | undefined): string | undefined {
  const bare = mediaType?.split(';')[0]?.trim().toLowerCase();
  if (!bare) return undefined;
  return ALIASES[bare] ?? bare;
}

const BY_EXTENSION: Record<string, ReadableType> = {
  pdf: PDF,
  docx: DOCX,
  txt: PLAIN,
  text: PLAIN,
  md: MARKDOWN,
  markdown: MARKDOWN,
  html: HTML,
  htm: HTML,
};

/** A media type guessed from a file name's extension (for a CLI or an upload without a type). */
export function typeFromFileName(name: string): ReadableType | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? BY_EXTENSION[ext] : undefined;
}
