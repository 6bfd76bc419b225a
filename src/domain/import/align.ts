/**
 * Placing the blocks of an official text on the provisions of a known instrument: by
 * the number the text prints, by its heading against the corpus headings (tolerant of
 * OCR errors), or, where both were lost, by its order between sections already placed.
 * A block that none of these places is reported, never guessed into a slot: a wrong
 * alignment is worse than a missing one.
 */
import { escapeRegExp } from '../common/text.js';
import { hasArabicScript } from '../common/urdu.js';
import type { Confidence, Instrument, Provision, Subprovision } from '../corpus/schema.js';
import { headingSimilarity, listedUnder } from './headings.js';
import { splitParagraphs } from './paragraphs.js';
import type { Block, ContentsEntry } from './read.js';

export type Placement = 'number' | 'contents' | 'heading' | 'order';

export interface PlacedSection {
  /** The provision id (s3) or sub-provision id (s3(2)) of the instrument. */
  id: string;
  placed: Placement;
  confidence: Confidence;
  text: string;
  /** The line of the file the section starts on, for the report. */
  line: number;
}

export interface Alignment {
  sections: PlacedSection[];
  /** Blocks no rule could place, with the reason. */
  unplaced: { line: number; heading?: string; number?: string; why: string }[];
  /** Provisions of the instrument the text did not supply. */
  missing: string[];
  /** Headings found run into the text before them and split off. */
  split: { line: number; heading: string }[];
  /** Sub-sections the text prints that the instrument does not record: their text stays in the section's. */
  dropped: string[];
  /** Placements to check by hand, with their line. */
  checks: { line: number; text: string }[];
}

/** A heading is taken to be the corpus heading at or above this similarity. */
const HEADING_MATCH = 0.75;
/** Below this, a printed heading names another provision than its number's. */
const HEADING_CLASH = 0.4;
/** At or above this, a CONTENTS heading names the block's section. */
const HEADING_SURE = 0.9;

/** Where a block was placed: the provision's index among the instrument's, how, and how surely. */
interface Place {
  index: number;
  placed: Placement;
  confidence: Confidence;
}

/** The blocks placed so far, by block index, and the provisions already taken. */
interface Placing {
  placedAt: Map<number, Place>;
  taken: Set<number>;
}

/** Splits off known headings that OCR ran into the text before them, then places every block. */
export function alignBlocks(
  instrument: Instrument,
  read: readonly Block[],
  contents: readonly ContentsEntry[] = [],
): Alignment {
  const split: Alignment['split'] = [];
  const blocks = numberFromContents(
    read.flatMap((block) => splitRunIn(block, instrument.provisions, split)),
    contents,
  );
  const slots = instrument.provisions;
  const placing: Placing = { placedAt: new Map(), taken: new Set() };
  placeByNumber(blocks, slots, placing);
  placeByHeading(blocks, slots, placing);
  placeByOrder(blocks, slots, placing);
  const checks = lostNeighbours(blocks, slots, placing);
  const { sections, unplaced, dropped } = placedSections(blocks, slots, placing.placedAt);
  const missing = slots.filter((_, i) => !placing.taken.has(i)).map((p) => p.id);
  return { sections, unplaced, missing, split, checks, dropped };
}

/** By printed number: high only where the printed number and heading agree with the instrument. */
function placeByNumber(blocks: readonly Block[], slots: readonly Provision[], { placedAt, taken }: Placing): void {
  blocks.forEach((block, b) => {
    const byNumber = block.number ? slots.findIndex((p) => p.number === block.number) : -1;
    if (byNumber < 0 || taken.has(byNumber)) return;
    // A heading that plainly names another provision ("14." read as 4) is not placed by its number.
    const similarity =
      block.heading === undefined ? 0 : headingSimilarity(block.heading, slots[byNumber]?.heading ?? '');
    const agrees = block.heading !== undefined && similarity >= HEADING_MATCH;
    // (An Urdu heading cannot be compared with tipkit's English ones: its number decides.)
    const clash = block.heading !== undefined && !hasArabicScript(block.heading) && similarity < HEADING_CLASH;
    if (block.heading !== undefined && !agrees && (block.glued || clash)) return;
    placedAt.set(b, {
      index: byNumber,
      placed: block.numberFrom ?? 'number',
      confidence: agrees && !block.numberFrom ? 'high' : 'medium',
    });
    taken.add(byNumber);
  });
}

