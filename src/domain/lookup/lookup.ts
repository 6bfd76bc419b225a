import { CitationResolver, type Resolution } from './resolve.js';
import { suggestCommand } from '../common/text.js';
import type { Corpus } from '../corpus/model.js';
import { NotFoundError, TipError } from '../common/errors.js';
import { showView, type ShowView } from './view.js';

/** More unquoted words than this are not split into citations (the split tries every run). */
const MAX_SPLIT_WORDS = 24;

/**
 * Resolves what `tip show` was given. The words are first read as one citation
 * (`tip show PTPA s.3`); if that fails, they are split into the fewest runs that each
 * resolve, so `tip show PTPA s.3 PTPA s.4` and `tip show "PTPA s.3" "PTPA s.4"` both
 * show two pages.
 */
export async function lookupCitations(corpus: Corpus, inputs: readonly string[]): Promise<ShowView[]> {
  const resolver = new CitationResolver(corpus);
  try {
    return [showView(corpus, resolver.resolve(inputs.join(' ')))];
  } catch (error) {
    if (!(error instanceof TipError)) throw error;
    const split = inputs.length > 1 ? splitCitations(resolver, inputs) : undefined;
    // When no split works, reading the words as one citation gave the more useful message.
    if (split) return split.map((resolution) => showView(corpus, resolution));
    throw await pointToCases(error, inputs.join(' '));
  }
}

/** The fewest consecutive runs of `words` that each resolve, or undefined when there are none. */
function splitCitations(resolver: CitationResolver, words: readonly string[]): Resolution[] | undefined {
  if (words.length > MAX_SPLIT_WORDS) return undefined;
  // best[j]: the shortest list of resolutions covering words[0..j).
  const best: (Resolution[] | undefined)[] = [[]];
  for (let end = 1; end <= words.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before || (best[end] && (best[end] as Resolution[]).length <= before.length + 1)) continue;
      const resolution = tryResolve(resolver, words.slice(start, end).join(' '));
      if (resolution) best[end] = [...before, resolution];
    }
  }
  return best[words.length];
}

function tryResolve(resolver: CitationResolver, text: string): Resolution | undefined {
  try {
    return resolver.resolve(text);
  } catch (error) {
    if (error instanceof TipError) return undefined;
    throw error;
  }
}

/** A case id or a law report is not a provision: say where to look it up instead. */
async function pointToCases(error: TipError, input: string): Promise<TipError> {
  if (!(error instanceof NotFoundError)) return error;
  // Loaded only on this error path, so a successful `tip show` never pays for the parser.
  const { parseLawReport } = await import('../citations/law-reports.js');
  if (!/^case:/i.test(input.trim()) && !parseLawReport(input)) return error;
  return new NotFoundError(error.message, {
    suggestions: [...suggestCommand('tip cases show', input), ...error.suggestions],
    details: error.details,
  });
}
