import { Errors, type Hook } from '@oclif/core';

/** An unknown command is a usage error (exit 2), with the commands that do exist. */
const hook: Hook<'command_not_found'> = async function (options) {
  const commands = options.config.commandIDs.filter((id) => id !== 'help').sort();
  throw new Errors.CLIError(`unknown command "${options.id}"`, {
    exit: 2,
    suggestions: [`Commands: ${commands.join(', ')}`, `${options.config.bin} --help`],
  });
};

export default hook;
