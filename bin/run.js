#!/usr/bin/env node
import { execute } from '@oclif/core';
import { guardOutput } from '../dist/output-guard.js';

guardOutput();
await execute({ dir: import.meta.url });
