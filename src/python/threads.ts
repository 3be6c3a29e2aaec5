/**
 * Threads of one process (the `threading` and `_thread` modules, written in Python in stdlib.ts on
 * top of the native `_threadcore` module here) and their scheduling.
 *
 * Plain data: a process with threads keeps them in `st.threads` (index 0 is the main thread). The
 * running thread's frames, pending call and lines stay in `st.frames`, `st.pending`, `st.line` and
 * `st.lastLine`, so the VM and the blocking calls need not know about threads; switching saves them
 * in the thread's record and loads another's.
 *
 * Scheduling (deterministic, like CPython's GIL with blocking calls that release it): the running
 * thread keeps running until it blocks or ends (or has run THREAD_SLICE lines in a row while another
 * could run); then the next thread in round-robin order that can run does. A started thread runs at
 * once, because Thread.start() waits for it to signal that it started, as CPython's does. The process
 * blocks when every thread is blocked, and ends when the main thread has ended and every non-daemon
 * thread has ended too (daemon threads are dropped).
 */
import { isReady, sys_threaded, type Wait } from './sys';
import { T, type Pending, type PyModule, type PyState, type PyThread, type PyValue } from './types';
import { PyThrow, type Rt, fakeAddr, moduleMaker, toNum, truthy, typeError, str } from './objects';
import { BLOCKED, PUSHED, callValue, run, R_DONE, R_BLOCKED } from './vm';
import { writeOut } from './modules';
import { formatTraceback } from './traceback';

/**
 * Lines a thread runs in a row before another runnable thread gets its turn: CPython hands the GIL
 * over after its 5 ms switch interval, tens of thousands of lines; fewer here, so that a thread
 * spinning on a flag does not eat the step budget.
 */
export const THREAD_SLICE = 5000;

/** Thread idents look like CPython's (pthread_t addresses, 8 MiB + 4 KiB stacks apart). */
const MAIN_IDENT = 140245263427392;
function identFor(i: number): number {
  return i === 0 ? MAIN_IDENT : 140245254903360 - (i - 1) * 8392704;
}

function ensureThreads(st: PyState): PyThread[] {
  if (!st.threads) {
    st.threads = [{ ident: MAIN_IDENT, state: 'live', obj: null, start: null, frames: st.frames, pending: st.pending, line: st.line, lastLine: st.lastLine, exitCode: 0 }];
    st.tcur = 0;
    st.tslice = 0;
  }
  return st.threads;
}

export function currentIdent(st: PyState): number {
  return st.threads ? st.threads[st.tcur ?? 0].ident : MAIN_IDENT;
}

// ---------------------------------------------------------------- the native module
export function threadCoreModule(rt: Rt): PyModule {
  const { mk, fn } = moduleMaker(rt.st, '_threadcore');
  return mk(['start', 'get_ident', 'main_ident', 'get_native_id', 'wait_lock', 'print_exception', 'addr', 'count', 'deprecated'].map(fn));
}

function newThread(st: PyState, fn: PyValue, args: PyValue[], kw: Map<string, PyValue> | null, obj: PyValue): number {
  const threads = ensureThreads(st);
  const ident = identFor(threads.length);
  threads.push({ ident, state: 'new', obj, start: { fn, args, kw }, frames: [], pending: null, line: null, lastLine: null, exitCode: 0 });
  return ident;
}

/** `_threadcore.NAME(...)`; undefined when NAME is not one of its functions. */
export function callThreadCore(rt: Rt, name: string, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const st = rt.st;
  switch (name) {
    // start(function, args, kwargs, thread_object) -> ident
    case 'start': {
      const [f, a, k, obj] = args;
      if (a === undefined || a === null || a.t !== T.TUPLE) typeError(st, '2nd arg must be a tuple');
      let kwm: Map<string, PyValue> | null = null;
      if (k !== undefined && k !== null) {
        if (k.t !== T.DICT) typeError(st, 'optional 3rd arg must be a dictionary');
        kwm = new Map();
        for (const [key, v] of k.m.values()) kwm.set(String(key), v);
      }
      // Blocked calls now hold their sockets: a close() by another thread does not end them.
      sys_threaded(rt.k, st.pid);
      return newThread(st, f, a.a.slice(), kwm, obj ?? null);
    }
    case 'get_ident': return currentIdent(st);
    case 'main_ident': return MAIN_IDENT;
    case 'get_native_id': return st.pid + (st.tcur ?? 0);
    case 'count': return st.threads ? st.threads.filter((t, i) => i > 0 && t.state !== 'done').length : 0;
    // wait_lock(lock, timeout, why): block until the lock is free (then take it: True) or the timeout passes (False)
    case 'wait_lock': {
      const [lock, timeout, why] = args;
      const t = timeout === undefined || timeout === null ? -1 : toNum(timeout);
      const deadline = t < 0 ? null : rt.k.now + t * 1000;
      // (Python 2's str is bytes)
      const reason = typeof why === 'string' ? why : why && why.t === T.BYTES ? (why.s as string) : 'blocked in acquire(): the lock is held';
      st.pending = { op: 'lock', wait: null, deadline, timeoutAt: null, reason, sock: null, data: null, extra: lock };
      return BLOCKED;
    }
    case 'print_exception': {
      // Python 2.7's threading prints a blank line after the traceback
      writeOut(rt, 'stderr', str(rt, args[0]) + formatTraceback(rt, args[1]) + (st.version === 2 ? '\n' : ''));
      return null;
    }
    case 'addr': return fakeAddr(st, args[0]);
    // deprecated(message): the DeprecationWarning CPython shows, once per line, when the program
    // itself called the deprecated function (the frame below the library function's)
    case 'deprecated': {
      const caller = st.frames[st.frames.length - 2];
      if (!caller || st.version === 2) return null;
      const code = rt.prog.codes[caller.code];
      if (code.file !== undefined) return null;
      const line = code.lines[Math.max(0, (caller.pc >> 1) - 1)];
      const msg = str(rt, args[0]);
      const key = `${line}:${msg}`;
      st.warned ??= [];
      if (st.warned.includes(key)) return null;
      st.warned.push(key);
      const text = (rt.prog.lines[line - 1] ?? '').trim();
      writeOut(rt, 'stderr', `${rt.prog.filename}:${line}: DeprecationWarning: ${msg}\n${text ? `  ${text}\n` : ''}`);
      return null;
    }
  }
  void kw;
  return undefined;
}

