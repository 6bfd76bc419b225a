import { safeText } from './controls.js';

/** Lines of context around each change, as `diff -u` prints. */
const CONTEXT = 3;

/**
 * A unified diff of two versions of a file whose lines were changed in place, never
 * added or removed (what `tip cite --link` does): each changed line as `-` then `+`.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const old = linesOf(before);
  const now = linesOf(after);
  const changed = old.flatMap((line, i) => (line === now[i] ? [] : [i]));
  if (old.length !== now.length) return wholeDiff(path, before, after);
  if (changed.length === 0) return '';
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const [from, to] = [Math.max(0, i - CONTEXT), Math.min(old.length, i + CONTEXT + 1)];
    const previous = hunks.at(-1);
    if (previous && from <= previous[1]) previous[1] = to;
    else hunks.push([from, to]);
  }
  const lines = [`--- a/${safeText(path)}`, `+++ b/${safeText(path)}`];
  for (const [from, to] of hunks) {
    lines.push(`@@ -${from + 1},${to - from} +${from + 1},${to - from} @@`);
    for (let i = from; i < to; i++) {
      const line = old[i] ?? '';
      if (line === now[i]) lines.push(` ${safeText(line)}`, ...noNewline(before, i, old.length));
      else {
        lines.push(`-${safeText(line)}`, ...noNewline(before, i, old.length));
        lines.push(`+${safeText(now[i] ?? '')}`, ...noNewline(after, i, now.length));
      }
    }
  }
  return lines.join('\n');
}

/** A file whose line count changed: every line removed and added. */
function wholeDiff(path: string, before: string, after: string): string {
  const [old, now] = [linesOf(before), linesOf(after)];
  return [
    `--- a/${safeText(path)}`,
    `+++ b/${safeText(path)}`,
    // A side with no lines starts at line 0, as diff writes it.
    `@@ -${old.length === 0 ? 0 : 1},${old.length} +${now.length === 0 ? 0 : 1},${now.length} @@`,
    ...old.flatMap((line, i) => [`-${safeText(line)}`, ...noNewline(before, i, old.length)]),
    ...now.flatMap((line, i) => [`+${safeText(line)}`, ...noNewline(after, i, now.length)]),
  ].join('\n');
}

/** A text's lines: a final line break ends the last line, it does not start another. */
function linesOf(text: string): string[] {
  // An empty text has no lines, not one empty line.
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** The marker `diff` prints after a last line that has no line break, so `patch` keeps it so. */
function noNewline(text: string, index: number, count: number): string[] {
  return index === count - 1 && text !== '' && !text.endsWith('\n') ? ['\\ No newline at end of file'] : [];
}
