import { mkdirSync, readdirSync } from 'node:fs';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeScaleCorpus } from '../bench/scale-corpus.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, FIXTURES, ROOT, tempDir, tip } from '../helpers.js';
import { findChromium, launchChromium } from './chromium.js';

const executable = findChromium();
/** CI sets this so that a missing browser fails the run instead of skipping it. */
const required = process.env.TIPKIT_REQUIRE_BROWSER === '1';
/** Screenshots, kept as test artifacts; the folder is git-ignored. */
const ARTIFACTS = join(ROOT, 'tests', 'artifacts', 'browser');

if (!executable) {
  console.warn(
    'Browser tests SKIPPED: no `chromium` on PATH. Install it (apt-get install -y chromium) and run `npm run test:browser`.',
  );
}

it.runIf(required)('finds Chromium when the browser tests are required', () => {
  expect(executable, 'TIPKIT_REQUIRE_BROWSER=1 but no chromium on PATH').toBeDefined();
});

describe.skipIf(!executable)('the exported site in Chromium', () => {
  let browser: BrowserContext;
  let site: string;
  let hostile: string;
  /** Errors a page throws, and dialogs it opens: both must stay empty. */
  const incidents: string[] = [];

  beforeAll(async () => {
    site = join(tempDir(), 'site');
    hostile = join(tempDir(), 'hostile');
    expect((await tip(['export', '--format', 'html', '--out', site])).status).toBe(0);
    expect((await tip(['export', '--data', join(FIXTURES, 'xss'), '--format', 'html', '--out', hostile])).status).toBe(
      0,
    );
    browser = await launchChromium(executable as string);
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(root: string, file: string, fragment = ''): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      incidents.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${pathToFileURL(join(root, file)).href}${fragment}`);
    return page;
  }

  it('searches "debt bondage", opens the first hit and shows PTPA s.3 with its penalty table', async () => {
    const requested: string[] = [];
    const page = await browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`));
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    // The first page comes without the corpus: the search data is loaded by the first search.
    expect(requested.some((url) => url.includes('/assets/search/'))).toBe(false);
    await page.fill('#q', 'debt bondage');
    await page.press('#q', 'Enter');
    const first = page.locator('#results li a').first();
    await expect.poll(() => first.textContent()).toBe('Trafficking in persons');
    await first.click();
    await page.waitForURL(/laws\/ptpa-2018\.html#s3$/);
    await expect.poll(() => page.locator('h2#s3').isVisible()).toBe(true);
    const penalties = page.locator('h2#s3 ~ div.table table.penalties').first();
    const text = await penalties.textContent();
    expect(text).toContain('imprisonment of 2 to 10 years');
    expect(text).toContain('fine up to PKR 1,000,000');
    expect(requested.filter((url) => url.endsWith('/assets/search/manifest.js'))).toHaveLength(1);
    await page.screenshot({ path: join(ARTIFACTS, 'ptpa-s3.png') });
    expect(incidents).toEqual([]);
    await page.close();
  });

  it('follows cross-references, on the same page and to another instrument', async () => {
    const page = await open(site, 'laws/ptpa-2018.html', '#s3');
    await page.locator('h2#s3 ~ ul a', { hasText: 'PTPA s.4' }).first().click();
    await page.waitForURL(/#s4$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s4');
    await page.goto(page.url().replace(/#s4$/, '#s3'));
    await page.locator('h2#s3 ~ ul a', { hasText: 'Palermo Protocol art. 3(a)' }).first().click();
    await page.waitForURL(/laws\/palermo-protocol\.html#art3-a$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('LI');
    expect(incidents).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: "/" focuses search, arrows walk the results, and other pages send queries to it', async () => {
    const page = await open(site, 'cases/tayyaba-sc-2020.html');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('brick kiln');
    await page.keyboard.press('Enter');
    await page.waitForURL(/index\.html\?q=brick\+kiln$/);
    await page.locator('#results li').first().waitFor();
    await page.focus('#q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#results') !== null)).toBe(true);
    expect(await page.locator('#results li a').first().textContent()).toMatch(/Brick-kiln habeas/);
    await page.close();
  });

  it('is readable on a phone and prints without the search bar', async () => {
    const page = await open(site, 'laws/ptpa-2018.html', '#s3');
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'ptpa-s3-phone.png') });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    await page.close();
  });

  it('shows hostile corpus text as text: no script, handler or javascript: link runs', async () => {
    for (const file of ['laws/xss-act-2020.html', 'cases/xss-2020-sc.html', 'index.html']) {
      const page = await open(hostile, file);
      if (file === 'index.html') {
        await page.fill('#q', 'hostile');
        await page.press('#q', 'Enter');
        await page.locator('#results li').first().waitFor();
      } else {
        for (const link of await page.locator('main a').all()) await link.hover();
      }
      expect(await page.evaluate(() => (window as unknown as { __tipXss?: unknown }).__tipXss)).toBeUndefined();
      expect(
        await page.evaluate(() => document.querySelectorAll('main script, main img, main svg, main iframe').length),
      ).toBe(0);
      if (file === 'laws/xss-act-2020.html') {
        expect(await page.locator('main').textContent()).toContain('<script>window.__tipXss = "summary"</script>');
      }
      await page.close();
    }
    expect(incidents).toEqual([]);
  });

  it('never breaks a word inside a table cell, on a desktop, a phone, or in dark mode', async () => {
    // Each page is loaded once and laid out again at each width and scheme: the site's
    // script reads neither (only its CSS does, and the browser applies that on the change).
    for (const file of ['laws/ptpa-2018.html', 'laws/psma-2018.html', 'checklists/trafficking.html']) {
      const page = await open(site, file);
      for (const [width, scheme] of [
        [1280, 'light'],
        [390, 'light'],
        [390, 'dark'],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        const broken = await page.evaluate(() => {
          const found: string[] = [];
          for (const cell of Array.from(document.querySelectorAll('td, th'))) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              // A word: letters and digits with the commas and points inside numbers ("1,000,000");
              // a line may break at a space, a hyphen or a slash, never inside one.
              for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[,.][\p{L}\p{N}]+)*/gu)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
                if (tops.size > 1) found.push(match[0]);
              }
            }
          }
          return found;
        });
        expect(broken, `${file} at ${width}px, ${scheme}`).toEqual([]);
      }
      await page.close();
    }
  });

  it('keeps checklist ticks across a reload, per checklist and corpus', async () => {
    const page = await open(site, 'checklists/trafficking.html');
    const boxes = page.locator('ul.tasks li[id] > input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(10);
    await boxes.nth(0).check();
    await boxes.nth(3).check();
    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await boxes.nth(3).isChecked()).toBe(true);
    const keys = await page.evaluate(() => Object.keys(window.localStorage));
    expect(keys).toEqual([expect.stringMatching(/^tipkit-ticks:trafficking:[0-9a-f]{32}$/)]);
    await boxes.nth(0).uncheck();
    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(false);
    const other = await open(site, 'checklists/smuggling.html');
    expect(await other.locator('ul.tasks input:checked').count()).toBe(0);
    await other.close();
    await page.close();
  });

  it('searches a large library fetching only the pieces a query reaches, with the hits tip search gives', async () => {
    const data = join(tempDir(), 'library');
    writeScaleCorpus(data, 3000);
    const big = join(tempDir(), 'big-site');
    // One cache for the export and the searches below: the library is read and its index
    // built once, not once for each command.
    const env = { XDG_CACHE_HOME: tempDir() };
    expect((await tip(['export', '--data', data, '--format', 'html', '--out', big], { env })).status).toBe(0);
    const pieces = readdirSync(join(big, 'assets', 'search')).filter((name) => name.startsWith('store-'));
    const requested: string[] = [];
    const page = await open(big, 'index.html');
    page.on('request', (request) => requested.push(request.url()));
    for (const query of ['rutopi jiwezase', 'debt bondage', 'kiln~1 -wages']) {
      requested.length = 0;
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/result/);
      const cli = JSON.parse(
        (await tip(['search', query, '--data', data, '--limit', '20', '--json'], { env })).stdout,
      ) as {
        total: number;
        hits: { heading: string }[];
      };
      expect(await page.locator('#search-status').textContent()).toContain(`${cli.total} result`);
      expect(await page.locator('#results li a').allTextContents()).toEqual(cli.hits.map((hit) => hit.heading));
      const fetched = requested.filter((url) => /\/store-\d+\.js$/.test(url));
      expect(fetched.length, query).toBeLessThan(pieces.length / 2);
    }
    expect(incidents).toEqual([]);
    await page.close();
  }, 120_000);

  it('ranks as tip search does: citations first, marked, and the same top ten for the graded queries', async () => {
    const page = await open(site, 'index.html');
    const queries = [
      'PTPA s.3',
      'section 4 PTPA',
      'Art. 3 Palermo Protocol',
      'UNTOC article 18',
      'ٹریفکنگ ان پرسنز ایکٹ کی دفعہ 8',
      ...expected<{ query: string }[]>('relevance.yaml')
        .map((entry) => entry.query)
        .filter((_, i) => i % 6 === 0),
    ];
    for (const query of queries) {
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/result/);
      const cli = JSON.parse((await tip(['search', query, '--limit', '20', '--json'])).stdout) as {
        hits: { heading: string; exact?: true }[];
      };
      const shown = await page.locator('#results li a').allTextContents();
      expect(shown.slice(0, 10), query).toEqual(cli.hits.slice(0, 10).map((hit) => hit.heading));
      if (cli.hits[0]?.exact) {
        expect(await page.locator('#results li .meta').first().textContent(), query).toContain('exact match');
      }
    }
    expect(incidents).toEqual([]);
    await page.close();
  }, 120_000);

  it('answers the Urdu words for a concept with what the English words find, and says what it searched', async () => {
    const page = await open(site, 'index.html');
    const headings = async (query: string): Promise<string[]> => {
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/result/);
      return page.locator('#results li a').allTextContents();
    };
    for (const [urdu, english] of [
      ['جبری مشقت', 'forced labour'],
      ['بھٹہ', 'brick kiln'],
      ['اسمگلنگ', 'smuggling'],
    ] as const) {
      const found = await headings(urdu);
      expect(await page.locator('#search-status').textContent()).toContain(`as "${english}"`);
      expect(found.length, urdu).toBeGreaterThan(0);
      expect(found, urdu).toEqual(await headings(english));
    }
    expect(incidents).toEqual([]);
    await page.close();
  });

  it('answers a 400-letter word and a pasted page without blocking', async () => {
    const page = await open(site, 'index.html');
    for (const query of ['qwertyuiop'.repeat(40), 'debt bondage '.repeat(400)]) {
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      // A wide limit, not a measure of speed: the page's own cap (the first 1000 characters) is the bound.
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 60_000 }).toMatch(/result/);
    }
    expect(await page.locator('#search-status').textContent()).toMatch(/first 1000 characters/);
    expect(incidents).toEqual([]);
    await page.close();
  });
});
