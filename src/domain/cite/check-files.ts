import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../common/errors.js';
import { formatCount } from '../common/text.js';
import { globBase, globMatcher, isGlob } from './glob.js';

/** How a file is read by its extension: as Markdown, as MDX, or (undefined) as plain text. */
export function markdownKind(path: string): 'markdown' | 'mdx' | undefined {
  const extension = /\.(md|markdown|mdx)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : extension === 'mdx' ? 'mdx' : 'markdown';
}

/** The files a folder given to `tip cite --check` is searched for. */
export const CHECKED_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];

/** The most files one check reads: a documentation site has hundreds. */
export const MAX_CHECK_FILES = 10_000;

/** Folders a walk never enters: version control and installed packages are never documentation. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** How deep a walk goes: deeper folders are a link loop or a generated tree. */
const MAX_DEPTH = 64;

export interface FileSelection {
  /** Files to check, '/'-separated as given or found, each once, in the order given and then sorted. */
  files: string[];
  /** Files left out by an ignore glob. */
  ignored: number;
}

/**
 * The files named by paths, folders (searched for Markdown and text files) and globs
 * (expanded here, so a glob the shell left quoted works). A named path that does not
 * exist is a usage error; so is a selection with no file at all.
 */
export function selectFiles(
  inputs: readonly string[],
  options: { ignore?: readonly string[]; ignoreBase?: string; cwd: string },
): FileSelection {
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    if (seen.has(path)) return;
    if (found.length >= MAX_CHECK_FILES) throw tooMany();
    seen.add(path);
    found.push(path);
  };
  for (const input of inputs) {
    const path = input.split(sep).join('/');
    if (isGlob(path) && !exists(path)) {
      const matches = globMatcher(path.replace(/^\.\/(?=.)/, ''));
      const base = globBase(path);
      const files: string[] = [];
      walk(base, 0, (file) => {
        if (matches(file.replace(/^\.\//, ''))) files.push(file);
        if (files.length > MAX_CHECK_FILES) throw tooMany();
      });
      for (const file of files.sort()) add(file);
      continue;
    }
    const stats = statOf(path);
    if (!stats) {
      throw new UsageError(`no such file or folder: ${path}`, { suggestions: ['Check the path, or quote a glob'] });
    }
    if (stats.isDirectory()) {
      const files: string[] = [];
      walk(path, 0, (file) => {
        if (CHECKED_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) files.push(file);
        if (files.length > MAX_CHECK_FILES) throw tooMany();
      });
      for (const file of files.sort()) add(file);
    } else add(path);
  }
  const ignore = (options.ignore ?? []).map((glob) => globMatcher(glob.replace(/^\.\//, '')));
  const base = options.ignoreBase ?? options.cwd;
  const kept = found.filter((file) => {
    const fromBase = relative(base, resolve(options.cwd, file));
    return !ignore.some((matches) => matches(fromBase.split(sep).join('/')));
  });
  if (kept.length === 0) {
    throw new UsageError(`no files to check in ${inputs.join(', ')}`, {
      suggestions: [`Name Markdown or text files, folders holding them (${CHECKED_EXTENSIONS.join(', ')}), or a glob`],
    });
  }
  return { files: kept, ignored: found.length - kept.length };
}

function tooMany(): UsageError {
  return new UsageError(`more than ${formatCount(MAX_CHECK_FILES)} files to check`, {
    suggestions: ['Check one folder at a time, or leave generated folders out with cite.ignore in tipkit.yaml'],
  });
}

/** Calls `found` with each file below `folder` ('/'-joined); symbolic links to folders are not followed, so no loop. */
function walk(folder: string, depth: number, found: (file: string) => void): void {
  if (depth > MAX_DEPTH) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    // An unreadable folder is skipped; a named one that is missing was reported before.
    return;
  }
  for (const entry of entries) {
    const path = folder === '.' ? entry.name : `${folder.replace(/\/$/, '')}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(path, depth + 1, found);
    } else if (entry.isFile() || (entry.isSymbolicLink() && statOf(path)?.isFile())) found(path);
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
