/**
 * Locale-free formatting and ordering. `toLocaleString` and `localeCompare` load ICU
 * data on first use (about 10 ms each at start-up) and vary with the machine's locale;
 * output meant for scripts must not.
 */

/** "PKR 1,000,000". */
export function formatPkr(amount: number): string {
  return `PKR ${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** Code-unit order: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
