/** Index of the last element of sorted `values` that is at most `value`, or -1. */
export function lastAtOrBefore(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
