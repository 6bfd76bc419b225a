import { safeText } from './controls.js';

/** Lines of context around each change, as `diff -u` prints. */
const CONTEXT = 3;

/**
 * A unified diff of two versions of a file whose lines were changed in place, never
 * added or removed (what `tip cite --link` does): each changed line as `-` then `+`.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const old = before.split('\n');
  const now = after.split('\n');
  const changed = old.flatMap((line, i) => (line === now[i] ? [] : [i]));
  if (old.length !== now.length) return wholeDiff(path, old, now);
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
      if (line === now[i]) lines.push(` ${safeText(line)}`);
      else lines.push(`-${safeText(line)}`, `+${safeText(now[i] ?? '')}`);
    }
  }
  return lines.join('\n');
}

/** A file whose line count changed: every line removed and added. */
function wholeDiff(path: string, old: string[], now: string[]): string {
  return [
    `--- a/${safeText(path)}`,
    `+++ b/${safeText(path)}`,
    `@@ -1,${old.length} +1,${now.length} @@`,
    ...old.map((line) => `-${safeText(line)}`),
    ...now.map((line) => `+${safeText(line)}`),
  ].join('\n');
}
