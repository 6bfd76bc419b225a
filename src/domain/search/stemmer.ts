import { lunr, type Lunr } from './lunr.js';
import { pipelineFunction } from './lunr-compat.js';
import { foldUrdu, hasArabicScript } from '../common/urdu.js';

/** What tipkit indexes and searches a word under. */
export type Stem = (word: string) => string;

/**
 * The stemmer for a vocabulary's exceptions (search-vocabulary.ts): a listed word gets
 * the stem given for it, checked before Porter runs, which would join words of other
 * meanings in this corpus ("forced" to "force", "organized" to "organ"). An Urdu word is
 * folded (common/urdu.ts) and kept whole: no Urdu stemmer exists, and the English one
 * would mangle it. Words come in lower-case, as lunr's pipeline gives them.
 */
export function makeStem(stems: Readonly<Record<string, string>>): Stem {
  // Porter is the dearest step of reading a document, and a text repeats its words: each
  // stem is remembered, the memory bounded in words and in their length.
  const memo = new Map<string, string>();
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    const stem = hasArabicScript(word)
      ? foldUrdu(word)
      : Object.hasOwn(stems, word)
        ? (stems[word] as string)
        : lunr.stemmer(new lunr.Token(word, {})).toString();
    if (word.length <= MEMO_WORD_CHARS) {
      if (memo.size >= MEMO_WORDS) memo.clear();
      memo.set(word, stem);
    }
    return stem;
  };
}

const MEMO_WORDS = 50_000;
const MEMO_WORD_CHARS = 40;

/**
 * lunr's trimmer for every script: it drops what is not a letter, digit or mark at either
 * end of a token. lunr's own strips the ASCII non-word characters, which is every letter
 * of an Urdu word.
 */
export function unicodeTrimmer(token: Lunr.Token): Lunr.Token {
  return token.update((word) => trimWord(word));
}

export function trimWord(word: string): string {
  // Most words begin and end with an ASCII letter or digit and lose nothing; the Unicode
  // pattern costs a millisecond to compile, which a search that needs it alone pays.
  if (ASCII_WORD_ENDS.test(word)) return word;
  return word.replace(/^[^\p{L}\p{N}\p{M}_]+/u, '').replace(/[^\p{L}\p{N}\p{M}_]+$/u, '');
}

const ASCII_WORD_ENDS = /^[A-Za-z0-9_](?:[^]*[A-Za-z0-9_])?$/;

/**
 * The pipeline function for `stem`, registered under a name that carries the vocabulary's
 * hash: lunr warns of an unregistered function, and two vocabularies are two functions.
 */
export function stemmerFunction(stem: Stem, hash: string): Lunr.PipelineFunction {
  return pipelineFunction((token) => token.update((word) => stem(word)), `tipkitStemmer-${hash}`);
}

/** The trimmer as a pipeline function, registered (once) so that lunr does not warn of it. */
export function trimmerFunction(): Lunr.PipelineFunction {
  return pipelineFunction(unicodeTrimmer, 'tipkitTrimmer');
}

/** The index pipeline: the trimmer, lunr's stop words, the stemmer. */
export function indexPipeline(stemmer: Lunr.PipelineFunction): Lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(trimmerFunction(), lunr.stopWordFilter, stemmer);
  return pipeline;
}

/** The search pipeline: the stemmer alone, as lunr's own search pipeline has. */
export function searchPipeline(stemmer: Lunr.PipelineFunction): Lunr.Pipeline {
  const pipeline = new lunr.Pipeline();
  pipeline.add(stemmer);
  return pipeline;
}
