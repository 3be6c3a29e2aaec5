/**
 * The scheduler: runs several Python programs on several hosts together with the simulated kernel,
 * one step at a time, deterministically, and keeps the history that stepping back needs.
 *
 * A step is one of:
 * - a *line step*: one program runs to the start of its next statement (or blocks, or ends);
 * - a *network step*: nothing can run before the kernel's next deadline, so the clock jumps there
 *   and the kernel delivers the segment or fires the timer that was due.
 *
 * Everything that changes lives in {@link SimState}, which is plain data: a checkpoint is a
 * `structuredClone`, and any step can be rebuilt exactly from the nearest checkpoint by replaying
 * the recorded choices. Compiled programs are immutable and live outside the state, so they are
 * never cloned.
 */
import {
  addFault,
  advance,
  createKernel,
  drainEvents,
  exitProcess,
  isReady,
  nextDeadline,
  setCause,
  spawnProcess,
  type KEvent,
  type Kernel,
  type Wait,
} from '../kernel/syscalls';
import { compile, createProcess, currentLine, runStep, type Program, type PyState } from '../python';
import type { FaultSpec, ProgramSpec, SessionSpec } from './types';

/**
 * How often (in steps) the whole state is first cloned, so that going back replays at most this
 * many steps. As a run grows, the interval doubles and every other checkpoint is dropped, so the
 * number kept stays bounded (and smaller for big states) while replay stays a few thousand steps.
 */
export const CHECKPOINT_EVERY = 256;
/** Checkpoints kept for a small state; big states (many processes and sockets) keep fewer. */
const MAX_CHECKPOINTS = 64;
/**
 * Simulated time one line of Python takes (50 µs, an unhurried interpreter). It lets the network
 * move while a program spins: with the lecture link's 1 ms latency, about 20 lines run while a
 * segment crosses, so a class sees the ACK of a FIN arrive a few loop turns later, not never.
 */
export const LINE_COST_MS = 0.05;

/** Simulated times are kept to whole nanoseconds so that sums of line costs do not drift. */
export function roundTime(ms: number): number {
  return Math.round(ms * 1e6) / 1e6;
}
/**
 * The default interleaving runs one program until it blocks, as a class reads the code, but like an
 * operating system's time slice it lets the others run after this many lines in a row, so a program
 * that never blocks (the lecture server spinning on EOF) cannot starve the rest.
 */
export const TIME_SLICE = 64;
/** Output kept per program and stream; older output is trimmed (a spinning server prints forever). */
export const OUTPUT_LIMIT = 200_000;

export interface ProcSlot {
  /** Index into the session's programs. */
  index: number;
  pid: number;
  py: PyState | null;
  status: 'waiting-to-start' | 'ready' | 'blocked' | 'exited' | 'syntax-error';
  wait: Wait | null;
  /** A program whose threads all wait: every thread's kernel wait (it can run when one is ready). */
  waits?: Wait[];
  deadline: number | null;
  blockReason: string;
  exitCode: number | null;
  /** Line executed by this program's most recent line step. */
  lastLine: number | null;
  stdout: string;
  stderr: string;
  /** Characters trimmed from the front of stdout/stderr. */
  trimmed: number;
  /** The lists of a select() that blocked and has now returned (the select panel shows them). */
  lastSelectArgs: unknown;
  /** Lines this program has run: its Python state changes only when this does (views rely on it). */
  lines: number;
}

/** The whole mutable state of a run. Plain data: `structuredClone` is an exact snapshot. */
export interface SimState {
  kernel: Kernel;
  procs: ProcSlot[];
  /** Line steps taken (the step budget counts these). */
  lineSteps: number;
  /** Index of the program that ran last; the default interleaving keeps running it until it blocks. */
  current: number;
  /** Lines the current program has run in a row; at {@link TIME_SLICE} the others get their turn. */
  slice: number;
  /** Programs still waiting for their start time. */
  waiting: number;
  finished: string | null;
}

