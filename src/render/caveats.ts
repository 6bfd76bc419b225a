/**
 * Caveats as each format prints them. The words are the domain's (Caveat.text, built in
 * corpus/caveats.ts); a format only decides how they stand on the page.
 */
import type { Caveat } from '../domain/corpus/caveats.js';
import { escapeTextKeepingBareAmpersands } from './markdown-escape.js';
import { hang, type Style } from './style.js';

/** The sign a caveat stands behind on a page or screen that can show it. */
const CAVEAT_MARK = '⚠';

/** Terminal: a "! " line per caveat, hanging under `indent`, in the warning colour. */
export function caveatLines(caveats: readonly Caveat[], style: Style, indent: string): string[] {
  return caveats.map((c) => style.paint.yellow(hang(`${indent}! `, c.text, style.width, indent.length + 2)));
}

/** Markdown: a "⚠" list item per caveat, nested under `indent`, its words escaped as the checklist's are. */
export function caveatMarkdown(caveats: readonly Caveat[], indent: string): string[] {
  return caveats.map((c) => `${indent}- ${CAVEAT_MARK} ${escapeTextKeepingBareAmpersands(c.text)}`);
}

/** One cell of a table (CSV, an HTML or Markdown table): every caveat, in order. */
export function caveatCell(caveats: readonly Caveat[]): string {
  return caveats.map((c) => c.text).join(' ');
}

/** A line of a page or of the interactive views: the mark and the words. */
export function caveatLine(caveat: Caveat): string {
  return `${CAVEAT_MARK} ${caveat.text}`;
}
