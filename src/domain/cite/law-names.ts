import type { Corpus } from '../corpus/model.js';
import { designatorFor } from '../corpus/ids.js';
import { STATUTES } from '../citations/statutes.js';
import { instrumentNames } from '../citations/aliases.js';
import { NameMatcher, statuteNames, type LawNames } from '../citations/names.js';

/**
 * The matcher for every law `tip cite` recognises by name: the corpus's instruments and the
 * statutes of tipkit's table it does not hold. Built here, above the corpus, so that the
 * matcher itself (in citations/) reads names without knowing what a corpus is. Built once
 * a corpus: its pattern holds every name, and `tip cite --check` cites file after file.
 */
export function lawNameMatcher(corpus: Corpus): NameMatcher {
  let matcher = matchers.get(corpus);
  if (!matcher) matchers.set(corpus, (matcher = buildMatcher(corpus)));
  return matcher;
}

const matchers = new WeakMap<Corpus, NameMatcher>();

function buildMatcher(corpus: Corpus): NameMatcher {
  const inCorpus = new Set(corpus.instruments.map((i) => i.id));
  return new NameMatcher([
    // Guidance is tipkit's own compilation: no FIR or judgment cites it by name.
    ...corpus.instruments.flatMap(({ kind, ...i }): LawNames[] => {
      if (kind === 'guidance') return [];
      // A statute of tipkit's table that the user imported keeps the names it goes by.
      const statute = STATUTES.find((s) => s.id === i.id);
      return [
        [
          {
            id: i.id,
            short: i.short,
            inCorpus: true,
            designator: designatorFor(kind),
            genre: statute?.genre ?? (kind === 'amendment' ? 'act' : kind),
          },
          // Never with a leading "The": the article is read as part of the sentence ("section 4 of the …").
          [...instrumentNames(i), ...(statute ? statuteNames(statute) : [])],
        ],
      ];
    }),
    ...STATUTES.filter((s) => !inCorpus.has(s.id)).map((s): LawNames => [
      { id: s.id, short: s.short, inCorpus: false, designator: s.designator, genre: s.genre },
      statuteNames(s),
    ]),
  ]);
}
