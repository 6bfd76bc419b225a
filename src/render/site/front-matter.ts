import { safeText } from '../controls.js';
import type { Flavor } from '../../domain/export/flavor.js';
import { positionOf, yamlText } from './navigation.js';
import type { Site, SitePage } from './page.js';

/**
 * The YAML front matter of a page for a static-site generator: its title and a short
 * description, the generator's own ordering key (Docusaurus `sidebar_position` and
 * `sidebar_label`, Hugo `weight`; MkDocs orders by its nav), `tags`, and tipkit's keys
 * under `tipkit` (Docusaurus reads a top-level `id` as the page's id, which would move it).
 */
export function frontMatter(site: Site, page: SitePage, flavor: Exclude<Flavor, 'plain'>): string {
  // Text from the corpus: nothing in it may reach an editor or a terminal as a control.
  const meta = {
    ...page.meta,
    title: safeText(page.meta.title),
    label: safeText(page.meta.label),
    description: safeText(page.meta.description),
  };
  const position = positionOf(site, page);
  const order =
    flavor === 'docusaurus'
      ? { sidebar_label: meta.label, sidebar_position: position }
      : flavor === 'hugo'
        ? { weight: position }
        : {};
  const data = {
    title: meta.title,
    description: meta.description,
    ...order,
    ...(meta.tags.length > 0 ? { tags: meta.tags } : {}),
    tipkit: {
      ...(meta.id ? { id: meta.id } : {}),
      corpus: site.corpus,
      ...(meta.asOf ? { as_of: meta.asOf } : {}),
      ...(site.stamp ? { built: site.stamp } : {}),
    },
  };
  return `---\n${yamlText(data)}---\n\n`;
}
