import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';
import { fastParse } from '../../src/domain/corpus/located.js';

/** Every YAML file of the repository's corpora and fixtures. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));
}

describe('the fast YAML path reads what the position-aware parser reads', () => {
  const files = [...yamlFiles(join(ROOT, 'laws')), ...yamlFiles(join(ROOT, 'cases')), ...yamlFiles(FIXTURES)];

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_name, path) => {
    const text = readFileSync(path as string, 'utf8');
    let slow: unknown;
    try {
      slow = parse(text, { uniqueKeys: true });
    } catch {
      return; // a fixture broken on purpose: the slow path reports it
    }
    const fast = fastParse(text);
    // Every bundled corpus file goes the fast way, and every file read so reads as yaml reads it.
    const bundled = [join(ROOT, 'laws'), join(ROOT, 'cases')].some((dir) => (path as string).startsWith(`${dir}/`));
    if (bundled) expect(fast).toBeDefined();
    if (fast !== undefined) expect(fast).toEqual(slow);
  });

  it('on generated documents too (property)', () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ minLength: 1 }), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = stringify({ v });
        // The fast path either reads what yaml reads, or leaves the file to yaml (a bare -0, say).
        const fast = fastParse(text);
        if (fast !== undefined) expect(fast).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
