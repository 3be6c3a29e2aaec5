/**
 * Python value semantics: type names, repr/str, equality, hashing, arithmetic, comparison,
 * truthiness, iteration and exception objects.
 */
import type { Kernel } from './sys';
import { Bin, Cmp, BIN_SYMBOL, CMP_SYMBOL } from './ops';
import { T, type Program, type PyClass, type PyInst, type PyIter, type PyModule, type PyState, type PyValue, type PyTuple, type PyDict, type PyList, type PySet } from './types';
import { callSync, genNextSync, lookupClassAttr } from './vm';
import { sockRepr, isSockFile, sockFileRepr } from './modules';

/** The interpreter context for one runStep (transient, never stored). */
export interface Rt { st: PyState; prog: Program; k: Kernel; budget: number }

/** A Python exception travelling through JS code. Transient (never stored in the state). */
export class PyThrow {
  constructor(readonly exc: PyInst) {}
}

export const MAX_SEQ = 10_000_000;

// ---------------------------------------------------------------- construction helpers
export function tuple(a: PyValue[]): PyTuple { return { t: T.TUPLE, a }; }
export function list(a: PyValue[]): PyList { return { t: T.LIST, a }; }
export function bytes(s: string): { t: 2; s: string } { return { t: T.BYTES, s }; }
export function float(v: number): { t: 1; v: number } { return { t: T.FLOAT, v }; }
export function dict(): PyDict { return { t: T.DICT, m: new Map() }; }

/** A Counter's entries by count, largest first (stable for equal counts), as most_common() orders them. */
export function counterOrder(rt: Rt, d: PyDict): [PyValue, PyValue][] {
  const e = [...d.m.values()];
  return e.map((x, i) => [x, i] as const).sort((a, b) => {
    const c = compare(rt, Cmp.LT, b[0][1], a[0][1]) ? -1 : compare(rt, Cmp.LT, a[0][1], b[0][1]) ? 1 : 0;
    return c !== 0 ? c : a[1] - b[1];
  }).map((x) => x[0]);
}

export function newExc(st: PyState, clsName: string, args: PyValue[]): PyInst {
  const cls = st.types[clsName];
  return makeExc(st, cls, args);
}

const ERRNO_SUBCLASS: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError',
  10: 'ChildProcessError', 32: 'BrokenPipeError', 108: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError', 104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError',
  21: 'IsADirectoryError', 20: 'NotADirectoryError', 4: 'InterruptedError', 13: 'PermissionError', 1: 'PermissionError',
  3: 'ProcessLookupError', 110: 'TimeoutError',
};

export function makeExc(st: PyState, cls: PyClass, args: PyValue[], internal = true): PyInst {
  // Python 2: messages made by the interpreter are str (bytes), not unicode
  if (internal && st.version === 2) args = args.map((a) => (typeof a === 'string' ? { t: T.BYTES, s: a } : a));
  // OSError(errno, strerror) picks the subclass from errno, as CPython does (Python 3)
  if (st.version === 3 && cls === st.types.OSError && args.length >= 2 && typeof args[0] === 'number') {
    const sub = ERRNO_SUBCLASS[args[0]];
    if (sub) cls = st.types[sub];
  }
  const e: PyInst = { t: T.INST, cls, dict: new Map(), args: tuple(args) };
  if (cls === st.types.StopIteration && st.version === 3) e.dict.set('value', args.length ? args[0] : null);
  if (isSubclass(cls, st.types.OSError) || (st.types.EnvironmentError && isSubclass(cls, st.types.EnvironmentError))) {
    if (args.length >= 2 && args.length <= 5) {
      e.dict.set('errno', args[0]);
      e.dict.set('strerror', args[1]);
      e.dict.set('filename', args.length >= 3 ? args[2] : null);
      if (args.length > 2) e.args = tuple(args.slice(0, 2));
    } else {
      e.dict.set('errno', null);
      e.dict.set('strerror', null);
      e.dict.set('filename', null);
    }
  }
  return e;
}

export function throwExc(st: PyState, clsName: string, ...args: PyValue[]): never {
  throw new PyThrow(newExc(st, clsName, args));
}

export function typeError(st: PyState, msg: string): never { throwExc(st, 'TypeError', msg); }
export function valueError(st: PyState, msg: string): never { throwExc(st, 'ValueError', msg); }

export function osError(st: PyState, errno: number, strerror: string): never {
  if (st.version === 2) throw new PyThrow(makeExc(st, st.types['socket.error'], [errno, strerror]));
  const sub = ERRNO_SUBCLASS[errno];
  throw new PyThrow(makeExc(st, st.types[sub ?? 'OSError'], [errno, strerror]));
}

export function isSubclass(c: PyClass, base: PyClass | undefined): boolean {
  if (!base) return false;
  if (c === base) return true;
  const mro = c.mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === base) return true;
  return false;
}

// ---------------------------------------------------------------- types
export function typeOf(st: PyState, v: PyValue): PyClass {
  const ty = st.types;
  switch (typeof v) {
    case 'number': return ty.int;
    // Python 2: an int beyond the 64-bit range is a long
    case 'bigint': return st.version === 2 && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) ? ty.long : ty.int;
    case 'string': return ty.str;
    case 'boolean': return ty.bool;
    case 'object':
      if (v === null) return ty.NoneType;
      switch (v.t) {
        case T.FLOAT: return ty.float;
        case T.BYTES: return ty.bytes;
        case T.LIST: return v.view ? iterClass(st, v.view) : ty.list;
        case T.TUPLE: return ty.tuple;
        case T.DICT: return v.kind === undefined ? ty.dict : ty[v.kind];
        case T.SET: return ty.set;
        case T.FROZENSET: return ty.frozenset;
        case T.FUNC: return ty.function;
        case T.BUILTIN: return ty.builtin_function_or_method;
        case T.BMETHOD: return v.self !== null && typeof v.self === 'object' && v.self.t === T.SOCK && sockPyMethod(st, v.name) ? ty.method : ty.builtin_function_or_method;
        case T.BOUND: return ty.method;
        case T.CLASS: return ty.type;
        case T.INST: return v.cls;
        case T.MODULE: return ty.module;
        case T.SOCK: return ty['socket.socket'];
        case T.RANGE: return ty.range;
        case T.ITER: { if (v.kind === IT_GEN) return ty.generator; const n = iterTypeName(st, v); return n === null ? ty.iterator : iterClass(st, n); }
        case T.SLICE: return ty.slice;
        case T.ELLIPSIS: return ty.ellipsis;
        case T.POLL: return ty['select.poll'];
        case T.BYTEARRAY: return ty.bytearray;
        case T.INTENUM: return ty[v.cls] ?? ty.int;
      }
  }
  return ty.object;
}

/** Socket methods written in Python in CPython's socket.py (a bound method, not a builtin one). */
const SOCK_PY_METHODS3 = new Set(['accept', 'makefile', 'close', 'dup', 'detach', 'sendfile', 'get_inheritable', 'set_inheritable', '__enter__', '__exit__', '__repr__', '__getstate__']);
/** Python 2's _socketobject: everything but the methods delegated to the C socket. */
const SOCK_BUILTIN_METHODS2 = new Set(['recv', 'recvfrom', 'recv_into', 'recvfrom_into', 'send', 'sendto']);
export function sockPyMethod(st: PyState, name: string): boolean {
  return st.version === 2 ? !SOCK_BUILTIN_METHODS2.has(name) : SOCK_PY_METHODS3.has(name);
}

export function typeName(st: PyState, v: PyValue): string {
  return typeOf(st, v).name;
}

export function isInt(v: PyValue): boolean { return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v !== null && typeof v === 'object' && v.t === T.INTENUM); }
/** The plain int of an IntEnum constant (other values unchanged). */
export function unE(v: PyValue): PyValue { return v !== null && typeof v === 'object' && v.t === T.INTENUM ? v.v : v; }
export function isStrLike(st: PyState, v: PyValue): boolean { return typeof v === 'string' || (st.version === 2 && v !== null && typeof v === 'object' && v.t === T.BYTES); }

/**
 * Views of a program (its variables, what select returned) are drawn with the program's own reprs,
 * but drawing is not an event of the program: while `viewing` runs, an object that has no id yet
 * is given a provisional one (the one it would be handed next) and keeps none, so what the program
 * later prints, and the state a snapshot records, are the same whether or not anyone looked.
 */
let provisional: { ids: WeakMap<object, number>; next: number } | null = null;

export function viewing<R>(st: PyState, draw: () => R): R {
  const outer = provisional;
  provisional = { ids: new WeakMap(), next: st.nextId };
  try {
    return draw();
  } finally {
    provisional = outer;
  }
}

/** An object's id (its "address"): handed out the first time the program needs it. */
export function objectId(st: PyState, v: { id?: number }): number {
  if (v.id !== undefined) return v.id;
  if (provisional) {
    let n = provisional.ids.get(v);
    if (n === undefined) provisional.ids.set(v, (n = provisional.next++));
    return n;
  }
  return (v.id = st.nextId++);
}

/**
 * Builders for a module made in TypeScript: `mk` registers it in `st.modules` under `name` with the
 * given entries, and `fn` names one of its builtin functions (dispatched as `name.function`).
 */
export function moduleMaker(st: PyState, name: string): { mk(entries: [string, PyValue][]): PyModule; fn(n: string): [string, PyValue] } {
  return {
    mk(entries) {
      const m: PyModule = { t: T.MODULE, name, dict: new Map(entries) };
      m.dict.set('__name__', name);
      st.modules.set(name, m);
      return m;
    },
    fn: (n) => [n, { t: T.BUILTIN, name: `${name}.${n}` }],
  };
}

export function fakeAddr(st: PyState, v: { id?: number }): string {
  return '0x7f' + (0x3a2c1b4000 + objectId(st, v) * 0x50).toString(16);
}

