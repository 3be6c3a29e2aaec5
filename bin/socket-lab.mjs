#!/usr/bin/env node
// `socket-lab run [--python 2|3] [--topology lecture] [--trace FILE.json] FILE...`
// The engine is TypeScript; tsx compiles it on the fly so the runner needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
