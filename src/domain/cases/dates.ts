import type { Case } from '../corpus/case-schema.js';

/** The year a case is known by: its decision, or failing that its law report. */
export function caseYear(c: Case): number | null {
  const decided = c.decided.date ? Number(c.decided.date.slice(0, 4)) : undefined;
  return decided ?? c.citations.map(reportYear).find((year) => year !== null) ?? null;
}

/** The year of a canonical law-report citation: its first four-digit number (none when written without one). */
export function reportYear(citation: string): number | null {
  const year = /\b(?:1[89]|20)\d\d\b/.exec(citation)?.[0];
  return year ? Number(year) : null;
}

/** Newest first: full dates sort within their year, undated cases after dated ones of the same year. */
export function dateKey(c: { decided: string | null; year: number | null }): string {
  return c.decided ?? (c.year === null ? '' : String(c.year));
}
