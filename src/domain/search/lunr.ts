import { createRequire } from 'node:module';
import type Lunr from 'lunr';

/** lunr's minified build: the same library, but it parses faster at start-up. */
export const lunr = createRequire(import.meta.url)('lunr/lunr.min.js') as typeof Lunr;
export type { Lunr };
