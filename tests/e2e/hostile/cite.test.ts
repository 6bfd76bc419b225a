/**
 * Hostile input for `tip cite`: texts that made a line's citation lose its law to another
 * line, offered sections an Act lacks, missed an Act titled "The …", or cost the square or
 * cube of their length (a number or designator before a long run of spaces or line breaks),
 * and large Urdu texts. Each row is held to rows.ts's rules; the texts whose cost once grew
 * with the square of their length are read at two sizes, and the growth of the cost measured.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fourfoldGrowth } from '../../cpu-time.js';
import { FIXTURES, tempDir, tip, type CliResult } from '../../helpers.js';
import { runHostileRows, STACK, type Row } from './rows.js';

const json = ({ stdout }: CliResult) => JSON.parse(stdout);
/** Each provision `tip cite --json` read: its text and the id it resolved to ("unresolved" when none). */
const read = (result: CliResult): string[] =>
  json(result).citations.flatMap((c: { references?: { text: string; id?: string; status: string }[] }) =>
    (c.references ?? []).map((r) => `${r.text} → ${r.id ?? r.status}`),
  );
/**
 * The text a row cites, written to a file in its folder: what is read of a text is the same
 * from a file as from stdin (src/input.ts reads both to bytes), so these rows run in this
 * process; stdin itself has rows of its own (hostile.test.ts: empty, binary, megabytes).
 */
const TEXT = 'text.txt';
const text = (input: string) => (dir: string) => writeFileSync(join(dir, TEXT), input);
/** A row of `tip cite --json` on `input` that must read exactly `expected`. */
const citing = (name: string, input: string, ...expected: string[]): Row => ({
  name,
  setup: text(input),
  args: ['cite', TEXT, '--json'],
  exit: 0,
  check: (result) => expect(read(result)).toEqual(expected),
});
/** Why a row of a run of a million blanks is a process: the square or cube of it, once its cost, is a hang. */
const HANG = 'a cost of the square or cube of the run (as once) is a hang, which only a process can be killed out of';
const M = 1_000_000;
/** The lines of the Urdu test fixtures, once (about 2.4 KB). */
const urdu = (): string => {
  const lines = ['fir.txt', 'diary.txt', 'order.txt', 'prose.txt'].map((f) =>
    readFileSync(join(FIXTURES, 'urdu', f), 'utf8').trim(),
  );
  return `${lines.join('\n')}\n`;
};
const library = { TIPKIT_LIBRARY: 'library' };
const harbourLamps = (dir: string): void =>
  copyFileSync(join(FIXTURES, 'cite', 'harbour-lamps-act.txt'), join(dir, 'harbour.txt'));

const rows: Row[] = [
  citing(
    'cite, a section on the next line does not take the code of the line before',
    'accused booked r/w 370 PPC\nsection 11 was also added\n',
    '370 → ppc-1860:s370',
    '11 → unresolved',
  ),
  citing(
    'cite, an Urdu section on the next line does not take it either',
    'accused booked r/w 370 PPC\nزیر دفعہ 11\n',
    '370 → ppc-1860:s370',
    '11 → unresolved',
  ),
  citing(
    'cite, a list cut by a line break keeps each line its law',
    'PTPA section 3,\n4 PPC\n',
    '3 → ptpa-2018:s3',
    '4 → ppc-1860:s4',
  ),
  {
    name: 'cite, an Urdu section the named Act lacks is never offered',
    setup: text('ٹریفکنگ ان پرسن ایکٹ 2018ء کی دفعہ 3\nملزم کو زیر دفعہ 54 کے تحت گرفتار کیا گیا\n'),
    args: ['cite', TEXT, '--json'],
    exit: 0,
    check: (result) => {
      const candidates = json(result).citations.flatMap((c: { references: { candidates?: string[] }[] }) =>
        c.references.flatMap((r) => r.candidates ?? []),
      );
      expect(candidates).toEqual(['ppc-1860:s54', 'crpc-1898:s54']);
    },
  },
  {
    name: 'cite, an imported Act printed "THE … ACT" is cited without the article',
    setup: (dir) => {
      harbourLamps(dir);
      text('fined under section 4 of the Harbour Lamps Act\n')(dir);
    },
    env: library,
    args: ['import', 'harbour.txt'],
    exit: 0,
    changes: ['library'],
    then: [
      {
        env: library,
        args: ['cite', TEXT, '--json'],
        exit: 0,
        check: (result) => expect(read(result)).toEqual(['4 → hla-2029:s4']),
      },
      { env: library, args: ['show', 'section 4 of the Harbour Lamps Act'], exit: 0 },
    ],
  },
  {
    name: 'cite, a designator then a million spaces',
    args: ['cite'],
    input: `u/s${' '.repeat(M)}x`,
    exit: 0,
    process: HANG,
  },
  {
    name: 'cite, Urdu: a number then a million spaces',
    args: ['cite'],
    input: `5${' '.repeat(M)}x ا`,
    exit: 0,
    process: HANG,
  },
  {
    name: 'cite, Urdu: a number then a million line breaks',
    args: ['cite'],
    input: `5${'\n'.repeat(M)}ا`,
    exit: 0,
    process: HANG,
  },
  {
    name: 'cite, Urdu: ت then a million spaces',
    args: ['cite'],
    input: `ت${' '.repeat(M)}x`,
    exit: 0,
    process: HANG,
  },
];

