/**
 * What an official text says about the instrument it is, for one tipkit does not
 * describe: its title, kind, year, official number and extent, each as the text prints
 * it, or unknown. The title comes from the short-title clause ("This Act may be called
 * …") where the text has one, else from a title line; a title OCR garbled is rated low
 * and never made into an id. An Act that amends another is an amendment, under its own
 * title. A statute of tipkit's table keeps the id and names tipkit knows it by, so that
 * cases and citations already pointing at it find it.
 */
import type { Statute } from '../citations/statutes.js';
import type { ImportedInstrument } from '../corpus/schema.js';

const KINDS: [RegExp, ImportedInstrument['kind']][] = [
  [/\bOrdinance\b/i, 'ordinance'],
  [/\b(?:Rules|Regulations)\b/i, 'rules'],
  [/\bOrder\b/i, 'order'],
  [/\bCode\b/i, 'code'],
  [/\bProtocol\b/i, 'protocol'],
  [/\bConvention\b/i, 'convention'],
  [/\bConstitution\b/i, 'constitution'],
  [/\bAct\b/i, 'act'],
];
const TITLE = /\b(?:Act|Ordinance|Rules|Regulations|Order|Code|Protocol|Convention|Constitution)\b/i;
/** "This Act may be called the Lantern Keepers Act, 2019.": the title the law gives itself. */
const SHORT_TITLE =
  /\b(?:This|These|The)\s+(?:Act|Ordinance|Order|Rules|Regulations)\s+(?:may|shall)\s+be\s+called\s+(?:as\s+)?(?:the\s+)?(.{5,200}?(?:1[6-9]\d\d|20\d\d))\s*\]?\s*[.;,]?/i;
const NUMBER = /\b(Act|Ordinance|Order|P\.\s?O\.)\s+No\.?\s*([IVXLCDM]+|\d{1,4})\s+of\s+(\d{4})\b/i;
const SRO = /\bS\.\s?R\.\s?O\.\s*\d{1,5}\s*\(\s*I\s*\)\s*\/\s*\d{4}/i;
/** "An Act further to amend the Pakistan Penal Code": an amending Act's long title. */
const AMENDS =
  /\b(?:further\s+)?to\s+amend\s+(?:the\s+)?(.{4,160}?(?:,?\s*(?:1[6-9]|20)\d\d)?)(?=\s*(?:,(?!\s*\d{4})|;|\.|\band\b|\bfor\b|\bin\s+its\b|\bIt\b|\bWHEREAS\b|$))/i;
/** "In the said Act, in section 4, …" and "Amendment of section 5, Act XV of 1996": sections that amend. */
const AMENDING_SECTION =
  /^(?:(?:Amendment|Substitution|Insertion|Omission|Addition|Repeal)\s+of\b|(?:In|in)\s+the\s+(?:said|Pakistan|Code|[\w ]{0,60}?(?:Act|Ordinance|Code))\b[^.]{0,80}\bin\s+section\b)/;
const MADE_UNDER =
  /\bpowers?\s+conferred\s+(?:on\s+it\s+|upon\s+it\s+)?by\s+((?:sub-section\s+\(\d+\)\s+of\s+)?section\s+\d+[A-Z]?\s+of\s+(?:the\s+)?[^,.;]{4,120}?(?:Act|Ordinance|Code)(?:,?\s*(?:1[6-9]|20)\d\d)?(?:\s*\([IVXLC]+\s+of\s+\d{4}\))?)/i;
const PROVINCES: [RegExp, string][] = [
  [/\bPunjab\b/i, 'Punjab'],
  [/\bSindh\b/i, 'Sindh'],
  [/\bKhyber\s+Pakhtunkhwa\b/i, 'Khyber Pakhtunkhwa'],
  [/\bBalochistan\b/i, 'Balochistan'],
  [/\bIslamabad\s+Capital\s+Territory\b/i, 'Islamabad Capital Territory'],
  [/\bPakistan\b/i, 'Pakistan'],
];
const EXTENT =
  /\bextends?\s+to\s+the\s+whole\s+of\s+(?:the\s+)?(?:Province\s+of\s+(?:the\s+)?)?([A-Z][\w ]{2,40}?)(?=[.,;:\n]|$)/;
const SMALL = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'against', 'with']);

export interface Described {
  id: string;
  instrument: ImportedInstrument;
  /** Said in the report: where the title and id came from, when not from a clean title. */
  notes: string[];
}