/** By printed heading alone, where exactly one free provision's heading is close: medium at most. */
function placeByHeading(blocks: readonly Block[], slots: readonly Provision[], { placedAt, taken }: Placing): void {
  blocks.forEach((block, b) => {
    if (placedAt.has(b) || !block.heading) return;
    const scored = slots
      .map((p, index) => ({ index, score: headingSimilarity(block.heading ?? '', p.heading) }))
      .filter(({ index, score }) => !taken.has(index) && score >= HEADING_MATCH)
      .sort((x, y) => y.score - x.score);
    const best = scored[0];
    // Two headings equally close: no choice is safe.
    if (!best || (scored[1] && scored[1].score === best.score)) return;
    // The number that would confirm it is lost.
    placedAt.set(b, { index: best.index, placed: 'heading', confidence: 'medium' });
    taken.add(best.index);
  });
}

/**
 * By order: a block that lost both its number and its heading, between two placed ones,
 * with exactly one free slot between them. A block whose number or heading matches
 * nothing is a section tipkit does not record, not a lost one: it stays unplaced.
 * One sweep over the gaps between placed blocks, so the cost is linear in the text.
 */
function placeByOrder(blocks: readonly Block[], slots: readonly Provision[], { placedAt, taken }: Placing): void {
  const anchors = [...placedAt].sort(([x], [y]) => x - y);
  for (let k = 0; k <= anchors.length; k++) {
    const before = anchors[k - 1];
    const after = anchors[k];
    if (!before && !after) break;
    const [from, to] = [before ? before[0] + 1 : 0, after ? after[0] : blocks.length];
    const lo = before ? before[1].index : -1;
    const hi = after ? after[1].index : slots.length;
    const lost = to - from === 1 && !blocks[from]?.number && !blocks[from]?.heading;
    if (!lost) continue;
    const free: number[] = [];
    for (let i = lo + 1; i < hi && free.length < 2; i++) if (!taken.has(i)) free.push(i);
    if (free.length === 1) {
      placedAt.set(from, { index: free[0] as number, placed: 'order', confidence: 'low' });
      taken.add(free[0] as number);
    }
  }
}

/**
 * A placed block followed by a provision the text gives no start for may hold that
 * provision's text too: it stays where it is, low, and the report says which it may hold.
 */
function lostNeighbours(blocks: readonly Block[], slots: readonly Provision[], { placedAt, taken }: Placing) {
  const checks: Alignment['checks'] = [];
  const order = [...placedAt].sort(([x], [y]) => x - y);
  order.forEach(([b, at], k) => {
    // Only where the next block is placed too (or there is none): an unplaced block between is where the text went.
    if ((order[k + 1]?.[0] ?? blocks.length) !== b + 1) return;
    const nextIndex = order[k + 1]?.[1].index ?? slots.length;
    const lost = slots.slice(at.index + 1, nextIndex).filter((_, i) => !taken.has(at.index + 1 + i));
    if (lost.length === 0 || nextIndex <= at.index) return;
    at.confidence = 'low';
    checks.push({
      line: blocks[b]?.line ?? 0,
      text: `${slots[at.index]?.id} may also hold the text of ${lost.map((p) => p.id).join(', ')}, whose heading the text does not print: check it against the source`,
    });
  });
  return checks;
}

/** Each placed block as its section and sub-sections, in the instrument's order; the rest as unplaced. */
function placedSections(
  blocks: readonly Block[],
  slots: readonly Provision[],
  placedAt: ReadonlyMap<number, Place>,
): Pick<Alignment, 'sections' | 'unplaced' | 'dropped'> {
  const sections: PlacedSection[] = [];
  const unplaced: Alignment['unplaced'] = [];
  const dropped: string[] = [];
  blocks.forEach((block, b) => {
    const at = placedAt.get(b);
    const provision = at ? slots[at.index] : undefined;
    if (at && provision && !block.body) {
      unplaced.push({
        line: block.line,
        ...(block.heading ? { heading: block.heading } : {}),
        why: 'printed with no text',
      });
      return;
    }
    if (!at || !provision) {
      unplaced.push({
        line: block.line,
        ...(block.heading ? { heading: block.heading } : {}),
        ...(block.number ? { number: block.number } : {}),
        why:
          block.heading || block.number
            ? 'matches no provision of the instrument'
            : 'neither number nor heading, and its place is ambiguous',
      });
      return;
    }
    sections.push({
      id: provision.id,
      placed: at.placed,
      confidence: at.confidence,
      text: block.body,
      line: block.line,
    });
    const parts = subsectionTexts(provision, block, at);
    sections.push(...parts.placed);
    dropped.push(...parts.dropped);
  });
  // In the instrument's order, each provision before its sub-provisions.
  const rank = (id: string) => slots.findIndex((p) => id === p.id || id.startsWith(`${p.id}(`));
  sections.sort((x, y) => rank(x.id) - rank(y.id) || x.id.length - y.id.length || (x.id < y.id ? -1 : 1));
  return { sections, unplaced, dropped };
}

