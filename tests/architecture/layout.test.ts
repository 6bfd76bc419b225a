import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const SPECIFIER = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** Every import of a module, as a path (relative imports) or a package name. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const local: string[] = [];
  const packages: string[] = [];
  for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    if (!spec.startsWith('.')) packages.push(spec);
    else {
      const base = resolve(dirname(file), spec).replace(/\.js$/, '');
      local.push(files.find((f) => f === `${base}.ts` || f === `${base}.tsx`) ?? base);
    }
  }
  return { local, packages };
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(SRC, file);

/** Every circle in a graph, each as a readable chain ("a → b → a"). */
function circlesOf(nodes: readonly string[], next: (node: string) => readonly string[]): string[] {
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, trail: string[]): void => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      circles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'open');
    for (const to of next(node)) visit(to, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of nodes) visit(node, []);
  return circles;
}

/**
 * The folder a file of src/domain or src/render belongs to: "domain/citations" for
 * domain/citations/parse.ts, "render/site" for render/site/html.ts, "render" for render/style.ts.
 */
const folderOf = (file: string): string | undefined =>
  /^domain\/[^/]+(?=\/)/.exec(name(file))?.[0] ?? /^render(?:\/[^/]+)?(?=\/)/.exec(name(file))?.[0];

describe('source layout', () => {
  it('has no import circles', () => {
    const names = new Map(files.map((file) => [name(file), file]));
    const next = (node: string) =>
      (graph.get(names.get(node) ?? '')?.local ?? []).filter((to) => graph.has(to)).map(name);
    expect(circlesOf([...names.keys()], next)).toEqual([]);
  });

  it('has no import circles between folders of src/domain, nor of src/render (type imports count)', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      const from = folderOf(file);
      if (!from) continue;
      for (const to of (graph.get(file)?.local ?? []).map(folderOf)) {
        if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(circlesOf([...edges.keys()], (folder) => [...(edges.get(folder) ?? [])])).toEqual([]);
  });

  it('keeps the domain free of oclif, chalk, ink and react, and of the layers above it', () => {
    const domain = files.filter((f) => name(f).startsWith('domain/'));
    for (const file of domain) {
      const { local, packages } = graph.get(file) ?? { local: [], packages: [] };
      expect(
        packages.filter((p) => /^(@oclif\/|chalk|ink|react)/.test(p)),
        name(file),
      ).toEqual([]);
      expect(
        local.map(name).filter((l) => !l.startsWith('domain/')),
        name(file),
      ).toEqual([]);
    }
  });

  it('groups the domain by concern, with no loose files beside the folders', () => {
    const loose = readdirSync(join(SRC, 'domain')).filter(
      (entry) => !statSync(join(SRC, 'domain', entry)).isDirectory(),
    );
    expect(loose).toEqual([]);
  });

  it('loads ink only from src/ui, and src/ui only through a dynamic import', () => {
    for (const file of files.filter((f) => !name(f).startsWith('ui/'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, name(file)).not.toMatch(/^import [^;]*from ['"](ink|react)['"]/m);
      expect(text, name(file)).not.toMatch(/^import [^;]*from ['"][./]+ui\//m);
    }
  });

  it('renders export pages from their data alone: page renderers take no corpus and call no domain code but pure wording', () => {
    // Wording the domain itself prints too (caveats, search documents, checklists), so it
    // stays there: each a constant or a pure function of its argument, none reads the corpus.
    const PURE_WORDING: Record<string, string[]> = {
      'domain/common/text.ts': ['formatCount'],
      'domain/corpus/caveats.ts': ['OFFICIAL_TEXT_NOTICE', 'statusLabel'],
      'domain/corpus/conditions.ts': ['conditionsLabel'],
      'domain/corpus/ids.ts': ['idLabel', 'localId'],
      'domain/corpus/penalty-text.ts': ['combinationLabel', 'fineLabel', 'imprisonmentLabel'],
      // The anchor scheme every link into an export shares, `tip cite --link` included.
      'domain/export/layout.ts': ['anchorFor'],
    };
    const pages = files.filter((f) => /^render\/site\/[^/]+-page\.ts$/.test(name(f)));
    expect(pages.map(name).sort()).toEqual([
      'render/site/case-page.ts',
      'render/site/checklist-page.ts',
      'render/site/index-page.ts',
      'render/site/instrument-page.ts',
    ]);
    for (const file of pages) {
      const text = readFileSync(file, 'utf8');
      // No parameter typed as the corpus, nor the type imported.
      expect(text, name(file)).not.toMatch(/:\s*Corpus\b|import [^;]*\bCorpus\b/);
      for (const [, typeOnly, names = '', spec = ''] of text.matchAll(
        /^import\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/gm,
      )) {
        const target = name(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
        if (typeOnly || !target.startsWith('domain/')) continue;
        const values = names
          .replace(/[{}]/g, '')
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type '));
        expect(
          values.filter((v) => !PURE_WORDING[target]?.includes(v)),
          `${name(file)} from ${target}`,
        ).toEqual([]);
      }
    }
  });

  it("reaches past lunr's types only in lunr-compat: no `as unknown as` anywhere else", () => {
    const casts = files
      .filter((f) => name(f) !== 'domain/search/lunr-compat.ts')
      .filter((f) => /\bas unknown as\b/.test(readFileSync(f, 'utf8')))
      .map(name);
    expect(casts).toEqual([]);
  });
});
