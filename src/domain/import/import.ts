/**
 * `tip import`: an official text the user holds, read, cleaned and placed on the
 * provisions of a known instrument, as the `laws/<id>.text.yaml` file that carries it.
 * The instrument's own file, and its summaries, are never touched.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { UsageError } from '../common/errors.js';
import { CitationResolver } from '../citations/resolve.js';
import type { Corpus } from '../corpus/model.js';
import type { Instrument, OfficialTextFile } from '../corpus/schema.js';
import { alignBlocks, headingSimilarity, type Alignment } from './align.js';
import { htmlToText } from './html.js';
import { readOfficialText, type Block, type Removed } from './read.js';

export const IMPORTER = 'tipkit 0.1 text importer';

export interface ImportPlan {
  instrument: string;
  file: string;
  format: OfficialTextFile['source']['format'];
  sha256: string;
  sections: Alignment['sections'];
  unplaced: Alignment['unplaced'];
  missing: string[];
  split: Alignment['split'];
  removed: Removed[];
  /** The title, preamble and enacting formula before the first section: read, not imported. */
  preamble: string;
  warnings: string[];
}

/** Reads `text` (the file `name`) and places it on `as`, or on the instrument its title names. */
export function planImport(corpus: Corpus, name: string, text: string, options: { as?: string } = {}): ImportPlan {
  const format = formatOf(name, text);
  const read = readOfficialText(format === 'html' ? htmlToText(text) : text);
  const instrument = options.as ? named(corpus, options.as) : recognise(corpus, text.slice(0, 3000));
  const warnings: string[] = [];
  if (instrument.provisions.length === 0) {
    throw new UsageError(`${instrument.short} has no provisions recorded in tipkit to attach the text to`, {
      suggestions: ['Importing an instrument tipkit does not describe is not supported yet'],
    });
  }
  // The title printed as a heading ("# LANTERN KEEPERS ACT, 2019") opens the text: it and
  // what follows it (number, preamble, enacting formula) are not a section.
  const isTitle = (b: Block) => b.heading !== undefined && headingSimilarity(b.heading, instrument.title) >= 0.75;
  const blocks = read.blocks.filter((b) => !isTitle(b));
  const preamble = [read.preamble, ...read.blocks.filter(isTitle).map((b) => b.body)].filter(Boolean).join('\n\n');
  const alignment = alignBlocks(instrument, blocks);
  if (alignment.sections.length === 0) warnings.push(`no section of ${name} could be placed on ${instrument.short}`);
  return {
    instrument: instrument.id,
    file: basename(name),
    format,
    sha256: createHash('sha256').update(text).digest('hex'),
    ...alignment,
    removed: read.removed,
    preamble,
    warnings,
  };
}

/** The overlay file for a plan. `imported` is kept from an earlier import of the same bytes, so re-importing changes nothing. */
export function officialTextYaml(plan: ImportPlan, imported: string): string {
  const file: OfficialTextFile = {
    format: 'tipkit-official-text',
    version: 1,
    text_of: plan.instrument,
    source: { file: plan.file, sha256: plan.sha256, format: plan.format, imported, importer: IMPORTER },
    sections: plan.sections.map(({ id, placed, confidence, text }) => ({ id, placed, confidence, text })),
  };
  return `# Written by tip import from a file you hold; re-import to replace it. Official text, verbatim: check it against the source.\n${stringify(file, { lineWidth: 0 })}`;
}

/** HTML by its name or its first tag; Markdown by its name; anything else is read as plain text. */
function formatOf(name: string, text: string): ImportPlan['format'] {
  if (/\.x?html?$/i.test(name) || /^\s*<(!doctype html|html|body|h1|p)\b/i.test(text)) return 'html';
  return /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text';
}

function named(corpus: Corpus, as: string): Instrument {
  const resolution = new CitationResolver(corpus).resolve(as);
  if (resolution.provision) throw new UsageError(`--as takes an instrument, not a provision: ${as}`);
  return resolution.instrument;
}

/** The instrument whose title or official number the text's opening names. */
function recognise(corpus: Corpus, start: string): Instrument {
  const opening = start.replace(/\s+/g, ' ').toLowerCase();
  const found = corpus.instruments.filter((i) => {
    const number = i.official_number?.value;
    return (
      opening.includes(i.title.toLowerCase().replace(/\s+/g, ' ')) ||
      (typeof number === 'string' && number !== 'unknown' && opening.includes(number.toLowerCase()))
    );
  });
  if (found.length === 1) return found[0] as Instrument;
  throw new UsageError(
    found.length === 0
      ? 'the text names no instrument tipkit knows by its title or official number: say which with --as'
      : `the text could be ${found.map((i) => i.short).join(' or ')}: say which with --as`,
    { suggestions: ['Say which with --as, e.g. --as PTPA'] },
  );
}
