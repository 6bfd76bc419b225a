/**
 * Type-checked by `npm run typecheck` (never run): a documentation build's code, written
 * against the package's public names as a user imports them, so that the published
 * declarations (package.json exports → dist/api/*.d.ts) are checked, not the sources.
 */
import { checklist, cite, lookup, search, type CiteReport, type ShowView } from 'tipkit';
import remarkTipkit, { type RemarkTipkitOptions } from 'tipkit/remark';

export async function page(): Promise<string> {
  const [view]: ShowView[] = await lookup('PTPA s.3');
  const report: CiteReport = await cite('u/s 3 PTPA', { source: 'fir.txt' });
  const hits = (await search('debt bondage', { limit: 3, types: ['provision'] })).hits.map((hit) => hit.id);
  const items = (await checklist('trafficking', { victim: 'child' })).items.length;
  const options: RemarkTipkitOptions = { base: '/law', extension: '' };
  const transform = remarkTipkit(options);
  return [view?.id, report.counts.total, hits.join(','), items, typeof transform].join(' ');
}
