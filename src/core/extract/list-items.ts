import type { Item } from './analysed-text.js';

/* Items that a bullet or a number marks as a list's members. */

/** Whether an item opens with a bullet or a number on its own line. */
export function isListItem(text: string, start: number): boolean {
  if (/^[-*\u2022]\s/.test(text.slice(start, start + 2))) return true;
  // Only the few characters before the item can hold its bullet: a bounded look back keeps one long line linear.
  const before = text.slice(Math.max(0, start - LIST_MARK_CHARS), start);
  const newline = before.lastIndexOf('\n');
  if (newline === -1 && start > LIST_MARK_CHARS) return false;
  return /^[ \t]*(?:[-*\u2022\u25AA\u25CF\u2013]|\d{1,2}[.)])[ \t]*$/.test(before.slice(newline + 1));
}
const LIST_MARK_CHARS = 8;
/** Whether an item is marked by a number ("1.", "2)") or a bullet. */
export function listMarkerKind(text: string, item: Item | undefined): 'number' | 'bullet' {
  if (!item) return 'bullet';
  if (/^\d{1,2}[.)]$/.test(text.slice(item.start, item.end).trim())) return 'number';
  const before = text.slice(Math.max(0, item.start - LIST_MARK_CHARS), item.start);
  return /\d{1,2}[.)][ \t]*$/.test(before) ? 'number' : 'bullet';
}
/** A list item, or the bare number a numbered list's item was split from ("1."). */
export const isListItemOrMark = (text: string, item: Item): boolean =>
  isListItem(text, item.start) || /^\d{1,2}[.)]$/.test(text.slice(item.start, item.end).trim());
