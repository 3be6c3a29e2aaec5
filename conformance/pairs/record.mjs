#!/usr/bin/env node
// Records what two real processes print: the server of each pair starts first, the client 500 ms later
// (as a lecturer runs them in two terminals), both on this machine's loopback.
//
//   node conformance/pairs/record.mjs            record every pair into <pair>/expected.json
//   node conformance/pairs/record.mjs --check    compare a fresh run with the recordings
//   node conformance/pairs/record.mjs 03         only pairs whose name contains a word
//
// Each pair is a folder with server.py, client.py and `python` (3 or 2). Programs use fixed ports
// 409xx with SO_REUSEADDR and print nothing that depends on timing. No dependencies beyond Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPython } from '../run-python.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const TIMEOUT_MS = 20_000;

function python(version) {
  if (version === 3) return 'python3';
  const pyenv = join(process.env.PYENV_ROOT || join(process.env.HOME || '/root', '.pyenv'), 'versions');
  const candidates = [process.env.PYTHON2, 'python2.7'];
  if (existsSync(pyenv)) for (const v of readdirSync(pyenv).filter((v) => v.startsWith('2.7'))) candidates.push(join(pyenv, v, 'bin', 'python2.7'));
  for (const c of candidates.filter(Boolean)) if (spawnSync(c, ['-c', 'pass']).status === 0) return c;
  return null;
}

function run(py, dir, file) {
  return runPython(py, ['-u', file], dir, TIMEOUT_MS);
}

const same = (a, b) => a.stdout === b.stdout && a.stderrLastLine === b.stderrLastLine && a.exitCode === b.exitCode;

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const words = args.filter((a) => !a.startsWith('--'));
  const pairs = readdirSync(HERE).filter((d) => /^\d\d_/.test(d) && (words.length === 0 || words.some((w) => d.includes(w)))).sort();
  let bad = 0;
  for (const p of pairs) {
    const dir = join(HERE, p);
    const version = Number(readFileSync(join(dir, 'python'), 'utf8').trim());
    const py = python(version);
    if (py === null) {
      console.log(`skip ${p}: no Python ${version}`);
      continue;
    }
    const server = run(py, dir, 'server.py');
    await new Promise((r) => setTimeout(r, 500));
    const client = await run(py, dir, 'client.py');
    const rec = { python: version, server: await server, client };
    const file = join(dir, 'expected.json');
    if (check) {
      const want = JSON.parse(readFileSync(file, 'utf8'));
      const ok = same(want.server, rec.server) && same(want.client, rec.client);
      if (!ok) bad++;
      console.log(`${ok ? 'ok  ' : 'DIFF'} ${p}`);
    } else {
      writeFileSync(file, JSON.stringify(rec, null, 2) + '\n');
      console.log(`rec  ${p} server exit=${rec.server.exitCode} client exit=${rec.client.exitCode}`);
    }
  }
  if (check) process.exitCode = bad ? 1 : 0;
}

main();
