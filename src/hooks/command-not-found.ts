import type { Hook } from '@oclif/core';
import { shellQuote } from '../domain/common/text.js';
import { renderFailure } from '../render/failure.js';
import { jsonText } from '../render/controls.js';

/** An unknown command is a usage error (exit 2), with the commands that do exist, as JSON under --json. */
const hook: Hook<'command_not_found'> = async function (options) {
  const separator = options.config.topicSeparator;
  const commands = options.config.commands
    .filter((c) => !c.hidden && c.id !== 'help')
    .map((c) => c.id.split(':').join(separator))
    .sort();
  const typed = options.id.split(':').join(separator);
  const failure = {
    code: 'usage',
    message: `unknown command ${shellQuote(typed)}`,
    suggestions: [`Commands: ${commands.join(', ')}`, `${options.config.bin} --help`],
  };
  if (options.argv?.includes('--json')) process.stdout.write(jsonText({ error: failure }));
  else process.stderr.write(renderFailure(failure));
  this.exit(2);
};

export default hook;
