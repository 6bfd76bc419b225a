import { safeText } from './controls.js';

/** "Error: …" and its suggestions, one per line, never wrapped (a wrapped path cannot be copied), with no control characters from the input. */
export function renderFailure(failure: { message: string; suggestions: readonly string[] }): string {
  const tips = failure.suggestions.map((s) => `  * ${safeText(s)}\n`).join('');
  return `Error: ${safeText(failure.message)}\n${tips ? `Try this:\n${tips}` : ''}`;
}
