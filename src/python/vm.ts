/**
 * The bytecode interpreter. All state lives in PyState (plain data); this module holds only code.
 */
import { Blk, CO_GENERATOR, Op } from './ops';
import { T, type PyModule, type Code, type Frame, type PyClass, type PyFunc, type PyInst, type PyState, type PyValue, type TbEntry, type Cell } from './types';
import {
  PyThrow, type Rt, binop, bytes, checkLen, compare, getIter, hashKey, isSubclass, iterNext, list, makeExc,
  newExc, repr, str, throwExc, truthy, tuple, typeError, typeName, unary, toArray, maybeIterable, float, fmtFloat, toNum, isInt, moduleFile, IT_GEN, IT_ENUM, liveView,
} from './objects';
import { asciiEscape, decodeForOutput, matchPattern, callBuiltin, callMethod, construct, formatSpec, getAttr, getItem, hasMethod, setAttr, delAttr, setItem, delItem, sliceOf, importModule } from './builtins';
import { writeOut, fileIterNext, isSockFile, gcFinalize } from './modules';
import { formatTraceback } from './traceback';
import { suggest } from './suggest';

export const PUSHED = Symbol('pushed');
export const BLOCKED = Symbol('blocked');

export const MAX_DEPTH = 1000;
/** Instructions per runStep before it yields (a line like `while 1: pass` never hangs). */
export const INSTR_BUDGET = 1_000_000;

/** Status codes of run(). */
export const R_STEP = 0, R_BLOCKED = 1, R_DONE = 2, R_BUDGET = 3, R_RETURNED = 4;

