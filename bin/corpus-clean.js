#!/usr/bin/env node
// Thin launcher: the program lives in dist/ (built from src/ by `npm run build`, which `npm ci` runs).
import { main } from '../dist/cli/main.js';

await main(process.argv);
