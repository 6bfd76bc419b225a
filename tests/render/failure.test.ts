/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { DataError, NotFoundError, UsageError } from '../../src/domain/common/errors.js';
import { renderFailure } from '../../src/render/failure.js';

describe('renderFailure', () => {
  it('prints the message alone when there is nothing to suggest', () => {
    expect(renderFailure({ message: 'no such case "made-up-2001"', suggestions: [] })).toBe(
      'Error: no such case "made-up-2001"\n',
    );
  });

  it('lists each suggestion on its own line, in order, under "Try this:"', () => {
    expect(renderFailure({ message: 'unknown law', suggestions: ['tip laws', 'tip search gadget'] })).toBe(
      'Error: unknown law\nTry this:\n  * tip laws\n  * tip search gadget\n',
    );
  });

  it('never wraps a long path, so it can be copied whole', () => {
    const path = `/${'very-long-folder-name/'.repeat(8)}file.yaml`;
    const lines = renderFailure({ message: `cannot read ${path}`, suggestions: [`ls ${path}`] }).split('\n');
    expect(lines[0]).toBe(`Error: cannot read ${path}`);
    expect(lines[2]).toBe(`  * ls ${path}`);
  });

  it('prints a typed error by its message and suggestions, never its stack', () => {
    for (const error of [
      new UsageError('bad flag value', { suggestions: ['tip search --help'] }),
      new NotFoundError('no such provision'),
      new DataError('broken corpus file'),
    ]) {
      const text = renderFailure(error);
      expect(text.startsWith(`Error: ${error.message}\n`)).toBe(true);
      expect(text).not.toMatch(/\n\s+at /);
      expect(text).not.toContain(error.name);
    }
  });

  it('keeps the exit codes the README documents for the typed errors', () => {
    expect([new UsageError('u'), new NotFoundError('n'), new DataError('d')].map((e) => [e.code, e.exitCode])).toEqual([
      ['usage', 2],
      ['not-found', 3],
      ['invalid-data', 4],
    ]);
  });

  it('lets no terminal control of the message or a suggestion through', () => {
    const text = renderFailure({
      message: 'no file \u001b]0;owned\u0007named\u001b[2J x\u009b',
      suggestions: ['tip cite \u001b[31mred\u001b[0m'],
    });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('  * tip cite red\n');
  });
});
