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
