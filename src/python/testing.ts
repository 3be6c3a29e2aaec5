/**
 * Test-only helper: run several programs on one kernel, round-robin, one line step each,
 * advancing simulated time when every program is blocked. Not used by the app.
 */
import {
  type Kernel, type Wait, advance, createKernel, exitProcess, isReady, nextDeadline, spawnProcess,
} from '../kernel/syscalls';
import { compile, createProcess, runStep, type StepStatus } from './index';
import type { Program, PyState } from './types';

export interface ProcSpec { source: string; host: string; filename?: string; mode?: 2 | 3 | 'auto'; startAt?: number }
export interface ProcRun {
  spec: ProcSpec;
  program: Program;
  st: PyState;
  pid: number;
  status: StepStatus;
  stdout: string;
  stderr: string;
  steps: number;
}

export interface World { k: Kernel; procs: ProcRun[] }

export function makeWorld(specs: ProcSpec[], hosts = [{ name: 'server', addrs: ['10.0.0.1'] }, { name: 'client', addrs: ['10.0.0.2'] }], latencyMs = 1): World {
  const k = createKernel({ seed: 1, hosts, latencyMs });
  const procs: ProcRun[] = specs.map((spec) => {
    const r = compile(spec.source, spec.filename ?? 'prog.py', spec.mode ?? 'auto');
    if (!r.ok) throw new Error(r.error.formatted);
    const pid = spawnProcess(k, spec.host);
    const st = createProcess(r.program, { pid, argv: [spec.filename ?? 'prog.py'] });
    return { spec, program: r.program, st, pid, status: { kind: 'running' }, stdout: '', stderr: '', steps: 0 };
  });
  return { k, procs };
}

function drain(p: ProcRun): void {
  for (const o of p.st.output) {
    if (o.stream === 'stdout') p.stdout += o.text; else p.stderr += o.text;
  }
  p.st.output.length = 0;
}

function canRun(k: Kernel, p: ProcRun): boolean {
  if (p.status.kind === 'exited') return false;
  if ((p.spec.startAt ?? 0) > k.now) return false;
  if (p.status.kind === 'running') return true;
  const s = p.status;
  if (s.deadline !== null && k.now >= s.deadline) return true;
  if (s.waits) return s.waits.some((w) => isReady(k, w as Wait));
  return s.wait !== null && isReady(k, s.wait as Wait);
}

/** Run until every program exited, or `maxSteps` line steps, or simulated time passes `maxMs`. */
export function runWorld(w: World, maxSteps = 10000, maxMs = 60000): void {
  const { k, procs } = w;
  let total = 0;
  while (total < maxSteps) {
    let progressed = false;
    for (const p of procs) {
      if (!canRun(k, p)) continue;
      p.status = runStep(p.program, p.st, k);
      p.steps++;
      total++;
      progressed = true;
      drain(p);
      if (p.status.kind === 'exited') exitProcess(k, p.pid);
    }
    if (procs.every((p) => p.status.kind === 'exited')) return;
    if (!progressed) {
      // everyone is blocked: advance time to the next event
      let next = nextDeadline(k);
      for (const p of procs) {
        if (p.status.kind === 'blocked' && p.status.deadline !== null) next = next === null ? p.status.deadline : Math.min(next, p.status.deadline);
        const sa = p.spec.startAt ?? 0;
        if (p.status.kind !== 'exited' && sa > k.now) next = next === null ? sa : Math.min(next, sa);
      }
      if (next === null || next > maxMs) return;
      advance(k, Math.max(next, k.now));
    }
  }
}
