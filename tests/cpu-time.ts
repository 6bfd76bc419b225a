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

/**
 * How the CPU cost of `work` grows when its input grows fourfold: its cost on `input(4 * n)`
 * over its cost on `input(n)`, about 4 for work linear in the input and 16 for quadratic. A
 * proof that a cost is not quadratic that takes a fraction of the time of one run on an input
 * large enough to hang, and does not depend on how fast or how busy the machine is: both runs
 * are slowed alike. The inputs are made before any is measured; a run on a quarter of `n`
 * first loads and compiles what the work needs. The cost on `n` is the least of two runs, as a
 * collection or another program may slow one; when the ratio reaches `suspect`, both are
 * measured once more and the least costs taken, so that one slow run of the large input
 * alone does not fail a test.
 */
export async function fourfoldGrowth<T>(
  input: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
  suspect: number,
): Promise<{ ratio: number; small: number; large: number }> {
  const [warm, smallInput, largeInput] = [input(Math.ceil(n / 4)), input(n), input(4 * n)];
  await work(warm);
  const cost = async (of: T) => (await cpuCost(() => work(of))).ms;
  let small = Math.min(await cost(smallInput), await cost(smallInput));
  let large = await cost(largeInput);
  if (large / small >= suspect) {
    small = Math.min(small, await cost(smallInput));
    large = Math.min(large, await cost(largeInput));
  }
  return { ratio: large / small, small, large };
}
