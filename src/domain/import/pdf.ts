/**
 * A PDF with a text layer (a Pakistan Code or provincial code download), as the lines the
 * reader takes. PDF.js gives positioned runs of text; they are put back into lines, and
 * what the page lays out around the law is taken off by its place and size: footnotes
 * (small type below the body), footnote markers (small raised numbers), running heads
 * (small type above it). A PDF with no text at all is a scan, and is refused.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DataError } from '../common/errors.js';
import type { Progress } from '../common/progress.js';
import { checkStreams } from './pdf-streams.js';
import { isPageNumber, type Removed } from './furniture.js';

export interface PdfText {
  text: string;
  /** The footnotes, markers and running heads taken off, by line of `text`. */
  removed: Removed[];
  /** The line of `text` each page starts on, so a report can say "p. 3". */
  pageStarts: number[];
  /** Pages with no text, in a PDF that has some: scanned pages among typed ones. */
  emptyPages: number[];
}

/** More pages than any statute has: past this, a file is not one instrument. */
const MAX_PAGES = 2000;

interface Run {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

interface Line {
  y: number;
  size: number;
  runs: Run[];
}

export async function pdfToText(bytes: Uint8Array, name: string, progress?: Progress): Promise<PdfText> {
  checkStreams(bytes, name);
  // Loaded here: only an import of a PDF pays for PDF.js.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await getDocument({
      data: bytes,
      verbosity: 0,
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    const why =
      (error as Error).name === 'PasswordException' ? 'it is protected by a password' : (error as Error).message;
    throw new DataError(`${name} cannot be read as a PDF: ${why}`);
  }
  try {
    if (doc.numPages > MAX_PAGES)
      throw new DataError(`${name} has ${doc.numPages} pages; one instrument has at most ${MAX_PAGES}`);
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      // A damaged page tree (a page that contains itself) is a damaged PDF, not a fault of tipkit's.
      const { page, content } = await readPage(doc, n, name);
      const runs = content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [
              {
                str: item.str,
                x: item.transform[4] ?? 0,
                y: item.transform[5] ?? 0,
                size: Math.abs(item.height || item.transform[3] || 0),
                width: item.width,
              },
            ]
          : [],
      );
      pages.push(toLines(runs));
      page.cleanup();
      progress?.(`${name}: page ${n} of ${doc.numPages}`, n, doc.numPages);
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new DataError(`${name} has no text layer: it is a scanned image, and tipkit reads text, not pictures`, {
        suggestions: [
          'Run OCR on it first, e.g. with OCRmyPDF (which uses Tesseract): ocrmypdf --sidecar act.txt act.pdf act-ocr.pdf',
          'Then import the text it wrote: tip import act.txt --as <instrument>',
        ],
      });
    }
    return assemble(pages);
  } finally {
    await doc.destroy();
  }
}

async function readPage(doc: PDFDocumentProxy, n: number, name: string) {
  try {
    const page = await doc.getPage(n);
    return { page, content: await page.getTextContent() };
  } catch (error) {
    throw new DataError(`${name} cannot be read as a PDF: page ${n}: ${(error as Error).message}`);
  }
}

/** Runs on one baseline make a line; a smaller run just above a baseline is a footnote marker on it. */
function toLines(runs: readonly Run[]): Line[] {
  const lines: Line[] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.max(2, Math.max(l.size, run.size) * 0.6));
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    // The baseline is that of the largest type on the line, not of a raised marker.
    line.y = line.runs.reduce((big, run) => (run.size > big.size ? run : big)).y;
  }
  return lines.sort((a, b) => b.y - a.y);
}

