/**
 * The wiring of the commands that read the corpus and print what they found: each runs in
 * this process, and its text must be its renderer applied to what the same command returns
 * under --json. That ties flags, the value returned and the renderer chosen together
 * without testing again what the domain finds (tests/domain) or how it is drawn (tests/render).
 */
import { describe, expect, it } from 'vitest';
import { renderCase, renderCaseList } from '../../src/render/cases-text.js';
import { renderLaws } from '../../src/render/laws-text.js';
import { renderSearch } from '../../src/render/search-text.js';
import { renderShow } from '../../src/render/show-text.js';
import { renderFigures } from '../../src/render/stats-text.js';
import { PLAIN, type Style } from '../../src/render/style.js';
import { tip, tipJson } from '../helpers.js';

/** What tip writes to a pipe without colour: plain, 80 columns. */
const piped: Style = { paint: PLAIN, width: 80 };

/** The command's text, and its --json answer drawn by `render`: the two must agree. */
async function textAndDrawn(args: string[], render: (body: never) => string): Promise<[string, string]> {
  // One after the other: an in-process run holds the process's stdout while it runs.
  const text = await tip(args);
  const json = await tipJson(args);
  expect([text.status, json.status], text.stderr + json.stderr).toEqual([0, 0]);
  return [text.stdout, `${render(json.body as never)}\n`];
}

describe('read commands print their renderer of what they return', () => {
  it.each([
    ['laws', ['laws'], (body: never) => renderLaws(body, piped)],
    ['stats', ['stats'], (body: never) => renderFigures(body, piped)],
    [
      'search, with its filters',
      ['search', 'debt bondage', '--law', 'PTPA', '--limit', '3'],
      (body: never) => renderSearch(body, piped),
    ],
    ['show, one citation', ['show', 'PTPA s.3'], (body: never) => renderShow(body, piped)],
    ['cases show', ['cases', 'show', 'tayyaba-sc-2020'], (body: never) => renderCase(body, piped)],
  ])('%s', async (_, args, render) => {
    const [text, drawn] = await textAndDrawn(args, render);
    expect(text).toBe(drawn);
  });

  it('cases, with the filters parsed into the list it returns', async () => {
    const { body } = await tipJson(['cases', '--court', 'sc', '--year', '2020']);
    expect(body.length).toBeGreaterThan(0);
    for (const found of body) expect([found.court, found.year]).toEqual(['Supreme Court of Pakistan', 2020]);
    // Notes on convictions, which --json leaves out, may follow the list: the list is held to its renderer.
    const text = (await tip(['cases', '--court', 'sc', '--year', '2020'])).stdout;
    expect(text.startsWith(renderCaseList(body, piped))).toBe(true);
  });
});
