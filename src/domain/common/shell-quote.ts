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