/** What happened in one step, kept for the views and the narration. */
export interface StepRecord {
  /** Program index that ran, -1 for a network step, -2 for a step that found nothing to do. */
  prog: number;
  /** The choice that was asked for (replay needs it): a program index or -1 for "default". */
  choice: number;
  /** Line that ran (line steps). */
  line: number | null;
  /** Simulated time at the end of the step. */
  time: number;
  events: KEvent[];
}

export interface Simulation {
  spec: SessionSpec;
  programs: (Program | null)[];
  /** Syntax errors by program index, as CPython formats them. */
  syntaxErrors: ({ line: number; col: number; msg: string; formatted: string } | null)[];
  state: SimState;
  /** Index of the current step: `records[0..step)` have happened. */
  step: number;
  records: StepRecord[];
  checkpoints: Map<number, SimState>;
  /** Bumped whenever recorded history is rewritten, so caches keyed by step know to drop out. */
  generation: number;
  /** Current distance between checkpoints (a power-of-two multiple of CHECKPOINT_EVERY). */
  checkpointEvery: number;
  /**
   * 'step': a step that reaches the checkpoint distance clones the state at once. 'idle': it leaves
   * the checkpoint due, for {@link takeDueCheckpoint} to take when the caller has time (the app,
   * between frames), since one clone of a big state costs more than a frame; a step still takes it
   * itself once two distances have passed, so replay stays bounded if no idle time ever comes.
   */
  checkpointWhen: 'step' | 'idle';
  /**
   * 'full' keeps step records and checkpoints for time travel; 'records' keeps only the records
   * (a headless run with a trace); 'none' keeps neither (a headless run), which is fastest.
   */
  history: 'full' | 'records' | 'none';
  /**
   * Where the run stopped for good (the step budget, or nothing can ever run again) and why. The
   * stop happens at a step without adding one, so time travel restores it from here: the state at
   * `step` always carries `message`, however it was reached.
   */
  stopped: { step: number; message: string } | null;
}

export interface SimulationOptions {
  history?: Simulation['history'];
  /** When checkpoints are taken: at the step that makes one due (default), or when idle. */
  checkpointWhen?: Simulation['checkpointWhen'];
}

export function hostPlan(spec: SessionSpec): { name: string; addrs: string[] }[] {
  if (spec.topology === 'loopback') return [{ name: 'localhost', addrs: ['10.0.0.1'] }];
  const names = new Set<string>();
  const hosts: { name: string; addrs: string[] }[] = [];
  const add = (name: string) => {
    if (names.has(name)) return;
    names.add(name);
    hosts.push({ name, addrs: [`10.0.0.${hosts.length + 1}`] });
  };
  add('server');
  for (const p of spec.programs) add(p.host);
  return hosts;
}

function hostFor(spec: SessionSpec, p: ProgramSpec): string {
  return spec.topology === 'loopback' ? 'localhost' : p.host;
}

export function createSimulation(spec: SessionSpec, opts: SimulationOptions = {}): Simulation {
  const kernel = createKernel({ seed: spec.seed, hosts: hostPlan(spec), latencyMs: spec.latencyMs });
  const programs: (Program | null)[] = [];
  const syntaxErrors: Simulation['syntaxErrors'] = [];
  // Programs are immutable once compiled, so clients running the same code share one.
  const compiled_ = new Map<string, ReturnType<typeof compile>>();
  const procs: ProcSlot[] = spec.programs.map((p, index) => {
    const pid = spawnProcess(kernel, hostFor(spec, p));
    const key = `${p.python}\u0000${p.filename}\u0000${p.source}`;
    let compiled = compiled_.get(key);
    if (!compiled) compiled_.set(key, (compiled = compile(p.source, p.filename, p.python)));
    const slot: ProcSlot = {
      index,
      pid,
      py: null,
      status: (p.startAt ?? 0) > 0 ? 'waiting-to-start' : 'ready',
      wait: null,
      deadline: null,
      blockReason: '',
      exitCode: null,
      lastLine: null,
      stdout: '',
      stderr: '',
      trimmed: 0,
      lastSelectArgs: null,
      lines: 0,
    };
    if (compiled.ok) {
      programs.push(compiled.program);
      syntaxErrors.push(null);
      slot.py = createProcess(compiled.program, { pid, argv: [p.filename] });
    } else {
      programs.push(null);
      const e = compiled.error;
      syntaxErrors.push({ line: e.line, col: e.col, msg: e.msg, formatted: e.formatted });
      slot.status = 'syntax-error';
      slot.stderr = e.formatted.endsWith('\n') ? e.formatted : e.formatted + '\n';
      slot.exitCode = 1;
      exitProcess(kernel, pid);
    }
    return slot;
  });
  for (const f of spec.faults) applyFault(kernel, f);
  drainEvents(kernel);
  const state: SimState = { kernel, procs, lineSteps: 0, current: 0, slice: 0, waiting: procs.filter((p) => p.status === 'waiting-to-start').length, finished: null };
  const sim: Simulation = { spec, programs, syntaxErrors, state, step: 0, records: [], checkpoints: new Map(), generation: 0, checkpointEvery: CHECKPOINT_EVERY, checkpointWhen: opts.checkpointWhen ?? 'step', history: opts.history ?? 'full', stopped: null };
  sim.checkpoints.set(0, structuredClone(state));
  return sim;
}