// ---------------------------------------------------------------- repr / str
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const e = v.toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const exp = parseInt(m[4], 10);
  if (exp >= -5 && exp < 16) {
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits + '0'.repeat(exp + 1 - digits.length);
      const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
      return `${sign}${intPart}.${frac}`;
    }
    if (exp >= -4) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const ee = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
  return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ee}`;
}

export function strRepr(s: string, py2unicode = false): string {
  const useDouble = s.includes("'") && !s.includes('"');
  const q = useDouble ? '"' : "'";
  let out = py2unicode ? 'u' + q : q;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === q || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || (py2unicode && code >= 0x80)) {
      if (code < 0x100) out += '\\x' + code.toString(16).padStart(2, '0');
      else out += '\\u' + code.toString(16).padStart(4, '0');
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) { out += py2unicode || NON_PRINTABLE.test(String.fromCodePoint(cp)) ? '\\U' + cp.toString(16).padStart(8, '0') : String.fromCodePoint(cp); i++; }
      else out += '\\ud' + code.toString(16).slice(1);
    } else if (code >= 0xa0 && NON_PRINTABLE.test(c)) {
      // str.isprintable() is false (format, private-use, unassigned, separators but space): escaped
      out += code < 0x100 ? '\\x' + code.toString(16).padStart(2, '0') : '\\u' + code.toString(16).padStart(4, '0');
    } else out += c;
  }
  return out + q;
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function bytesRepr(s: string, prefix: string): string {
  const useDouble = s.includes("'") && !s.includes('"');
  const q = useDouble ? '"' : "'";
  let out = prefix + q;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === q || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || code >= 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += c;
  }
  return out + q;
}

const reprStack: unknown[] = [];

export function repr(rt: Rt, v: PyValue): string {
  const st = rt.st;
  switch (typeof v) {
    case 'number': return String(v);
    // Python 2: a long (beyond a 64-bit int, as typeOf says) prints with an L
    case 'bigint': return st.version === 2 && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) ? v.toString() + 'L' : v.toString();
    case 'string': return strRepr(v, st.version === 2);
    case 'boolean': return v ? 'True' : 'False';
    case 'undefined': return '<NULL>';
    case 'object': break;
    default: return String(v);
  }
  if (v === null) return 'None';
  switch (v.t) {
    case T.FLOAT: return floatRepr(v.v);
    case T.BYTES: return bytesRepr(v.s, st.version === 2 ? '' : 'b');
    case T.BYTEARRAY: return `bytearray(${bytesRepr(v.s, 'b')})`;
    case T.LIST: case T.TUPLE: case T.SET: case T.FROZENSET: case T.DICT: {
      if (reprStack.includes(v)) return v.t === T.LIST ? '[...]' : v.t === T.DICT ? '{...}' : '(...)';
      reprStack.push(v);
      try {
        if (v.t === T.LIST) return (v.view ? v.view + '([' : '[') + liveView(v).map((x: PyValue) => repr(rt, x)).join(', ') + (v.view ? '])' : ']');
        if (v.t === T.TUPLE && v.fields) return `${v.sname}(${v.a.map((x: PyValue, i: number) => `${v.fields[i]}=${repr(rt, x)}`).join(', ')})`;
        if (v.t === T.TUPLE) return v.a.length === 1 ? '(' + repr(rt, v.a[0]) + ',)' : '(' + v.a.map((x: PyValue) => repr(rt, x)).join(', ') + ')';
        if (v.t === T.DICT) {
          const parts: string[] = [];
          if (v.kind === 'OrderedDict') {
            for (const [k, val] of v.m.values()) parts.push('(' + repr(rt, k) + ', ' + repr(rt, val) + ')');
            return parts.length ? `OrderedDict([${parts.join(', ')}])` : 'OrderedDict()';
          }
          const entries = v.kind === 'Counter' ? counterOrder(rt, v) : dictEntries(st, v);
          for (const [k, val] of entries) parts.push(repr(rt, k) + ': ' + repr(rt, val));
          const body = '{' + parts.join(', ') + '}';
          if (v.kind === 'defaultdict') return `defaultdict(${repr(rt, v.df ?? null)}, ${body})`;
          if (v.kind === 'Counter') return parts.length ? `Counter(${body})` : 'Counter()';
          return body;
        }
        const items = setItems(st, v).map((x) => repr(rt, x));
        const name = v.t === T.SET ? 'set' : 'frozenset';
        if (items.length === 0) return name + '()';
        if (st.version === 2) return `${name}([${items.join(', ')}])`;
        return v.t === T.SET ? '{' + items.join(', ') + '}' : `frozenset({${items.join(', ')}})`;
      } finally {
        reprStack.pop();
      }
    }
    case T.FUNC: return `<function ${st.version === 2 ? v.name : v.qualname} at ${fakeAddr(st, v)}>`;
    case T.BUILTIN: return `<built-in function ${v.name.replace(/^.*\./, '')}>`;
    case T.BMETHOD:
      if (v.self !== null && typeof v.self === 'object' && v.self.t === T.SOCK && sockPyMethod(st, v.name)) {
        return st.version === 2 ? `<bound method _socketobject.${v.name} of <socket._socketobject object at ${fakeAddr(st, v.self)}>>` : `<bound method socket.${v.name} of ${repr(rt, v.self)}>`;
      }
      return `<built-in method ${v.name} of ${typeName(st, v.self)} object at ${fakeAddr(st, v.self)}>`;
    case T.BOUND: return `<bound method ${st.version === 2 ? typeName(st, v.self) + '.' + v.f.name : v.f.qualname} of ${repr(rt, v.self)}>`;
    case T.CLASS: {
      const mod = v.module === 'builtins' ? '' : v.module + '.';
      if (v.builtin === 'intenum') return v.name === 'MsgFlag' || v.name === 'AddressInfo' ? `<flag '${v.name}'>` : `<enum '${v.name}'>`;
      if (st.version === 2 && v.builtin && v.module === 'builtins') return `<type '${v.name}'>`;
      if (st.version === 2 && v.builtin === 'exc' && v.module === 'exceptions') return `<type 'exceptions.${v.name}'>`;
      if (v.oldStyle) return mod + v.qualname;
      return `<class '${mod}${v.qualname}'>`;
    }
    case T.INST: return instRepr(rt, v);
    case T.MODULE: return moduleRepr(v.name, st.version);
    case T.SOCK: return sockRepr(rt, v);
    case T.RANGE:
      if (st.version === 2) {
        const stop = v.start + rangeLen(v) * v.step;
        return v.start === 0 && v.step === 1 ? `xrange(${stop})` : v.step === 1 ? `xrange(${v.start}, ${stop})` : `xrange(${v.start}, ${stop}, ${v.step})`;
      }
      return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
    case T.ITER: if (v.kind === IT_GEN) return `<generator object ${v.name} at ${fakeAddr(st, v)}>`;
      return `<${iterTypeName(st, v) ?? 'iterator'} object at ${fakeAddr(st, v)}>`;
    case T.SLICE: return `slice(${repr(rt, v.start)}, ${repr(rt, v.stop)}, ${repr(rt, v.step)})`;
    case T.ELLIPSIS: return 'Ellipsis';
    case T.INTENUM: return `<${v.cls}.${v.name}: ${v.v}>`;
    case T.POLL: return `<select.poll object at ${fakeAddr(st, v)}>`;
  }
  return '<object>';
}

/**
 * Where the interpreters this simulator was checked against (CPython 2.7.18 and 3.11.7, pyenv, see
 * conformance/README.md) load each module from: `module.__file__`, or null for a module built into
 * the interpreter. Python 3's `os` is frozen (its repr says so) but still has a `__file__`.
 */
const PY2_LIB = '/root/.pyenv/versions/2.7.18/lib/python2.7';
const PY3_LIB = '/root/.pyenv/versions/3.11.7/lib/python3.11';
const MODULE_FILES: Record<2 | 3, Record<string, string>> = {
  2: {
    socket: `${PY2_LIB}/socket.pyc`,
    select: `${PY2_LIB}/lib-dynload/select.so`,
    time: `${PY2_LIB}/lib-dynload/time.so`,
    struct: `${PY2_LIB}/struct.pyc`,
    os: `${PY2_LIB}/os.pyc`,
    random: `${PY2_LIB}/random.pyc`,
    traceback: `${PY2_LIB}/traceback.pyc`,
  },
  3: {
    socket: `${PY3_LIB}/socket.py`,
    select: `${PY3_LIB}/lib-dynload/select.cpython-311-x86_64-linux-gnu.so`,
    struct: `${PY3_LIB}/struct.py`,
    os: `${PY3_LIB}/os.py`,
    random: `${PY3_LIB}/random.py`,
    traceback: `${PY3_LIB}/traceback.py`,
  },
};

/** A module's `__file__` in that Python version, or null when it is built in (sys, errno …). */
export function moduleFile(version: 2 | 3, name: string): string | null {
  return MODULE_FILES[version][name] ?? null;
}

/** `repr(module)` as that Python version prints it. */
export function moduleRepr(name: string, version: 2 | 3 = 3): string {
  if (version === 3 && name === 'os') return "<module 'os' (frozen)>";
  const file = moduleFile(version, name);
  return file === null ? `<module '${name}' (built-in)>` : `<module '${name}' from '${file}'>`;
}

function instRepr(rt: Rt, v: PyInst): string {
  const st = rt.st;
  if (isSockFile(v)) return sockFileRepr(rt, v);
  if (st.version === 3 && v.dict.has('__stream__')) return `<_io.TextIOWrapper name=${repr(rt, v.dict.get('name'))} mode=${repr(rt, v.dict.get('mode'))} encoding='utf-8'>`;
  const r = lookupClassAttr(v.cls, '__repr__');
  if (r !== undefined && r.t === T.FUNC) {
    const s = callSync(rt, r, [v]);
    if (typeof s !== 'string' && !(st.version === 2 && s && s.t === T.BYTES)) typeError(st, `__repr__ returned non-string (type ${typeName(st, s)})`);
    return typeof s === 'string' ? s : s.s;
  }
  if (isSubclass(v.cls, st.types.BaseException)) {
    const args = v.args?.a ?? [];
    const name = v.cls.name;
    if (st.version === 2) return `${name}(${args.map((a) => repr(rt, a)).join(', ')}${args.length === 1 ? ',' : ''})`;
    return `${name}(${args.map((a) => repr(rt, a)).join(', ')})`;
  }
  const mod = v.cls.module === 'builtins' ? '' : v.cls.module + '.';
  if (st.version === 2 && !v.cls.mro.includes(st.types.object)) return `<${mod}${v.cls.qualname} instance at ${fakeAddr(st, v)}>`;
  return `<${mod}${v.cls.qualname} ${v.cls.oldStyle ? 'instance' : 'object'} at ${fakeAddr(st, v)}>`;
}

export function str(rt: Rt, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') return v.toString();
  if (rt.st.version === 2 && v !== null && typeof v === 'object' && v.t === T.FLOAT) {
    // Python 2: str(float) is '%.12g' (plus '.0')
    const x = v.v;
    if (!Number.isFinite(x)) return floatRepr(x);
    const s = (x < 0 || Object.is(x, -0) ? '-' : '') + fmtFloat(Math.abs(x), 'g', 12, false);
    return /[.en]/.test(s) ? s : s + '.0';
  }
  if (v !== null && typeof v === 'object') {
    if (v.t === T.BYTES && rt.st.version === 2) return v.s;
    if (v.t === T.INST) return instStr(rt, v);
    if (v.t === T.INTENUM) return String(v.v);
  }
  return repr(rt, v);
}

/** UnicodeDecodeError with CPython's five arguments (encoding, object, start, end, reason) and attributes. */
export function unicodeDecodeError(st: PyState, encoding: string, data: string, start: number, end: number, reason: string): PyInst {
  const e = makeExc(st, st.types.UnicodeDecodeError, [encoding, bytes(data), start, end, reason], false);
  e.dict.set('encoding', encoding); e.dict.set('object', bytes(data)); e.dict.set('start', start); e.dict.set('end', end); e.dict.set('reason', reason);
  return e;
}

export function excStr(rt: Rt, v: PyInst): string {
  const st = rt.st;
  const args = v.args?.a ?? [];
  if (v.dict.has('errno') && v.dict.get('errno') !== null && v.dict.get('strerror') !== null && args.length >= 2) {
    const fn = v.dict.get('filename');
    if (fn !== null && fn !== undefined) return `[Errno ${str(rt, v.dict.get('errno'))}] ${str(rt, v.dict.get('strerror'))}: ${repr(rt, fn)}`;
    return `[Errno ${str(rt, v.dict.get('errno'))}] ${str(rt, v.dict.get('strerror'))}`;
  }
  if (v.cls === st.types.KeyError || isSubclass(v.cls, st.types.KeyError)) {
    if (args.length === 1) return repr(rt, args[0]);
  }
  // UnicodeDecodeError(encoding, object, start, end, reason)
  if (args.length === 5 && isSubclass(v.cls, st.types.UnicodeDecodeError) && args[1] !== null && typeof args[1] === 'object' && typeof args[2] === 'number' && typeof args[3] === 'number') {
    const [enc, obj, start, end, reason] = args;
    const b = obj.s as string;
    if (end === start + 1 && start < b.length) return `'${str(rt, enc)}' codec can't decode byte 0x${b.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}: ${str(rt, reason)}`;
    return `'${str(rt, enc)}' codec can't decode bytes in position ${start}-${end - 1}: ${str(rt, reason)}`;
  }
  if (args.length === 0) return '';
  if (args.length === 1) return str(rt, args[0]);
  return repr(rt, tuple(args));
}

function instStr(rt: Rt, v: PyInst): string {
  const st = rt.st;
  const s = lookupClassAttr(v.cls, '__str__');
  if (s !== undefined && s.t === T.FUNC) {
    const r = callSync(rt, s, [v]);
    if (typeof r !== 'string' && !(st.version === 2 && r && r.t === T.BYTES)) typeError(st, `__str__ returned non-string (type ${typeName(st, r)})`);
    return typeof r === 'string' ? r : r.s;
  }
  if (isSubclass(v.cls, st.types.BaseException)) return excStr(rt, v);
  return instRepr(rt, v);
}

// ---------------------------------------------------------------- truthiness
export function truthy(rt: Rt, v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
    case 'bigint': return v !== 0n;
  }
  if (v === null) return false;
  switch (v.t) {
    case T.FLOAT: return v.v !== 0;
    case T.BYTES: case T.BYTEARRAY: return v.s.length > 0;
    case T.LIST: return liveView(v).length > 0;
    case T.TUPLE: return v.a.length > 0;
    case T.DICT: case T.SET: case T.FROZENSET: return v.m.size > 0;
    case T.RANGE: return rangeLen(v) > 0;
    case T.INTENUM: return v.v !== 0;
    case T.INST: {
      const b = lookupClassAttr(v.cls, rt.st.version === 2 ? '__nonzero__' : '__bool__') ?? lookupClassAttr(v.cls, '__bool__');
      if (b !== undefined && b.t === T.FUNC) return truthy(rt, callSync(rt, b, [v]));
      const l = lookupClassAttr(v.cls, '__len__');
      if (l !== undefined && l.t === T.FUNC) return truthy(rt, callSync(rt, l, [v]));
      return true;
    }
  }
  return true;
}

/**
 * CPython's iteration order of a set of small ints: replay the insertions into CPython's hash table
 * (hash(n) == n, linear probing then perturbation, resize at 3/5 fill to used*4). Other sets keep
 * insertion order (CPython's str hashes are randomized per run anyway).
 */
const HASH_P = (1n << 61n) - 1n;
const U64 = (1n << 64n) - 1n;
const XX1 = 11400714785074694791n, XX2 = 14029467366897019727n, XX5 = 2870177450012600261n;

