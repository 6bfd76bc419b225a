// Synthetic corpora for `npm run bench -- --scale`: the bundled schema, many invented
// acts of 50 sections each, every section with a heading, a summary, keywords and about
// 200 words of "official text", drawn from a fixed vocabulary with a Zipf-like spread so
// that common and rare terms behave as in a real statute book. Deterministic: the same
// size gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LEGAL = (
  'trafficking person persons victim victims child children exploitation labour bonded debt bondage forced ' +
  'servitude smuggling migrant border passport visa agent recruitment employment wages kiln brick domestic ' +
  'marriage abduction kidnapping harbouring transport transfer receipt deception fraud coercion threat force ' +
  'abuse power vulnerability payment benefit consent organ removal sexual prostitution begging court trial ' +
  'sessions magistrate bail cognizable offence punishment imprisonment fine years months police officer ' +
  'investigation agency federal province punjab sindh khyber balochistan islamabad protection shelter ' +
  'compensation witness evidence statement report register inspector licence permit penalty appeal'
).split(' ');

/** A deterministic generator (mulberry32), so corpora are the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Invented words: consonant-vowel syllables, so the vocabulary has the size of a real one. */
function vocabulary(size, next) {
  const c = 'bcdfghjklmnprstvwz';
  const v = 'aeiou';
  const words = new Set(LEGAL);
  while (words.size < size) {
    let w = '';
    const syllables = 2 + Math.floor(next() * 3);
    for (let i = 0; i < syllables; i++) w += c[Math.floor(next() * c.length)] + v[Math.floor(next() * v.length)];
    words.add(w);
  }
  return [...words];
}

export function writeScaleCorpus(root, provisions, perInstrument = 50) {
  const next = random(provisions);
  const words = vocabulary(20000, next);
  // Zipf-like: the rank of the word drawn falls off as 1/x.
  const word = () => words[Math.floor(Math.exp(next() * Math.log(words.length))) - 1];
  const sentence = (n) => Array.from({ length: n }, word).join(' ');
  mkdirSync(join(root, 'laws'), { recursive: true });
  const instruments = Math.ceil(provisions / perInstrument);
  let made = 0;
  for (let i = 0; i < instruments; i++) {
    const id = `act-${String(i + 1).padStart(5, '0')}`;
    const lines = [
      `id: ${id}`,
      `title: Invented Act Number ${i + 1}, ${1900 + (i % 120)}`,
      `short: IA${i + 1}`,
      'aliases: []',
      'kind: act',
      'jurisdiction: Pakistan',
      `summary: An invented act for the scale bench, number ${i + 1}.`,
      `official_number: { value: Act No. ${i + 1} of ${1900 + (i % 120)}, confidence: high }`,
      'dates: {}',
      'source: { publication: Invented for the bench, consulted: [B] }',
      "as_of: '2020'",
      'as_of_note: Invented.',
      'official_text_bundled: false',
      'status: []',
      'sources:',
      '  B: { title: Invented for the bench }',
      'provisions:',
    ];
    for (let s = 1; s <= perInstrument && made < provisions; s++, made++) {
      lines.push(
        `  - id: s${s}`,
        `    number: '${s}'`,
        `    heading: ${sentence(4)}`,
        `    summary: ${sentence(30)}.`,
        `    keywords: [${sentence(3).split(' ').join(', ')}]`,
        `    text: ${sentence(200)}.`,
        '    provenance: { number_confidence: high, content_confidence: high, sources: [B] }',
      );
    }
    writeFileSync(join(root, 'laws', `${id}.yaml`), `${lines.join('\n')}\n`);
  }
  // Two words of middling rank: a search for them touches a few hundred documents, not most.
  return { instruments, provisions: made, rare: [words[3000], words[4000]] };
}
