/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/domain/corpus/which.js';
import { corpusLabel, corpusWords, libraryNote } from '../../src/render/corpus-used.js';

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('corpusWords', () => {
  it('names the bundled corpus in words and a --data folder as given', () => {
    expect(corpusWords({ source: BUNDLED_CORPUS, hash: 'h' })).toBe('the bundled corpus');
    expect(corpusWords({ source: '../my laws', hash: 'h' })).toBe('../my laws');
  });

  it('strips terminal controls from a folder name', () => {
    const words = corpusWords({ source: 'data\u001b]0;title\u0007\u001b[31mred', hash: 'h' });
    expect(words).not.toMatch(CONTROLS);
    expect(words.startsWith('data')).toBe(true);
    expect(words.endsWith('red')).toBe(true);
  });
});

describe('libraryNote', () => {
  it('says nothing when there is no library', () => {
    expect(libraryNote({ source: BUNDLED_CORPUS, hash: 'h' })).toBeUndefined();
  });

  it('counts the texts, singular and plural, and says whether the library went in', () => {
    expect(libraryNote({ source: 'x', hash: 'h', library: { path: '/l', included: true, texts: 1 } })).toBe(
      'With your library at /l (1 imported text).',
    );
    expect(libraryNote({ source: 'x', hash: 'h', library: { path: '/l', included: false, texts: 4 } })).toBe(
      'Your library at /l (4 imported texts) is not included (use --with-library).',
    );
  });

  it('strips terminal controls from the library path', () => {
    const note = libraryNote({
      source: 'x',
      hash: 'h',
      library: { path: '/l\u001b[2J\u009b', included: true, texts: 2 },
    });
    expect(note).toBe('With your library at /l (2 imported texts).');
  });
});

describe('corpusLabel', () => {
  it('names where the corpus came from', () => {
    expect(corpusLabel('argument')).toBe('the folder given');
    expect(corpusLabel('data')).toBe('the --data or TIPKIT_DATA folder');
    expect(corpusLabel('working folder')).toBe('found from the working folder: it holds laws/');
    expect(corpusLabel('bundled')).toBe("tipkit's bundled corpus");
  });
});
