/**
 * Socket Lab's Python interpreter: public API (docs/CONTRACTS.md, "Interpreter").
 *
 *   compile(source, filename, mode)   -> { ok, program } | { ok: false, error }   (Program is immutable)
 *   createProcess(program, {pid, argv}) -> PyState (plain data: structuredClone is a snapshot)
 *   runStep(program, st, k)             -> StepStatus (one line step, a block, or the end)
 *   currentLine(st), frameViews(program, st, k?), lastSyscall(st), stepSyscalls(st), blockedReason(st)
 */
import type { Kernel, Wait } from './sys';
import { compileSource, type SyntaxErr } from './compiler';
import { Op } from './ops';
import { T, type PyClass, type PyState, type PyValue, type Program, type SyscallRecord, type Frame } from './types';
import { PyThrow, type Rt, repr, newExc, viewing } from './objects';
import { callSync, finalizeGenerators, finalizeSockFiles, run, R_BLOCKED, R_BUDGET, R_DONE, R_STEP, toPyExc } from './vm';
import { BUILTIN_FUNCS, PY2_BUILTIN_FUNCS } from './builtins';
import { resumePending, writeOut } from './modules';
import { formatTraceback } from './traceback';
import { pendingReady, threadStep } from './threads';

export type { Program, PyState, SyscallRecord } from './types';
export type { SyntaxErr } from './compiler';

export type StepStatus =
  | { kind: 'running' }
  | {
      kind: 'blocked'; wait: Wait | null; deadline: number | null; reason: string;
      /** A process with threads that all wait: every thread's kernel wait (it can go on when one is ready). */
      waits?: Wait[];
    }
  | { kind: 'exited'; code: number };

export type CompileOutput =
  | { ok: true; program: Program }
  | { ok: false; error: { type: 'SyntaxError'; msg: string; line: number; col: number; text: string; formatted: string; kind?: string; endCol?: number } };

export interface VarView {
  name: string;
  repr: string;
  kind?: 'module' | 'function' | 'class' | 'value';
  /** For a socket object: its file descriptor (-1 once closed). Python 2's repr does not show it. */
  fd?: number;
}

function sockFd(v: unknown): number | undefined {
  return v !== null && typeof v === 'object' && (v as { t?: number }).t === T.SOCK ? (v as { fd: number }).fd : undefined;
}
export interface FrameView { name: string; vars: VarView[] }

const RUNNING: StepStatus = Object.freeze({ kind: 'running' }) as StepStatus;

/** Compile a program. mode 'auto' picks Python 2 when Python-2-only syntax is present. */
export function compile(source: string, filename: string, mode: 2 | 3 | 'auto'): CompileOutput {
  const r = compileSource(source, filename, mode);
  if (r.ok) return r;
  const e: SyntaxErr = r.error;
  return { ok: false, error: { type: 'SyntaxError', msg: e.msg, line: e.line, col: e.col, text: e.text, formatted: e.formatted, kind: e.kind, endCol: e.endCol } };
}

// ---------------------------------------------------------------- process creation
function mkClass(name: string, bases: PyClass[], builtin: string | null, module = 'builtins'): PyClass {
  const c: PyClass = { t: T.CLASS, name, qualname: name, module, bases, mro: [], dict: new Map(), builtin };
  c.mro = [c];
  if (bases.length) for (const x of bases[0].mro) c.mro.push(x);
  return c;
}

