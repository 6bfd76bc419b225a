// The browser's lunr for the search bundle, in place of src/domain/search/lunr.ts (which uses Node's require).
import lunr from 'lunr';

export { lunr };
export type { default as Lunr } from 'lunr';