const FLAG_BITS: Record<string, number> = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20 };

/** 'SYN+ACK' → the flag bits; unknown names are ignored. */
export function parseFlags(text: string): number {
  return text
    .split('+')
    .map((f) => FLAG_BITS[f.trim().toUpperCase()] ?? 0)
    .reduce((a, b) => a | b, 0);
}

/** Faults are data in the session; the kernel wraps its link with them. */
function applyFault(k: Kernel, f: FaultSpec): void {
  const match = {
    ...(f.flags ? { proto: 'tcp' as const, flagsExact: parseFlags(f.flags) } : {}),
    ...(f.from ? { srcHost: f.from } : {}),
    ...(f.nth ? { nth: f.nth } : {}),
  };
  if (f.kind === 'drop') addFault(k, { kind: 'drop', match, count: 1 });
  else if (f.kind === 'duplicate') addFault(k, { kind: 'duplicate', match, count: 1 });
  else addFault(k, { kind: 'delay', match, ms: f.delayMs ?? 100, count: 1 });
}

/** Can this program run a line now? */
function runnable(st: SimState, slot: ProcSlot): boolean {
  if (slot.status === 'ready') return true;
  if (slot.status === 'blocked') {
    if (slot.deadline !== null && st.kernel.now >= slot.deadline) return true;
    if (slot.waits) return slot.waits.some((w) => isReady(st.kernel, w));
    return slot.wait !== null && isReady(st.kernel, slot.wait);
  }
  if (slot.status === 'waiting-to-start') return false;
  return false;
}

/** The earliest time at which something can happen without a program running. */
function nextEventTime(sim: Simulation, st: SimState): number | null {
  let t = nextDeadline(st.kernel);
  for (const slot of st.procs) {
    let d: number | null = null;
    if (slot.status === 'blocked') d = slot.deadline;
    else if (slot.status === 'waiting-to-start') d = sim.spec.programs[slot.index].startAt ?? 0;
    if (d !== null && (t === null || d < t)) t = d;
  }
  return t;
}

function appendOutput(slot: ProcSlot, stream: 'stdout' | 'stderr', text: string) {
  let s = slot[stream] + text;
  // Trim in large bites, so a program printing forever costs amortised O(1) per print.
  if (s.length > OUTPUT_LIMIT * 1.25) {
    const cut = s.length - OUTPUT_LIMIT;
    slot.trimmed += cut;
    s = s.slice(cut);
  }
  slot[stream] = s;
}

