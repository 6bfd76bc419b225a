import { NotFoundError } from './errors.js';
import { formatCount, quoted } from './text.js';

/**
 * The longest name a person types where tipkit looks one up: a citation, a case id or
 * report, an offence. Nothing tipkit knows comes near it, so a longer input is answered at
 * once, with the cap in the message, rather than parsed and compared at a cost that grows
 * with its length (a pasted page, or 100,000 letters).
 */
export const MAX_TYPED_NAME = 300;

/** Throws NotFoundError, naming the cap, when `text` is longer than any of `what` ("citations") tipkit could find. */
export function checkTypedLength(text: string, what: string, suggestions: readonly string[] = []): void {
  const trimmed = text.trim();
  // Code units are never fewer than characters: most inputs pass without being counted.
  if (trimmed.length <= MAX_TYPED_NAME) return;
  const length = [...trimmed].length;
  if (length <= MAX_TYPED_NAME) return;
  throw new NotFoundError(
    `${quoted(trimmed)} is ${formatCount(length)} characters long; tipkit reads ${what} of up to ${MAX_TYPED_NAME} characters, so it looked no further`,
    { suggestions: [...suggestions] },
  );
}
