import type { Caveat } from '../domain/corpus/caveats.js';
import type { Checklist } from '../domain/checklist/build.js';
import type { Facts } from '../domain/checklist/facts.js';
import type { ItemState, Progress, SessionChanges } from '../domain/checklist/session.js';
import { formatPkr } from '../domain/common/text.js';

/** Shared by the text, Markdown and interactive views, so all three describe a case alike. */
export function factsLine(facts: Facts): string {
  return [
    `victim: ${facts.victim === 'unknown' ? 'age unknown' : facts.victim}${facts.victim_woman ? ', female' : ''}`,
    ...(facts.cross_border ? ['cross-border'] : []),
    ...(facts.aggravating.length ? [`aggravating: ${facts.aggravating.join(', ')}`] : []),
    ...(facts.purpose.length ? [`purpose: ${facts.purpose.join(', ')}`] : []),
    ...(facts.forged_documents ? ['forged documents'] : []),
  ].join(' · ');
}

/** "2 to 10 years, or a fine up to PKR 1,000,000, or both". */
export function bandLine(penalty: Checklist['penalty']): string {
  const { min_years: min, max_years: max } = penalty;
  const years =
    max === null
      ? 'prison term not known'
      : min === null
        ? `up to ${max} years (minimum not known)`
        : min === 0
          ? `up to ${max} years`
          : `${min} to ${max} years`;
  const fine =
    penalty.fine_max !== null
      ? `a fine up to ${formatPkr(penalty.fine_max)}`
      : penalty.fine_reported
        ? `a fine up to ${penalty.fine_reported.map(formatPkr).join(' or ')} (reports conflict)`
        : 'a fine (maximum not known)';
  switch (penalty.combination) {
    case 'or':
      return `${years}, or ${fine}, or both`;
    case 'and':
      return `${years} and ${fine}, both mandatory`;
    default:
      return `${years}; ${fine}; whether they combine is not known`;
  }
}

/** The caveats of the header's rows (penalty, agency, court), printed under it in every format. */
export function headerCaveats(checklist: Checklist): Caveat[] {
  return [...checklist.penalty.caveats, ...checklist.agency.caveats, ...checklist.court.caveats];
}

export function summaryRows(checklist: Checklist, label: (id: string) => string): [string, string][] {
  const { penalty, agency, court } = checklist;
  return [
    ['Penalty', `${bandLine(penalty)} (${label(penalty.basis)}, as enacted ${penalty.as_enacted})`],
    ['Agency', `${agency.name} (${label(agency.basis)})`],
    ['Court', court.name ? `${court.name} (${label(court.basis)})` : `not known (${label(court.basis)})`],
  ];
}

export function progressLine(progress: Progress): string {
  return `${progress.done} of ${progress.total} items done`;
}

/** Lines that tell a resuming user what the newer corpus changed. */
export function changeLines(changes: SessionChanges): string[] {
  if (changes.changed.length + changes.removed.length + changes.added.length === 0) return [];
  return [
    `The corpus changed since this checklist was saved (${changes.from_corpus.slice(0, 12)} → ${changes.to_corpus.slice(0, 12)}).`,
    ...changes.changed.map((id) => `changed (tick kept): ${id}`),
    ...changes.removed.map(
      (r) => `removed: ${r.id}${r.done ? ' (was ticked)' : ''}${r.note ? ` (note: ${r.note})` : ''}`,
    ),
    ...changes.added.map((id) => `new: ${id}`),
  ];
}

export function stateMap(states: readonly ItemState[] | undefined): Map<string, ItemState> {
  return new Map((states ?? []).map((s) => [s.id, s]));
}