/** Run one line of one program. */
function runLine(sim: Simulation, st: SimState, slot: ProcSlot): number | null {
  const program = sim.programs[slot.index];
  const py = slot.py;
  if (!program || !py) return null;
  const line = currentLine(py);
  const prevWait = slot.wait;
  setCause(st.kernel, { pid: slot.pid, syscall: '', line: line ?? undefined });
  slot.lines++;
  const status = runStep(program, py, st.kernel);
  slot.lastSelectArgs = prevWait && prevWait.op === 'select' && status.kind !== 'blocked' ? prevWait.args : null;
  setCause(st.kernel, null);
  for (const o of py.output) appendOutput(slot, o.stream, o.text);
  py.output.length = 0;
  slot.lastLine = line;
  switch (status.kind) {
    case 'running':
      slot.status = 'ready';
      slot.wait = null;
      delete slot.waits;
      slot.deadline = null;
      slot.blockReason = '';
      break;
    case 'blocked':
      slot.status = 'blocked';
      slot.wait = status.wait;
      if (status.waits) slot.waits = status.waits;
      else delete slot.waits;
      slot.deadline = status.deadline;
      slot.blockReason = status.reason;
      break;
    case 'exited':
      slot.status = 'exited';
      slot.exitCode = status.code;
      slot.wait = null;
      delete slot.waits;
      slot.deadline = null;
      slot.blockReason = '';
      exitProcess(st.kernel, slot.pid);
      break;
  }
  return line;
}

function describeSlot(sim: Simulation, slot: ProcSlot): string {
  return sim.spec.programs[slot.index].label;
}

/**
 * Why nothing can ever happen again, in a plain sentence, or null when something still can.
 * Programs that ended are not mentioned; blocked ones are, with what they wait for.
 */
function stuckSentence(sim: Simulation, st: SimState): string {
  const blocked = st.procs.filter((s) => s.status === 'blocked');
  if (blocked.length === 0) return 'Every program has finished.';
  const parts = blocked.map((s) => `the ${describeSlot(sim, s).toLowerCase()} is ${s.blockReason || 'blocked'}`);
  const list = parts.length === 1 ? parts[0] : parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
  return `Nothing can happen any more: ${list}, and nothing will wake ${blocked.length === 1 ? 'it' : 'them'}.`;
}

/**
 * Perform one step on `st`, choosing a program by `choice` (an index, or -1 for the default
 * interleaving). Returns the record, or null when the chosen program cannot run.
 */
function performStep(sim: Simulation, st: SimState, choice: number): StepRecord | null {
  const k = st.kernel;
  if (st.finished !== null) return null;
  // Programs whose start time has come become ready.
  if (st.waiting > 0)
    for (const slot of st.procs) {
      if (slot.status === 'waiting-to-start' && k.now >= (sim.spec.programs[slot.index].startAt ?? 0)) {
        slot.status = 'ready';
        st.waiting--;
      }
    }
  // A delivery or timer that is already due happens before any program runs.
  const due = nextDeadline(k);
  if (due !== null && due <= k.now) {
    advance(k, k.now);
    return { prog: -1, choice, line: null, time: k.now, events: drainEvents(k) };
  }

  let pick = -1;
  if (choice >= 0) {
    const slot = st.procs[choice];
    if (!slot || !runnable(st, slot)) return null;
    pick = choice;
  } else {
    const n = st.procs.length;
    const keep = st.slice < TIME_SLICE && runnable(st, st.procs[st.current]);
    if (keep) pick = st.current;
    else
      for (let i = 1; i <= n; i++) {
        const j = (st.current + i) % n;
        if (runnable(st, st.procs[j])) {
          pick = j;
          break;
        }
      }
  }

  if (pick >= 0) {
    if (st.lineSteps >= sim.spec.stepBudget) {
      st.finished = `Stopped after ${sim.spec.stepBudget.toLocaleString('en-US')} steps, the step budget. A program that never blocks (like the lecture server once a client has closed) would run forever.`;
      return null;
    }
    const slot = st.procs[pick];
    st.slice = pick === st.current ? st.slice + 1 : 1;
    st.current = pick;
    const line = runLine(sim, st, slot);
    st.lineSteps++;
    // Time moves a little with every line, so the network keeps going while a program spins.
    const t = roundTime(k.now + LINE_COST_MS);
    const nd = nextDeadline(k);
    if (nd === null || nd > t) advance(k, t);
    else k.now = Math.max(k.now, Math.min(t, nd));
    return { prog: pick, choice, line, time: k.now, events: drainEvents(k) };
  }

  if (choice >= 0) return null;
  // Nobody can run: jump the clock to the next thing that can happen.
  const t = nextEventTime(sim, st);
  if (t === null) {
    st.finished = stuckSentence(sim, st);
    return null;
  }
  advance(k, Math.max(t, k.now));
  return { prog: -1, choice, line: null, time: k.now, events: drainEvents(k) };
}

