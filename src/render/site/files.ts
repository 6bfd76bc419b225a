import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../domain/corpus/model.js';
import type { Selection } from '../../domain/export/select.js';
import { SITE_ASSETS_DIR } from '../../domain/common/paths.js';
import { renderHtmlSite, SITE_ASSETS } from './html.js';
import { renderMarkdownSite } from './markdown.js';
import { searchDataScript } from './search-data.js';
import { buildSite } from './site.js';

export interface SiteOptions {
  stamp?: string;
  /** The serialised search index of the corpus, for the HTML site's search (html only). */
  searchIndex?: object;
}

/** Every file of a Markdown or HTML export, by path inside the output folder. */
export function siteFiles(
  corpus: Corpus,
  selection: Selection,
  format: 'md' | 'html',
  options: SiteOptions,
): Map<string, string> {
  const site = buildSite(corpus, selection, options.stamp);
  if (format === 'md') return renderMarkdownSite(site);
  const files = renderHtmlSite(site);
  files.set(SITE_ASSETS.style, readFileSync(join(SITE_ASSETS_DIR, 'style.css'), 'utf8'));
  files.set(SITE_ASSETS.script, readFileSync(join(SITE_ASSETS_DIR, 'search.js'), 'utf8'));
  if (!options.searchIndex) throw new Error('an HTML export needs the search index');
  files.set(SITE_ASSETS.data, searchDataScript(corpus, site, options.searchIndex));
  return files;
}
