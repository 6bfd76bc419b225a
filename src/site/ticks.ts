/**
 * Checklist pages of the exported site keep their ticks in the browser (localStorage),
 * so a reload or a visit next week shows what was done. The key names the checklist and
 * the corpus version: a site built from another corpus starts afresh rather than
 * showing ticks against items that may have changed.
 */
const lists = document.querySelectorAll<HTMLUListElement>('ul.tasks[data-ticks]');

for (const list of lists) {
  const key = list.dataset.ticks as string;
  const boxes = [...list.querySelectorAll<HTMLInputElement>(':scope > li[id] > input[type="checkbox"]')];
  const done = new Set(read(key));
  for (const box of boxes) box.checked = done.has((box.parentElement as HTMLElement).id);
  list.addEventListener('change', () => {
    const ticked = boxes.filter((box) => box.checked).map((box) => (box.parentElement as HTMLElement).id);
    write(key, ticked);
  });
}

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    // Storage off (private mode, a policy) or a damaged value: the page still works, unticked.
    return [];
  }
}

function write(key: string, ticked: readonly string[]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(ticked));
  } catch {
    // Storage full or off: ticks last until the page is closed.
  }
}
