/** Dev tool: run a Python file on the simulator (one host, loopback). Usage: npx tsx bench/python-run.ts FILE [2|3] */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { makeWorld, runWorld } from '../src/python/testing';

const file = process.argv[2];
const mode = process.argv[3] ? (Number(process.argv[3]) as 2 | 3) : 'auto';
const w = makeWorld([{ source: readFileSync(file, 'utf8'), host: 'server', filename: basename(file), mode }]);
runWorld(w, 1_000_000, 600_000);
const p = w.procs[0];
process.stdout.write(p.stdout);
process.stdout.write(p.stderr);
process.exit(p.status.kind === 'exited' ? p.status.code : 99);
