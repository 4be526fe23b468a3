#!/usr/bin/env node
// Runs the CLI built by `npm run build` (run by `npm ci` / `npm install` through `prepare`).
import { main } from '../dist/cli/bmc.js';

await main(process.argv.slice(2));
