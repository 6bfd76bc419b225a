/**
 * The heading of an FIR or case diary: its case number, date and police station, which
 * `tip cite` reports as what they are (and never as sections). Read on the English
 * reading of the text (citations/urdu.ts turns مقدمہ نمبر, مورخہ and تھانہ into FIR No., dated and PS),
 * so that "مقدمہ نمبر 600/26 مورخہ 19.07.26 … تھانہ صدر" and "FIR No. 600/26 dated 19.07.26
 * … PS Saddar" are the same heading.
 */
import type { Span } from '../citations/extract.js';

export interface FirHeadingMatch {
  span: Span;
  number: Span;
  date?: Span;
  station?: Span;
}

const HEADING = /\bFIR\s+No\.?\s*(\d{1,6}\s*\/\s*\d{2,4})(?:[\s,]*dated\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))?/giu;
/** The station's name: the words after "PS" on the same line, up to punctuation or a number. */
const STATION = /\bPS\s+([^\n\d,.;:()]{1,60}?)\s*(?=$|[\n,.;:(]|\d)/mu;
/** How far along the line the station may be from the number (the sections come between). */
const STATION_REACH = 200;

export function findFirHeadings(text: string): FirHeadingMatch[] {
  const found: FirHeadingMatch[] = [];
  for (const match of text.matchAll(HEADING)) {
    const start = match.index;
    const numberAt = start + match[0].indexOf(match[1] as string);
    const heading: FirHeadingMatch = {
      span: [start, start + match[0].length],
      number: [numberAt, numberAt + (match[1] as string).length],
    };
    if (match[2]) {
      const dateAt = start + match[0].lastIndexOf(match[2]);
      heading.date = [dateAt, dateAt + match[2].length];
    }
    const end = start + match[0].length;
    const rest = text.slice(end, end + STATION_REACH).split('\n')[0] ?? '';
    const station = STATION.exec(rest);
    if (station?.[1] && station[1].trim()) {
      const nameAt = end + station.index + station[0].indexOf(station[1]);
      heading.station = [nameAt, nameAt + station[1].trimEnd().length];
      heading.span[1] = heading.station[1];
    }
    found.push(heading);
  }
  return found;
}
