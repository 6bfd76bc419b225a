import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

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
    let fast: unknown;
    try {
      fast = load(text, { schema: CORE_SCHEMA });
    } catch {
      return; // refused by the fast parser: the slow path reads it
    }
    expect(fast).toEqual(slow);
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
        expect(load(text, { schema: CORE_SCHEMA })).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
