/**
 * A citation typed into the search box: "PTPA s.3", "section 4 of the PTPA", "UNTOC
 * article 18", "دفعہ 3 ٹریفکنگ ان پرسنز ایکٹ", a case's law report or id. It is read by
 * tip show's parser (citations/parse.ts, with Urdu read as tip show reads it) against
 * the store's catalog, and the document it names becomes the first hit.
 */
import { citationReading } from '../citations/reading.js';
import { parseCitation } from '../citations/parse.js';
import { caseIdFor } from '../cases/case-keys.js';
import { designatorFor } from '../corpus/ids.js';
import type { CitationCatalog } from './catalog.js';

/** The document a query cites, and whether the query is nothing but that citation. */
export interface ExactMatch {
  id: string;
  /** True when every word of the query belongs to the citation. */
  whole: boolean;
  /** How the citation was read, when the reader should know (an instrument not named). */
  warning?: string;
}

/** Longer queries are searched, not read as citations: a citation is a few words. */
const MAX_CITATION_CHARS = 200;

/**
 * The document `query` cites, if one exists in the store (`has` says which ids do). A
 * query with words besides the citation must spell the provision out ("s.", "section",
 * "art."), so a number in a question ("7 years under the PTPA") is not taken for one.
 */
export function exactMatch(
  query: string,
  catalog: CitationCatalog,
  has: (id: string) => boolean,
): ExactMatch | undefined {
  if (query.length > MAX_CITATION_CHARS || !query.trim()) return undefined;
  const byCase = caseIdFor(query, catalog.cases);
  if (byCase) return has(byCase) ? { id: byCase, whole: true } : undefined;
  const parsed = parseCitation(citationReading(query), catalog.aliases);
  const whole = !parsed.leftover;
  const named = parsed.instruments?.length === 1 ? parsed.instruments[0] : undefined;
  const provision = parsed.slug ?? parsed.number;
  if (!provision) return named && whole && has(named) ? { id: named, whole } : undefined;
  if (!whole && !parsed.designator) return undefined;
  if (named) {
    const instrument = catalog.instruments.find((i) => i.id === named);
    if (!instrument) return undefined;
    const id = deepest(named, parsed.slug ?? `${designatorFor(instrument.kind)}${parsed.number}`, parsed.pinpoint, has);
    return id ? { id, whole } : undefined;
  }
  // No instrument named: as tip show, "rule 5" is read in the one instrument that has it.
  if (parsed.instruments || !parsed.designator || !whole) return undefined;
  const found = catalog.instruments
    .filter((i) => designatorFor(i.kind) === parsed.designator)
    .map((i) => ({ instrument: i, id: deepest(i.id, `${parsed.designator}${parsed.number}`, parsed.pinpoint, has) }))
    .filter((match) => match.id);
  const [only] = found;
  return found.length === 1 && only?.id
    ? { id: only.id, whole, warning: `No instrument named: read as ${only.instrument.short} (${only.instrument.id}).` }
    : undefined;
}

/** The deepest document of a pinpoint ("s3(2)(a)" to "s3(2)" to "s3"): sub-provisions are documents only when they set a penalty. */
function deepest(
  instrument: string,
  provision: string,
  pinpoint: readonly string[],
  has: (id: string) => boolean,
): string | undefined {
  for (let depth = pinpoint.length; depth >= 0; depth--) {
    const id = `${instrument}:${provision}${pinpoint.slice(0, depth).join('')}`;
    if (has(id)) return id;
  }
  return undefined;
}
