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
