import type { Corpus } from '../corpus/model.js';
import type { Figure } from '../corpus/schema.js';
import { caveat, type Caveat } from '../corpus/caveats.js';

/** A figure as `tip stats` gives it: with its sources spelt out, its caveat, and the figures to read beside it. */
export interface FigureView extends Omit<Figure, 'sources'> {
  /** The guidance file that holds it. */
  instrument: string;
  sources: { key: string; title: string; url?: string }[];
  caveats: Caveat[];
  /** Figures of the same measure from another source or period: shown side by side, neither correcting the other. */
  compare_with: string[];
}

/** Every figure in the corpus, in the order the files give them (a breakdown after the figure it breaks down). */
export function listFigures(corpus: Corpus): FigureView[] {
  const all = corpus.instruments.flatMap((instrument) =>
    (instrument.figures ?? []).map((figure) => ({ instrument, figure })),
  );
  return all.map(({ instrument, figure }) => ({
    ...figure,
    instrument: instrument.id,
    sources: figure.sources.map((key) => ({ key, ...(instrument.sources[key] ?? { title: key }) })),
    caveats: caveatsOf(figure),
    compare_with: all
      .filter(({ figure: other }) => other !== figure && other.measure === figure.measure)
      .map(({ figure: other }) => other.id),
  }));
}

function caveatsOf(figure: Figure): Caveat[] {
  return caveat(
    'This figure',
    figure.confidence,
    figure.confidence === 'low'
      ? 'It is unclear or inferred'
      : 'One credible source, such as one report of an official statement',
  );
}
