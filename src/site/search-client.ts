/**
 * The exported site's search, bundled with lunr into assets/search.js at build time.
 * It runs the CLI's own search code on the CLI's own store, so the site ranks, reads
 * syntax and tolerates typos exactly as `tip search` does.
 */
import { openSiteSearch, type SiteHit, type SiteSearch } from './search-data.js';
import { EXACT_LABEL } from '../render/exact-label.js';
import { safeText } from '../render/controls.js';

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
// The search data is fetched a piece at a time when someone first searches, not with the page.
const dataBase = new URL('search/', (document.currentScript as HTMLScriptElement | null)?.src ?? window.location.href)
  .href;
let opening: Promise<SiteSearch | undefined> | undefined;

function opened(): Promise<SiteSearch | undefined> {
  // A failed open (a file missing) is tried again by the next search.
  opening ??= openSiteSearch(dataBase).catch(() => (opening = undefined));
  return opening;
}

if (input && form && list && status) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void opened(), { once: true });

  const run = async (query: string): Promise<void> => {
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const search = await opened();
    if (!search) {
      list.replaceChildren();
      status.textContent = 'The search index could not be loaded.';
      return;
    }
    try {
      const { result, hits } = await search.search(query, LIMIT);
      // A later keystroke's search may have finished first: only the box's current query is shown.
      if (query !== input.value) return;
      const shown = hits.length;
      list.replaceChildren(...hits.map(resultItem));
      status.textContent = `${result.total} result${result.total === 1 ? '' : 's'}${result.total > shown ? `, showing the first ${shown}` : ''}.${result.notices.length ? ` ${result.notices.join(' ')}` : ''}`;
    } catch (error) {
      list.replaceChildren();
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };

  const resultItem = ({ hit, href, label }: SiteHit): HTMLLIElement => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    // A hit's words may come from a user's imported file: no bidi control may reorder them.
    link.textContent = safeText(hit.heading);
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ` ${label}${hit.exact ? ` · ${EXACT_LABEL}` : ''}`;
    const snippet = document.createElement('p');
    let at = 0;
    for (const [start, end] of hit.highlights) {
      snippet.append(safeText(hit.snippet.slice(at, start)));
      const mark = document.createElement('mark');
      mark.textContent = safeText(hit.snippet.slice(start, end));
      snippet.append(mark);
      at = end;
    }
    snippet.append(safeText(hit.snippet.slice(at)));
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
