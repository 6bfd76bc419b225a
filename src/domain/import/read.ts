/**
 * Reading an official text as people have it: an OCR'd Gazette copy in Markdown or plain
 * text, or a code-style text ("3. Heading.– (1) …"). Page furniture is cleaned away and
 * reported; the rest is cut into blocks, each a candidate section with whatever number
 * and heading the text still prints.
 */
import { hasArabicScript, westernDigits } from '../common/urdu.js';
import { levenshtein } from '../citations/normalize.js';

/** A line the reader removed, and why: the report lists them so nothing vanishes unseen. */
export interface Removed {
  line: number;
  text: string;
  why:
    | 'page furniture'
    | 'page number'
    | 'signature'
    | 'running head'
    | 'footnote'
    | 'footnote marker'
    | 'chapter heading'
    | 'other language';
}

/** A candidate section: the number and heading the text prints (either may be lost) and its body. */
export interface Block {
  /** 1-based line where the block starts. */
  line: number;
  number?: string;
  /** Set where the number was not printed on the section but taken from the CONTENTS list. */
  numberFrom?: 'contents';
  heading?: string;
  body: string;
}

/** A line of a CONTENTS list: the number and heading a section has, which its text may have lost. */
export interface ContentsEntry {
  line: number;
  number: string;
  heading: string;
}

export interface ReadText {
  /** Text before the first section: title, preamble, enacting formula. */
  preamble: string;
  blocks: Block[];
  removed: Removed[];
  contents: ContentsEntry[];
}

/** "THE GAZETTE OF PAKISTAN, EXTRA.", "Wbe Oazette of Pakistan": a running head, misspelt by OCR or not. */
function isGazetteHead(line: string): boolean {
  if (line.length > 100) return false;
  return line
    .toUpperCase()
    .split(/[^A-Z]+/)
    .some((word) => word.length >= 6 && word.length <= 8 && levenshtein(word, 'GAZETTE') <= 1);
}

const FURNITURE: readonly RegExp[] = [
  /^\s*Price\b.{0,20}\d/i,
  /^\s*\[\s*\d+\s*\(\s*\d{4}\s*\)\s*\/\s*Ex\.?\s*Gaz\.?\s*\]\s*$/i,
  /^\s*REGISTERED\s+No\b/i,
  /^\s*PART\s+[IVX]+\b.{0,40}$/,
];
export const PAGE_NUMBER = /^\s*(?:Page\s+)?[-–]?\s*\d{1,4}\s*[-–]?\s*$/i;
/** "TAHIR HUSSAIN," then "Secretary": the signature block that closes a Gazette act. */
const SIGNATURE =
  /^\s*(?:[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)+,?\s*)?(?:Secretary|Secretary to the Government of Pakistan)\.?\s*$/;
const NAME_LINE = /^\s*[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)+,\s*$/;

/** "(1)", "(a)", "1.", "a)" or a bullet: a paragraph of its own, even without a blank line before it. */
const PARAGRAPH_START =
  /^\s*(?:\((?:\d{1,3}|[\u0660-\u0669\u06F0-\u06F9]{1,3}|[a-z]{1,4}|الف|ب|ج|د)\)|(?:\d{1,3}|[a-z])[.)]\s|[-*•]\s)/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
/** "3. Trafficking in persons.– (1) Whoever …": number, heading, the body's first words. */
const CODE_SECTION = /^\s*(\d{1,3}[A-Z]?)\.\s+([^.–—]{3,120}?)\s*\.?\s*[–—-]{1,2}\s*(.*)$/;
/** A heading that still carries its number: "3. Trafficking in persons", "Section 3 Trafficking". */
/**
 * An Urdu statute's section line: "۳۔ عنوان۔ متن" (number, heading and text, each ended by
 * the Urdu full stop), in any digit set. Its number comes back in Western digits, its
 * heading and text as written.
 */
const URDU_SECTION = /^\s*(\d{1,3})\s*\.\s*([^.]{2,120}?)\s*\.\s*[–—-]?\s*(.*)$/du;

function urduSection(line: string): RegExpExecArray | null {
  if (!hasArabicScript(line)) return null;
  // Digits and the Urdu full stop folded one for one, so the groups index the line as written.
  const folded = westernDigits(line).replace(/\u06D4/gu, '.');
  const match = URDU_SECTION.exec(folded);
  if (!match?.indices) return null;
  const [, , heading, rest] = match.indices;
  match[2] = heading ? line.slice(...heading) : '';
  match[3] = rest ? line.slice(...rest) : '';
  return match;
}

const NUMBERED_HEADING = /^(?:Section\s+)?(\d{1,3}[A-Z]?)\.?\s+(.+)$/i;

