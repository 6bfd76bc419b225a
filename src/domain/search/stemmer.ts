import { lunr, type Lunr } from './lunr.js';
import { foldUrdu, hasArabicScript } from '../common/urdu.js';

/**
 * Where the English (Porter) stemmer would change what a search means in this domain.
 * It stems "organized" and "organization" to "organ", so `organ removal` found
 * organized-crime provisions first; "minority" to "minor" (a child); "informant" to
 * "inform"; British "organised" apart from American "organized". Each such word gets a
 * stem of its own, checked before Porter runs. A few irregular forms Porter leaves apart
 * from their word ("children", "smugglers") are joined to it.
 */
const DOMAIN_STEMS = new Map<string, string>([
  ['minority', 'minority'],
  ['minorities', 'minority'],
  ['informant', 'informant'],
  ['informants', 'informant'],
  ['generation', 'generation'],
  ['generations', 'generation'],
  ['executive', 'executive'],
  ['executives', 'executive'],
  ['children', 'child'],
  ['smuggler', 'smuggl'],
  ['smugglers', 'smuggl'],
]);
const ORGANIZE = /^organi[sz](e|es|ed|ing|ation|ations|er|ers)$/;

/**
 * The stem tipkit indexes and searches `word` under (lower-case in, as lunr's pipeline
 * gives it). An Urdu word is folded (common/urdu.ts) and kept whole: no Urdu stemmer
 * exists, and the English one would mangle it.
 */
export function stemWord(word: string): string {
  if (hasArabicScript(word)) return foldUrdu(word);
  const stem = DOMAIN_STEMS.get(word) ?? (word.startsWith('organi') && ORGANIZE.test(word) ? 'organiz' : undefined);
  return stem ?? lunr.stemmer(new lunr.Token(word, {})).toString();
}

/**
 * lunr's trimmer for every script: it drops what is not a letter, digit or mark at either
 * end of a token. lunr's own strips the ASCII non-word characters, which is every letter
 * of an Urdu word.
 */
export function unicodeTrimmer(token: Lunr.Token): Lunr.Token {
  return token.update((word) => trimWord(word));
}

export function trimWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}\p{M}_]+/u, '').replace(/[^\p{L}\p{N}\p{M}_]+$/u, '');
}

/** The pipeline function: lunr's stemmer with the domain exceptions. */
export function domainStemmer(token: Lunr.Token): Lunr.Token {
  return token.update((word) => stemWord(word));
}

// A store names its pipeline functions; loading one needs this name registered. Once: a
// process that loads this module twice (the tests, which run the CLI beside its sources)
// must not have lunr warn on stderr.
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
if (!registered.tipkitStemmer) {
  lunr.Pipeline.registerFunction(domainStemmer as unknown as Lunr.PipelineFunction, 'tipkitStemmer');
  lunr.Pipeline.registerFunction(unicodeTrimmer as unknown as Lunr.PipelineFunction, 'tipkitTrimmer');
}
