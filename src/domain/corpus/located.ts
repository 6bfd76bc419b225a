import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { CorpusFile } from './files.js';
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

/** Parses one YAML file and validates it; every problem is an issue with file:line:col. */
export function parseLocated<T>(file: CorpusFile, schema: z.ZodType<T>, issues: Issue[]): Located<T> | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      issues.push({ file: file.path, line, col, message: `YAML syntax: ${firstLine(error.message)}` });
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS({ maxAliasCount: 100 }));
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
