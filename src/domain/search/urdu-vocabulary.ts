import { join } from 'node:path';
import { DataError } from '../common/errors.js';
import { foldUrdu } from '../common/urdu.js';
import { PACKAGE_ROOT } from '../common/paths.js';
import { readTextFile } from '../writes/read-file.js';
import { z } from 'zod';
import type { UrduVocabulary } from './urdu-query.js';

const Schema = z.strictObject({
  format: z.literal(1),
  terms: z.array(
    z.strictObject({
      urdu: z.array(z.string().min(1)).min(1),
      english: z.string().regex(/^[a-z][a-z ]*$/, 'plain lower-case English words'),
      confidence: z.enum(['high', 'medium']),
      note: z.string().optional(),
    }),
  ),
  traps: z.array(z.strictObject({ urdu: z.string().min(1), note: z.string() })),
}) satisfies z.ZodType<UrduVocabulary>;

/** tipkit's Urdu vocabulary (vocabulary/urdu-terms.yaml), read only for a query in Urdu. */
export const URDU_VOCABULARY_FILE = join(PACKAGE_ROOT, 'vocabulary', 'urdu-terms.yaml');

/** The vocabulary at `path`, validated; a DataError naming the file and field when it is not. */
export async function readUrduVocabulary(path = URDU_VOCABULARY_FILE): Promise<UrduVocabulary> {
  const { parse } = await import('yaml');
  const result = Schema.safeParse(parse(readTextFile(path, { what: 'Urdu vocabulary', maxBytes: 1 << 20 })));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const seen = new Map<string, string>();
  for (const term of result.data.terms) {
    for (const urdu of term.urdu) {
      const key = foldUrdu(urdu);
      const other = seen.get(key);
      if (other !== undefined && other !== term.english) {
        throw new DataError(`${path}: "${urdu}" is listed for both "${other}" and "${term.english}"`);
      }
      seen.set(key, term.english);
    }
  }
  return result.data;
}
