import type { Case } from '../cases/schema.js';
import { DESIGNATOR_NAMES, splitId } from './ids.js';
import { parseLawReport } from '../cases/law-reports.js';
import { findStatute } from '../cases/statutes.js';
import type { Issue } from './issues.js';
import { issueAt, type Located, type Path } from './located.js';

/**
 * What the case schema cannot express: unique ids and citations, laws that resolve
 * (to the corpus, or to a statute tipkit knows), citations in canonical form, and
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
    if (parsed.canonical !== citation) report(['citations', i], `write "${citation}" as "${parsed.canonical}"`);
    const owner = owners.get(parsed.canonical);
    if (owner) report(['citations', i], `"${citation}" is already the citation of ${owner}`);
    owners.set(parsed.canonical, c.id);
  });
}

/** Why a `laws_applied` id does not resolve, or undefined when it does. */
export function lawProblem(ref: string, known: ReadonlySet<string>): string | undefined {
  const [instrument, provision] = splitId(ref);
  if (known.has(instrument)) {
    return known.has(ref) ? undefined : `"${ref}" is not a provision of ${instrument} in the corpus`;
  }
  const statute = findStatute(instrument);
  if (!statute) return `unknown law "${instrument}": neither in the corpus nor in tipkit's statute table`;
  if (provision && !provision.startsWith(statute.designator)) {
    return `${statute.short} is divided into ${DESIGNATOR_NAMES[statute.designator].plural}: write ${instrument}:${statute.designator}<number>`;
  }
  return undefined;
}
