import { BaseCommand } from '../base-command.js';

export default class Schema extends BaseCommand {
  static override description =
    'The JSON Schema of an instrument file, generated from the same definition tipkit validates with. Editors can use it to check YAML as you type (the copy shipped in laws/instrument.schema.json is identical).';
  static override examples = ['<%= config.bin %> schema > instrument.schema.json'];
  static override summary = 'Print the JSON Schema for corpus files.';

  async run(): Promise<Record<string, unknown>> {
    await this.parse(Schema);
    const { instrumentJsonSchema } = await import('../domain/schema.js');
    const schema = instrumentJsonSchema();
    this.log(JSON.stringify(schema, null, 2));
    return schema;
  }
}
