import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { readCorpusFile, type CorpusFile } from './files.js';
import type { Issue } from './issues.js';

/** A path into a YAML document, as Zod and `doc.getIn` use it. */
export type Path = (string | number)[];

/** A parsed, schema-valid file, with what is needed to point at any value in it. */
export interface Located<T> {
  file: CorpusFile;
  doc: Document;
  lines: LineCounter;
  value: T;
}

/**
 * Parses one YAML file and validates it; every problem is an issue with file:line:col.
 * The fast path reads the file with js-yaml's core schema (YAML 1.2's values, as `yaml`
 * gives them) and keeps no positions; the position-aware parse runs only for a file
 * that fails, or when a later check must point into it.
 */
/** Values of files already read, by content hash (see ParseOptions.memo). */
export type ParsedFiles = Map<string, unknown>;

export function parseLocated<T>(
  file: CorpusFile,
  text: string,
  schema: z.ZodType<T>,
  issues: Issue[],
  memo?: ParsedFiles,
): Located<T> | undefined {
  const fast = memo?.get(file.hash) ?? fastParse(text);
  if (memo && fast !== undefined) memo.set(file.hash, fast);
  const result = fast === undefined ? undefined : schema.safeParse(fast);
  if (result?.success) {
    let slow: { doc: Document; lines: LineCounter } | undefined;
    // The corpus drops each file's text once parsed; positions read the file again if asked for.
    const positions = () => (slow ??= documentOf(file.text ?? readCorpusFile(file.path)));
    return {
      file,
      get doc() {
        return positions().doc;
      },
      get lines() {
        return positions().lines;
      },
      value: result.data,
    };
  }
  return parseSlowly(file, text || (file.text ?? readCorpusFile(file.path)), schema, issues);
}

/**
 * The file's value by the fast parser, or undefined where only the position-aware one
 * may read it: anchors and aliases (which `yaml` bounds against alias bombs), tags, more
 * than one document, a negative zero, or anything js-yaml refuses.
 */
export function fastParse(text: string): unknown {
  if (/(?:^|[\s[{,])[&*!][^\s]/m.test(text) || /^(?:---|\.\.\.)/m.test(text)) return undefined;
  // js-yaml reads a bare -0 as 0 where yaml keeps the sign: the one value they differ on.
  if (/-0(?:\.0*)?(?![\d.eE])/.test(text)) return undefined;
  try {
    // A copy: js-yaml's strings may be slices of the file's text, which would keep every
    // file of a statute book in memory after its text is dropped (a quarter of the parse).
    return structuredClone(load(text, { schema: CORE_SCHEMA, json: false }));
  } catch {
    return undefined;
  }
}

function documentOf(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
}

function parseSlowly<T>(file: CorpusFile, text: string, schema: z.ZodType<T>, issues: Issue[]): Located<T> | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      issues.push({ file: file.path, line, col, message: syntaxMessage(error) });
    }
    return undefined;
  }
  if (!isMap(doc.contents)) {
    const message =
      doc.contents === null ? 'the file is empty' : 'the file must be a mapping of fields (key: value lines)';
    issues.push({ file: file.path, ...position(doc, lines, []), message });
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses an alias bomb ("billion laughs") rather than expanding it.
    issues.push({
      file: file.path,
      line: 1,
      col: 1,
      message: `cannot be read: ${firstLine((error as Error).message)}`,
    });
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(schemaIssue(file, doc, lines, issue));
    return undefined;
  }
  return { file, doc, lines, value: result.data };
}

/** Reports a problem at `path` in a located file (or at its nearest existing ancestor). */
export function issueAt(located: Located<unknown>, path: Path, message: string): Issue {
  return { file: located.file.path, ...position(located.doc, located.lines, path), message };
}

function schemaIssue(file: CorpusFile, doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): Issue {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  let message = issue.message;
  let offset: number | undefined;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    offset = keyOffset(doc, path, issue.keys[0] ?? '');
  } else if (issue.code === 'invalid_type') {
    // Zod does not report the input, so the document tells a missing field from a wrong one.
    if (path.length > 0 && !doc.hasIn(path)) {
      message = `missing required field "${String(path.at(-1))}"`;
      path.pop();
    } else {
      message = `must be ${article(issue.expected)}, not ${describeValue(doc.getIn(path))}`;
    }
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

function syntaxMessage(error: { code: string; message: string }): string {
  if (error.code === 'MULTIPLE_DOCS') {
    return 'a second YAML document starts here ("---"); a file holds one instrument or case';
  }
  return `YAML syntax: ${firstLine(error.message)}`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** The kind of value found, in the words of the schema messages ("a number", "a list"). */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (isSeq(value)) return 'a list';
  if (isMap(value)) return 'a mapping';
  if (isScalar(value)) return describeValue(value.value);
  return article(typeof value);
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