export interface TextParts {
  /** The title block: lines before the first section. */
  opening: string;
  /** The sections' text, for the short-title and extent clauses. */
  body: string;
  /** Each section's heading and first words, to tell an amending Act. */
  sections: readonly { heading?: string; body: string }[];
  /** The file's name, the last source of a title. */
  file: string;
  /** The text layer is garbled by OCR: a title read from it is not trusted, however it reads. */
  noisy?: boolean;
}

/** The instrument a text is, from its short-title clause or title line, its number and its extent clause. */
export function describeText(
  text: TextParts,
  options: { id?: string; short?: string; statute?: Statute },
): Described | undefined {
  const notes: string[] = [];
  const clause = SHORT_TITLE.exec(text.body.replace(/\s+/g, ' '))?.[1];
  const printed = text.opening
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .find((l) => l.length <= 200 && TITLE.test(l) && !/^(?:An?|WHEREAS)\b/.test(l));
  const candidates = [clause, printed].map((t) => t && tidyTitle(t)).filter((t): t is string => Boolean(t));
  const trusted = text.noisy ? undefined : candidates.find(readable);
  let title = options.statute ? options.statute.title.replace(/\s*\([^()]*\d{4}\)$/, '') : trusted;
  let confidence: 'high' | 'medium' | 'low' = clause && title === tidyTitle(clause) ? 'high' : 'medium';
  if (!title) {
    const garbled = candidates[0];
    if (!garbled && !options.id) return undefined;
    // Garbled or missing: the title is the file's name (or the id given), said to be so, and rated low.
    title = garbled ?? titleFromFile(text.file);
    confidence = 'low';
    notes.push(
      garbled
        ? `the title reads "${garbled}", which looks garbled by OCR: rated low; give --as and --short to name it`
        : `no title printed: named from the file name; give --as and --short to name it`,
    );
  }
  const amending = amendingAct(text, title);
  // Rules and regulations name the power they are made under: "In exercise of the powers conferred by section 15 of …".
  const parent = MADE_UNDER.exec(`${text.opening}\n${text.body.slice(0, 4000)}`.replace(/\s+/g, ' '))?.[1];
  const kind = amending ? 'amendment' : ((KINDS.find(([pattern]) => pattern.test(title)) ?? [])[1] ?? 'act');
  const year = Number(/\b(1[6-9]\d{2}|20\d{2})\b/.exec(title)?.[1]) || null;
  const short = options.short ?? options.statute?.short ?? acronym(title);
  const number = NUMBER.exec(text.opening) ?? SRO.exec(text.opening);
  const extent = EXTENT.exec(text.body.replace(/\s+/g, ' '));
  const province = extent && PROVINCES.find(([p]) => p.test(extent[1] ?? ''));
  const fromTitle = PROVINCES.find(([p]) => p.test(title));
  const international = kind === 'protocol' || kind === 'convention';
  const derived = confidence === 'low' && !options.id && !options.statute;
  const id =
    options.id ?? options.statute?.id ?? slug(derived ? titleFromFile(text.file) : `${short}${year ? `-${year}` : ''}`);
  if (derived) notes.push(`id ${id} was derived from the file name`);
  return {
    id,
    notes,
    instrument: {
      title,
      short,
      aliases: [
        ...new Set([
          title.replace(/,?\s*\d{4}$/, ''),
          title.replace(/^The\s+/i, ''),
          title.replace(/^The\s+/i, '').replace(/,?\s*\d{4}$/, ''),
          ...(year ? [`${short} ${year}`] : []),
          ...(options.statute?.aliases ?? []),
        ]),
      ].filter((a) => a !== title && a !== short),
      kind,
      year,
      official_number: number
        ? { value: number[0].replace(/\s+/g, ' '), confidence: 'high', note: 'as printed in the imported text' }
        : { value: 'unknown', confidence: 'low', note: 'the imported text prints no number' },
      jurisdiction: international
        ? { value: 'International', confidence: 'medium', note: 'a treaty, by its title' }
        : province
          ? { value: province[1], confidence: 'high', note: 'from the extent clause of the imported text' }
          : fromTitle && fromTitle[1] !== 'Pakistan'
            ? {
                value: fromTitle[1],
                confidence: 'medium',
                note: 'from the title; the text has no extent clause tipkit could read',
              }
            : { value: 'unknown', confidence: 'low', note: 'the imported text has no extent clause tipkit could read' },
      ...(confidence === 'high' ? {} : { title_confidence: confidence }),
      ...(notes.length ? { title_note: notes[0] as string } : {}),
      ...(amending?.amends
        ? { amends: { value: amending.amends, confidence: 'medium' as const, note: 'as the amending text names it' } }
        : {}),
      ...(parent ? { made_under: { value: parent, confidence: 'medium' as const, note: 'as the text names it' } } : {}),
    },
  };
}

