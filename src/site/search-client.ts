/**
 * The exported site's search, bundled with lunr into assets/search.js at build time.
 * It runs the CLI's own search code on the CLI's own index, so the site ranks, reads
 * syntax and tolerates typos exactly as `tip search` does.
 */
import { loadSearchIndex } from '../domain/search/index.js';
import { searchDocumentSet, type SearchHit } from '../domain/search/search.js';
import type { SiteSearchData } from '../render/site/search-data.js';

declare global {
  interface Window {
    TIPKIT_SEARCH?: SiteSearchData;
  }
}

const LIMIT = 20;

const input = document.querySelector<HTMLInputElement>('#q');
const form = document.querySelector<HTMLFormElement>('form.search');

// "/" jumps to the search box from anywhere, as on most documentation sites.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
  if (event.key === '/' && !typing && input) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});

const list = document.querySelector<HTMLOListElement>('#results');
const status = document.querySelector<HTMLElement>('#search-status');
// The search data is the whole corpus: fetched when someone first searches, not with the page.
const dataSource = new URL(
  'search-data.js',
  (document.currentScript as HTMLScriptElement | null)?.src ?? window.location.href,
).href;

interface Loaded {
  data: SiteSearchData;
  index: ReturnType<typeof loadSearchIndex>;
  documents: Map<string, SiteSearchData['documents'][number]>;
}
let loading: Promise<Loaded | undefined> | undefined;

/** Loads the search data once, as a classic script (which a page opened from disk may load). */
function loaded(): Promise<Loaded | undefined> {
  loading ??= new Promise<SiteSearchData | undefined>((resolve) => {
    if (window.TIPKIT_SEARCH) return resolve(window.TIPKIT_SEARCH);
    const script = document.createElement('script');
    script.src = dataSource;
    script.onload = () => resolve(window.TIPKIT_SEARCH);
    script.onerror = () => resolve(undefined);
    document.body.append(script);
  }).then((data) =>
    data
      ? { data, index: loadSearchIndex(data.index), documents: new Map(data.documents.map((doc) => [doc.id, doc])) }
      : undefined,
  );
  return loading;
}

if (input && form && list && status) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void loaded(), { once: true });

  const run = async (query: string): Promise<void> => {
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!loading) status.textContent = 'Loading the search index…';
    const search = await loaded();
    list.replaceChildren();
    if (!search) {
      status.textContent = 'The search index could not be loaded.';
      return;
    }
    const { data, index, documents } = search;
    try {
      const result = searchDocumentSet(documents, index, query, { limit: LIMIT });
      const shown = result.hits.length;
      status.textContent = `${result.total} result${result.total === 1 ? '' : 's'}${result.total > shown ? `, showing the first ${shown}` : ''}.${result.notices.length ? ` ${result.notices.join(' ')}` : ''}`;
      list.append(...result.hits.map((hit) => resultItem(data, hit)));
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };

  const resultItem = (data: SiteSearchData, hit: SearchHit): HTMLLIElement => {
    const page = data.pages[hit.id];
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = page?.href ?? '#';
    link.textContent = hit.heading;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ` ${page?.label ?? hit.type}`;
    const snippet = document.createElement('p');
    let at = 0;
    for (const [start, end] of hit.highlights) {
      snippet.append(hit.snippet.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = hit.snippet.slice(start, end);
      snippet.append(mark);
      at = end;
    }
    snippet.append(hit.snippet.slice(at));
    item.append(link, meta, snippet);
    return item;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value).then(() => list.querySelector('a')?.focus());
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  // Arrow keys walk the results; Escape goes back to the search box.
  document.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || current >= 0)) {
      event.preventDefault();
      links[Math.min(current + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && current >= 0) {
      event.preventDefault();
      if (current === 0) input.focus();
      else links[current - 1]?.focus();
    } else if (event.key === 'Escape' && current >= 0) {
      input.focus();
    }
  });

  // Other pages' search boxes send their query here as ?q=.
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
    void run(query);
  }
}