/** Resume a thread blocked in wait_lock: take the lock if it is free, else fail once the timeout passed. */
export function resumeLock(rt: Rt, p: Pending): PyValue {
  const lock = p.extra;
  if (!truthy(rt, lock.dict.get('_locked'))) {
    lock.dict.set('_locked', true);
    return true;
  }
  if (p.deadline !== null && rt.k.now >= p.deadline) return false;
  return BLOCKED;
}

// ---------------------------------------------------------------- scheduling
export type ThreadStepResult =
  | { kind: 'running' }
  | { kind: 'blocked'; wait: Wait | null; deadline: number | null; reason: string; waits: Wait[] }
  | { kind: 'exited' };

/** Can a call blocked with `p` go on now (or fail with its timeout)? */
export function pendingReady(rt: Rt, p: Pending): boolean {
  const now = rt.k.now;
  if (p.deadline !== null && now >= p.deadline) return true;
  if (p.timeoutAt !== null && now >= p.timeoutAt) return true;
  if (p.op === 'sleep') return false;
  if (p.op === 'lock') return !truthy(rt, p.extra.dict.get('_locked'));
  if (p.wait) return isReady(rt.k, p.wait as Wait);
  return true;
}

function threadReady(rt: Rt, i: number): boolean {
  const st = rt.st;
  const th = st.threads![i];
  if (th.state === 'new') return true;
  if (th.state !== 'live') return false;
  const p = i === st.tcur ? st.pending : th.pending;
  return p === null || pendingReady(rt, p);
}

/** The next thread after the running one (round robin, the running one last) that can run, or -1. */
function pickNext(rt: Rt): number {
  const st = rt.st;
  const n = st.threads!.length;
  for (let d = 1; d <= n; d++) {
    const j = (st.tcur! + d) % n;
    if (threadReady(rt, j)) return j;
  }
  return -1;
}

function saveCurrent(st: PyState): void {
  const th = st.threads![st.tcur!];
  th.frames = st.frames;
  th.pending = st.pending;
  th.line = st.line;
  th.lastLine = st.lastLine;
}

function load(st: PyState, i: number): void {
  const th = st.threads![i];
  st.tcur = i;
  st.tslice = 0;
  st.frames = th.frames;
  st.pending = th.pending;
  st.line = th.line;
  st.lastLine = th.lastLine;
}

/**
 * Make thread i the running one. A thread that has not run yet starts: its function is called and
 * run up to its first line of the program (library code has no lines). Returns that run's status,
 * or null when nothing ran.
 */
function switchTo(rt: Rt, i: number): number | null {
  const st = rt.st;
  if (i !== st.tcur) {
    saveCurrent(st);
    load(st, i);
  } else st.tslice = 0;
  const th = st.threads![i];
  if (th.state !== 'new') return null;
  th.state = 'live';
  const call = th.start!;
  th.start = null;
  st.frames = th.frames = [];
  st.pending = null;
  let r: PyValue;
  try {
    r = callValue(rt, call.fn, call.args, call.kw);
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    writeOut(rt, 'stderr', `Unhandled exception in thread started by ${str(rt, call.fn)}\n` + formatTraceback(rt, e.exc));
    st.frames.length = 0;
    st.done = true;
    return R_DONE;
  }
  if (r === BLOCKED) return R_BLOCKED;
  if (r !== PUSHED) { st.done = true; return R_DONE; }
  return run(rt, 0, true, false);
}

function isDaemon(rt: Rt, th: PyThread): boolean {
  return th.obj === null || th.obj === undefined ? true : truthy(rt, th.obj.dict.get('_daemonic') ?? false);
}

/**
 * The running thread ended (the VM set st.done). The main thread then waits for the non-daemon
 * threads. Returns true when the whole process has ended.
 */
