import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.js';

export default class Schema extends BaseCommand {
  static override args = {
    file: Args.string({
      // Piped input is never a file type.
      ignoreStdin: true,
      default: 'instrument',
      description: 'Which file: an instrument (laws/*.yaml) or a case (cases/*.yaml).',
      options: ['instrument', 'case'],
    }),
  };
  static override description =
    'The JSON Schema of an instrument or case file, generated from the same definition tipkit validates with. Editors can use it to check YAML as you type; the copies shipped as laws/instrument.schema.json and cases/case.schema.json are identical.';
  static override examples = [
    '<%= config.bin %> schema > instrument.schema.json',
    '<%= config.bin %> schema case > case.schema.json',
  ];
  static override summary = 'Print the JSON Schema for corpus files.';

  async run(): Promise<Record<string, unknown>> {
    const { args } = await this.parse(Schema);
    const { corpusJsonSchemas } = await import('../domain/corpus/json-schemas.js');
    const schema = corpusJsonSchemas()[args.file as 'instrument' | 'case'].schema;
    this.log(JSON.stringify(schema, null, 2));
    return schema;
  }
}
