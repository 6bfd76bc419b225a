import type { Penalty } from './schema.js';
import { formatPkr } from '../common/text.js';

/** "2 to 10 years", "up to 7 years", "unknown". */
export function imprisonmentLabel(penalty: Penalty): string | undefined {
  const term = penalty.imprisonment;
  if (!term) return undefined;
  const { min_years: min, max_years: max } = term;
  if (max === 'unknown' && (min === 'unknown' || min === 'none')) return 'imprisonment: term unknown';
  if (max === 'unknown') return `imprisonment of at least ${min} years (maximum unknown)`;
  if (min === 'none') return `imprisonment up to ${max} years`;
  if (min === 'unknown') return `imprisonment up to ${max} years (minimum unknown)`;
  return `imprisonment of ${min} to ${max} years`;
}

/** "fine up to PKR 1,000,000", with conflicting reports shown, never resolved silently. */
export function fineLabel(penalty: Penalty): string | undefined {
  const fine = penalty.fine;
  if (!fine) return undefined;
  if (fine.max !== 'unknown') return `fine up to ${formatPkr(fine.max)}`;
  if (fine.reported) return `fine up to ${fine.reported.map(formatPkr).join(' or ')} (reports conflict)`;
  return 'fine: maximum unknown';
}

export function combinationLabel(penalty: Penalty): string {
  switch (penalty.combination) {
    case 'or':
      return 'prison, or fine, or both';
    case 'and':
      return 'prison and fine, both mandatory';
    case 'by-reference':
      return `as punished under ${penalty.by_reference ?? 'another law'}`;
    default:
      return 'whether prison and fine combine is unknown';
  }
}

/** The whole band on one line. */
export function penaltyLine(penalty: Penalty): string {
  return [imprisonmentLabel(penalty), fineLabel(penalty), combinationLabel(penalty)].filter(Boolean).join('; ');
}
