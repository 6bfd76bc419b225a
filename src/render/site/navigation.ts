import { stringify } from 'yaml';
import { safeText } from '../controls.js';
import type { Flavor } from '../../domain/export/flavor.js';
import { SECTIONS, sectionOf } from '../../domain/export/layout.js';
import type { Site, SitePage } from './page.js';

/** The file a MkDocs user's mkdocs.yml inherits (`INHERIT:`), holding the export's `nav:`. */
export const MKDOCS_NAV = 'mkdocs-nav.yml';

/**
 * Where a page stands among its neighbours, from 1: the index first, then each page in
 * its folder in site order (the order of the index page). Folders are numbered after the
 * index in the order of SECTIONS, so Docusaurus and Hugo order them as the index does.
 */
export function positionOf(site: Site, page: SitePage): number {
  const folder = sectionOf(page.path);
  if (folder === undefined) return 1;
  return site.pages.filter((p) => sectionOf(p.path) === folder).indexOf(page) + 1;
}

/** The folders that hold a page of this export, in index order, each with its position. */
function sections(site: Site): { folder: string; title: string; position: number; pages: SitePage[] }[] {
  return SECTIONS.map((section, index) => ({
    ...section,
    position: index + 2,
    pages: site.pages.filter((page) => sectionOf(page.path) === section.folder),
  })).filter((section) => section.pages.length > 0);
}

/**
 * YAML that every generator's parser reads the same (PyYAML and Go's read YAML 1.1): every
 * string double-quoted, so no title "No" is read as false and no date as a date. Keys are
 * quoted too when they come from the data (`quoteKeys`), as the nav's page names do.
 */
export function yamlText(data: unknown, options: { quoteKeys?: boolean } = {}): string {
  return stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: options.quoteKeys ? null : 'PLAIN',
    lineWidth: 0,
  });
}

/**
 * A generator's navigation files: MkDocs has no include, so its nav is a file that
 * mkdocs.yml inherits; Docusaurus reads `_category_.json` in each folder; Hugo makes
 * each folder a section through its `_index.md`. Plain Markdown has none.
 */
export function navigationFiles(site: Site, flavor: Flavor): [string, string][] {
  switch (flavor) {
    case 'plain':
      return [];
    case 'mkdocs':
      return [[MKDOCS_NAV, mkdocsNav(site)]];
    case 'docusaurus':
      return sections(site).map(({ folder, title, position }) => [
        `${folder}/_category_.json`,
        `${JSON.stringify({ label: title, position }, null, 2)}\n`,
      ]);
    case 'hugo':
      return sections(site).map(({ folder, title, position }) => [
        `${folder}/_index.md`,
        `---\n${yamlText({ title, weight: position })}---\n`,
      ]);
  }
}

function mkdocsNav(site: Site): string {
  const entry = (page: SitePage): Record<string, string> => ({ [safeText(page.meta.label)]: `${page.path}.md` });
  const nav = [
    ...site.pages.filter((page) => sectionOf(page.path) === undefined).map(entry),
    ...sections(site).map(({ title, pages }) => ({ [title]: pages.map(entry) })),
  ];
  return [
    '# Written by tip export --flavor mkdocs: the navigation of this export, for MkDocs.',
    '# With this folder as docs_dir, mkdocs.yml takes it with one line:',
    `#   INHERIT: <docs_dir>/${MKDOCS_NAV}`,
    `# or copy the nav below into mkdocs.yml. Paths are relative to this folder.`,
    yamlText({ nav }, { quoteKeys: true }),
  ].join('\n');
}
