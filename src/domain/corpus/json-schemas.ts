import { caseJsonSchema } from './case-schema.js';
import { instrumentJsonSchema } from './schema.js';

/** Each corpus file type, its JSON Schema, and where the package ships a copy of it. */
export function corpusJsonSchemas(): Record<'instrument' | 'case', { path: string; schema: Record<string, unknown> }> {
  return {
    instrument: { path: 'laws/instrument.schema.json', schema: instrumentJsonSchema() },
    case: { path: 'cases/case.schema.json', schema: caseJsonSchema() },
  };
}
