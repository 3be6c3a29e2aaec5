#!/usr/bin/env node
/**
 * Run every conformance program (src/kernel/conformance/*.py) with python3 on
 * this machine's real Linux loopback and save what it observed to linux.json.
 * The vitest suite (conformance.test.ts) replays each program on the simulator
 * and compares. Needs root for the packet captures (AF_PACKET on lo).
 *
 *   node src/kernel/conformance/record.mjs           # all but the slow ones
 *   node src/kernel/conformance/record.mjs --slow    # also synretry.py (~135 s)
 *   node src/kernel/conformance/record.mjs udp.py    # just one
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const outPath = join(dir, 'linux.json');
const SLOW = new Set(['synretry.py']);
const args = process.argv.slice(2);
const slow = args.includes('--slow');
const only = args.filter((a) => a.endsWith('.py'));

const prev = existsSync(outPath) ? JSON.parse(readFileSync(outPath, 'utf8')) : { programs: {} };
const programs = { ...prev.programs };
const files = readdirSync(dir).filter((f) => f.endsWith('.py') && !f.startsWith('_')).sort();
let failed = 0;
for (const f of files) {
  if (only.length && !only.includes(f)) continue;
  if (SLOW.has(f) && !slow && !only.includes(f)) {
    console.log(`skip ${f} (slow; pass --slow)`);
    continue;
  }
  process.stdout.write(`run  ${f} ... `);
  try {
    const out = execFileSync('python3', [f], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    const { obs } = JSON.parse(out.trim().split('\n').pop());
    programs[f.replace(/\.py$/, '')] = obs;
    console.log(`${obs.length} observations`);
  } catch (e) {
    failed++;
    console.log(`FAILED: ${e.message.split('\n')[0]}`);
  }
}
const uname = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
const python = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
const sorted = Object.fromEntries(Object.keys(programs).sort().map((k) => [k, programs[k]]));
writeFileSync(outPath, JSON.stringify({ kernel: uname, python, programs: sorted }, null, 1) + '\n');
console.log(`wrote ${outPath}`);
process.exit(failed ? 1 : 0);
