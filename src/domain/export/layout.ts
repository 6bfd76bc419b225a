import { caseSlug, localId, parentId } from '../corpus/ids.js';
import { allParts } from '../corpus/model.js';
import type { Case } from '../corpus/case-schema.js';
import type { Instrument } from '../corpus/schema.js';

/**
 * Where each canonical id lives in an exported site: the page (path without extension,
 * '/'-separated) and the anchor on it. The Markdown and HTML exports, `tip cite --link`
 * and the remark plugin all link through these, so a link written by one lands on the
 * anchor written by another.
 */
export interface Target {
  page: string;
  anchor?: string;
}

/** Where an instrument's page goes: practice guidance apart from the law. */
export function instrumentPath(instrument: Pick<Instrument, 'id' | 'kind'>): string {
  return `${instrument.kind === 'guidance' ? 'guidance' : 'laws'}/${instrument.id}`;
}

export function casePath(c: Pick<Case, 'id'>): string {
  return `cases/${caseSlug(c.id)}`;
}

export function checklistId(offence: string): string {
  return `checklist:${offence}`;
}

export function checklistPath(offence: string): string {
  return `checklists/${offence}`;
}

/** The anchor for a provision's local id: `s3(2)(a)` → `s3-2-a`, safe in every renderer. */
export function anchorFor(localId: string): string {
  return localId.replace(/\(/g, '-').replace(/\)/g, '');
}

/** The link targets an instrument page provides: itself, each provision and each sub-provision. */
export function instrumentTargets(instrument: Instrument): [string, Target][] {
  const page = instrumentPath(instrument);
  return [
    [instrument.id, { page }],
    ...[...allParts([instrument])].map(({ id }): [string, Target] => [id, { page, anchor: anchorFor(localId(id)) }]),
  ];
}

/**
 * The target of an id, or of the nearest part above it that the export has: a cited
 * pinpoint the digest does not record still links to its provision.
 */
export function targetOf(targets: ReadonlyMap<string, Target>, id: string): Target | undefined {
  for (let current = id; ; current = parentId(current)) {
    const target = targets.get(current);
    if (target) return target;
    if (!current.endsWith(')')) return undefined;
  }
}

/**
 * The folders of an export, in the order the index lists them: generators that order
 * folders (Docusaurus categories, Hugo sections, the MkDocs nav) follow it.
 */
export const SECTIONS = [
  { folder: 'laws', title: 'Laws' },
  { folder: 'checklists', title: 'Checklists' },
  { folder: 'cases', title: 'Cases' },
  { folder: 'guidance', title: 'Practice guidance (not law)' },
] as const;

/** The folder of a page path ("laws/ptpa-2018" → "laws"); undefined for the index. */
export function sectionOf(path: string): string | undefined {
  const slash = path.indexOf('/');
  return slash < 0 ? undefined : path.slice(0, slash);
}
