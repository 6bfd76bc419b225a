import { createHash } from 'node:crypto';
import type { Corpus, Part } from '../corpus/model.js';
import { IMPORTED_SOURCE } from '../corpus/imported.js';
import type { Instrument } from '../corpus/schema.js';

/**
 * The corpus with every imported official text taken out, for `tip export --no-text`
 * where the text may not be redistributed: parts lose their text, and instruments that
 * are nothing but an imported text are left out. The hash changes with it, so no cache
 * built with the text is ever used for the copy without it.
 */
export function withoutOfficialTexts(corpus: Corpus): Corpus {
  const strip = <T extends Part>(part: T): T => {
    const { text: _text, text_source: _source, ...rest } = part;
    return { ...rest, ...(part.subprovisions ? { subprovisions: part.subprovisions.map(strip) } : {}) } as T;
  };
  const instruments: Instrument[] = corpus.instruments
    .filter((i) => !i.imported)
    .map((i) => {
      // Provisions read from the text (the PTP Rules) go with it; tipkit's own keep their summaries.
      const fromText = i.provisions.some((p) => p.provenance.sources.includes(IMPORTED_SOURCE));
      const { [IMPORTED_SOURCE]: _imported, ...sources } = i.sources;
      return { ...i, sources, provisions: fromText ? [] : i.provisions.map(strip) };
    });
  const { aliasTable: _names, ...rest } = corpus;
  return {
    ...rest,
    hash: createHash('sha256').update(`${corpus.hash}\0no-text`).digest('hex').slice(0, 32),
    instruments,
    texts: {},
  };
}