runHostileRows('hostile input to tip cite', rows, rows.length);

/**
 * Large texts, whose cost to cite must grow no faster than their length, each read by `tip cite --json` in
 * this process at two sizes, the second four times the first: a cost linear in the text grows
 * about fourfold (less, with the command's fixed cost), a quadratic one sixteenfold. Each input
 * was once a row of megabytes on stdin, in a process, whose only bound was the hang limit (90
 * s). At the sizes below a linear cost grew 2- to 4-fold, and a quadratic one that would reach
 * that limit at the row's size grows about 9-fold or more (a loop of n² steps added to the
 * work, some 40 s at 100,000 lines, made 'a law name on each of many lines' grow 8.9-fold):
 * a second or two of CPU rather than the several seconds the large row took, and a smaller
 * quadratic cost than the limit's is found too. stdin itself has rows of its own
 * (hostile.test.ts: empty, binary, 2.6 MB past the cap).
 */
const LIMIT = 8;
const growths: { name: string; text: (n: number) => string; n: number }[] = [
  // Once 100,000 lines.
  { name: 'a list run on over many lines', text: (n) => `u/s ${'3,\n'.repeat(n)}4 PPC\n`, n: 4_000 },
  // Once 100,000 lines, as above.
  { name: 'a law name on each of many lines', text: (n) => 'PPC\n'.repeat(n), n: 4_000 },
  // Once 2,300 repeats (5.5 MB).
  { name: 'Urdu FIRs, diaries and orders', text: (n) => urdu().repeat(n), n: 100 },
  // Once 50,000 repeats (6 MB, in hostile.test.ts).
  {
    name: 'Urdu citations glued to their words',
    text: (n) => 'مقدمہ نمبر 600/26مورخہ19.07.26بجرم406ت پ، زیر دفعہ ۱۶۱ ض ف و ۳۶۵-بی ۔ '.repeat(n),
    n: 2_500,
  },
];

describe('tip cite costs no more than linear time in the text', () => {
  for (const { name, text: make, n } of growths) {
    it(name, async () => {
      const dir = tempDir();
      const { ratio, small, large } = await fourfoldGrowth(
        (size) => {
          writeFileSync(join(dir, `${size}.txt`), make(size));
          return `${size}.txt`;
        },
        async (file) => {
          const result = await tip(['cite', file, '--json'], { cwd: dir });
          expect(result.stdout + result.stderr).not.toMatch(STACK);
          expect(result.status, result.stderr).toBe(0);
          expect(() => JSON.parse(result.stdout)).not.toThrow();
        },
        n,
        LIMIT,
      );
      expect(
        ratio,
        `${small.toFixed(0)} ms of CPU, then ${large.toFixed(0)} ms on a text four times as long`,
      ).toBeLessThan(LIMIT);
    });
  }
});
