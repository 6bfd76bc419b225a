import { Box, Text, useApp, useInput, type Key } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { BrowsePage } from '../domain/browse/pages.js';
import type { SearchOptions, SearchResult } from '../domain/search/search.js';
import { EXACT_LABEL } from '../render/exact-label.js';
import { DEFAULT_FACTS, type Facts } from '../domain/checklist/facts.js';
import { FILTERS, isBack, pageLayout, QUESTIONS, scrolled, type Filter } from './browse-keys.js';
import { FactsForm, HelpScreen, ScrolledLines } from './browse-views.js';
import { keyPresses, typedText } from './key-presses.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface BrowseAppProps {
  /** The search `tip search` runs, kept open. */
  search: (query: string, options: SearchOptions) => SearchResult;
  /** The page for an id, as `tip show` and `tip cases show` build it. */
  page: (id: string) => Promise<BrowsePage>;
  /** A page as text, `width` columns wide, as the show commands print it. */
  render: (page: BrowsePage, width: number) => string;
  /** Instruments whose official text the user imported: the "imported" filter. */
  imported: readonly string[];
  /** The instruments Ctrl-L narrows the results to, one at a time (as tip search --law does). */
  laws: readonly { id: string; short: string }[];
  /** Called with each canonical citation copied (`y`), to print on exit. */
  onCopy: (id: string) => void;
  /** Milliseconds between the last keystroke and the search it starts. */
  debounce?: number;
  /**
   * The offence checklist a page leads to, under the facts asked for: its text at a width,
   * and a save that writes a case checklist file and says where. A string when there is none.
   */
  checklist: (page: BrowsePage, facts: Facts) => BrowseChecklist | string;
}

export interface BrowseChecklist {
  text: (width: number) => string;
  save: () => string;
}

type Mode = 'list' | 'page' | 'help' | 'facts' | 'checklist';

/**
 * `tip browse`: a search box, the results on the left and the selected page on the right;
 * Enter opens a page full-screen, whose links are followed with Tab and Enter and left
 * with Backspace. Keys are read from refs, so a burst of typing never waits on a render.
 */
