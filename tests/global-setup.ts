import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder the tests make (tempDir(), the CLI's private caches, user
 * folders of the hostile suite) goes inside one folder per run, removed at the end, so
 * runs leave nothing behind in the system's temp folder.
 */
export default function setup(): () => void {
  // vitest runs this for the run and again for each project, in the same process: one folder
  // serves them all, since one inside another would lengthen every path the tests see
  // (terminal lines cut short, socket paths beyond their limit).
  if (process.env.TIPKIT_TEST_ROOT) return () => undefined;
  const root = mkdtempSync(join(tmpdir(), 'tipkit-tests-'));
  process.env.TIPKIT_TEST_ROOT = root;
  process.env.TMPDIR = root;
  // In-process commands get an empty library of imported texts, never the user's own.
  process.env.TIPKIT_LIBRARY = join(root, 'library');
  return () => rmSync(root, { recursive: true, force: true });
}