function truncateFuture(sim: Simulation) {
  sim.generation++;
  sim.records.length = sim.step;
  if (sim.stopped !== null && sim.stopped.step > sim.step) sim.stopped = null;
  for (const n of [...sim.checkpoints.keys()]) if (n > sim.step) sim.checkpoints.delete(n);
}

/**
 * Take one step forward: the next line of the next runnable program (or of `programId`), or the
 * next network event when every program waits. Returns false when nothing could run.
 */
export function stepForward(sim: Simulation, programId?: string): boolean {
  const choice = programId === undefined ? -1 : sim.spec.programs.findIndex((p) => p.id === programId);
  if (programId !== undefined && choice < 0) return false;
  const recorded = sim.records[sim.step];
  if (recorded && recorded.choice !== choice) truncateFuture(sim);
  const rec = performStep(sim, sim.state, choice);
  if (!rec) {
    if (sim.step < sim.records.length) truncateFuture(sim);
    // Remember where the run stopped, so that coming back to this step after Back stops it again.
    if (sim.state.finished !== null) sim.stopped = { step: sim.step, message: sim.state.finished };
    return false;
  }
  if (sim.history === 'none') {
    // Keep only the latest record (the narration reads it); nothing to go back to.
    sim.records.length = 0;
    sim.records.push(rec);
    sim.step = 1;
    return true;
  }
  if (sim.step < sim.records.length) sim.records[sim.step] = rec;
  else sim.records.push(rec);
  sim.step++;
  restoreStopped(sim);
  if (sim.history === 'records') return true;
  const since = sim.step - checkpointAtOrBefore(sim, sim.step);
  if (since >= sim.checkpointEvery * (sim.checkpointWhen === 'idle' ? 2 : 1)) addCheckpoint(sim);
  return true;
}

/** The step of the nearest checkpoint at or before step `n` (step 0 always has one). */
function checkpointAtOrBefore(sim: Simulation, n: number): number {
  let best = 0;
  for (const k of sim.checkpoints.keys()) if (k <= n && k > best) best = k;
  return best;
}

/** Whether the current step is far enough from the last checkpoint to deserve one. */
export function checkpointDue(sim: Simulation): boolean {
  return sim.history === 'full' && sim.step - checkpointAtOrBefore(sim, sim.step) >= sim.checkpointEvery;
}

/**
 * Take the checkpoint that is due, if one is (see {@link Simulation.checkpointWhen}). Returns whether
 * it took one. Going back then replays from it, so it changes no view, only how fast Back is.
 */
export function takeDueCheckpoint(sim: Simulation): boolean {
  if (!checkpointDue(sim)) return false;
  addCheckpoint(sim);
  return true;
}

function addCheckpoint(sim: Simulation) {
  sim.checkpoints.set(sim.step, structuredClone(sim.state));
  const weight = sim.state.procs.length + sim.state.kernel.socks.size;
  const limit = Math.max(8, Math.min(MAX_CHECKPOINTS, Math.floor(4096 / Math.max(1, weight))));
  while (sim.checkpoints.size > limit) {
    // Double the distance and keep every checkpoint at least that far from the one kept before it.
    sim.checkpointEvery *= 2;
    let kept = 0;
    for (const n of [...sim.checkpoints.keys()].sort((a, b) => a - b)) {
      if (n === 0) continue;
      if (n - kept >= sim.checkpointEvery) kept = n;
      else sim.checkpoints.delete(n);
    }
  }
}

/** The state at the step where the run stopped carries the stop's message (it is a function of the step). */
function restoreStopped(sim: Simulation) {
  if (sim.stopped !== null && sim.step === sim.stopped.step) sim.state.finished = sim.stopped.message;
}

