/**
 * Build step: the exported site's assets in dist/site. The search script is the CLI's
 * own search code and lunr, bundled into one classic script so that pages opened from
 * disk (file://, where browsers refuse ES modules) can run it.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, SITE_ASSETS_DIR } from '../domain/common/paths.js';

mkdirSync(SITE_ASSETS_DIR, { recursive: true });
await build({
  entryPoints: [join(PACKAGE_ROOT, 'src', 'site', 'site-script.ts')],
  outfile: join(SITE_ASSETS_DIR, 'search.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      name: 'browser-lunr',
      setup(bundle) {
        bundle.onResolve({ filter: /\/lunr\.js$/ }, (args) =>
          args.importer.includes(`${join('domain', 'search')}`)
            ? { path: join(PACKAGE_ROOT, 'src', 'site', 'lunr.ts') }
            : undefined,
        );
      },
    },
  ],
});
copyFileSync(join(PACKAGE_ROOT, 'src', 'site', 'style.css'), join(SITE_ASSETS_DIR, 'style.css'));
