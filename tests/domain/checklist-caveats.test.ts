/**
 * A caveat shown in one output is shown in all: every item of every checklist variant
 * that rests on a medium or low fact carries its caveat, and every output format prints
 * it (text, Markdown, CSV, YAML, JSON, and the HTML export's checklist pages; the
 * interactive view is covered in tests/ui).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stringify } from 'yaml';
import { buildChecklist, labeller, listOffences, type Checklist } from '../../src/domain/checklist/build.js';
import { DEFAULT_FACTS, PURPOSES, VICTIM_AGES, type Facts } from '../../src/domain/checklist/facts.js';
import { AGGRAVATING } from '../../src/domain/corpus/conditions.js';
import { selectExport } from '../../src/domain/export/select.js';
import { renderChecklistCsv } from '../../src/render/checklist-csv.js';
import { renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { renderChecklistText } from '../../src/render/checklist-text.js';
import { escapeHtml, renderHtmlSite } from '../../src/render/site/html.js';
import { buildSite } from '../../src/render/site/site.js';
import { sitePages } from '../../src/domain/export/pages.js';
import { PLAIN } from '../../src/render/style.js';
import { bundledCorpus } from '../helpers.js';

const corpus = bundledCorpus();
const label = labeller(corpus);
const offences = listOffences(corpus).map((o) => o.id);

/** Every victim, sex and border combination, with no, each and every aggravating fact and purpose. */
function variants(): Facts[] {
  const out: Facts[] = [];
  const aggravating = [[], ...AGGRAVATING.map((a) => [a]), [...AGGRAVATING]];
  const purposes = [[], ...PURPOSES.map((p) => [p]), [...PURPOSES]];
  for (const victim of VICTIM_AGES)
    for (const victim_woman of [false, true])
      for (const cross_border of [false, true])
        for (const a of aggravating)
          for (const purpose of purposes)
            out.push({ victim, victim_woman, cross_border, aggravating: a, purpose, forged_documents: cross_border });
  return out;
}

const checklists: Checklist[] = offences.flatMap((offence) =>
  variants().map((facts) => buildChecklist(corpus, offence, facts)),
);
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('caveats of checklist items', () => {
  it(`are set on every medium- or low-confidence item of ${checklists.length} variants, in the one wording`, () => {
    const missing = checklists.flatMap((c) =>
      c.items
        .filter((item) => item.confidence !== 'high')
        .filter((item) => !item.caveats.some((cv) => cv.about === 'This item' && cv.level === item.confidence))
        .map((item) => `${c.offence.id} ${item.id}`),
    );
    expect([...new Set(missing)]).toEqual([]);
    const texts = checklists.flatMap((c) => c.items.flatMap((item) => item.caveats.map((cv) => cv.text)));
    for (const text of new Set(texts)) {
      expect(text).toMatch(
        /^[^:]+: (low confidence, unverified; do not rely on it without checking\.|medium confidence \(one source or an inference\); verify\.|\S)/,
      );
    }
  });

  it("carry the band's own cautions on the band item and in the header, rated by the band's figures", () => {
    for (const c of checklists) {
      const band = c.items.find((i) => i.id === 'penalty.band');
      for (const caveat of c.penalty.caveats)
        expect(
          band?.caveats.map((cv) => cv.text),
          `${c.offence.id} ${c.penalty.basis}`,
        ).toContain(caveat.text);
      expect(band?.confidence).toBe(c.penalty.confidence);
    }
    const death = buildChecklist(corpus, 'smuggling', { ...DEFAULT_FACTS, aggravating: ['death'] });
    expect(death.penalty.caveats.map((cv) => [cv.about, cv.level])).toEqual(
      expect.arrayContaining([
        ['Fine', 'medium'],
        ['When this band applies', 'low'],
      ]),
    );
  });

  // A doubt about a narrow reading must not read as a doubt about the duty itself: a
  // victim could be charged on the strength of it.
  it('rate the non-liability and classification items by what they assert, the weaker fact carrying its own caveat', () => {
    const trafficking = buildChecklist(corpus, 'trafficking', DEFAULT_FACTS);
    const shield = trafficking.items.find((i) => i.id === 'victim.non-punishment');
    expect(shield?.confidence).toBe('high');
    expect(shield?.caveats.map((cv) => [cv.about, cv.level])).toContainEqual(['Scope of the shield', 'low']);
    expect(shield?.caveats.some((cv) => cv.about === 'This item')).toBe(false);
    const classification = trafficking.items.find((i) => i.id === 'procedure.classification');
    expect(classification?.confidence).toBe('high');
    const rated = classification?.caveats.filter((cv) => cv.level !== 'note');
    expect(rated?.map((cv) => [cv.about, cv.level])).toEqual([['Compounding', 'low']]);
  });

  it('mark the facts the corpus flags as weaker: EO ss. 18 and 22, the age order, the FIA Schedule entry, travel controls', () => {
    const child = buildChecklist(corpus, 'trafficking', { ...DEFAULT_FACTS, victim: 'child', cross_border: true });
    for (const [id, about] of [
      ['related.emigration', 'Emigration Ordinance ss. 18 and 22'],
      ['elements.establish-age', 'This item'],
      ['jurisdiction.fia-schedule', 'This item'],
      ['procedure.travel-controls', 'This item'],
    ]) {
      const item = child.items.find((i) => i.id === id);
      expect(
        item?.caveats.map((cv) => [cv.about, cv.level]),
        id,
      ).toContainEqual([about, 'medium']);
    }
  });

  it('give an adult of unknown sex the band for a woman, as an unknown age gets the child band', () => {
    const adult = buildChecklist(corpus, 'trafficking', { ...DEFAULT_FACTS, victim: 'adult' });
    expect(adult.items.find((i) => i.id === 'penalty.if-woman')?.text).toMatch(
      /^If the victim is a woman or a girl: .*PTPA s\.3\(2\)/,
    );
    const woman = buildChecklist(corpus, 'trafficking', { ...DEFAULT_FACTS, victim: 'adult', victim_woman: true });
    expect(woman.items.some((i) => i.id === 'penalty.if-woman')).toBe(false);
  });

  it("state Pakistan's party status with the Smuggling Protocol's international basis", () => {
    const smuggling = buildChecklist(corpus, 'smuggling', DEFAULT_FACTS);
    expect(smuggling.items.find((i) => i.id === 'international.som-definition')?.text).toMatch(
      /not a party to the Protocol in 2018-19 and its later status is not known/,
    );
  });
});

