import type Lunr from 'lunr';
import lunrMin from 'lunr/lunr.min.js';

/**
 * lunr's minified build: the same library, but it parses faster at start-up. A plain
 * import (not createRequire) so the exported site's search bundle gets the same code.
 */
export const lunr: typeof Lunr = lunrMin;
export type { Lunr };