export function lookupClassAttr(cls: PyClass, name: string): PyValue {
  const mro = cls.mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function newFrame(st: PyState, codeIdx: number, code: Code, locals: PyValue[], cells: Cell[], func: PyFunc | null, globals: Map<string, PyValue> = func?.globals ?? st.globals): Frame {
  return {
    id: st.nextFrameId++, code: codeIdx, pc: 0, stack: [], locals, cells, ns: null, globals, blocks: [], excInfo: [],
    func, initSelf: undefined, classInfo: null, sync: false, gen: null, genMode: 0, genDefault: undefined,
  };
  void code;
}

/** Bind call arguments to a new frame for a Python function and push it. */
export function pushFuncFrame(rt: Rt, fn: PyFunc, args: PyValue[], kw: Map<string, PyValue> | null): Frame {
  const st = rt.st;
  if (st.frames.length >= MAX_DEPTH) throwExc(st, 'RecursionError', 'maximum recursion depth exceeded');
  const code = rt.prog.codes[fn.code];
  const nv = code.varnames.length;
  const locals: PyValue[] = new Array(nv);
  const argc = code.argcount;
  const nargs = args.length;
  const fname = st.version === 3 ? code.qualname : code.kind === 'lambda' ? '<lambda>' : code.name;
  if (nargs === argc && kw === null && !code.varargs && !code.varkw && code.kwonlycount === 0) {
    for (let i = 0; i < nargs; i++) locals[i] = args[i];
  } else {
    const npos = Math.min(nargs, argc);
    for (let i = 0; i < npos; i++) locals[i] = args[i];
    const total = argc + code.kwonlycount;
    if (code.varargs) locals[total] = tuple(args.slice(npos));
    else if (nargs > argc) {
      const nd = fn.defaults.length;
      const given = nargs;
      if (nd > 0) typeError(st, `${fname}() takes from ${argc - nd} to ${argc} positional arguments but ${given} were given`);
      typeError(st, `${fname}() takes ${argc} positional argument${argc === 1 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
    }
    let kwdict: PyValue = null;
    if (code.varkw) { kwdict = { t: T.DICT, m: new Map() }; locals[total + (code.varargs ? 1 : 0)] = kwdict; }
    if (kw) {
      const posonly = code.posonly ?? 0;
      let badPosonly: string[] | null = null;
      for (const [name, val] of kw) {
        const idx = code.varnames.indexOf(name);
        if (idx >= 0 && idx < posonly) {
          if (kwdict) { kwdict.m.set(hashKey(rt, name), [name, val]); continue; }
          (badPosonly ??= []).push(name);
          continue;
        }
        if (idx >= 0 && idx < total) {
          if (locals[idx] !== undefined) typeError(st, `${fname}() got multiple values for argument '${name}'`);
          locals[idx] = val;
        } else if (kwdict) {
          kwdict.m.set(hashKey(rt, name), [st.version === 2 ? bytes(name) : name, val]);
        } else typeError(st, `${fname}() got an unexpected keyword argument '${name}'`);
      }
      if (badPosonly) typeError(st, `${fname}() got some positional-only arguments passed as keyword arguments: '${badPosonly.join(', ')}'`);
    }
    const nd = fn.defaults.length;
    for (let i = argc - nd; i < argc; i++) if (locals[i] === undefined) locals[i] = fn.defaults[i - (argc - nd)];
    const missing: string[] = [];
    for (let i = 0; i < argc; i++) if (locals[i] === undefined) missing.push(code.varnames[i]);
    if (missing.length) {
      const names = missing.map((m) => `'${m}'`);
      const list = names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
      typeError(st, `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
    for (let i = argc; i < total; i++) {
      if (locals[i] === undefined) {
        const d = fn.kwdefaults?.get(code.varnames[i]);
        if (d === undefined) typeError(st, `${fname}() missing 1 required keyword-only argument: '${code.varnames[i]}'`);
        locals[i] = d;
      }
    }
  }
  let cells: Cell[];
  const ncell = code.cellvars.length;
  if (ncell === 0 && fn.closure.length === 0) cells = [];
  else {
    cells = [];
    for (let i = 0; i < ncell; i++) {
      const p = code.cellParam[i];
      cells.push({ v: p >= 0 ? locals[p] : undefined });
    }
    for (const c of fn.closure) cells.push(c);
  }
  const f = newFrame(st, fn.code, code, locals, cells, fn);
  st.frames.push(f);
  return f;
}

/** Call any callable. Returns a value, PUSHED (a Python frame was pushed) or BLOCKED. */
export function callValue(rt: Rt, fn: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const st = rt.st;
  if (fn !== null && typeof fn === 'object') {
    switch (fn.t) {
      case T.FUNC:
        pushFuncFrame(rt, fn, args, kw);
        if (rt.prog.codes[fn.code].flags & CO_GENERATOR) return makeGen(rt);
        return PUSHED;
      case T.BOUND:
        if (fn.f.t === T.FUNC) {
          pushFuncFrame(rt, fn.f, [fn.self, ...args], kw);
          if (rt.prog.codes[fn.f.code].flags & CO_GENERATOR) return makeGen(rt);
          return PUSHED;
        }
        return callValue(rt, fn.f, [fn.self, ...args], kw);
      case T.BUILTIN:
        return callBuiltin(rt, fn.name, args, kw);
      case T.BMETHOD:
        return callMethod(rt, fn.self, fn.name, args, kw);
      case T.CLASS:
        return callClass(rt, fn, args, kw);
      case T.INST: {
        const c = lookupClassAttr(fn.cls, '__call__');
        if (c !== undefined && c.t === T.FUNC) { pushFuncFrame(rt, c, [fn, ...args], kw); return PUSHED; }
        break;
      }
    }
  }
  typeError(st, `'${typeName(st, fn)}' object is not callable`);
}

function callClass(rt: Rt, cls: PyClass, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const st = rt.st;
  // an Enum class called with a value: its member (enum.py keeps _value2member_map_)
  const v2m = cls.dict.get('_value2member_map_');
  if (v2m !== undefined && v2m !== null && typeof v2m === 'object' && v2m.t === T.DICT && args.length === 1) {
    const e = v2m.m.get(hashKey(rt, args[0]));
    if (e !== undefined) return e[1];
    // enum.py's _missing_ hook (Flag builds its composite members there)
    if (lookupClassAttr(cls, '_missing_') !== undefined) {
      const m = callSync(rt, getAttr(rt, cls, '_missing_'), [args[0]]);
      if (m !== null) return m;
    }
    throwExc(st, 'ValueError', `${repr(rt, args[0])} is not a valid ${cls.qualname}`);
  }
  if (cls.builtin !== null && cls.builtin !== 'exc') return construct(rt, cls, args, kw);
  const abs = cls.dict.get('__abstractmethods__');
  if (abs !== undefined && abs !== null && typeof abs === 'object' && abs.t === T.FROZENSET && abs.m.size) {
    // abc: a class with abstract methods left cannot be instantiated
    const names = [...abs.m.values()].map((x) => String(x)).sort();
    typeError(st, `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
  }
  const init = lookupClassAttr(cls, '__init__');
  let inst: PyInst;
  if (isSubclass(cls, st.types.BaseException)) {
    inst = makeExc(st, cls, args, false);
    if (init === undefined || init.t !== T.FUNC) {
      if (kw && kw.size) typeError(st, `${cls.name}() takes no keyword arguments`);
      return inst;
    }
  } else {
    // Instances and functions have their address from birth, as in CPython.
    inst = { t: T.INST, cls, dict: new Map(), id: st.nextId++ };
    if (init === undefined || init.t !== T.FUNC) {
      if (args.length || (kw && kw.size)) {
        typeError(st, st.version === 2 ? 'this constructor takes no arguments' : `${cls.name}() takes no arguments`);
      }
      return inst;
    }
  }
  const f = pushFuncFrame(rt, init, [inst, ...args], kw);
  f.initSelf = inst;
  return PUSHED;
}

// ---------------------------------------------------------------- generators
/** Generator states (PyIter.i of an IT_GEN iterator). */
export const GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_DONE = 3;
/** How a generator frame was resumed: run to its next yield by a builtin (sync), by FOR_ITER, by next()/send() from Python code. */
export const GM_SYNC = 1, GM_FOR = 2, GM_NEXT = 3, GM_NEXT_DEFAULT = 4;
/** FOR_ITER over enumerate(generator): the yielded value reaches the loop as (count, value). */
export const GM_ENUM = 5;

/** Wrap the frame just pushed by pushFuncFrame into a generator object (the frame is taken off the stack). */
function makeGen(rt: Rt): PyValue {
  const st = rt.st;
  const fr = st.frames.pop()!;
  const code = rt.prog.codes[fr.code];
  const g = { t: T.ITER, kind: IT_GEN, seq: fr, i: GEN_CREATED, id: st.nextId++, name: st.version === 3 ? code.qualname : code.name };
  fr.gen = g;
  return g;
}

/** True while callSync is calling (a builtin called from there must not push a frame for its caller). */
let inSyncCall = 0;
export function callingSync(): boolean { return inSyncCall > 0; }

/**
 * Resume generator `g`: push its frame (with `send` as the value of the paused yield). Returns false
 * when the generator has already finished.
 */
export function genPush(rt: Rt, g: PyValue, mode: number, send: PyValue, dflt: PyValue = undefined): boolean {
  const st = rt.st;
  if (g.i === GEN_DONE) return false;
  if (g.i === GEN_RUNNING) throwExc(st, 'ValueError', 'generator already executing');
  const fr: Frame = g.seq;
  if (g.i === GEN_SUSPENDED) fr.stack.push(send);
  else if (send !== null) typeError(st, "can't send non-None value to a just-started generator");
  if (st.frames.length >= MAX_DEPTH) throwExc(st, 'RecursionError', 'maximum recursion depth exceeded');
  g.i = GEN_RUNNING;
  fr.genMode = mode;
  fr.genDefault = dflt;
  fr.sync = mode === GM_SYNC;
  st.frames.push(fr);
  return true;
}

/** The generator's next value, run synchronously (for builtins: list(g), sum(g) ...); undefined at the end. */
export function genNextSync(rt: Rt, g: PyValue, send: PyValue = null): PyValue {
  const st = rt.st;
  const base = st.frames.length;
  if (!genPush(rt, g, GM_SYNC, send)) return undefined;
  const status = run(rt, base, false);
  if (status === R_RETURNED) return syncResult.v;
  st.pending = null;
  while (st.frames.length > base) st.frames.pop();
  g.i = GEN_DONE;
  g.seq = null;
  if (status === R_BLOCKED) throwExc(st, 'RuntimeError', 'a blocking call is not allowed here (inside a generator consumed by a builtin)');
  throwExc(st, 'RuntimeError', 'generator called by a builtin ran too long');
}

/**
 * gen.close(): GeneratorExit is raised at the paused yield and the generator runs (synchronously) to
 * its end, so its finally blocks and except GeneratorExit handlers run; a generator that yields
 * again raises RuntimeError('generator ignored GeneratorExit'); other exceptions propagate.
 */
export function genClose(rt: Rt, g: PyValue): void {
  const st = rt.st;
  if (g.i === GEN_CREATED) { g.i = GEN_DONE; if (g.seq) g.seq.gen = null; g.seq = null; return; }
  if (g.i !== GEN_SUSPENDED) return;
  const base = st.frames.length;
  genPush(rt, g, GM_SYNC, null);
  const exc = newExc(st, 'GeneratorExit', []);
  let status: number;
  try {
    const fr = st.frames[st.frames.length - 1];
    if (!unwind(rt, exc, base, fr.pc)) return;
    status = run(rt, base, false);
  } catch (e) {
    if (e instanceof PyThrow && (isSubclass(e.exc.cls, st.types.GeneratorExit) || isSubclass(e.exc.cls, st.types.StopIteration))) return;
    throw e;
  }
  if (status === R_RETURNED && g.i === GEN_DONE) return;
  st.pending = null;
  while (st.frames.length > base) st.frames.pop();
  if (status === R_RETURNED) throwExc(st, 'RuntimeError', 'generator ignored GeneratorExit');
  throwExc(st, 'RuntimeError', 'a blocking call is not allowed here (inside a generator being closed)');
}

/**
 * `for x in gen(...)` (GET_ITER arg 1): a generator that has not started yet was made by the call, so
 * the loop holds its only reference (also through enumerate/zip/map). Marked so that leaving the loop
 * early closes it, as CPython's refcounting does at once: its finally blocks and with-exits run.
 */
function markTmpIter(it: PyValue): void {
  if (it.t !== T.ITER) return;
  if (it.kind === IT_GEN) { if (it.i === GEN_CREATED) it.tmp = true; return; }
  const inner = it.seq;
  if (inner !== null && typeof inner === 'object' && inner.t === T.ITER && inner.kind === IT_GEN && inner.i === GEN_CREATED) inner.tmp = true;
}

/** Close the generator a for loop made (see markTmpIter); an error raised while closing it is ignored, as CPython's finalizer only reports it. */
function closeTmpIter(rt: Rt, it: PyValue): void {
  const g = it.kind === IT_GEN ? it : it.seq;
  if (g === null || typeof g !== 'object' || g.t !== T.ITER || g.kind !== IT_GEN || g.tmp !== true) return;
  g.tmp = false;
  if (g.i !== GEN_SUSPENDED) return;
  try { genClose(rt, g); } catch (e) { if (!(e instanceof PyThrow)) throw e; }
}

/** The values an exception drops from a frame's stack: close the for loops' own generators among them. */
function closeDroppedIters(rt: Rt, stack: PyValue[], from: number): void {
  for (let i = stack.length - 1; i >= from; i--) {
    const v = stack[i];
    if (v !== null && typeof v === 'object' && v.t === T.ITER && (v.kind === IT_GEN ? v.tmp === true : v.seq !== null && typeof v.seq === 'object' && v.seq.tmp === true)) {
      stack.length = i;
      closeTmpIter(rt, v);
    }
  }
}

/** CPython's _PyObject_FunctionStr: `__main__.f()`, `__main__.C.m()`, `print()`. */
function funcStr(rt: Rt, fn: PyValue): string {
  if (fn !== null && typeof fn === 'object') {
    if (fn.t === T.BOUND) fn = fn.f;
    if (fn.t === T.FUNC) {
      const mod = (fn.globals ?? rt.st.globals).get('__name__');
      const q = fn.qualname ?? fn.name;
      return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${q}()` : `${q}()`;
    }
    if (fn.t === T.BUILTIN) return `${String(fn.name).split('.').pop()}()`;
    if (fn.t === T.CLASS) return `${fn.qualname ?? fn.name}()`;
  }
  return `${typeName(rt.st, fn)} object`;
}

/** A paused generator inside a try or with block: closing it runs code (its finally, with-exit, except GeneratorExit). */
function genHasCleanup(v: PyValue): boolean {
  return v !== null && typeof v === 'object' && v.t === T.ITER && v.kind === IT_GEN && v.i === GEN_SUSPENDED && v.seq !== null && v.seq.blocks.length > 0;
}

/** Whether anything in the process's state still references `x` (the walk sockets use, `socksReached`). */
function stateReaches(st: PyState, x: PyValue): boolean {
  return socksReached(st, [[x, x]]) === null;
}

/**
 * A variable let go of `old` (rebound, deleted, or its function returned). CPython's refcounting
 * closes a paused generator at once when that was its last reference, so its finally runs there;
 * here a generator with cleanup to run is closed when nothing in the state reaches it any more.
 */
export function droppedValue(rt: Rt, old: PyValue): void {
  if (!rt.st.genCleanup || !genHasCleanup(old) || old.tmp === true) return;
  if (stateReaches(rt.st, old)) return;
  const frames = rt.st.frames.length;
  try { genClose(rt, old); } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    rt.st.frames.length = frames;
  }
}

/**
 * At exit CPython drops __main__'s globals one by one and then collects what is left: paused
 * generators are closed as they go.
 */
export function finalizeGenerators(rt: Rt): void {
  const st = rt.st;
  if (!st.genCleanup) return;
  const gens: PyValue[] = [];
  walkState(st, (y) => {
    if (genHasCleanup(y as PyValue)) gens.push(y as PyValue);
    return false;
  });
  if (gens.length === 0) return;
  const names = [...st.globals.keys()].filter((k) => k !== '__builtins__');
  // Python 3 frees __main__'s dict in insertion order; 2.7 clears names with one leading underscore first
  const priv = (k: string): boolean => st.version === 2 && k[0] === '_' && k[1] !== '_';
  const order = [...names.filter(priv), ...names.filter((k) => !priv(k))];
  const closeUnreached = (all: boolean): void => {
    for (const g of gens) {
      if (!genHasCleanup(g) || (!all && stateReaches(st, g))) continue;
      const frames = st.frames.length;
      try { genClose(rt, g); } catch (e) {
        if (!(e instanceof PyThrow)) throw e;
        st.frames.length = frames;
      }
    }
  };
  for (const k of order) {
    const v = st.globals.get(k);
    if (v === null || typeof v !== 'object') continue;
    st.globals.set(k, null);
    closeUnreached(false);
  }
  closeUnreached(true);
}

// ---------------------------------------------------------------- sockets whose last reference went away
/*
 * CPython closes a socket as soon as its last reference goes away (refcounting: the socket's
 * finalizer closes the descriptor, so the peer sees FIN, or RST with unread data), and a file from
 * makefile() is flushed and lets go of its socket. Here a value that may hold a socket (a socket, a
 * socket file, or a list/tuple/dict/set/instance with one, two levels deep) is checked when a
 * variable lets go of it (rebound, deleted, its function returned): a walk of the process's state
 * (`socksReached`) looks for other references and stops at the first one; what it cannot reach is
 * closed at once. Values that left a container, new sockets and files (a temporary is dropped as soon
 * as it is used) are checked at the end of the line (`st.gcCand`).
 */

/**
 * The value types that may hold a socket: socket, list, tuple, dict, set, frozenset, instance,
 * function (its closure), bound method, a builtin's method (sock.send), iterator (a generator's frame).
 */
const GC_TYPES = (1 << T.SOCK) | (1 << T.LIST) | (1 << T.TUPLE) | (1 << T.DICT) | (1 << T.SET) | (1 << T.FROZENSET) | (1 << T.INST) |
  (1 << T.FUNC) | (1 << T.BOUND) | (1 << T.BMETHOD) | (1 << T.ITER);

/**
 * The open sockets and socket files in `v` (two levels into containers and instances), in the order
 * CPython frees them; looks at no more than `budget` items and returns what is left of it.
 */
function gatherSocks(v: PyValue, out: PyValue[], depth: number, budget: number): number {
  switch (v.t) {
    case T.SOCK: if (v.fd >= 0) out.push(v); return budget - 1;
    case T.INST:
      if (isSockFile(v)) {
        // a closed file has let go of its socket (SocketIO.close)
        if (v.dict.get('closed') === true) return budget - 1;
        out.push(v);
        const s = v.dict.get('_sock');
        if (s.fd >= 0) out.push(s);
        return budget - 1;
      }
      if (depth > 0) for (const x of v.dict.values()) if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0;
      return budget - 1;
    case T.LIST: case T.TUPLE: {
      if (depth === 0) return budget - 1;
      // list_dealloc and tupledealloc free the items last first
      const a: PyValue[] = v.a;
      for (let i = a.length - 1; i >= 0; i--) {
        const x = a[i];
        if (--budget <= 0) return 0;
        if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0;
      }
      return budget;
    }
    case T.DICT:
      if (depth === 0) return budget - 1;
      for (const e of v.m.values()) {
        const k = e[0], x = e[1];
        if (--budget <= 0) return 0;
        if (k !== null && typeof k === 'object' && (GC_TYPES >> k.t) & 1 && (budget = gatherSocks(k, out, depth - 1, budget)) <= 0) return 0;
        if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0;
      }
      return budget;
    case T.SET: case T.FROZENSET:
      if (depth === 0) return budget - 1;
      for (const x of v.m.values()) {
        if (--budget <= 0) return 0;
        if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0;
      }
      return budget;
    case T.FUNC:
      // a closure's cells and the defaults
      if (depth === 0) return budget - 1;
      for (const c of v.closure as Cell[]) {
        const x = c.v;
        if (--budget <= 0) return 0;
        if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0;
      }
      for (const x of v.defaults as PyValue[]) if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0;
      return budget;
    case T.ITER: {
      // a paused generator's frame, or what an iterator walks
      const q = v.seq;
      if (depth === 0 || q === null || typeof q !== 'object') return budget - 1;
      if (v.kind === IT_GEN) {
        for (const x of (q as Frame).locals) if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0;
        for (const c of (q as Frame).cells) { const x = c.v; if (x !== null && typeof x === 'object' && (GC_TYPES >> x.t) & 1 && (budget = gatherSocks(x, out, depth - 1, budget)) <= 0) return 0; }
        return budget - 1;
      }
      return (GC_TYPES >> q.t) & 1 ? gatherSocks(q, out, depth - 1, budget) : budget - 1;
    }
    case T.BOUND: case T.BMETHOD: {
      const x = v.self;
      if (depth === 0 || x === null || typeof x !== 'object' || !((GC_TYPES >> x.t) & 1)) return budget - 1;
      return gatherSocks(x, out, depth - 1, budget);
    }
  }
  return budget - 1;
}

/** [holder, ...the sockets and files it holds (a socket holds itself)], or null when it holds none. */
function sockGroup(v: PyValue): PyValue[] | null {
  const out: PyValue[] = [v];
  gatherSocks(v, out, 2, 4096);
  return out.length === 1 ? null : out;
}

/** Marks the wanted objects among `vs` and (deep) what they hold: list and tuple items, the list an iterator walks, dict keys and values, instance attributes. True once all are found. */
function quickIn(vs: Iterable<PyValue>, want: Set<object>, found: Set<object>, deep: boolean): boolean {
  for (const y of vs) {
    if (y === null || typeof y !== 'object') continue;
    if (want.has(y) && !found.has(y)) { found.add(y); if (found.size === want.size) return true; }
    if (!deep) continue;
    switch (y.t) {
      case T.LIST: case T.TUPLE: if (quickIn(y.a, want, found, false)) return true; break;
      case T.ITER: if (y.seq !== null && typeof y.seq === 'object' && (y.seq.t === T.LIST || y.seq.t === T.TUPLE) && quickIn(y.seq.a, want, found, false)) return true; break;
      case T.DICT: for (const e of y.m.values()) if (quickIn(e, want, found, false)) return true; break;
      case T.INST: if (!(y.dict.get('closed') === true && isSockFile(y)) && quickIn(y.dict.values(), want, found, false)) return true; break;
    }
  }
  return false;
}

/** A quick look for references where they usually are: the running frame's stack and variables, the globals, one level into what they hold. */
function quickFind(st: PyState, want: Set<object>, found: Set<object>): void {
  const top = st.frames[st.frames.length - 1];
  if (top !== undefined) {
    if (quickIn(top.stack, want, found, true) || quickIn(top.locals, want, found, true)) return;
    for (const c of top.cells) if (quickIn([c.v], want, found, true)) return;
    if (top.globals !== st.globals && quickIn(top.globals.values(), want, found, true)) return;
  }
  quickIn(st.globals.values(), want, found, true);
}

/**
 * Walk the process's state from its roots (the frames, top first, then the globals, a pending
 * call, the other threads, the frames an exception unwound; the modules last) until every group
 * is reached (its holder, or each of its sockets). Returns the objects reached, or null when the
 * walk stopped early because everything was still referenced.
 */
function socksReached(st: PyState, groups: PyValue[][]): Set<object> | null {
  // First a quick look where references usually are (quickFind); most checks end there.
  const wantQ = new Set<object>();
  for (const g of groups) for (const x of g) wantQ.add(x);
  const foundQ = new Set<object>();
  quickFind(st, wantQ, foundQ);
  let quick = true;
  for (const g of groups) {
    if (foundQ.has(g[0])) continue;
    for (let j = 1; j < g.length && quick; j++) if (!foundQ.has(g[j])) quick = false;
    if (!quick) break;
  }
  if (quick) return null;
  const want = new Map<object, number[]>();
  const left: number[] = [];
  let open = groups.length;
  for (let g = 0; g < groups.length; g++) {
    left.push(groups[g].length - 1);
    for (let j = 0; j < groups[g].length; j++) {
      const x = groups[g][j];
      const l = want.get(x);
      if (l === undefined) want.set(x, [g, j]); else l.push(g, j);
    }
  }
  const found = new Set<object>();
  const hit = (x: object): boolean => {
    if (found.has(x)) return false;
    found.add(x);
    const l = want.get(x)!;
    for (let i = 0; i < l.length; i += 2) {
      const g = l[i];
      if (left[g] <= 0) continue;
      // the holder reached: all it holds is; a socket reached: one fewer to find
      left[g] = l[i + 1] === 0 ? 0 : left[g] - 1;
      if (left[g] <= 0 && --open === 0) return true;
    }
    return false;
  };
  return walkState(st, (y) => want.has(y) && hit(y)) ? null : found;
}

/**
 * Walk the process's state breadth first from its roots: the frames, top first, then the globals, a
 * pending call, the other threads (the running thread's record keeps stale frames and a stale
 * pending call: its own are st's), the frames an exception unwound; what only the modules reach
 * comes last. `visit` sees each object reached (a socket, bytes or float once per reference) and
 * ends the walk by returning true; the result says whether it did.
 */
function walkState(st: PyState, visit: (y: object) => boolean): boolean {
  const seen = new Set<object>();
  const q: unknown[] = [];
  const late: unknown[] = [];
  for (let i = st.frames.length - 1; i >= 0; i--) q.push(st.frames[i]);
  q.push(st.globals);
  if (st.pending) q.push(st.pending);
  if (st.threads) {
    // the running thread's record keeps stale frames and a stale pending call: its own are st's
    for (let i = 0; i < st.threads.length; i++) {
      const th = st.threads[i];
      if (i !== st.tcur) q.push(th);
      else { if (th.obj !== null && typeof th.obj === 'object') q.push(th.obj); if (th.start) q.push(th.start); }
    }
  }
  if (st.gcExc) q.push(st.gcExc);
  q.push(st.modules, st.builtins);
  for (const x of q) seen.add(x as object);
  const add = (y: unknown): boolean => {
    if (y === null || typeof y !== 'object') return false;
    // sockets, bytes and floats hold nothing: no need to remember them
    const t = (y as { t?: unknown }).t;
    if (t === T.SOCK || t === T.BYTES || t === T.FLOAT) return visit(y);
    if (seen.has(y)) return false;
    seen.add(y);
    q.push(y);
    return visit(y);
  };
  let phase = 0;
  for (let i = 0; ; i++) {
    if (i === q.length) {
      // then what only the modules reach
      if (phase === 1 || late.length === 0) break;
      phase = 1;
      for (const x of late) q.push(x);
    }
    const x = q[i] as Record<string, unknown>;
    if (Array.isArray(x)) {
      for (const y of x) if (y !== null && typeof y === 'object' && add(y)) return true;
    } else if (x instanceof Map) {
      for (const [k, y] of x) {
        if (k !== null && typeof k === 'object' && add(k)) return true;
        if (y !== null && typeof y === 'object' && add(y)) return true;
      }
    } else if (x instanceof Set) {
      for (const y of x) if (y !== null && typeof y === 'object' && add(y)) return true;
    } else if (!ArrayBuffer.isView(x)) {
      const t = (x as { t?: unknown }).t;
      if (t === T.MODULE && phase === 0) { late.push(x); continue; }
      // builtin classes hold no program values
      if (t === T.CLASS && (x as unknown as PyClass).builtin !== null) continue;
      // a closed socket file has let go of its socket
      if (t === T.INST && (x as unknown as PyInst).dict.get('closed') === true && isSockFile(x)) continue;
      for (const k in x) {
        if (k === 'code') continue;
        const y = x[k];
        if (y !== null && typeof y === 'object' && add(y)) return true;
      }
    }
  }
  return false;
}

/** Check groups of dropped sockets now: close those nothing reaches any more (files first, as their sockets are freed after them). */
function collectSocks(rt: Rt, groups: PyValue[][]): void {
  const found = socksReached(rt.st, groups);
  if (found === null) return;
  const dead = new Set<PyValue>();
  for (const g of groups) for (let j = 1; j < g.length; j++) if (!found.has(g[j])) dead.add(g[j]);
  for (const x of dead) if (x.t === T.INST) gcFinalize(rt, x);
  for (const x of dead) if (x.t === T.SOCK) gcFinalize(rt, x);
}

/**
 * A variable let go of `old`, which may hold a socket. `now`: the state is complete (the main loop,
 * not a builtin's callback, whose caller may hold values the walk cannot see): check at once;
 * else at the end of the line.
 */
function sockDropped(rt: Rt, old: PyValue, now: boolean): void {
  const g = sockGroup(old);
  if (g === null) return;
  const st = rt.st;
  if (!now) { (st.gcCand ??= []).push(g); return; }
  const groups = st.gcCand !== undefined && st.gcCand.length ? st.gcCand.splice(0) : [];
  groups.push(g);
  collectSocks(rt, groups);
}

/**
 * A program calls socket(): a temporary socket made earlier in the line may be free already (a
 * comprehension's `socket().fileno()`), and its fd is then the one the new socket gets. Not while a
 * builtin calls back into Python (its caller may hold values the walk cannot see).
 */
export function sockBeforeNew(rt: Rt): void {
  const st = rt.st;
  if (st.gcCand === undefined || st.gcCand.length === 0) return;
  for (const fr of st.frames) if (fr.sync) return;
  collectSocks(rt, st.gcCand.splice(0));
}

/** A variable let go of `old`: a paused generator may have to be closed, a socket it held may be freed. */
function dropped(rt: Rt, old: PyValue, now: boolean): void {
  if (old.t === T.ITER && rt.st.genCleanup) droppedValue(rt, old);
  if (rt.st.gcSock && (GC_TYPES >> old.t) & 1) sockDropped(rt, old, now);
}

/**
 * At exit CPython frees __main__'s globals, and a socket file's finalizer flushes what it still
 * buffers (the kernel closes the descriptors when the process ends). Files reached first from the
 * globals, in their order, then from the rest of the state.
 */
export function finalizeSockFiles(rt: Rt): void {
  const st = rt.st;
  if (!st.gcSock) return;
  const files: PyValue[] = [];
  const seen = new Set<object>();
  const todo: unknown[] = [];
  const roots: unknown[] = [...st.globals.values(), st.frames, st.modules];
  for (const r of roots) {
    todo.push(r);
    while (todo.length) {
      const x = todo.pop();
      if (x === null || typeof x !== 'object' || seen.has(x)) continue;
      seen.add(x);
      if (isSockFile(x)) { files.push(x); continue; }
      if (Array.isArray(x)) { for (let i = x.length - 1; i >= 0; i--) todo.push(x[i]); }
      else if (x instanceof Map) { for (const [k, y] of [...x].reverse()) todo.push(y, k); }
      else if (x instanceof Set) { for (const y of x) todo.push(y); }
      else if (!ArrayBuffer.isView(x)) {
        if ((x as { t?: unknown }).t === T.CLASS && (x as PyClass).builtin !== null) continue;
        for (const k in x) if (k !== 'code') todo.push((x as Record<string, unknown>)[k]);
      }
    }
  }
  for (const f of files) if (f.dict.get('closed') !== true && (f.dict.get('_wbuf') as { s: string }).s !== '') gcFinalize(rt, f);
}

/** A value left a container (list.remove, del d[k], ...): checked at the end of the line. */
export function sockLost(st: PyState, v: PyValue): void {
  if (!st.gcSock || v === null || typeof v !== 'object' || !((GC_TYPES >> v.t) & 1)) return;
  const g = sockGroup(v);
  if (g !== null) (st.gcCand ??= []).push(g);
}

/** A returning (or unwound) frame's locals and own cells that may hold sockets. */
function frameSockGroups(rt: Rt, fr: Frame, out: PyValue[][]): void {
  for (const x of fr.locals) {
    if (x === null || typeof x !== 'object' || !((GC_TYPES >> x.t) & 1)) continue;
    const g = sockGroup(x);
    if (g !== null) out.push(g);
  }
  const nc = rt.prog.codes[fr.code].cellvars.length;
  for (let i = 0; i < nc; i++) {
    const x = fr.cells[i].v;
    if (x === null || typeof x !== 'object' || !((GC_TYPES >> x.t) & 1)) continue;
    const g = sockGroup(x);
    if (g !== null) out.push(g);
  }
}

/** A function returned: the sockets only its locals held are closed (CPython frees the frame at once). */
function frameDropped(rt: Rt, fr: Frame, now: boolean): void {
  const st = rt.st;
  const groups: PyValue[][] = [];
  frameSockGroups(rt, fr, groups);
  if (groups.length === 0) return;
  if (!now) { (st.gcCand ??= []).push(...groups); return; }
  if (st.gcCand !== undefined && st.gcCand.length) groups.unshift(...st.gcCand.splice(0));
  collectSocks(rt, groups);
}

/** The end of a line: check what was dropped during it (the frames an exception unwound once no exception is being handled). */
function lineEndSocks(rt: Rt): void {
  const st = rt.st;
  const groups = st.gcCand !== undefined && st.gcCand.length ? st.gcCand.splice(0) : [];
  if (st.gcExc !== undefined && st.gcExc.length && currentHandled(st) === null) groups.push(...st.gcExc.splice(0));
  if (groups.length) collectSocks(rt, groups);
}

function genFinished(fr: Frame): void {
  const g = fr.gen;
  g.i = GEN_DONE;
  g.seq = null;
  fr.gen = null;
}

function stopIteration(st: PyState, v: PyValue): PyInst {
  return newExc(st, 'StopIteration', v === null ? [] : [v]);
}

/** Run a library module's body (stdlib.ts) to completion with `m.dict` as its globals. */
export function runLibModule(rt: Rt, codeIdx: number, m: PyModule): void {
  const st = rt.st;
  const base = st.frames.length;
  const fr = newFrame(st, codeIdx, rt.prog.codes[codeIdx], [], [], null, m.dict);
  fr.sync = true;
  st.frames.push(fr);
  const status = run(rt, base, false);
  if (status === R_RETURNED) return;
  st.pending = null;
  while (st.frames.length > base) st.frames.pop();
  throwExc(st, 'ImportError', `module ${m.name} did not finish loading`);
}

/** Call a Python callable synchronously (from builtins: __repr__, key functions ...). */
export function callSync(rt: Rt, fn: PyValue, args: PyValue[], kw: Map<string, PyValue> | null = null): PyValue {
  const st = rt.st;
  const base = st.frames.length;
  inSyncCall++;
  let r: PyValue;
  try { r = callValue(rt, fn, args, kw); } finally { inSyncCall--; }
  if (r === BLOCKED) {
    st.pending = null;
    throwExc(st, 'RuntimeError', 'a blocking call is not allowed here (inside a function called by a builtin)');
  }
  if (r !== PUSHED) return r;
  st.frames[st.frames.length - 1].sync = true;
  const status = run(rt, base, false);
  if (status === R_RETURNED) return syncResult.v;
  if (status === R_BLOCKED) {
    st.pending = null;
    while (st.frames.length > base) st.frames.pop();
    throwExc(st, 'RuntimeError', 'a blocking call is not allowed here (inside a function called by a builtin)');
  }
  while (st.frames.length > base) st.frames.pop();
  throwExc(st, 'RuntimeError', 'function called by a builtin ran too long');
}

const syncResult: { v: PyValue } = { v: null };

function buildClass(rt: Rt, f: Frame): PyClass {
  const st = rt.st;
  const info = f.classInfo!;
  const bases = info.bases.length ? info.bases : [st.types.object];
  const mod = f.globals.get('__name__');
  const cls: PyClass = { t: T.CLASS, name: info.name, qualname: info.qualname, module: typeof mod === 'string' ? mod : '__main__', bases, mro: [], dict: f.ns!, builtin: null };
  if (st.version === 2 && info.bases.every((b) => b.oldStyle === true)) cls.oldStyle = true;
  // C3 linearization (simplified: merge of base MROs, keeping the last occurrence)
  const seq: PyClass[] = [cls];
  const merged: PyClass[] = [];
  for (const b of bases) for (const c of b.mro) merged.push(c);
  const seen = new Set<PyClass>();
  for (let i = merged.length - 1; i >= 0; i--) {
    if (seen.has(merged[i])) continue;
    seen.add(merged[i]);
  }
  const out: PyClass[] = [];
  const used = new Set<PyClass>();
  for (let i = 0; i < merged.length; i++) {
    const c = merged[i];
    if (used.has(c)) continue;
    // place c only if it does not appear later in some other base mro (it is a tail there)
    let later = false;
    for (let j = i + 1; j < merged.length; j++) if (merged[j] === c) { later = true; break; }
    if (later) continue;
    used.add(c);
    out.push(c);
  }
  cls.mro = seq.concat(out);
  for (const b of bases) if (b.builtin && b.builtin !== 'exc' && b.builtin !== 'object') {
    // subclassing builtin containers is not supported; behave like object
  }
  for (const v of cls.dict.values()) if (v && typeof v === 'object' && v.t === T.FUNC && v.defClass === null) v.defClass = cls;
  const code = rt.prog.codes[f.code];
  const ci = code.cellvars.indexOf('__class__');
  if (ci >= 0) f.cells[ci].v = cls;
  // a base's __init_subclass__ (implicitly a classmethod) sees the new class (enum.Enum uses it)
  for (const b of cls.mro.slice(1)) {
    const h = b.dict.get('__init_subclass__');
    if (h === undefined) continue;
    const fn = h !== null && typeof h === 'object' && h.t === T.INST && h.cls === rt.st.types.classmethod ? h.dict.get('__func__') : h;
    if (fn !== null && typeof fn === 'object' && fn.t === T.FUNC) callSync(rt, fn, [cls]);
    break;
  }
  return cls;
}

// ---------------------------------------------------------------- exceptions
function addTb(rt: Rt, exc: PyInst, f: Frame, pc: number): void {
  if (!exc.tb) exc.tb = [];
  const last = exc.tb[exc.tb.length - 1];
  if (last && last.frameId === f.id) return;
  const code = rt.prog.codes[f.code];
  const i = Math.max(0, (pc >> 1) - 1);
  const e: TbEntry = { frameId: f.id, name: code.name, line: code.lines[i] ?? 0, code: f.code, pc: i };
  exc.tb.push(e);
}

function currentHandled(st: PyState): PyValue {
  for (let i = st.frames.length - 1; i >= 0; i--) {
    const ei = st.frames[i].excInfo;
    if (ei.length) return ei[ei.length - 1];
  }
  return null;
}

/** Convert any thrown thing into a Python exception instance. */
export function toPyExc(rt: Rt, e: unknown): PyInst {
  const st = rt.st;
  if (e instanceof PyThrow) return e.exc;
  if (e instanceof RangeError && /call stack/i.test(String(e.message))) return newExc(st, 'RecursionError', ['maximum recursion depth exceeded']);
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return newExc(st, 'SystemError', [`internal interpreter error: ${msg}`]);
}

/**
 * Unwind to the nearest handler. Returns true if execution continues (in some frame), false when
 * the exception left frame `base` (it is then rethrown for sync calls, or ends the program).
 */
/** The exception unwind() ended with (PEP 479 may have replaced the one it was given). */
let unwound: PyInst | null = null;

function unwind(rt: Rt, exc: PyInst, base: number, fromPc: number): boolean {
  const st = rt.st;
  let f = st.frames[st.frames.length - 1];
  addTb(rt, exc, f, fromPc);
  for (;;) {
    if (f.gen !== null && st.version === 3 && f.blocks.length === 0 && isSubclass(exc.cls, st.types.StopIteration)) {
      // PEP 479: a StopIteration leaving a generator's frame becomes a RuntimeError
      const re = newExc(st, 'RuntimeError', ['generator raised StopIteration']);
      re.cause = exc;
      re.context = exc;
      (re as { suppressContext?: boolean }).suppressContext = true;
      re.tb = [...(exc.tb ?? [])];
      exc = re;
    }
    const b = f.blocks;
    if (b.length && st.hardExit === undefined) {
      const excDepth = b.pop()!;
      const level = b.pop()!;
      const handler = b.pop()!;
      b.pop();
      if (f.stack.length > level) closeDroppedIters(rt, f.stack, level);
      f.stack.length = level;
      f.excInfo.length = excDepth;
      f.stack.push(exc);
      f.excInfo.push(exc);
      f.pc = handler;
      unwound = exc;
      return true;
    }
    if (f.stack.length && st.hardExit === undefined) closeDroppedIters(rt, f.stack, 0);
    st.frames.pop();
    // its locals live on in the traceback until the exception has been handled
    if (st.gcSock && st.hardExit === undefined) frameSockGroups(rt, f, st.gcExc ??= []);
    if (f.gen !== null) genFinished(f);
    if (st.frames.length <= base) {
      if (f.sync || base > 0) throw new PyThrow(exc);
      // set last: closing a generator above (closeDroppedIters) unwinds too
      unwound = exc;
      return false;
    }
    f = st.frames[st.frames.length - 1];
    addTb(rt, exc, f, f.pc);
  }
}

function finishUncaught(rt: Rt, exc: PyInst): void {
  const st = rt.st;
  st.frames.length = 0;
  st.done = true;
  st.line = null;
  st.pending = null;
  if (isSubclass(exc.cls, st.types.SystemExit)) {
    const a = exc.args?.a ?? [];
    const code = a.length === 0 ? null : a.length === 1 ? a[0] : exc.args;
    if (code === null) st.exitCode = 0;
    else if (isInt(code)) st.exitCode = Number(code) & 0xff;
    else { writeOut(rt, 'stderr', str(rt, code) + '\n'); st.exitCode = 1; }
    return;
  }
  const text = formatTraceback(rt, exc, new Set(), true);
  writeOut(rt, 'stderr', text);
  const lines = text.trimEnd().split('\n');
  st.error = lines[lines.length - 1];
  // Python 3 ends an uncaught KeyboardInterrupt by killing itself with SIGINT: status 128 + 2
  st.exitCode = st.version === 3 && isSubclass(exc.cls, st.types.KeyboardInterrupt) ? 130 : 1;
}

/** Raise `exc` at the current instruction of the top frame (used when resuming a blocked call). */
export function raiseInTop(rt: Rt, exc: PyInst): boolean {
  const st = rt.st;
  const f = st.frames[st.frames.length - 1];
  const ctx = currentHandled(st);
  if (ctx && ctx !== exc && exc.context === undefined) exc.context = ctx;
  if (unwind(rt, exc, 0, f.pc)) return true;
  finishUncaught(rt, unwound ?? exc);
  return false;
}

// ---------------------------------------------------------------- the loop
/**
 * Run until a line boundary (stepping), a block, the end, or (sync) until frame depth drops to base.
 */
export function run(rt: Rt, base: number, stepping: boolean, midLine = false): number {
  const st = rt.st;
  const prog = rt.prog;
  const codes = prog.codes;
  const frames = st.frames;
  let f = frames[frames.length - 1];
  let code = codes[f.code];
  let ops = code.ops;
  let stack = f.stack;
  let pc = f.pc;
  let seenLine = midLine || !stepping || ops[pc] !== Op.LINE;
  let budget = stepping ? INSTR_BUDGET : INSTR_BUDGET * 10;
  for (;;) {
    try {
      for (;;) {
        const op = ops[pc];
        const arg = ops[pc + 1];
        pc += 2;
        switch (op) {
          case Op.LINE:
            if (!stepping) break;
            if (seenLine) {
              f.pc = pc - 2;
              st.line = arg;
              // the line is over: what it dropped (temporaries, container items) is checked now
              if (st.gcSock && base === 0) lineEndSocks(rt);
              return R_STEP;
            }
            seenLine = true;
            st.lastLine = arg;
            st.line = arg;
            break;
          case Op.NOP: break;
          case Op.LOAD_CONST: stack.push(code.consts[arg]); break;
          case Op.LOAD_FAST: {
            const v = f.locals[arg];
            if (v === undefined) throwExc(st, 'UnboundLocalError', st.version === 2 ? `local variable '${code.varnames[arg]}' referenced before assignment` : `cannot access local variable '${code.varnames[arg]}' where it is not associated with a value`);
            stack.push(v);
            break;
          }
          case Op.STORE_FAST: {
            const old = f.locals[arg];
            f.locals[arg] = stack.pop();
            if (old !== null && typeof old === 'object' && (st.gcSock || st.genCleanup)) { f.pc = pc; dropped(rt, old, base === 0); }
            break;
          }
          case Op.DELETE_FAST: {
            const old = f.locals[arg];
            if (old === undefined) throwExc(st, 'UnboundLocalError', `cannot access local variable '${code.varnames[arg]}' where it is not associated with a value`);
            f.locals[arg] = undefined;
            if (old !== null && typeof old === 'object' && (st.gcSock || st.genCleanup)) { f.pc = pc; dropped(rt, old, base === 0); }
            break;
          }
          case Op.LOAD_GLOBAL: {
            const nm = code.names[arg];
            let v = f.globals.get(nm);
            if (v === undefined) {
              v = st.builtins.get(nm);
              if (v === undefined) nameError(st, nm, code, st.version === 2 && code.kind !== 'module' ? `global name '${nm}' is not defined` : `name '${nm}' is not defined`);
            }
            stack.push(v);
            break;
          }
          case Op.STORE_GLOBAL: {
            const nm = code.names[arg];
            const old = f.globals.get(nm);
            f.globals.set(nm, stack.pop());
            if (old !== null && typeof old === 'object' && (st.gcSock || st.genCleanup)) { f.pc = pc; dropped(rt, old, base === 0); }
            break;
          }
          case Op.DELETE_GLOBAL: {
            const nm = code.names[arg];
            const old = f.globals.get(nm);
            if (!f.globals.delete(nm)) throwExc(st, 'NameError', `name '${nm}' is not defined`);
            if (old !== null && typeof old === 'object' && (st.gcSock || st.genCleanup)) { f.pc = pc; dropped(rt, old, base === 0); }
            break;
          }
          case Op.LOAD_NAME: {
            const nm = code.names[arg];
            let v = f.ns ? f.ns.get(nm) : undefined;
            if (v === undefined) v = f.globals.get(nm);
            if (v === undefined) v = st.builtins.get(nm);
            if (v === undefined) nameError(st, nm, code, `name '${nm}' is not defined`, f.ns);
            stack.push(v);
            break;
          }
          case Op.STORE_NAME: {
            const ns = f.ns ?? f.globals;
            const nm = code.names[arg];
            const old = ns.get(nm);
            ns.set(nm, stack.pop());
            if (old !== null && typeof old === 'object' && (st.gcSock || st.genCleanup)) { f.pc = pc; dropped(rt, old, base === 0); }
            break;
          }
          case Op.DELETE_NAME: {
            const nm = code.names[arg];
            const ns = f.ns ?? f.globals;
            const old = ns.get(nm);
            if (!ns.delete(nm)) throwExc(st, 'NameError', `name '${nm}' is not defined`);
            if (old !== null && typeof old === 'object' && (st.gcSock || st.genCleanup)) { f.pc = pc; dropped(rt, old, base === 0); }
            break;
          }
          case Op.LOAD_DEREF: {
            const v = f.cells[arg].v;
            if (v === undefined) {
              const nm = arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
              throwExc(st, 'NameError', `cannot access free variable '${nm}' where it is not associated with a value in enclosing scope`);
            }
            stack.push(v);
            break;
          }
          case Op.STORE_DEREF: {
            const cell = f.cells[arg];
            const old = cell.v;
            cell.v = stack.pop();
            if (old !== null && typeof old === 'object' && st.gcSock && (GC_TYPES >> old.t) & 1) { f.pc = pc; sockDropped(rt, old, base === 0); }
            break;
          }
          case Op.DELETE_DEREF: {
            const cell = f.cells[arg];
            const old = cell.v;
            cell.v = undefined;
            if (old !== null && typeof old === 'object' && st.gcSock && (GC_TYPES >> old.t) & 1) { f.pc = pc; sockDropped(rt, old, base === 0); }
            break;
          }
          case Op.LOAD_CLOSURE: stack.push(f.cells[arg]); break;
          case Op.LOAD_ATTR: stack.push(getAttr(rt, stack.pop(), code.names[arg])); break;
          case Op.STORE_ATTR: {
            const o = stack.pop();
            const v = stack.pop();
            if (!st.gcSock || o === null || typeof o !== 'object' || (o.t !== T.INST && o.t !== T.CLASS)) { setAttr(rt, o, code.names[arg], v); break; }
            // an instance's or class's attribute rebound: its old value may have held the last reference to a socket
            const old = o.dict.get(code.names[arg]);
            setAttr(rt, o, code.names[arg], v);
            if (old !== undefined && old !== null && typeof old === 'object' && (GC_TYPES >> old.t) & 1 && o.dict.get(code.names[arg]) !== old) { f.pc = pc; sockDropped(rt, old, base === 0); }
            break;
          }
          case Op.DELETE_ATTR: {
            const o = stack.pop();
            if (!st.gcSock || o === null || typeof o !== 'object' || (o.t !== T.INST && o.t !== T.CLASS)) { delAttr(rt, o, code.names[arg]); break; }
            const old = o.dict.get(code.names[arg]);
            delAttr(rt, o, code.names[arg]);
            if (old !== undefined && old !== null && typeof old === 'object' && (GC_TYPES >> old.t) & 1 && o.dict.get(code.names[arg]) !== old) { f.pc = pc; sockDropped(rt, old, base === 0); }
            break;
          }
          case Op.LOAD_METHOD: {
            const o = stack.pop();
            const nm = code.names[arg];
            if (o !== null && typeof o === 'object' && o.t === T.INST) {
              const dv = o.dict.get(nm);
              if (dv === undefined) {
                const cv = lookupClassAttr(o.cls, nm);
                if (cv !== undefined && cv !== null && typeof cv === 'object' && cv.t === T.FUNC) { stack.push(cv, o); break; }
              }
              stack.push(getAttr(rt, o, nm), undefined);
              break;
            }
            if (o !== null && typeof o === 'object' && (o.t === T.MODULE || o.t === T.CLASS)) { stack.push(getAttr(rt, o, nm), undefined); break; }
            if (hasMethod(st, o, nm)) { stack.push(nm, o); break; }
            stack.push(getAttr(rt, o, nm), undefined);
            break;
          }
          case Op.CALL_METHOD: {
            let argc = arg & 0xffff;
            let kw: Map<string, PyValue> | null = null;
            if (arg & 0x10000) {
              const names = stack.pop().a as string[];
              kw = new Map();
              const vals = stack.splice(stack.length - names.length, names.length);
              for (let i = 0; i < names.length; i++) kw.set(names[i], vals[i]);
              argc -= names.length;
            }
            const args = argc ? stack.splice(stack.length - argc, argc) : [];
            const self = stack.pop();
            const fn = stack.pop();
            let r: PyValue;
            if (typeof fn === 'string') {
              f.pc = pc;
              r = callMethod(rt, self, fn, args, kw);
            } else {
              f.pc = pc;
              if (self !== undefined) args.unshift(self);
              r = callValue(rt, fn, args, kw);
            }
            if (r === PUSHED) { f = frames[frames.length - 1]; code = codes[f.code]; ops = code.ops; stack = f.stack; pc = f.pc; break; }
            if (r === BLOCKED) { f.pc = pc; return R_BLOCKED; }
            stack.push(r);
            break;
          }
          case Op.CALL: case Op.CALL_KW: case Op.CALL_EX: {
            let args: PyValue[];
            let kw: Map<string, PyValue> | null = null;
            if (op === Op.CALL) {
              args = arg ? stack.splice(stack.length - arg, arg) : [];
            } else if (op === Op.CALL_KW) {
              const names = stack.pop().a as string[];
              const all = stack.splice(stack.length - arg, arg);
              const npos = arg - names.length;
              args = all.slice(0, npos);
              kw = new Map();
              for (let i = 0; i < names.length; i++) kw.set(names[i], all[npos + i]);
            } else {
              const kwd = stack.pop();
              const al = stack.pop();
              args = al.a;
              if (kwd.m.size) {
                kw = new Map();
                for (const [k, v] of kwd.m.values()) {
                  // Python 2's keyword names are str (bytes), e.g. forwarded **kwargs
                  if (st.version === 2 && k !== null && typeof k === 'object' && k.t === T.BYTES) { kw.set(k.s, v); continue; }
                  if (typeof k !== 'string') typeError(st, 'keywords must be strings');
                  kw.set(k, v);
                }
              }
            }
            const fn = stack.pop();
            f.pc = pc;
            const r = callValue(rt, fn, args, kw);
            if (r === PUSHED) { f = frames[frames.length - 1]; code = codes[f.code]; ops = code.ops; stack = f.stack; pc = f.pc; break; }
            if (r === BLOCKED) { f.pc = pc; return R_BLOCKED; }
            stack.push(r);
            break;
          }
          case Op.RETURN_VALUE: {
            let v = stack.pop();
            const done = frames.pop()!;
            if (done.gen !== null) {
              // a generator returned: StopIteration for whoever resumed it
              const mode = done.genMode;
              done.gen.ret = v;
              genFinished(done);
              // its locals are gone (checked at the end of the line)
              if (st.gcSock) frameSockGroups(rt, done, st.gcCand ??= []);
              if (done.sync) { syncResult.v = mode === GM_NEXT_DEFAULT ? done.genDefault : undefined; return R_RETURNED; }
              f = frames[frames.length - 1]; code = codes[f.code]; ops = code.ops; stack = f.stack; pc = f.pc;
              if (mode === GM_FOR || mode === GM_ENUM) { stack.pop(); pc = ops[pc - 1]; break; }
              if (mode === GM_NEXT_DEFAULT) { stack.push(done.genDefault); break; }
              throw new PyThrow(stopIteration(st, v));
            }
            if (done.initSelf !== undefined) {
              if (v !== null) typeError(st, `__init__() should return None, not '${typeName(st, v)}'`);
              v = done.initSelf;
            } else if (done.classInfo) {
              v = buildClass(rt, done);
            }
            if (frames.length <= base || done.sync) {
              if (done.sync || base > 0) { syncResult.v = v; return R_RETURNED; }
              st.done = true;
              st.line = null;
              st.exitCode = 0;
              return R_DONE;
            }
            f = frames[frames.length - 1];
            code = codes[f.code];
            ops = code.ops;
            stack = f.stack;
            pc = f.pc;
            stack.push(v);
            // the function's locals are gone: a paused generator only they held is closed
            if (st.genCleanup) for (const x of done.locals) if (x !== null && typeof x === 'object' && x.t === T.ITER && x.kind === IT_GEN) { f.pc = pc; droppedValue(rt, x); }
            // and a socket only they held
            if (st.gcSock) { f.pc = pc; frameDropped(rt, done, base === 0); }
            break;
          }
          case Op.BINARY: {
            const b = stack.pop();
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number') {
              let r: number;
              if (arg === 0) { r = a + b; if (r <= 9007199254740991 && r >= -9007199254740991) { stack[stack.length - 1] = r; break; } }
              else if (arg === 1) { r = a - b; if (r <= 9007199254740991 && r >= -9007199254740991) { stack[stack.length - 1] = r; break; } }
            }
            stack[stack.length - 1] = binop(rt, arg, a, b, false);
            break;
          }
          case Op.INPLACE: {
            const b = stack.pop();
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number') {
              let r: number;
              if (arg === 0) { r = a + b; if (r <= 9007199254740991 && r >= -9007199254740991) { stack[stack.length - 1] = r; break; } }
              else if (arg === 1) { r = a - b; if (r <= 9007199254740991 && r >= -9007199254740991) { stack[stack.length - 1] = r; break; } }
            }
            stack[stack.length - 1] = binop(rt, arg, a, b, true);
            break;
          }
          case Op.UNARY: stack[stack.length - 1] = unary(rt, arg, stack[stack.length - 1]); break;
          case Op.COMPARE: {
            const b = stack.pop();
            const a = stack[stack.length - 1];
            if (typeof a === 'number' && typeof b === 'number') {
              switch (arg) {
                case 0: stack[stack.length - 1] = a < b; continue;
                case 1: stack[stack.length - 1] = a <= b; continue;
                case 2: stack[stack.length - 1] = a === b; continue;
                case 3: stack[stack.length - 1] = a !== b; continue;
                case 4: stack[stack.length - 1] = a > b; continue;
                case 5: stack[stack.length - 1] = a >= b; continue;
              }
            }
            stack[stack.length - 1] = compare(rt, arg, a, b);
            break;
          }
          case Op.POP_TOP: stack.pop(); break;
          case Op.POP_N: stack.length -= arg; break;
          case Op.DUP_TOP: stack.push(stack[stack.length - 1]); break;
          case Op.DUP_TOP_TWO: { const n = stack.length; stack.push(stack[n - 2], stack[n - 1]); break; }
          case Op.ROT_TWO: { const n = stack.length; const t = stack[n - 1]; stack[n - 1] = stack[n - 2]; stack[n - 2] = t; break; }
          case Op.ROT_THREE: { const n = stack.length; const t = stack[n - 1]; stack[n - 1] = stack[n - 2]; stack[n - 2] = stack[n - 3]; stack[n - 3] = t; break; }
          case Op.JUMP:
            if (arg < pc && --budget <= 0) { pc = arg; throw BUDGET_SIGNAL; }
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack.pop();
            if (v === false || (v !== true && !truthy(rt, v))) pc = arg;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack.pop();
            if (v === true || (v !== false && truthy(rt, v))) pc = arg;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!truthy(rt, stack[stack.length - 1])) pc = arg; else stack.pop();
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (truthy(rt, stack[stack.length - 1])) pc = arg; else stack.pop();
            break;
          case Op.GET_ITER: {
            const it = getIter(rt, stack[stack.length - 1]);
            stack[stack.length - 1] = it;
            if (arg === 1) markTmpIter(it);
            break;
          }
          case Op.MATCH: {
            const mc = code.patterns![arg];
            const slots = mc.slots ? stack.splice(stack.length - mc.slots, mc.slots) : [];
            const subj = stack.pop();
            f.pc = pc;
            const binds = new Map<string, PyValue>();
            if (matchPattern(rt, mc.p, subj, slots, binds)) {
              for (const nm of mc.names) stack.push(binds.get(nm));
              stack.push(true);
            } else stack.push(false);
            break;
          }
          case Op.POP_ITER: {
            const it = stack.pop();
            if (it.t === T.ITER) { f.pc = pc; closeTmpIter(rt, it); }
            break;
          }
          case Op.YF_SEND: {
            const sent = stack.pop();
            if (sent === null) break;
            const it = stack[stack.length - 1];
            if (!(it.t === T.ITER && it.kind === IT_GEN)) throwExc(st, 'AttributeError', `'${typeName(st, it)}' object has no attribute 'send'`);
            // the sub-generator's value comes back as FOR_ITER's would; its return jumps to the end
            f.pc = pc + 2;
            if (genPush(rt, it, GM_FOR, sent)) { f = frames[frames.length - 1]; code = codes[f.code]; ops = code.ops; stack = f.stack; pc = f.pc; }
            else { stack.pop(); pc = arg; }
            break;
          }
          case Op.FOR_ITER: {
            if (--budget <= 0) { pc -= 2; throw BUDGET_SIGNAL; }
            f.pc = pc;
            const it = stack[stack.length - 1];
            if (it.kind === IT_GEN && it.t === T.ITER) {
              if (genPush(rt, it, GM_FOR, null)) { f = frames[frames.length - 1]; code = codes[f.code]; ops = code.ops; stack = f.stack; pc = f.pc; }
              else { stack.pop(); pc = arg; }
              break;
            }
            // enumerate(generator): the generator runs in the loop, so it may block (in recv ...)
            if (it.kind === IT_ENUM && it.t === T.ITER && it.seq.t === T.ITER && it.seq.kind === IT_GEN) {
              if (genPush(rt, it.seq, GM_ENUM, null)) { f = frames[frames.length - 1]; code = codes[f.code]; ops = code.ops; stack = f.stack; pc = f.pc; }
              else { stack.pop(); pc = arg; }
              break;
            }
            // a socket file: its next line may have to wait (FOR_ITER runs again when the buffer is refilled)
            const v = it.t === T.INST || (it.kind === IT_ENUM && it.seq.t === T.INST) ? fileIterNext(rt, it) : iterNext(rt, it);
            if (v === BLOCKED) { f.pc = pc - 2; return R_BLOCKED; }
            if (v === undefined) { stack.pop(); pc = arg; } else stack.push(v);
            break;
          }
          case Op.BUILD_TUPLE: stack.push(tuple(arg ? stack.splice(stack.length - arg, arg) : [])); break;
          case Op.BUILD_LIST: stack.push(list(arg ? stack.splice(stack.length - arg, arg) : [])); break;
          case Op.BUILD_SET: {
            const items = arg ? stack.splice(stack.length - arg, arg) : [];
            const m = new Map();
            for (const x of items) { const k = hashKey(rt, x); if (!m.has(k)) m.set(k, x); }
            stack.push({ t: T.SET, m });
            break;
          }
          case Op.BUILD_MAP: {
            const items = arg ? stack.splice(stack.length - 2 * arg, 2 * arg) : [];
            const m = new Map();
            for (let i = 0; i < items.length; i += 2) {
              const k = hashKey(rt, items[i]);
              const old = m.get(k);
              m.set(k, [old ? old[0] : items[i], items[i + 1]]);
            }
            // Python 2's BUILD_MAP presizes the table for the literal's items (_PyDict_NewPresized)
            stack.push(arg > 5 && st.version === 2 ? { t: T.DICT, m, ps: arg } : { t: T.DICT, m });
            break;
          }
          case Op.LIST_APPEND: { const v = stack.pop(); const l = stack[stack.length - arg]; l.a.push(v); if (l.a.length > 10_000_000) throwExc(st, 'MemoryError'); break; }
          case Op.SET_ADD: { const v = stack.pop(); const s = stack[stack.length - arg]; const k = hashKey(rt, v); if (!s.m.has(k)) s.m.set(k, v); break; }
          case Op.MAP_ADD: {
            const v = stack.pop(); const k = stack.pop(); const d = stack[stack.length - arg];
            const hk = hashKey(rt, k); const old = d.m.get(hk); d.m.set(hk, [old ? old[0] : k, v]);
            break;
          }
          case Op.LIST_EXTEND: { const v = stack.pop(); const l = stack[stack.length - arg]; for (const x of toArray(rt, v)) l.a.push(x); checkLen(st, l.a.length); break; }
          case Op.SET_UPDATE: { const v = stack.pop(); const s = stack[stack.length - arg]; for (const x of toArray(rt, v)) { const k = hashKey(rt, x); if (!s.m.has(k)) s.m.set(k, x); } break; }
          case Op.DICT_UPDATE: {
            // arg 2: the **mapping of a call (the dict of keywords is on top, the function under the positionals)
            const v = stack.pop(); const d = stack[stack.length - (arg === 2 ? 1 : arg)];
            if (arg === 2) {
              if (!v || v.t !== T.DICT) {
                if (v && v.t === T.INST && lookupClassAttr(v.cls, 'keys') !== undefined) {
                  const keys = toArray(rt, callSync(rt, getAttr(rt, v, 'keys'), []));
                  for (const k of keys) d.m.set(hashKey(rt, k), [k, getItem(rt, v, k)]);
                  break;
                }
                typeError(st, `${funcStr(rt, stack[stack.length - 3])} argument after ** must be a mapping, not ${typeName(st, v)}`);
              }
              for (const [k, e] of v.m) {
                if (d.m.has(k)) typeError(st, `${funcStr(rt, stack[stack.length - 3])} got multiple values for keyword argument '${str(rt, e[0])}'`);
                d.m.set(k, e);
              }
              break;
            }
            if (!v || v.t !== T.DICT) typeError(st, `'${typeName(st, v)}' object is not a mapping`);
            for (const [k, e] of v.m) d.m.set(k, e);
            break;
          }
          case Op.LIST_TO_TUPLE: stack[stack.length - 1] = tuple(stack[stack.length - 1].a); break;
          case Op.UNPACK_SEQUENCE: {
            const v = stack.pop();
            let items: PyValue[];
            if (v !== null && typeof v === 'object' && (v.t === T.TUPLE || v.t === T.LIST)) items = v.t === T.LIST ? liveView(v) : v.a;
            else {
              if (!maybeIterable(rt, v)) typeError(st, st.version === 2 ? `'${typeName(st, v)}' object is not iterable` : `cannot unpack non-iterable ${typeName(st, v)} object`);
              items = toArray(rt, v);
            }
            if (items.length !== arg) {
              if (items.length > arg) throwExc(st, 'ValueError', st.version === 2 ? 'too many values to unpack' : `too many values to unpack (expected ${arg})`);
              throwExc(st, 'ValueError', st.version === 2 ? `need more than ${items.length} value${items.length === 1 ? '' : 's'} to unpack` : `not enough values to unpack (expected ${arg}, got ${items.length})`);
            }
            for (let i = arg - 1; i >= 0; i--) stack.push(items[i]);
            break;
          }
          case Op.UNPACK_EX: {
            const before = arg & 0xff, after = arg >> 8;
            const v = stack.pop();
            if (!maybeIterable(rt, v)) typeError(st, `cannot unpack non-iterable ${typeName(st, v)} object`);
            const items = toArray(rt, v);
            if (items.length < before + after) throwExc(st, 'ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
            const out = [...items.slice(0, before), list(items.slice(before, items.length - after)), ...items.slice(items.length - after)];
            for (let i = out.length - 1; i >= 0; i--) stack.push(out[i]);
            break;
          }
          case Op.BINARY_SUBSCR: { const k = stack.pop(); stack[stack.length - 1] = getItem(rt, stack[stack.length - 1], k); break; }
          case Op.STORE_SUBSCR: { const k = stack.pop(); const o = stack.pop(); const v = stack.pop(); setItem(rt, o, k, v); break; }
          case Op.DELETE_SUBSCR: { const k = stack.pop(); const o = stack.pop(); delItem(rt, o, k); break; }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack.pop() : null;
            const stop = stack.pop();
            const start = stack.pop();
            stack.push(sliceOf(start, stop, step));
            break;
          }
          case Op.MAKE_FUNCTION: {
            const closure = stack.pop();
            const kwd = stack.pop();
            const defs = stack.pop();
            const c = codes[arg];
            let kwdefaults: Map<string, PyValue> | null = null;
            if (kwd) { kwdefaults = new Map(); for (const [k, v] of kwd.m.values()) kwdefaults.set(k, v); }
            const fn: PyFunc = { t: T.FUNC, code: arg, name: c.name, qualname: c.qualname, defaults: defs.a, kwdefaults, closure: closure.a, defClass: null, dict: null, id: st.nextId++, globals: f.globals };
            stack.push(fn);
            break;
          }
          case Op.BUILD_CLASS: {
            const name = stack.pop();
            const bases = stack.pop();
            const closure = stack.pop();
            for (const b of bases.a) if (!b || b.t !== T.CLASS) typeError(st, st.version === 2 ? 'Error when calling the metaclass bases' : 'bases must be types');
            const c = codes[arg];
            const cells: Cell[] = c.cellvars.map(() => ({ v: undefined }));
            for (const x of closure.a) cells.push(x);
            if (frames.length >= MAX_DEPTH) throwExc(st, 'RecursionError', 'maximum recursion depth exceeded');
            f.pc = pc;
            const nf = newFrame(st, arg, c, [], cells, null, f.globals);
            nf.ns = new Map();
            nf.classInfo = { name, qualname: c.qualname, bases: bases.a };
            frames.push(nf);
            f = nf; code = c; ops = c.ops; stack = nf.stack; pc = 0;
            break;
          }
          case Op.RAISE: {
            let exc: PyValue;
            if (arg === 0) {
              exc = currentHandled(st);
              if (exc === null) {
                if (st.version === 2) typeError(st, 'exceptions must be old-style classes or derived from BaseException, not NoneType');
                throwExc(st, 'RuntimeError', 'No active exception to reraise');
              }
              f.pc = pc;
              throw new PyThrow(exc);
            }
            let cause: PyValue = undefined;
            if (arg === 2) cause = stack.pop();
            let value: PyValue = undefined;
            if (arg === 3) value = stack.pop();
            exc = stack.pop();
            exc = instantiateExc(rt, exc, value);
            if (exc === PUSHED) throw new PyThrow(newExc(st, 'SystemError', ['exception class with __init__ in a Python 2 raise statement']));
            if (cause !== undefined) {
              if (cause !== null) cause = instantiateExc(rt, cause, undefined);
              exc.cause = cause;
              exc.suppressContext = true;
            }
            f.pc = pc;
            throw new PyThrow(exc);
          }
          case Op.SETUP_EXCEPT: case Op.SETUP_FINALLY:
            f.blocks.push(op === Op.SETUP_EXCEPT ? Blk.EXCEPT : Blk.FINALLY, arg, stack.length, f.excInfo.length);
            break;
          case Op.POP_BLOCK: f.blocks.length -= 4; break;
          case Op.POP_EXCEPT: f.excInfo.pop(); break;
          case Op.RERAISE: {
            const exc = stack.pop();
            f.excInfo.pop();
            f.pc = pc;
            throw new PyThrow(exc);
          }
          case Op.EXC_MATCH: {
            const ty = stack.pop();
            const exc = stack.pop();
            stack.push(excMatches(rt, exc, ty));
            break;
          }
          case Op.WITH_EXC_ARGS: {
            const exc = stack[stack.length - 3];
            stack.push(exc.cls, exc, null);
            break;
          }
          case Op.PRINT_ITEM: {
            const v = stack.pop();
            const dest = stack.pop();
            f.pc = pc;
            py2PrintItem(rt, dest, v);
            break;
          }
          case Op.PRINT_NEWLINE: {
            const dest = stack.pop();
            f.pc = pc;
            py2Write(rt, dest, '\n');
            st.softspace = false;
            break;
          }
          case Op.IMPORT_NAME: {
            stack.pop();
            const m = importModule(rt, code.names[arg]);
            stack.push(m);
            break;
          }
          case Op.IMPORT_FROM: {
            const m = stack[stack.length - 1];
            const nm = code.names[arg];
            const v = m.dict.get(nm);
            if (v === undefined) throwExc(st, 'ImportError', st.version === 2 ? `cannot import name ${nm}` : `cannot import name '${nm}' from '${m.name}' (${moduleFile(3, m.name) ?? 'unknown location'})`);
            stack.push(v);
            break;
          }
          case Op.IMPORT_STAR: {
            const m = stack.pop();
            for (const [k, v] of m.dict) if (!k.startsWith('_')) f.globals.set(k, v);
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & 4 ? stack.pop() : null;
            let v = stack.pop();
            const conv = arg & 3;
            if (conv === 1) v = str(rt, v);
            else if (conv === 2) v = repr(rt, v);
            else if (conv === 3) v = asciiEscape(repr(rt, v));
            stack.push(spec !== null && spec !== '' ? formatSpec(rt, v, spec) : str(rt, v));
            break;
          }
          case Op.BUILD_STRING: {
            const parts = stack.splice(stack.length - arg, arg);
            if (parts.some((p) => typeof p !== 'string')) {
              // Python 2 implicit concatenation of str and unicode
              stack.push(parts.map((p) => (typeof p === 'string' ? p : p.s)).join(''));
            } else {
              const s = parts.join('');
              checkLen(st, s.length);
              stack.push(s);
            }
            break;
          }
          case Op.YIELD_VALUE: {
            const v = stack.pop();
            f.pc = pc;
            const done = frames.pop()!;
            done.gen.i = GEN_SUSPENDED;
            // a generator paused inside try/with: dropping it must close it (droppedValue)
            if (done.blocks.length) st.genCleanup = true;
            if (done.sync) { syncResult.v = v; return R_RETURNED; }
            f = frames[frames.length - 1]; code = codes[f.code]; ops = code.ops; stack = f.stack; pc = f.pc;
            if (done.genMode === GM_ENUM) { const en = stack[stack.length - 1]; stack.push(tuple([en.i++, v])); } else stack.push(v);
            break;
          }
          case Op.ASSERT_FAIL: {
            const msg = stack.pop();
            throw new PyThrow(newExc(st, 'AssertionError', arg ? [msg] : []));
          }
          default:
            throw new Error(`bad opcode ${op} at ${pc - 2}`);
        }
      }
    } catch (e) {
      if (e === BUDGET_SIGNAL) {
        f.pc = pc;
        return R_BUDGET;
      }
      if (e instanceof RangeError && /call stack/i.test(String(e.message)) && base > 0) {
        throw new PyThrow(newExc(st, 'RecursionError', ['maximum recursion depth exceeded']));
      }
      const exc = toPyExc(rt, e);
      // context: the exception being handled when this one was raised
      const ctx = currentHandled(st);
      if (ctx && ctx !== exc && exc.context === undefined && !(e instanceof PyThrow && frames.length && (f.excInfo[f.excInfo.length - 1] === exc))) exc.context = ctx;
      if (frames.length === 0) { finishUncaught(rt, exc); return R_DONE; }
      f = frames[frames.length - 1];
      const cont = unwind(rt, exc, base, pc);
      if (!cont) { finishUncaught(rt, unwound ?? exc); return R_DONE; }
      f = frames[frames.length - 1];
      code = codes[f.code];
      ops = code.ops;
      stack = f.stack;
      pc = f.pc;
    }
  }
}

