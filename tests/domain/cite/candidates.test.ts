/**
 * `tip cite` offers a provision as a candidate only when its law has it: a number the
 * instrument lacks is reported as such, never offered ("ptpa-2018:s54" of a 16-section Act).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeText, type CitedProvision } from '../../../src/domain/cite/cite.js';
import { findInstrument, findProvision } from '../../../src/domain/corpus/model.js';
import { bundledCorpus } from '../../helpers.js';

const corpus = bundledCorpus();
const references = (text: string): CitedProvision[] =>
  citeText(corpus, text, 'test').citations.flatMap((c) => (c.type === 'statute' ? c.references : []));
const PTPA_URDU = 'ٹریفکنگ ان پرسن ایکٹ 2018ء کی دفعہ 3';

/** Whether the corpus lacks the provision an id names (false for a law tipkit holds no text of). */
function lacking(id: string): boolean {
  const [instrument = '', provision = ''] = id.split(':');
  const held = findInstrument(corpus, instrument);
  return held !== undefined && findProvision(held, provision.replace(/\(.*$/, '')) === undefined;
}

describe('candidates', () => {
  it('never offers a section the law named elsewhere lacks (Urdu)', () => {
    const [, arrest] = references(`${PTPA_URDU}\nملزم کو زیر دفعہ 54 کے تحت گرفتار کیا گیا`);
    expect(arrest).toMatchObject({ text: '54', status: 'unresolved' });
    expect(arrest?.candidates).toEqual(['ppc-1860:s54', 'crpc-1898:s54']);
    // One the named law has is still offered, and only it.
    expect(references(`${PTPA_URDU}\nزیر دفعہ 7`)[1]?.candidates).toEqual(['ptpa-2018:s7']);
  });

  it('never offers it for an English line of a text with Urdu in it either', () => {
    const [, added] = references('PTPA s. 3\nsection 54 was added\nملزم');
    expect(added?.candidates).toEqual(['ppc-1860:s54', 'crpc-1898:s54']);
  });

  it('reports a section the named law lacks as lacking, in English and Urdu', () => {
    for (const text of ['section 54 of the PTPA', 'ٹریفکنگ ان پرسن ایکٹ کی دفعہ 54']) {
      const [ref] = references(text);
      expect(ref, text).toMatchObject({ status: 'unresolved', reason: expect.stringMatching(/s54 does not exist/) });
      expect(ref?.candidates, text).toBeUndefined();
    }
  });

  it('reads "17/2" as the one reading the law has, and says why', () => {
    const [seventeen, two] = references('ٹریفکنگ ان پرسن ایکٹ کی دفعہ 17/2');
    expect(seventeen).toMatchObject({ status: 'unresolved' });
    expect(two).toMatchObject({ id: 'ptpa-2018:s2', warnings: [expect.stringMatching(/not sub-section 17\(2\)/)] });
    expect(references('ٹریفکنگ ان پرسن ایکٹ کی دفعہ 3/2')[1]).toMatchObject({
      status: 'ambiguous',
      candidates: ['ptpa-2018:s3(2)', 'ptpa-2018:s2'],
    });
  });

  it('offers no candidate the corpus lacks, whatever the text', () => {
    const pieces = [PTPA_URDU, 'PTPA', 'Palermo', 'PPC', 'زیر دفعہ', 'دفعہ', 'section', 'u/s', 'ملزم', '\n', '/'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.integer({ min: 1, max: 60 }).map(String)), {
          maxLength: 12,
        }),
        (parts) => {
          for (const ref of references(parts.join(' '))) {
            for (const candidate of ref.candidates ?? []) expect(lacking(candidate), candidate).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
