import { caveatLines } from './caveats.js';
import type { AppliedIn } from '../domain/cases/applied-in.js';
import type { CaseSummary, CaseView } from '../domain/cases/cases.js';
import { count, hang, pad, section, wrap, type Style } from './style.js';

/** `tip cases`: one case per two lines, newest first. */
export function renderCaseList(cases: readonly CaseSummary[], style: Style, notes: readonly string[] = []): string {
  const { paint } = style;
  const noted = notes.map((n) => paint.yellow(wrap(`Note: ${n}`, style.width)));
  if (cases.length === 0) return ['No cases match. List them all with: tip cases', ...noted].join('\n');
  const rows = cases.map((c) => {
    const flag = c.confidence === 'high' ? '' : paint.yellow(` (${c.confidence} confidence)`);
    const citation = c.citations[0] ?? citationStatusLabel(c.citation_status);
    return `${paint.bold(pad(c.id, 38))}${pad(c.court_code.toUpperCase(), 10)}${pad(c.decided ?? (c.year === null ? '?' : `rep. ${c.year}`), 12)}${citation}\n  ${c.short}${flag}`;
  });
  return [
    paint.dim(`${pad('ID', 38)}${pad('COURT', 10)}${pad('DECIDED', 12)}CITATION`),
    ...rows,
    '',
    paint.dim(`${count(cases.length, 'case')}. Show one with: tip cases show <id or citation>`),
    ...noted,
  ].join('\n');
}

function citationStatusLabel(status: CaseSummary['citation_status']): string {
  return status === 'not-applicable' ? '(no law report)' : '(citation not found)';
}

/** The "Applied in" rows of a provision or instrument page. */
export function appliedInRows(applied: readonly AppliedIn[], style: Style): string[] {
  return applied.flatMap((a) => [
    `  ${a.short}`,
    style.paint.dim(
      wrap(
        [
          a.id,
          a.court_code.toUpperCase(),
          a.decided ?? 'date unknown',
          a.citations[0] ?? 'citation not found',
          `cites ${a.ref}`,
        ].join(' · '),
        style.width,
        '    ',
      ),
    ),
  ]);
}

/** `tip cases show` as a readable page. */
export function renderCase(view: CaseView, style: Style): string {
  const { paint, width } = style;
  const block = (title: string, body: string[]): string[] => section(title, body, style);
  const field = (label: string, value: string | undefined): string[] =>
    value ? [hang(`  ${pad(label, 14)}`, value, width, 16)] : [];
  const decided = `${view.decided.date ?? 'not known'}${view.decided.confidence === 'high' ? '' : paint.yellow(` (${view.decided.confidence} confidence)`)}`;
  const lines = [
    `${paint.bold(view.short)}  ${paint.dim(`[${view.id}]`)}`,
    wrap(view.title, width),
    '',
    ...field('Court', `${view.court.name}${view.court.country === 'Pakistan' ? '' : ` (${view.court.country})`}`),
    ...field('Bench', view.bench?.join(', ')),
    ...field('Decided', decided),
    ...(view.decided.note ? [paint.dim(wrap(view.decided.note, width, ' '.repeat(16)))] : []),
    ...field(
      'Citation',
      view.citations.length > 0 ? view.citations.join('; ') : citationStatusLabel(view.citation_status),
    ),
    ...field('Case number', view.case_numbers.join('; ') || undefined),
    ...field(
      'FIR',
      view.fir.map((f) => [f.number, f.date && `dated ${f.date}`, f.station].filter(Boolean).join(', ')).join('; ') ||
        undefined,
    ),
  ];
  lines.push(
    ...block(
      'Laws applied',
      view.laws_applied.map((law) => {
        const detail = [law.heading, law.note, law.in_corpus ? undefined : 'outside the corpus'].filter(Boolean);
        return `  ${pad(law.label, 26)}${paint.dim(`${law.ref}${detail.length > 0 ? ` · ${detail.join(' · ')}` : ''}`)}`;
      }),
    ),
  );
  lines.push(...block('Facts', [wrap(view.facts, width, '  ')]));
  if (view.holding) lines.push(...block('Holding', [wrap(view.holding, width, '  ')]));
  lines.push(
    ...block('Outcome', [
      wrap(view.outcome === 'unknown' ? 'Not available from the sources consulted.' : view.outcome, width, '  '),
    ]),
  );
  lines.push(
    ...block(
      'For investigators',
      view.investigator_notes.map((note) => hang('  - ', note, width, 4)),
    ),
  );
  const tags = Object.entries(view.tags).map(([group, values]) => `${group}: ${values.join(', ')}`);
  lines.push(...block('Tags', tags.length > 0 ? [wrap(tags.join(' · '), width, '  ')] : []));
  lines.push(
    ...block(
      'Related cases',
      view.related_cases.map((r) => `  ${pad(r.id, 34)}${paint.dim(r.short)}`),
    ),
  );
  lines.push(
    ...block('Provenance', [
      `  Confidence ${view.provenance.confidence}`,
      ...(view.provenance.note ? [wrap(view.provenance.note, width, '  ')] : []),
      ...view.provenance.sources.map((s) => hang('  - ', `${s.title}${s.url ? ` ${paint.dim(s.url)}` : ''}`, width, 4)),
    ]),
  );
  lines.push(...block('Caveats', caveatLines(view.caveats, style, '  ')));
  lines.push('', paint.dim(wrap(view.notice, width)));
  return lines.join('\n');
}