/** Rebuild the state at step `n` (0 ≤ n ≤ records.length) from the nearest checkpoint. */
export function stateAt(sim: Simulation, n: number): SimState {
  const base = checkpointAtOrBefore(sim, n);
  // Replaying forward from the live state is cheaper when it sits between the checkpoint and n.
  let st: SimState;
  if (sim.step <= n && sim.step > base && sim.state.finished === null) {
    st = structuredClone(sim.state);
    for (let i = sim.step; i < n; i++) if (!performStep(sim, st, sim.records[i].choice)) break;
  } else {
    st = structuredClone(sim.checkpoints.get(base)!);
    for (let i = base; i < n; i++) {
      const rec = performStep(sim, st, sim.records[i].choice);
      if (rec === null) break; // cannot happen for a recorded step; stay safe
    }
  }
  if (sim.stopped !== null && n === sim.stopped.step) st.finished = sim.stopped.message;
  return st;
}

/** Go to step `n` exactly: back through history, or forward by taking default steps. */
export function goTo(sim: Simulation, n: number): void {
  if (sim.history === 'none') return; // a headless run keeps no history to travel in
  const target = Math.max(0, Math.floor(n));
  if (target === sim.step) return;
  if (target < sim.step || target <= sim.records.length) {
    const known = Math.min(target, sim.records.length);
    if (known > sim.step && known - sim.step < sim.checkpointEvery) {
      // Replaying forward from here is cheaper than from a checkpoint.
      while (sim.step < known) {
        const rec = performStep(sim, sim.state, sim.records[sim.step].choice);
        if (!rec) break;
        sim.step++;
      }
    } else {
      sim.state = stateAt(sim, known);
      sim.step = known;
    }
    restoreStopped(sim);
  }
  while (sim.step < target && stepForward(sim)) {
    /* take default steps */
  }
}

export function stepBack(sim: Simulation): void {
  if (sim.step > 0) goTo(sim, sim.step - 1);
}

/** Run `programId` until it is about to run `line` (or blocks for good, ends, or hits the budget). */
export function runToLine(sim: Simulation, programId: string, line: number, maxSteps = 10_000): boolean {
  const idx = sim.spec.programs.findIndex((p) => p.id === programId);
  if (idx < 0) return false;
  for (let i = 0; i < maxSteps; i++) {
    const slot = sim.state.procs[idx];
    if (i > 0 && slot.py && currentLine(slot.py) === line) return true;
    if (slot.status === 'exited' || slot.status === 'syntax-error') return false;
    // Run the program itself when it can; otherwise let the rest of the world move.
    if (!stepForward(sim, runnable(sim.state, slot) ? programId : undefined)) return false;
  }
  return false;
}

/** Take default steps until nothing can run, every program has ended, or `maxSteps` is reached. */
export function runUntilIdle(sim: Simulation, maxSteps = Infinity): number {
  let n = 0;
  while (n < maxSteps) {
    if (sim.state.procs.every((s) => s.status === 'exited' || s.status === 'syntax-error')) break;
    if (!stepForward(sim)) break;
    n++;
  }
  return n;
}

/**
 * The program asked for at each step taken so far (`records[0..step)`), by id, or null for a step
 * taken with the default interleaving: what replaying this run in another session needs.
 */
export function stepChoices(sim: Simulation): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < sim.step && i < sim.records.length; i++) {
    const c = sim.records[i].choice;
    out.push(c < 0 ? null : sim.spec.programs[c]?.id ?? null);
  }
  return out;
}

/** A cheap probe of one program, for code that steps a lot and cannot afford a full view each time. */
export function programProbe(sim: Simulation, programId: string): { line: number | null; status: ProcSlot['status']; lastLine: number | null; stdout: string } | null {
  const idx = sim.spec.programs.findIndex((p) => p.id === programId);
  const slot = sim.state.procs[idx];
  if (!slot) return null;
  return { line: slot.py && slot.status !== 'exited' ? currentLine(slot.py) : null, status: slot.status, lastLine: slot.lastLine, stdout: slot.stdout };
}
