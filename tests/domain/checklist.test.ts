import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChecklist, type Checklist } from '../../src/domain/checklist/build.js';
import type { Facts } from '../../src/domain/checklist/facts.js';
import {
  newSession,
  parseSession,
  resumeSession,
  saveSession,
  serializeSession,
} from '../../src/domain/checklist/session.js';
import { lawProblem } from '../../src/domain/corpus/check-cases.js';
import { allIds } from '../../src/domain/corpus/model.js';
import { bundledCorpus, tempDir } from '../helpers.js';

const corpus = bundledCorpus();
const base: Facts = {
  victim: 'adult',
  victim_woman: false,
  cross_border: false,
  aggravating: [],
  purpose: [],
  forged_documents: false,
};
const build = (offence: string, facts: Partial<Facts> = {}): Checklist =>
  buildChecklist(corpus, offence, { ...base, ...facts });
const item = (checklist: Checklist, id: string) => checklist.items.find((i) => i.id === id);

/**
 * Worked out by hand from the PTPA and PSMA as the corpus records them (2018 text):
 * s.3(1) up to 7 years or a fine up to Rs 1m; s.3(2) 2-10 years, same fine, for a woman
 * or child victim; s.4 3-14 years and a fine up to Rs 2m whenever an aggravating
 * circumstance is present; PSMA basic 3-5 years and a fine (maximum disputed);
 * aggravated smuggling up to 14 years and Rs 2m, minimum and combination unknown.
 */
const BANDS: [string, string, Partial<Facts>, [string, number | null, number | null, number | null, string]][] = [
  ['adult man', 'trafficking', {}, ['ptpa-2018:s3(1)', 0, 7, 1_000_000, 'or']],
  ['age not established, not female', 'trafficking', { victim: 'unknown' }, ['ptpa-2018:s3(1)', 0, 7, 1_000_000, 'or']],
  ['adult woman', 'trafficking', { victim_woman: true }, ['ptpa-2018:s3(2)', 2, 10, 1_000_000, 'or']],
  ['child', 'trafficking', { victim: 'child' }, ['ptpa-2018:s3(2)', 2, 10, 1_000_000, 'or']],
  [
    'girl, cross-border',
    'trafficking',
    { victim: 'child', victim_woman: true, cross_border: true },
    ['ptpa-2018:s3(2)', 2, 10, 1_000_000, 'or'],
  ],
  ['adult man, serious injury', 'trafficking', { aggravating: ['injury'] }, ['ptpa-2018:s4', 3, 14, 2_000_000, 'and']],
  ['adult man, death', 'trafficking', { aggravating: ['death'] }, ['ptpa-2018:s4', 3, 14, 2_000_000, 'and']],
  [
    'adult man, organized group',
    'trafficking',
    { aggravating: ['organized-group'] },
    ['ptpa-2018:s4', 3, 14, 2_000_000, 'and'],
  ],
  [
    'adult man, documents taken',
    'trafficking',
    { aggravating: ['documents'] },
    ['ptpa-2018:s4', 3, 14, 2_000_000, 'and'],
  ],
  ['adult man, repeat offender', 'trafficking', { aggravating: ['repeat'] }, ['ptpa-2018:s4', 3, 14, 2_000_000, 'and']],
  [
    'woman, organized group',
    'trafficking',
    { victim_woman: true, aggravating: ['organized-group'] },
    ['ptpa-2018:s4', 3, 14, 2_000_000, 'and'],
  ],
  [
    'child, documents taken',
    'trafficking',
    { victim: 'child', aggravating: ['documents'] },
    ['ptpa-2018:s4', 3, 14, 2_000_000, 'and'],
  ],
  [
    'adult man, life endangered (not an s.4 circumstance)',
    'trafficking',
    { aggravating: ['endangered'] },
    ['ptpa-2018:s3(1)', 0, 7, 1_000_000, 'or'],
  ],
  ['smuggling', 'smuggling', {}, ['psma-2018:smuggling-offence', 3, 5, null, 'and']],
  [
    'smuggling of a child (no child band known)',
    'smuggling',
    { victim: 'child' },
    ['psma-2018:smuggling-offence', 3, 5, null, 'and'],
  ],
  [
    'smuggling, death',
    'smuggling',
    { aggravating: ['death'] },
    ['psma-2018:aggravated-smuggling', null, 14, 2_000_000, 'unknown'],
  ],
  [
    'smuggling, life endangered',
    'smuggling',
    { aggravating: ['endangered'] },
    ['psma-2018:aggravated-smuggling', null, 14, 2_000_000, 'unknown'],
  ],
  [
    'smuggling, organized group (trigger not known)',
    'smuggling',
    { aggravating: ['organized-group'] },
    ['psma-2018:smuggling-offence', 3, 5, null, 'and'],
  ],
];

