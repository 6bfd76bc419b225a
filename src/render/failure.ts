/** "Error: …" and its suggestions, one per line, never wrapped (a wrapped path cannot be copied). */
export function renderFailure(failure: { message: string; suggestions: readonly string[] }): string {
  const tips = failure.suggestions.map((s) => `  * ${s}\n`).join('');
  return `Error: ${failure.message}\n${tips ? `Try this:\n${tips}` : ''}`;
}
