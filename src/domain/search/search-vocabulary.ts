/**
 * vocabulary/search-terms.yaml: the stems tipkit keeps apart and the words it searches
 * together. The store is built with it and carries it in its header (store-format.ts),
 * so whoever reads a store (CLI, browse, the exported site) reads queries by the rules
 * the store was built with; the file itself is read only to build a store.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type * as Yaml from 'yaml';
import { DataError } from '../common/errors.js';
import { PACKAGE_ROOT } from '../common/paths.js';
import { readFileBytes } from '../writes/read-file.js';

/** A group of words searched together: any `when` word typed also searches the `also` words. */
export interface SynonymGroup {
  when: string[];
  also: string[];
  /** Corpus ids that use the group's words (checked by the data tests). */
  sources: string[];
}

/** What a store carries of the vocabulary. */
export interface SearchVocabulary {
  /** A hash of the file, so a store built with another vocabulary is built again. */
  hash: string;
  /** Word → the stem it is indexed and searched under, in place of Porter's. */
  stems: Record<string, string>;
  synonyms: SynonymGroup[];
}

const WORD = z.string().regex(/^[a-z][a-z' -]*[a-z]$/, 'lower-case English words');
const Sources = z.array(z.string().min(1)).min(1);
const Schema = z.strictObject({
  format: z.literal(1),
  stems: z.array(z.strictObject({ words: z.array(WORD).min(1), stem: WORD, why: z.string().min(1) })),
  synonyms: z.array(
    z.union([
      z.strictObject({ words: z.array(WORD).min(2), sources: Sources, note: z.string().min(1) }),
      z.strictObject({
        when: z.array(WORD).min(1),
        also: z.array(WORD).min(1),
        sources: Sources,
        note: z.string().min(1),
      }),
    ]),
  ),
});

export const SEARCH_VOCABULARY_FILE = join(PACKAGE_ROOT, 'vocabulary', 'search-terms.yaml');

/** The file's hash, without parsing it: what a store's name and header are checked against. */
export function searchVocabularyHash(path = SEARCH_VOCABULARY_FILE): string {
  return hashOf(readVocabularyBytes(path));
}

function readVocabularyBytes(path: string): Uint8Array {
  return readFileBytes(path, { what: 'search vocabulary', maxBytes: 1 << 20 });
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex').slice(0, 12);
}

/** The vocabulary at `path`, validated; a DataError naming the file and entry when it is not. */
export async function readSearchVocabulary(path = SEARCH_VOCABULARY_FILE): Promise<SearchVocabulary> {
  return searchVocabularyFrom(readVocabularyBytes(path), path, await import('yaml'));
}

/** The vocabulary in `bytes` (read from `path`), parsed with the yaml module given. */
export function searchVocabularyFrom(
  bytes: Uint8Array,
  path: string,
  { parse, YAMLParseError }: Pick<typeof Yaml, 'parse' | 'YAMLParseError'>,
): SearchVocabulary {
  let data: unknown;
  try {
    data = parse(new TextDecoder().decode(bytes));
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const [at] = error.linePos ?? [];
    throw new DataError(`${path}:${at ? `${at.line}:${at.col}` : ''}: ${error.message.split('\n')[0] ?? ''}`);
  }
  const result = Schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const stems: Record<string, string> = {};
  for (const entry of result.data.stems) {
    for (const word of entry.words) {
      if (stems[word] !== undefined && stems[word] !== entry.stem) {
        throw new DataError(`${path}: "${word}" is given two stems, "${stems[word]}" and "${entry.stem}"`);
      }
      stems[word] = entry.stem;
    }
  }
  const synonyms = result.data.synonyms.map((group) =>
    'words' in group
      ? { when: group.words, also: group.words, sources: group.sources }
      : { when: group.when, also: group.also, sources: group.sources },
  );
  return { hash: hashOf(bytes), stems, synonyms };
}