describe('penalty band', () => {
  it.each(BANDS)('%s', (_name, offence, facts, [basis, min, max, fine, combination]) => {
    const { penalty } = build(offence, facts);
    expect([penalty.basis, penalty.min_years, penalty.max_years, penalty.fine_max, penalty.combination]).toEqual([
      basis,
      min,
      max,
      fine,
      combination,
    ]);
    expect(penalty.as_enacted).toBe(2018);
  });

  it('reports the disputed PSMA fine instead of choosing one', () => {
    expect(build('smuggling').penalty.fine_reported).toEqual([500_000, 1_000_000]);
  });

  it('names the facts that chose the band, and warns where the triggers are unverified', () => {
    expect(build('trafficking', { victim_woman: true, aggravating: ['repeat'] }).penalty.triggered_by).toEqual([
      'repeat',
    ]);
    expect(
      build('smuggling', { aggravating: ['death'] })
        .penalty.caveats.map((c) => c.text)
        .join(' '),
    ).toMatch(/triggers are not verified/);
  });

  it('shows the child band beside the adult one while the age is not established', () => {
    const unknown = build('trafficking', { victim: 'unknown' });
    expect(item(unknown, 'penalty.if-child')?.cites).toEqual(['ptpa-2018:s3(2)']);
    expect(item(build('trafficking'), 'penalty.if-child')).toBeUndefined();
  });
});

describe('checklist', () => {
  it('waives the means element for a child, citing PTPA s.7 and Palermo art. 3(c), and keeps it for an adult', () => {
    const child = item(build('trafficking', { victim: 'child' }), 'elements.means');
    expect(child?.text).toMatch(/Not required to be proved here/);
    expect(child?.cites).toEqual(['ptpa-2018:s3', 'ptpa-2018:s7', 'palermo-protocol:art3(c)']);
    const adult = item(build('trafficking'), 'elements.means');
    expect(adult?.text).toMatch(/^Means: force; fraud; coercion\./);
    expect(adult?.text).not.toMatch(/Not required/);
  });

  it('moves the investigation to the FIA when the victim crossed the border', () => {
    expect(build('trafficking').agency.name).toBe('Police');
    expect(build('trafficking', { cross_border: true }).agency).toMatchObject({
      name: 'Federal Investigation Agency (FIA)',
      basis: 'ptpa-2018:s8',
    });
    expect(item(build('trafficking', { cross_border: true }), 'jurisdiction.fia-schedule')?.cites).toContain(
      'fia-act-1974:schedule(35)',
    );
    expect(item(build('trafficking'), 'jurisdiction.fia-schedule')).toBeUndefined();
    expect(build('smuggling').agency.basis).toBe('psma-2018:investigation');
  });

  it('adds an item for each aggravating fact, and says when a fact is not an aggravating circumstance', () => {
    const checklist = build('trafficking', { aggravating: ['documents', 'endangered'] });
    expect(item(checklist, 'aggravation.documents')?.cites).toEqual(['ptpa-2018:s4(c)']);
    expect(item(checklist, 'aggravation.endangered')?.text).toMatch(/not among the aggravating circumstances/);
    expect(item(checklist, 'aggravation.check')).toBeUndefined();
    expect(item(build('trafficking'), 'aggravation.check')?.text).toMatch(/PTPA s\.4/);
  });

  it('adds child safeguards for a child or a person of unknown age, and not for an adult', () => {
    for (const victim of ['child', 'unknown'] as const)
      expect(item(build('trafficking', { victim }), 'safety.notify-cpwb')).toBeDefined();
    expect(item(build('trafficking'), 'safety.notify-cpwb')).toBeUndefined();
    expect(item(build('trafficking', { victim: 'unknown' }), 'safety.presume-minority')).toBeDefined();
  });

  it('puts the sections in the documented order', () => {
    expect(build('trafficking', { victim: 'child' }).sections.map((s) => s.id)).toEqual([
      'safety',
      'jurisdiction',
      'elements',
      'aggravation',
      'penalty',
      'procedure',
      'victim',
      'related',
      'international',
    ]);
  });

  it.each(['trafficking', 'smuggling'])(
    '%s: every item has a unique id, cites something that exists, and carries a caveat when not high confidence',
    (offence) => {
      const known = new Set(allIds(corpus.instruments));
      const all: Partial<Facts> = {
        victim: 'unknown',
        victim_woman: true,
        cross_border: true,
        aggravating: ['injury', 'documents', 'endangered'],
        purpose: ['sex', 'labour', 'debt-bondage', 'begging', 'organ-removal'],
        forged_documents: true,
      };
      const { items } = build(offence, all);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      for (const i of items) {
        expect(i.cites.length).toBeGreaterThan(0);
        for (const id of i.cites) expect(lawProblem(id, known), `${i.id} cites ${id}`).toBeUndefined();
        if (i.confidence !== 'high') expect(i.caveats.map((c) => c.text).join(' '), i.id).toMatch(/confidence/);
      }
    },
  );

  it('is the same object for the same facts in any order', () => {
    const a = build('trafficking', { aggravating: ['repeat', 'injury'], purpose: ['sex', 'labour'] });
    const b = build('trafficking', { aggravating: ['injury', 'repeat'], purpose: ['labour', 'sex'] });
    expect(a).toEqual(b);
  });

  it('refuses an offence it has no checklist for, listing those it has', () => {
    expect(() => build('kidnapping')).toThrow(/no checklist for offence "kidnapping"/);
  });
});

