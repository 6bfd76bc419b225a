import { fileURLToPath } from 'node:url';

/** The package root: three levels above this module in both `src/domain/common` and `dist/domain/common`. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `npm run build` writes the snapshot and search index of the bundled corpus. */
export const PREBUILT_DIR = fileURLToPath(new URL('../../../dist/prebuilt/', import.meta.url));

/** Where `npm run build` puts the exported site's script and style sheet. */
export const SITE_ASSETS_DIR = fileURLToPath(new URL('../../../dist/site/', import.meta.url));
