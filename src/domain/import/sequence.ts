/**
 * Which numbered lines are sections: the printed numbers of an Act go up (1, 2, 3, 3A,
 * 4 …), so of all the lines that look like section starts, the reader keeps the chain
 * that goes up with the strongest shapes and the fewest gaps. A footnote "1.", a
 * cross-reference that OCR put at a line's start, a section number quoted by an amending
 * Act break the chain and are read as text. Each start looks back over a bounded window,
 * so the cost is linear in the text.
 */

export interface NumberedStart {
  /** The line it is on: two readings of one line never both join the chain. */
  line: number;
  number: string;
  /** How strongly the start's shape marks a section (1 bare to 3 with its dash). */
  weight: number;
}

/** How far back a start looks for the one before it. */
const WINDOW = 60;
/** The cost of each number skipped: omitted sections are often not printed, but rarely many. */
const GAP_COST = 0.4;
const MAX_GAP_COST = 6;

/** "12" → 12000, "12A" → 12001, "12AB" → 12028: the order numbers are printed in. */
export function numberKey(number: string): number {
  const [, digits = '0', letters = ''] = /^(\d+)([A-Z]*)$/.exec(number) ?? [];
  let suffix = 0;
  for (const letter of letters) suffix = suffix * 27 + (letter.charCodeAt(0) - 64);
  return Number(digits) * 1000 + suffix;
}

/**
 * The indices of `starts` that make the best rising chain. `listed` holds the numbers a
 * CONTENTS list gives: a number it lists costs nothing to reach, and counts for more.
 */
export function risingChain(starts: readonly NumberedStart[], listed: ReadonlySet<string> = new Set()): number[] {
  const keys = starts.map((s) => numberKey(s.number));
  const value = starts.map((s) => s.weight + (listed.has(s.number) ? 1 : 0));
  const best: number[] = [];
  const before: number[] = [];
  starts.forEach((start, i) => {
    const key = keys[i] as number;
    best[i] = (value[i] as number) - gapCost(0, key, listed.has(start.number));
    before[i] = -1;
    for (let j = Math.max(0, i - WINDOW); j < i; j++) {
      const previous = keys[j] as number;
      if (previous >= key || (starts[j]?.line ?? 0) >= start.line) continue;
      const score = (best[j] as number) + (value[i] as number) - gapCost(previous, key, listed.has(start.number));
      if (score > (best[i] as number)) {
        best[i] = score;
        before[i] = j;
      }
    }
  });
  let end = -1;
  best.forEach((score, i) => {
    if (end < 0 || score > (best[end] as number)) end = i;
  });
  const chain: number[] = [];
  for (let i = end; i >= 0; i = before[i] as number) chain.unshift(i);
  return chain;
}

/** What reaching `key` from `previous` costs: nothing for the next number or a lettered one, more per number skipped. */
function gapCost(previous: number, key: number, listed: boolean): number {
  if (listed) return 0;
  const skipped = Math.floor(key / 1000) - Math.floor(previous / 1000) - 1;
  return skipped <= 0 ? 0 : Math.min(MAX_GAP_COST, GAP_COST * skipped);
}
