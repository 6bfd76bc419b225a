import type { Case } from '../corpus/case-schema.js';
import { asCaseId } from '../corpus/ids.js';
import { parseLawReport } from '../citations/law-reports.js';
import { compactKey } from '../common/text.js';

/** What a case is found by: its id, its law reports in canonical form, its case numbers as compact keys. */
export interface CaseKeys {
  id: string;
  reports: string[];
  numbers: string[];
}

export function caseKeys(c: Case): CaseKeys {
  return {
    id: c.id,
    reports: c.citations.flatMap((citation) => parseLawReport(citation)?.canonical ?? []),
    numbers: c.case_numbers.map(compactKey),
  };
}

/**
 * The id of the case `query` names: its id (with or without "case:"), else a law report
 * (only by report, when the query is one), else a case number. Used by tip cases show and
 * by a search that is a case's citation.
 */
export function caseIdFor(query: string, cases: readonly CaseKeys[]): string | undefined {
  const text = query.trim().toLowerCase();
  const id = asCaseId(text);
  if (cases.some((c) => c.id === id)) return id;
  const report = parseLawReport(query.trim())?.canonical;
  if (report) return cases.find((c) => c.reports.includes(report))?.id;
  const key = compactKey(query);
  return cases.find((c) => c.numbers.includes(key))?.id;
}
