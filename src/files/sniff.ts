import { DOCX, HTML, PDF, PLAIN } from './media-types.js';

/** What the first bytes of a file say it is. */
export type Sniffed = typeof PDF | typeof DOCX | typeof PLAIN | typeof HTML | 'zip' | 'ole' | 'image' | 'binary';

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An OLE compound file holding an "EncryptedPackage" stream is a password-protected Office file. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return asBuffer(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

export function sniff(bytes: Uint8Array): Sniffed {
  const buffer = asBuffer(bytes);
  // The PDF header may follow up to 1 KB of junk (PDF 32000-1, Annex H).
  if (buffer.subarray(0, 1024).includes('%PDF-')) return PDF;
  if (startsWith(bytes, ZIP)) return buffer.includes('word/document') ? DOCX : 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return 'image';
  const head = buffer.subarray(0, 8192);
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) return 'binary';
  return HTML_START.test(head.toString('latin1', 0, 512)) ? HTML : PLAIN;
}
