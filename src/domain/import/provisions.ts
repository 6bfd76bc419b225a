/**
 * The provisions of an instrument tipkit records none of, read from its official text:
 * numbered as printed; where the number was lost, from the CONTENTS list by heading, or
 * from the order between two numbered sections. A section with neither is reported.
 */
import { provisionId } from '../corpus/imported.js';
import type { ImportedPart, ImportedProvision, InstrumentKind } from '../corpus/schema.js';
import { headingSimilarity, type Alignment } from './align.js';
import { splitParagraphs } from './paragraphs.js';
import type { Block, ContentsEntry } from './read.js';

export interface BuiltProvisions {
  provisions: ImportedProvision[];
  unplaced: Alignment['unplaced'];
  /** The line each provision starts on, for the report. */
  lines: Map<string, number>;
}

export function buildProvisions(
  kind: InstrumentKind,
  blocks: readonly Block[],
  contents: readonly ContentsEntry[],
): BuiltProvisions {
  const provisions: ImportedProvision[] = [];
  const unplaced: Alignment['unplaced'] = [];
  const lines = new Map<string, number>();
  const numbers = blocks.map((block) => numberOf(block, contents));
  blocks.forEach((block, i) => {
    let found = numbers[i];
    if (!found) {
      const before = Number.parseInt(numbers[i - 1]?.number ?? '', 10);
      const after = Number.parseInt(numbers[i + 1]?.number ?? '', 10);
      // Between N and N+2, or after the last numbered section, a lost number is N+1.
      if (!Number.isNaN(before) && (after === before + 2 || (i === blocks.length - 1 && Number.isNaN(after)))) {
        found = { number: String(before + 1), placed: 'order' };
        numbers[i] = found;
      }
    }
    const id = found && provisionId(kind, found.number);
    if (!found || !id || lines.has(id) || !/^(s|r|art)\d/.test(id)) {
      unplaced.push({
        line: block.line,
        ...(block.heading ? { heading: block.heading } : {}),
        ...(block.number ? { number: block.number } : {}),
        why: !found
          ? 'no number printed, none in a CONTENTS list, and its place is ambiguous'
          : `number ${found.number} is printed twice`,
      });
      return;
    }
    lines.set(id, block.line);
    const subprovisions = partsOf(block.body);
    provisions.push({
      id,
      number: found.number,
      number_printed: found.placed === 'number',
      heading: block.heading ?? null,
      placed: found.placed,
      confidence: found.placed === 'number' ? 'high' : 'medium',
      text: block.body || (block.heading ?? ''),
      ...(subprovisions.length ? { subprovisions } : {}),
    });
  });
  return { provisions, unplaced, lines };
}

function numberOf(
  block: Block,
  contents: readonly ContentsEntry[],
): { number: string; placed: ImportedProvision['placed'] } | undefined {
  if (block.number) return { number: block.number, placed: block.numberFrom ?? 'number' };
  const entry = block.heading && contents.find((c) => headingSimilarity(c.heading, block.heading ?? '') >= 0.9);
  return entry ? { number: entry.number, placed: 'contents' } : undefined;
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