describe('saved checklists', () => {
  it('resuming keeps ticks and notes on items that still exist, and lists what changed', () => {
    const checklist = build('trafficking', { victim: 'child' });
    const [first, second, third] = checklist.items;
    const saved = newSession(checklist);
    saved.items = saved.items.map((s) =>
      s.id === first?.id
        ? { ...s, done: true, note: 'seen at the shelter' }
        : s.id === second?.id || s.id === third?.id
          ? { ...s, done: true }
          : s,
    );
    // A newer corpus: the second item reworded, the third gone, one item new.
    const newer: Checklist = {
      ...checklist,
      corpus: 'newer',
      items: [
        ...checklist.items
          .filter((i) => i !== third)
          .map((i) => (i === second ? { ...i, text: `${i.text} (revised)` } : i)),
        { ...checklist.items[0]!, id: 'safety.new-step' },
      ],
    };
    const { session, changes } = resumeSession(saved, newer);
    expect(session.corpus).toBe('newer');
    expect(session.items.find((s) => s.id === first?.id)).toMatchObject({ done: true, note: 'seen at the shelter' });
    expect(session.items.find((s) => s.id === second?.id)?.done).toBe(true);
    expect(changes).toMatchObject({
      changed: [second?.id],
      removed: [{ id: third?.id, done: true }],
      added: ['safety.new-step'],
    });
  });

  it('round-trips through its file format', () => {
    const session = newSession(build('smuggling'));
    expect(parseSession(serializeSession(session), 'x.yaml')).toEqual(session);
  });

  it('refuses a foreign or damaged file with a clear message', () => {
    expect(() => parseSession('name: my notes\n', 'notes.yaml')).toThrow(/not a tipkit checklist/);
    expect(() => parseSession('format: tipkit-checklist\nversion: 1\n', 'c.yaml')).toThrow(
      /damaged checklist: offence/,
    );
    expect(() => parseSession('format: [tipkit', 'c.yaml')).toThrow(/YAML syntax/);
  });

  it('refuses a truncated file, and one written by a newer tipkit, saying which', () => {
    const text = serializeSession(newSession(build('trafficking')));
    for (const cut of [text.length - 30, Math.floor(text.length / 2), text.indexOf('items:') + 40]) {
      expect(() => parseSession(text.slice(0, cut), 'c.yaml'), String(cut)).toThrow(
        /damaged checklist|not a readable checklist/,
      );
    }
    expect(() => parseSession(text.replace('version: 2', 'version: 3'), 'c.yaml')).toThrow(
      /written by a newer tipkit \(checklist format 3; this one reads up to 2\)/,
    );
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['format: tipkit-checklist', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    expect(() => parseSession(bomb.join('\n'), 'c.yaml')).toThrow(/not a readable checklist/);
  });

  it('never overwrites an existing file when starting a new checklist', () => {
    const path = join(tempDir(), 'case.yaml');
    writeFileSync(path, 'precious: notes\n');
    expect(() => saveSession(path, newSession(build('smuggling')), { fresh: true })).toThrow(
      /already exists \(a file that is not a tipkit checklist\)/,
    );
  });
});