/** CPython 3's hash of an int (mod 2**61 - 1, keeping the sign; -1 is -2). */
function intHash(n: bigint): bigint {
  const h = n < 0n ? -(-n % HASH_P) : n % HASH_P;
  return h === -1n ? -2n : h;
}

/**
 * CPython 3's hash() where it does not depend on the run: ints, bools, floats and tuples of them
 * (xxHash-based tuplehash of 3.8+); null for everything else (str hashes are randomized per run,
 * None and objects hash by address).
 */
export function cpyHash(v: PyValue): bigint | null {
  if (typeof v === 'number') {
    if (v >= -2 && v < 2 ** 53) return v === -1 ? -2n : BigInt(v);
    return intHash(BigInt(v));
  }
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return intHash(v);
  if (v === null || typeof v !== 'object') return null;
  if (v.t === T.INTENUM) return cpyHash(v.v);
  if (v.t === T.FLOAT) {
    const x: number = v.v;
    if (Number.isNaN(x)) return null;
    if (x === Infinity) return 314159n;
    if (x === -Infinity) return -314159n;
    if (Number.isInteger(x)) return intHash(BigInt(x));
    // |x| = m * 2**e exactly; 2**61 = 1 (mod P), so 2**e = 2**(e mod 61)
    let m = Math.abs(x);
    let e = 0;
    while (!Number.isInteger(m)) { m *= 2; e--; }
    const k = ((e % 61) + 61) % 61;
    let h = (BigInt(m) * (1n << BigInt(k))) % HASH_P;
    if (x < 0) h = -h;
    return h === -1n ? -2n : h;
  }
  if (v.t === T.TUPLE) {
    let acc = XX5;
    for (const item of v.a) {
      const lane = cpyHash(item);
      if (lane === null) return null;
      acc = (acc + (lane & U64) * XX2) & U64;
      acc = ((acc << 31n) | (acc >> 33n)) & U64;
      acc = (acc * XX1) & U64;
    }
    acc = (acc + (BigInt(v.a.length) ^ (XX5 ^ 3527539n))) & U64;
    if (acc === U64) return 1546275796n;
    return acc >= 1n << 63n ? acc - (1n << 64n) : acc;
  }
  return null;
}

/** setOrder for values whose hashes are not small ints: the same table replay with 64-bit hashes. */
function setOrderHashed(values: PyValue[]): PyValue[] {
  const hashes: bigint[] = [];
  for (const v of values) {
    const h = cpyHash(v);
    if (h === null) return values;
    hashes.push(h & U64);
  }
  let table: (number | undefined)[] = new Array(8);
  let used = 0;
  const insert = (tab: (number | undefined)[], idx: number): void => {
    const mask = BigInt(tab.length - 1);
    let perturb = hashes[idx];
    let i = Number(perturb & mask);
    const m = tab.length - 1;
    for (;;) {
      if (tab[i] === undefined) { tab[i] = idx; return; }
      if (i + 9 <= m) {
        for (let j = 1; j <= 9; j++) if (tab[i + j] === undefined) { tab[i + j] = idx; return; }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
    }
  };
  for (let k = 0; k < values.length; k++) {
    insert(table, k);
    used++;
    if (used * 5 >= (table.length - 1) * 3) {
      let ns = 8;
      while (ns <= used * 4) ns *= 2;
      const nt: (number | undefined)[] = new Array(ns);
      for (const x of table) if (x !== undefined) insert(nt, x);
      table = nt;
    }
  }
  const out: PyValue[] = [];
  for (const x of table) if (x !== undefined) out.push(values[x]);
  return out;
}

export function setOrder(values: PyValue[]): PyValue[] {
  if (values.length < 2 || values.length > 50000) return values;
  for (const v of values) if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 0x3fffffff) return setOrderHashed(values);
  let size = 8;
  let table: (number | undefined)[] = new Array(size);
  let used = 0;
  const insert = (tab: (number | undefined)[], x: number): void => {
    const mask = tab.length - 1;
    let h = x === -1 ? -2 : x;
    let perturb = h < 0 ? h + 2 ** 53 : h;
    let i = h & mask;
    for (;;) {
      if (tab[i] === undefined) { tab[i] = x; return; }
      if (i + 9 <= mask) {
        for (let j = 1; j <= 9; j++) if (tab[i + j] === undefined) { tab[i + j] = x; return; }
      }
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) & mask;
      h = i;
    }
  };
  for (const v of values) {
    insert(table, v);
    used++;
    if (used * 5 >= (size - 1) * 3) {
      let ns = 8;
      while (ns <= used * 4) ns *= 2;
      const nt: (number | undefined)[] = new Array(ns);
      for (const x of table) if (x !== undefined) insert(nt, x);
      table = nt;
      size = ns;
    }
  }
  const out: number[] = [];
  for (const x of table) if (x !== undefined) out.push(x);
  return out;
}

export function rangeLen(r: { start: number; stop: number; step: number }): number {
  if (r.step > 0) return r.start < r.stop ? Math.floor((r.stop - r.start - 1) / r.step) + 1 : 0;
  return r.start > r.stop ? Math.floor((r.start - r.stop - 1) / -r.step) + 1 : 0;
}

// ---------------------------------------------------------------- numbers
export function toBig(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (v !== null && typeof v === 'object' && v.t === T.INTENUM) return BigInt(v.v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return BigInt(v);
}
export function normBig(b: bigint): number | bigint {
  if (b <= 9007199254740991n && b >= -9007199254740991n) return Number(b);
  return b;
}
export function toNum(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return v.v;
}
export const ENUM_CLASSES = ['AddressFamily', 'SocketKind', 'MsgFlag', 'AddressInfo'];
function isNumeric(v: PyValue): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || (v !== null && t === 'object' && (v.t === T.FLOAT || v.t === T.INTENUM));
}
function isFloat(v: PyValue): boolean { return v !== null && typeof v === 'object' && v.t === T.FLOAT; }

function intOp(st: PyState, op: number, a: number | bigint | boolean, b: number | bigint | boolean): PyValue {
  a = unE(a); b = unE(b);
  if (typeof a === 'boolean') a = a ? 1 : 0;
  if (typeof b === 'boolean') b = b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') {
    let r: number;
    switch (op) {
      case Bin.ADD: r = a + b; if (Number.isSafeInteger(r)) return r; break;
      case Bin.SUB: r = a - b; if (Number.isSafeInteger(r)) return r; break;
      case Bin.MUL: r = a * b; if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; break;
      case Bin.FLOORDIV: case Bin.DIV:
        if (b === 0) throwExc(st, 'ZeroDivisionError', st.version === 2 ? 'integer division or modulo by zero' : 'integer division or modulo by zero');
        return Math.floor(a / b) + 0;
      case Bin.MOD: {
        if (b === 0) throwExc(st, 'ZeroDivisionError', st.version === 2 ? 'integer division or modulo by zero' : 'integer modulo by zero');
        const m = a % b;
        return (m !== 0 && (m < 0) !== (b < 0) ? m + b : m) + 0;
      }
      case Bin.TRUEDIV:
        if (b === 0) throwExc(st, 'ZeroDivisionError', 'division by zero');
        return float(a / b);
      case Bin.POW:
        if (b < 0) {
          if (a === 0) throwExc(st, 'ZeroDivisionError', '0.0 cannot be raised to a negative power');
          return float(Math.pow(a, b));
        }
        r = Math.pow(a, b); if (Number.isSafeInteger(r)) return r; break;
      case Bin.AND: if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a & b; break;
      case Bin.OR: if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a | b; break;
      case Bin.XOR: if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a ^ b; break;
      case Bin.LSHIFT: if (b < 0) valueError(st, 'negative shift count'); break;
      case Bin.RSHIFT: if (b < 0) valueError(st, 'negative shift count'); if (a >= 0 && a <= 0x7fffffff) return b >= 31 ? 0 : a >> b; break;
    }
  }
  const x = toBig(a), y = toBig(b);
  switch (op) {
    case Bin.ADD: return normBig(x + y);
    case Bin.SUB: return normBig(x - y);
    case Bin.MUL: checkBigSize(st, x, y, 'mul'); return normBig(x * y);
    case Bin.FLOORDIV: case Bin.DIV: {
      if (y === 0n) throwExc(st, 'ZeroDivisionError', 'integer division or modulo by zero');
      let q = x / y;
      if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
      return normBig(q);
    }
    case Bin.MOD: {
      if (y === 0n) throwExc(st, 'ZeroDivisionError', 'integer modulo by zero');
      let m = x % y;
      if (m !== 0n && (m < 0n) !== (y < 0n)) m += y;
      return normBig(m);
    }
    case Bin.TRUEDIV: {
      if (y === 0n) throwExc(st, 'ZeroDivisionError', 'division by zero');
      const fx = Number(x), fy = Number(y);
      if (Number.isFinite(fx) && Number.isFinite(fy)) return float(fx / fy);
      // huge ints: CPython rounds the exact quotient; an integer quotient of at least 64 bits, with a
      // sticky bit for a remainder, rounds the same way
      const ax = x < 0n ? -x : x, ay = y < 0n ? -y : y;
      const sh = Math.max(0, 64 + ay.toString(2).length - ax.toString(2).length);
      let qi = (ax << BigInt(sh)) / ay;
      if ((ax << BigInt(sh)) % ay !== 0n) qi |= 1n;
      let q = Number(qi);
      for (let left = sh; left > 0; left -= Math.min(left, 1000)) q /= 2 ** Math.min(left, 1000);
      if (!Number.isFinite(q)) throwExc(st, 'OverflowError', 'integer division result too large for a float');
      return float((x < 0n) !== (y < 0n) ? -q : q);
    }
    case Bin.POW:
      if (y < 0n) return float(Math.pow(Number(x), Number(y)));
      if (y > 100000n && x !== 0n && x !== 1n && x !== -1n) throwExc(st, 'MemoryError');
      checkBigSize(st, x, y, 'pow');
      return normBig(x ** y);
    case Bin.AND: return normBig(x & y);
    case Bin.OR: return normBig(x | y);
    case Bin.XOR: return normBig(x ^ y);
    case Bin.LSHIFT: if (y < 0n) valueError(st, 'negative shift count'); if (y > 1000000n) throwExc(st, 'MemoryError'); return normBig(x << y);
    case Bin.RSHIFT: if (y < 0n) valueError(st, 'negative shift count'); return normBig(x >> y);
  }
  return undefined;
}

function checkBigSize(st: PyState, x: bigint, y: bigint, kind: string): void {
  const bits = (v: bigint) => (v < 0n ? -v : v).toString(16).length * 4;
  if (kind === 'mul' && bits(x) + bits(y) > 4_000_000) throwExc(st, 'MemoryError');
  if (kind === 'pow' && bits(x) * Number(y) > 4_000_000) throwExc(st, 'MemoryError');
}

function floatOp(st: PyState, op: number, a: number, b: number): PyValue {
  switch (op) {
    case Bin.ADD: return float(a + b);
    case Bin.SUB: return float(a - b);
    case Bin.MUL: return float(a * b);
    case Bin.TRUEDIV: case Bin.DIV:
      if (b === 0) throwExc(st, 'ZeroDivisionError', st.version === 2 ? 'float division by zero' : 'float division by zero');
      return float(a / b);
    case Bin.FLOORDIV:
      if (b === 0) throwExc(st, 'ZeroDivisionError', st.version === 2 ? 'float divmod()' : 'float floor division by zero');
      return float(Math.floor(a / b));
    case Bin.MOD: {
      if (b === 0) throwExc(st, 'ZeroDivisionError', st.version === 2 ? 'float modulo' : 'float modulo');
      const m = a % b;
      // a zero result takes the divisor's sign, as CPython's float_rem
      if (m === 0) return float(b < 0 ? -0 : 0);
      return float((m < 0) !== (b < 0) ? m + b : m);
    }
    case Bin.POW:
      if (a === 0 && b < 0) throwExc(st, 'ZeroDivisionError', '0.0 cannot be raised to a negative power');
      return float(Math.pow(a, b));
  }
  return undefined;
}

