import type { Corpus } from './model.js';

/**
 * How a command's plan asks for the corpus when it is ready to read it: the command knows
 * where the corpus lives (its snapshot, the user's library), the plan knows whether and when
 * it needs it, so that flags are refused before anything is read.
 */
export interface CorpusAccess {
  /**
   * The corpus at `data` (the bundled one when undefined). `library: false` leaves the user's
   * library of imported texts out; `hold` keeps a corpus read whole open until the command ends.
   */
  load(data: string | undefined, options?: { hold?: boolean; library?: boolean }): Promise<Corpus>;
  /** The user's library that goes beside the corpus at `data`: none beside a --data corpus. */
  libraryDir(data: string | undefined): string | undefined;
}
