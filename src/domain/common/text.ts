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
