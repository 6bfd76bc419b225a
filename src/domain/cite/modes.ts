import { UsageError } from '../common/errors.js';
import type { CorpusAccess } from '../corpus/access.js';
import { corpusUsed } from '../corpus/which.js';
import { citeInput, type CiteReport } from './cite.js';
import type { CheckReport } from './check.js';
import type { CheckConfig } from './check-config.js';
import type { LinkReport } from './link-files.js';
import { exportTargets, linksFromReport, type CitationLink } from './links.js';

/** What `tip cite --format` takes: text and md for a text, text, json, github and summary for --check. */
export const CITE_FORMATS = ['text', 'md', 'json', 'github', 'summary'] as const;

export type CiteFormat = (typeof CITE_FORMATS)[number];

/** What `tip cite` was given: the words after it, and how it reads a text file or stdin. */
interface CiteRequest {
  corpora: CorpusAccess;
  /** The file (or "-", or nothing for stdin), then any further words, as typed. */
  paths: readonly string[];
  format: CiteFormat;
  /** Where the file and the corpus settings are looked up from. */
  cwd: string;
  /** --data, which a tipkit.yaml `corpus` stands in for under --check and --link. */
  data?: string;
  'with-library'?: boolean;
}

/** `tip cite <file>`: the citations in one text, and for --format md the links to the exported pages. */
export interface CitedText {
  report: CiteReport;
  text: string;
  notices: string[];
  /** Set for --format md. */
  links?: CitationLink[];
}

/** `tip cite [file]`: refuses --check's formats and more than one file, then reads the text and cites it. */
export async function citeDocument(
  request: CiteRequest & { read: (file: string | undefined) => Promise<{ bytes: Uint8Array; name: string }> },
): Promise<CitedText> {
  const { format, paths } = request;
  if (format !== 'text' && format !== 'md') throw new UsageError(`--format ${format} is for --check`);
  if (paths.length > 1) throw new UsageError('give one file, or use --check or --link for several');
  const corpus = await request.corpora.load(request.data);
  const { bytes, name } = await request.read(paths[0]);
  const cited = citeInput(corpus, bytes, name);
  if (format !== 'md') return cited;
  return { ...cited, links: linksFromReport(cited.report, cited.text, exportTargets(corpus)) };
}

/** `tip cite --check`: the citations in files, folders and globs, checked against the corpus. */
export async function checkDocuments(request: CiteRequest & { strict: boolean }): Promise<CheckReport> {
  if (request.paths.length === 0) throw new UsageError('give files, folders or globs to check');
  if (request.format === 'md') throw new UsageError('--check prints text, json, github or summary');
  const [{ files, config }, { checkCitations }] = await Promise.all([documents(request), import('./check.js')]);
  const data = request.data ?? config?.corpus;
  const withLibrary = request['with-library'] === true;
  const corpus = await request.corpora.load(data, { library: withLibrary });
  return checkCitations(corpus, {
    files,
    corpus: corpusUsed(corpus.hash, data, { path: request.corpora.libraryDir(data), included: withLibrary }),
    ...(config ? { config: config.file } : {}),
    strict: request.strict || (config?.strict ?? false),
    ignoreCitations: config?.ignoreCitations ?? [],
  });
}

/** `tip cite --link`: links the resolved citations in the Markdown files among the paths. */
export async function linkDocuments(
  request: CiteRequest & { 'dry-run': boolean; base?: string; to?: string },
): Promise<LinkReport> {
  if (request.paths.length === 0) throw new UsageError('give files, folders or globs to link');
  if (request.format !== 'text') throw new UsageError('--link prints text (with --json, the report)');
  const { files, config } = await documents(request);
  const [{ markdownKind }, { linkFiles }] = await Promise.all([import('./check-files.js'), import('./link-files.js')]);
  // --link rewrites Markdown only.
  const markdown = files.filter((file) => markdownKind(file));
  if (markdown.length === 0) throw new UsageError(`no Markdown files in ${request.paths.join(', ')}`);
  const corpus = await request.corpora.load(request.data ?? config?.corpus, { library: request['with-library'] });
  return linkFiles(corpus, markdown, {
    dryRun: request['dry-run'],
    ...(request.base === undefined ? {} : { base: request.base }),
    ...(request.to === undefined ? {} : { to: request.to }),
  });
}

/**
 * The files --check and --link read, and the settings found for them. Loaded here, not
 * with the command: plain `tip cite` never pays for the settings, globs or Markdown parser.
 */
async function documents(request: CiteRequest): Promise<{ files: string[]; config: CheckConfig | undefined }> {
  const [{ findCheckConfig }, { selectFiles }] = await Promise.all([
    import('./check-config.js'),
    import('./check-files.js'),
  ]);
  const config = findCheckConfig(request.cwd);
  const { files } = selectFiles(request.paths, {
    cwd: request.cwd,
    ignore: config?.ignore ?? [],
    ...(config ? { ignoreBase: config.base } : {}),
  });
  return { files, config };
}
