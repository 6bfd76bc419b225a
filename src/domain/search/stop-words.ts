import { lunr, type Lunr } from './lunr.js';

/** lunr's stop-word filter on a bare word (it reads only the word's text): words the index leaves out. */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter({ toString: () => word } as unknown as Lunr.Token) === undefined;
}
