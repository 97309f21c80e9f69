#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so `npx tracker-check` works right
// after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
