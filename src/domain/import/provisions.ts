/**
 * The provisions of an instrument tipkit records none of, read from its official text:
 * numbered as printed; where the number was lost, from the CONTENTS list by heading, or
 * from the order between two numbered sections. High confidence only where the printed
 * number and heading agree with each other and with the CONTENTS list; a section with
 * neither is reported, and every gap in the numbering is said.
 */
import { provisionId } from '../corpus/imported.js';
import type { Confidence, ImportedPart, ImportedProvision, InstrumentKind } from '../corpus/schema.js';
import type { Alignment } from './align.js';
import { headingSimilarity, listedUnder } from './headings.js';
import { readable } from './describe-text.js';
import { splitParagraphs } from './paragraphs.js';
import type { Block, ContentsEntry } from './read.js';
import { numberKey } from './sequence.js';

/** Where the numbers read and the CONTENTS list disagree, for the report. */
export interface NumberingGaps {
  /** Numbers the sequence passes over (3 then 5: "4"). */
  skipped: string[];
  /** Entries of the CONTENTS list with no section in the body. */
  notInBody: string[];
  /** Sections of the body the CONTENTS list does not give. */
  notInContents: string[];
  /** Sections whose heading differs from the CONTENTS list's. */
  headingDiffers: string[];
}

export interface BuiltProvisions {
  provisions: ImportedProvision[];
  unplaced: Alignment['unplaced'];
  /** The line each provision starts on, for the report. */
  lines: Map<string, number>;
  gaps: NumberingGaps;
}

/** A heading is the CONTENTS list's at or above this similarity. */
const SAME_HEADING = 0.75;

export function buildProvisions(
  kind: InstrumentKind,
  blocks: readonly Block[],
  contents: readonly ContentsEntry[],
): BuiltProvisions {
  const provisions: ImportedProvision[] = [];
  const unplaced: Alignment['unplaced'] = [];
  const lines = new Map<string, number>();
  const listed = new Map(contents.map((c) => [c.number, c.heading]));
  const headingDiffers: string[] = [];
  const numbers = blocks.map((block) => numberOf(block, contents));
  blocks.forEach((block, i) => {
    let found = numbers[i];
    if (!found) {
      const before = Number.parseInt(numbers[i - 1]?.number ?? '', 10);
      const after = Number.parseInt(numbers[i + 1]?.number ?? '', 10);
      // Between N and N+2, a lost number is N+1.
      if (!Number.isNaN(before) && after === before + 2) {
        found = { number: String(before + 1), placed: 'order' };
        numbers[i] = found;
      }
    }
    const id = found && provisionId(kind, found.number);
    const text = block.body || block.heading || '';
    // The ids the corpus takes: s3, s3-A, r3, art3 (a rule "3A" or a section "12AA" has none).
    if (!found || !id || lines.has(id) || !/^(?:s\d+(?:-[A-Z])?|art\d+|r\d+)$/.test(id) || !text) {
      unplaced.push({
        line: block.line,
        ...(block.heading ? { heading: block.heading } : {}),
        ...(block.number ? { number: block.number } : {}),
        why: !found
          ? 'no number printed, none in a CONTENTS list, and its place is ambiguous'
          : !text
            ? 'printed with no text'
            : lines.has(id ?? '')
              ? `number ${found.number} is printed twice`
              : `number ${found.number} has no place in tipkit's numbering of this instrument`,
      });
      return;
    }
    lines.set(id, block.line);
    const fromList = listed.get(found.number);
    const agrees =
      fromList === undefined || (block.heading && headingSimilarity(block.heading, fromList) >= SAME_HEADING);
    if (fromList !== undefined && block.heading && !agrees) headingDiffers.push(found.number);
    const subprovisions = partsOf(block.body);
    provisions.push({
      id,
      number: found.number,
      // A number read with a glued footnote digit dropped was not printed as it is kept.
      number_printed: found.placed === 'number' && !block.glued,
      heading: block.heading ?? null,
      placed: found.placed,
      confidence: confidenceOf(block, found.placed, Boolean(agrees)),
      text,
      ...(subprovisions.length ? { subprovisions } : {}),
    });
  });
  return { provisions, unplaced, lines, gaps: gapsOf(provisions, contents, headingDiffers) };
}

/** High only for a printed number with a printed, readable heading that the CONTENTS list (if any) agrees with. */
function confidenceOf(block: Block, placed: ImportedProvision['placed'], agrees: boolean): Confidence {
  if (placed !== 'number' || block.glued) return 'medium';
  const headed = block.heading !== undefined && block.form !== 'bare' && readable(block.heading);
  return headed && agrees ? 'high' : 'medium';
}

function numberOf(
  block: Block,
  contents: readonly ContentsEntry[],
): { number: string; placed: ImportedProvision['placed'] } | undefined {
  if (block.number) return { number: block.number, placed: 'number' };
  const entry = block.heading && listedUnder(contents, block.heading ?? '', 0.9);
  return entry ? { number: entry.number, placed: 'contents' } : undefined;
}

function gapsOf(
  provisions: readonly ImportedProvision[],
  contents: readonly ContentsEntry[],
  headingDiffers: string[],
): NumberingGaps {
  const placed = new Set(provisions.map((p) => p.number));
  const skipped: string[] = [];
  const whole = provisions.map((p) => Math.floor(numberKey(p.number) / 1000));
  whole.forEach((n, i) => {
    const previous = whole[i - 1];
    if (previous === undefined) return;
    // At most a hundred named: a longer gap is one gap.
    for (let k = previous + 1; k < n && k < previous + 100; k++) skipped.push(String(k));
  });
  return {
    skipped,
    notInBody: contents.filter((c) => !placed.has(c.number)).map((c) => c.number),
    notInContents: contents.length
      ? provisions.filter((p) => !contents.some((c) => c.number === p.number)).map((p) => p.number)
      : [],
    headingDiffers,
  };
}

/** The body's numbered and lettered paragraphs as a tree of parts: (1) holds its (a), (b), and its text includes theirs. */
function partsOf(body: string): ImportedPart[] {
  const root: ImportedPart[] = [];
  for (const { path, text } of splitParagraphs(body)) {
    let level = root;
    for (const id of path) {
      const node = level.find((p) => p.id === id);
      if (node) node.text = `${node.text}\n\n${text}`;
      else level.push({ id, text });
      const current = node ?? (level.at(-1) as ImportedPart);
      level = current.subprovisions ??= [];
    }
  }
  return prune(root);
}

/** Drops the empty lists the walk leaves on leaves. */
function prune(parts: ImportedPart[]): ImportedPart[] {
  return parts.map(({ subprovisions, ...part }) =>
    subprovisions?.length ? { ...part, subprovisions: prune(subprovisions) } : part,
  );
}
