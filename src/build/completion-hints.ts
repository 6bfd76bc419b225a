/**
 * Build step, after `oclif manifest`: lists the bundled instrument ids as the values
 * of the flags that take an instrument, so that shell completion (the oclif
 * autocomplete plugin, which reads the manifest) offers them. The flags themselves
 * declare no `options`, which oclif would enforce: they also accept names such as
 * "PTPA", and the instruments of any other corpus given with --data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusSource } from '../domain/corpus/files.js';
import { writeTextFile } from '../domain/writes/write-file.js';
import { parseCorpus } from '../domain/corpus/parse.js';
import { CASES } from '../domain/export/select.js';
import { PACKAGE_ROOT } from '../domain/common/paths.js';

interface Manifest {
  commands: Record<string, { flags: Record<string, { options?: string[] }> }>;
}

const { corpus } = parseCorpus(readCorpusSource(PACKAGE_ROOT));
const ids = (corpus?.instruments ?? []).map((i) => i.id).sort();
const hints: [command: string, flag: string, values: string[]][] = [
  ['search', 'law', ids],
  ['cases', 'law', ids],
  ['export', 'only', [...ids, CASES]],
];

const path = join(PACKAGE_ROOT, 'oclif.manifest.json');
const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
for (const [command, flag, values] of hints) {
  const definition = manifest.commands[command]?.flags[flag];
  if (!definition) throw new Error(`completion hints: ${command} --${flag} is not in the manifest`);
  definition.options = values;
}
writeTextFile(path, `${JSON.stringify(manifest, null, 2)}\n`, { replace: true });
