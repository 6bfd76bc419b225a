import { createRequire } from 'node:module';
import type Lunr from 'lunr';

/**
 * lunr's minified build: the same library, but it parses faster at start-up. Loaded
 * with require, because importing CommonJS from ESM costs about 7 ms more. The site's
 * search bundle swaps this module for src/site/lunr.ts.
 */
export const lunr = createRequire(import.meta.url)('lunr/lunr.min.js') as typeof Lunr;
export type { Lunr };
