import { Errors, Help } from '@oclif/core';
import { renderFailure } from './render/failure.js';

/**
 * oclif's help, with `tip help <unknown>` answered like any unknown command: one
 * message in tipkit's words and the usage exit code (2), not oclif's exit 1.
 */
export default class TipHelp extends Help {
  override async showHelp(argv: string[]): Promise<void> {
    try {
      await super.showHelp(argv);
    } catch (error) {
      const unknown = /^Command (.+) not found\.$/.exec((error as Error).message)?.[1];
      if (!unknown) throw error;
      const typed = unknown.split(':').join(' ');
      process.stderr.write(
        renderFailure({ message: `no command "${typed}" to show help for`, suggestions: [`${this.config.bin} help`] }),
      );
      throw new Errors.ExitError(2);
    }
  }
}
