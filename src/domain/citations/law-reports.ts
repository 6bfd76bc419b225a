/**
 * Law-report citations: Pakistani series (PLD, PLJ, SCMR, P.Cr.L.J., YLR, MLD, CLC, …)
 * in the forms people write them, normalised to one canonical form, and Indian
 * series recognised as foreign so they are never taken for Pakistani ones.
 */

export interface LawReport {
  /** One form per report: "PLD 1990 SC 513", "2020 P.Cr.L.J. 789", "PLJ 2019 Cr.C. 243". */
  canonical: string;
  series: string;
  /** Null where the citation was written without its year. */
  year: number | null;
  /** The court or sub-series written in the citation, where the series has one. */
  court?: string;
  page: number;
  /** Pakistani series, or a foreign one (Indian AIR, SCC, Manupatra). */
  jurisdiction: 'Pakistan' | 'India';
}

/** A law-report citation found in text, with its [start, end) offsets. */
export interface LawReportMatch extends LawReport {
  text: string;
  span: [number, number];
}

/** An abbreviation whose letter groups may be written with dots, spaces or neither. */
function abbreviation(...groups: string[]): string {
  return `${groups.join(String.raw`(?:\.\s?|\s)?`)}\\.?`;
}

/** Courts and sub-series, as written in the name-first series (PLD, PLJ), and their canonical form. */
const COURTS: [canonical: string, pattern: string][] = [
  ['FSC', String.raw`Federal\s+Shariat\s+Court|${abbreviation('F', 'S', 'C')}`],
  ['SC', String.raw`Supreme\s+Court|${abbreviation('S', 'C')}`],
  ['Cr.C.', abbreviation('Cr', 'C')],
  ['Tr.C.', abbreviation('Tr', 'C')],
  ['Lah.', String.raw`Lahore|Lah\.?`],
  ['Kar.', String.raw`Karachi|Kar\.?`],
  ['Sindh', String.raw`Sindh|Sind`],
  ['Pesh.', String.raw`Peshawar|Pesh\.?`],
  ['Quetta', 'Quetta'],
  ['Bal.', String.raw`Balochistan|Baluchistan|Bal\.?`],
  ['Isl.', String.raw`Islamabad|Isl\.?`],
  ['AJK', String.raw`Azad\s+J\s?&\s?K|AJ\s?&\s?K|${abbreviation('A', 'J', 'K')}`],
];

/** Year-first Pakistani series and their canonical spelling. UC's full name is unconfirmed. */
const YEAR_FIRST: [canonical: string, pattern: string, yearOptional: boolean][] = [
  ['SCMR', abbreviation('S', 'C', 'M', 'R'), true],
  ['P.Cr.L.J.', abbreviation('P', 'Cr', 'L', 'J'), true],
  ['YLR', abbreviation('Y', 'L', 'R'), true],
  ['MLD', abbreviation('M', 'L', 'D'), true],
  ['CLC', abbreviation('C', 'L', 'C'), true],
  ['PLC', abbreviation('P', 'L', 'C'), false],
  ['CLD', abbreviation('C', 'L', 'D'), false],
  ['PTD', abbreviation('P', 'T', 'D'), false],
  ['UC', abbreviation('U', 'C'), false],
];

const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const PAGE = String.raw`(\d{1,5})(?![\d/])`;
const START = String.raw`(?<![\w.])`;
const courtAlternation = COURTS.map(([, pattern]) => pattern).join('|');

/** Each pattern anchored to a whole string, to tell which entry a capture group matched. */
const COURT_MATCHERS = COURTS.map(([canonical, pattern]) => ({ canonical, exact: anchored(pattern) }));
const SERIES_MATCHERS = YEAR_FIRST.map(([canonical, pattern, yearOptional]) => ({
  canonical,
  yearOptional,
  exact: anchored(pattern),
}));

function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'i');
}

interface Family {
  pattern: RegExp;
  read(match: RegExpExecArray): LawReport | undefined;
}

