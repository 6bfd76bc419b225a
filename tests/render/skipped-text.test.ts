/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { renderSkipped } from '../../src/render/skipped-text.js';

describe('renderSkipped', () => {
  it('gives one warning a skipped text, in order, with the command that removes it', () => {
    const lines = renderSkipped(
      [
        { file: 'lamps-act-1901.yaml', instrument: 'lamps-act-1901', problem: 'lamps-act-1901.yaml:3:1: bad key' },
        { file: 'odd.yaml', problem: 'odd.yaml:1:1: not YAML' },
      ],
      undefined,
    );
    expect(lines).toEqual([
      'tip: warning: left out lamps-act-1901.yaml, which is invalid (lamps-act-1901.yaml:3:1: bad key); everything else works. Remove it with: tip import --remove lamps-act-1901, or fix it (tip validate lists every problem).',
      'tip: warning: left out odd.yaml, which is invalid (odd.yaml:1:1: not YAML); everything else works. Remove it with: tip import --remove <id>, or fix it (tip validate lists every problem).',
    ]);
  });

  it('repeats --data, shell-quoted, so the command can be pasted', () => {
    const [line] = renderSkipped([{ file: 'f.yaml', instrument: 'x', problem: 'p' }], "my laws/it's");
    expect(line).toContain(`tip import --remove x --data 'my laws/it'\\''s', or fix it`);
    const [plain] = renderSkipped([{ file: 'f.yaml', instrument: 'x', problem: 'p' }], 'data');
    expect(plain).toContain('tip import --remove x --data data, or fix it');
  });

  it('lets no terminal control of a file name or problem through', () => {
    const [line] = renderSkipped(
      [{ file: 'f\u001b]0;t\u0007.yaml', instrument: 'x', problem: 'line\u001b[2J one\u009b' }],
      undefined,
    );
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toContain('left out f.yaml, which is invalid (line one)');
  });

  it('says nothing when nothing was left out', () => {
    expect(renderSkipped([], 'data')).toEqual([]);
  });
});
