import { render } from 'ink';
import { ChecklistApp, type ChecklistAppProps } from './checklist-app.js';

/** Runs the interactive checklist until the user quits. Loaded only by --interactive and --resume. */
export async function runChecklistUi(props: Omit<ChecklistAppProps, 'height'>): Promise<void> {
  const height = Math.max(6, (process.stdout.rows || 24) - 16);
  const app = render(<ChecklistApp {...props} height={height} />);
  await app.waitUntilExit();
}