function assemble(pages: readonly Line[][]): PdfText {
  const body = bodySize(pages);
  const small = (size: number) => size < body * 0.85;
  const out: string[] = [];
  const removed: Removed[] = [];
  const pageStarts: number[] = [];
  const emptyPages: number[] = [];
  const repeated = repeatedEdges(pages);
  pages.forEach((lines, p) => {
    pageStarts.push(out.length + 1);
    if (lines.length === 0) emptyPages.push(p + 1);
    // The body's first and last lines: a page number or running head set like the body does not count.
    const furniture = (l: Line, i: number): boolean =>
      isPageNumber(text(l.runs)) ||
      ((i === 0 || i === lines.length - 1) && isRepeated(repeated, i === 0 ? 'head' : 'foot', text(l.runs)));
    const bodyLines = lines.map((l, i) => (small(l.size) || furniture(l, i) ? -1 : i)).filter((i) => i >= 0);
    const first = bodyLines[0] ?? lines.length;
    const last = bodyLines.at(-1) ?? -1;
    lines.forEach((line, i) => {
      const lineNo = out.length + 1;
      const edge = i === 0 ? 'head' : i === lines.length - 1 ? 'foot' : undefined;
      if (edge && isRepeated(repeated, edge, text(line.runs))) {
        removed.push({ line: lineNo, text: text(line.runs), why: 'running head' });
        out.push('');
        return;
      }
      // A page number set small is left for the reader, which takes page numbers off as such.
      if (small(line.size) && (i < first || i > last) && !isPageNumber(text(line.runs))) {
        removed.push({ line: lineNo, text: text(line.runs), why: i < first ? 'running head' : 'footnote' });
        out.push('');
        return;
      }
      const kept = line.runs.filter((run) => {
        const marker = small(run.size) && run.y > line.y + 0.5 && /^\s*(?:\d{1,3}|[*†‡])\s*$/.test(run.str);
        if (marker) removed.push({ line: lineNo, text: run.str.trim(), why: 'footnote marker' });
        return !marker;
      });
      out.push(text(kept));
    });
    out.push('');
  });
  return { text: out.join('\n'), removed, pageStarts, emptyPages };
}

/**
 * Lines that open or close most pages, whatever their type size: a running head or foot
 * ("PAKISTAN CODE 12", "Page 3 of 40") set like the body. Digits are ignored, so page
 * numbers inside them do not hide the repeat; a page number alone is left to the reader.
 */
function repeatedEdges(pages: readonly Line[][]): Set<string> {
  const count = new Map<string, number>();
  for (const lines of pages) {
    const edges: [string, Line | undefined][] = [
      ['head', lines[0]],
      ['foot', lines.length > 1 ? lines.at(-1) : undefined],
    ];
    for (const [edge, line] of edges) {
      const key = line && shape(text(line.runs));
      if (!key || !/\p{L}{3}/u.test(key)) continue;
      // A head that names the chapter it is in ("… Act, 1890 - CHAPTER II - …") repeats by its start.
      for (const k of new Set([key, prefix(key)])) count.set(`${edge}\0${k}`, (count.get(`${edge}\0${k}`) ?? 0) + 1);
    }
  }
  const pagesWithText = pages.filter((lines) => lines.length > 0).length;
  return new Set([...count].filter(([, n]) => n >= 3 && n >= pagesWithText / 2).map(([key]) => key));
}

/** The first words of a line's shape: long enough that two lines of law seldom share it by chance. */
function prefix(key: string): string {
  return key.length > 40 ? key.slice(0, 32) : key;
}

/** Whether an edge line is a running head: its shape, or its start, opens or closes most pages. */
function isRepeated(repeated: ReadonlySet<string>, edge: 'head' | 'foot', line: string): boolean {
  const key = shape(line);
  return repeated.has(`${edge}\0${key}`) || repeated.has(`${edge}\0${prefix(key)}`);
}

function shape(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The type size most of the text is set in, by characters. */
function bodySize(pages: readonly Line[][]): number {
  const count = new Map<number, number>();
  for (const run of pages.flat().flatMap((l) => l.runs)) {
    const size = Math.round(run.size * 2) / 2;
    count.set(size, (count.get(size) ?? 0) + run.str.length);
  }
  return [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** Runs joined, with a space where the PDF left a gap between them and none where a word was split. */
function text(runs: readonly Run[]): string {
  let line = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x - end;
    line += line && gap > run.size * 0.15 && !line.endsWith(' ') && !run.str.startsWith(' ') ? ` ${run.str}` : run.str;
    end = run.x + run.width;
  }
  return line.replace(/\s+$/, '');
}
