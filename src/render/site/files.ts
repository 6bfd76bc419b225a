import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Flavor } from '../../domain/export/flavor.js';
import type { SitePages } from '../../domain/export/pages.js';
import { SITE_ASSETS_DIR } from '../../domain/common/paths.js';
import { renderHtmlSite, SITE_ASSETS } from './html.js';
import { renderMarkdownSite } from './markdown.js';
import { markdownSyntax } from './markdown-syntax.js';
import { searchAssets } from './search-assets.js';
import type { SearchStore } from '../../domain/search/store-read.js';
import type { UrduVocabulary } from '../../domain/search/urdu-query.js';
import type { Content } from '../../domain/writes/write-file.js';
import { buildSite } from './site.js';

export interface SiteOptions {
  /** What the HTML site searches with (html only): the corpus's store, and tipkit's Urdu vocabulary. */
  search?: { store: SearchStore; urdu: UrduVocabulary };
  /** The static-site generator a Markdown export is shaped for (md only). */
  flavor?: Flavor;
}

/** The file a reader opens first: the index (Hugo's is its section page, `_index.md`). */
export function siteEntry(format: 'md' | 'html', flavor: Flavor = 'plain'): string {
  return format === 'md' ? markdownSyntax(flavor).file('index') : 'index.html';
}

/** Every file of a Markdown or HTML export, by path inside the output folder. */
export function siteFiles(planned: SitePages, format: 'md' | 'html', options: SiteOptions): Map<string, Content> {
  const site = buildSite(planned);
  // Pages are rendered as they are written, so a statute book's site is never held whole.
  const files = new Map<string, Content>();
  const pages = format === 'md' ? renderMarkdownSite(site, options.flavor) : renderHtmlSite(site);
  for (const [name, render] of pages) files.set(name, (write) => write(render()));
  if (format === 'md') return files;
  files.set(SITE_ASSETS.style, readFileSync(join(SITE_ASSETS_DIR, 'style.css'), 'utf8'));
  files.set(SITE_ASSETS.script, readFileSync(join(SITE_ASSETS_DIR, 'search.js'), 'utf8'));
  if (!options.search) throw new Error('an HTML export needs its search store and vocabulary');
  for (const [name, content] of searchAssets(planned.shorts, site, options.search.store, options.search.urdu)) {
    files.set(name, content);
  }
  return files;
}
