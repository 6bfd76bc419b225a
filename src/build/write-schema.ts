/** `npm run schema`: regenerates the shipped JSON Schemas from the Zod definitions. */
import { join } from 'node:path';
import { writeFileAtomic } from '../domain/corpus/store.js';
import { corpusJsonSchemas } from '../domain/corpus/json-schemas.js';
import { PACKAGE_ROOT } from '../domain/common/paths.js';

for (const { path, schema } of Object.values(corpusJsonSchemas())) {
  writeFileAtomic(join(PACKAGE_ROOT, path), `${JSON.stringify(schema, null, 2)}\n`);
}
