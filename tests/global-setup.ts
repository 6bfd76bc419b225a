import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder the tests make (tempDir(), the CLI's private caches, user
 * folders of the hostile suite) goes inside one folder per run, removed at the end, so
 * runs leave nothing behind in the system's temp folder.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'tipkit-tests-'));
  process.env.TMPDIR = root;
  // In-process commands get an empty library of imported texts, never the user's own.
  process.env.TIPKIT_LIBRARY = join(root, 'library');
  return () => rmSync(root, { recursive: true, force: true });
}