export function binop(rt: Rt, op: number, a: PyValue, b: PyValue, inplace = false): PyValue {
  const st = rt.st;
  if (isNumeric(a) && isNumeric(b)) {
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.t === T.INTENUM && b.t === T.INTENUM && a.cls === 'MsgFlag' && b.cls === 'MsgFlag' && (op === Bin.OR || op === Bin.AND || op === Bin.XOR)) {
      return msgFlag(op === Bin.OR ? a.v | b.v : op === Bin.AND ? a.v & b.v : a.v ^ b.v);
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.t === T.INTENUM && b.t === T.INTENUM && a.cls === b.cls && (op === Bin.OR || op === Bin.AND || op === Bin.XOR)) {
      // enum.IntFlag: | & ^ of two members is a member (a composite one made by _missing_)
      const cls = st.types[a.cls];
      if (cls !== undefined && lookupClassAttr(cls, '_flag_') === true) return callSync(rt, cls, [op === Bin.OR ? a.v | b.v : op === Bin.AND ? a.v & b.v : a.v ^ b.v]);
    }
    if (isFloat(a) || isFloat(b)) {
      const x = toNum(a), y = toNum(b);
      if ((typeof a === 'bigint' && !Number.isFinite(x)) || (typeof b === 'bigint' && !Number.isFinite(y))) throwExc(st, 'OverflowError', 'int too large to convert to float');
      const r = floatOp(st, op, x, y);
      if (r !== undefined) return r;
    } else {
      const r = intOp(st, op, a, b);
      if (r !== undefined) return r;
    }
    return unsupported(rt, op, a, b, inplace);
  }
  const ta = typeof a, tb = typeof b;
  if (ta === 'string' && tb === 'string') {
    if (op === Bin.ADD) { checkLen(st, a.length + b.length); return a + b; }
    if (op === Bin.MOD) return percentFormat(rt, a, b, false);
  }
  if (ta === 'string' || (a !== null && ta === 'object' && a.t === T.BYTES)) {
    if (op === Bin.MOD) {
      if (ta === 'string') return percentFormat(rt, a, b, false);
      // Python 2: a unicode argument makes the result unicode ('%s' % u'x' is u'x')
      if (st.version === 2 && /%[^%a-zA-Z]*s/.test(a.s) && (typeof b === 'string' || (b !== null && typeof b === 'object' && b.t === T.TUPLE && b.a.some((x: PyValue) => typeof x === 'string')))) {
        return percentFormat(rt, decodeAscii(rt, a.s), b, false);
      }
      return bytes(percentFormat(rt, a.s, b, true));
    }
    if (op === Bin.MUL && isInt(b)) return repeatSeq(rt, a, b);
    if (op === Bin.ADD) {
      if (ta === 'string' && b !== null && typeof b === 'object' && b.t === T.BYTES && st.version === 2) return a + decodeAscii(rt, b.s);
      if (ta === 'object' && b !== null && typeof b === 'object' && (b.t === T.BYTES || b.t === T.BYTEARRAY)) { checkLen(st, a.s.length + b.s.length); return bytes(a.s + b.s); }
      if (ta === 'object' && tb === 'string' && st.version === 2) return decodeAscii(rt, a.s) + b;
      if (ta === 'string') typeError(st, st.version === 2 ? `coercing to Unicode: need string or buffer, ${typeName(st, b)} found` : `can only concatenate str (not "${typeName(st, b)}") to str`);
      typeError(st, st.version === 2 ? `cannot concatenate 'str' and '${typeName(st, b)}' objects` : `can't concat ${typeName(st, b)} to bytes`);
    }
  }
  if (a !== null && ta === 'object') {
    if (a.t === T.BYTEARRAY) {
      if (op === Bin.ADD) {
        if (b !== null && typeof b === 'object' && (b.t === T.BYTES || b.t === T.BYTEARRAY)) {
          checkLen(st, a.s.length + b.s.length);
          if (inplace) { a.s += b.s; return a; }
          return { t: T.BYTEARRAY, s: a.s + b.s };
        }
        typeError(st, `can't concat ${typeName(st, b)} to bytearray`);
      }
      if (op === Bin.MUL && isInt(b)) {
        const r = repeatSeq(rt, bytes(a.s), b);
        if (inplace) { a.s = r.s; return a; }
        return { t: T.BYTEARRAY, s: r.s };
      }
    }
    if (a.t === T.LIST && !a.view) {
      if (op === Bin.ADD) {
        if (b !== null && typeof b === 'object' && b.t === T.LIST) { checkLen(st, a.a.length + b.a.length); if (inplace) { for (const x of b.a) a.a.push(x); return a; } return list(a.a.concat(b.a)); }
        if (inplace) { const items = toArray(rt, b); checkLen(st, a.a.length + items.length); for (const x of items) a.a.push(x); return a; }
        typeError(st, `can only concatenate list (not "${typeName(st, b)}") to list`);
      }
      if (op === Bin.MUL && isInt(b)) {
        const r = repeatSeq(rt, a, b);
        if (inplace) { a.a = r.a; return a; }
        return r;
      }
    }
    if (a.t === T.TUPLE) {
      if (op === Bin.ADD) {
        if (b !== null && typeof b === 'object' && b.t === T.TUPLE) return tuple(a.a.concat(b.a));
        typeError(st, `can only concatenate tuple (not "${typeName(st, b)}") to tuple`);
      }
      if (op === Bin.MUL && isInt(b)) return repeatSeq(rt, a, b);
    }
    // dict.keys()/dict.items() views are set-like: & | - ^ with any iterable give a set (Python 3)
    if (st.version === 3 && (op === Bin.AND || op === Bin.OR || op === Bin.SUB || op === Bin.XOR) && (isSetView(a) || isSetView(b))) {
      return setOp(op, { t: T.SET, m: keyMap(rt, toArray(rt, a)) }, { m: keyMap(rt, toArray(rt, b)) });
    }
    if ((a.t === T.SET || a.t === T.FROZENSET) && b !== null && typeof b === 'object' && (b.t === T.SET || b.t === T.FROZENSET)) {
      if (st.version === 2 && op === Bin.OR && !inplace) {
        // 2.7's set_union: a copy of a (set_merge), then b merged in
        const u: PySet = { t: a.t, m: new Map() };
        py2Merge(st, u, a);
        for (const [k, v] of a.m) u.m.set(k, v);
        py2Merge(st, u, b);
        for (const [k, v] of b.m) if (!u.m.has(k)) u.m.set(k, v);
        return u;
      }
      const r = setOp(op, a, b);
      if (r) {
        if (inplace && a.t === T.SET) { a.m = r.m; return a; }
        return r;
      }
    }
    if (a.t === T.DICT && a.kind === 'Counter' && b !== null && typeof b === 'object' && b.t === T.DICT && b.kind === 'Counter' && (op === Bin.ADD || op === Bin.SUB || op === Bin.OR || op === Bin.AND)) {
      const r = counterOp(rt, op, a, b);
      if (inplace) { a.m = r.m; return a; }
      return r;
    }
    if (a.t === T.DICT && op === Bin.OR && b !== null && typeof b === 'object' && b.t === T.DICT) {
      const r = inplace ? a : { t: T.DICT, m: new Map(a.m) };
      for (const [k, v] of b.m) r.m.set(k, v);
      return r;
    }
    if (a.t === T.INST) {
      const r = userBinop(rt, op, a, b, inplace, false);
      if (r !== undefined) return r;
    }
  }
  if (isInt(a) && b !== null && typeof b === 'object' && (b.t === T.LIST || b.t === T.TUPLE || b.t === T.BYTES) && op === Bin.MUL) return repeatSeq(rt, b, a);
  if (isInt(a) && typeof b === 'string' && op === Bin.MUL) return repeatSeq(rt, b, a);
  if (b !== null && typeof b === 'object' && b.t === T.INST) {
    const r = userBinop(rt, op, b, a, false, true);
    if (r !== undefined) return r;
  }
  return unsupported(rt, op, a, b, inplace);
}

function userBinop(rt: Rt, op: number, self: PyInst, other: PyValue, inplace: boolean, reflected: boolean): PyValue {
  const nm = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul', rt.st.version === 2 ? 'div' : 'truediv'][op];
  const names = reflected ? [`__r${nm}__`] : inplace ? [`__i${nm}__`, `__${nm}__`] : [`__${nm}__`];
  for (const n of names) {
    const f = lookupClassAttr(self.cls, n);
    if (f !== undefined && f.t === T.FUNC) {
      const r = callSync(rt, f, [self, other]);
      if (!(r && typeof r === 'object' && r.t === T.INST && r.cls.name === 'NotImplementedType')) return r;
    }
  }
  return undefined;
}

function unsupported(rt: Rt, op: number, a: PyValue, b: PyValue, inplace: boolean): never {
  const st = rt.st;
  const sym = op === Bin.POW && !inplace ? '** or pow()' : BIN_SYMBOL[op] + (inplace ? '=' : '');
  if (op === Bin.MUL && st.version === 3) {
    const isSeq = (x: PyValue): boolean => typeof x === 'string' || (x !== null && typeof x === 'object' && (x.t === T.LIST || x.t === T.TUPLE || x.t === T.BYTES || x.t === T.BYTEARRAY));
    if (isSeq(a) || isSeq(b)) typeError(st, `can't multiply sequence by non-int of type '${typeName(st, isSeq(a) ? b : a)}'`);
  }
  typeError(st, `unsupported operand type(s) for ${sym}: '${typeName(st, a)}' and '${typeName(st, b)}'`);
}

/** Counter's + - | & (collections.py): counts combined, only positive ones kept. */
function counterOp(rt: Rt, op: number, a: PyDict, b: PyDict): PyDict {
  const m = new Map<unknown, [PyValue, PyValue]>();
  const num = (v: PyValue | undefined): PyValue => v === undefined ? 0 : v;
  const pos = (v: PyValue) => compare(rt, Cmp.GT, v, 0);
  for (const [k, [key, count]] of a.m as Map<unknown, [PyValue, PyValue]>) {
    const o = num((b.m as Map<unknown, [PyValue, PyValue]>).get(k)?.[1]);
    let n: PyValue;
    switch (op) {
      case Bin.ADD: n = binop(rt, Bin.ADD, count, o); break;
      case Bin.SUB: n = binop(rt, Bin.SUB, count, o); break;
      case Bin.OR: n = compare(rt, Cmp.LT, count, o) ? o : count; break;
      default: n = compare(rt, Cmp.LT, count, o) ? count : o;
    }
    if (pos(n)) m.set(k, [key, n]);
  }
  if (op !== Bin.AND) {
    for (const [k, [key, count]] of b.m as Map<unknown, [PyValue, PyValue]>) {
      if (a.m.has(k)) continue;
      if (op === Bin.SUB) { if (compare(rt, Cmp.LT, count, 0)) m.set(k, [key, binop(rt, Bin.SUB, 0, count)]); } else if (pos(count)) m.set(k, [key, count]);
    }
  }
  return { t: T.DICT, m, kind: 'Counter' } as PyDict;
}

function isSetView(x: PyValue): boolean {
  return x !== null && typeof x === 'object' && x.t === T.LIST && (x.view === 'dict_keys' || x.view === 'dict_items');
}

function keyMap(rt: Rt, items: PyValue[]): Map<unknown, PyValue> {
  const m = new Map<unknown, PyValue>();
  for (const x of items) { const k = hashKey(rt, x); if (!m.has(k)) m.set(k, x); }
  return m;
}

function setOp(op: number, a: { t: number; m: Map<unknown, PyValue> }, b: { m: Map<unknown, PyValue> }): PyValue {
  const m = new Map<unknown, PyValue>();
  switch (op) {
    case Bin.OR: for (const [k, v] of a.m) m.set(k, v); for (const [k, v] of b.m) if (!m.has(k)) m.set(k, v); break;
    case Bin.AND: for (const [k, v] of a.m) if (b.m.has(k)) m.set(k, v); break;
    case Bin.SUB: for (const [k, v] of a.m) if (!b.m.has(k)) m.set(k, v); break;
    case Bin.XOR: for (const [k, v] of a.m) if (!b.m.has(k)) m.set(k, v); for (const [k, v] of b.m) if (!a.m.has(k)) m.set(k, v); break;
    default: return null;
  }
  return { t: a.t, m };
}

function repeatSeq(rt: Rt, a: PyValue, n: PyValue): PyValue {
  const st = rt.st;
  let k = toNum(n);
  if (k < 0) k = 0;
  if (typeof a === 'string') { checkLen(st, a.length * k); return a.repeat(k); }
  if (a.t === T.BYTES) { checkLen(st, a.s.length * k); return bytes(a.s.repeat(k)); }
  checkLen(st, a.a.length * k);
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) for (const x of a.a) out.push(x);
  return a.t === T.LIST ? list(out) : tuple(out);
}

export function checkLen(st: PyState, n: number): void {
  if (n > MAX_SEQ) throwExc(st, 'MemoryError');
}

export function decodeAscii(rt: Rt, s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) {
      throw new PyThrow(unicodeDecodeError(rt.st, 'ascii', s, i, i + 1, 'ordinal not in range(128)'));
    }
  }
  return s;
}

