import type { Corpus } from '../../domain/corpus/model.js';
import { lawLabel } from '../../domain/corpus/describe.js';
import { searchDocuments, type SearchDocument } from '../../domain/search/documents.js';
import { relativeHref } from './links.js';
import type { Site } from './page.js';

/** What the site's search script reads: the CLI's own index, and the documents and pages behind it. */
export interface SiteSearchData {
  index: object;
  /** Only documents the export has a page for: a hit on anything else is dropped. */
  documents: SearchDocument[];
  /** For each document: its href from the index page, and a short label ("PTPA s.3", "case"). */
  pages: Record<string, { href: string; label: string }>;
}

/** The search data as a classic script, which a page opened from disk (file://) may load. */
export function searchDataScript(corpus: Corpus, site: Site, index: object): string {
  const documents = searchDocuments(corpus).filter((doc) => site.targets.has(doc.id));
  const data: SiteSearchData = {
    index,
    documents,
    pages: Object.fromEntries(
      documents.map((doc) => [
        doc.id,
        {
          href: relativeHref('index', site.targets.get(doc.id) ?? { page: 'index' }, '.html'),
          label: labelOf(corpus, doc),
        },
      ]),
    ),
  };
  // "<" escaped so the data could even sit inside a <script> element without ending it.
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.TIPKIT_SEARCH = ${json};\n`;
}

function labelOf(corpus: Corpus, doc: SearchDocument): string {
  if (doc.type === 'case') return 'case';
  const label = lawLabel(corpus, doc.id);
  return doc.type === 'guidance' ? `${label} · guidance, not law` : label;
}