const PY3_EXC: [string, string][] = [
  ['BaseException', ''], ['SystemExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'], ['ArithmeticError', 'Exception'], ['ZeroDivisionError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['FloatingPointError', 'ArithmeticError'], ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['BufferError', 'Exception'],
  ['EOFError', 'Exception'], ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'], ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'], ['KeyError', 'LookupError'], ['MemoryError', 'Exception'], ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'], ['OSError', 'Exception'], ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'], ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'], ['ConnectionResetError', 'ConnectionError'], ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'], ['InterruptedError', 'OSError'], ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'], ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'], ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'], ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['SystemError', 'Exception'], ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'], ['DeprecationWarning', 'Warning'], ['UserWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
];
const PY2_EXC: [string, string][] = [
  ['BaseException', ''], ['SystemExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'], ['StopIteration', 'Exception'], ['StandardError', 'Exception'], ['BufferError', 'StandardError'],
  ['ArithmeticError', 'StandardError'], ['ZeroDivisionError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['FloatingPointError', 'ArithmeticError'], ['AssertionError', 'StandardError'], ['AttributeError', 'StandardError'],
  ['EnvironmentError', 'StandardError'], ['IOError', 'EnvironmentError'], ['OSError', 'EnvironmentError'], ['EOFError', 'StandardError'],
  ['ImportError', 'StandardError'], ['LookupError', 'StandardError'], ['IndexError', 'LookupError'], ['KeyError', 'LookupError'],
  ['MemoryError', 'StandardError'], ['NameError', 'StandardError'], ['UnboundLocalError', 'NameError'], ['ReferenceError', 'StandardError'],
  ['RuntimeError', 'StandardError'], ['NotImplementedError', 'RuntimeError'], ['SyntaxError', 'StandardError'],
  ['IndentationError', 'SyntaxError'], ['SystemError', 'StandardError'], ['TypeError', 'StandardError'], ['ValueError', 'StandardError'],
  ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'], ['DeprecationWarning', 'Warning'], ['UserWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
];

export function createProcess(program: Program, opts: { pid: number; argv: string[] }): PyState {
  const v = program.version;
  const types: Record<string, PyClass> = {};
  const object = mkClass('object', [], 'object');
  types.object = object;
  const simple = (name: string, builtin: string | null = name, base: PyClass = object, module = 'builtins'): PyClass => {
    const c = mkClass(name, [base], builtin, module);
    types[name] = c;
    return c;
  };
  simple('type');
  const int = simple('int');
  types.bool = mkClass('bool', [int], 'bool');
  simple('float'); simple('list'); simple('tuple'); simple('dict'); simple('set'); simple('frozenset');
  simple('str'); simple('bytes'); simple('bytearray'); simple('range'); simple('slice');
  simple('NoneType', 'NoneType'); simple('function', 'function'); simple('builtin_function_or_method', 'builtin');
  simple('method', 'method'); simple('module', 'module'); simple('iterator', 'iterator'); simple('generator', 'generator'); simple('ellipsis', 'ellipsis');
  simple('staticmethod'); simple('classmethod'); simple('property'); simple('super', 'super');
  simple('NotImplementedType', 'NotImplementedType');
  for (const n of ['AddressFamily', 'SocketKind', 'MsgFlag', 'AddressInfo']) types[n] = mkClass(n, [int], 'intenum', 'socket');
  types.TextIOWrapper = mkClass('TextIOWrapper', [object], 'io', '_io');
  const sockCls = mkClass('socket', [object], 'socket', 'socket');
  types['socket.socket'] = sockCls;
  types['select.poll'] = mkClass('poll', [object], 'poll', 'select');
  if (v === 2) {
    types.str.name = types.str.qualname = 'unicode';
    types.bytes.name = types.bytes.qualname = 'str';
    types.method.name = types.method.qualname = 'instancemethod';
    types.basestring = mkClass('basestring', [object], 'basestring');
    types.long = mkClass('long', [object], 'long');
    types.unicode = types.str;
    types.xrange = mkClass('xrange', [object], 'xrange');
    // type() of an old-style class and of its instances
    types.instance = mkClass('instance', [object], 'instance');
    types.classobj = mkClass('classobj', [object], 'classobj');
    types.range.name = types.range.qualname = 'xrange';
    types.iterator.name = types.iterator.qualname = 'listiterator';
    types.socket_old = sockCls;
    sockCls.name = sockCls.qualname = '_socketobject';
  }
  // exceptions
  const table = v === 2 ? PY2_EXC : PY3_EXC;
  for (const [name, parent] of table) {
    const c = mkClass(name, parent ? [types[parent]] : [object], 'exc', v === 2 ? 'exceptions' : 'builtins');
    types[name] = c;
  }
  if (v === 2) {
    // names used internally that Python 2 lacks
    for (const n of ['BlockingIOError', 'BrokenPipeError', 'ConnectionError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError',
      'FileExistsError', 'FileNotFoundError', 'InterruptedError', 'PermissionError', 'ProcessLookupError', 'TimeoutError', 'ChildProcessError',
      'IsADirectoryError', 'NotADirectoryError']) types[n] = types.OSError;
    types.RecursionError = types.RuntimeError;
    types.ModuleNotFoundError = types.ImportError;
    const serr = mkClass('error', [types.IOError], 'exc', 'socket');
    types['socket.error'] = serr;
    types['socket.timeout'] = mkClass('timeout', [serr], 'exc', 'socket');
    types['socket.gaierror'] = mkClass('gaierror', [serr], 'exc', 'socket');
    types['socket.herror'] = mkClass('herror', [serr], 'exc', 'socket');
    types['select.error'] = mkClass('error', [types.Exception], 'exc', 'select');
  } else {
    types['socket.gaierror'] = mkClass('gaierror', [types.OSError], 'exc', 'socket');
    types['socket.herror'] = mkClass('herror', [types.OSError], 'exc', 'socket');
    types['socket.error'] = types.OSError;
    types['socket.timeout'] = types.TimeoutError;
    types.EnvironmentError = types.OSError;
    types.IOError = types.OSError;
  }
  types['struct.error'] = mkClass('error', [types.Exception], 'exc', 'struct');
  types['re.error'] = mkClass('error', [types.Exception], 'exc', 're');
  types['binascii.Error'] = mkClass('Error', [types.ValueError], 'exc', 'binascii');
  types['json.JSONDecodeError'] = mkClass(v === 2 ? 'ValueError' : 'JSONDecodeError', [types.ValueError], 'exc', v === 2 ? 'exceptions' : 'json.decoder');
  for (const n of ['defaultdict', 'Counter', 'OrderedDict']) types[n] = mkClass(n, [types.dict], n, 'collections');

  const builtins = new Map<string, PyValue>();
  const funcs = [...BUILTIN_FUNCS, ...(v === 2 ? PY2_BUILTIN_FUNCS : [])];
  for (const f of funcs) {
    if (f === 'print' && v === 2 && !program.printFunction) continue;
    builtins.set(f, { t: T.BUILTIN, name: f });
  }
  for (const n of ['int', 'float', 'bool', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set', 'frozenset', 'object', 'type', 'range', 'slice', 'staticmethod', 'classmethod', 'property']) builtins.set(n, types[n]);
  if (v === 2) {
    builtins.set('str', types.bytes);
    builtins.set('bytes', types.bytes);
    builtins.set('unicode', types.str);
    builtins.set('basestring', types.basestring);
    builtins.set('long', types.long);
    builtins.set('xrange', types.xrange);
    types.long.builtin = 'long';
    types.xrange.builtin = 'xrange';
    builtins.delete('ascii');
  }
  for (const [name] of table) builtins.set(name, types[name]);
  if (v === 3) { builtins.set('EnvironmentError', types.OSError); builtins.set('IOError', types.OSError); }
  builtins.set('NotImplemented', { t: T.INST, cls: types.NotImplementedType, dict: new Map() });
  builtins.set('Ellipsis', { t: T.ELLIPSIS });
  builtins.set('__debug__', true);

  const globals = new Map<string, PyValue>([['__name__', '__main__'], ['__file__', v === 2 ? { t: T.BYTES, s: program.filename } : program.filename]]);
  const code0 = program.codes[0];
  globals.set('__doc__', code0.doc ?? null);
  const frame: Frame = {
    id: 1, code: 0, pc: 0, stack: [], locals: [], cells: [], ns: null, globals, blocks: [], excInfo: [], func: null,
    initSelf: undefined, classInfo: null, sync: false, gen: null, genMode: 0, genDefault: undefined,
  };
  const first = code0.ops[0] === Op.LINE ? code0.ops[1] : null;
  const st: PyState = {
    pid: opts.pid, version: v, frames: [frame], globals, builtins, modules: new Map(), types, output: program.warnings ? program.warnings.map((text) => ({ stream: 'stderr' as const, text })) : [], softspace: false,
    argv: opts.argv.length ? opts.argv.slice() : [program.filename], line: first, lastLine: null, done: false, exitCode: 0,
    pending: null, nextId: 1, nextFrameId: 2, lastSyscall: null, syscalls: [], lastSelect: null, error: null, defaultTimeout: null,
  };
  if (first === null) { st.done = true; st.frames.length = 0; }
  return st;
}

// ---------------------------------------------------------------- running
function blockedStatus(st: PyState): StepStatus {
  const p = st.pending!;
  return { kind: 'blocked', wait: (p.wait as Wait | null) ?? null, deadline: p.deadline, reason: p.reason };
}

/**
 * Run one line step: until the start of the next statement, a blocking call, or the end.
 * A blocked program is resumed by calling runStep again (when isReady(k, wait) or k.now >= deadline).
 */
export function runStep(program: Program, st: PyState, k: Kernel): StepStatus {
  if (st.done) return { kind: 'exited', code: st.exitCode };
  const rt: Rt = { st, prog: program, k, budget: 0 };
  st.syscalls.length = 0;
  let status: number = R_STEP;
  try {
    let saved = null;
    if (!st.threads) {
      const exitCode = st.exitCode, error = st.error;
      status = runCurrent(rt);
      // The line started the first thread: from now on the process schedules threads.
      if (st.threads) saved = { status, exitCode, error };
    }
    if (st.threads) return threadedStep(rt, saved);
  } catch (e) {
    // an internal error escaped the VM: report it as a Python SystemError and end the program
    let exc;
    try { exc = e instanceof PyThrow ? e.exc : toPyExc(rt, e); } catch { exc = null; }
    st.frames.length = 0;
    st.done = true;
    st.line = null;
    st.pending = null;
    st.exitCode = 1;
    try {
      writeOut(rt, 'stderr', exc ? formatTraceback(rt, exc) : `SystemError: internal interpreter error: ${String(e)}\n`);
    } catch {
      st.output.push({ stream: 'stderr', text: `SystemError: internal interpreter error: ${String(e)}\n` });
    }
    return { kind: 'exited', code: 1 };
  }
  switch (status) {
    case R_STEP: case R_BUDGET: return RUNNING;
    case R_BLOCKED: return blockedStatus(st);
    case R_DONE: runAtexit(rt); return { kind: 'exited', code: st.exitCode };
  }
  return RUNNING;
}

/**
 * At exit (after the main thread and the non-daemon threads ended), the functions registered with
 * atexit run last registered first. An exception in one is printed as CPython's "unraisable" report
 * and does not change the exit status. They run to completion here (a blocking call raises).
 */
function runAtexit(rt: Rt): void {
  const st = rt.st;
  const m = st.modules.get('atexit');
  const hs = m?.dict.get('_exithandlers');
  if (st.hardExit !== undefined) { st.done = true; st.line = null; st.exitCode = st.hardExit; return; }
  if (!hs || typeof hs !== 'object' || hs.t !== T.LIST) { finalizeAtExit(rt); return; }
  while (hs.a.length) {
    const h = hs.a.pop()!;
    if (!h || typeof h !== 'object' || h.t !== T.TUPLE) continue;
    const [fn, args, kw] = h.a;
    const kwargs = kw && typeof kw === 'object' && kw.t === T.DICT ? new Map([...kw.m.values()].map(([k, v]) => [k as string, v])) : null;
    const posArgs = args && typeof args === 'object' && args.t === T.TUPLE ? args.a : [];
    const frames = st.frames.length;
    try {
      callSync(rt, fn, posArgs, kwargs && kwargs.size ? kwargs : null);
    } catch (e) {
      if (!(e instanceof PyThrow)) throw e;
      st.frames.length = frames;
      st.pending = null;
      const head = st.version === 2 ? 'Error in atexit._run_exitfuncs:\n' : `Exception ignored in atexit callback: ${repr(rt, fn)}\n`;
      writeOut(rt, 'stderr', head + formatTraceback(rt, e.exc));
    }
  }
  finalizeAtExit(rt);
  st.done = true;
  st.line = null;
}

/** After atexit: the generators the program left paused are closed as CPython's finalization does. */
function finalizeAtExit(rt: Rt): void {
  const frames = rt.st.frames.length;
  try { finalizeGenerators(rt); } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    rt.st.frames.length = frames;
  }
  rt.st.pending = null;
  // socket files flush what they still buffer
  finalizeSockFiles(rt);
  rt.st.pending = null;
}

/**
 * runStep of a process with threads. Its own function: the closure it passes would otherwise make
 * runStep allocate a context for `rt` on every step, which costs single-threaded programs ~5%.
 */
function threadedStep(rt: Rt, saved: { status: number; exitCode: number; error: PyState['error'] } | null): StepStatus {
  const st = rt.st;
  const r = threadStep(rt, () => runCurrent(rt), saved);
  if (r.kind === 'exited') { runAtexit(rt); return { kind: 'exited', code: st.exitCode }; }
  if (r.kind === 'blocked') {
    // Only when another thread's kernel wait can wake the process too does it need the list.
    const own = r.waits.length === 0 || (r.waits.length === 1 && r.waits[0] === r.wait);
    return own ? { kind: 'blocked', wait: r.wait, deadline: r.deadline, reason: r.reason } : r;
  }
  return RUNNING;
}

/** Run the running thread one line: resume its blocked call, if any, then run to the next line. */
function runCurrent(rt: Rt): number {
  const st = rt.st;
  let midLine = false;
  if (st.pending) {
    const r = resumePending(rt);
    if (r === 'blocked') return R_BLOCKED;
    if (r === 'done') return R_DONE;
    midLine = true;
  }
  return run(rt, 0, true, midLine);
}

/** The 1-based line about to run, or null when the program has finished. */
export function currentLine(st: PyState): number | null {
  return st.done ? null : st.line;
}

/** The line executed most recently. */
export function lastLine(st: PyState): number | null {
  return st.lastLine;
}

/** "blocked in accept(): the accept queue is empty", or null when not blocked. */
export function blockedReason(st: PyState): string | null {
  return st.pending ? st.pending.reason : null;
}

/** The most recent syscall (name, args repr, result repr, line). */
export function lastSyscall(st: PyState): SyscallRecord | null {
  return st.lastSyscall;
}

/** The syscalls made during the most recent runStep. */
export function stepSyscalls(st: PyState): SyscallRecord[] {
  return st.syscalls;
}

/** Python 2 or 3, as compiled. */
export function programVersion(program: Program): 2 | 3 {
  return program.version;
}

const VIEW_MAX = 400;

function safeRepr(rt: Rt, v: PyValue): string {
  try {
    const r = repr(rt, v);
    return r.length > VIEW_MAX ? r.slice(0, VIEW_MAX) + '…' : r;
  } catch (e) {
    if (e instanceof PyThrow) return `<repr failed: ${e.exc.cls.name}>`;
    return '<?>';
  }
}

/**
 * Frames for the variables panel, outermost first: [{name:'<module>', vars}, {name:'f', vars}].
 * Module globals exclude dunder names; imported modules come last with kind 'module'.
 * Pass the kernel to show sockets' laddr/raddr as CPython's repr does.
 */
export function frameViews(program: Program, st: PyState, k?: Kernel): FrameView[] {
  // Looking must not change the program: no object is handed its id (address) by a view.
  return viewing(st, () => frameViewsNow(program, st, k));
}

function frameViewsNow(program: Program, st: PyState, k?: Kernel): FrameView[] {
  const fakeK = (k ?? ({ now: 0, procs: new Map(), socks: new Map() } as unknown)) as Kernel;
  // work on a copy of the frame list so user __repr__ methods cannot disturb the real stack
  const saved = st.frames.slice();
  const savedPending = st.pending;
  const savedOut = st.output.length;
  const rt: Rt = { st, prog: program, k: fakeK, budget: 0 };
  const out: FrameView[] = [];
  try {
    const mod: VarView[] = [];
    const mods: VarView[] = [];
    for (const [name, v] of st.globals) {
      if (name.startsWith('__') && name.endsWith('__')) continue;
      if (v !== null && typeof v === 'object' && v.t === T.MODULE) { mods.push({ name, repr: safeRepr(rt, v), kind: 'module' }); continue; }
      const kind = v !== null && typeof v === 'object' ? (v.t === T.FUNC ? 'function' : v.t === T.CLASS ? 'class' : 'value') : 'value';
      mod.push({ name, repr: safeRepr(rt, v), kind, fd: sockFd(v) });
    }
    out.push({ name: '<module>', vars: [...mod, ...mods] });
    // The main thread's frames, then each other live thread's, named after the thread. Library
    // frames (threading's, selectors' ...) are left out: they are not the program's.
    const threads = st.threads;
    const mainFrames = threads && st.tcur !== 0 ? threads[0].frames : saved;
    for (let i = 1; i < mainFrames.length; i++) {
      const f = mainFrames[i];
      if (!f.sync && program.codes[f.code].file === undefined) out.push(frameView(program, rt, f, ''));
    }
    if (threads) {
      threads.forEach((th, ti) => {
        if (ti === 0 || th.state !== 'live') return;
        const frames = ti === st.tcur ? saved : th.frames;
        const tname = threadName(th.obj, ti);
        for (const f of frames) if (!f.sync && program.codes[f.code].file === undefined) out.push(frameView(program, rt, f, tname));
      });
    }
  } finally {
    st.frames.length = 0;
    for (const f of saved) st.frames.push(f);
    st.pending = savedPending;
    st.output.length = savedOut;
  }
  return out;
}

/**
 * Where a thread of a process stands: its name, its next line, and why it waits (null when it can
 * run: the running thread, a thread never blocked, or one whose wait the kernel has ended).
 */
export interface ThreadLine { name: string; line: number; blocked: string | null }

/**
 * The process's threads, when it has more than one: the running thread first, then every other
 * live thread at the line it will run next (the code panel marks them all, not only the running one).
 */
export function threadLines(st: PyState, k: Kernel): ThreadLine[] {
  const threads = st.threads;
  if (!threads || st.done) return [];
  const out: ThreadLine[] = [];
  threads.forEach((th, i) => {
    const running = i === st.tcur;
    if (th.state !== 'live' && !(running && th.state === 'exiting')) return;
    const line = running ? st.line : th.line;
    const pending = running ? st.pending : th.pending;
    if (line === null) return;
    // The running thread's wait is the program's (its status says it); another's, while not over.
    // A wait on the program's own objects (Event.wait, queue.get ...) is checked again when the
    // thread runs, so it is over only once it did.
    const checked = pending !== null && (pending.wait !== null || pending.op === 'sleep' || pending.op === 'lock' || pending.deadline !== null || pending.timeoutAt !== null);
    const waits = !running && pending !== null && !(checked && pendingReady({ st, k } as Rt, pending));
    const entry = { name: i === 0 ? 'MainThread' : threadName(th.obj, i), line, blocked: waits ? pending.reason : null };
    if (running) out.unshift(entry);
    else out.push(entry);
  });
  return out;
}

function threadName(obj: PyValue, i: number): string {
  const n = obj !== null && typeof obj === 'object' && obj.t === T.INST ? obj.dict.get('_name') : undefined;
  return typeof n === 'string' ? n : n && n.t === T.BYTES ? n.s : `Thread-${i}`;
}

/** One frame's variables; `thread` names the thread it belongs to unless that is the main thread. */
function frameView(program: Program, rt: Rt, f: Frame, thread: string): FrameView {
  const code = program.codes[f.code];
  const vars: VarView[] = [];
  if (f.ns) {
    for (const [name, v] of f.ns) if (!(name.startsWith('__') && name.endsWith('__'))) vars.push({ name, repr: safeRepr(rt, v), fd: sockFd(v) });
  } else {
    code.varnames.forEach((name, j) => {
      if (name === '.0') return;
      const ci = code.cellvars.indexOf(name);
      const v = ci >= 0 ? f.cells[ci]?.v : f.locals[j];
      if (v !== undefined) vars.push({ name, repr: safeRepr(rt, v), fd: sockFd(v) });
    });
    code.cellvars.forEach((name, j) => {
      if (code.varnames.includes(name) || name === '__class__') return;
      const v = f.cells[j]?.v;
      if (v !== undefined) vars.push({ name, repr: safeRepr(rt, v), fd: sockFd(v) });
    });
    code.freevars.forEach((name, j) => {
      const v = f.cells[code.cellvars.length + j]?.v;
      if (v !== undefined && name !== '__class__') vars.push({ name, repr: safeRepr(rt, v) });
    });
  }
  return { name: thread ? `${thread}: ${code.name}` : code.name, vars };
}

/**
 * The Python repr of the value the program's most recent select.select() returned, exactly as
 * `print(repr(...))` would show it (the same repr the variables panel uses), or null when the
 * program has not returned from a select yet. Pass the kernel to show sockets' laddr/raddr.
 */
export function lastSelectRepr(program: Program, st: PyState, k?: Kernel): string | null {
  const v = st.lastSelect;
  if (v === undefined || v === null) return null;
  const fakeK = (k ?? ({ now: 0, procs: new Map(), socks: new Map() } as unknown)) as Kernel;
  const rt: Rt = { st, prog: program, k: fakeK, budget: 0 };
  const saved = st.frames.slice();
  const savedPending = st.pending;
  const savedOut = st.output.length;
  try {
    return viewing(st, () => repr(rt, v));
  } catch (e) {
    if (e instanceof PyThrow) return `<repr failed: ${e.exc.cls.name}>`;
    return '<?>';
  } finally {
    st.frames.length = 0;
    for (const f of saved) st.frames.push(f);
    st.pending = savedPending;
    st.output.length = savedOut;
  }
}

/** The formatted traceback's last line of the exception that ended the program, if any. */
export function errorLine(st: PyState): string | null {
  return st.error;
}

export { newExc };
