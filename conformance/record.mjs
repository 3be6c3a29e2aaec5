#!/usr/bin/env node
// Records what real Linux + CPython print for every conformance program.
//
//   node conformance/record.mjs                 record all programs into conformance/expected/
//   node conformance/record.mjs 07 48_rst       record only programs whose name contains one of the words
//   node conformance/record.mjs --check         run everything and compare with the recordings (writes nothing)
//   node conformance/record.mjs --check --jobs 8 --shuffle
//                                               same, in parallel and in random order (determinism check)
//   node conformance/record.mjs --py2           check the hand-written programs-py2/*.expected against a real
//                                               Python 2.7 if one is found (PYTHON2 env var, python2.7, pyenv)
//
// Each program runs as `python3 FILE` with cwd = conformance/programs and a 20 s timeout.
// A recording is { stdout, stderr, stderrLastLine, exitCode }. Only stdout, stderrLastLine and
// exitCode are compared (stderr holds absolute paths in tracebacks); stderr is kept for reading.
// No dependencies beyond Node's standard library.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPython } from './run-python.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROGRAMS = join(HERE, 'programs');
const PROGRAMS_PY2 = join(HERE, 'programs-py2');
const EXPECTED = join(HERE, 'expected');
const TIMEOUT_MS = 20_000;

/** Programs are numbered 01-99, then 100-149: order by number, then name. */
function byNumber(a, b) {
  return parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b);
}

function run(python, dir, file) {
  return runPython(python, [file], dir, TIMEOUT_MS);
}

async function runAll(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function same(a, b) {
  return a.stdout === b.stdout && a.stderrLastLine === b.stderrLastLine && a.exitCode === b.exitCode;
}

function describeDiff(name, want, got) {
  const lines = [`DIFF ${name}`];
  if (want.exitCode !== got.exitCode) lines.push(`  exitCode: recorded ${want.exitCode}, now ${got.exitCode}`);
  if (want.stderrLastLine !== got.stderrLastLine)
    lines.push(`  stderrLastLine: recorded ${JSON.stringify(want.stderrLastLine)}, now ${JSON.stringify(got.stderrLastLine)}`);
  if (want.stdout !== got.stdout) {
    const a = want.stdout.split('\n');
    const b = got.stdout.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) {
        lines.push(`  stdout line ${i + 1}: recorded ${JSON.stringify(a[i])}, now ${JSON.stringify(b[i])}`);
        break;
      }
    }
  }
  return lines.join('\n');
}

function findPython2() {
  const candidates = [process.env.PYTHON2, 'python2.7', 'python2'];
  const pyenvRoot = process.env.PYENV_ROOT || join(process.env.HOME || '/root', '.pyenv');
  const versions = join(pyenvRoot, 'versions');
  if (existsSync(versions)) {
    for (const v of readdirSync(versions).filter((v) => v.startsWith('2.7')).sort().reverse())
      candidates.push(join(versions, v, 'bin', 'python2.7'));
  }
  for (const c of candidates.filter(Boolean)) {
    const r = spawnSync(c, ['-c', 'import sys; sys.stdout.write(sys.version.split()[0])'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.startsWith('2.')) return { path: c, version: r.stdout };
  }
  return null;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const py2 = args.includes('--py2');
  const doShuffle = args.includes('--shuffle');
  const jIdx = args.indexOf('--jobs');
  const jobs = jIdx >= 0 ? Number(args[jIdx + 1]) : 1;
  const filters = args.filter((a, i) => !a.startsWith('--') && !(jIdx >= 0 && i === jIdx + 1));

  if (py2) {
    const p2 = findPython2();
    if (!p2) {
      console.log('No Python 2.7 found (set PYTHON2=/path/to/python2.7); the .expected files stay hand-written.');
      return;
    }
    console.log(`Checking hand-written expectations against ${p2.path} (Python ${p2.version})`);
    const files = readdirSync(PROGRAMS_PY2).filter((f) => f.endsWith('.py')).sort();
    let bad = 0;
    for (const f of files) {
      const want = JSON.parse(readFileSync(join(PROGRAMS_PY2, f.replace(/\.py$/, '.expected')), 'utf8'));
      const got = await run(p2.path, PROGRAMS_PY2, f);
      if (same(want, got)) console.log(`ok   ${f}`);
      else {
        bad++;
        console.log(describeDiff(f, want, got));
      }
    }
    console.log(bad ? `${bad} of ${files.length} differ` : `all ${files.length} match`);
    process.exitCode = bad ? 1 : 0;
    return;
  }

  let files = readdirSync(PROGRAMS)
    .filter((f) => /^\d{2,3}_.*\.py$/.test(f))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort(byNumber);
  if (doShuffle) files = shuffle([...files]);
  mkdirSync(EXPECTED, { recursive: true });

  const started = Date.now();
  const results = await runAll(files, jobs, async (f) => {
    const t0 = Date.now();
    const r = await run('python3', PROGRAMS, f);
    return { f, r, ms: Date.now() - t0 };
  });

  let bad = 0;
  for (const { f, r, ms } of [...results].sort((a, b) => byNumber(a.f, b.f))) {
    const out = join(EXPECTED, f.replace(/\.py$/, '.json'));
    if (check) {
      if (!existsSync(out)) {
        bad++;
        console.log(`MISSING ${f} (no recording)`);
        continue;
      }
      const want = JSON.parse(readFileSync(out, 'utf8'));
      if (same(want, r)) console.log(`ok   ${f} (${ms} ms)`);
      else {
        bad++;
        console.log(describeDiff(f, want, r));
      }
    } else {
      writeFileSync(out, JSON.stringify(r, null, 2) + '\n');
      console.log(`rec  ${f} exit=${r.exitCode} (${ms} ms)${ms > 1000 ? '  SLOW' : ''}`);
    }
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (check) {
    console.log(bad ? `${bad} of ${files.length} differ (${secs} s)` : `all ${files.length} match (${secs} s)`);
    process.exitCode = bad ? 1 : 0;
  } else {
    const ver = spawnSync('python3', ['-c', 'import sys,platform; print(sys.version.split()[0], platform.release())'], {
      encoding: 'utf8',
    }).stdout.trim();
    console.log(`recorded ${files.length} programs with python3 ${ver} in ${secs} s`);
  }
}

main();
