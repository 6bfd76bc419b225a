import { CitationResolver } from '../citations/resolve.js';
import type { Corpus } from '../corpus/model.js';
import { NotFoundError, TipError } from '../common/errors.js';
import { showView, type ShowView } from './view.js';
import { shellQuote } from '../common/shell-quote.js';

/**
 * Resolves what `tip show` was given. Unquoted words are first read as one citation
 * (`tip show PTPA s.3`); if that fails, each argument is read as a citation of its own
 * (`tip show "PTPA s.3" "PTPA s.4"`).
 */
export async function lookupCitations(corpus: Corpus, inputs: readonly string[]): Promise<ShowView[]> {
  const resolver = new CitationResolver(corpus);
  try {
    return [showView(corpus, resolver.resolve(inputs.join(' ')))];
  } catch (error) {
    if (!(error instanceof TipError)) throw error;
    if (inputs.length > 1) {
      try {
        return inputs.map((input) => showView(corpus, resolver.resolve(input)));
      } catch {
        // Reading the words as one citation gave the more useful message.
      }
    }
    throw await pointToCases(error, inputs.join(' '));
  }
}

/** A case id or a law report is not a provision: say where to look it up instead. */
async function pointToCases(error: TipError, input: string): Promise<TipError> {
  if (!(error instanceof NotFoundError)) return error;
  // Loaded only on this error path, so a successful `tip show` never pays for the parser.
  const { parseLawReport } = await import('../cases/law-reports.js');
  if (!/^case:/i.test(input.trim()) && !parseLawReport(input)) return error;
  return new NotFoundError(error.message, {
    suggestions: [`tip cases show ${shellQuote(input.trim())}`, ...error.suggestions],
    details: error.details,
  });
}