const BUDGET_SIGNAL = { budget: true };

function nameError(st: PyState, nm: string, code: Code, msg: string, ns: Map<string, PyValue> | null = null): never {
  const exc = newExc(st, 'NameError', [msg]);
  exc.dict.set('name', nm);
  if (st.version === 3) {
    const s = suggest(ns ? ns.keys() : code.varnames, nm) ?? suggest(st.globals.keys(), nm) ?? suggest(st.builtins.keys(), nm);
    if (s !== null) exc.dict.set('__suggestion__', s);
  }
  throw new PyThrow(exc);
}

function excMatches(rt: Rt, exc: PyInst, ty: PyValue): boolean {
  const st = rt.st;
  if (ty !== null && typeof ty === 'object') {
    if (ty.t === T.CLASS) {
      if (!isSubclass(ty, st.types.BaseException)) typeError(st, 'catching classes that do not inherit from BaseException is not allowed');
      return isSubclass(exc.cls, ty);
    }
    if (ty.t === T.TUPLE) {
      for (const x of ty.a) if (excMatches(rt, exc, x)) return true;
      return false;
    }
  }
  typeError(st, 'catching classes that do not inherit from BaseException is not allowed');
}

function instantiateExc(rt: Rt, v: PyValue, value: PyValue): PyValue {
  const st = rt.st;
  if (v !== null && typeof v === 'object') {
    if (v.t === T.CLASS && isSubclass(v, st.types.BaseException)) {
      let args: PyValue[] = [];
      if (value !== undefined && value !== null) args = value.t === T.TUPLE ? value.a : [value];
      const init = lookupClassAttr(v, '__init__');
      if (init !== undefined && init.t === T.FUNC) {
        return callSync(rt, v, args);
      }
      return makeExc(st, v, args, false);
    }
    if (v.t === T.INST && isSubclass(v.cls, st.types.BaseException)) return v;
  }
  if (st.version === 2 && (typeof v === 'string' || (v && v.t === T.BYTES))) typeError(st, 'exceptions must be old-style classes or derived from BaseException, not str');
  typeError(st, 'exceptions must derive from BaseException');
}

// ---------------------------------------------------------------- Python 2 print statement
function py2Write(rt: Rt, dest: PyValue, text: string, raw = false): void {
  if (dest === null) { writeOut(rt, 'stdout', raw ? decodeForOutput(text) : text); return; }
  if (dest && dest.t === T.INST && dest.dict.has('__stream__')) {
    writeOut(rt, dest.dict.get('__stream__'), raw ? decodeForOutput(text) : text);
    return;
  }
  const w = getAttr(rt, dest, 'write');
  callSync(rt, w, [bytes(text)]);
}

function py2PrintItem(rt: Rt, dest: PyValue, v: PyValue): void {
  const st = rt.st;
  let s = str(rt, v);
  if (typeof v === 'string') s = v;
  if (st.softspace) py2Write(rt, dest, ' ');
  py2Write(rt, dest, s, v !== null && typeof v === 'object' && v.t === T.BYTES);
  st.softspace = !(s.length > 0 && (s.endsWith('\n') || s.endsWith('\t')) && (typeof v === 'string' || (v && v.t === T.BYTES)));
}

export { float, fmtFloat, toNum };
