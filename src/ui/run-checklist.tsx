import chalk from 'chalk';
import { render } from 'ink';
import { colorLevel } from '../render/style.js';
import { ChecklistApp, type ChecklistAppProps } from './checklist-app.js';

/** Runs the interactive checklist until the user quits. Loaded only by --interactive and --resume. */
export async function runChecklistUi(props: Omit<ChecklistAppProps, 'height'>): Promise<void> {
  // ink paints with the shared chalk instance: give it the same colour rule as every other output.
  chalk.level = colorLevel(process.env, true);
  // Ctrl-C is the app's to handle: it must not drop a half-typed note.
  const app = render(<ChecklistApp {...props} />, { exitOnCtrlC: false });
  await app.waitUntilExit();
}
