/**
 * Build step (`npm run build`): validates the bundled corpus and ships its snapshot
 * and search store in dist/prebuilt, so `tip` never parses YAML for the bundled data.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { readCorpusSource } from '../domain/corpus/files.js';
import { formatIssue } from '../domain/corpus/issues.js';
import { parseCorpus } from '../domain/corpus/parse.js';
import { writeCorpusSnapshot } from '../domain/corpus/snapshot.js';
import { PACKAGE_ROOT, PREBUILT_DIR } from '../domain/common/paths.js';
import { searchStoreFor } from '../domain/search/store-cache.js';
import { readUrduVocabulary } from '../domain/search/urdu-vocabulary.js';

const { corpus, issues } = parseCorpus(readCorpusSource(PACKAGE_ROOT));
if (!corpus) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`prebuild: the bundled corpus is invalid (${issues.length} problems)`);
  process.exitCode = 4;
} else {
  rmSync(PREBUILT_DIR, { recursive: true, force: true });
  mkdirSync(PREBUILT_DIR, { recursive: true });
  // The Urdu vocabulary is tipkit's data too: an invalid one fails the build, as the corpus does.
  await readUrduVocabulary();
  const written = await writeCorpusSnapshot(PREBUILT_DIR, corpus);
  // The store the CLI searches and exported sites search in the browser.
  const store = written ? await searchStoreFor(corpus, { cacheDir: PREBUILT_DIR }) : undefined;
  store?.close();
  if (!written || !store) {
    console.error(`prebuild: could not write ${PREBUILT_DIR}`);
    process.exitCode = 1;
  }
}