/** "Article 3", "Article 3. Use of terms", "ARTICLE 3 – Use of terms": a treaty article, its heading on the line or the next. */
const ARTICLE_WORD = '(?:Article|ARTICLE|Art\\.|Artículo|ARTÍCULO)\\s+(\\d{1,3}|premier|primero)';
/** Its heading follows a dash or stop ("Article 3. Use of terms"); with a space only, in a Markdown heading alone. */
const ARTICLE = new RegExp(`^${ARTICLE_WORD}(?:\\s*[.:–—-]\\s*(\\p{Lu}.{1,150}?))?\\s*\\.?$`, 'u');
const ARTICLE_SPACED = new RegExp(`^${ARTICLE_WORD}\\s+(\\p{Lu}.{1,150}?)\\s*$`, 'u');
/** "I General Provisions", "Chapter II. Protection of victims", "PART III": a chapter, kept out of the sections. */
const CHAPTER =
  /^(?:(?:Chapter|CHAPTER|Part|PART)\s+(?:[IVXLC]+|\d{1,2})\b.{0,80}|(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?\s+\p{Lu}[^.;:]{2,70})$/u;
const CONTENTS = /^\s*(?:#{1,6}\s*)?(?:CONTENTS|ARRANGEMENT OF SECTIONS|TABLE OF CONTENTS)\s*$/i;
const CONTENTS_ENTRY = /^\s*(?:[-*]\s+)?(\d{1,3}[A-Z]?)\.\s+(.{3,150}?)\s*\.?\s*$/;

/** Cleans and cuts a text into blocks. Markdown headings, code-style section lines and articles start blocks. */
export function readOfficialText(raw: string, furniture: readonly Removed[] = []): ReadText {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n');
  const removed: Removed[] = [...furniture];
  const kept: { line: number; text: string }[] = [];
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return kept.push({ line, text: '' });
    if (isGazetteHead(text) || FURNITURE.some((p) => p.test(text)))
      return removed.push({ line, text, why: 'page furniture' });
    if (PAGE_NUMBER.test(text)) return removed.push({ line, text, why: 'page number' });
    if (SIGNATURE.test(text) || (NAME_LINE.test(text) && SIGNATURE.test(lines[i + 1] ?? ''))) {
      return removed.push({ line, text, why: 'signature' });
    }
    kept.push({ line, text });
  });

  const blocks: Block[] = [];
  const preamble: string[] = [];
  let current: { block: Block; body: string[] } | undefined;
  const start = (line: number, number: string | undefined, heading: string | undefined, first: string): void => {
    if (current) blocks.push(finish(current));
    current = {
      block: { line, ...(number ? { number } : {}), ...(heading ? { heading } : {}), body: '' },
      body: first ? [first] : [],
    };
  };
  const contents: ContentsEntry[] = [];
  let inContents = false;
  /** An article whose heading is on the next line waits for it. */
  let wantsHeading = false;
  for (const { line, text } of kept) {
    const markdown = MARKDOWN_HEADING.exec(text);
    const bare = (markdown ? (markdown[1] ?? '') : text).trim();
    if (CONTENTS.test(text)) {
      inContents = true;
      continue;
    }
    if (wantsHeading && bare) {
      wantsHeading = false;
      if (current && bare.length <= 150 && !PARAGRAPH_START.test(bare) && !/[.;:,]$/.test(bare)) {
        current.block.heading = clean(bare);
        continue;
      }
    }
    const article = ARTICLE.exec(bare) ?? (markdown ? ARTICLE_SPACED.exec(bare) : null);
    if (article) {
      inContents = false;
      start(line, /^\d/.test(article[1] ?? '') ? article[1] : '1', article[2] ? clean(article[2]) : undefined, '');
      wantsHeading = !article[2];
      continue;
    }
    if (bare && CHAPTER.test(bare) && (markdown || current || /^(?:Chapter|Part)\b/i.test(bare))) {
      removed.push({ line, text, why: 'chapter heading' });
      continue;
    }
    const code = CODE_SECTION.exec(text) ?? urduSection(text);
    if (inContents && !code && !markdown) {
      const entry = CONTENTS_ENTRY.exec(bare);
      if (entry) contents.push({ line, number: entry[1] ?? '', heading: clean(entry[2] ?? '') });
      else if (bare) preamble.push(text);
      continue;
    }
    if (markdown) {
      inContents = false;
      const numbered = NUMBERED_HEADING.exec(bare);
      if (numbered) start(line, numbered[1], clean(numbered[2] ?? ''), '');
      else start(line, undefined, clean(bare), '');
      continue;
    }
    if (code) {
      inContents = false;
      start(line, code[1], clean(code[2] ?? ''), code[3] ?? '');
      continue;
    }
    if (current) current.body.push(text);
    else preamble.push(text);
  }
  if (current) blocks.push(finish(current));
  return { preamble: paragraphs(preamble), blocks, removed: removed.sort((a, b) => a.line - b.line), contents };
}

function finish({ block, body }: { block: Block; body: string[] }): Block {
  return { ...block, body: paragraphs(body) };
}

/** Lines joined into paragraphs: OCR breaks lines anywhere, a blank line ends a paragraph. */
function paragraphs(lines: readonly string[]): string {
  // A sub-section "(1)" or a list item starts its own paragraph even without a blank line.
  return lines
    .map((line) => (PARAGRAPH_START.test(line) ? `\n${line}` : line))
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function clean(heading: string): string {
  return heading
    .replace(/[.:–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
