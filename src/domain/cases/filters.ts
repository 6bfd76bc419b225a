import { quoted } from '../common/text.js';
import type { CaseFilter } from './cases.js';
import { statuteId } from '../cite/cite.js';
import { extractCitations } from '../cite/extract.js';
import { NameMatcher } from '../cite/names.js';
import { CitationResolver } from '../citations/resolve.js';
import type { Corpus } from '../corpus/model.js';
import { NotFoundError, TipError, UsageError } from '../common/errors.js';

/** The filters of `tip cases` as typed. */
export interface CaseFilterInput {
  law?: readonly string[];
  provision?: readonly string[];
  court?: readonly string[];
  year?: readonly number[];
  tag?: readonly string[];
}

/**
 * Reads `--law` and `--provision` the way citations are read elsewhere: corpus
 * instruments through the citation resolver, other statutes (PPC, CrPC, ...) by name.
 */
export function resolveCaseFilter(corpus: Corpus, input: CaseFilterInput): CaseFilter {
  // The name pattern is large: build it only when a filter names a law.
  let reader: LawReader | undefined;
  const read = (): LawReader => (reader ??= new LawReader(corpus));
  return {
    laws: input.law?.map((text) => read().lawId(text)),
    provisions: input.provision?.map((text) => read().provisionId(text)),
    courts: input.court,
    years: input.year,
    tags: input.tag,
  };
}

/** Instrument or statute ids for laws named the way users name them ("PTPA", "PPC", "Emigration Ordinance"). */
export function resolveLawIds(corpus: Corpus, texts: readonly string[]): string[] {
  const reader = new LawReader(corpus);
  return texts.map((text) => reader.lawId(text));
}

/** Law and provision names, read with the corpus resolver and the names of statutes outside it. */
class LawReader {
  private readonly resolver: CitationResolver;
  private readonly names: NameMatcher;

  constructor(corpus: Corpus) {
    this.resolver = new CitationResolver(corpus);
    this.names = new NameMatcher(corpus);
  }

  lawId(text: string): string {
    try {
      return this.resolver.resolve(text).instrument.id;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const trimmed = text.trim();
      const [match, ...others] = this.names.find(trimmed);
      const [law, ...alternatives] = match?.laws ?? [];
      const whole = match?.span[0] === 0 && match.span[1] === trimmed.length;
      if (law && whole && others.length + alternatives.length === 0) return law.id;
      throw error;
    }
  }

  provisionId(text: string): string {
    let failure: TipError | undefined;
    try {
      const resolution = this.resolver.resolve(text);
      if (resolution.provision) return resolution.id;
      failure = new UsageError(`${quoted(text)} names a whole instrument; use --law for that`);
    } catch (error) {
      if (!(error instanceof TipError)) throw error;
      failure = error;
    }
    const [mention, ...others] = extractCitations(text, this.names).statutes;
    const [law, ...alternatives] = mention?.laws ?? [];
    const [number, ...moreNumbers] = mention?.numbers ?? [];
    if (law && number && others.length + alternatives.length + moreNumbers.length === 0 && !law.inCorpus) {
      return statuteId(law, number);
    }
    throw failure;
  }
}
