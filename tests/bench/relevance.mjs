#!/usr/bin/env node
// `node tests/bench/relevance.mjs` (and the end of `npm run bench`): the graded query suite (tests/fixtures/expected/relevance.yaml)
// run on the bundled corpus's shipped store, as `tip search` runs it. Prints each query that
// misses its goal (or its rank) or lets a trap into the top ten, the pass count and the MRR
// (the mean of 1 / the best answer's rank, 0 past the top ten). Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const dist = (path) => import(join(root, 'dist', path));
const [{ searchStoreFor }, { searchSource }, { storeSource }, { readUrduVocabulary }, paths] = await Promise.all([
  dist('domain/search/store-cache.js'),
  dist('domain/search/search.js'),
  dist('domain/search/store-source.js'),
  dist('domain/search/urdu-vocabulary.js'),
  dist('domain/common/paths.js'),
]);

/** Every query's best answer rank (Infinity when none is in the top ten) and the traps it shows. */
export async function relevance() {
  const { readCorpusSource } = await dist('domain/corpus/files.js');
  const { parseCorpus } = await dist('domain/corpus/parse.js');
  const { corpus } = parseCorpus(readCorpusSource(root));
  const store = await searchStoreFor(corpus, { prebuiltDir: paths.PREBUILT_DIR });
  const source = storeSource(store);
  const vocabulary = await readUrduVocabulary();
  const suite = parse(readFileSync(join(root, 'tests', 'fixtures', 'expected', 'relevance.yaml'), 'utf8'));
  const rows = suite.map((entry) => {
    const ids = searchSource(source, entry.query, { limit: 10, vocabulary }).hits.map((hit) => hit.id);
    const places = entry.answers.map((id) => ids.indexOf(id) + 1).filter((place) => place > 0);
    const best = places.length > 0 ? Math.min(...places) : Infinity;
    const traps = (entry.traps ?? []).filter((id) => ids.includes(id));
    const wanted = entry.goal ?? entry.rank;
    return { ...entry, best, traps, passed: best <= wanted && traps.length === 0, top: ids.slice(0, 5) };
  });
  store.close();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await relevance();
  for (const row of rows.filter((r) => !r.passed)) {
    console.log(
      `miss [${row.kind}] ${row.query}: best answer at ${row.best === Infinity ? '-' : row.best}, wanted <= ${row.goal ?? row.rank}` +
        `${row.traps.length ? `; traps in the top ten: ${row.traps.join(', ')}` : ''}\n     top: ${row.top.join('  ')}`,
    );
  }
  const mrr = rows.reduce((sum, row) => sum + (row.best === Infinity ? 0 : 1 / row.best), 0) / rows.length;
  const kinds = [...new Set(rows.map((row) => row.kind))].map(
    (kind) =>
      `${kind} ${rows.filter((r) => r.kind === kind && r.passed).length}/${rows.filter((r) => r.kind === kind).length}`,
  );
  console.log(`\nrelevance: ${rows.filter((r) => r.passed).length} of ${rows.length} pass; MRR ${mrr.toFixed(3)}`);
  console.log(kinds.join(' · '));
}