export function BrowseApp({ search, page, render, imported, laws, onCopy, debounce = 80, checklist }: BrowseAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const state = useRef({
    query: '',
    filter: 0,
    /** 0: every instrument; n: only laws[n - 1]. */
    law: 0,
    cursor: 0,
    mode: 'list' as Mode,
    history: [] as { page: BrowsePage; scroll: number; link: number }[],
    form: { step: 0, facts: DEFAULT_FACTS },
    open: undefined as { checklist: BrowseChecklist; scroll: number } | undefined,
    // Here with the rest, so that a key read before the next render acts on the latest results.
    result: undefined as SearchResult | undefined,
  });
  const [pages, setPages] = useState(new Map<string, BrowsePage | Error>());
  const [status, setStatus] = useState('Type to search; ? for keys.');
  const [, rerender] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = (): void => rerender((n) => n + 1);
  const setResult = (next: SearchResult | undefined): void => {
    state.current.result = next;
    refresh();
  };
  /** The results and the one under the cursor, as they are now. */
  const selection = () => {
    const hits = state.current.result?.hits ?? [];
    return { hits, selected: hits[Math.min(state.current.cursor, Math.max(0, hits.length - 1))] };
  };

  const runSearch = (): void => {
    const { query, filter, law } = state.current;
    if (!query.trim()) {
      setResult(undefined);
      return;
    }
    try {
      const chosen = FILTERS[filter] as Filter;
      const only = laws[law - 1];
      setResult(
        search(query, { limit: 200, ...chosen.options(imported), ...(only ? { instruments: [only.id] } : {}) }),
      );
      // The new results' notices take the line, until a key says something else.
      setStatus('');
    } catch (error) {
      setResult(undefined);
      setStatus((error as Error).message);
    }
  };
  const searchSoon = (): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(runSearch, debounce);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const { result } = state.current;
  const { hits, selected } = selection();
  // The selected hit's page is built once and kept: moving back and forth costs nothing.
  useEffect(() => {
    if (!selected || pages.has(selected.id)) return;
    page(selected.id).then(
      (built) => setPages((known) => new Map(known).set(selected.id, built)),
      (error: unknown) => setPages((known) => new Map(known).set(selected.id, error as Error)),
    );
  }, [selected?.id]);

  const open = (id: string): void => {
    // The page beside the list is already built; a link's page is built now.
    const known = pages.get(id);
    (known && !(known instanceof Error) ? Promise.resolve(known) : page(id)).then(
      (built) => {
        state.current.history.push({ page: built, scroll: 0, link: 0 });
        state.current.mode = 'page';
        setStatus(`${built.id} · Tab: next link · Enter: follow · Backspace: back · y: copy · c: checklist`);
        refresh();
      },
      (error: unknown) => setStatus((error as Error).message),
    );
  };

  const listRows = Math.max(3, size.rows - 5);

  const lineCount = (text: string): number => text.split('\n').length;

  const onKey = (input: string, key: Key): void => {
    const current = state.current;
    if (key.ctrl && input === 'c') return exit();
    if (current.mode === 'help') {
      current.mode = current.history.length > 0 ? 'page' : 'list';
      return refresh();
    }
    if (current.mode === 'facts') {
      const question = QUESTIONS[current.form.step];
      const answer = question?.keys[key.return ? '\r' : input.toLowerCase()];
      if (key.escape || key.backspace || key.delete) current.mode = 'page';
      else if (answer) {
        current.form = { step: current.form.step + 1, facts: answer(current.form.facts) };
        if (current.form.step === QUESTIONS.length) {
          const top = current.history.at(-1);
          const made = top ? checklist(top.page, current.form.facts) : 'no page';
          if (typeof made === 'string') {
            setStatus(made);
            current.mode = 'page';
          } else {
            current.open = { checklist: made, scroll: 0 };
            current.mode = 'checklist';
            setStatus('s: save as a case checklist · ↑ ↓ PgUp PgDn: scroll · Backspace: back');
          }
        }
      }
      return refresh();
    }
    if (current.mode === 'checklist' && current.open) {
      const { open: shown } = current;
      const to = scrolled(shown.scroll, input, key, {
        rows: size.rows - 1,
        lines: lineCount(shown.checklist.text(size.columns - 2)),
      });
      if (isBack(input, key)) current.mode = 'page';
      else if (to !== undefined) shown.scroll = to;
      else if (input === 's') {
        try {
          setStatus(shown.checklist.save());
        } catch (error) {
          setStatus(`not saved: ${(error as Error).message}`);
        }
      }
      return refresh();
    }
    if (current.mode === 'page') {
      const top = current.history.at(-1);
      if (!top) return;
      const links = top.page.links;
      if (isBack(input, key)) {
        current.history.pop();
        if (current.history.length === 0) current.mode = 'list';
        return refresh();
      }
      if (key.tab) {
        top.link = links.length === 0 ? 0 : (top.link + (key.shift ? links.length - 1 : 1)) % links.length;
        return refresh();
      }
      if (key.return && links[top.link]) return open((links[top.link] as { id: string }).id);
      const to = scrolled(top.scroll, input, key, {
        rows: pageLayout(size.rows, links.length).bodyRows,
        lines: lineCount(render(top.page, size.columns - 2)),
      });
      if (to !== undefined) top.scroll = to;
      else if (input === 'y') copy(top.page.id);
      else if (input === 'c') {
        current.form = { step: 0, facts: DEFAULT_FACTS };
        current.mode = 'facts';
      } else if (input === '?') current.mode = 'help';
      return refresh();
    }
    // The list: typing edits the search; the keys that are not text move or act.
    const { hits, selected } = selection();
    if (key.escape) return exit();
    if (key.return) {
      if (selected) open(selected.id);
      return;
    }
    if (key.tab) {
      current.filter = (current.filter + (key.shift ? FILTERS.length - 1 : 1)) % FILTERS.length;
      current.cursor = 0;
      setStatus(`Showing ${(FILTERS[current.filter] as Filter).name}.`);
      runSearch();
      return refresh();
    }
    if (key.downArrow) current.cursor = Math.min(current.cursor + 1, Math.max(0, hits.length - 1));
    else if (key.upArrow) current.cursor = Math.max(0, current.cursor - 1);
    else if (key.pageDown) current.cursor = Math.min(current.cursor + listRows, Math.max(0, hits.length - 1));
    else if (key.pageUp) current.cursor = Math.max(0, current.cursor - listRows);
    else if (key.home) current.cursor = 0;
    else if (key.end) current.cursor = Math.max(0, hits.length - 1);
    else if (key.ctrl && input === 'l') {
      current.law = (current.law + 1) % (laws.length + 1);
      current.cursor = 0;
      const only = laws[current.law - 1];
      setStatus(only ? `Only ${only.short} (Ctrl-L for the next law).` : 'Every law.');
      runSearch();
    } else if (key.ctrl && input === 'y') {
      if (selected) copy(selected.id);
    } else if (key.ctrl && input === 'u') {
      // As in readline: the whole query goes.
      current.query = '';
      current.cursor = 0;
      searchSoon();
    } else if (input === '?' && current.query === '') current.mode = 'help';
    else if (key.backspace || key.delete) {
      current.query = [...current.query].slice(0, -1).join('');
      current.cursor = 0;
      searchSoon();
    } else if (input && !key.ctrl && !key.meta) {
      current.query += typedText(input);
      current.cursor = 0;
      searchSoon();
    }
    refresh();
  };
  // A burst that arrives in one read (three Backspaces, two Tabs) is each of its keys in turn.
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) onKey(press.input, press.key);
  });

  const copy = (id: string): void => {
    onCopy(id);
    setStatus(`copied ${id}`);
  };

  const { query, filter, mode, history, cursor, form, open: shownChecklist } = state.current;
  const width = size.columns;
  if (mode === 'facts') return <FactsForm width={width} step={form.step} />;
  if (mode === 'checklist' && shownChecklist) {
    return (
      <Box flexDirection="column" width={width} height={size.rows}>
        <ScrolledLines
          text={shownChecklist.checklist.text(width - 2)}
          scroll={shownChecklist.scroll}
          rows={size.rows - 1}
        />
        <Text dimColor wrap="truncate">
          {status}
        </Text>
      </Box>
    );
  }
  if (mode === 'help') return <HelpScreen width={width} />;
  if (mode === 'page' && history.length > 0) {
    const top = history.at(-1) as { page: BrowsePage; scroll: number; link: number };
    const { linkRows, bodyRows } = pageLayout(size.rows, top.page.links.length);
    const firstLink = Math.max(0, Math.min(top.link - Math.floor(linkRows / 2), top.page.links.length - linkRows));
    return (
      <Box flexDirection="column" width={width} height={size.rows}>
        <ScrolledLines text={render(top.page, width - 2)} scroll={top.scroll} rows={bodyRows} />
        <Text dimColor>{`Links (${top.page.links.length}):`}</Text>
        {top.page.links.slice(firstLink, firstLink + linkRows).map((link, i) => (
          <Text key={link.id + i} inverse={firstLink + i === top.link} wrap="truncate">
            {`${firstLink + i === top.link ? '›' : ' '} ${link.label} [${link.id}]`}
          </Text>
        ))}
        <Text dimColor wrap="truncate">
          {status}
        </Text>
      </Box>
    );
  }
  const left = Math.max(24, Math.floor(width * 0.42));
  const right = Math.max(10, width - left - 1);
  const first = Math.max(0, Math.min(cursor - Math.floor(listRows / 2), hits.length - listRows));
  const shown = selected ? pages.get(selected.id) : undefined;
  const detail = shown instanceof Error ? shown.message : shown ? render(shown, right - 1) : selected ? 'Loading…' : '';
  const narrowed = laws[state.current.law - 1];
  const tabs = `${FILTERS.map((f, i) => (i === filter ? `[${f.name}]` : ` ${f.name} `)).join(' ')}${narrowed ? `  · only ${narrowed.short}` : ''}`;
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
      <Box flexDirection="row" height={listRows}>
        <Box flexDirection="column" width={left}>
          {hits.slice(first, first + listRows).map((hit, i) => (
            <Text key={hit.id} inverse={first + i === cursor} wrap="truncate">
              {`${hit.heading} `}
              <Text dimColor>{hit.exact ? `${hit.id} · ${EXACT_LABEL}` : (hit.instrument ?? hit.type)}</Text>
            </Text>
          ))}
          {result && hits.length === 0 ? <Text dimColor>No matches.</Text> : null}
        </Box>
        <Box flexDirection="column" width={right} marginLeft={1}>
          <ScrolledLines text={detail} scroll={0} rows={listRows} />
        </Box>
      </Box>
      <Text dimColor wrap="truncate">
        {status || result?.notices.join(' ') || ''}
      </Text>
    </Box>
  );
}
