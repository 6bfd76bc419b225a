import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that mock a module: they need a module graph of their own, which a worker that
 * does not isolate files would have filled with the real module already.
 */
const MOCKING = ['tests/domain/cache-scale.test.ts'];
/** Unit tests: what functions, renderers and in-process commands give. */
const UNIT = 'tests/{api,architecture,commands,data,domain,render,ui}/**';
/** End-to-end tests: the CLI's commands as a user runs them. */
const E2E = 'tests/e2e/**';
/**
 * End-to-end files that run in a worker of their own: a 10 MB text cited in a worker that
 * ran other files first took four times the CPU it takes in a fresh one (17 s, not 4).
 */
const E2E_ALONE = ['tests/e2e/cases-cite.test.ts'];

/**
 * The longest files, in seconds on two busy cores (vitest's JSON report): on a first run,
 * with no timings cached, they still start first, so that no long file starts last and
 * leaves one core idle while it ends. A file's cached time, when there is one, comes first.
 */
const LONGEST: Record<string, number> = {
  'tests/e2e/hostile/hostile.test.ts': 39,
  'tests/e2e/import-transaction.test.ts': 21,
  'tests/browser/site.test.ts': 18,
  'tests/e2e/hostile/cache.test.ts': 15,
  'tests/e2e/hostile/cite.test.ts': 10,
  'tests/e2e/cases-cite.test.ts': 10,
  'tests/domain/search-store.test.ts': 9.5,
  'tests/domain/cite/markdown-prose.test.ts': 9.5,
  'tests/e2e/docs-site-recipe.test.ts': 9,
  'tests/e2e/import-shapes.test.ts': 7,
  'tests/e2e/checklist.test.ts': 6.5,
  'tests/e2e/hostile/docs.test.ts': 5,
  'tests/e2e/browse.test.ts': 3.5,
  'tests/domain/cite/lines.test.ts': 2.5,
};

/** vitest's order (a project's files together), longest first by cached time, else by LONGEST. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const seconds = (spec: TestSpecification): number => {
      const file = relative(root, spec.moduleId);
      const cached = this.ctx.cache.getFileTestResults(`${spec.project.name}:${file}`);
      // A file neither cached nor listed is one of the many short ones.
      return cached ? cached.duration / 1000 : (LONGEST[file] ?? 1);
    };
    return [...(await super.sort(files))].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        (a.project.name < b.project.name ? -1 : a.project.name > b.project.name ? 1 : 0) ||
        seconds(b) - seconds(a),
    );
  }
}

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
    sequence: { sequencer: LongestFirst },
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
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [`${E2E}/*.test.{ts,tsx}`],
          exclude: E2E_ALONE,
          // tip in-process (each run with its own environment, folder and cache, put back
          // after it) and processes of its own: loading oclif and tip once per worker rather
          // than once per file saves about 0.7 s of CPU a file, some 20 s in all.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'e2e-alone', include: E2E_ALONE } },
      // Everything else (the browser, and any folder of tests added later) is isolated.
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.{ts,tsx}'], exclude: [UNIT, E2E] } },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
  },
});
