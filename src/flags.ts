import { Flags } from '@oclif/core';

/** Flags every command takes. */
export const globalFlags = {
  data: Flags.string({
    description:
      'Corpus folder to use instead of the bundled one (it holds laws/*.yaml and optionally cases/*.yaml). Validated on load.',
    env: 'TIPKIT_DATA',
    helpGroup: 'GLOBAL',
  }),
};
