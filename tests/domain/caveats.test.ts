/**
 * One caveat mechanism: every caveat of every view is built by corpus/caveats.ts (so it
 * reads the same everywhere), and every format prints every caveat of a provision page,
 * its penalties, its procedure and its instrument's facts.
 */
import { describe, expect, it } from 'vitest';
import { caveat, type Caveat } from '../../src/domain/corpus/caveats.js';
import { allParts } from '../../src/domain/corpus/model.js';
import { caseView } from '../../src/domain/cases/cases.js';
import { showPart, type ProvisionView, type ShowView } from '../../src/domain/lookup/view.js';
import { procedureFacts } from '../../src/render/labels/provision-facts.js';
import { listFigures } from '../../src/domain/stats/figures.js';
import { selectExport } from '../../src/domain/export/select.js';
import { renderShow } from '../../src/render/show-text.js';
import { escapeHtml, renderHtmlSite } from '../../src/render/site/html.js';
import { renderMarkdownSite } from '../../src/render/site/markdown.js';
import { buildSite } from '../../src/render/site/site.js';
import { sitePages } from '../../src/domain/export/pages.js';
import { instrumentPath } from '../../src/domain/export/layout.js';
import { PLAIN } from '../../src/render/style.js';
import { bundledCorpus } from '../helpers.js';

const corpus = bundledCorpus();
const flat = (text: string) => text.replace(/\s+/g, ' ');

function pageCaveats(view: ShowView): Caveat[] {
  if (view.type === 'instrument') return (view.facts ?? []).flatMap((f) => f.caveats);
  const p = view as ProvisionView;
  return [
    ...p.caveats,
    ...p.penalties.flatMap((penalty) => penalty.caveats),
    ...(p.procedure ? procedureFacts(p.procedure).flatMap((f) => f.caveats) : []),
  ];
}

const views = corpus.instruments.flatMap((instrument) => [
  showPart(corpus, instrument, instrument.id),
  ...instrument.provisions.map((p) => showPart(corpus, instrument, `${instrument.id}:${p.id}`)),
]);

describe('one caveat mechanism', () => {
  it('builds every caveat of every page, case and figure in the one wording', () => {
    const all = [
      ...views.flatMap(pageCaveats),
      ...corpus.cases.flatMap((c) => caseView(corpus, c).caveats),
      ...listFigures(corpus).flatMap((f) => f.caveats),
    ];
    expect(all.length).toBeGreaterThan(100);
    for (const c of all) expect(c.text).toBe(caveat(c.about, c.level, c.reason)[0]?.text);
    expect(new Set(all.map((c) => c.level))).toEqual(new Set(['low', 'medium', 'note']));
  });

  it('prints every caveat of a page in the terminal, the Markdown export and the HTML export', () => {
    const site = buildSite(sitePages(corpus, selectExport(corpus)));
    const html = renderHtmlSite(site);
    const md = renderMarkdownSite(site);
    let checked = 0;
    for (const view of views) {
      const caveats = pageCaveats(view);
      if (caveats.length === 0) continue;
      const instrument = corpus.instruments.find(
        (i) => i.id === (view.type === 'instrument' ? view.id : view.instrument),
      );
      if (!instrument) throw new Error(`no instrument for ${view.id}`);
      const path = instrumentPath(instrument);
      const text = flat(renderShow(view, { paint: PLAIN, width: 80 }));
      const htmlPage = flat(html.get(`${path}.html`)?.() ?? '');
      const mdPage = flat(md.get(`${path}.md`)?.() ?? '');
      for (const c of caveats) {
        expect(text, `${view.id} text`).toContain(flat(c.text));
        expect(htmlPage, `${view.id} html`).toContain(flat(escapeHtml(c.text)));
        expect(mdPage.replace(/\\/g, ''), `${view.id} md`).toContain(flat(c.text));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("says what is medium about Palermo art. 16(4): Pakistan's accession, not the paragraph", () => {
    const palermo = corpus.instruments.find((i) => i.id === 'palermo-protocol');
    if (!palermo) throw new Error('no Palermo Protocol');
    const view = showPart(corpus, palermo, 'palermo-protocol:art16(4)') as ProvisionView;
    const pinpoint = view.caveats.find((c) => c.about === 'Pinpoint (4)');
    expect(pinpoint?.text).toMatch(/acceded/);
    expect(pinpoint?.text).not.toMatch(/lettering or placement/);
    const parts = [...allParts(corpus.instruments)].filter(({ part }) => 'confidence_note' in part);
    expect(parts.length).toBeGreaterThan(0);
  });
});

describe('cross-references between a Pakistani Act and a treaty', () => {
  it('say the two correspond, never that one implements the other, in the terminal and the exported page', () => {
    const ptpa = corpus.instruments.find((i) => i.id === 'ptpa-2018');
    if (!ptpa) throw new Error('no PTPA');
    const view = showPart(corpus, ptpa, 'ptpa-2018:s3') as ProvisionView;
    const link = view.xrefs.find((x) => x.id === 'untoc:art34(2)');
    expect(link?.relation).toBe('corresponds');
    const text = flat(renderShow(view, { paint: PLAIN, width: 80 }));
    expect(text).toContain('corresponds: the same matter, not a claim that one implements the other');
    const html = flat(
      renderHtmlSite(buildSite(sitePages(corpus, selectExport(corpus)))).get('laws/ptpa-2018.html')?.() ?? '',
    );
    expect(html).toContain('not a claim that one implements the other');
  });
});
