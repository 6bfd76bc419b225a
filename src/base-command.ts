import { Command } from '@oclif/core';
import { join } from 'node:path';
import { loadCorpus } from './domain/corpus/load.js';
import type { Corpus } from './domain/corpus/model.js';
import { TipError } from './domain/common/errors.js';
import { PACKAGE_ROOT, PREBUILT_DIR } from './domain/common/paths.js';
import { globalFlags } from './flags.js';
import { styleFor, type Style } from './render/style.js';

interface Failure {
  code: string;
  exitCode: number;
  message: string;
  suggestions: string[];
  details?: unknown;
}

/**
 * Shared behaviour: `--json`, `--data`, corpus loading, and one mapping from errors
 * to the documented exit codes (0 ok, 1 error, 2 usage, 3 not found, 4 invalid data).
 */
export abstract class BaseCommand extends Command {
  static override baseFlags = globalFlags;
  static override enableJsonFlag = true;

  /** The corpus root a command works on: --data, TIPKIT_DATA, or the bundled corpus. */
  protected dataDir(data: string | undefined): string {
    return data ?? PACKAGE_ROOT;
  }

  /** Shipped snapshots first, then the per-user cache for any other corpus. */
  protected get snapshotDirs(): { prebuiltDir: string; cacheDir: string } {
    return { prebuiltDir: PREBUILT_DIR, cacheDir: join(this.config.cacheDir, 'corpus') };
  }

  protected async corpus(data: string | undefined): Promise<Corpus> {
    return loadCorpus({ dataDir: this.dataDir(data), ...this.snapshotDirs });
  }

  protected async style(): Promise<Style> {
    return styleFor(process.stdout);
  }

  /** Notes about how input was read go to stderr, so stdout stays data. */
  protected async notice(lines: readonly string[]): Promise<void> {
    if (lines.length === 0 || this.jsonEnabled()) return;
    const { paint } = await styleFor(process.stderr);
    for (const line of lines) this.logToStderr(paint.yellow(`tip: ${line}`));
  }

  /** Plain JSON: oclif colourises it token by token, which takes seconds on a large result and adds nothing in a pipe. */
  override logJson(json: unknown): void {
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }

  override async catch(error: Error & { oclif?: { exit?: number }; code?: string }): Promise<unknown> {
    if (error.code === 'EEXIT') throw error;
    const failure = describeFailure(error);
    if (this.jsonEnabled()) {
      process.exitCode = failure.exitCode;
      const { exitCode: _exitCode, ...json } = failure;
      this.logJson({ error: json });
      return undefined;
    }
    // oclif prints a CLIError as "Error: message" plus "Try this:" suggestions, without a stack.
    return this.error(failure.message, { exit: failure.exitCode, suggestions: failure.suggestions });
  }
}

function describeFailure(error: Error & { oclif?: { exit?: number } }): Failure {
  if (error instanceof TipError) {
    return {
      code: error.code,
      exitCode: error.exitCode,
      message: error.message,
      suggestions: error.suggestions,
      ...(error.details === undefined ? {} : { details: error.details }),
    };
  }
  if (error.oclif?.exit !== undefined) {
    // Flag and argument parsing errors from oclif: usage errors.
    return {
      code: 'usage',
      exitCode: error.oclif.exit,
      message: error.message.replace(/\nSee more help with --help$/, ''),
      suggestions: ['See --help'],
    };
  }
  return {
    code: 'internal',
    exitCode: 1,
    message: `internal error: ${error.message}`,
    suggestions: ['Run again with DEBUG=* for details, and report it with the command you ran'],
  };
}