const MSG_NAMES: [number, string][] = [[1, 'MSG_OOB'], [2, 'MSG_PEEK'], [4, 'MSG_DONTROUTE'], [8, 'MSG_CTRUNC'], [0x20, 'MSG_TRUNC'], [0x40, 'MSG_DONTWAIT'], [0x80, 'MSG_EOR'], [0x100, 'MSG_WAITALL'], [0x4000, 'MSG_NOSIGNAL']];
export function msgFlag(v: number): PyValue {
  const names = MSG_NAMES.filter(([b]) => (v & b) === b && b !== 0).map(([, n]) => n);
  const covered = MSG_NAMES.reduce((acc, [b]) => (v & b ? acc | b : acc), 0);
  if (covered !== v || names.length === 0) return v;
  return { t: T.INTENUM, v, cls: 'MsgFlag', name: names.join('|') };
}

export function unary(rt: Rt, op: number, v: PyValue): PyValue {
  const st = rt.st;
  if (op !== 3) v = unE(v);
  switch (op) {
    case 3: return !truthy(rt, v);
    case 0: // NEG
      if (typeof v === 'number') return v === 0 ? 0 : -v;
      if (typeof v === 'boolean') return v ? -1 : 0;
      if (typeof v === 'bigint') return normBig(-v);
      if (isFloat(v)) return float(-v.v);
      break;
    case 1:
      if (typeof v === 'number' || typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (isFloat(v)) return v;
      break;
    case 2:
      if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) return ~v;
      if (isInt(v)) return normBig(~toBig(v));
      break;
  }
  // +counter keeps the positive counts, -counter negates and keeps the positive ones
  if (v !== null && typeof v === 'object' && v.t === T.DICT && v.kind === 'Counter' && op < 2) {
    return counterOp(rt, Bin.SUB, op === 0 ? { t: T.DICT, m: new Map(), kind: 'Counter' } as PyDict : v, op === 0 ? v : { t: T.DICT, m: new Map(), kind: 'Counter' } as PyDict);
  }
  if (v !== null && typeof v === 'object' && v.t === T.INST) {
    const f = lookupClassAttr(v.cls, ['__neg__', '__pos__', '__invert__'][op]);
    if (f !== undefined && f.t === T.FUNC) return callSync(rt, f, [v]);
  }
  typeError(st, `bad operand type for unary ${['-', '+', '~'][op]}: '${typeName(st, v)}'`);
}

// ---------------------------------------------------------------- equality / hashing / ordering
export function eq(rt: Rt, a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a !== null && typeof a === 'object' && a.t === T.FLOAT && Number.isNaN(a.v));
  const ta = typeof a, tb = typeof b;
  if (ta === 'number' && tb === 'number') return false;
  if (ta === 'string' && tb === 'string') return false;
  if (isNumeric(a) && isNumeric(b)) {
    if (isFloat(a) || isFloat(b)) return toNum(a) === toNum(b);
    return toBig(a) === toBig(b);
  }
  if (a === null || b === null || ta !== 'object' || tb !== 'object') {
    if (rt.st.version === 2) {
      if (ta === 'string' && b !== null && tb === 'object' && b.t === T.BYTES) return a === b.s;
      if (tb === 'string' && a !== null && ta === 'object' && a.t === T.BYTES) return b === a.s;
    }
    if (a !== null && ta === 'object' && a.t === T.INST) return userEq(rt, a, b);
    if (b !== null && tb === 'object' && b.t === T.INST) return userEq(rt, b, a);
    return false;
  }
  if ((a.t === T.LIST && a.view) || (b.t === T.LIST && b.view)) {
    // a keys/items view equals a set (or view) with the same elements; a values view only itself
    const setLike = (x: PyValue) => isSetView(x) || x.t === T.SET || x.t === T.FROZENSET;
    if (!setLike(a) || !setLike(b)) return false;
    return setEq({ m: keyMap(rt, toArray(rt, a)) }, { m: keyMap(rt, toArray(rt, b)) });
  }
  if (a.t !== b.t) {
    if ((a.t === T.SET || a.t === T.FROZENSET) && (b.t === T.SET || b.t === T.FROZENSET)) return setEq(a, b);
    if ((a.t === T.BYTES || a.t === T.BYTEARRAY) && (b.t === T.BYTES || b.t === T.BYTEARRAY)) return a.s === b.s;
    if (a.t === T.INST) return userEq(rt, a, b);
    if (b.t === T.INST) return userEq(rt, b, a);
    return false;
  }
  switch (a.t) {
    case T.BYTES: case T.BYTEARRAY: return a.s === b.s;
    case T.LIST: case T.TUPLE: {
      if (a.a.length !== b.a.length) return false;
      for (let i = 0; i < a.a.length; i++) if (!eq(rt, a.a[i], b.a[i])) return false;
      return true;
    }
    case T.DICT: {
      if (a.m.size !== b.m.size) return false;
      if (a.kind === 'OrderedDict' && b.kind === 'OrderedDict') {
        // two OrderedDicts are equal only with their keys in the same order
        const bk = [...b.m.keys()];
        let i = 0;
        for (const k of a.m.keys()) if (k !== bk[i++]) return false;
      }
      for (const [k, [, v]] of a.m) {
        const o = b.m.get(k);
        if (!o || !eq(rt, v, o[1])) return false;
      }
      return true;
    }
    case T.SET: case T.FROZENSET: return setEq(a, b);
    case T.RANGE: return rangeLen(a) === rangeLen(b) && (rangeLen(a) === 0 || (a.start === b.start && (rangeLen(a) === 1 || a.step === b.step)));
    case T.INST: return userEq(rt, a, b);
    case T.BMETHOD: return a.name === b.name && a.self === b.self;
    case T.BOUND: return a.f === b.f && a.self === b.self;
    case T.ELLIPSIS: return true;
  }
  return false;
}

function setEq(a: { m: Map<unknown, PyValue> }, b: { m: Map<unknown, PyValue> }): boolean {
  if (a.m.size !== b.m.size) return false;
  for (const k of a.m.keys()) if (!b.m.has(k)) return false;
  return true;
}

function userEq(rt: Rt, a: PyInst, b: PyValue): boolean {
  const f = lookupClassAttr(a.cls, '__eq__');
  if (f !== undefined && f.t === T.FUNC) {
    const r = callSync(rt, f, [a, b]);
    if (r && typeof r === 'object' && r.t === T.INST && r.cls.name === 'NotImplementedType') return a === b;
    return truthy(rt, r);
  }
  return a === b;
}

/** A JS Map key that is equal for equal Python values. */
export function hashKey(rt: Rt, v: PyValue): unknown {
  switch (typeof v) {
    case 'number': return v;
    case 'string':
      if (rt.st.version === 2 && isAscii(v)) return '\u0001' + v;
      return v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return v;
  }
  if (v === null) return '\u0000None';
  switch (v.t) {
    case T.INTENUM: return v.v;
    case T.FLOAT: return Number.isInteger(v.v) ? v.v : v.v;
    case T.BYTES: return '\u0001' + v.s;
    case T.TUPLE: return '\u0002(' + v.a.map((x: PyValue) => keyString(hashKey(rt, x))).join('\u0003') + ')';
    case T.FROZENSET: return '\u0002f{' + [...v.m.keys()].map(keyString).sort().join('\u0003') + '}';
    case T.LIST: case T.DICT: case T.SET: case T.BYTEARRAY:
      typeError(rt.st, `unhashable type: '${typeName(rt.st, v)}'`);
      break;
    case T.INST: {
      const h = lookupClassAttr(v.cls, '__hash__');
      if (h === null) typeError(rt.st, `unhashable type: '${v.cls.name}'`);
      if (h !== undefined && h.t === T.FUNC) return 'h\u0004' + keyString(hashKey(rt, callSync(rt, h, [v])));
      const e = lookupClassAttr(v.cls, '__eq__');
      if (e !== undefined && e.t === T.FUNC && rt.st.version === 3) typeError(rt.st, `unhashable type: '${v.cls.name}'`);
      break;
    }
    case T.RANGE: return `\u0002r${v.start},${v.stop},${v.step}`;
    case T.ELLIPSIS: return '\u0000Ellipsis';
  }
  return '\u0000@' + objectId(rt.st, v);
}

function keyString(k: unknown): string {
  if (typeof k === 'number') return 'n' + (Object.is(k, -0) ? 0 : k);
  if (typeof k === 'bigint') return 'n' + k.toString();
  return 's' + String(k);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Rich comparison for <, <=, >, >= (and the rest via eq/contains/is). */
export function compare(rt: Rt, op: number, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case Cmp.EQ: return eq(rt, a, b);
    case Cmp.NE: {
      if (a !== null && typeof a === 'object' && a.t === T.INST) {
        const f = lookupClassAttr(a.cls, '__ne__');
        if (f !== undefined && f.t === T.FUNC) return truthy(rt, callSync(rt, f, [a, b]));
      }
      return !eq(rt, a, b);
    }
    case Cmp.IS: return a === b || (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.t === T.ELLIPSIS && b.t === T.ELLIPSIS);
    case Cmp.IS_NOT: return !(a === b || (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.t === T.ELLIPSIS && b.t === T.ELLIPSIS));
    case Cmp.IN: return contains(rt, b, a);
    case Cmp.NOT_IN: return !contains(rt, b, a);
  }
  const c = order(rt, a, b, op);
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.GT: return c > 0;
    case Cmp.GE: return c >= 0;
  }
  return false;
}