/**
 * The numbered and lettered paragraphs of a placed section, on the sub-provisions the
 * corpus records: (1) takes its own paragraph and the clauses under it, (1)(a) its clause.
 */
function subsectionTexts(
  provision: Provision,
  block: Block,
  at: { placed: Placement; confidence: Confidence },
): { placed: PlacedSection[]; dropped: string[] } {
  const groups = new Map<string, string[]>();
  for (const { path, text } of splitParagraphs(block.body)) {
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).join('');
      groups.set(key, [...(groups.get(key) ?? []), text]);
    }
  }
  const placed: PlacedSection[] = [];
  const dropped: string[] = [];
  for (const [key, texts] of groups) {
    if (!recorded(provision, key)) {
      // Its text stays in the section's; only the pinpoint is not recorded.
      dropped.push(`${provision.id}${key}`);
      continue;
    }
    placed.push({
      id: `${provision.id}${key}`,
      placed: at.placed,
      confidence: at.confidence,
      text: texts.join('\n\n'),
      line: block.line,
    });
  }
  return { placed, dropped };
}

/** Whether the corpus records the sub-provision chain `key` ("(1)(a)") under `provision`. */
function recorded(provision: Provision, key: string): boolean {
  let parts: readonly Subprovision[] | undefined = provision.subprovisions;
  for (const id of key.match(/\([^)]+\)/g) ?? []) {
    const next: Subprovision | undefined = parts?.find((s) => s.id === id);
    if (!next) return false;
    parts = next.subprovisions;
  }
  return true;
}

/** A block that lost its number but whose heading a CONTENTS list gives takes the number from the list. */
function numberFromContents(blocks: Block[], contents: readonly ContentsEntry[]): Block[] {
  if (contents.length === 0) return blocks;
  return blocks.map((block) => {
    if (block.number || !block.heading) return block;
    const entry = listedUnder(contents, block.heading ?? '', HEADING_SURE);
    return entry ? { ...block, number: entry.number, numberFrom: 'contents' as const } : block;
  });
}

/**
 * "…where the offence involves: Aggravating circumstances Where an offence…": OCR ran a
 * heading into the text before it. A known heading that follows a full stop or colon and
 * precedes a capital starts a block of its own.
 */
function splitRunIn(first: Block, provisions: readonly Provision[], split: Alignment['split']): Block[] {
  const out: Block[] = [];
  let block: Block | undefined = first;
  // A loop, not recursion: a text that runs many headings together cannot overflow the stack.
  while (block) {
    const cut = runIn(block, provisions);
    if (!cut) {
      out.push(block);
      break;
    }
    split.push({ line: block.line, heading: cut.heading });
    out.push({ ...block, body: block.body.slice(0, cut.at).trim() });
    block = { line: block.line, heading: cut.heading, form: 'heading', body: cut.rest };
  }
  return out;
}

/** The first known heading run into `block`'s text after a stop and before a capital or "(", if any. */
function runIn(
  block: Block,
  provisions: readonly Provision[],
): { at: number; heading: string; rest: string } | undefined {
  for (const provision of provisions) {
    if (block.heading && headingSimilarity(block.heading, provision.heading) >= HEADING_MATCH) continue;
    const words = provision.heading.split(/\s+/).map(escapeRegExp).join('\\s+');
    const pattern = new RegExp(`([.:;])\\s+(${words})\\s+`, 'gi');
    for (let match = pattern.exec(block.body); match; match = pattern.exec(block.body)) {
      const after = match.index + match[0].length;
      // The text after the heading opens with a capital or a pinpoint: case matters there, not in the heading.
      if (!/[A-Z(]/.test(block.body[after] ?? '')) continue;
      return {
        at: match.index + (match[1]?.length ?? 0),
        heading: provision.heading,
        rest: block.body.slice(after).trim(),
      };
    }
  }
  return undefined;
}
