/**
 * What an installed tipkit carries: no script runs when it is installed (npm warns of one
 * on every global install), and every folder the README links to is in the package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  files: string[];
  scripts: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
};

describe('the package', () => {
  it('runs no lifecycle script on install, and builds before it is packed', () => {
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[script], script).toBeUndefined();
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
  });

  it('carries its licence and every folder the README links to', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const linked = new Set(
      [...readme.matchAll(/\]\((?!https?:|#)([^)/#]+)\/?[^)]*\)/g)].map(([, top]) => top as string),
    );
    expect(linked.size).toBeGreaterThan(0);
    for (const top of linked) {
      if (!existsSync(join(ROOT, top)) || top === 'README.md' || top === 'LICENSE') continue;
      expect(pkg.files, `README links to ${top}/`).toContain(top);
    }
  });

  it('points every entry of its exports at a built module with its types', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : [target.default, target.types];
      for (const file of files) expect(existsSync(join(ROOT, file)), `${entry}: ${file}`).toBe(true);
    }
  });
});
