import { safeText } from './controls.js';

// The one Markdown escaping: the export's pages (render/site) and the checklist's Markdown
// both write corpus and user text through these.

/** Backslash-escapes Markdown syntax; `<` and `&` become entities so no HTML gets through. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, /&/g);
}

/**
 * The same escaping, but `&` becomes an entity only where it would start one (`&copy;`,
 * `&#38;`): a bare `&` reads as itself. The checklist's Markdown has always written
 * "Protection & Welfare" so, and keeps it; the site has always written `&amp;`.
 */
export function escapeTextKeepingBareAmpersands(text: string): string {
  return escapeMarkdown(text, /&(?=#?[a-z0-9]+;)/gi);
}

function escapeMarkdown(text: string, ampersand: RegExp): string {
  return safeText(text)
    .replace(/\s+/g, ' ')
    .replace(ampersand, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)\. /, '$1\\. ');
}

/** A code span: a backtick inside would end it, so it is written as a quote. */
export const codeSpan = (text: string): string => `\`${text.replace(/`/g, "'")}\``;
