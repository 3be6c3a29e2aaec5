#!/usr/bin/env node
// Run every scenario's programs on real Linux (loopback) and check the outcome its notes promise.
//
//   node src/scenarios/linux-check/check.mjs            # all scenarios
//   node src/scenarios/linux-check/check.mjs backlog    # only ids containing a word
//
// Each program runs as `python3 -u` (or python2.7 -u) in a temp dir; all start together and a first
// line sleeps until the program's startAt (ms after a common zero); 10.0.0.x becomes 127.0.0.1 and ports 500xx become a fresh port per scenario
// (below the ephemeral range, so a TIME-WAIT left by one scenario never troubles the next).
// Programs still running after linux.runForMs are killed and count as "keeps running".
// Not part of the app: it loads the scenario data with tsx.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const { SCENARIOS } = await tsImport('../index.ts', import.meta.url);
const { checkScenario } = await tsImport('../expect.ts', import.meta.url);

const PY2 = process.env.PYTHON2 ?? join(homedir(), '.pyenv/versions/2.7.18/bin/python2.7');
const PY3 = process.env.PYTHON3 ?? 'python3';
const CAP = 200_000;
const filter = process.argv.slice(2);

function mapPorts(text, base) {
  return text.replace(/\b500(\d\d)\b/g, (_, d) => String(base + Number(d))).replace(/\b10\.0\.0\.\d+\b/g, '127.0.0.1');
}

/** Start a program now; its first line sleeps until `atMs` (epoch ms), its scripted start time. */
function runProgram(p, dir, base, atMs) {
  const file = join(dir, `${p.id}.py`);
  writeFileSync(file, startPrefix(p.id, atMs) + mapPorts(p.source, base));
  const py = p.python === 2 ? PY2 : PY3;
  const child = spawn(py, ['-u', file], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const o = { stdout: '', stderr: '', ended: false, exitCode: null, child };
  child.stdout.on('data', (d) => {
    if (o.stdout.length < CAP) o.stdout += d.toString('latin1');
  });
  child.stderr.on('data', (d) => {
    if (o.stderr.length < CAP) o.stderr += d.toString('latin1');
  });
  child.on('exit', (code, signal) => {
    if (!o.killed) {
      o.ended = true;
      o.exitCode = code ?? (signal ? 128 : null);
    }
  });
  o.done = new Promise((r) => child.on('close', r));
  return o;
}

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

async function runScenario(s, index) {
  const dir = mkdtempSync(join(tmpdir(), `socket-lab-${s.id}-`));
  const base = 10000 + ((index * 100 + (process.pid % 40) * 2500) % 22000);
  // Every program starts at once and sleeps until its own start time: interpreter start-up (slow on
  // a loaded machine) then cannot shift the scripted timings.
  const t0 = Date.now() + LEAD_MS;
  const outcomes = {};
  for (const p of s.programs) outcomes[p.id] = runProgram(p, dir, base, t0 + (p.startAt ?? 0));
  const left = s.linux.runForMs - (Date.now() - t0);
  if (left > 0) await sleep(left);
  // A loaded machine starts Python slowly: give programs that should end by themselves up to 3 s more.
  const shouldEnd = Object.entries(s.expect).filter(([, e]) => e.ends === 'exits').map(([id]) => id);
  for (let extra = 0; extra < 3000 && shouldEnd.some((id) => outcomes[id] && !outcomes[id].ended); extra += 50) await sleep(50);
  for (const o of Object.values(outcomes)) {
    if (!o.ended) {
      o.killed = true;
      o.child.kill('SIGKILL');
    }
  }
  await Promise.all(Object.values(outcomes).map((o) => o.done));
  const late = s.programs.some((p) => existsSync(join(dir, `late-${p.id}`)));
  rmSync(dir, { recursive: true, force: true });
  // The promise is written with the simulator's ports; map them the same way.
  const expectMapped = JSON.parse(mapPorts(JSON.stringify(s.expect), base));
  const problems = checkScenario({ ...s, expect: expectMapped }, outcomes);
  return { problems, outcomes, late };
}

let failed = 0;
let i = 0;
for (const s of SCENARIOS) {
  i++;
  if (filter.length && !filter.some((w) => s.id.includes(w))) continue;
  // Real processes start slowly on a loaded machine, which can upset scripted timings: a failure is
  // retried twice, and a pass after a retry says so.
  let attempt = 0;
  let problems;
  let outcomes;
  do {
    attempt++;
    let late;
    ({ problems, outcomes, late } = await runScenario(s, i + attempt * 7));
    if (late && problems.length) problems = [`a program started late (the machine is loaded): ${problems.join('; ')}`];
    if (problems.length && process.env.VERBOSE) console.log(`  attempt ${attempt} of ${s.id}: ${problems.join('; ')}`);
  } while (problems.length && attempt < 3);
  if (problems.length === 0) console.log(`PASS ${s.id}${attempt > 1 ? ` (attempt ${attempt})` : ''}${s.linux.note ? `  (${s.linux.note})` : ''}`);
  else {
    failed++;
    console.log(`FAIL ${s.id}`);
    for (const p of problems) console.log(`     ${p}`);
    for (const [id, o] of Object.entries(outcomes)) {
      console.log(`     [${id}] ended=${o.ended} code=${o.exitCode} stdout=${JSON.stringify(o.stdout.slice(0, 300))} stderr=${JSON.stringify(o.stderr.slice(-300))}`);
    }
  }
}
console.log(failed ? `${failed} scenario(s) failed on Linux` : 'every scenario keeps its promise on Linux');
process.exit(failed ? 1 : 0);