/** -1/0/1 ordering; NaN comparisons give 2 (always false). */
export function order(rt: Rt, a: PyValue, b: PyValue, op: number): number {
  const st = rt.st;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (isNumeric(a) && isNumeric(b)) {
    if (isFloat(a) || isFloat(b)) {
      const x = toNum(a), y = toNum(b);
      if (Number.isNaN(x) || Number.isNaN(y)) return op === Cmp.LT || op === Cmp.LE ? 1 : -1;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = toBig(a), y = toBig(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if (a.t === T.BYTES && b.t === T.BYTES) return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
    if ((a.t === T.LIST && b.t === T.LIST) || (a.t === T.TUPLE && b.t === T.TUPLE)) {
      const n = Math.min(a.a.length, b.a.length);
      for (let i = 0; i < n; i++) {
        if (!eq(rt, a.a[i], b.a[i])) return order(rt, a.a[i], b.a[i], op);
      }
      return a.a.length - b.a.length < 0 ? -1 : a.a.length > b.a.length ? 1 : 0;
    }
    if ((a.t === T.SET || a.t === T.FROZENSET) && (b.t === T.SET || b.t === T.FROZENSET)) {
      const sub = [...a.m.keys()].every((k) => b.m.has(k));
      const sup = [...b.m.keys()].every((k) => a.m.has(k));
      if (op === Cmp.LT) return sub && a.m.size < b.m.size ? -1 : 1;
      if (op === Cmp.LE) return sub ? -1 : 1;
      if (op === Cmp.GT) return sup && a.m.size > b.m.size ? 1 : -1;
      return sup ? 1 : -1;
    }
    if (a.t === T.INST || b.t === T.INST) {
      const names = ['__lt__', '__le__', '', '', '__gt__', '__ge__'];
      const refl = ['__gt__', '__ge__', '', '', '__lt__', '__le__'];
      if (a.t === T.INST) {
        const f = lookupClassAttr(a.cls, names[op]);
        if (f !== undefined && f.t === T.FUNC) return truthy(rt, callSync(rt, f, [a, b])) ? (op === Cmp.LT || op === Cmp.LE ? -1 : 1) : (op === Cmp.LT || op === Cmp.LE ? 1 : -1);
      }
      if (b.t === T.INST) {
        const f = lookupClassAttr(b.cls, refl[op]);
        if (f !== undefined && f.t === T.FUNC) return truthy(rt, callSync(rt, f, [b, a])) ? (op === Cmp.LT || op === Cmp.LE ? -1 : 1) : (op === Cmp.LT || op === Cmp.LE ? 1 : -1);
      }
    }
  }
  if (st.version === 2) {
    // Python 2 orders mixed types: None < numbers < everything else (by type name)
    if (a === null) return b === null ? 0 : -1;
    if (b === null) return 1;
    if (isNumeric(a)) return -1;
    if (isNumeric(b)) return 1;
    if (typeof a === 'string' && b && b.t === T.BYTES) return a < b.s ? -1 : a > b.s ? 1 : 0;
    if (typeof b === 'string' && a && a.t === T.BYTES) return a.s < b ? -1 : a.s > b ? 1 : 0;
    const na = typeName(st, a), nb = typeName(st, b);
    return na < nb ? -1 : na > nb ? 1 : 0;
  }
  typeError(st, `'${CMP_SYMBOL[op]}' not supported between instances of '${typeName(st, a)}' and '${typeName(st, b)}'`);
}

export function contains(rt: Rt, container: PyValue, item: PyValue): boolean {
  const st = rt.st;
  if (typeof container === 'string') {
    if (typeof item === 'string') return container.includes(item);
    if (st.version === 2 && item && item.t === T.BYTES) return container.includes(item.s);
    typeError(st, st.version === 2 ? `'in <string>' requires string as left operand, not ${typeName(st, item)}` : `'in <string>' requires string as left operand, not ${typeName(st, item)}`);
  }
  if (container === null || typeof container !== 'object') typeError(st, `argument of type '${typeName(st, container)}' is not iterable`);
  if (container.t === T.INTENUM && item !== null && typeof item === 'object' && item.t === T.INTENUM && item.cls === container.cls) {
    const cls = st.types[container.cls];
    // enum.IntFlag: a member is "in" a composite when its bits are set there
    if (cls !== undefined && lookupClassAttr(cls, '_flag_') === true) return (container.v & item.v) === item.v;
  }
  switch (container.t) {
    case T.BYTES: case T.BYTEARRAY:
      if (typeof item === 'number') return container.s.includes(String.fromCharCode(item));
      if (item && item.t === T.BYTES) return container.s.includes(item.s);
      if (st.version === 2 && typeof item === 'string') return container.s.includes(item);
      typeError(st, `a bytes-like object is required, not '${typeName(st, item)}'`);
      break;
    case T.LIST: case T.TUPLE: {
      const a = container.t === T.LIST ? liveView(container) : container.a;
      for (let i = 0; i < a.length; i++) if (a[i] === item || eq(rt, a[i], item)) return true;
      return false;
    }
    case T.DICT: return container.m.has(hashKey(rt, item));
    case T.SET: case T.FROZENSET: return container.m.has(hashKey(rt, item));
    case T.RANGE: {
      if (!isInt(item)) return false;
      const x = toNum(item), r = container;
      if (r.step > 0 ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
      return (x - r.start) % r.step === 0;
    }
    case T.INST: {
      const f = lookupClassAttr(container.cls, '__contains__');
      if (f !== undefined && f.t === T.FUNC) return truthy(rt, callSync(rt, f, [container, item]));
      break;
    }
  }
  if (container.t === T.ITER) {
    // an iterator is read only up to the first match, as in CPython
    for (;;) {
      const x = iterNext(rt, container);
      if (x === undefined) return false;
      if (eq(rt, x, item)) return true;
    }
  }
  for (const x of toArray(rt, container)) if (eq(rt, x, item)) return true;
  return false;
}

// ---------------------------------------------------------------- iteration
export const IT_LIST = 0, IT_TUPLE = 1, IT_STR = 2, IT_BYTES = 3, IT_ARRAY = 4, IT_RANGE = 6, IT_INST = 7, IT_GEN = 8;
/** Python 3's lazy builtins: map (seq: the iterators, fn), filter (seq: the iterator, fn), zip (seq: the iterators), enumerate (seq: the iterator, i: the count). */
export const IT_MAP = 10, IT_FILTER = 11, IT_ZIP = 12, IT_ENUM = 13;

/** The type name of an iterator as CPython calls it (null: the interpreter's generic iterator). */
export function iterTypeName(st: PyState, v: PyIter): string | null {
  if (v.tn !== undefined) return v.tn;
  const py2 = st.version === 2;
  switch (v.kind) {
    case IT_LIST: return py2 ? 'listiterator' : 'list_iterator';
    case IT_TUPLE: return py2 ? 'tupleiterator' : 'tuple_iterator';
    case IT_RANGE: return py2 ? 'rangeiterator' : 'range_iterator';
    case IT_STR: return py2 ? 'iterator' : [...(v.seq as string)].every((c) => c.charCodeAt(0) < 128) ? 'str_ascii_iterator' : 'str_iterator';
    case IT_BYTES: return py2 ? 'iterator' : 'bytes_iterator';
    case IT_ARRAY: {
      const src = (v as { src?: PyValue }).src;
      if (src && src.t === T.DICT) return py2 ? 'dictionary-keyiterator' : 'dict_keyiterator';
      if (src && (src.t === T.SET || src.t === T.FROZENSET)) return py2 ? 'setiterator' : 'set_iterator';
      return null;
    }
  }
  return null;
}

/** The class of a builtin iterator type ('map', 'zip', 'list_reverseiterator' ...), made once per process. */
export function iterClass(st: PyState, name: string): PyClass {
  const key = `iter:${name}`;
  let c = st.types[key];
  if (c === undefined) {
    const object = st.types.object;
    c = { t: T.CLASS, name, qualname: name, module: 'builtins', bases: [object], mro: [], dict: new Map(), builtin: 'iterator' };
    c.mro = [c, ...object.mro];
    st.types[key] = c;
  }
  return c;
}

export function getIter(rt: Rt, v: PyValue): PyValue {
  const st = rt.st;
  if (typeof v === 'string') return { t: T.ITER, kind: IT_STR, seq: v, i: 0 };
  if (v !== null && typeof v === 'object') {
    switch (v.t) {
      case T.LIST: {
        if (v.src === undefined) return { t: T.ITER, kind: IT_LIST, seq: v, i: 0 };
        // a dict view: dict_keyiterator / dict_valueiterator / dict_itemiterator
        const it: PyValue = { t: T.ITER, kind: IT_ARRAY, seq: liveView(v), i: 0, src: v.src, n: v.src.m.size };
        if (st.version === 3 && (v.view === 'dict_values' || v.view === 'dict_items')) it.tn = v.view === 'dict_values' ? 'dict_valueiterator' : 'dict_itemiterator';
        return it;
      }
      case T.TUPLE: return { t: T.ITER, kind: IT_TUPLE, seq: v, i: 0 };
      case T.BYTES: case T.BYTEARRAY: return { t: T.ITER, kind: IT_BYTES, seq: v.s, i: 0 };
      case T.DICT: return { t: T.ITER, kind: IT_ARRAY, seq: dictEntries(st, v).map((e) => e[0]), i: 0, src: v, n: v.m.size };
      case T.SET: case T.FROZENSET: return { t: T.ITER, kind: IT_ARRAY, seq: setItems(st, v), i: 0, src: v, n: v.m.size };
      case T.RANGE: return { t: T.ITER, kind: IT_RANGE, seq: null, i: v.start, stop: v.stop, step: v.step };
      case T.ITER: return v;
      case T.CLASS: {
        // an Enum class iterates over its members (not aliases), in definition order
        const ms = v.dict.get('_member_list_');
        if (ms && ms.t === T.LIST) return { t: T.ITER, kind: IT_ARRAY, seq: ms.a.slice(), i: 0 };
        break;
      }
      case T.INST: {
        // sys.stdin is empty: iterating it yields no lines
        if (v.dict.get('__stream__') === 'stdin') return { t: T.ITER, kind: IT_ARRAY, seq: [], i: 0 };
        // a socket file is its own iterator (iter(f) is f); FOR_ITER and iterNext read its lines
        if (isSockFile(v)) return callSync(rt, v.cls.dict.get('__iter__')!, [v]);
        // Python 2: an exception is a sequence of its args (`a, b = e`)
        if (st.version === 2 && v.args && isSubclass(v.cls, st.types.BaseException) && lookupClassAttr(v.cls, '__iter__') === undefined) return { t: T.ITER, kind: IT_TUPLE, seq: v.args, i: 0 };
        const f = lookupClassAttr(v.cls, '__iter__');
        if (f !== undefined && f.t === T.FUNC) {
          const it = callSync(rt, f, [v]);
          if (it && it.t === T.INST) return { t: T.ITER, kind: IT_INST, seq: it, i: 0 };
          return getIter(rt, it);
        }
        const g = lookupClassAttr(v.cls, '__getitem__');
        if (g !== undefined && g.t === T.FUNC) {
          // old-style iteration protocol
          const out: PyValue[] = [];
          for (let i = 0; ; i++) {
            try { out.push(callSync(rt, g, [v, i])); } catch (e) {
              if (e instanceof PyThrow && (isSubclass(e.exc.cls, st.types.IndexError) || isSubclass(e.exc.cls, st.types.StopIteration))) break;
              throw e;
            }
            checkLen(st, out.length);
          }
          return { t: T.ITER, kind: IT_ARRAY, seq: out, i: 0 };
        }
        break;
      }
    }
  }
  typeError(st, `'${typeName(st, v)}' object is not iterable`);
}

/** Next item, or undefined when exhausted. */
export function iterNext(rt: Rt, it: PyValue): PyValue {
  switch (it.kind) {
    case IT_LIST: case IT_TUPLE: {
      const a = it.seq.a;
      if (it.i < a.length) return a[it.i++];
      it.i = a.length + 1;
      return undefined;
    }
    case IT_STR: {
      const s: string = it.seq;
      if (it.i >= s.length) return undefined;
      const cp = s.codePointAt(it.i)!;
      const ch = String.fromCodePoint(cp);
      it.i += ch.length;
      return ch;
    }
    case IT_BYTES: {
      const s: string = it.seq;
      if (it.i >= s.length) return undefined;
      const c = s.charCodeAt(it.i++);
      return rt.st.version === 2 ? bytes(String.fromCharCode(c)) : c;
    }
    case IT_ARRAY: {
      if (it.src !== undefined && it.src.m.size !== it.n) {
        it.n = -1;
        throwExc(rt.st, 'RuntimeError', it.src.t === T.DICT ? 'dictionary changed size during iteration' : 'Set changed size during iteration');
      }
      const a = it.seq;
      if (it.i < a.length) return a[it.i++];
      return undefined;
    }
    case IT_RANGE: {
      const cur = it.i;
      if (it.step > 0 ? cur >= it.stop : cur <= it.stop) return undefined;
      it.i = cur + it.step;
      return cur;
    }
    case IT_GEN: return genNextSync(rt, it);
    case IT_MAP: {
      const its = it.seq as PyValue[];
      const vals: PyValue[] = [];
      for (const sub of its) {
        const x = iterNext(rt, sub);
        if (x === undefined) return undefined;
        vals.push(x);
      }
      return callSync(rt, it.fn, vals);
    }
    case IT_FILTER:
      for (;;) {
        const x = iterNext(rt, it.seq);
        if (x === undefined) return undefined;
        if (truthy(rt, it.fn === null ? x : callSync(rt, it.fn, [x]))) return x;
      }
    case IT_ZIP: {
      const its = it.seq as PyValue[];
      if (its.length === 0) return undefined;
      const vals: PyValue[] = [];
      for (let k = 0; k < its.length; k++) {
        const x = iterNext(rt, its[k]);
        if (x === undefined) {
          if (it.strict) {
            // zip(strict=True): every iterable must end together
            const which = (j: number): string => (j === 1 ? 'argument 1' : `arguments 1-${j}`);
            if (k > 0) valueError(rt.st, `zip() argument ${k + 1} is shorter than ${which(k)}`);
            for (let j = 1; j < its.length; j++) {
              if (iterNext(rt, its[j]) !== undefined) valueError(rt.st, `zip() argument ${j + 1} is longer than ${which(j)}`);
            }
          }
          return undefined;
        }
        vals.push(x);
      }
      return tuple(vals);
    }
    case IT_ENUM: {
      const x = iterNext(rt, it.seq);
      if (x === undefined) return undefined;
      return tuple([it.i++, x]);
    }
    case undefined:
      // a socket file (list(f), sorted(f) ...): its next line, read without blocking
      if (isSockFile(it)) {
        try {
          return callSync(rt, it.cls.dict.get('__next__')!, [it]);
        } catch (e) {
          if (e instanceof PyThrow && isSubclass(e.exc.cls, rt.st.types.StopIteration)) return undefined;
          throw e;
        }
      }
      break;
    case IT_INST: {
      const obj = it.seq as PyInst;
      const f = lookupClassAttr(obj.cls, rt.st.version === 2 ? 'next' : '__next__') ?? lookupClassAttr(obj.cls, '__next__');
      if (f === undefined) typeError(rt.st, `'${obj.cls.name}' object is not an iterator`);
      try {
        return callSync(rt, f, [obj]);
      } catch (e) {
        if (e instanceof PyThrow && isSubclass(e.exc.cls, rt.st.types.StopIteration)) return undefined;
        throw e;
      }
    }
  }
  return undefined;
}

/**
 * A list's items; a dict view's read from its dict first (views are live). The view stays plain
 * data, its dict and items in its own fields: a getter would not survive the structured clone of
 * a checkpoint, and stepping back would then see a snapshot where the run saw a live view.
 */
export function liveView(v: PyValue): PyValue[] {
  const d = v.src;
  if (d !== undefined && d.t === T.DICT) {
    const es: [PyValue, PyValue][] = [...d.m.values()];
    v.a = v.view === 'dict_keys' ? es.map((e) => e[0]) : v.view === 'dict_values' ? es.map((e) => e[1]) : es.map((e) => tuple([e[0], e[1]]));
  }
  return v.a;
}

/** Would getIter accept v? (For the unpacking error, which CPython words differently.) */
export function maybeIterable(rt: Rt, v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (v === null || typeof v !== 'object') return false;
  switch (v.t) {
    case T.LIST: case T.TUPLE: case T.BYTES: case T.BYTEARRAY: case T.DICT: case T.SET: case T.FROZENSET: case T.RANGE: case T.ITER: return true;
    case T.CLASS: { const ms = v.dict.get('_member_list_'); return !!ms && ms.t === T.LIST; }
    case T.INST: {
      if (v.dict.get('__stream__') === 'stdin' || isSockFile(v)) return true;
      if (rt.st.version === 2 && v.args && isSubclass(v.cls, rt.st.types.BaseException)) return true;
      const f = lookupClassAttr(v.cls, '__iter__');
      if (f !== undefined && f !== null && typeof f === 'object' && f.t === T.FUNC) return true;
      const g = lookupClassAttr(v.cls, '__getitem__');
      return g !== undefined && g !== null && typeof g === 'object' && g.t === T.FUNC;
    }
  }
  return false;
}

export function toArray(rt: Rt, v: PyValue): PyValue[] {
  if (v !== null && typeof v === 'object') {
    if (v.t === T.LIST) return liveView(v).slice();
    if (v.t === T.TUPLE) return v.a.slice();
  }
  const it = getIter(rt, v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(rt, it);
    if (x === undefined) break;
    out.push(x);
    if (out.length > MAX_SEQ) throwExc(rt.st, 'MemoryError');
  }
  return out;
}

// ---------------------------------------------------------------- % formatting
export function percentFormat(rt: Rt, fmt: string, args: PyValue, isBytes: boolean): string {
  const st = rt.st;
  let items: PyValue[];
  let mapping: PyValue = null;
  if (args !== null && typeof args === 'object' && args.t === T.TUPLE) items = args.a;
  else {
    items = [args];
    if (args !== null && typeof args === 'object' && (args.t === T.DICT || args.t === T.INST)) mapping = args;
  }
  // a lone argument with __getitem__ (list, bytes ...) counts as a mapping: unused, it is no error
  const subscriptable = args !== null && typeof args === 'object' && (args.t === T.LIST || args.t === T.BYTES || args.t === T.BYTEARRAY || args.t === T.DICT || args.t === T.RANGE);
  let ai = 0;
  let out = '';
  const next = (): PyValue => {
    if (ai >= items.length) typeError(st, 'not enough arguments for format string');
    return items[ai++];
  };
  let usedMapping = false;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') { out += c; continue; }
    i++;
    if (i >= fmt.length) valueError(st, 'incomplete format');
    let key: string | null = null;
    if (fmt[i] === '(') {
      const end = fmt.indexOf(')', i);
      key = fmt.slice(i + 1, end);
      i = end + 1;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i])) flags += fmt[i++];
    let width = '';
    if (fmt[i] === '*') { width = String(toNum(next())); i++; } else while (fmt[i] >= '0' && fmt[i] <= '9') width += fmt[i++];
    let prec: string | null = null;
    if (fmt[i] === '.') {
      i++;
      prec = '';
      if (fmt[i] === '*') { prec = String(toNum(next())); i++; } else while (fmt[i] >= '0' && fmt[i] <= '9') prec += fmt[i++];
    }
    while ('hlL'.includes(fmt[i])) i++;
    const conv = fmt[i];
    if (conv === undefined) valueError(st, 'incomplete format');
    if (conv === '%') { out += '%'; continue; }
    let v: PyValue;
    if (key !== null) {
      if (!mapping) typeError(st, 'format requires a mapping');
      usedMapping = true;
      v = getItem(rt, mapping, isBytes && st.version === 3 ? bytes(key) : key);
    } else v = next();
    out += formatOne(rt, conv, v, flags, width, prec, isBytes, i);
  }
  if (ai < items.length && !usedMapping && !(mapping && ai === 0) && !(subscriptable && ai === 0)) typeError(st, st.version === 2 ? 'not all arguments converted during string formatting' : 'not all arguments converted during string formatting');
  return out;
}

