import { quoted } from '../common/text.js';
import { courtMatches, flattenTags, normalizeTag, type CaseFilter } from '../cases/cases.js';
import { nearestFirst } from '../citations/normalize.js';
import { statuteId } from './cite.js';
import { extractCitations } from '../citations/extract.js';
import type { NameMatcher } from '../citations/names.js';
import { lawNameMatcher } from './law-names.js';
import { CitationResolver } from '../lookup/resolve.js';
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
 * instruments through the citation resolver, other statutes (PPC, CrPC, ...) by name; and
 * checks `--court` and `--tag` against the values that exist, so that a typo is a usage
 * error that lists them, never "no cases match".
 */
export async function resolveCaseFilter(corpus: Corpus, input: CaseFilterInput): Promise<CaseFilter> {
  // The name pattern is large: build it only when a filter names a law.
  let reader: LawReader | undefined;
  const read = (): LawReader => (reader ??= new LawReader(corpus));
  for (const court of input.court ?? []) await checkCourt(corpus, court);
  for (const tag of input.tag ?? []) await checkTag(corpus, tag);
  return {
    laws: input.law?.map((text) => read().lawId(text)),
    provisions: input.provision?.map((text) => read().provisionId(text)),
    courts: input.court,
    years: input.year,
    tags: input.tag,
  };
}

/** Edits within which a known value is listed before the others, as the likely meaning. */
const NEAR = 3;

/**
 * A court code or a word of a court's name that no case has is checked against the codes
 * of the case format, which are loaded only then (the schema is not needed to list cases).
 */
async function checkCourt(corpus: Corpus, court: string): Promise<void> {
  const wanted = court.trim().toLowerCase();
  if (wanted && corpus.cases.some((c) => courtMatches(c, wanted))) return;
  const codes = (await import('../corpus/case-schema.js')).Case.shape.court.shape.code.options;
  if ((codes as readonly string[]).includes(wanted)) return;
  throw new UsageError(`no court is called ${quoted(court)}`, {
    suggestions: [
      `Court codes: ${nearestFirst(wanted, codes, NEAR).join(', ')}`,
      "Or a word of a court's name, as tip cases lists them",
    ],
  });
}

/** A tag no case has is checked against the tags of the case format, loaded only then. */
async function checkTag(corpus: Corpus, tag: string): Promise<void> {
  const wanted = normalizeTag(tag);
  if (corpus.cases.some((c) => flattenTags(c).includes(wanted))) return;
  const shapes = (await import('../corpus/case-schema.js')).Case.shape.tags.shape;
  const tags = Object.values(shapes).flatMap((field) => field.unwrap().element.options);
  if ((tags as readonly string[]).includes(wanted)) return;
  throw new UsageError(`no tag is called ${quoted(tag)}`, {
    suggestions: [`Tags: ${nearestFirst(wanted, tags, NEAR).join(', ')}`],
  });
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
    this.names = lawNameMatcher(corpus);
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
