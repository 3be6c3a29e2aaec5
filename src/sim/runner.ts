/**
 * Headless runs: the programs of a session run to the end with no UI, as `python3 FILE` would run
 * them. Used by `socket-lab run`, the conformance suite, scenario tests and quiz grading.
 */
import { createSimulation, runUntilIdle, type Simulation } from './engine';
import { DEFAULT_STEP_BUDGET } from './session';
import type { PythonMode, SessionSpec } from './types';
import type { KEvent } from '../kernel/syscalls';

export interface HeadlessOptions {
  python?: PythonMode;
  topology?: 'loopback' | 'lecture';
  stepBudget?: number;
  seed?: number;
  latencyMs?: number;
  /** Collect the kernel's event trace. */
  trace?: boolean;
}

export interface HeadlessResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Per program, in order. */
  programs: { filename: string; stdout: string; stderr: string; exitCode: number | null; status: string }[];
  /** Why the run stopped when not every program ended (the budget, or nothing can happen). */
  stopped: string | null;
  trace: KEvent[];
  sim: Simulation;
}

export function sessionFor(files: { filename: string; source: string }[], opts: HeadlessOptions = {}): SessionSpec {
  const topology = opts.topology ?? 'loopback';
  return {
    programs: files.map((f, i) => ({
      id: i === 0 ? 'server' : `client${i}`,
      label: i === 0 ? (files.length > 1 ? 'Server' : 'Program') : `Client ${i}`,
      filename: f.filename,
      source: f.source,
      python: opts.python ?? 'auto',
      host: topology === 'loopback' ? 'localhost' : i === 0 ? 'server' : `client${i}`,
    })),
    topology,
    latencyMs: opts.latencyMs ?? (topology === 'loopback' ? 0 : 1),
    seed: opts.seed ?? 1,
    stepBudget: opts.stepBudget ?? DEFAULT_STEP_BUDGET,
    faults: [],
  };
}

/** Run every file as a process until all end, nothing can happen, or the step budget is spent. */
export function runHeadless(files: { filename: string; source: string }[], opts: HeadlessOptions = {}): HeadlessResult {
  return runSession(sessionFor(files, opts), opts.trace ?? false, opts.trace ? 'records' : 'none');
}

/**
 * Run a session to its end. By default the step records are kept (views of the result can show
 * every segment) but no checkpoints are taken; 'none' keeps only the last step, for speed.
 */
export function runSession(spec: SessionSpec, trace = false, history: 'records' | 'none' = 'records'): HeadlessResult {
  const sim = createSimulation(spec, { history });
  runUntilIdle(sim);
  const st = sim.state;
  const programs = st.procs.map((slot, i) => ({
    filename: spec.programs[i].filename,
    stdout: slot.stdout,
    stderr: slot.stderr,
    exitCode: slot.exitCode,
    status: slot.status,
  }));
  const allEnded = st.procs.every((s) => s.status === 'exited' || s.status === 'syntax-error');
  let stopped: string | null = null;
  if (!allEnded) stopped = st.finished ?? 'The run stopped.';
  let stderr = programs.map((p) => p.stderr).join('');
  if (stopped) stderr += `socket-lab: ${stopped}\n`;
  const exitCode = programs.some((p) => p.exitCode !== null && p.exitCode !== 0) ? Math.max(...programs.map((p) => p.exitCode ?? 0)) : stopped ? 1 : 0;
  return {
    stdout: programs.map((p) => p.stdout).join(''),
    stderr,
    exitCode,
    programs,
    stopped,
    trace: trace ? sim.records.flatMap((r) => r.events) : [],
    sim,
  };
}