import { getItem, asciiEscape } from './builtins';

function formatOne(rt: Rt, conv: string, v: PyValue, flags: string, width: string, prec: string | null, isBytes: boolean, index = 0): string {
  const st = rt.st;
  let s: string;
  switch (conv) {
    case 's':
      if (isBytes && st.version === 3) {
        if (v && (v.t === T.BYTES || v.t === T.BYTEARRAY)) s = v.s;
        else typeError(st, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(st, v)}'`);
      } else s = str(rt, v);
      if (prec !== null) s = s.slice(0, parseInt(prec || '0', 10));
      break;
    case 'b':
      if (v && (v.t === T.BYTES || v.t === T.BYTEARRAY)) s = v.s; else typeError(st, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(st, v)}'`);
      break;
    case 'r': case 'a': s = repr(rt, v); if (conv === 'a') s = asciiEscape(s); if (prec !== null) s = s.slice(0, parseInt(prec || '0', 10)); break;
    case 'd': case 'i': case 'u': {
      if (!isNumeric(v)) typeError(st, `%${conv} format: a real number is required, not ${typeName(st, v)}`);
      const n = isFloat(v) ? BigInt(Math.trunc(v.v)) : toBig(v);
      s = (n < 0n ? -n : n).toString();
      if (prec !== null && s.length < parseInt(prec || '0', 10)) s = s.padStart(parseInt(prec, 10), '0');
      s = signed(n < 0n, s, flags);
      break;
    }
    case 'x': case 'X': case 'o': {
      if (!isInt(v)) typeError(st, `%${conv} format: an integer is required, not ${typeName(st, v)}`);
      const n = toBig(v);
      s = (n < 0n ? -n : n).toString(conv === 'o' ? 8 : 16);
      if (conv === 'X') s = s.toUpperCase();
      if (flags.includes('#')) s = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + s;
      s = signed(n < 0n, s, flags);
      break;
    }
    case 'c':
      if (typeof v === 'number') {
        if (v < 0 || v > 0x10ffff) throwExc(st, 'OverflowError', '%c arg not in range(0x110000)');
        s = String.fromCodePoint(v);
      } else if (typeof v === 'string') {
        if ([...v].length !== 1) typeError(st, '%c requires int or char');
        s = v;
      }
      else if (v && v.t === T.BYTES && (st.version === 2 || isBytes) && v.s.length === 1) s = v.s;
      else typeError(st, st.version === 2 ? '%c requires int or char' : isBytes ? '%c requires an integer in range(256) or a single byte' : '%c requires int or char');
      break;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
      if (!isNumeric(v)) typeError(st, `must be real number, not ${typeName(st, v)}`);
      const x = toNum(v);
      const p = prec === null ? 6 : parseInt(prec || '0', 10);
      s = fmtFloat(Math.abs(x), conv, p, flags.includes('#'));
      s = signed(x < 0 || Object.is(x, -0), s, flags);
      break;
    }
    default:
      valueError(st, `unsupported format character '${conv}' (0x${(conv ?? '').charCodeAt(0).toString(16)}) at index ${index}`);
  }
  let w = parseInt(width || '0', 10);
  // a character beyond U+FFFF is one character but two JS code units
  if (w > 0 && /[\ud800-\udbff]/.test(s)) w += s.length - [...s].length;
  if (s.length < w) {
    if (flags.includes('-')) s = s.padEnd(w);
    else if (flags.includes('0') && 'diouxXeEfFgG'.includes(conv)) {
      // zeros go after the sign and a 0x/0o prefix ('%#06x' is 0x00ff)
      const sign = /^[-+ ]?(0[xXo](?=[0-9a-fA-F]))?/.exec(s)![0];
      const lead = 'xXo'.includes(conv) && flags.includes('#') ? sign : sign.replace(/0[xXo]$/, '');
      s = lead + s.slice(lead.length).padStart(w - lead.length, '0');
    } else s = s.padStart(w);
  }
  return s;
}

function signed(neg: boolean, s: string, flags: string): string {
  if (neg) return '-' + s;
  if (flags.includes('+')) return '+' + s;
  if (flags.includes(' ')) return ' ' + s;
  return s;
}

/**
 * x.toFixed(p) as C's printf rounds: toFixed rounds the exact binary value like glibc, but breaks
 * exact ties (0.5, 2.5, 0.125 ...) upward where glibc rounds them to even.
 */
export function toFixedEven(x: number, p: number): string {
  if (Math.abs(x) >= 1e21) return BigInt(x).toString() + (p > 0 ? '.' + '0'.repeat(p) : '');
  const s = x.toFixed(p);
  if (p + 30 > 100) return s;
  const exact = Math.abs(x).toFixed(p + 30);
  const tail = exact.slice(exact.length - 30);
  if (!/^50*$/.test(tail)) return s;
  // an exact tie: keep the truncated digits if their last digit is even
  const kept = exact.slice(0, exact.length - 30).replace(/\.$/, '');
  if (Number(kept.slice(-1)) % 2 !== 0) return s;
  return (x < 0 || Object.is(x, -0) ? '-' : '') + kept;
}

export function fmtFloat(x: number, conv: string, p: number, alt: boolean): string {
  if (!Number.isFinite(x)) { const r = Number.isNaN(x) ? 'nan' : 'inf'; return conv === conv.toUpperCase() ? r.toUpperCase() : r; }
  switch (conv) {
    case 'f': case 'F': { const s = toFixedEven(x, Math.min(p, 100)); return alt && p === 0 ? s + '.' : s; }
    case 'e': case 'E': {
      let s = x.toExponential(Math.min(p, 100)).replace(/e([+-])(\d)$/, 'e$10$2');
      if (alt && p === 0) s = s.replace('e', '.e');
      return conv === 'E' ? s.toUpperCase() : s;
    }
    case 'g': case 'G': {
      if (p === 0) p = 1;
      if (x === 0) return alt ? '0.' + '0'.repeat(p - 1) : '0';
      const exp = Math.floor(Math.log10(x));
      const e2 = parseInt(x.toExponential(p - 1).split('e')[1], 10);
      const ex = Number.isFinite(e2) ? e2 : exp;
      let s: string;
      if (ex < -4 || ex >= p) {
        s = x.toExponential(p - 1);
        if (!alt) s = s.replace(/\.?0+e/, 'e');
        s = s.replace(/e([+-])(\d)$/, 'e$10$2');
      } else {
        s = toFixedEven(x, Math.max(0, p - 1 - ex));
        if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
      }
      return conv === 'G' ? s.toUpperCase() : s;
    }
  }
  return String(x);
}

export { Bin, Cmp };
export type { PyDict };

// ---- Python 2 iteration order of dicts and sets ----
// CPython 2.7 iterates a dict or set in hash-table slot order. The JS Map keeps insertion order, so
// for Python 2 the order is computed by replaying the current keys (in insertion order) into 2.7's
// table (dictobject.c / setobject.c). Exact without deletions; keys whose hash is not deterministic
// (instances, None, non-integral floats, non-ASCII unicode) keep insertion order.

const M64 = (1n << 64n) - 1n;

function fix64(x: bigint): bigint { x = BigInt.asIntN(64, x); return x === -1n ? -2n : x; }

function py2StrHash(s: string): bigint {
  const n = s.length;
  if (n === 0) return 0n;
  let x = BigInt(s.charCodeAt(0)) << 7n;
  for (let i = 0; i < n; i++) x = BigInt.asIntN(64, 1000003n * x) ^ BigInt(s.charCodeAt(i));
  return fix64(x ^ BigInt(n));
}

function py2LongHash(x: bigint): bigint {
  const neg = x < 0n;
  const r = (neg ? -x : x) % M64;
  return fix64(neg ? -r : r);
}

/** CPython 2.7's hash() of a value, or undefined when it depends on addresses (or is not emulated). */
export function py2Hash(v: PyValue): bigint | undefined {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? py2LongHash(BigInt(v)) : undefined;
    case 'bigint': return py2LongHash(v);
    case 'boolean': return v ? 1n : 0n;
    case 'string': return isAscii(v) ? py2StrHash(v) : undefined;
  }
  if (v === null) return undefined;
  switch (v.t) {
    case T.BYTES: return py2StrHash(v.s);
    case T.FLOAT: return Number.isInteger(v.v) ? py2LongHash(BigInt(v.v)) : undefined;
    case T.TUPLE: {
      let x = 0x345678n;
      let mult = 1000003n;
      let len = v.a.length;
      for (const item of v.a) {
        len--;
        const y = py2Hash(item);
        if (y === undefined) return undefined;
        x = BigInt.asIntN(64, (x ^ y) * mult);
        mult = BigInt.asIntN(64, mult + 82520n + BigInt(len + len));
      }
      return fix64(x + 97531n);
    }
  }
  return undefined;
}

/** hash key -> py2Hash (a cache: dicts are replayed at each iteration and deletion) */
const HASH_MEMO = new Map<unknown, bigint | null>();

function py2HashMemo(hk: unknown, key: PyValue): bigint | undefined {
  let h = HASH_MEMO.get(hk);
  if (h === undefined) {
    if (HASH_MEMO.size > 100000) HASH_MEMO.clear();
    h = py2Hash(key) ?? null;
    HASH_MEMO.set(hk, h);
  }
  return h ?? undefined;
}

