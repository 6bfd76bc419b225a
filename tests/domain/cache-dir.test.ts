import { Config } from '@oclif/core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userCacheDir } from '../../src/domain/common/paths.js';
import { ROOT } from '../helpers.js';

/** oclif's `config.cacheDir` for `tip` under an environment. */
async function oclifCacheDir(env: NodeJS.ProcessEnv): Promise<string> {
  const saved = process.env;
  process.env = env;
  try {
    return (await Config.load(ROOT)).cacheDir;
  } finally {
    process.env = saved;
  }
}

describe('userCacheDir', () => {
  it.each([
    { HOME: '/home/u' },
    { HOME: '/home/u', XDG_CACHE_HOME: '/var/cache/u' },
    { HOME: '/home/u', XDG_CACHE_HOME: '' },
    { HOME: '/home/u', TIP_CACHE_DIR: '/tmp/tip-cache' },
  ])('is the folder oclif gives the tip command, here (%o)', async (env) => {
    expect(userCacheDir(env)).toBe(await oclifCacheDir(env));
  });

  it('follows oclif on macOS and Windows too', () => {
    expect(userCacheDir({ HOME: '/Users/u', XDG_CACHE_HOME: '/x' }, 'darwin')).toBe(
      join('/Users/u', 'Library', 'Caches', 'tipkit'),
    );
    expect(userCacheDir({ USERPROFILE: '/u', LOCALAPPDATA: '/l' }, 'win32')).toBe(join('/l', 'tipkit'));
    expect(userCacheDir({ HOMEDRIVE: 'C:', HOMEPATH: '/p' }, 'win32')).toBe(join('C:', '/p', '.cache', 'tipkit'));
    expect(userCacheDir({ TIP_CACHE_DIR: '/t', HOME: '/Users/u' }, 'darwin')).toBe('/t');
  });
});
