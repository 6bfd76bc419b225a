import { lunr, type Lunr } from './lunr.js';

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

/** The stem tipkit indexes and searches `word` under (lower-case in, as lunr's pipeline gives it). */
export function stemWord(word: string): string {
  const stem = DOMAIN_STEMS.get(word) ?? (word.startsWith('organi') && ORGANIZE.test(word) ? 'organiz' : undefined);
  return stem ?? lunr.stemmer(new lunr.Token(word, {})).toString();
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
}
