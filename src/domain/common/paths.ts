import { fileURLToPath } from 'node:url';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/** The package root: three levels above this module in both `src/domain/common` and `dist/domain/common`. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `npm run build` writes the snapshot and search index of the bundled corpus. */
export const PREBUILT_DIR = fileURLToPath(new URL('../../../dist/prebuilt/', import.meta.url));

/** Where `npm run build` puts the exported site's script and style sheet. */
export const SITE_ASSETS_DIR = fileURLToPath(new URL('../../../dist/site/', import.meta.url));

/**
 * tipkit's cache folder, by the rule oclif gives the `tip` command (its `config.cacheDir`),
 * stated once so that the API, which does not load oclif, shares the command's cache:
 * TIP_CACHE_DIR, else ~/Library/Caches/tipkit on macOS, else tipkit in XDG_CACHE_HOME
 * (LOCALAPPDATA on Windows, else ~/.cache).
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TIP_CACHE_DIR) return env.TIP_CACHE_DIR;
  const windows = platform === 'win32';
  const windowsHome = (env.HOMEDRIVE && env.HOMEPATH && join(env.HOMEDRIVE, env.HOMEPATH)) || env.USERPROFILE;
  const home = env.HOME || (windows && windowsHome) || homedir() || tmpdir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'tipkit');
  return join(env.XDG_CACHE_HOME || (windows && env.LOCALAPPDATA) || join(home, '.cache'), 'tipkit');
}
