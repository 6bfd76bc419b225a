import { posix } from 'node:path';
import { targetOf, type Target } from '../../domain/export/layout.js';

/** A relative href from one page to a target: `#s3` on the same page, `../cases/x.md` elsewhere. */
export function relativeHref(from: string, target: Target, extension: string): string {
  const fragment = target.anchor ? `#${target.anchor}` : '';
  if (target.page === from && fragment) return fragment;
  return `${posix.relative(posix.dirname(from), target.page)}${extension}${fragment}`;
}

/** The href for a canonical id, or undefined when the export has no page for it. */
export function hrefFor(
  targets: ReadonlyMap<string, Target>,
  from: string,
  id: string,
  extension: string,
): string | undefined {
  const target = targetOf(targets, id);
  return target ? relativeHref(from, target, extension) : undefined;
}

/** Only web addresses become links; anything else (`javascript:`, `data:`) stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
