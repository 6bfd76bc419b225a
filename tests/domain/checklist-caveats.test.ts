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
  it(`are set on every medium- or low-confidence item of ${checklists.length} variants`, () => {
    const missing = checklists.flatMap((c) =>
      c.items
        .filter(
          (item) =>
            item.confidence !== 'high' &&
            !item.caveat?.includes(`${item.confidence === 'low' ? 'Low' : 'Medium'} confidence`),
        )
        .map((item) => `${c.offence.id} ${item.id}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it("carry the band's own cautions on the band item, and rate it no higher than its weakest figure", () => {
    for (const c of checklists) {
      const band = c.items.find((i) => i.id === 'penalty.band');
      for (const caveat of c.penalty.caveats)
        expect(band?.caveat, `${c.offence.id} ${c.penalty.basis}`).toContain(caveat);
      expect(band?.confidence).toBe(c.penalty.confidence);
    }
    const death = buildChecklist(corpus, 'smuggling', { ...DEFAULT_FACTS, aggravating: ['death'] });
    expect(death.penalty.confidence).toBe('low');
    expect(death.items.find((i) => i.id === 'penalty.band')?.caveat).toMatch(
      /^Low confidence.*Fine: medium confidence/,
    );
  });

  it('mark the facts the corpus flags as weaker: EO s.18, the age order, the FIA Schedule entry, travel controls', () => {
    const child = buildChecklist(corpus, 'trafficking', { ...DEFAULT_FACTS, victim: 'child', cross_border: true });
    for (const id of [
      'related.emigration',
      'elements.establish-age',
      'jurisdiction.fia-schedule',
      'procedure.travel-controls',
    ]) {
      expect(child.items.find((i) => i.id === id)?.caveat, id).toMatch(/^Medium confidence/);
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
    const keys = c.items.filter((i) => i.caveat).map((i) => `${c.offence.id} ${i.id} ${i.caveat}`);
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
    for (const item of c.items.filter((i) => i.caveat)) {
      const caveat = item.caveat as string;
      expect(text, `text ${item.id}`).toContain(flat(caveat));
      expect(md, `md ${item.id}`).toContain(flat(caveat));
      expect(csv, `csv ${item.id}`).toContain(caveat.replace(/"/g, '""'));
      expect(yaml.items.find((i) => i.id === item.id)?.caveat, `yaml ${item.id}`).toBe(caveat);
      expect(json.items.find((i) => i.id === item.id)?.caveat, `json ${item.id}`).toBe(caveat);
    }
  });

  it('in the HTML export, on each offence checklist page', () => {
    const pages = renderHtmlSite(buildSite(corpus, selectExport(corpus)));
    for (const offence of offences) {
      const html = flat(pages.get(`checklists/${offence}.html`)?.() ?? '');
      const page = buildChecklist(corpus, offence, DEFAULT_FACTS);
      expect(page.items.filter((i) => i.caveat).length).toBeGreaterThan(3);
      for (const item of page.items.filter((i) => i.caveat))
        expect(html, item.id).toContain(flat(escapeHtml(item.caveat as string)));
    }
  });
});
