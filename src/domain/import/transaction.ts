/**
 * An import is a transaction: the file it would write is checked with the whole corpus
 * it joins (schema, ids, every part it names, the size the loader accepts) before it is
 * written, so no import can make tipkit refuse its corpus.
 */
import { resolve } from 'node:path';
import { DataError } from '../common/errors.js';
import { fileHash, listCorpusFiles, MAX_FILE_BYTES, readCorpusSource } from '../corpus/files.js';
import { formatIssue } from '../corpus/issues.js';
import type { ParsedFiles } from '../corpus/located.js';
import { parseCorpus } from '../corpus/parse.js';

/** The corpus's files as parsed by earlier checks of this run: only a new file is parsed again. */
const memo: ParsedFiles = new Map();
const MEMO_FILES = 2000;

/**
 * Throws (exit 4) when the corpus with `text` at `path` would be invalid, or leave the file
 * out. A file that brings a new instrument, where there was none, touches no other file:
 * it is checked on its own, and its id against the corpus's (`alone`), which keeps a run of
 * many imports from reading the whole corpus again for each.
 */
export function checkImport(
  corpus: { root: string; library?: string },
  path: string,
  text: string,
  alone?: { id: string; taken: ReadonlySet<string> },
): void {
  const size = Buffer.byteLength(text);
  if (size > MAX_FILE_BYTES) {
    throw new DataError(
      `the text file would be ${size} bytes, more than the ${MAX_FILE_BYTES} a corpus file may hold; nothing was written`,
      { suggestions: ['Import the instrument in parts, one file per part of the text'] },
    );
  }
  if (alone?.taken.has(alone.id)) {
    throw new DataError(`the id ${alone.id} is an instrument of the corpus already; nothing was written`);
  }
  const file = { kind: 'text' as const, name: path, path, hash: fileHash(text), text };
  const target = resolve(path);
  const source = alone
    ? { root: corpus.root, files: [file], hash: file.hash }
    : readCorpusSource(
        corpus.root,
        corpus.library,
        listCorpusFiles(corpus.root, corpus.library).filter((f) => resolve(f.path) !== target),
      );
  if (!alone) source.files.push(file);
  // Bounded: a run of many imports keeps the corpus's own files, not every file it wrote.
  if (memo.size > MEMO_FILES) memo.clear();
  const { corpus: after, issues, skipped } = parseCorpus(source, { skipInvalidTexts: true, memo });
  const own = [...issues, ...(skipped ?? []).map((s) => s.problem)]
    .map((issue) => (typeof issue === 'string' ? issue : formatIssue(issue)))
    .filter((line) => !after || line.startsWith(path));
  if (own.length === 0) return;
  throw new DataError(`the text read would make an invalid corpus file, so nothing was written (${own[0]})`, {
    suggestions: [...own.slice(1, 6), 'Report the file you imported: this is a fault of the importer'],
  });
}
