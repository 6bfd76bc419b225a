/**
 * An official text saved from a web page, as the plain text the reader takes: headings
 * become "#" lines, paragraphs and list items lines of their own, and what is not the
 * text (scripts, styles, navigation, headers and footers) is dropped. htmlparser2 reads
 * the HTML as browsers do, entities included, and streams, so a large page costs little.
 */
import { Parser } from 'htmlparser2';
import { DataError } from '../common/errors.js';

const SKIPPED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'template', 'head', 'svg']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'table',
  'tr',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'br',
  'hr',
  'body',
]);
const HEADING = /^h([1-6])$/;

/** Deeper than any page of law: past it, the parser's own bookkeeping grows with the square of the depth. */
const MAX_DEPTH = 2000;
/** The parser is fed this much at a time, so a page too deeply nested is stopped early. */
const CHUNK = 16 * 1024;

export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  let skipping = 0;
  let depth = 0;
  const end = (blank: boolean): void => {
    if (line.trim()) out.push(line.trim());
    line = '';
    if (blank && out.at(-1) !== '') out.push('');
  };
  const parser = new Parser(
    {
      onopentag(name) {
        depth++;
        if (SKIPPED.has(name)) skipping++;
        if (skipping) return;
        const heading = HEADING.exec(name);
        if (heading) {
          end(true);
          line = `${'#'.repeat(Number(heading[1]))} `;
        } else if (name === 'li') {
          end(false);
          line = '- ';
        } else if (BLOCKS.has(name) || name === 'td' || name === 'th') {
          if (name === 'td' || name === 'th') line += ' ';
          else end(name === 'p' || name === 'div' || name === 'section');
        }
      },
      ontext(text) {
        if (!skipping) line += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        depth--;
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping) return;
        if (HEADING.test(name) || name === 'p') end(true);
        else if (name === 'li' || BLOCKS.has(name)) end(false);
      },
    },
    { decodeEntities: true },
  );
  for (let at = 0; at < html.length; at += CHUNK) {
    parser.write(html.slice(at, at + CHUNK));
    if (depth > MAX_DEPTH) {
      throw new DataError(`the page nests its elements more than ${MAX_DEPTH} deep: it is not a saved page of law`, {
        suggestions: ['Save the page again as text (or print it to PDF) and import that'],
      });
    }
  }
  parser.end();
  end(false);
  return out.join('\n');
}
