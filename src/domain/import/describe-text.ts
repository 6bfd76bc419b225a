/**
 * What an official text says about the instrument it is, for one tipkit does not
 * describe: its title, kind, year, official number and extent, each as the text prints
 * it, or unknown. A statute of tipkit's table keeps the id and names tipkit knows it by,
 * so that cases and citations already pointing at it find it.
 */
import type { Statute } from '../cases/statutes.js';
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
const NUMBER = /\b(Act|Ordinance|Order|P\.\s?O\.)\s+No\.?\s*([IVXLCDM]+|\d{1,4})\s+of\s+(\d{4})\b/i;
const SRO = /\bS\.\s?R\.\s?O\.\s*\d{1,5}\s*\(\s*I\s*\)\s*\/\s*\d{4}/i;
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
}

/** The instrument a text is, from its title line, its number and its extent clause. */
export function describeText(
  opening: string,
  body: string,
  options: { id?: string; short?: string; statute?: Statute },
): Described | undefined {
  const printed = opening
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .find((l) => l.length <= 200 && TITLE.test(l));
  const title = options.statute
    ? options.statute.title.replace(/\s*\([^()]*\d{4}\)$/, '')
    : printed && titleCase(printed.replace(/[.:]$/, ''));
  if (!title) return undefined;
  const kind = KINDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'act';
  const year = Number(/\b(1[89]\d{2}|20\d{2})\b/.exec(title)?.[1]) || null;
  const short = options.short ?? options.statute?.short ?? acronym(title);
  const number = NUMBER.exec(opening) ?? SRO.exec(opening);
  const extent = EXTENT.exec(body.replace(/\s+/g, ' '));
  const province = extent && PROVINCES.find(([p]) => p.test(extent[1] ?? ''));
  const fromTitle = PROVINCES.find(([p]) => p.test(title));
  const international = kind === 'protocol' || kind === 'convention';
  const id = options.id ?? options.statute?.id ?? slug(`${short}${year ? `-${year}` : ''}`);
  return {
    id,
    instrument: {
      title,
      short,
      aliases: [
        ...new Set([
          title.replace(/,?\s*\d{4}$/, ''),
          title.replace(/^The\s+/i, ''),
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
    },
  };
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
  return letters.length >= 2 ? letters : title;
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(s) ? s : `law-${s}`;
}
