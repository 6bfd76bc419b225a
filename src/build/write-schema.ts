/** `npm run schema`: regenerates laws/instrument.schema.json from the Zod definition. */
import { join } from 'node:path';
import { writeFileAtomic } from '../domain/corpus/store.js';
import { PACKAGE_ROOT } from '../domain/paths.js';
import { instrumentJsonSchema } from '../domain/schema.js';

writeFileAtomic(
  join(PACKAGE_ROOT, 'laws', 'instrument.schema.json'),
  `${JSON.stringify(instrumentJsonSchema(), null, 2)}\n`,
);
