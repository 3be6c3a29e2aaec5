#!/usr/bin/env node
// Check quiz answers against real Linux: for templates whose answer shows in what the programs print
// (or in how they die), run each question's programs with python3/python2.7 on loopback and compare
// with the answer the simulator gives.
//
//   node src/quiz/linux-check.mjs [templateWord...] [--seeds N]
//
// 10.0.0.x becomes 127.0.0.1 and every port in an ('addr', port) tuple a fresh one. Not part of the app.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const quiz = await tsImport('./index.ts', import.meta.url);
const PY2 = process.env.PYTHON2 ?? join(homedir(), '.pyenv/versions/2.7.18/bin/python2.7');
const PY3 = process.env.PYTHON3 ?? 'python3';
const args = process.argv.slice(2);
const seedsAt = args.indexOf('--seeds');
const SEEDS = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 4;
const words = args.filter((a, i) => !a.startsWith('--') && (seedsAt < 0 || i !== seedsAt + 1));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Time for every interpreter to start before the common zero. */
const LEAD_MS = 3000;

/**
 * Lines put before a program: sleep until its start time (epoch ms), and leave a file "late-<id>"
 * when the interpreter started too late to keep the scripted timing (a loaded machine).
 */
function startPrefix(id, atMs) {
  return `import time as _t\n_d = ${(atMs / 1000).toFixed(3)} - _t.time()\nif _d > 0: _t.sleep(_d)\nif _d < -0.1: open('late-${id}', 'w').close()\n`;
}

const lines = (o) => o.stdout.split('\n').filter((l) => l !== '');
const lastErr = (o) => o.stderr.split('\n').filter((l) => l.trim()).pop() ?? '';
const excName = (o) => (/^([\w.]+)(:|$)/.exec(lastErr(o)) ?? [])[1] ?? null;
const died = (o) => o.stderr.trim() !== '';

/** How to read each template's answer from the Linux run, in the simulator's answer form. */
const READ = {
  'basics-udp-boundaries': (o) => lines(o.server)[0],
  'basics-tcp-stream': (o) => lines(o.server)[0],
  'create-fd-number': (o) => lines(o.server)[0],
  'accept-fd': (o) => lines(o.server)[0],
  'recv-chunks': (o) => lines(o.server)[1],
  'recv-msg-peek': (o) => lines(o.server)[1],
  'recv-after-close': (o) => lines(o.server)[0],
  'close-half-close-reply': (o, q) => lines(o.client1)[q.programs.find((p) => p.id === 'client1').source.split('\n')[q.focus.line - 1].includes('more') ? 1 : 0],
  'create-socket-type': (o) => (died(o.server) ? lastErr(o.server).trim() : 'ok'),
  'bind-address-in-use': (o) => (died(o.server) ? lastErr(o.server).trim() : 'ok'),
  'client-connect-outcome': (o) => (died(o.client1) ? excName(o.client1) : 'connected'),
  'client-send-str': (o, q, expected) => (died(o.client1) ? excName(o.client1) : String(expected).startsWith('returns') ? expected : 'returns ?'),
  'recv-msg-dontwait': (o) => (died(o.server) ? excName(o.server) : lines(o.server)[0] === "b''" ? 'empty' : 'data'),
  'close-reset-peer': (o) => (died(o.client1) ? excName(o.client1) : lines(o.client1)[0] === "b''" ? 'empty' : 'data'),
  'listen-backlog-admits': (o) => String(Object.entries(o).filter(([id, x]) => id.startsWith('client') && x.stdout.includes('connected')).length),
  'select-data-eof-or-idle': (o) => JSON.parse(lines(o.server)[0] ?? 'null')?.map(String),
  'select-timeout': (o) => (lines(o.server)[0] === '0' ? 'empty' : 'server'),
  'server-print-first': (o) => lines(o.server)[0],
  'wait-second-message': (o) => lines(o.server)[1],
};

function remap(programs, base) {
  const ports = new Map();
  const fix = (src) =>
    src
      .replace(/(\(\s*'[^']*'\s*,\s*)(\d+)(\s*\))/g, (_, a, p, b) => {
        if (!ports.has(p)) ports.set(p, base + ports.size);
        return a + ports.get(p) + b;
      })
      .replace(/\b10\.0\.0\.\d+\b/g, '127.0.0.1');
  return programs.map((p) => ({ ...p, source: fix(p.source) }));
}

/**
 * Start every program at once, each with a first line that sleeps until its own start time (a
 * common zero 2 s ahead, plus startAt), so slow interpreter start-up on a loaded machine does not
 * shift the scripted timings.
 */
async function runPrograms(programs, maxMs) {
  const dir = mkdtempSync(join(tmpdir(), 'socket-lab-quiz-'));
  const zero = Date.now() + LEAD_MS;
  const out = {};
  const procs = [];
  for (const p of programs) {
    const file = join(dir, `${p.id}.py`);
    writeFileSync(file, startPrefix(p.id, zero + (p.startAt ?? 0)) + p.source);
    const child = spawn(p.python === 2 ? PY2 : PY3, ['-u', file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const o = (out[p.id] = { stdout: '', stderr: '', ended: false });
    child.stdout.on('data', (d) => (o.stdout += d));
    child.stderr.on('data', (d) => (o.stderr += d));
    procs.push(new Promise((r) => child.on('close', () => ((o.ended = true), r()))));
    o.child = child;
  }
  while (Date.now() - zero < maxMs && Object.values(out).some((o) => !o.ended)) await sleep(25);
  for (const o of Object.values(out)) if (!o.ended) o.child.kill('SIGKILL');
  await Promise.all(procs);
  out.late = programs.some((p) => existsSync(join(dir, `late-${p.id}`)));
  rmSync(dir, { recursive: true, force: true });
  return out;
}

let bad = 0;
let n = 0;
for (const [id, read] of Object.entries(READ)) {
  if (words.length && !words.some((w) => id.includes(w))) continue;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const q = quiz.makeQuestion(id, seed);
    const { expected } = quiz.expectedAnswer(q);
    let got;
    let ok = false;
    for (let attempt = 0; attempt < 3 && !ok; attempt++) {
      const base = 20000 + ((n * 10 + attempt * 3 + (process.pid % 50) * 200) % 10000);
      const o = await runPrograms(remap(q.session.programs, base), 8000);
      const late = o.late;
      delete o.late;
      got = read(o, q, expected);
      if (late && !(got !== undefined && quiz.grade(q, got).correct)) got = `${got} (a program started late: the machine is loaded)`;
      if (process.env.VERBOSE) console.log(JSON.stringify(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { stdout: v.stdout, stderr: v.stderr.slice(-300) }]))));
      ok = got !== undefined && quiz.grade(q, got).correct;
    }
    n++;
    if (ok) console.log(`PASS ${q.id}  ${JSON.stringify(expected)}`);
    else {
      bad++;
      console.log(`FAIL ${q.id}  simulator ${JSON.stringify(expected)}, Linux ${JSON.stringify(got)}\n     ${q.prompt}`);
    }
  }
}
console.log(bad ? `${bad} of ${n} answers differ from Linux` : `all ${n} answers agree with Linux`);
process.exit(bad ? 1 : 0);