function py2TableSize(minused: number): number {
  let n = 8;
  while (n <= minused) n *= 2;
  return n;
}

/** A dict's or set's live content for the Python 2 table: hash keys, hashes, and the dummy marker. */
const DUMMY = '\u0000<dummy>';
type Obj2 = PyDict | PySet;

/**
 * Put key number `idx` (hash `h`) into a 2.7 table (0 empty, -1 dummy, n + 1 key n) along its probe
 * sequence (`i = 5i + perturb + 1`, perturb shifted right by 5 each time; i taken mod 2^32, which
 * keeps the low bits the mask reads). The first dummy on the way is reused unless the table is
 * `clean` (a resize). Returns whether an empty slot was filled (fill grows).
 */
function py2Insert(t: Int32Array, h: bigint, idx: number, clean: boolean): boolean {
  const mask = t.length - 1;
  let i = Number(BigInt.asUintN(32, h));
  let perturb = BigInt.asUintN(64, h);
  let free = -1;
  for (;;) {
    const slot = i & mask;
    const v = t[slot];
    if (v === 0) {
      if (free >= 0) { t[free] = idx + 1; return false; }
      t[slot] = idx + 1;
      return true;
    }
    if (v === -1 && free < 0 && !clean) free = slot;
    i = (i * 5 + Number(perturb & 0xffffffffn) + 1) % 4294967296;
    perturb >>= 5n;
  }
}

/**
 * 2.7's table (slot -> index + 1 into hks; -1 a dummy; 0 empty) after replaying the insertions: the
 * saved table (`tb`, taken at a deletion or merge; its keys no longer in the Map are dummies), then
 * the other keys in insertion order, with 2.7's growth rule. Undefined when a hash is not emulated.
 */
function py2Table(o: Obj2, hks: unknown[], keys: PyValue[]): { tab: Int32Array; hashes: bigint[]; resized: boolean } | undefined {
  const hashes: bigint[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const h = py2HashMemo(hks[i], keys[i]);
    if (h === undefined) return undefined;
    hashes[i] = h;
  }
  let tab: Int32Array;
  let fill = 0;
  let used = 0;
  let resized = false;
  const placed = new Uint8Array(hks.length);
  if (o.tb !== undefined) {
    tab = new Int32Array(o.tb.length);
    const at = new Map<unknown, number>();
    hks.forEach((k, i) => at.set(k, i));
    o.tb.forEach((k, s) => {
      if (k === null || k === undefined) return;
      fill++;
      const i = at.get(k);
      if (i === undefined || placed[i]) { tab[s] = -1; return; }
      tab[s] = i + 1; placed[i] = 1; used++;
    });
  } else {
    tab = new Int32Array(o.t === T.DICT && (o.ps ?? 0) > 5 ? py2TableSize(o.ps!) : 8);
  }
  const insert = (t: Int32Array, idx: number, clean: boolean): boolean => py2Insert(t, hashes[idx], idx, clean);
  const resize = (minused: number): void => {
    const nt = new Int32Array(py2TableSize(minused));
    for (let s = 0; s < tab.length; s++) if (tab[s] > 0) insert(nt, tab[s] - 1, true);
    tab = nt;
    fill = used;
    resized = true;
  };
  for (let idx = 0; idx < hks.length; idx++) {
    if (placed[idx]) continue;
    if (insert(tab, idx, false)) fill++;
    used++;
    if (fill * 3 >= tab.length * 2) resize(used > 50000 ? used * 2 : used * 4);
  }
  return { tab, hashes, resized };
}

function py2Content(o: Obj2): { hks: unknown[]; keys: PyValue[] } {
  const hks = [...o.m.keys()];
  const keys = o.t === T.DICT ? [...o.m.values()].map((e) => e[0]) : [...o.m.values()];
  return { hks, keys };
}

function py2Save(o: Obj2, tab: Int32Array, hks: unknown[]): void {
  o.tb = Array.from(tab, (v) => (v > 0 ? hks[v - 1] : v < 0 ? DUMMY : null));
  o.tn = 0;
  o.tf = 0;
  for (const v of tab) { if (v > 0) o.tn++; if (v !== 0) o.tf++; }
}

function py2Order<X>(o: Obj2, items: X[]): X[] {
  if (items.length < 2 || items.length > 200000) return items;
  const { hks, keys } = py2Content(o);
  const r = py2Table(o, hks, keys);
  if (r === undefined) return items;
  const out: X[] = [];
  for (const v of r.tab) if (v > 0) out.push(items[v - 1]);
  return out;
}

function py2Applies(st: PyState, o: Obj2): boolean {
  return st.version === 2 && !(o.t === T.DICT && o.kind === 'OrderedDict') && o.m.size <= 200000;
}

/**
 * Python 2: before the key hk leaves the dict or set, its slot in the saved table (taken now if the
 * table does not hold it) becomes a dummy, as in 2.7.
 */
function py2KeyOf(o: Obj2, hk: unknown): PyValue {
  const e = o.m.get(hk);
  return o.t === T.DICT ? (e as [PyValue, PyValue])[0] : (e as PyValue);
}

/** Put tb's key hk (with hash h) into the first dummy or empty slot of its probe chain. */
function tbInsert(tb: unknown[], hk: unknown, h: bigint, clean: boolean): boolean {
  const mask = tb.length - 1;
  let i = Number(BigInt.asUintN(32, h));
  let perturb = BigInt.asUintN(64, h);
  let free = -1;
  for (;;) {
    const slot = i & mask;
    const v = tb[slot];
    if (v === null || v === undefined) {
      if (free >= 0) { tb[free] = hk; return false; }
      tb[slot] = hk; return true;
    }
    if (v === DUMMY && free < 0 && !clean) free = slot;
    i = (i * 5 + Number(perturb & 0xffffffffn) + 1) % 4294967296;
    perturb >>= 5n;
  }
}

/**
 * Brings the saved table up to date by inserting the keys added since it was saved (the last
 * m.size - tn keys of the Map), as py2Table would, without replaying the whole dict. False when
 * that is not possible (a key left without py2BeforeDelete, or a hash not emulated).
 */
function py2CatchUp(o: Obj2): boolean {
  const tb = o.tb!;
  const k = o.m.size - (o.tn ?? -1);
  if (o.tn === undefined || o.tf === undefined || k < 0) return false;
  if (k === 0) return true;
  const fresh: unknown[] = [];
  let skip = o.m.size - k;
  for (const hk of o.m.keys()) { if (skip > 0) skip--; else fresh.push(hk); }
  const hs: bigint[] = [];
  for (const hk of fresh) {
    if (tb.includes(hk)) return false;
    const h = py2HashMemo(hk, py2KeyOf(o, hk));
    if (h === undefined) return false;
    hs.push(h);
  }
  let table = tb;
  let fill = o.tf;
  let used = o.tn;
  for (let j = 0; j < fresh.length; j++) {
    if (tbInsert(table, fresh[j], hs[j], false)) fill++;
    used++;
    if (fill * 3 >= table.length * 2) {
      const nt: unknown[] = new Array(py2TableSize(used > 50000 ? used * 2 : used * 4)).fill(null);
      for (const v of table) {
        if (v === null || v === undefined || v === DUMMY) continue;
        const h = py2HashMemo(v, py2KeyOf(o, v));
        if (h === undefined) return false;
        tbInsert(nt, v, h, true);
      }
      table = nt;
      fill = used;
      if (o.t === T.DICT) delete o.pf;
    }
  }
  o.tb = table;
  o.tf = fill;
  o.tn = used;
  return true;
}

export function py2BeforeDelete(st: PyState, o: Obj2, hk: unknown): void {
  if (!py2Applies(st, o) || !o.m.has(hk)) return;
  if (o.tb !== undefined && py2CatchUp(o)) {
    // the saved table is current: mark the key's slot
    const h = py2HashMemo(hk, py2KeyOf(o, hk));
    if (h === undefined) return;
    const mask = o.tb.length - 1;
    let i = Number(BigInt.asUintN(32, h));
    let perturb = BigInt.asUintN(64, h);
    for (;;) {
      const v = o.tb[i & mask];
      if (v === hk) { o.tb[i & mask] = DUMMY; o.tn!--; if ((i & mask) === 0) py2SlotZero(o, h); return; }
      if (v === null || v === undefined) break;
      i = (i * 5 + Number(perturb & 0xffffffffn) + 1) % 4294967296;
      perturb >>= 5n;
    }
  }
  const { hks, keys } = py2Content(o);
  const r = py2Table(o, hks, keys);
  if (r === undefined) return;
  if (r.resized && o.t === T.DICT) delete o.pf; // a new table: slot 0's hash is 0
  py2Save(o, r.tab, hks);
  const at = o.tb!.indexOf(hk);
  if (at >= 0) { o.tb![at] = DUMMY; o.tn!--; }
  if (at === 0) py2SlotZero(o, r.hashes[hks.indexOf(hk)]);
}

/**
 * Python 2: the key dict.popitem() takes: slot 0 if it holds one, else the first from the finger
 * 2.7 keeps in slot 0's hash (the slot after the last popitem's, reset by a resize).
 */
export function py2PopitemKey(st: PyState, d: PyDict): unknown {
  if (!py2Applies(st, d) || d.m.size === 0) return undefined;
  const { hks, keys } = py2Content(d);
  const r = py2Table(d, hks, keys);
  if (r === undefined) return undefined;
  const tab = r.tab;
  const mask = tab.length - 1;
  let i = 0;
  if (tab[0] <= 0) {
    i = d.pf !== undefined && !r.resized ? d.pf : 1;
    if (i > mask || i < 1) i = 1;
    while (tab[i] <= 0) { i++; if (i > mask) i = 1; }
  }
  const hk = hks[tab[i] - 1];
  py2BeforeDelete(st, d, hk);
  d.pf = i + 1;
  return hk;
}

/** A dummy in slot 0 keeps the deleted key's hash, which popitem reads as its finger. */
function py2SlotZero(o: Obj2, h: bigint): void {
  if (o.t === T.DICT) o.pf = h >= 0n && h < 0x40000000n ? Number(h) : 0;
}

/** Python 2: dict.clear() / set.clear() start again with an empty 8-slot table. */
export function py2Clear(o: Obj2): void {
  delete o.tb;
  delete o.tn;
  delete o.tf;
  if (o.t === T.DICT) delete o.pf;
  if (o.t === T.DICT) delete o.ps;
}

/**
 * Python 2: PyDict_Merge / set_merge of another dict or set into o (update, copy, dict(d), set(s)),
 * called before the Map is updated: presize when (fill + other's used) reaches 2/3, then insert the
 * other's keys in its slot order without growing.
 */
export function py2Merge(st: PyState, o: Obj2, src: Obj2): void {
  if (!py2Applies(st, o) || !py2Applies(st, src) || src.m.size === 0) return;
  const { hks, keys } = py2Content(o);
  const r = py2Table(o, hks, keys);
  if (r === undefined) return;
  const s = py2Content(src);
  const sr = py2Table(src, s.hks, s.keys);
  if (sr === undefined) return;
  let tab = r.tab;
  const hashes = r.hashes;
  let fill = 0;
  let used = 0;
  for (const v of tab) { if (v !== 0) fill++; if (v > 0) used++; }
  const insert = (t: Int32Array, idx: number, clean: boolean): boolean => py2Insert(t, hashes[idx], idx, clean);
  if ((fill + src.m.size) * 3 >= tab.length * 2) {
    const nt = new Int32Array(py2TableSize((used + src.m.size) * 2));
    for (let i = 0; i < tab.length; i++) if (tab[i] > 0) insert(nt, tab[i] - 1, true);
    tab = nt;
    if (o.t === T.DICT) delete o.pf;
  }
  const have = new Set(hks);
  for (const v of sr.tab) {
    if (v <= 0) continue;
    const hk = s.hks[v - 1];
    if (have.has(hk)) continue;
    have.add(hk);
    hks.push(hk);
    hashes.push(sr.hashes[v - 1]);
    insert(tab, hks.length - 1, false);
  }
  py2Save(o, tab, hks);
}

/** A dict's [key, value] entries in iteration order (Python 2: hash-table slot order). */
export function dictEntries(st: PyState, d: PyDict): [PyValue, PyValue][] {
  const es: [PyValue, PyValue][] = [...d.m.values()];
  if (!py2Applies(st, d)) return es;
  return py2Order(d, es);
}

/** A set's items in iteration order (Python 2: 2.7's slot order; Python 3: setOrder). */
export function setItems(st: PyState, s: PySet): PyValue[] {
  const vs = [...s.m.values()];
  if (st.version !== 2) return setOrder(vs);
  return py2Applies(st, s) ? py2Order(s, vs) : vs;
}
