import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../common/errors.js';
import { readTextFile } from '../writes/read-file.js';

/** The files a documentation repository configures tipkit in, in the order they are looked for in each folder. */
export const CONFIG_FILES = ['tipkit.yaml', '.tipkit.yaml', 'package.json'];

/** A package.json of a large workspace runs to tens of kilobytes; a settings file past this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const CiteConfig = z
  .object({
    ignore: z.array(z.string()).optional().describe('globs of files not to check, relative to the config file'),
    ignoreCitations: z
      .array(z.string())
      .optional()
      .describe('citations not to report, as written (compared case-insensitively)'),
    strict: z.boolean().optional().describe('citations outside the corpus are errors, not warnings'),
  })
  .strict();

const Config = z
  .object({
    corpus: z.string().optional().describe('a corpus folder to check against, relative to the config file'),
    cite: CiteConfig.optional(),
  })
  .strict();

export interface CheckConfig {
  /** The file the settings came from. */
  file: string;
  /** The corpus folder, resolved against the config file's folder. */
  corpus?: string;
  ignore: string[];
  /** The folder ignore globs are relative to. */
  base: string;
  ignoreCitations: string[];
  strict: boolean;
}

/**
 * The settings of the documentation repository `cwd` is in: the nearest tipkit.yaml,
 * .tipkit.yaml or package.json with a "tipkit" key, looking up to the repository's root
 * (the folder holding .git) or the file system's. Undefined when there is none. A file
 * that cannot be read or is invalid is a usage error naming file:line:col.
 */
export function findCheckConfig(cwd: string): CheckConfig | undefined {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    for (const name of CONFIG_FILES) {
      const file = join(folder, name);
      if (!existsSync(file)) continue;
      const raw = readConfig(file, name === 'package.json');
      if (raw !== undefined) return checked(raw, file);
    }
    if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return undefined;
  }
}

function readConfig(file: string, packageJson: boolean): unknown {
  // Settings are a few lines: a larger file is not one, and is not read whole.
  const text = readTextFile(file, { what: 'settings file', maxBytes: MAX_CONFIG_BYTES });
  if (packageJson) {
    try {
      return (JSON.parse(text) as { tipkit?: unknown }).tipkit;
    } catch (error) {
      throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  const document = parseDocument(text, { prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line = 1, col = 1 } = error.linePos?.[0] ?? {};
    throw new UsageError(`${file}:${line}:${col}: ${error.message.split('\n')[0]}`);
  }
  try {
    // An alias bomb would expand to gigabytes: a settings file needs few aliases, if any.
    return document.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

function checked(raw: unknown, file: string): CheckConfig {
  const result = Config.safeParse(raw);
  if (!result.success) {
    const [issue] = result.error.issues;
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    throw new UsageError(`${file}: ${where}: ${issue?.message ?? 'invalid'}`, {
      suggestions: ['Keys: corpus, cite.ignore, cite.ignoreCitations, cite.strict'],
    });
  }
  const base = dirname(file);
  const { corpus, cite = {} } = result.data;
  return {
    file,
    ...(corpus ? { corpus: resolve(base, corpus) } : {}),
    ignore: cite.ignore ?? [],
    base,
    ignoreCitations: cite.ignoreCitations ?? [],
    strict: cite.strict ?? false,
  };
}
