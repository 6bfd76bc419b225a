#!/usr/bin/env node
// oclif checks the Node version on every start by loading semver (about 10 ms); npm already
// checks tipkit's own `engines` at install, so the check is skipped unless asked for.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= '1';
const [{ execute }, { guardOutput }] = await Promise.all([import('@oclif/core'), import('../dist/output-guard.js')]);

guardOutput();
await execute({ dir: import.meta.url });