/** The fewest variants that between them hold every distinct caveated item. */
function covering(): Checklist[] {
  const seen = new Set<string>();
  return checklists.filter((c) => {
    const keys = c.items.flatMap((i) => i.caveats.map((cv) => `${c.offence.id} ${i.id} ${cv.text}`));
    const fresh = keys.filter((k) => !seen.has(k));
    for (const k of fresh) seen.add(k);
    return fresh.length > 0;
  });
}

describe('every output prints every caveat', () => {
  const chosen = covering();

  it.each(chosen.map((c, i) => [i, c] as const))('variant %i in text, Markdown, CSV, YAML and JSON', (_, c) => {
    const text = flat(renderChecklistText(c, label, { paint: PLAIN, width: 80 }));
    const md = flat(renderChecklistMarkdown(c, label));
    const csv = renderChecklistCsv(c);
    const yaml = parse(stringify(c, { lineWidth: 0 })) as Checklist;
    const json = JSON.parse(JSON.stringify(c)) as Checklist;
    for (const caveat of [...c.penalty.caveats, ...c.agency.caveats, ...c.court.caveats]) {
      expect(text, 'text header').toContain(flat(caveat.text));
      expect(md, 'md header').toContain(flat(caveat.text));
    }
    for (const item of c.items) {
      for (const caveat of item.caveats) {
        expect(text, `text ${item.id}`).toContain(flat(caveat.text));
        expect(md, `md ${item.id}`).toContain(flat(caveat.text));
        expect(csv, `csv ${item.id}`).toContain(caveat.text.replace(/"/g, '""'));
      }
      expect(yaml.items.find((i) => i.id === item.id)?.caveats, `yaml ${item.id}`).toEqual(item.caveats);
      expect(json.items.find((i) => i.id === item.id)?.caveats, `json ${item.id}`).toEqual(item.caveats);
    }
  });

  it('in the HTML export, on each offence checklist page and its header', () => {
    const pages = renderHtmlSite(buildSite(sitePages(corpus, selectExport(corpus))));
    for (const offence of offences) {
      const html = flat(pages.get(`checklists/${offence}.html`)?.() ?? '');
      const page = buildChecklist(corpus, offence, DEFAULT_FACTS);
      const caveats = [...page.penalty.caveats, ...page.items.flatMap((i) => i.caveats)];
      expect(caveats.length).toBeGreaterThan(3);
      for (const caveat of caveats) expect(html, caveat.text).toContain(flat(escapeHtml(caveat.text)));
    }
  });
});
