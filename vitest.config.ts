import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // A stray .only must fail the run, locally and in CI.
    allowOnly: false,
    // Limits against a hang, not measures of speed: the slowest test takes about 8 s alone on
    // two cores, and CI machines are often busy, so the limits are over ten times that.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Command tests run tip in-process (oclif's test entry), which captures what oclif writes
    // with console.log: vitest must not take it first.
    disableConsoleIntercept: true,
    globalSetup: ['tests/global-setup.ts'],
  },
});
