import type { SkippedText } from '../domain/corpus/model.js';
import { shellQuote } from '../domain/common/text.js';
import { safeText } from './controls.js';

/** One warning line for each imported text the corpus left out, with the way to mend it. */
export function renderSkipped(skipped: readonly SkippedText[], data: string | undefined): string[] {
  const where = data ? ` --data ${shellQuote(data)}` : '';
  return skipped.map((s) =>
    safeText(
      `tip: warning: left out ${s.file}, which is invalid (${s.problem}); everything else works. ` +
        `Remove it with: tip import --remove ${s.instrument ?? '<id>'}${where}, or fix it (tip validate lists every problem).`,
    ),
  );
}
