/** `npm run schema`: regenerates the shipped JSON Schemas from the Zod definitions. */
import { join } from 'node:path';
import { writeTextFile } from '../domain/writes/write-file.js';
import { corpusJsonSchemas } from '../domain/corpus/json-schemas.js';
import { PACKAGE_ROOT } from '../domain/common/paths.js';

for (const { path, schema } of Object.values(corpusJsonSchemas())) {
  writeTextFile(join(PACKAGE_ROOT, path), `${JSON.stringify(schema, null, 2)}\n`, { replace: true });
}
