/**
 * Typed errors thrown by the domain. The base command maps each to the exit code
 * documented in the README, so domain code never exits the process itself.
 */
export abstract class TipError extends Error {
  abstract readonly code: string;
  abstract readonly exitCode: number;
  readonly suggestions: string[];
  readonly details: unknown;

  constructor(message: string, options: { suggestions?: string[]; details?: unknown } = {}) {
    super(message);
    this.name = new.target.name;
    this.suggestions = options.suggestions ?? [];
    this.details = options.details;
  }
}

/** The input cannot be understood as given (exit 2). */
export class UsageError extends TipError {
  readonly code = 'usage';
  readonly exitCode = 2;
}

/** The input was understood but names nothing in the corpus (exit 3). */
export class NotFoundError extends TipError {
  readonly code = 'not-found';
  readonly exitCode = 3;
}

/** The corpus on disk is malformed or inconsistent (exit 4). */
export class DataError extends TipError {
  readonly code = 'invalid-data';
  readonly exitCode = 4;
}

/**
 * The machine refused (permissions, a full disk, a path that is a folder or a link loop).
 * Not a bug in tipkit, so it is never reported as an internal error (exit 1).
 */
export class EnvironmentError extends TipError {
  readonly code = 'environment';
  readonly exitCode = 1;
}

/** What each errno a user can cause means, in words. */
const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links (a link loop)',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EIO: 'input/output error',
  ENXIO: 'no such device, or nothing is reading from it',
  EEXIST: 'it already exists',
  ENOENT: 'no such file or folder',
  EXDEV: 'it is on another device',
  ETXTBSY: 'the file is busy',
  EFBIG: 'the file is too large',
  EAGAIN: 'the resource is temporarily unavailable',
};

/**
 * The error a failed file operation on a user's `path` should be reported as, or
 * undefined when it is not an operating-system error. The path is the one the user
 * gave, never a temporary name.
 */
export function fileError(error: unknown, action: string, path: string): TipError | undefined {
  if (error instanceof TipError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !(code in ERRNO_WORDS)) return undefined;
  const message = `cannot ${action} ${path}: ${ERRNO_WORDS[code]} (${code})`;
  const details = { errno: code, path };
  if (code === 'ENOENT') return new NotFoundError(message, { details });
  if (code === 'EISDIR' || code === 'ENOTDIR' || code === 'EEXIST') return new UsageError(message, { details });
  return new EnvironmentError(message, { details });
}

/** `fileError`, or the error itself when it is not one a file operation explains. */
export function asFileError(error: unknown, action: string, path: string): Error {
  return fileError(error, action, path) ?? (error as Error);
}

/** An error of the same kind as one reported under `code`: for a run that reports failures and then exits with the first. */
export function errorOfKind(
  code: string,
  message: string,
  options: { suggestions?: string[]; details?: unknown },
): TipError {
  const kinds: Record<string, new (m: string, o: typeof options) => TipError> = {
    usage: UsageError,
    'not-found': NotFoundError,
    'invalid-data': DataError,
    environment: EnvironmentError,
  };
  return new (kinds[code] ?? EnvironmentError)(message, options);
}

/** A check found work to do: `tip export --check` on a folder that is not up to date (exit 1). */
export class StaleError extends TipError {
  readonly code = 'stale';
  readonly exitCode = 1;
}

/**
 * The run's report is its output, printed already, and says the run failed (`tip cite
 * --check` found an error, `--link` could not link a file): exit 1 and nothing more said;
 * under --json the report (in `details`) is printed as the output, as a passing run's is.
 */
export class ReportedFailure extends TipError {
  readonly code = 'failed';
  readonly exitCode = 1;

  constructor(report: unknown) {
    super('the report says the run failed', { details: report });
  }
}
