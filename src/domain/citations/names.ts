import type { Designator } from './designators.js';
import { compareText, escapeRegExp } from '../common/text.js';
import type { Genre, Statute } from './statutes.js';
import { withoutArticle } from './aliases.js';

/** A law `tip cite` can recognise by name: a corpus instrument or a statute from tipkit's table. */
export interface NamedLaw {
  id: string;
  short: string;
  inCorpus: boolean;
  designator: Designator;
  genre: Genre;
}

/** A name found in text, and every law it may mean (more than one: ambiguous). */
export interface NameMatch {
  span: [number, number];
  laws: NamedLaw[];
}

/** A back-reference such as "the Act" or "the said Ordinance". */
export interface AnaphorMatch {
  span: [number, number];
  genre: Genre;
}

/** A law and every name it goes by, as the matcher is built from. */
export type LawNames = readonly [law: NamedLaw, names: readonly string[]];

/** The names of a statute of tipkit's table: its id, short name, title without its act number, aliases. */
export function statuteNames(statute: Statute): string[] {
  return [statute.id, statute.short, statute.title.replace(/\s*\([^()]*\d{4}\)$/, ''), ...statute.aliases].map(
    withoutArticle,
  );
}

/** Recognises law names in running text, however they are spaced, dotted or cased. */
export class NameMatcher {
  private readonly pattern: RegExp;
  /** The laws each alternative of the pattern stands for, by capture-group name. */
  private readonly lawsByGroup = new Map<string, NamedLaw[]>();
  private readonly lawsBySpelling = new Map<string, NamedLaw[]>();
  private readonly lawsById = new Map<string, NamedLaw>();

  constructor(laws: readonly LawNames[]) {
    // One alternative per distinct pattern; a name shared by two laws ("Palermo") maps to both.
    const byPattern = new Map<string, { length: number; laws: NamedLaw[] }>();
    for (const [law, names] of laws) {
      this.lawsById.set(law.id, law);
      for (const name of names) {
        const pattern = namePattern(name);
        const entry = byPattern.get(pattern) ?? { length: name.length, laws: [] };
        if (!entry.laws.includes(law)) entry.laws.push(law);
        byPattern.set(pattern, entry);
      }
    }
    // Longest names first, so that "Palermo Convention" wins over "Palermo" at the same place.
    const alternatives = [...byPattern]
      .sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b))
      .map(([pattern, { laws: meant }], i) => {
        this.lawsByGroup.set(`n${i}`, meant);
        return `(?<n${i}>${pattern})`;
      });
    this.pattern = new RegExp(`(?<![\\w'’])(?:${alternatives.join('|')})${NUMBER_SUFFIX}(?![\\w])`, 'gi');
  }

  /** The laws the alternative that matched stands for; the same spelling always means the same laws. */
  private lawsFor(match: RegExpExecArray): NamedLaw[] | undefined {
    const written = match[0].toLowerCase();
    let laws = this.lawsBySpelling.get(written);
    if (!laws) {
      const group = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
      laws = group ? this.lawsByGroup.get(group) : undefined;
      if (laws) this.lawsBySpelling.set(written, laws);
    }
    return laws;
  }

  /** The laws with these ids that the matcher knows, in that order. */
  byId(ids: readonly string[]): NamedLaw[] {
    return ids.flatMap((id) => this.lawsById.get(id) ?? []);
  }

  /** Where the first `max` law names in `text` start (a cheap count: nothing is resolved). */
  starts(text: string, max: number): number[] {
    return matchStarts(this.pattern, text, max);
  }

  /** Every law name in `text`, in order. */
  find(text: string): NameMatch[] {
    const found: NameMatch[] = [];
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(text); match; match = this.pattern.exec(text)) {
      const laws = this.lawsFor(match);
      // A full stop after an undotted abbreviation ends the sentence ("u/s 3 PTPA."); "Cr.P.C." keeps its own.
      const written = /^[^.]*\.$/.test(match[0]) ? match[0].slice(0, -1) : match[0];
      if (laws) found.push({ span: [match.index, match.index + written.length], laws });
    }
    return found;
  }
}

/** "the Act", "the said Ordinance", "this Code": words that point back to a law named earlier. */
export function findAnaphors(text: string): AnaphorMatch[] {
  const found: AnaphorMatch[] = [];
  for (const match of text.matchAll(ANAPHOR)) {
    const genre = (match[1] ?? '').toLowerCase() as Genre;
    found.push({ span: [match.index, match.index + match[0].length], genre });
  }
  return found;
}

const ANAPHOR =
  /(?<![\w])(?:the|this|that)\s+(?:said\s+)?(act|ordinance|code|order|rules|protocol|convention)(?![\w])/gi;

/**
 * A year or an act number written after a name, on its line: ", 2018", "(XXXIV of 2018)",
 * "(Act No. XVIII of 1979)". A year on the next line is not the name's: a name on one line
 * is tied to that line's provisions.
 */
const NUMBER_SUFFIX = String.raw`(?:,?[^\S\n]*(?:19|20)\d\d(?!\d))?(?:,?[^\S\n]*\((?:Act\s+)?(?:No\.?\s*)?[IVXLCDM\d]+\s+of\s+\d{4}\))?`;

/** A name as a pattern: abbreviations may be dotted or spaced ("Cr.P.C."), words may be separated by commas. */
function namePattern(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((word) => {
      const core = word.replace(/[().]/g, '');
      const parts = /^[A-Z][A-Za-z]*[A-Z]$/.test(core) ? (core.match(/[A-Z][a-z]*/g) ?? [core]) : [core];
      const body = parts.map((part) => escapeRegExp(part).replace(/-/g, '[-\\s]?')).join(String.raw`\.?\s?`);
      return word.startsWith('(') ? `\\(?${body}\\)?` : `${body}${parts.length > 1 ? String.raw`\.?` : ''}`;
    })
    .join(String.raw`[\s,]+`);
}

/** Where the first `max` matches of a global pattern start. */
export function matchStarts(pattern: RegExp, text: string, max: number): number[] {
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match && starts.length < max; match = pattern.exec(text)) {
    starts.push(match.index);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return starts;
}
