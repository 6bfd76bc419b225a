/**
 * The static-site generators a Markdown export can be shaped for. `plain` is GitHub-flavoured
 * Markdown with no front matter (the output before flavors, byte for byte); the others add
 * front matter, their own navigation files, links and escaping each generator reads.
 */
export const FLAVORS = ['plain', 'mkdocs', 'docusaurus', 'hugo'] as const;

export type Flavor = (typeof FLAVORS)[number];
