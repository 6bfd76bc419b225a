/**
 * Locale-free formatting and ordering. `toLocaleString` and `localeCompare` load ICU
 * data on first use (about 10 ms each at start-up) and vary with the machine's locale;
 * output meant for scripts must not.
 */

/** "1,000,000". */
export function formatCount(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "PKR 1,000,000". */
export function formatPkr(amount: number): string {
  return `PKR ${formatCount(amount)}`;
}

/** Longest stretch of the user's own words a message repeats. */
const MAX_ECHO = 80;

/** What the user typed, in double quotes for a message, shortened so a pasted page cannot flood the terminal. */
export function quoted(text: string): string {
  const chars = [...text.trim()];
  return `"${chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO - 1).join('')}…` : chars.join('')}"`;
}

/** Code-unit order: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Characters a POSIX shell reads literally outside quotes. */
const SAFE = /^[\p{L}\p{N}_\-.,:/@%+=]+$/u;

/**
 * Quotes `text` for a POSIX shell, so a suggestion that echoes the user's words is safe
 * to paste: `$(touch x)` becomes `'$(touch x)'`, never something the shell runs.
 */
export function shellQuote(text: string): string {
  if (SAFE.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Longest input a suggested command repeats; past it the suggestion would be a wall of text. */
const MAX_SUGGESTED = 200;

/** `[before 'text' after]` as one suggested command, or none when the text is too long to be worth pasting. */
export function suggestCommand(before: string, text: string, after = ''): string[] {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SUGGESTED) return [];
  return [`${before} ${shellQuote(trimmed)}${after ? ` ${after}` : ''}`];
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower-case letters and digits only: a key that ignores spacing, punctuation and case ("Act No. III" is "actnoiii"). */
export function compactKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
