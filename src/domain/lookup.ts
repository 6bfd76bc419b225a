import { CitationResolver } from './citations/resolve.js';
import type { Corpus } from './corpus/model.js';
import { TipError } from './errors.js';
import { showView, type ShowView } from './show.js';

/**
 * Resolves what `tip show` was given. Unquoted words are first read as one citation
 * (`tip show PTPA s.3`); if that fails, each argument is read as a citation of its own
 * (`tip show "PTPA s.3" "PTPA s.4"`).
 */
export function lookupCitations(corpus: Corpus, inputs: readonly string[]): ShowView[] {
  const resolver = new CitationResolver(corpus);
  try {
    return [showView(corpus, resolver.resolve(inputs.join(' ')))];
  } catch (error) {
    if (inputs.length < 2 || !(error instanceof TipError)) throw error;
    try {
      return inputs.map((input) => showView(corpus, resolver.resolve(input)));
    } catch {
      // Reading the words as one citation gave the more useful message.
      throw error;
    }
  }
}
