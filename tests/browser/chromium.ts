import { chromium, type BrowserContext } from 'playwright-core';
import { onPath, tempDir } from '../helpers.js';

/** Debian's chromium on PATH, as `command -v chromium` finds it; undefined if not installed. */
export function findChromium(): string | undefined {
  return onPath('chromium');
}

/**
 * Flags for a sandboxed CI machine with a closed network: without the background
 * networking ones Chromium keeps trying (and failing) to reach Google's services.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh profile (its own --user-data-dir), which Playwright requires be given this way. */
export function launchChromium(executablePath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir(), { executablePath, headless: true, args: FLAGS });
}