/** Whether a text is an amending Act: its long title or own title says so, or most of its sections amend another Act. */
export function isAmending(
  text: TextParts,
  title = SHORT_TITLE.exec(text.body.replace(/\s+/g, ' '))?.[1] ?? '',
): boolean {
  const sections = text.sections.slice(1);
  const amendingSections = sections.filter((s) => AMENDING_SECTION.test(s.heading ?? s.body.slice(0, 200))).length;
  return (
    AMENDS.test(text.opening.replace(/\s+/g, ' ')) ||
    /\((?:[\w ]*\s)?Amendment\)|\bAmendment\s+(?:Act|Ordinance)\b/i.test(title) ||
    (sections.length > 0 && amendingSections * 2 >= sections.length)
  );
}

/** For an amending Act, the Act it amends, where the text names it readably. */
function amendingAct(text: TextParts, title: string): { amends?: string } | undefined {
  if (!isAmending(text, title)) return undefined;
  const longTitle = AMENDS.exec(text.opening.replace(/\s+/g, ' '));
  const amends = longTitle?.[1] ?? /\bIn\s+the\s+(.{4,100}?(?:Act|Ordinance|Code)(?:,?\s*\d{4})?)/.exec(text.body)?.[1];
  return amends && readable(amends) ? { amends: tidyTitle(amends) } : {};
}

/** Whether a title reads as words: OCR garbage has stray symbols, digits inside words, letters in odd runs. */
export function readable(title: string): boolean {
  const words = title.match(/\S+/g) ?? [];
  return words.length > 0 && !words.some(garbled) && /\p{L}{3}/u.test(title);
}

/** The share of a text's words that OCR garbled: a text past a few in a hundred is a bad OCR layer. */
export function garbledShare(text: string): number {
  const words = text.slice(0, 200_000).match(/\S{3,}/g) ?? [];
  return words.length ? words.filter(garbled).length / words.length : 0;
}

function garbled(word: string): boolean {
  // A sum of money ("£2", "Rs.500") is not OCR garbage.
  const w = word.replace(/^[("“‘[]+|[)"”’\].,;:]+$/g, '').replace(/^(?:[€£$]|Rs\.?)\d[\d,.]*$/, 'sum');
  return (
    /[€£@#%^*=<>|{}\\~]/.test(w) ||
    /\p{L}\d|\d\p{L}/u.test(w.replace(/^\d+(?:st|nd|rd|th|A|B|C)$/, '')) ||
    /[()]/.test(w) ||
    /^[.,;:]/.test(w) ||
    /\p{Ll}\p{Lu}/u.test(w) ||
    /[bcdfghjklmnpqrstvwxz]{5}/i.test(w)
  );
}

function tidyTitle(title: string): string {
  return titleCase(
    title
      .replace(/\s+/g, ' ')
      .replace(/[.:;,\s]+$/, '')
      .replace(/[[\]]/g, '')
      .replace(/^\(+|\)+$/g, '')
      .trim(),
  );
}

function titleFromFile(file: string): string {
  return (
    file
      .replace(/\.[a-z]{2,8}$/i, '')
      .replace(/[_\s]+/g, ' ')
      .trim() || 'Imported text'
  );
}

/** "THE LANTERN KEEPERS ACT, 2019" as "The Lantern Keepers Act, 2019"; a title in mixed case is kept. */
function titleCase(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title
    .toLowerCase()
    .replace(/[\p{L}][\p{L}'’-]*/gu, (word, at: number) =>
      at > 0 && SMALL.has(word) ? word : word[0]?.toUpperCase() + word.slice(1),
    );
}

/** "Bonded Labour System (Abolition) Act, 1992" gives "BLSAA". */
function acronym(title: string): string {
  const words = title.replace(/,?\s*\d{4}.*$/, '').match(/[\p{L}]+/gu) ?? [];
  const letters = words
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase())
    .join('');
  return letters.length >= 2 ? letters.slice(0, 12) : title.slice(0, 40);
}

/** Longer than any instrument id tipkit makes: an id is a file name and a citation. */
export const MAX_ID = 64;

/** An id made of a text: lower-case words joined by hyphens, at most MAX_ID long, starting with a letter. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return /^[a-z]/.test(s) ? s : `law-${s}`;
}
