/**
 * What `work` gives, and the CPU time in milliseconds this process spent on it: the measure
 * for a test that proves a cost is bounded. Unlike the time on the clock it does not grow
 * when other programs share the machine, so a busy machine does not fail the test; limits
 * are still set several times above the cost, and far below what an unbounded cost takes.
 */
export async function cpuCost<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const before = process.cpuUsage();
  const value = await work();
  const { user, system } = process.cpuUsage(before);
  return { value, ms: (user + system) / 1000 };
}
