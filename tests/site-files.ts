import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/** Every file under a folder, as '/'-separated paths relative to it, sorted. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Reads a whole export into a path → content map, for byte-for-byte comparison. */
export function readTree(root: string): Map<string, string> {
  return new Map(listFiles(root).map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}

/** Links as they appear in a Markdown or HTML file. */
function linksIn(file: string, text: string): string[] {
  if (file.endsWith('.md')) return [...text.matchAll(/\]\(<?([^)>\s]+)>?\)/g)].map((m) => m[1] as string);
  if (file.endsWith('.html'))
    return [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
  return [];
}

function idsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
}

/**
 * Walks every local link of an export and returns the ones that do not resolve: the
 * file must exist and, for a fragment, hold an element with that id. Web addresses
 * are only counted, never fetched.
 */
export function brokenLinks(root: string): { broken: string[]; local: number; web: number } {
  const files = readTree(root);
  const broken: string[] = [];
  let local = 0;
  let web = 0;
  for (const [file, text] of files) {
    for (const link of linksIn(file, text)) {
      if (/^https?:\/\//.test(link)) {
        web++;
        continue;
      }
      local++;
      const [path = '', fragment] = link.split('#');
      const target = path ? posix.normalize(posix.join(dirname(file), path.split('?')[0] ?? '')) : file;
      const content = files.get(target);
      if (content === undefined) broken.push(`${file}: ${link} (no file ${target})`);
      else if (fragment && !idsIn(content).has(decodeURIComponent(fragment)))
        broken.push(`${file}: ${link} (no id "${fragment}" in ${target})`);
    }
  }
  return { broken, local, web };
}