function threadEnded(rt: Rt, savedExit: number, savedError: string | null): boolean {
  const st = rt.st;
  const threads = st.threads!;
  const th = threads[st.tcur!];
  st.done = false;
  st.frames = th.frames = [];
  st.pending = th.pending = null;
  st.line = th.line = null;
  if (st.hardExit !== undefined) {
    // os._exit() in any thread ends the process at once
    for (const t of threads) t.state = 'done';
    threads[0].state = 'exiting';
    threads[0].exitCode = st.hardExit;
    return maybeExit(rt);
  }
  if (st.tcur === 0) {
    if (!th.ending) {
      th.ending = true;
      th.exitCode = st.exitCode;
      if (startExitHooks(rt)) return false;
    }
    th.state = 'exiting';
  } else {
    th.state = 'done';
    st.exitCode = savedExit;
    st.error = savedError;
  }
  return maybeExit(rt);
}

/**
 * When the main thread ends, CPython's threading._shutdown() first runs the hooks registered with
 * threading._register_atexit (concurrent.futures stops its workers there), then waits for the
 * non-daemon threads. Runs them in the main thread; returns false when there are none.
 */
function startExitHooks(rt: Rt): boolean {
  const st = rt.st;
  const mod = st.modules.get('threading');
  const hooks = mod?.dict.get('_threading_atexits');
  const run = mod?.dict.get('_run_atexits');
  if (!hooks || hooks.t !== T.LIST || hooks.a.length === 0 || !run) return false;
  try {
    return callValue(rt, run, [], null) === PUSHED;
  } catch (e) {
    if (e instanceof PyThrow) return false;
    throw e;
  }
}

function maybeExit(rt: Rt): boolean {
  const st = rt.st;
  const threads = st.threads!;
  if (threads[0].state !== 'exiting') return false;
  for (let i = 1; i < threads.length; i++) if (threads[i].state !== 'done' && !isDaemon(rt, threads[i])) return false;
  // Daemon threads are dropped where they are, as at interpreter exit.
  saveCurrent(st);
  load(st, 0);
  st.done = true;
  st.exitCode = threads[0].exitCode;
  st.frames = [];
  st.pending = null;
  st.line = null;
  return true;
}

/**
 * Every thread waits: show the running one if it waits at a line of the program, else the first
 * that does (a thread running only library code, such as serve_forever, has no line to show).
 */
function blockedResult(rt: Rt): ThreadStepResult {
  const st = rt.st;
  const threads = st.threads!;
  if (st.pending === null || st.line === null) {
    let j = threads.findIndex((t, i) => i !== st.tcur && t.state === 'live' && t.pending !== null && t.line !== null);
    if (j < 0 && st.pending === null) j = threads.findIndex((t, i) => i !== st.tcur && t.state === 'live' && t.pending !== null);
    if (j >= 0) { saveCurrent(st); load(st, j); }
  }
  const waits: Wait[] = [];
  let deadline: number | null = null;
  const early = (d: number | null) => { if (d !== null && (deadline === null || d < deadline)) deadline = d; };
  threads.forEach((t, i) => {
    if (t.state !== 'live') return;
    const p = i === st.tcur ? st.pending : t.pending;
    if (!p) return;
    if (p.wait) waits.push(p.wait as Wait);
    early(p.deadline);
    early(p.timeoutAt);
  });
  const p = st.pending;
  return { kind: 'blocked', wait: (p?.wait as Wait | null) ?? null, deadline, reason: p?.reason ?? 'blocked', waits };
}

/**
 * One line step of a process with threads. `runCurrent` runs the running thread as a process
 * without threads would run (resuming its pending call first) and returns the VM's status.
 */
export function threadStep(rt: Rt, runCurrent: () => number, saved: { status: number; exitCode: number; error: string | null } | null = null): ThreadStepResult {
  const st = rt.st;
  const savedExit = saved ? saved.exitCode : st.exitCode;
  const savedError = saved ? saved.error : st.error;
  let status: number;
  if (saved) status = saved.status;
  else {
    // The running thread goes on unless it waits, ended, or used its slice while another can run.
    const curLive = st.threads![st.tcur!].state === 'live';
    const keep = curLive && (st.pending === null || pendingReady(rt, st.pending)) && (st.tslice ?? 0) < THREAD_SLICE;
    let ran: number | null = null;
    if (!keep) {
      const j = pickNext(rt);
      if (j < 0) return blockedResult(rt);
      ran = switchTo(rt, j);
    }
    if (ran !== null) status = ran;
    else {
      status = runCurrent();
      st.tslice = (st.tslice ?? 0) + 1;
    }
  }
  for (let guard = 0; guard < 10_000; guard++) {
    if (status === R_DONE && threadEnded(rt, savedExit, savedError)) return { kind: 'exited' };
    if (st.threads![st.tcur!].state === 'live' && st.pending === null) return { kind: 'running' };
    // The running thread blocked or ended: switch now, so the current line is the next thread's.
    const j = pickNext(rt);
    if (j < 0) return blockedResult(rt);
    if (j === st.tcur) return { kind: 'running' };
    const s = switchTo(rt, j);
    if (s === null) return { kind: 'running' };
    status = s;
  }
  return { kind: 'running' };
}
