import type { Instrument, Offence, Provision } from './schema.js';
import { lawProblem } from './check-cases.js';
import type { Issue } from './issues.js';
import { issueAt, type Located, type Path } from './located.js';
import { allParts, findPart, type Part } from './model.js';

/**
 * What the schema cannot express about offences and checklist items: offences that
 * point at parts carrying what the checklist reads from them, and items whose ids are
 * unique per offence and whose offences, elements and citations all exist, and that say
 * how sure they are where their part flags weaker facts.
 */
export function checkChecklists(
  parsed: readonly Located<Instrument>[],
  known: ReadonlySet<string>,
  issues: Issue[],
): void {
  const instruments = parsed.map((p) => p.value);
  const offences = new Map<string, Offence>();
  for (const p of parsed) {
    p.value.offences?.forEach((offence, i) => {
      const report = (path: Path, message: string): void => {
        issues.push(issueAt(p, ['offences', i, ...path], message));
      };
      if (offences.has(offence.id)) report(['id'], `offence "${offence.id}" is defined twice`);
      offences.set(offence.id, offence);
      checkOffence(offence, instruments, report);
    });
  }
  const itemIds = new Map<string, string>();
  for (const p of parsed) {
    for (const { id, part, provision, path: partPath } of allParts([p.value])) {
      part.checklist?.forEach((item, j) => {
        const path = [...partPath, 'checklist', j];
        const report = (sub: Path, message: string): void => {
          issues.push(issueAt(p, [...path, ...sub], message));
        };
        item.offences.forEach((name, k) => {
          const offence = offences.get(name);
          if (!offence) return report(['offences', k], `unknown offence "${name}"`);
          const key = `${name}/${item.section}.${item.id}`;
          const owner = itemIds.get(key);
          if (owner) report(['id'], `item "${item.section}.${item.id}" of ${name} is also defined at ${owner}`);
          itemIds.set(key, id);
          if (item.element && !offence.elements.some((e) => e.key === item.element)) {
            report(['element'], `${name} has no element "${item.element}"`);
          }
        });
        item.cites?.forEach((ref, k) => {
          const problem = lawProblem(ref, known);
          if (problem) report(['cites', k], problem);
        });
        if (item.confidence === undefined && !item.weaker && ratedHighButFlagsWeakerFacts(part, provision)) {
          report(
            ['id'],
            'the part this item sits in says some of its facts are medium, low or inferred: give the item its own confidence, or name the weaker facts it mentions under `weaker`',
          );
        }
      });
    }
  }
}

function checkOffence(
  offence: Offence,
  instruments: readonly Instrument[],
  report: (path: Path, message: string) => void,
): void {
  const part = (id: string, path: Path) => {
    const found = findPart(instruments, id);
    if (!found) report(path, `"${id}" is not a provision in the corpus`);
    return found;
  };
  offence.elements.forEach((element, i) => {
    const found = part(element.from, ['elements', i, 'from']);
    if (found && !found.elements?.[element.field]) {
      report(['elements', i, 'field'], `${element.from} lists no "${element.field}" element`);
    }
    element.waived_by?.forEach((id, j) => part(id, ['elements', i, 'waived_by', j]));
  });
  offence.bands.forEach((id, i) => {
    const found = part(id, ['bands', i]);
    if (found && !found.penalty) report(['bands', i], `${id} has no penalty`);
  });
  const aggravation = part(offence.aggravation, ['aggravation']);
  if (aggravation && !aggravation.applies_when) report(['aggravation'], `${offence.aggravation} lists no applies_when`);
  const agency = part(offence.agency, ['agency']);
  if (agency && !agency.procedure?.investigating_agency) {
    report(['agency'], `${offence.agency} names no investigating agency`);
  }
  offence.procedure.forEach((id, i) => {
    const found = part(id, ['procedure', i]);
    if (found && !found.procedure) report(['procedure', i], `${id} states no procedure`);
  });
}

/** Words in a part's prose that mark some of its facts as less than certain. */
const WEAKER = /\b(medium|low|inferred|inference|unverified)\b/i;

/**
 * A part rated high whose own summary or note says that some of its facts are weaker
 * (EO s.18 "up to 14 years, medium"; "ECL and PCL practice is medium"): an item in it
 * would inherit "high" and print without a caveat, so it must say how sure it is.
 */
function ratedHighButFlagsWeakerFacts(part: Part, provision: Provision): boolean {
  const rated = 'confidence' in part && part.confidence ? part.confidence : provision.provenance.content_confidence;
  if (rated !== 'high') return false;
  const note = part === provision ? (provision.provenance.note ?? '') : '';
  return WEAKER.test(`${part.summary ?? ''} ${note}`);
}
