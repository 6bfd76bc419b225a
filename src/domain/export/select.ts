import type { Case } from '../corpus/case-schema.js';
import { CitationResolver } from '../lookup/resolve.js';
import type { Corpus } from '../corpus/model.js';
import { UsageError } from '../common/errors.js';
import type { Instrument } from '../corpus/schema.js';

/** What an export covers. */
export interface Selection {
  instruments: Instrument[];
  cases: Case[];
  /** Offences whose default checklist gets a page: those defined by a selected instrument. */
  offences: string[];
}

/** The word `--only` takes for the case collection. */
export const CASES = 'cases';

/**
 * Reads `--only`: instruments named as users name them ("PTPA", "palermo-protocol") and
 * `cases`. Nothing given means everything.
 */
export function selectExport(corpus: Corpus, only: readonly string[] = []): Selection {
  const all = only.length === 0;
  const wanted = new Set<string>();
  let resolver: CitationResolver | undefined;
  for (const name of only) {
    if (name.trim().toLowerCase() === CASES) {
      wanted.add(CASES);
      continue;
    }
    resolver ??= new CitationResolver(corpus);
    const resolution = resolver.resolve(name);
    if (resolution.provision) {
      throw new UsageError(`--only takes a whole instrument or "${CASES}", not a provision ("${name}")`, {
        suggestions: [`--only ${resolution.instrument.id}`],
      });
    }
    wanted.add(resolution.instrument.id);
  }
  const instruments = corpus.instruments.filter((i) => all || wanted.has(i.id));
  return {
    instruments,
    cases: all || wanted.has(CASES) ? corpus.cases : [],
    offences: instruments.flatMap((i) => (i.offences ?? []).map((o) => o.id)),
  };
}
