import type { Case } from './case-schema.js';
import { DESIGNATOR_NAMES, splitId } from './ids.js';
import { parseLawReport } from '../citations/law-reports.js';
import { findStatute } from '../citations/statutes.js';
import type { Issue } from './issues.js';
import { issueAt, type Located, type Path } from './located.js';

/**
 * What the case schema cannot express: unique ids and citations, laws that resolve
 * (to the corpus, or to a statute tipkit knows), citations tipkit can read (kept in the
 * form the source prints; lookups compare canonical forms), whole case numbers, and
 * links to cases that exist.
 */
export function checkCases(parsed: readonly Located<Case>[], known: ReadonlySet<string>, issues: Issue[]): void {
  const ids = new Map<string, Located<Case>>();
  const citations = new Map<string, string>();
  for (const p of parsed) {
    const first = ids.get(p.value.id);
    if (first) issues.push(issueAt(p, ['id'], `duplicate case id "${p.value.id}" (also in ${first.file.name})`));
    else ids.set(p.value.id, p);
  }
  for (const p of parsed) {
    const report = (path: Path, message: string): void => {
      issues.push(issueAt(p, path, message));
    };
    const c = p.value;
    checkCitations(c, citations, report);
    c.case_numbers.forEach((number, i) => {
      if (!isWholeCaseNumber(number)) {
        report(
          ['case_numbers', i],
          `"${number}" is not a whole case number (a case type, "No." and a number, and the year); in a flow list, quote a number that contains a comma`,
        );
      }
    });
    const seen = new Set<string>();
    c.laws_applied.forEach(({ ref }, i) => {
      const problem = seen.has(ref) ? `"${ref}" is listed twice` : lawProblem(ref, known);
      if (problem) report(['laws_applied', i, 'ref'], problem);
      seen.add(ref);
    });
    c.related_cases?.forEach((id, i) => {
      if (id === c.id || !ids.has(id)) report(['related_cases', i], `"${id}" is not another case in the corpus`);
    });
  }
}

function checkCitations(c: Case, owners: Map<string, string>, report: (path: Path, message: string) => void): void {
  if ((c.citation_status === 'reported') !== c.citations.length > 0) {
    report(
      ['citation_status'],
      c.citations.length > 0
        ? 'citation_status must be "reported" when citations are listed'
        : 'citation_status "reported" needs at least one citation',
    );
  }
  c.citations.forEach((citation, i) => {
    const parsed = parseLawReport(citation);
    if (!parsed) return report(['citations', i], `"${citation}" is not a law-report citation tipkit can read`);
    if (parsed.jurisdiction !== 'Pakistan') return report(['citations', i], `"${citation}" is not a Pakistani report`);
    const owner = owners.get(parsed.canonical);
    if (owner) report(['citations', i], `"${citation}" is already the citation of ${owner}`);
    owners.set(parsed.canonical, c.id);
  });
}

/**
 * "Crl. Misc. No. 6664-B of 2018", "Cr. Bail Applications No. 880/2016 & 371/2017",
 * "Criminal Appeals Nos. 120, 121 and 122 of 2019": a type, a number and a year. YAML
 * splits an unquoted "[Petitions No. 10, 11 and 12 of 2019]" at the comma into two
 * halves, and neither half passes.
 */
export function isWholeCaseNumber(text: string): boolean {
  return /^[A-Za-z]/.test(text) && /\bNos?\.?\s*[A-Z]?-?\s*\d/.test(text) && /(\bof\s+\d{4}\b|\/\d{2,4}\b)/.test(text);
}

/** Why a `laws_applied` id does not resolve, or undefined when it does. */
export function lawProblem(ref: string, known: ReadonlySet<string>): string | undefined {
  const [instrument, provision] = splitId(ref);
  if (known.has(ref)) return undefined;
  const statute = findStatute(instrument);
  // A statute the user imported may lack a section a case applies: it is still a statute tipkit knows.
  if (known.has(instrument) && !statute) return `"${ref}" is not a provision of ${instrument} in the corpus`;
  if (!statute) return `unknown law "${instrument}": neither in the corpus nor in tipkit's statute table`;
  if (provision && !provision.startsWith(statute.designator)) {
    return `${statute.short} is divided into ${DESIGNATOR_NAMES[statute.designator].plural}: write ${instrument}:${statute.designator}<number>`;
  }
  return undefined;
}
