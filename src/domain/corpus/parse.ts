/**
 * The slow path: parse YAML with source positions, validate against the schema and
 * check the corpus for consistency. Imported lazily; a cached corpus never loads it.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { designatorFor, parseCanonical } from '../ids.js';
import { Instrument as InstrumentSchema, type Instrument } from '../schema.js';
import type { CorpusFile, CorpusSource } from './files.js';
import type { Issue } from './issues.js';
import { allIds, type Corpus, type Part } from './model.js';
import { compareText } from '../format.js';

type Path = (string | number)[];

interface ParsedFile {
  file: CorpusFile;
  doc: Document;
  lines: LineCounter;
  instrument: Instrument;
}

const KIND_ORDER: Record<Instrument['kind'], number> = { act: 0, rules: 1, protocol: 2, convention: 3 };

/** Parses and validates every file; returns the corpus only when there are no issues. */
export function parseCorpus(source: CorpusSource): { corpus?: Corpus; issues: Issue[] } {
  const issues: Issue[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of source.files) {
    const result = parseFile(file, issues);
    if (result) parsed.push(result);
  }
  checkConsistency(parsed, issues);
  if (issues.length > 0 || parsed.length !== source.files.length) return { issues };
  parsed.sort(
    (a, b) =>
      KIND_ORDER[a.instrument.kind] - KIND_ORDER[b.instrument.kind] || compareText(a.instrument.id, b.instrument.id),
  );
  return {
    issues,
    corpus: {
      hash: source.hash,
      instruments: parsed.map((p) => p.instrument),
      files: Object.fromEntries(parsed.map((p) => [p.instrument.id, p.file.name])),
    },
  };
}

function parseFile(file: CorpusFile, issues: Issue[]): ParsedFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      issues.push({ file: file.path, line, col, message: `YAML syntax: ${firstLine(error.message)}` });
    }
    return undefined;
  }
  const result = InstrumentSchema.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(schemaIssue(file, doc, lines, issue));
    return undefined;
  }
  return { file, doc, lines, instrument: result.data };
}

function schemaIssue(file: CorpusFile, doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): Issue {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  let message = issue.message;
  let offset: number | undefined;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    offset = keyOffset(doc, path, issue.keys[0] ?? '');
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = `missing required field "${String(path.at(-1))}"`;
    path.pop();
  }
  const where = path.length > 0 ? `${formatPath(path)}: ` : '';
  return { file: file.path, ...position(doc, lines, path, offset), message: `${where}${message}` };
}

/** Position of the node at `path`, or of its nearest existing ancestor. */
function position(doc: Document, lines: LineCounter, path: Path, offset?: number): { line: number; col: number } {
  if (offset === undefined) {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : (doc.getIn(path.slice(0, depth), true) as Node | undefined);
      if (node?.range) {
        offset = node.range[0];
        break;
      }
    }
  }
  return lines.linePos(offset ?? 0);
}

function keyOffset(doc: Document, path: Path, key: string): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function formatPath(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

/** Cross-checks that the schema cannot express: unique ids, resolvable references, known sources. */
function checkConsistency(parsed: readonly ParsedFile[], issues: Issue[]): void {
  const report = (p: ParsedFile, path: Path, message: string): void => {
    issues.push({ file: p.file.path, ...position(p.doc, p.lines, path), message });
  };
  const owners = new Map<string, ParsedFile>();
  for (const p of parsed) {
    const first = owners.get(p.instrument.id);
    if (first) report(p, ['id'], `duplicate instrument id "${p.instrument.id}" (also in ${first.file.name})`);
    else owners.set(p.instrument.id, p);
  }
  const known = new Set(allIds(parsed.map((p) => p.instrument)));
  for (const p of parsed) checkInstrument(p, known, (path, message) => report(p, path, message));
}

function checkInstrument(
  p: ParsedFile,
  known: ReadonlySet<string>,
  report: (path: Path, message: string) => void,
): void {
  const { instrument } = p;
  const sources = new Set(Object.keys(instrument.sources));
  const checkSources = (keys: readonly string[] | undefined, path: Path): void => {
    keys?.forEach((key, i) => {
      if (!sources.has(key)) report([...path, i], `unknown source "${key}" (not in this file's sources)`);
    });
  };
  const checkRefs = (refs: readonly string[] | undefined, path: Path): void => {
    refs?.forEach((ref, i) => {
      if (!parseCanonical(ref)) report([...path, i], `"${ref}" is not a canonical id such as ptpa-2018:s3(2)`);
      else if (!known.has(ref))
        report([...path, i], `dangling cross-reference "${ref}": no such provision in the corpus`);
    });
  };

  checkSources(instrument.source.consulted, ['source', 'consulted']);
  instrument.status.forEach((note, i) => checkSources(note.sources, ['status', i, 'sources']));
  instrument.facts?.forEach((fact, i) => {
    checkSources(fact.sources, ['facts', i, 'sources']);
    checkRefs(fact.refs, ['facts', i, 'refs']);
  });

  const seen = new Set<string>();
  instrument.provisions.forEach((provision, i) => {
    const path: Path = ['provisions', i];
    if (seen.has(provision.id)) report([...path, 'id'], `duplicate provision id "${provision.id}" in ${instrument.id}`);
    seen.add(provision.id);
    const expected = provision.number === null ? undefined : numberedId(instrument.kind, provision.number);
    if (expected && expected !== provision.id) {
      report(
        [...path, 'id'],
        `id "${provision.id}" does not match number ${provision.number} (expected "${expected}")`,
      );
    }
    checkSources(provision.provenance.sources, [...path, 'provenance', 'sources']);
    provision.provenance.amendments?.forEach((note, j) =>
      checkSources(note.sources, [...path, 'provenance', 'amendments', j, 'sources']),
    );
    checkPart(provision, path, checkRefs, report);
  });
}

function checkPart(
  part: Part,
  path: Path,
  checkRefs: (refs: readonly string[] | undefined, path: Path) => void,
  report: (path: Path, message: string) => void,
): void {
  checkRefs(part.xrefs, [...path, 'xrefs']);
  const seen = new Set<string>();
  part.subprovisions?.forEach((sub, i) => {
    const subPath: Path = [...path, 'subprovisions', i];
    if (seen.has(sub.id)) report([...subPath, 'id'], `duplicate sub-provision id "${sub.id}"`);
    seen.add(sub.id);
    checkPart(sub, subPath, checkRefs, report);
  });
}

function numberedId(kind: Instrument['kind'], number: string): string | undefined {
  if (!/^\d+(-[A-Z])?$/.test(number)) return undefined;
  return `${designatorFor(kind)}${number}`;
}
