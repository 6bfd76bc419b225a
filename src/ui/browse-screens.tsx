/**
 * The screens of `tip browse`, one component each, every one a function of the state it
 * shows: the results with the selected page beside them, a page full-screen with its links,
 * the facts `c` asks, a checklist, and the key list.
 */
import { Box, Text } from 'ink';
import type { SearchResult } from '../domain/search/search.js';
import { EXACT_LABEL } from '../render/exact-label.js';
import { BROWSE_HELP, FILTERS, QUESTIONS } from './browse-choices.js';
import { listRows, pageLayout } from './browse-scroll.js';
import type { PageVisit } from './browse-state.js';

/** The screen's size, as the terminal reports it. */
export interface ScreenSize {
  readonly rows: number;
  readonly columns: number;
}

/** `rows` lines of `text` from `scroll` on (held so that the last screen stays full), each cut to the width. */
export function ScrolledLines({ text, scroll, rows }: { text: string; scroll: number; rows: number }) {
  const lines = text.split('\n');
  const height = Math.max(1, rows);
  const from = Math.min(scroll, Math.max(0, lines.length - height));
  return (
    <Box flexDirection="column" height={height}>
      {lines.slice(from, from + height).map((line, i) => (
        // An empty Text takes no row: a blank line is a space, so the page keeps its lines.
        <Text key={i} wrap="truncate">
          {line || ' '}
        </Text>
      ))}
    </Box>
  );
}

/** `?`: every key, the keys in a column as wide as the widest, and two spaces before what they do. */
export function HelpScreen({ width }: { width: number }) {
  const column = Math.max(...BROWSE_HELP.map(([keys]) => keys.length)) + 2;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>tip browse: keys</Text>
      {BROWSE_HELP.map(([keys, what], i) => (
        <Text key={i}>
          {keys.padEnd(column)}
          {what}
        </Text>
      ))}
      <Text dimColor>Any key to go back.</Text>
    </Box>
  );
}

/** The facts `c` asks, one at a time; those answered are dimmed. */
export function FactsScreen({ width, step }: { width: number; step: number }) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>Start the offence checklist: the facts so far (Esc to leave)</Text>
      {QUESTIONS.map((question, i) => (
        <Text key={question.ask} dimColor={i < step} wrap="wrap">
          {`${i === step ? '› ' : '  '}${question.ask}`}
        </Text>
      ))}
    </Box>
  );
}

/** The status line at the foot of a screen. */
function StatusLine({ text }: { readonly text: string }) {
  return (
    <Text dimColor wrap="truncate">
      {text}
    </Text>
  );
}

/** A checklist full-screen, scrolled, over the status line. */
export function ChecklistScreen({
  size,
  text,
  scroll,
  status,
}: {
  readonly size: ScreenSize;
  readonly text: string;
  readonly scroll: number;
  readonly status: string;
}) {
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows}>
      <ScrolledLines text={text} scroll={scroll} rows={size.rows - 1} />
      <StatusLine text={status} />
    </Box>
  );
}

/** A page full-screen: its text, scrolled, and its links below, a window around the one under the cursor. */
export function PageScreen({
  size,
  visit,
  text,
  status,
}: {
  readonly size: ScreenSize;
  readonly visit: PageVisit;
  readonly text: string;
  readonly status: string;
}) {
  const { links } = visit.page;
  const { linkRows, bodyRows } = pageLayout(size.rows, links.length);
  const firstLink = Math.max(0, Math.min(visit.link - Math.floor(linkRows / 2), links.length - linkRows));
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows}>
      <ScrolledLines text={text} scroll={visit.scroll} rows={bodyRows} />
      <Text dimColor>{`Links (${links.length}):`}</Text>
      {links.slice(firstLink, firstLink + linkRows).map((link, i) => (
        <Text key={link.id + i} inverse={firstLink + i === visit.link} wrap="truncate">
          {`${firstLink + i === visit.link ? '›' : ' '} ${link.label} [${link.id}]`}
        </Text>
      ))}
      <StatusLine text={status} />
    </Box>
  );
}

/** The search box, the filters, the results on the left and the selected page (`detail`) on the right. */
export function ResultsScreen({
  size,
  query,
  filter,
  narrowed,
  result,
  cursor,
  detail,
  status,
}: {
  readonly size: ScreenSize;
  readonly query: string;
  readonly filter: number;
  /** The short name of the law the results are narrowed to, if any. */
  readonly narrowed: string | undefined;
  readonly result: SearchResult | undefined;
  readonly cursor: number;
  readonly detail: string;
  readonly status: string;
}) {
  const width = size.columns;
  const rows = listRows(size.rows);
  const hits = result?.hits ?? [];
  const { left, right } = resultsColumns(width);
  const first = Math.max(0, Math.min(cursor - Math.floor(rows / 2), hits.length - rows));
  const tabs = `${FILTERS.map((f, i) => (i === filter ? `[${f.name}]` : ` ${f.name} `)).join(' ')}${narrowed ? `  · only ${narrowed}` : ''}`;
  return (
    <Box flexDirection="column" width={width} height={size.rows}>
      <Text wrap="truncate">
        <Text bold>Search: </Text>
        {query}
        <Text inverse> </Text>
      </Text>
      <Text dimColor wrap="truncate">
        {`${tabs}   ${result ? `${result.total} found` : ''}`}
      </Text>
      <Box flexDirection="row" height={rows}>
        <Box flexDirection="column" width={left}>
          {hits.slice(first, first + rows).map((hit, i) => (
            <Text key={hit.id} inverse={first + i === cursor} wrap="truncate">
              {`${hit.heading} `}
              <Text dimColor>{hit.exact ? `${hit.id} · ${EXACT_LABEL}` : (hit.instrument ?? hit.type)}</Text>
            </Text>
          ))}
          {result && hits.length === 0 ? <Text dimColor>No matches.</Text> : null}
        </Box>
        <Box flexDirection="column" width={right} marginLeft={1}>
          <ScrolledLines text={detail} scroll={0} rows={rows} />
        </Box>
      </Box>
      <StatusLine text={status || result?.notices.join(' ') || ''} />
    </Box>
  );
}

/** The widths of the results (left) and of the page beside them (right) on a screen `columns` wide, with a column between. */
export function resultsColumns(columns: number): { left: number; right: number } {
  const left = Math.max(24, Math.floor(columns * 0.42));
  return { left, right: Math.max(10, columns - left - 1) };
}
