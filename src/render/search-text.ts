import { quoted } from '../domain/common/text.js';
import { safeText } from './controls.js';
import type { SearchResult } from '../domain/search/search.js';
import { wrap, type Style } from './style.js';
import { EXACT_LABEL } from './exact-label.js';

/** `tip search` as a ranked list with highlighted snippets. */
export function renderSearch(result: SearchResult, style: Style): string {
  const { paint, width } = style;
  if (result.total === 0) return `No matches for ${safeText(quoted(result.query))}.`;
  const shown = result.hits.length < result.total ? ` (showing ${result.hits.length})` : '';
  const lines = [
    paint.dim(`${result.total} match${result.total === 1 ? '' : 'es'} for ${safeText(quoted(result.query))}${shown}`),
  ];
  result.hits.forEach((hit, i) => {
    let snippet = '';
    let last = 0;
    for (const [start, end] of hit.highlights) {
      snippet += hit.snippet.slice(last, start) + paint.highlight(hit.snippet.slice(start, end));
      last = end;
    }
    snippet += hit.snippet.slice(last);
    lines.push(
      '',
      `${paint.dim(`${String(i + 1).padStart(2)}.`)} ${paint.bold(hit.id)}  ${hit.heading}${hit.type === 'case' || hit.type === 'guidance' ? paint.dim(` (${hit.type})`) : ''}${hit.exact ? paint.dim(` [${EXACT_LABEL}]`) : ''}`,
      wrap(snippet, width, '    '),
    );
  });
  return lines.join('\n');
}
