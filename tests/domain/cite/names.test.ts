/**
 * An instrument is cited by its names with or without a leading "The": an imported Act
 * printed "THE HARBOUR LAMPS ACT, 2029" (no short-title clause, so its title keeps the
 * article) is "section 4 of the Harbour Lamps Act" to `tip cite` and to `tip show`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAliasTable, withoutArticle } from '../../../src/domain/citations/aliases.js';
import { parseCitation } from '../../../src/domain/citations/parse.js';
import { CitationResolver } from '../../../src/domain/lookup/resolve.js';
import { citeText } from '../../../src/domain/cite/cite.js';
import { fileHash, readCorpusSource } from '../../../src/domain/corpus/files.js';
import { parseCorpus } from '../../../src/domain/corpus/parse.js';
import { officialTextFile, planImports, textSource } from '../../../src/domain/import/import.js';
import { officialTextYaml } from '../../../src/domain/import/text-file.js';
import { bundledCorpus, FIXTURES, ROOT } from '../../helpers.js';

/** The bundled corpus with the invented Act imported, as `tip import` would write it. */
function withHarbourLamps() {
  const name = 'harbour-lamps-act.txt';
  const [plan] = planImports(bundledCorpus(), textSource(name, readFileSync(join(FIXTURES, 'cite', name), 'utf8')));
  if (!plan) throw new Error('the fixture was not read as an instrument');
  const yaml = officialTextYaml(officialTextFile(plan, '2029-01-01'));
  const source = readCorpusSource(ROOT);
  source.files.push({
    kind: 'text',
    name: `laws/${plan.instrument}.text.yaml`,
    path: 'x',
    hash: fileHash(yaml),
    text: yaml,
  });
  const { corpus, issues } = parseCorpus(source);
  if (!corpus) throw new Error(issues.map((i) => i.message).join('\n'));
  return { corpus, id: plan.instrument };
}

describe('names with a leading "The"', () => {
  const { corpus, id } = withHarbourLamps();
  const instrument = corpus.instruments.find((i) => i.id === id);
  const resolver = new CitationResolver({ ...corpus, aliasTable: undefined });

  it('keeps the article in the title it prints', () => {
    expect(instrument?.title).toBe('The Harbour Lamps Act, 2029');
  });

  it.each([
    'section 4 of the Harbour Lamps Act',
    'section 4 of The Harbour Lamps Act, 2029',
    'Harbour Lamps Act s.4',
    'The Harbour Lamps Act, s. 4',
    'u/s 4 Harbour Lamps Act',
  ])('cites "%s" as its section 4, in tip cite and tip show', (citation) => {
    const [found] = citeText(corpus, `The accused was fined ${citation} on the same day.`, 'test').citations;
    expect(found?.type === 'statute' && found.references.map((r) => r.id)).toEqual([`${id}:s4`]);
    expect(resolver.resolve(citation).id).toBe(`${id}:s4`);
  });

  it("finds the instrument by those names in tip show's table even when it lists no other names", () => {
    const table = buildAliasTable([{ id, short: 'HLA', title: 'The Harbour Lamps Act, 2029', aliases: [] }]);
    for (const citation of [
      'Harbour Lamps Act 2029 s.4',
      'section 4 of the Harbour Lamps Act, 2029',
      'THE HARBOUR LAMPS ACT 2029 s 4',
    ]) {
      expect(parseCitation(citation, table), citation).toMatchObject({ instruments: [id], number: '4', leftover: '' });
    }
  });

  it('drops only an article before a name of two words or more', () => {
    expect(withoutArticle('The Harbour Lamps Act, 2029')).toBe('Harbour Lamps Act, 2029');
    expect(withoutArticle('THE HARBOUR LAMPS ACT')).toBe('HARBOUR LAMPS ACT');
    expect(withoutArticle('The Act')).toBe('The Act');
    expect(withoutArticle('Theft Act')).toBe('Theft Act');
  });
});
