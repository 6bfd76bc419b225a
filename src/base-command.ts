import { Command } from '@oclif/core';
import { shellQuote } from './domain/common/text.js';
import { join } from 'node:path';
import { loadCorpus, releaseCorpus } from './domain/corpus/load.js';
import { SnapshotDamaged } from './domain/corpus/snapshot.js';
import type { Corpus } from './domain/corpus/model.js';
import type { CorpusAccess } from './domain/corpus/access.js';
import { fileError, ReportedFailure, TipError } from './domain/common/errors.js';
import { PACKAGE_ROOT, PREBUILT_DIR, userCacheDir } from './domain/common/paths.js';
import type { Content, WriteResult } from './domain/writes/write-file.js';
import type { Progress } from './domain/common/progress.js';
import { globalFlags } from './flags.js';
import { progressBar, type ProgressBar } from './render/progress.js';
import { styleFor, type Style } from './render/style.js';
import { jsonText, safeTerminal } from './render/controls.js';

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

  /**
   * The free words of a non-strict command, in the order they were typed. oclif's argv
   * can reorder them when a word repeats (`tip show PTPA s.3 PTPA s.4`).
   */
  protected typedWords(raw: readonly { type: string; input: string }[]): string[] {
    return raw.flatMap((token) => (token.type === 'arg' ? [token.input] : []));
  }

  /** The corpus root a command works on: --data, TIPKIT_DATA, or the bundled corpus. */
  protected dataDir(data: string | undefined): string {
    return data ?? PACKAGE_ROOT;
  }

  /** Shipped snapshots first, then the per-user cache for any other corpus. */
  protected get snapshotDirs(): { prebuiltDir: string; cacheDir: string } {
    return { prebuiltDir: PREBUILT_DIR, cacheDir: join(userCacheDir(), 'corpus') };
  }

  /**
   * The user's library of imported texts (TIPKIT_LIBRARY, else tipkit's XDG data folder),
   * overlaid on the bundled corpus; a corpus named with --data stands alone.
   */
  protected libraryDir(data: string | undefined): string | undefined {
    if (data) return undefined;
    return process.env.TIPKIT_LIBRARY || join(this.config.dataDir, 'library');
  }

  /**
   * The corpus, from its snapshot where there is one. `hold` is for a command that reads
   * every instrument or keeps the corpus open (export, browse): the snapshot is checked
   * whole first and kept from other runs' pruning until the command ends. `library: false`
   * leaves the user's library out (export, so that a laptop's build matches CI's).
   */
  protected async corpus(
    data: string | undefined,
    options: { hold?: boolean; library?: boolean } = {},
  ): Promise<Corpus> {
    const library = options.library === false ? undefined : this.libraryDir(data);
    const progress = this.progress();
    let corpus: Corpus;
    try {
      corpus = await loadCorpus({
        dataDir: this.dataDir(data),
        ...this.snapshotDirs,
        ...(library ? { library } : {}),
        ...(progress ? { progress } : {}),
        ...(this.rebuildSnapshot ? { rebuild: true } : {}),
        ...(options.hold ? { hold: true } : {}),
      });
    } finally {
      this.endProgress();
    }
    if (options.hold) this.held.push(corpus);
    if (corpus.skipped?.length && !this.warnedSkipped) {
      this.warnedSkipped = true;
      const [{ paint }, { renderSkipped }] = await Promise.all([
        styleFor(process.stderr),
        import('./render/skipped-text.js'),
      ]);
      for (const line of renderSkipped(corpus.skipped, data)) this.logToStderr(paint.yellow(line));
    }
    return corpus;
  }

  /** The corpus and the user's library as a domain plan asks for them, when it is ready to read. */
  protected get corpora(): CorpusAccess {
    return {
      load: (data, options) => this.corpus(data, options),
      libraryDir: (data) => this.libraryDir(data),
    };
  }

  /** A command that loads the corpus twice (import) warns of a skipped file once. */
  private warnedSkipped = false;

  /** Set when a snapshot file was found damaged: the command runs again on one built anew. */
  private rebuildSnapshot = false;

  /** Corpora loaded with `hold`, released when the command ends. */
  private readonly held: Corpus[] = [];

  private progressBar?: ProgressBar | undefined;

  /**
   * How a command's long work (reading a large corpus, building its index, importing)
   * reports how far it has got: the one bar, on a terminal's stderr. One rule for every
   * command: none in a pipe or under --json, whose reader is a program (stdout stays
   * byte-identical either way: the bar is never on it).
   */
  protected progress(): Progress | undefined {
    if (this.jsonEnabled()) return undefined;
    this.progressBar ??= progressBar();
    return this.progressBar?.progress;
  }

  /** Clears the progress bar, if one was drawn, before the command prints. */
  protected endProgress(): void {
    this.progressBar?.done();
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

  /**
   * Writes a file the user named with --output/--out, under the one rule for writes; says
   * on stderr what was written, and whether it replaced a file.
   */
  protected async writeOutput(path: string, content: Content, force: boolean): Promise<WriteResult> {
    const { writeTextFile } = await import('./domain/writes/write-file.js');
    const result = writeTextFile(path, content, { replace: force, replaceHint: 'Add --force to replace it' });
    this.logToStderr(`tip: ${result.replaced ? 'replaced' : 'wrote'} ${path}`);
    return result;
  }

  /** Plain JSON: oclif colourises it token by token, which takes seconds on a large result and adds nothing in a pipe. */
  override logJson(json: unknown): void {
    process.stdout.write(jsonText(json));
  }

  // Every line a command prints may carry text from a user's file: one filter, at output.
  override log(message = '', ...args: unknown[]): void {
    super.log(safeTerminal(message), ...args);
  }

  override logToStderr(message = '', ...args: unknown[]): void {
    super.logToStderr(safeTerminal(message), ...args);
  }

  override async finally(error: Error | undefined): Promise<unknown> {
    for (const corpus of this.held.splice(0)) releaseCorpus(corpus);
    return super.finally(error);
  }

  override async catch(error: Error & { oclif?: { exit?: number }; code?: string }): Promise<unknown> {
    if (error.code === 'EEXIT') throw error;
    // A snapshot file damaged behind its index is met only when an instrument is first read,
    // before the command has printed anything (export and browse check the snapshot whole
    // as they load): the command runs once more, on a snapshot built again from the files.
    if (error instanceof SnapshotDamaged && !this.rebuildSnapshot) {
      this.rebuildSnapshot = true;
      return this.runAgain();
    }
    // The report was the output and said the run failed: the exit code says the rest.
    if (error instanceof ReportedFailure) {
      if (this.jsonEnabled()) this.logJson(error.details);
      return this.exit(error.exitCode);
    }
    const failure = describeFailure(error, { bin: this.config.bin, command: this.id ?? '', argv: this.argv });
    if (this.jsonEnabled()) {
      const { exitCode: _exitCode, ...json } = failure;
      this.logJson({ error: json });
    } else {
      // Written here rather than by oclif, which wraps at 80 columns and would split paths.
      const { renderFailure } = await import('./render/failure.js');
      process.stderr.write(renderFailure(failure));
      if (failure.code === 'internal' && process.env.DEBUG) process.stderr.write(`${error.stack ?? ''}\n`);
    }
    return this.exit(failure.exitCode);
  }

  /** run() once more, its result printed as oclif prints a first run's (under --json), its error handled as any. */
  private async runAgain(): Promise<unknown> {
    let result: unknown;
    try {
      result = await this.run();
    } catch (error) {
      return this.catch(error as Error);
    }
    if (result && this.jsonEnabled()) this.logJson(this.toSuccessJson(result));
    return result;
  }
}

