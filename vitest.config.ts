import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // A stray .only must fail the run, locally and in CI.
    allowOnly: false,
    testTimeout: 30_000,
    pool: 'forks',
    // Command tests run tip in-process (oclif's test entry), which captures what oclif writes
    // with console.log: vitest must not take it first.
    disableConsoleIntercept: true,
    globalSetup: ['tests/global-setup.ts'],
  },
});
