import type { Case } from '../corpus/case-schema.js';
import { caseYear, dateKey } from './dates.js';
import { compareText } from '../common/text.js';
import type { Corpus } from '../corpus/model.js';

/** A case that applies a provision, as listed under "Applied in". */
export interface AppliedIn {
  id: string;
  short: string;
  court: string;
  court_code: Case['court']['code'];
  decided: string | null;
  citations: string[];
  /** The id the case cites: the provision itself, one of its parts, or the whole of it. */
  ref: string;
}

/** Cases that apply `id` (a provision, a part of it, or the whole of it), newest first. */
export function casesApplying(corpus: Corpus, id: string): AppliedIn[] {
  const isInstrument = !id.includes(':');
  const applied: (AppliedIn & { year: number | null })[] = [];
  for (const c of corpus.cases) {
    const hit = c.laws_applied.find(({ ref }) => (isInstrument ? ref.startsWith(`${id}:`) : isSameOrPart(ref, id)));
    if (!hit) continue;
    applied.push({
      id: c.id,
      short: c.short,
      court: c.court.name,
      court_code: c.court.code,
      decided: c.decided.date,
      citations: c.citations,
      ref: hit.ref,
      year: caseYear(c),
    });
  }
  return applied
    .sort((a, b) => compareText(dateKey(b), dateKey(a)) || compareText(a.id, b.id))
    .map(({ year: _year, ...rest }) => rest);
}

/** True when one id is the other, or a pinpoint inside it: s3 and s3(2) are related, s3 and s30 are not. */
export function isSameOrPart(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}(`) || b.startsWith(`${a}(`);
}
