import { render } from 'ink-testing-library';
import { Profiler, type ReactElement } from 'react';
import { expect, vi } from 'vitest';

/**
 * Waits until `check` stops throwing. ink takes a key at once but draws its effect a few
 * turns of the event loop later, and a search or a page later still, so a test waits for
 * what it expects to see rather than for a time. The limit is far above any wait a busy
 * machine causes: it is there only to fail with the assertion's own message.
 */
export function until(check: () => void): Promise<void> {
  return vi.waitFor(check, { timeout: 20_000, interval: 2 });
}

/**
 * ink-testing-library's render, counting React's commits, so that a test can wait for the
 * frame an action draws even where nothing on screen says it is new (ink's own redraw on a
 * resize, which it skips in CI, is not a commit).
 */
export function renderCounted(element: ReactElement) {
  let commits = 0;
  const app = render(
    <Profiler id="app" onRender={() => void commits++}>
      {element}
    </Profiler>,
  );
  /** Does `act` and waits until React has drawn what it changed. */
  const drawn = async (act: () => void): Promise<void> => {
    const before = commits;
    act();
    await until(() => expect(commits).toBeGreaterThan(before));
  };
  return { ...app, drawn };
}
