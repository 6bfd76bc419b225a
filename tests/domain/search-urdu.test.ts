import { describe, expect, it } from 'vitest';
import { readUrduVocabulary } from '../../src/domain/search/urdu-vocabulary.js';
import { searchDocuments } from '../../src/domain/search/documents.js';
import { buildSearchStore } from '../../src/domain/search/store-build.js';
import { storeFromBytes } from '../../src/domain/search/store-file.js';
import { storeSource } from '../../src/domain/search/store-source.js';
import { searchSource } from '../../src/domain/search/search.js';
import { bundledCorpus, storeIdentity, storeSearch, tempDir } from '../helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const corpus = bundledCorpus();
const search = storeSearch(corpus);
const vocabulary = await readUrduVocabulary();

describe('Urdu queries over the English corpus', () => {
  it.each(vocabulary.terms.flatMap((term) => term.urdu.map((urdu) => [urdu, term.english])))(
    '%s finds what "%s" finds, and says it searched that',
    (urdu, english) => {
      const found = search(urdu, { vocabulary, limit: 20 });
      const expected = search(english, { limit: 20 });
      expect(expected.total, english).toBeGreaterThan(0);
      expect(found.hits.map((h) => h.id)).toEqual(expected.hits.map((h) => h.id));
      expect(found.total).toBe(expected.total);
      expect(found.notices.join(' ')).toContain(`as "${english}"`);
    },
  );

  it('reads any letter form, diacritic or joiner of a term', () => {
    const english = search('forced labour').hits.map((h) => h.id);
    for (const variant of ['جبری مشقت', 'جبرى مشقت', 'جبریِ مشقت', 'جبری مشق\u200cت ', 'جبری   مشقت']) {
      expect(
        search(variant, { vocabulary }).hits.map((h) => h.id),
        variant,
      ).toEqual(english);
    }
  });

  it('warns that بھتہ alone is extortion money, and reads بھتہ مزدور as a brick-kiln worker', () => {
    expect(search('بھتہ', { vocabulary }).notices.join(' ')).toMatch(/extortion/);
    expect(search('بھتہ مزدور', { vocabulary }).hits.map((h) => h.id)).toEqual(
      search('brick kiln').hits.map((h) => h.id),
    );
  });

  // Each Urdu word is read as what the reference attests it means, and no surer than that.
  it('reads جعلی دستاویزات as forged documents, not travel documents', () => {
    const english = (urdu: string) => vocabulary.terms.find((t) => t.urdu.includes(urdu))?.english;
    expect(english('جعلی دستاویزات')).toBe('forged documents');
    expect(english('سفری دستاویزات')).toBe('travel documents');
  });

  it('does not read بھتہ مالک as a kiln owner: only بھتہ مزدور is attested, so the extortion warning stands', () => {
    expect(vocabulary.terms.some((t) => t.urdu.includes('بھتہ مالک'))).toBe(false);
    expect(search('بھتہ مالک', { vocabulary }).notices.join(' ')).toMatch(/extortion/);
  });

  it('rates bare اسمگلنگ medium: it is attested only inside longer phrases', () => {
    expect(vocabulary.terms.find((t) => t.urdu.includes('اسمگلنگ'))?.confidence).toBe('medium');
    expect(vocabulary.terms.find((t) => t.urdu.includes('انسانی اسمگلنگ'))?.confidence).toBe('high');
  });

  it('keeps Urdu words it has no English for, so an imported Urdu text is found in its own words', () => {
    expect(search('قلمبند', { vocabulary })).toMatchObject({ total: 0, notices: [] });
    // A section whose imported official text is Urdu, as an Urdu Gazette would give it.
    const documents = searchDocuments(corpus).map((doc) =>
      doc.id === 'ptpa-2018:s4' ? { ...doc, text: 'جو کوئی بیان قلمبند کرے، مستغیث کی درخواست پر، ۳ دن میں۔' } : doc,
    );
    const chunks: Buffer[] = [];
    buildSearchStore([documents], storeIdentity(corpus), (chunk) => chunks.push(Buffer.from(chunk)));
    const source = storeSource(storeFromBytes(Buffer.concat(chunks)));
    // Typed with Arabic letter forms, a diacritic, tatweel: the same word.
    for (const query of ['قلمبند', 'مستغيث', 'مستغیثِ', 'قلمبـند']) {
      const result = searchSource(source, query, { vocabulary });
      expect(
        result.hits.map((hit) => hit.id),
        query,
      ).toEqual(['ptpa-2018:s4']);
      expect(result.hits[0]?.highlights.length, query).toBeGreaterThan(0);
    }
  });
});

describe('the Urdu vocabulary file', () => {
  it('refuses a spelling listed for two concepts, and a field it does not know', async () => {
    const dir = tempDir();
    const twice = join(dir, 'twice.yaml');
    writeFileSync(
      twice,
      'format: 1\ntraps: []\nterms:\n  - {urdu: [بیگار], english: forced labour, confidence: high}\n  - {urdu: [بیگار], english: child labour, confidence: high}\n',
    );
    await expect(readUrduVocabulary(twice)).rejects.toThrow(/listed for both/);
    const unknown = join(dir, 'unknown.yaml');
    writeFileSync(
      unknown,
      'format: 1\ntraps: []\nterms:\n  - {urdu: [بیگار], english: forced labour, confidence: low}\n',
    );
    await expect(readUrduVocabulary(unknown)).rejects.toThrow(/confidence/);
  });
});
