#!/usr/bin/env node
// oclif checks the Node version on every start by loading semver (about 10 ms); npm already
// checks tipkit's own `engines` at install, so the check is skipped unless asked for.
process.env.OCLIF_DISABLE_ENGINE_WARNING ??= '1';
const [{ execute }, { guardOutput }] = await Promise.all([import('@oclif/core'), import('../dist/output-guard.js')]);

guardOutput();
// `tip` alone on a terminal opens the browser; in a pipe or a script it prints help, as before.
const bare = process.argv.length === 2 && process.stdin.isTTY && process.stdout.isTTY;
await execute({ dir: import.meta.url, ...(bare ? { args: ['browse'] } : {}) });
