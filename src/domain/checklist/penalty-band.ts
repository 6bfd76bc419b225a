import { penaltyCaveats, triggerCaveats, type Caveat } from '../corpus/caveats.js';
import { findPart, type Part } from '../corpus/model.js';
import type { Condition, Instrument, Offence, Penalty } from '../corpus/schema.js';

/** The band the facts put a case in, as `--json` reports it. */
export interface PenaltyBand {
  min_years: number | null;
  max_years: number | null;
  fine_max: number | null;
  /** Conflicting reported maxima, where sources disagree. */
  fine_reported?: number[];
  combination: Penalty['combination'];
  /** The provision whose band applies. */
  basis: string;
  /** The facts that selected it; empty for the basic band. */
  triggered_by: Condition[];
  as_enacted: number;
  /** How sure the band's figures are; a weaker figure or trigger has a caveat of its own. */
  confidence: Penalty['confidence'];
  caveats: Caveat[];
}

interface Candidate {
  id: string;
  part: Part;
  penalty: Penalty;
}

/** The most severe band whose conditions the facts meet; a band without conditions always applies. */
export function penaltyBand(
  instruments: readonly Instrument[],
  offence: Offence,
  conditions: ReadonlySet<Condition>,
): PenaltyBand {
  const candidates = offence.bands.flatMap((id): Candidate[] => {
    const part = findPart(instruments, id);
    return part?.penalty ? [{ id, part, penalty: part.penalty }] : [];
  });
  const applying = candidates.filter(
    ({ part }) => !part.applies_when || part.applies_when.some((c) => conditions.has(c)),
  );
  const chosen = applying.reduce<Candidate | undefined>(
    (best, next) => (!best || severity(next.penalty) > severity(best.penalty) ? next : best),
    undefined,
  );
  // The offence's validation guarantees a basic band, so this only guards against bad data.
  if (!chosen) throw new Error(`no penalty band of ${offence.id} applies`);
  return bandOf(chosen, conditions);
}

function bandOf({ id, part, penalty }: Candidate, conditions: ReadonlySet<Condition>): PenaltyBand {
  const term = penalty.imprisonment;
  const fine = penalty.fine;
  return {
    min_years:
      term === undefined || term.min_years === 'unknown' ? null : term.min_years === 'none' ? 0 : term.min_years,
    max_years: term === undefined || term.max_years === 'unknown' ? null : term.max_years,
    fine_max: fine === undefined || fine.max === 'unknown' ? null : fine.max,
    ...(fine?.reported ? { fine_reported: fine.reported } : {}),
    combination: penalty.combination,
    basis: id,
    triggered_by: part.applies_when?.filter((c) => conditions.has(c)) ?? [],
    as_enacted: penalty.as_enacted,
    // Rated as the data rates the band; a less certain fine, term or trigger says so itself,
    // in the header and the items alike.
    confidence: penalty.confidence,
    caveats: [...penaltyCaveats(penalty), ...triggerCaveats(part)],
  };
}

/** Longer maximum first, then higher minimum; an unknown figure counts as lowest. */
function severity(penalty: Penalty): number {
  const term = penalty.imprisonment;
  const max = typeof term?.max_years === 'number' ? term.max_years : -1;
  const min = typeof term?.min_years === 'number' ? term.min_years : 0;
  return max * 1000 + min;
}
