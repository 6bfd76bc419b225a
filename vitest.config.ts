import { defineConfig } from 'vitest/config';

/**
 * Files that mock a module: they need a module graph of their own, which a worker that
 * does not isolate files would have filled with the real module already.
 */
const MOCKING = ['tests/domain/cache-scale.test.ts'];
/** Unit tests: what functions, renderers and in-process commands give. */
const UNIT = 'tests/{api,architecture,commands,data,domain,render,ui}/**';

export default defineConfig({
  test: {
    // A stray .only must fail the run, locally and in CI.
    allowOnly: false,
    // Limits against a hang, not measures of speed: the slowest test takes about 8 s alone on
    // two cores, and CI machines are often busy, so the limits are over ten times that.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default leaves one of two cores to itself, which is idle while tests run; the
    // processes the end-to-end tests start share both cores with the workers.
    maxWorkers: 2,
    // Command tests run tip in-process (oclif's test entry), which captures what oclif writes
    // with console.log: vitest must not take it first.
    disableConsoleIntercept: true,
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [`${UNIT}/*.test.{ts,tsx}`],
          exclude: MOCKING,
          // Functions, renderers and in-process commands: loading tip's modules once per
          // worker rather than once per file saves about a third of these files' CPU time.
          isolate: false,
        },
      },
      // Everything else (end-to-end, browser, and any folder of tests added later) is isolated.
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.{ts,tsx}'], exclude: [UNIT] } },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
  },
});
