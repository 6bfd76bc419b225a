import chalk from 'chalk';
import { render } from 'ink';
import { colorLevel } from '../render/style.js';
import { BrowseApp, type BrowseAppProps } from './browse-app.js';

/** Runs `tip browse` until the user quits; returns the citations copied. Loaded only by `tip browse`. */
export async function runBrowseUi(props: Omit<BrowseAppProps, 'onCopy'>): Promise<string[]> {
  chalk.level = colorLevel(process.env, true);
  const copied: string[] = [];
  const onCopy = (id: string): void => {
    copied.push(id);
    // OSC 52: terminals that support it put the text on the clipboard; others ignore it.
    process.stdout.write(`\u001b]52;c;${Buffer.from(id).toString('base64')}\u0007`);
  };
  const app = render(<BrowseApp {...props} onCopy={onCopy} />, { exitOnCtrlC: false });
  await app.waitUntilExit();
  return copied;
}