interface Invocation {
  bin: string;
  /** oclif's id, e.g. "cases:show". */
  command: string;
  argv: readonly string[];
}

function describeFailure(error: Error & { oclif?: { exit?: number }; parse?: unknown }, run: Invocation): Failure {
  if (error instanceof TipError) {
    return {
      code: error.code,
      exitCode: error.exitCode,
      message: error.message,
      suggestions: error.suggestions,
      ...(error.details === undefined ? {} : { details: error.details }),
    };
  }
  if (error.parse !== undefined || error.oclif?.exit !== undefined) {
    // Flag and argument parsing errors from oclif (a value outside --type's options
    // included, which oclif itself gives exit 1): usage errors.
    const typed = `${run.bin} ${run.command.split(':').join(' ')}`;
    return {
      code: 'usage',
      exitCode: 2,
      message: error.message.replace(/\nSee more help with --help$/, ''),
      suggestions: [...quotingHint(error.message, typed, run.argv), `${typed} --help`],
    };
  }
  const { path, syscall } = error as NodeJS.ErrnoException;
  const environment = path ? fileError(error, syscall === 'open' || !syscall ? 'open' : syscall, path) : undefined;
  if (environment) return describeFailure(environment, run);
  return {
    code: 'internal',
    exitCode: 1,
    message: `internal error: ${error.message}`,
    suggestions: ['Run again with DEBUG=* for details, and report it with the command you ran'],
  };
}

/**
 * `tip search trafficking -smuggling` reaches oclif as a flag "-smuggling". A word after
 * a single dash is almost always meant as search syntax (or text), so say how to quote it.
 */
function quotingHint(message: string, typed: string, argv: readonly string[]): string[] {
  const flag = /^Nonexistent flags?: (-[^-\s,]{2,})/.exec(message)?.[1];
  if (!flag) return [];
  const words = argv.filter((arg) => !arg.startsWith('--'));
  return [`Quote the words so that ${flag} is read as part of them: ${typed} ${shellQuote(words.join(' '))}`];
}
