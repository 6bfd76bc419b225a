/**
 * Parsing and validating vocabulary/search-terms.yaml, done only when a store is built:
 * a search loads none of this (search-vocabulary.ts).
 */
import { z } from 'zod';
import type * as Yaml from 'yaml';
import { DataError } from '../common/errors.js';
import { makeStem } from './stemmer.js';
import { hashOf, readVocabularyBytes, SEARCH_VOCABULARY_FILE, type SearchVocabulary } from './search-vocabulary.js';

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
  const stem = makeStem(stems);
  const synonyms = result.data.synonyms.map((group) => {
    const [when, also] = 'words' in group ? [group.words, group.words] : [group.when, group.also];
    return { when, whenStems: when.map(stem), also, sources: group.sources };
  });
  return { hash: hashOf(bytes), stems, synonyms };
}
