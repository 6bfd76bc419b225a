import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvironmentError, NotFoundError, UsageError } from '../../../src/domain/common/errors.js';
import { readTextFile } from '../../../src/domain/writes/read-file.js';
import { contentBytes, holdsBytes, writeTextFile } from '../../../src/domain/writes/write-file.js';
import { tempDir } from '../../helpers.js';

const catchError = (run: () => unknown): Error => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
};

describe('writeTextFile: the one rule for writes', () => {
  it('creates a new file, leaving no temporary file behind', () => {
    const dir = tempDir();
    expect(writeTextFile(join(dir, 'a.md'), 'hello', { replace: false })).toEqual({
      path: join(dir, 'a.md'),
      replaced: false,
    });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('hello');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses an existing file unless asked, and then replaces it keeping its mode', () => {
    const dir = tempDir();
    const path = join(dir, 'notes.md');
    writeFileSync(path, 'mine', { mode: 0o640 });
    const error = catchError(() => writeTextFile(path, 'theirs', { replace: false, replaceHint: 'Add --force' }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(`${path} already exists; nothing was written`);
    expect((error as UsageError).suggestions).toEqual(['Add --force']);
    expect(readFileSync(path, 'utf8')).toBe('mine');
    expect(writeTextFile(path, 'theirs', { replace: true }).replaced).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('theirs');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link to its target, and the link stays a link', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.md'), 'old');
    symlinkSync('real.md', join(dir, 'link.md'));
    expect(() => writeTextFile(join(dir, 'link.md'), 'new', { replace: false })).toThrow(/already exists/);
    writeTextFile(join(dir, 'link.md'), 'new', { replace: true });
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('real.md');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new');
  });

  it('refuses a dangling link, a link where links are not followed, and a link loop, naming the path', () => {
    const dir = tempDir();
    symlinkSync('missing.md', join(dir, 'dangling.md'));
    expect(() => writeTextFile(join(dir, 'dangling.md'), 'x', { replace: true })).toThrow(
      /link to a file that does not exist/,
    );
    writeFileSync(join(dir, 'real.md'), 'old');
    symlinkSync('real.md', join(dir, 'link.md'));
    expect(() => writeTextFile(join(dir, 'link.md'), 'x', { replace: true, followLinks: false })).toThrow(
      /symbolic link/,
    );
    symlinkSync('loop.md', join(dir, 'loop.md'));
    const loop = catchError(() => writeTextFile(join(dir, 'loop.md'), 'x', { replace: true }));
    expect(loop).toBeInstanceOf(EnvironmentError);
    expect(loop.message).toContain(join(dir, 'loop.md'));
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('old');
  });

  it('writes to a character device directly and never replaces it', () => {
    writeTextFile('/dev/null', 'discarded', { replace: false });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(() => writeTextFile('/dev/null', 'x', { replace: true, regularOnly: true })).toThrow(/not a regular file/);
  });

  it('reports a full device as an environment error naming the path, never a temporary name', () => {
    const error = catchError(() => writeTextFile('/dev/full', 'x', { replace: false }));
    expect(error).toBeInstanceOf(EnvironmentError);
    expect(error.message).toBe('cannot write /dev/full: no space left on the device (ENOSPC)');
  });

  it('refuses a FIFO without waiting for a reader, and a folder', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(() => writeTextFile(join(dir, 'pipe'), 'x', { replace: true })).toThrow(/FIFO/);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    mkdirSync(join(dir, 'folder'));
    expect(() => writeTextFile(join(dir, 'folder'), 'x', { replace: true })).toThrow(/is a folder/);
  });

  it('names the user path when a parent is not a folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const error = catchError(() => writeTextFile(join(dir, 'file', 'out.md'), 'x', { replace: false }));
    expect(error.message).toContain(join(dir, 'file', 'out.md'));
    expect(error.message).not.toMatch(/\.tmp/);
  });
});

describe('readTextFile: bounded reads', () => {
  it('reads a regular file and refuses FIFOs, folders, missing and oversized files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'x: 1\n');
    expect(readTextFile(join(dir, 'a.yaml'), { what: 'file', maxBytes: 100 })).toBe('x: 1\n');
    expect(() => readTextFile(join(dir, 'a.yaml'), { what: 'file', maxBytes: 2 })).toThrow(/too large/);
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(() => readTextFile(join(dir, 'pipe'), { what: 'file', maxBytes: 100 })).toThrow(/not a regular file/);
    expect(() => readTextFile(dir, { what: 'file', maxBytes: 100 })).toThrow(/is a folder/);
    expect(catchError(() => readTextFile(join(dir, 'none'), { what: 'file', maxBytes: 1 }))).toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('contentBytes and holdsBytes: compare before writing', () => {
  it('gives the same bytes for text, bytes and a producer of chunks', () => {
    const expected = Buffer.from('héllo, world');
    expect(contentBytes('héllo, world')).toEqual(expected);
    expect(contentBytes(new Uint8Array(expected))).toEqual(expected);
    expect(contentBytes((write) => ['hé', Buffer.from('llo, '), 'world'].forEach(write))).toEqual(expected);
  });

  it('is true only for a regular file holding exactly those bytes', () => {
    const dir = tempDir();
    const file = join(dir, 'a.md');
    writeFileSync(file, 'same');
    expect(holdsBytes(file, Buffer.from('same'))).toBe(true);
    expect(holdsBytes(file, Buffer.from('sane'))).toBe(false);
    expect(holdsBytes(file, Buffer.from('same\n'))).toBe(false);
    expect(holdsBytes(join(dir, 'missing.md'), Buffer.from(''))).toBe(false);
    symlinkSync(file, join(dir, 'link.md'));
    expect(holdsBytes(join(dir, 'link.md'), Buffer.from('same'))).toBe(false);
    expect(holdsBytes(dir, Buffer.from(''))).toBe(false);
  });
});