const FAMILIES: Family[] = [
  nameFirst('PLD', abbreviation('P', 'L', 'D')),
  nameFirst('PLJ', abbreviation('P', 'L', 'J')),
  {
    pattern: new RegExp(
      `${START}(?:${YEAR}\\s+)?(${YEAR_FIRST.map(([, p]) => p).join('|')})\\s+${PAGE}(?:\\s*\\[[A-Za-z .,]{2,40}\\])?`,
      'gi',
    ),
    read([, year, seriesText = '', page = '']) {
      const entry = SERIES_MATCHERS.find(({ exact }) => exact.test(seriesText));
      if (!entry || (!year && !entry.yearOptional)) return undefined;
      const series = entry.canonical;
      const yearNumber = year ? Number(year) : null;
      return {
        canonical: `${yearNumber ?? ''} ${series} ${Number(page)}`.trim(),
        series,
        year: yearNumber,
        page: Number(page),
        jurisdiction: 'Pakistan',
      };
    },
  },
  {
    // All India Reporter: AIR 1992 SC 38.
    pattern: new RegExp(`${START}AIR\\s+${YEAR}\\s+(SC|[A-Z][a-z]{1,5}\\.?)\\s+${PAGE}`, 'g'),
    read: ([, year, court = '', page]) => foreign('AIR', `AIR ${year} ${court} ${Number(page)}`, year, page, court),
  },
  {
    // Supreme Court Cases: (1984) 3 SCC 161.
    pattern: new RegExp(`\\(${YEAR}\\)\\s+(\\d{1,2})\\s+SCC\\s+${PAGE}`, 'g'),
    read: ([, year, volume, page]) => foreign('SCC', `(${year}) ${Number(volume)} SCC ${Number(page)}`, year, page),
  },
  {
    // Manupatra: MANU/SC/0051/1984.
    pattern: /(?<![\w/])MANU\/([A-Z]{2,4})\/(\d{4})\/(\d{4})(?![\d/])/g,
    read: ([whole, court, page, year]) => foreign('MANU', whole, year, page, court),
  },
];

function nameFirst(series: 'PLD' | 'PLJ', name: string): Family {
  return {
    pattern: new RegExp(`${START}(?:${name})\\s+${YEAR}\\s+(${courtAlternation})\\s+${PAGE}`, 'gi'),
    read([, year = '', courtText = '', page = '']) {
      const court = COURT_MATCHERS.find(({ exact }) => exact.test(courtText))?.canonical;
      // Cr.C. and Tr.C. are PLJ's criminal and tribunal sub-series; PLD has none.
      if (!court || (series === 'PLD' && (court === 'Cr.C.' || court === 'Tr.C.'))) return undefined;
      return {
        canonical: `${series} ${year} ${court} ${Number(page)}`,
        series,
        year: Number(year),
        court,
        page: Number(page),
        jurisdiction: 'Pakistan',
      };
    },
  };
}

function foreign(series: string, canonical: string, year = '', page = '', court?: string): LawReport {
  return {
    canonical,
    series,
    year: Number(year),
    ...(court ? { court } : {}),
    page: Number(page),
    jurisdiction: 'India',
  };
}

/** Every law-report citation in `text`, in order, without overlaps. */
/** Where the first `max` candidate law reports start in `text`, without reading them. */
export function lawReportStarts(text: string, max: number): number[] {
  const starts: number[] = [];
  for (const family of FAMILIES) {
    family.pattern.lastIndex = 0;
    for (let match = family.pattern.exec(text); match && starts.length < max; match = family.pattern.exec(text)) {
      starts.push(match.index);
    }
  }
  return starts;
}

export function findLawReports(text: string): LawReportMatch[] {
  const found: LawReportMatch[] = [];
  for (const family of FAMILIES) {
    family.pattern.lastIndex = 0;
    for (let match = family.pattern.exec(text); match; match = family.pattern.exec(text)) {
      const report = family.read(match);
      if (report) found.push({ ...report, text: match[0], span: [match.index, match.index + match[0].length] });
    }
  }
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: LawReportMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (!last || match.span[0] >= last.span[1]) kept.push(match);
  }
  return kept;
}

/** Reads a string that is exactly one law-report citation; undefined otherwise. */
export function parseLawReport(input: string): LawReport | undefined {
  const text = input.trim();
  // Every report has a page number: text without a digit is not one, and need not meet the patterns.
  if (!/\d/.test(text)) return undefined;
  const [match, ...others] = findLawReports(text);
  if (!match || others.length > 0 || match.span[0] !== 0 || match.span[1] !== text.length) return undefined;
  const { text: _text, span: _span, ...report } = match;
  return report;
}
