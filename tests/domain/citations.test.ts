import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitationResolver } from '../../src/domain/lookup/resolve.js';
import { normalizeCitationText } from '../../src/domain/citations/normalize.js';
import { allIds } from '../../src/domain/corpus/model.js';
import { NotFoundError, TipError, UsageError } from '../../src/domain/common/errors.js';
import { parseCanonical } from '../../src/domain/corpus/ids.js';
import { bundledCorpus, expected } from '../helpers.js';

const corpus = bundledCorpus();
const resolver = new CitationResolver(corpus);

describe('expected citations', () => {
  const cases = expected<{ input: string; expect: string }[]>('citations.yaml');
  it.each(cases)('$input -> $expect', ({ input, expect: expected }) => {
    if (expected === 'not-found') {
      expect(() => resolver.resolve(input)).toThrow(NotFoundError);
    } else {
      expect(resolver.resolve(input).id).toBe(expected);
    }
  });
});

describe('forms people write', () => {
  it.each([
    ['s.3 PTPA', 'ptpa-2018:s3'],
    ['s 3 ptpa', 'ptpa-2018:s3'],
    ['sec. 3 PTPA', 'ptpa-2018:s3'],
    ['S.3 of the PTPA', 'ptpa-2018:s3'],
    ['§ 3 PTPA', 'ptpa-2018:s3'],
    ['PTPA s.3(2)', 'ptpa-2018:s3(2)'],
    ['PTPA s.3 (2)', 'ptpa-2018:s3(2)'],
    ['u/s 3(2) PTPA', 'ptpa-2018:s3(2)'],
    ['section 4 of the Prevention of Trafficking in Persons Act, 2018', 'ptpa-2018:s4'],
    ['Act XXXIV of 2018, section 8(2)', 'ptpa-2018:s8(2)'],
    ['ptpa:3', 'ptpa-2018:s3'],
    ['ptpa-2018:s3(2)', 'ptpa-2018:s3(2)'],
    ['PTPA-2018 s.12(c)', 'ptpa-2018:s12(c)'],
    ['Art. 3(a) Palermo Protocol', 'palermo-protocol:art3(a)'],
    ['article 3(d) of the Trafficking Protocol', 'palermo-protocol:art3(d)'],
    ['art6 untoc', 'untoc:art6'],
    ['CTOC art 2(a)', 'untoc:art2(a)'],
    ['Organised Crime Convention article 24', 'untoc:art24'],
    ['psma smuggling-offence', 'psma-2018:smuggling-offence'],
    ['psma-2018:non-criminalization', 'psma-2018:non-criminalization'],
    ['Protocol against the Smuggling of Migrants by Land, Sea and Air, art. 6(4)', 'som-protocol:art6(4)'],
    ['TIP Rules 2020', 'ptp-rules-2020'],
  ])('%s -> %s', (input, expected) => {
    expect(resolver.resolve(input).id).toBe(expected);
  });

  it('reads a lone section as the only instrument with sections numbered that way, and says so', () => {
    const resolution = resolver.resolve('s.3');
    expect(resolution.id).toBe('ptpa-2018:s3');
    expect(resolution.warnings.join(' ')).toMatch(/No instrument named/);
  });

  it('asks which instrument when an article number exists in several', () => {
    const error = catchError(() => resolver.resolve('article 6'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.suggestions).toEqual([
      'palermo-protocol:art6 (Palermo Protocol)',
      'som-protocol:art6 (SOM Protocol)',
      'untoc:art6 (UNTOC)',
    ]);
  });

  it('treats a bare "Palermo" as ambiguous between the Protocol and the Convention', () => {
    const error = catchError(() => resolver.resolve('Palermo art 5'));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.suggestions.join(' ')).toMatch(/palermo-protocol.*untoc/);
  });

  it('falls back to the deepest recorded part of an unrecorded pinpoint, with a warning', () => {
    const resolution = resolver.resolve('section 3(1)(a) PTPA');
    expect(resolution.id).toBe('ptpa-2018:s3(1)');
    expect(resolution.warnings[0]).toMatch(/\(a\) is not recorded/);
  });

  it('reads PTPA numbers as the Gazette prints them, with no second reading', () => {
    for (const n of [10, 11, 16])
      expect(resolver.resolve(`PTPA s.${n}`)).toMatchObject({ id: `ptpa-2018:s${n}`, warnings: [] });
  });

  it('suggests close provisions when one does not exist', () => {
    const error = catchError(() => resolver.resolve('ptpa s 42'));
    expect(error.message).toMatch(/s1 to s16/);
    expect(error.suggestions).toContain('ptpa-2018:s4 (Aggravating circumstances)');
  });

  it('explains that PSMA section numbers are unknown', () => {
    const error = catchError(() => resolver.resolve('PSMA s.5'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(/section numbers are not known/);
    expect(error.suggestions).toContain('psma-2018:smuggling-offence (Offence of smuggling of migrants)');
  });

  it('explains that the 2020 Rules have no recorded rules', () => {
    expect(() => resolver.resolve('r. 5 PTP Rules')).toThrow(/text is not available/);
  });

  it('refuses free text with a pointer to search', () => {
    const error = catchError(() => resolver.resolve('debt bondage'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.suggestions).toContain("tip search 'debt bondage'");
  });

  it('refuses an empty citation as a usage error', () => {
    expect(() => resolver.resolve('  ')).toThrow(UsageError);
  });
});

describe('properties', () => {
  const ids = allIds(corpus.instruments);
  const provisionIds = ids.filter((id) => id.includes(':'));

  it('every canonical id in the corpus resolves to itself', () => {
    for (const id of ids) expect(resolver.resolve(id).id).toBe(id);
  });

  it('spelling variants of a numbered provision citation resolve to the same id', () => {
    const numbered = provisionIds
      .map((id) => ({ id, ref: parseCanonical(id) }))
      .filter(({ ref }) => /^(s|art)\d+$/.test(ref?.provision ?? ''));
    const designators = {
      s: ['s.', 's', 'S.', 'sec.', 'section', 'Section', '§'],
      art: ['art.', 'Art', 'article', 'Article', 'ART.'],
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...numbered),
        fc.nat(),
        fc.boolean(),
        fc.constantFrom(' ', '  ', ' \t'),
        ({ id, ref }, pick, instrumentFirst, gap) => {
          if (!ref?.provision) return;
          const instrument = corpus.instruments.find((i) => i.id === ref.instrument);
          if (!instrument) return;
          const names = [instrument.short, instrument.id, ...instrument.aliases].filter(
            (n) => normalizeCitationText(n) !== 'palermo',
          );
          const name = names[pick % names.length] ?? instrument.id;
          const kind = ref.provision.startsWith('art') ? 'art' : 's';
          const designator = designators[kind][pick % designators[kind].length];
          const number = ref.provision.replace(/^\D+/, '');
          const provision = `${designator}${gap}${number}${ref.pinpoint.join('')}`;
          const text = instrumentFirst ? `${name}${gap}${provision}` : `${provision} of the ${name}`;
          expect(resolver.resolve(text).id).toBe(id);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('case does not matter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...provisionIds), (id) => {
        expect(resolver.resolve(id.toUpperCase()).id).toBe(id);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws anything but a typed error, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[a-z ().:§0-9-]{0,30}$/)),
        (input) => {
          try {
            resolver.resolve(input);
          } catch (error) {
            expect(error).toBeInstanceOf(TipError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

function catchError(fn: () => unknown): TipError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TipError) return error;
    throw error;
  }
  throw new Error('expected an error');
}
