import type { SearchDocument, SearchField } from './documents.js';

/** A short excerpt with the [start, end) offsets of matched words inside it. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

/** Match positions per field, as lunr reports them: [start, length]. */
export type FieldPositions = Partial<Record<SearchField, [number, number][]>>;

const SNIPPET_FIELDS: SearchField[] = ['summary', 'body', 'keywords', 'heading', 'text'];
/** Longest excerpt, in characters, before ellipses. */
const SNIPPET_LENGTH = 180;
/** Context kept before the first match. */
const LEAD = 50;

/** Cuts an excerpt around the first match in the most readable field that has one. */
export function makeSnippet(doc: SearchDocument, positions: FieldPositions): Snippet {
  const field = SNIPPET_FIELDS.find((name) => (positions[name]?.length ?? 0) > 0) ?? 'summary';
  // One character for one character, so lunr's offsets stay valid.
  const text = doc[field].replace(/\s/g, ' ');
  const spans = (positions[field] ?? [])
    .map(([start, length]): [number, number] => [start, start + length])
    .sort((a, b) => a[0] - b[0]);
  const first = spans[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD);
  if (start > 0) start = text.lastIndexOf(' ', start) + 1;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length && text.lastIndexOf(' ', end) > first) end = text.lastIndexOf(' ', end);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const highlights = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}
