/**
 * Builtin functions, methods of builtin types, attribute and item access, and str.format specs.
 * Builtins are dispatched by name (plain data), never stored as closures.
 */
import { T, type MatchPat, type PyClass, type PyInst, type PyIter, type PyState, type PyValue, type PyModule } from './types';
import {
  PyThrow, type Rt, binop, bytes, checkLen, compare, contains, decodeAscii, eq, excStr, float, fmtFloat, getIter, hashKey,
  isInt, isSubclass, iterNext, list, makeExc, dictEntries, setItems, py2BeforeDelete, py2Clear, py2Merge, py2PopitemKey, newExc, normBig, order, rangeLen, repr, str, throwExc, toArray, toBig, toNum,
  truthy, tuple, typeError, typeName, typeOf, valueError, MAX_SEQ, floatRepr, fakeAddr,
  objectId, IT_GEN, IT_MAP, IT_FILTER, IT_ZIP, IT_ENUM, counterOrder, unicodeDecodeError, liveView, dict, unE, cpyHash,
} from './objects';
import { runLibModule, BLOCKED, PUSHED, callSync, callValue, lookupClassAttr, callingSync, genPush, genNextSync, GM_NEXT, GM_NEXT_DEFAULT, GEN_RUNNING, GEN_DONE, GEN_CREATED, genClose, sockLost, sockBeforeNew } from './vm';
import { Bin, Cmp } from './ops';
import { evalExpression } from './evalexpr';
import { isSockFile, SOCK_METHODS, callSockMethod, callModuleFunc, getModule, sockAttr, writeOut, POLL_METHODS, callPollMethod } from './modules';
import { utf8Latin } from './compiler';
import { suggest } from './suggest';
import { callNative, nativeModule } from './stdlib_native';
import { PY_LIBS } from './stdlib';

type Kw = Map<string, PyValue> | null;

// ---------------------------------------------------------------- helpers
function isObj(v: PyValue, t: number): boolean { return v !== null && typeof v === 'object' && v.t === t; }
function checkSortKw(st: PyState, kw: Kw): void {
  if (kw) for (const k of kw.keys()) if (k !== 'key' && k !== 'reverse' && !(k === 'cmp' && st.version === 2)) typeError(st, `'${k}' is an invalid keyword argument for sort()`);
}

function isBytesLike(v: PyValue): boolean { return v !== null && typeof v === 'object' && (v.t === T.BYTES || v.t === T.BYTEARRAY); }

export function argN(st: PyState, name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) {
      if (min === 0) typeError(st, `${name}() takes no arguments (${args.length} given)`);
      if (min === 1) typeError(st, `${name}() takes exactly one argument (${args.length} given)`);
      typeError(st, `${name} expected ${min} arguments, got ${args.length}`);
    }
    if (args.length < min) typeError(st, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    typeError(st, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

function noKw(st: PyState, name: string, kw: Kw): void {
  if (kw && kw.size) typeError(st, `${name}() takes no keyword arguments`);
}

export function toIndex(st: PyState, v: PyValue, what = 'integer'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object' && v.t === T.INTENUM) return v.v;
  if (v !== null && typeof v === 'object' && v.t === T.FLOAT) typeError(st, `'float' object cannot be interpreted as an ${what}`);
  typeError(st, `'${typeName(st, v)}' object cannot be interpreted as an ${what}`);
}

/** The text of a str (or Python 2 str/bytes). */
function strOf(st: PyState, v: PyValue): string | null {
  if (typeof v === 'string') return v;
  if (st.version === 2 && isBytesLike(v)) return v.s;
  return null;
}

export function encodeUtf8(s: string): string { return utf8Latin(s); }

export function decodeUtf8(rt: Rt, s: string, errors = 'strict'): string {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    const err = utf8ErrorAt(b);
    if (errors === 'strict' || !['replace', 'ignore', 'backslashreplace', 'surrogateescape'].includes(errors)) {
      if (errors !== 'strict') throwExc(rt.st, 'LookupError', `unknown error handler name '${errors}'`);
      throw new PyThrow(unicodeDecodeError(rt.st, 'utf-8', s, err.start, err.end, err.reason));
    }
    // decode the valid run, then handle the invalid bytes as the error handler says
    let out = '';
    let base = 0;
    let e = err;
    for (;;) {
      out += new TextDecoder('utf-8').decode(b.subarray(base, base + e.start));
      const bad = s.slice(base + e.start, base + e.end);
      if (errors === 'replace') out += '\ufffd';
      else if (errors === 'backslashreplace') for (const c of bad) out += '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0');
      else if (errors === 'surrogateescape') for (const c of bad) out += String.fromCharCode(0xdc00 + c.charCodeAt(0));
      base += e.end;
      const rest = b.subarray(base);
      let ok = true;
      try { new TextDecoder('utf-8', { fatal: true }).decode(rest); } catch { ok = false; }
      if (ok) return out + new TextDecoder('utf-8').decode(rest);
      e = utf8ErrorAt(rest);
    }
  }
}

/** Where the first invalid UTF-8 sequence in `b` is, and CPython's reason. */
export function utf8ErrorAt(b: Uint8Array): { start: number; end: number; reason: string } {
  const what = (i: number, j: number, reason: string): { start: number; end: number; reason: string } => ({ start: i, end: j + 1, reason });
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let n: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) { n = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return what(i, i, 'invalid start byte');
    for (let j = 1; j <= n; j++) {
      if (i + j >= b.length) return what(i, b.length - 1, 'unexpected end of data');
      const x = b[i + j];
      const okLo = j === 1 ? lo : 0x80, okHi = j === 1 ? hi : 0xbf;
      if (x < okLo || x > okHi) return what(i, i + j - 1, 'invalid continuation byte');
    }
    i += n + 1;
  }
  return { start: 0, end: 1, reason: 'invalid data' };
}

// ---------------------------------------------------------------- slices & items
export function sliceOf(start: PyValue, stop: PyValue, step: PyValue): PyValue { return { t: T.SLICE, start, stop, step }; }

export function sliceIndices(st: PyState, sl: PyValue, len: number): [number, number, number] {
  let step = sl.step === null ? 1 : toIndex(st, sl.step, 'integer');
  if (step === 0) valueError(st, 'slice step cannot be zero');
  let start: number, stop: number;
  if (sl.start === null) start = step < 0 ? len - 1 : 0;
  else {
    start = toIndex(st, sl.start);
    if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (sl.stop === null) stop = step < 0 ? -1 : len;
  else {
    stop = toIndex(st, sl.stop);
    if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  step = step | 0 || step;
  return [start, stop, step];
}

function sliceArr<X>(st: PyState, a: ArrayLike<X> & { slice?: unknown }, sl: PyValue): X[] {
  const [start, stop, step] = sliceIndices(st, sl, a.length);
  const out: X[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(a[i]);
  else for (let i = start; i > stop; i += step) out.push(a[i]);
  return out;
}

/** A str with characters beyond U+FFFF (two JS code units each): index it by code point. */
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;
function astral(s: string): boolean { return s.length <= 65536 && s.length > 1 && ASTRAL.test(s); }

function sliceStr(st: PyState, s: string, sl: PyValue): string {
  if (astral(s)) {
    const cps = [...s];
    const [a, b, c] = sliceIndices(st, sl, cps.length);
    let r = '';
    if (c > 0) for (let i = a; i < b; i += c) r += cps[i];
    else for (let i = a; i > b; i += c) r += cps[i];
    return r;
  }
  const [start, stop, step] = sliceIndices(st, sl, s.length);
  if (step === 1) return start < stop ? s.slice(start, stop) : '';
  let out = '';
  if (step > 0) for (let i = start; i < stop; i += step) out += s[i];
  else for (let i = start; i > stop; i += step) out += s[i];
  return out;
}

function normIndex(st: PyState, v: PyValue, len: number, what: string): number {
  let i = toIndex(st, v, 'integer');
  if (!isInt(v)) typeError(st, `${what} indices must be integers or slices, not ${typeName(st, v)}`);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throwExc(st, 'IndexError', `${what} index out of range`);
  return i;
}

export function getItem(rt: Rt, o: PyValue, k: PyValue): PyValue {
  const st = rt.st;
  if (typeof o === 'string') {
    if (isObj(k, T.SLICE)) return sliceStr(st, o, k);
    if (!isInt(k)) typeError(st, `string indices must be integers${st.version === 3 ? ', not \'' + typeName(st, k) + '\'' : ''}`);
    if (astral(o)) { const cps = [...o]; return cps[normIndex(st, k, cps.length, 'string')]; }
    return o[normIndex(st, k, o.length, 'string')];
  }
  if (o !== null && typeof o === 'object') {
    // an Enum class: Color['RED']
    if (o.t === T.CLASS && enumMembers(o) !== null) {
      const mm = o.dict.get('_member_map_');
      const e = mm && mm.t === T.DICT ? mm.m.get(hashKey(rt, k)) : undefined;
      if (e === undefined) throw new PyThrow(newExc(st, 'KeyError', [k]));
      return e[1];
    }
    if (o.t === T.LIST && o.view) typeError(st, `'${o.view}' object is not subscriptable`);
    switch (o.t) {
      case T.LIST: case T.TUPLE: {
        if (typeof k === 'number') {
          const i = k < 0 ? k + o.a.length : k;
          if (i >= 0 && i < o.a.length) return o.a[i];
          throwExc(st, 'IndexError', `${o.t === T.LIST ? 'list' : 'tuple'} index out of range`);
        }
        if (isObj(k, T.SLICE)) { const r = sliceArr(st, o.a, k); return o.t === T.LIST ? list(r) : tuple(r); }
        if (!isInt(k)) typeError(st, `${o.t === T.LIST ? 'list' : 'tuple'} indices must be integers or slices, not ${typeName(st, k)}`);
        return o.a[normIndex(st, k, o.a.length, o.t === T.LIST ? 'list' : 'tuple')];
      }
      case T.DICT: {
        const hk = hashKey(rt, k);
        const e = o.m.get(hk);
        if (e === undefined) {
          if (o.kind === 'Counter') return 0;
          if (o.kind === 'defaultdict' && o.df !== null && o.df !== undefined) {
            const v = callSync(rt, o.df, []);
            o.m.set(hk, [k, v]);
            return v;
          }
          throw new PyThrow(newExc(st, 'KeyError', [k]));
        }
        return e[1];
      }
      case T.BYTES: case T.BYTEARRAY: {
        if (isObj(k, T.SLICE)) return o.t === T.BYTES ? bytes(sliceStr(st, o.s, k)) : { t: T.BYTEARRAY, s: sliceStr(st, o.s, k) };
        const i = normIndex(st, k, o.s.length, st.version === 2 ? 'string' : o.t === T.BYTES ? 'index' : 'bytearray');
        return st.version === 2 && o.t === T.BYTES ? bytes(o.s[i]) : o.s.charCodeAt(i);
      }
      case T.RANGE: {
        const n = rangeLen(o);
        if (isObj(k, T.SLICE)) {
          const [a, b, c] = sliceIndices(st, k, n);
          return { t: T.RANGE, start: o.start + a * o.step, stop: o.start + b * o.step, step: o.step * c };
        }
        const i = normIndex(st, k, n, 'range object');
        return o.start + i * o.step;
      }
      case T.INST: {
        const f = lookupClassAttr(o.cls, '__getitem__');
        if (f !== undefined && f.t === T.FUNC) return callSync(rt, f, [o, k]);
        if (isSubclass(o.cls, st.types.BaseException) && st.version === 2) return getItem(rt, o.args, k);
        break;
      }
      case T.CLASS:
        if (o.builtin && ['list', 'dict', 'tuple', 'set', 'type', 'frozenset'].includes(o.builtin)) return o; // list[int] annotations
        break;
    }
  }
  typeError(st, `'${typeName(st, o)}' object is not subscriptable`);
}

export function setItem(rt: Rt, o: PyValue, k: PyValue, v: PyValue): void {
  const st = rt.st;
  if (o !== null && typeof o === 'object' && o.t === T.LIST && o.view) typeError(st, `'${o.view}' object does not support item assignment`);
  if (o !== null && typeof o === 'object') {
    switch (o.t) {
      case T.LIST: {
        if (isObj(k, T.SLICE)) {
          let items: PyValue[];
          try { items = toArray(rt, v); } catch (e) {
            if (e instanceof PyThrow && e.exc.cls === st.types.TypeError && st.version === 3) typeError(st, k.step === null ? 'can only assign an iterable' : 'must assign iterable to extended slice');
            throw e;
          }
          const [start, stop, step] = sliceIndices(st, k, o.a.length);
          if (step === 1) { const gone = o.a.splice(start, Math.max(0, stop - start), ...items); checkLen(st, o.a.length); if (st.gcSock) sockLost(st, list(gone)); return; }
          const idx: number[] = [];
          if (step > 0) for (let i = start; i < stop; i += step) idx.push(i); else for (let i = start; i > stop; i += step) idx.push(i);
          if (idx.length !== items.length) valueError(st, `attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
          idx.forEach((i, j) => { o.a[i] = items[j]; });
          return;
        }
        if (!isInt(k)) typeError(st, `list indices must be integers or slices, not ${typeName(st, k)}`);
        let i = toIndex(st, k);
        if (i < 0) i += o.a.length;
        if (i < 0 || i >= o.a.length) throwExc(st, 'IndexError', 'list assignment index out of range');
        const old = o.a[i];
        o.a[i] = v;
        if (old !== v) sockLost(st, old);
        return;
      }
      case T.DICT: {
        const hk = hashKey(rt, k);
        const e = o.m.get(hk);
        if (e) { const old = e[1]; e[1] = v; if (old !== v) sockLost(st, old); } else { o.m.set(hk, [k, v]); if (o.m.size > MAX_SEQ) throwExc(st, 'MemoryError'); }
        if (o.owner !== undefined) syncOwner(rt, o);
        return;
      }
      case T.BYTEARRAY: {
        if (isObj(k, T.SLICE)) {
          // ba[a:b] = data: the same rules as a list of its bytes
          if (typeof v === 'string') typeError(st, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
          if (isInt(v)) typeError(st, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
          const data = isBytesLike(v) ? v.s : construct(rt, st.types.bytes, [v], null).s;
          const l = list(o.s.split(''));
          setItem(rt, l, k, list(data.split('')));
          o.s = l.a.join('');
          return;
        }
        const i = normIndex(st, k, o.s.length, 'bytearray');
        const b = toIndex(st, v);
        if (b < 0 || b > 255) valueError(st, 'byte must be in range(0, 256)');
        o.s = o.s.slice(0, i) + String.fromCharCode(b) + o.s.slice(i + 1);
        return;
      }
      case T.INST: {
        const f = lookupClassAttr(o.cls, '__setitem__');
        if (f !== undefined && f.t === T.FUNC) { callSync(rt, f, [o, k, v]); return; }
        break;
      }
    }
  }
  typeError(st, `'${typeName(st, o)}' object does not support item assignment`);
}

export function delItem(rt: Rt, o: PyValue, k: PyValue): void {
  const st = rt.st;
  if (o !== null && typeof o === 'object' && o.t === T.LIST && o.view) typeError(st, `'${o.view}' object does not support item deletion`);
  if (o !== null && typeof o === 'object') {
    switch (o.t) {
      case T.LIST: {
        if (isObj(k, T.SLICE)) {
          const [start, stop, step] = sliceIndices(st, k, o.a.length);
          if (step === 1) { if (stop > start) { const gone = o.a.splice(start, stop - start); if (st.gcSock) sockLost(st, list(gone)); } return; }
          const idx = new Set<number>();
          if (step > 0) for (let i = start; i < stop; i += step) idx.add(i); else for (let i = start; i > stop; i += step) idx.add(i);
          o.a = o.a.filter((_: PyValue, i: number) => !idx.has(i));
          return;
        }
        let i = toIndex(st, k);
        if (i < 0) i += o.a.length;
        if (i < 0 || i >= o.a.length) throwExc(st, 'IndexError', 'list assignment index out of range');
        sockLost(st, o.a.splice(i, 1)[0]);
        return;
      }
      case T.DICT: {
        const hk = hashKey(rt, k);
        py2BeforeDelete(st, o, hk);
        const e = o.m.get(hk);
        if (!o.m.delete(hk)) throw new PyThrow(newExc(st, 'KeyError', [k]));
        if (st.gcSock) { sockLost(st, e[0]); sockLost(st, e[1]); }
        if (o.owner !== undefined) syncOwner(rt, o);
        return;
      }
      case T.BYTEARRAY: {
        // del ba[i] / del ba[a:b]: the same index rules as a list of its bytes
        const l = list(o.s.split(''));
        delItem(rt, l, k);
        o.s = l.a.join('');
        return;
      }
      case T.INST: {
        const f = lookupClassAttr(o.cls, '__delitem__');
        if (f !== undefined && f.t === T.FUNC) { callSync(rt, f, [o, k]); return; }
        break;
      }
    }
  }
  typeError(st, `'${typeName(st, o)}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------- attributes
const STR_METHODS = new Set(['encode', 'decode', 'upper', 'lower', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'join', 'startswith', 'endswith', 'replace', 'find', 'rfind', 'index', 'rindex', 'count', 'format', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'isnumeric', 'isdecimal', 'isidentifier', 'istitle', 'isprintable', 'isascii', 'capitalize', 'title', 'swapcase', 'center', 'ljust', 'rjust', 'zfill', 'partition', 'rpartition', 'expandtabs', 'casefold', 'hex', 'removeprefix', 'removesuffix', 'format_map', 'translate', '__len__', '__contains__', '__getitem__', '__add__', '__mul__', '__eq__', '__str__', '__repr__']);
/** Socket methods Python 2.7's socket lacks. */
const PY3_ONLY_SOCK_METHODS = new Set(['sendfile', 'getblocking', 'detach', 'sendmsg', 'recvmsg', 'recvmsg_into', 'get_inheritable', 'set_inheritable']);
const LIST_METHODS = new Set(['append', 'extend', 'insert', 'remove', 'pop', 'index', 'count', 'sort', 'reverse', 'clear', 'copy', '__len__', '__contains__', '__getitem__', '__setitem__', '__iter__']);
const TUPLE_METHODS = new Set(['index', 'count', '__len__', '__contains__', '__getitem__']);
const DICT_METHODS = new Set(['fromkeys', 'keys', 'values', 'items', 'get', 'setdefault', 'update', 'pop', 'popitem', 'clear', 'copy', 'has_key', 'iterkeys', 'itervalues', 'iteritems', '__len__', '__contains__', '__getitem__', '__setitem__']);
const FROZENSET_MUTATORS = new Set(['add', 'discard', 'remove', 'pop', 'clear', 'update', 'intersection_update', 'difference_update', 'symmetric_difference_update']);
const SET_METHODS = new Set(['add', 'discard', 'remove', 'pop', 'clear', 'copy', 'update', 'union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint', 'intersection_update', 'difference_update', 'symmetric_difference_update', '__len__', '__contains__']);
const INT_METHODS = new Set(['bit_length', 'to_bytes', 'conjugate', '__add__', '__sub__', '__mul__', '__eq__', '__lt__', '__hash__']);
const FLOAT_METHODS = new Set(['is_integer', 'hex', 'conjugate', 'as_integer_ratio']);

/** float.hex(): CPython's '0x1.8000000000000p+1'. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, Math.abs(x));
  const hi = dv.getUint32(0), lo = dv.getUint32(4);
  const e = hi >>> 20;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  if (e === 0) return `${sign}0x0.${mant}p-1022`;
  const ex = e - 1023;
  return `${sign}0x1.${mant}p${ex >= 0 ? '+' : ''}${ex}`;
}

const BYTEARRAY_METHODS = new Set(['append', 'extend', 'pop', 'insert', 'remove', 'reverse', 'clear', 'copy']);
/**
 * memoryview() gives the bytearray itself (so writes through it reach the buffer) or a copy of the
 * bytes; these are memoryview's methods on them (bytes and bytearray answer them too).
 */
const MEMORYVIEW_METHODS = new Set(['tobytes', 'tolist', 'release', 'toreadonly', 'cast', '__enter__', '__exit__']);

export function hasMethod(st: PyState, o: PyValue, name: string): boolean {
  switch (typeof o) {
    case 'string': return STR_METHODS.has(name) && (name !== 'decode' || st.version === 2) && !(st.version === 2 && (name === 'isascii' || name === 'removeprefix' || name === 'removesuffix' || name === 'casefold'));
    case 'number': case 'bigint': case 'boolean': return INT_METHODS.has(name);
  }
  if (o === null || typeof o !== 'object') return false;
  switch (o.t) {
    case T.BYTES: case T.BYTEARRAY: return STR_METHODS.has(name) && (name !== 'encode' || st.version === 2) && name !== 'format' || (st.version === 2 && name === 'format') || (o.t === T.BYTEARRAY && BYTEARRAY_METHODS.has(name)) || (st.version === 3 && MEMORYVIEW_METHODS.has(name));
    // dict views (Python 3) have none of a list's methods; keys and items views are set-like
    case T.LIST: return o.view ? name === 'isdisjoint' && o.view !== 'dict_values' : LIST_METHODS.has(name);
    case T.TUPLE: return TUPLE_METHODS.has(name);
    case T.DICT: if (o.kind !== undefined && (COLLECTIONS_METHODS[o.kind]?.includes(name))) return true;
      return DICT_METHODS.has(name) && (st.version === 2 || !['has_key', 'iterkeys', 'itervalues', 'iteritems'].includes(name));
    case T.SET: return SET_METHODS.has(name);
    case T.FROZENSET: return SET_METHODS.has(name) && !FROZENSET_MUTATORS.has(name);
    case T.FLOAT: return FLOAT_METHODS.has(name);
    case T.SOCK: return SOCK_METHODS.has(name) && (st.version === 3 || !PY3_ONLY_SOCK_METHODS.has(name));
    case T.POLL: return POLL_METHODS.has(name);
    case T.RANGE: return st.version === 3 && (name === 'index' || name === 'count');
    case T.ITER: return (st.version === 3 ? name === '__next__' : name === 'next') || (o.kind === IT_GEN && (name === 'send' || name === 'close' || name === 'throw'));
  }
  return false;
}

/** gen.send(v), gen.__next__(), gen.close(). */
function genMethod(rt: Rt, g: PyValue, name: string, args: PyValue[]): PyValue {
  const st = rt.st;
  if (name === 'close') {
    if (g.i === GEN_RUNNING) throwExc(st, 'ValueError', 'generator already executing');
    genClose(rt, g);
    return null;
  }
  if (name === 'throw') {
    // gen.throw(exc): raised at the paused yield, inside the generator (which may catch it and yield
    // again: that value is throw()'s result); a generator not started or finished raises it here
    argN(st, 'throw', args, 1, 3);
    const e0 = args[0];
    let exc: PyInst;
    if (isObj(e0, T.CLASS) && isSubclass(e0, st.types.BaseException)) exc = makeExc(st, e0, args.length > 1 && args[1] !== null ? [args[1]] : []);
    else if (isObj(e0, T.INST) && isSubclass(e0.cls, st.types.BaseException)) exc = e0;
    else typeError(st, 'exceptions must be classes or instances deriving from BaseException, not ' + typeName(st, e0));
    if (g.i === GEN_CREATED || g.i === GEN_DONE) {
      if (g.i === GEN_CREATED) { g.i = GEN_DONE; if (g.seq) g.seq.gen = null; g.seq = null; }
      throw new PyThrow(exc);
    }
    if (!callingSync() && genPush(rt, g, GM_NEXT, null)) throw new PyThrow(exc);
    throw new PyThrow(exc);
  }
  if (name === 'send') argN(st, 'send', args, 1, 1);
  else argN(st, name, args, 0, 0);
  const send = name === 'send' ? args[0] : null;
  if (!callingSync()) {
    if (genPush(rt, g, GM_NEXT, send)) return PUSHED;
    throwExc(st, 'StopIteration');
  }
  const v = genNextSync(rt, g, send);
  if (v === undefined) throwExc(st, 'StopIteration');
  return v;
}

export function getAttr(rt: Rt, o: PyValue, name: string): PyValue {
  const st = rt.st;
  if (o !== null && typeof o === 'object') {
    switch (o.t) {
      case T.INST: {
        if (name === '__class__') return o.cls;
        if (name === '__dict__') {
          if (st.version === 3 && o.cls.dict.has('__slots__') && !slotAllows(rt, o.cls, '__dict__')) throwExc(st, 'AttributeError', `'${o.cls.name}' object has no attribute '__dict__'`);
          return dictFromMap(rt, o.dict, o);
        }
        const dv = o.dict.get(name);
        if (dv !== undefined) return dv;
        if (o.cls === st.types.property && (name === 'setter' || name === 'getter' || name === 'deleter')) return { t: T.BMETHOD, name: `property.${name}`, self: o };
        if (isSubclass(o.cls, st.types.BaseException)) {
          if (name === 'args') return o.args;
          if (name === 'message' && st.version === 2) return o.args && o.args.a.length === 1 ? o.args.a[0] : '';
          if (name === '__traceback__') return null;
          if (name === 'code' && isSubclass(o.cls, st.types.SystemExit)) { const a = o.args?.a ?? []; return a.length === 0 ? null : a.length === 1 ? a[0] : o.args; }
          if (name === '__cause__') return o.cause ?? null;
          if (name === '__context__') return o.context ?? null;
          if (name === '__suppress_context__' && st.version === 3) return (o as { suppressContext?: boolean }).suppressContext === true;
          if (name === 'with_traceback') return { t: T.BMETHOD, name: 'with_traceback', self: o };
          if (st.version === 3 && (name === 'name' || name === 'path') && isSubclass(o.cls, st.types.ImportError) && lookupClassAttr(o.cls, name) === undefined) return null;
        }
        const cv = lookupClassAttr(o.cls, name);
        if (cv !== undefined) {
          if (cv !== null && typeof cv === 'object') {
            if (cv.t === T.FUNC) return { t: T.BOUND, f: cv, self: o };
            if (cv.t === T.INST && cv.cls === st.types.staticmethod) return cv.dict.get('__func__');
            if (cv.t === T.INST && cv.cls === st.types.classmethod) return { t: T.BOUND, f: cv.dict.get('__func__'), self: o.cls };
            if (cv.t === T.INST && cv.cls === st.types.property) return callSync(rt, cv.dict.get('fget'), [o]);
            if (cv.t === T.BUILTIN) return { t: T.BOUND, f: cv, self: o };
          }
          return cv;
        }
        if (o.cls === st.types.super) return superAttr(rt, o, name);
        const ga = lookupClassAttr(o.cls, '__getattr__');
        if (ga !== undefined && ga.t === T.FUNC) return callSync(rt, ga, [o, name]);
        if (o.dict.has('__stream__') && name === 'write') return { t: T.BMETHOD, name: 'stream.write', self: o };
        if (o.dict.has('__stream__') && name === 'flush') return { t: T.BMETHOD, name: 'stream.flush', self: o };
        if (o.dict.has('__stream__') && ['fileno', 'readline', 'read', 'readlines', 'isatty'].includes(name)) return { t: T.BMETHOD, name: `stream.${name}`, self: o };
        // types.SimpleNamespace is a C type in CPython: its messages name it with its module
        attrError(rt, o, name, `'${o.cls.name === 'SimpleNamespace' && o.cls.module === 'types' ? 'types.SimpleNamespace' : o.cls.name}' object has no attribute '${name}'`);
        break;
      }
      case T.CLASS: {
        if (name === '__name__') return py2Str(st, o.name);
        if (name === '__qualname__') return o.qualname;
        if (name === '__module__') return o.module;
        if (name === '__mro__') return tuple(o.mro);
        if (name === '__bases__') return tuple(o.bases);
        if (name === '__dict__') return dictFromMap(rt, o.dict);
        const cv = lookupClassAttr(o, name);
        if (cv !== undefined) {
          if (cv !== null && typeof cv === 'object' && cv.t === T.INST) {
            if (cv.cls === st.types.staticmethod) return cv.dict.get('__func__');
            if (cv.cls === st.types.classmethod) return { t: T.BOUND, f: cv.dict.get('__func__'), self: o };
          }
          return cv;
        }
        if (name === '__new__' && o === st.types.object) return { t: T.BUILTIN, name: 'object.__new__' };
        if (name === '__init__' || name === '__str__' || name === '__repr__' || ((name === '__setattr__' || name === '__delattr__' || name === '__init_subclass__') && o === st.types.object)) {
          if (isSubclass(o, st.types.BaseException)) return { t: T.BUILTIN, name: `BaseException.${name}` };
          return { t: T.BUILTIN, name: `object.${name}` };
        }
        if (o.builtin === 'dict' && name === 'fromkeys') return { t: T.BUILTIN, name: 'dict.fromkeys' };
        if ((o.builtin === 'bytes' || o.builtin === 'bytearray') && name === 'fromhex') return { t: T.BUILTIN, name: `${o.builtin}.fromhex` };
        if (o.builtin === 'int' && name === 'from_bytes') return { t: T.BUILTIN, name: 'int.from_bytes' };
        if ((o.builtin === 'str' || o.builtin === 'bytes' || o.builtin === 'bytearray') && name === 'maketrans' && st.version === 3) return { t: T.BUILTIN, name: `${o.builtin === 'str' ? 'str' : 'bytes'}.maketrans` };
        if (o.builtin && o.builtin !== 'exc') {
          // unbound builtin method: str.upper, list.append ...
          const sample = { str: '', bytes: bytes(''), list: list([]), dict: { t: T.DICT, m: new Map() }, tuple: tuple([]), set: { t: T.SET, m: new Map() }, int: 0 }[o.builtin as 'str'];
          if (sample !== undefined && hasMethod(st, sample, name)) return { t: T.BUILTIN, name: `unbound.${name}` };
        }
        attrError(rt, o, name, `type object '${o.name}' has no attribute '${name}'`);
        break;
      }
      case T.MODULE: {
        const v = o.dict.get(name);
        if (v !== undefined) return v;
        if (name === '__name__') return py2Str(st, o.name);
        attrError(rt, o, name, st.version === 2 ? `'module' object has no attribute '${name}'` : `module '${o.name}' has no attribute '${name}'`);
        break;
      }
      case T.FUNC:
        if (name === '__name__') return py2Str(st, o.name);
        if (name === '__qualname__') return o.qualname;
        if (name === '__module__') return '__main__';
        if (name === '__doc__') return o.dict?.get('__doc__') ?? rt.prog.codes[o.code].doc ?? null;
        if (name === '__defaults__' || name === 'func_defaults') return o.defaults.length ? tuple(o.defaults) : null;
        if (o.dict && o.dict.has(name)) return o.dict.get(name);
        break;
      case T.BUILTIN:
        if (name === '__name__') return py2Str(st, o.name.replace(/^.*\./, ''));
        break;
      case T.TUPLE:
        // a struct sequence: sys.version_info.major
        if (o.fields && o.fields.includes(name)) return o.a[o.fields.indexOf(name)];
        break;
      case T.INTENUM:
        // socket.AF_INET.name == 'AF_INET', .value == 2
        if (name === 'name' || name === '_name_') return o.name;
        if (name === 'value' || name === '_value_') return o.v;
        {
          // a method of the program's IntEnum class
          const ec = st.types[o.cls];
          const m = ec !== undefined && ec.builtin === null ? lookupClassAttr(ec, name) : undefined;
          if (m !== undefined && m !== null && typeof m === 'object' && m.t === T.FUNC) return { t: T.BOUND, f: m, self: o };
        }
        break;
      case T.BYTES: case T.BYTEARRAY:
        // memoryview's attributes (see MEMORYVIEW_METHODS)
        if (st.version === 3) {
          if (name === 'nbytes') return o.s.length;
          if (name === 'readonly') return o.t === T.BYTES;
          if (name === 'itemsize') return 1;
          if (name === 'ndim') return 1;
          if (name === 'obj') return o;
        }
        break;
      case T.BMETHOD:
        // a method of a builtin object: sock.recv.__name__ == 'recv', __self__ is the object
        if (name === '__name__') return py2Str(st, o.name.replace(/^.*\./, ''));
        if (name === '__self__') return o.self;
        if (name === '__qualname__' && st.version === 3) return `${typeName(st, o.self)}.${o.name.replace(/^.*\./, '')}`;
        break;
      case T.BOUND:
        if (name === '__self__' || name === 'im_self') return o.self;
        if (name === '__func__' || name === 'im_func') return o.f;
        if (name === '__name__') return py2Str(st, o.f.name);
        if (name === '__doc__' && o.f.t === T.FUNC) return getAttr(rt, o.f, name);
        break;
      case T.SOCK: {
        const r = sockAttr(rt, o, name);
        if (r !== undefined) return r;
        break;
      }
      case T.FLOAT:
        if (name === 'real') return o;
        if (name === 'imag') return float(0);
        break;
      case T.ITER:
        if (name === '.gen_return') return o.ret ?? null;
        break;
      case T.DICT:
        if (name === 'default_factory' && o.kind === 'defaultdict') return o.df ?? null;
        break;
      case T.SLICE:
        if (name === 'start' || name === 'stop' || name === 'step') return o[name];
        break;
      case T.RANGE:
        if (name === 'start' || name === 'stop' || name === 'step') return o[name];
        break;
    }
  } else if (isInt(o)) {
    if (name === 'real' || name === 'numerator') return typeof o === 'boolean' ? (o ? 1 : 0) : o;
    if (name === 'imag') return 0;
    if (name === 'denominator') return 1;
  }
  if (hasMethod(st, o, name)) return { t: T.BMETHOD, name, self: o };
  if (name === '__class__' && st.version === 3) return typeOf(st, o);
  attrError(rt, o, name, `'${typeName(st, o)}' object has no attribute '${name}'`);
}

const METHOD_SETS = (st: PyState, o: PyValue): Set<string> | null => {
  for (const probe of ['upper', 'append', 'index', 'keys', 'add', 'bit_length', 'is_integer', 'recv', 'poll']) void probe;
  if (typeof o === 'string') return STR_METHODS;
  if (isInt(o)) return INT_METHODS;
  if (o === null || typeof o !== 'object') return null;
  switch (o.t) {
    case T.BYTES: case T.BYTEARRAY: return STR_METHODS;
    case T.LIST: return LIST_METHODS;
    case T.TUPLE: return TUPLE_METHODS;
    case T.DICT: return DICT_METHODS;
    case T.SET: case T.FROZENSET: return SET_METHODS;
    case T.FLOAT: return FLOAT_METHODS;
    case T.SOCK: return SOCK_METHODS;
    case T.POLL: return POLL_METHODS;
  }
  void st;
  return null;
};

/** Raise AttributeError with CPython 3.11's "Did you mean" suggestion (shown in tracebacks). */
export function attrError(rt: Rt, o: PyValue, name: string, msg: string): never {
  const st = rt.st;
  const exc = newExc(st, 'AttributeError', [msg]);
  if (st.version === 3) {
    const names = new Set<string>();
    if (o !== null && typeof o === 'object') {
      if (o.t === T.INST) { for (const k of o.dict.keys()) names.add(k); for (const c of o.cls.mro) for (const k of c.dict.keys()) names.add(k); }
      else if (o.t === T.CLASS) { for (const c of o.mro) for (const k of c.dict.keys()) names.add(k); }
      else if (o.t === T.MODULE) for (const k of o.dict.keys()) names.add(k);
    }
    const ms = METHOD_SETS(st, o);
    if (ms) for (const k of ms) if (hasMethod(st, o, k)) names.add(k);
    if (o !== null && typeof o === 'object' && o.t === T.SOCK) for (const k of ['family', 'type', 'proto', 'timeout']) names.add(k);
    const s = suggest([...names].sort(), name);
    if (s !== null) exc.dict.set('__suggestion__', s);
  }
  throw new PyThrow(exc);
}

function superAttr(rt: Rt, sup: PyInst, name: string): PyValue {
  const st = rt.st;
  const thisCls: PyClass = sup.dict.get('__thisclass__');
  const self = sup.dict.get('__self__');
  const startCls: PyClass = self && self.t === T.CLASS ? self : self.cls;
  const mro = startCls.mro;
  let i = mro.indexOf(thisCls);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) {
      if (v && v.t === T.FUNC) return { t: T.BOUND, f: v, self };
      if (v && v.t === T.INST && v.cls === st.types.classmethod) return { t: T.BOUND, f: v.dict.get('__func__'), self: startCls };
      return v;
    }
    if (mro[i].builtin === 'exc' && (name === '__init__' || name === '__str__' || name === '__repr__')) return { t: T.BOUND, f: { t: T.BUILTIN, name: `BaseException.${name}` }, self };
  }
  if (name === '__init__') return { t: T.BOUND, f: { t: T.BUILTIN, name: 'object.__init__' }, self };
  // object's own: super().__setattr__(...) in a __setattr__ override, super().__init_subclass__() ...
  if (name === '__setattr__' || name === '__delattr__' || name === '__init_subclass__' || name === '__str__' || name === '__repr__') {
    return { t: T.BOUND, f: { t: T.BUILTIN, name: `object.${name}` }, self: name === '__init_subclass__' ? startCls : self };
  }
  throwExc(st, 'AttributeError', `'super' object has no attribute '${name}'`);
}

function dictFromMap(rt: Rt, m: Map<string, PyValue>, owner?: PyValue): PyValue {
  const d: PyValue = { t: T.DICT, m: new Map() };
  // Python 2's attribute names are str (bytes)
  for (const [k, v] of m) if (!k.startsWith('__stream')) { const key = rt.st.version === 2 ? bytes(k) : k; d.m.set(hashKey(rt, key), [key, v]); }
  if (owner !== undefined) d.owner = owner;
  return d;
}

/** An instance's __dict__ was changed through the dict: write its str keys back as the attributes. */
function syncOwner(rt: Rt, d: PyValue): void {
  const attrs: Map<string, PyValue> = d.owner.dict;
  for (const k of [...attrs.keys()]) if (!k.startsWith('__stream')) attrs.delete(k);
  void rt;
  for (const [k, v] of d.m.values()) {
    if (typeof k === 'string') attrs.set(k, v);
    else if (k !== null && typeof k === 'object' && k.t === T.BYTES) attrs.set(k.s, v);
  }
}

export function setAttr(rt: Rt, o: PyValue, name: string, v: PyValue): void {
  const st = rt.st;
  if (o !== null && typeof o === 'object') {
    if (o.t === T.INST) {
      if (isSubclass(o.cls, st.types.BaseException) && name === 'args') { o.args = tuple(toArray(rt, v)); return; }
      if (isSubclass(o.cls, st.types.BaseException) && st.version === 3) {
        const isExc = (x: PyValue) => x === null || isObj(x, T.INST) && isSubclass(x.cls, st.types.BaseException);
        if (name === '__cause__') {
          if (!isExc(v)) typeError(st, 'exception cause must be None or derive from BaseException');
          o.cause = v as PyInst | null;
          (o as { suppressContext?: boolean }).suppressContext = true;
          return;
        }
        if (name === '__context__') {
          if (!isExc(v)) typeError(st, 'exception context must be None or derive from BaseException');
          o.context = v as PyInst | null;
          return;
        }
        if (name === '__suppress_context__') { (o as { suppressContext?: boolean }).suppressContext = truthy(rt, v); return; }
      }
      if (name === '__class__') typeError(st, '__class__ assignment is not supported');
      const sa = lookupClassAttr(o.cls, '__setattr__');
      if (sa !== undefined && sa.t === T.FUNC) { callSync(rt, sa, [o, name, v]); return; }
      const cv = lookupClassAttr(o.cls, name);
      if (cv !== undefined && cv !== null && typeof cv === 'object' && cv.t === T.INST && cv.cls === st.types.property) {
        const fset = cv.dict.get('fset');
        if (fset === undefined || fset === null) throwExc(st, 'AttributeError', st.version === 2 ? "can't set attribute" : `property '${name}' of '${o.cls.name}' object has no setter`);
        callSync(rt, fset, [o, v]);
        return;
      }
      if (st.version === 3 && o.cls.dict.has('__slots__') && !o.dict.has(name) && !slotAllows(rt, o.cls, name)) {
        throwExc(st, 'AttributeError', `'${o.cls.name}' object has no attribute '${name}'`);
      }
      // a bare object() has no __dict__
      if (o.cls === st.types.object) throwExc(st, 'AttributeError', `'object' object has no attribute '${name}'`);
      o.dict.set(name, v);
      return;
    }
    if (o.t === T.CLASS && !o.builtin) {
      // (Python 2's str is bytes here: namedtuple names its class with one)
      const sv = typeof v === 'string' ? v : st.version === 2 && isObj(v, T.BYTES) ? v.s : null;
      if (name === '__name__' && sv !== null) { o.name = sv; return; }
      if (name === '__qualname__' && sv !== null) { o.qualname = sv; return; }
      if (name === '__module__' && sv !== null) { o.module = sv; return; }
      o.dict.set(name, v);
      return;
    }
    if (o.t === T.CLASS) typeError(st, `cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (o.t === T.MODULE) { o.dict.set(name, v); return; }
    if (o.t === T.FUNC) {
      // f.__name__ / f.__qualname__ rename the function (functools.wraps), as its repr shows
      const sv = typeof v === 'string' ? v : st.version === 2 && isObj(v, T.BYTES) ? v.s : null;
      if (name === '__name__' || name === '__qualname__') {
        if (sv === null) typeError(st, `__${name.slice(2, -2)}__ must be set to a string object`);
        if (name === '__name__') o.name = sv; else o.qualname = sv;
        return;
      }
      if (!o.dict) o.dict = new Map();
      o.dict.set(name, v);
      return;
    }
  }
  if (hasMethod(st, o, name)) throwExc(st, 'AttributeError', `'${typeName(st, o)}' object attribute '${name}' is read-only`);
  throwExc(st, 'AttributeError', `'${typeName(st, o)}' object has no attribute '${name}'`);
}

/**
 * With __slots__ in every class of the MRO (and no '__dict__' among them), an instance has no
 * __dict__: only the named slots can be set.
 */
function slotAllows(rt: Rt, cls: PyClass, name: string): boolean {
  const st = rt.st;
  for (const c of cls.mro) {
    if (c === st.types.object) continue;
    if (c.builtin !== null) return true;
    const sl = c.dict.get('__slots__');
    if (sl === undefined) return true;
    const names = typeof sl === 'string' ? [sl] : toArray(rt, sl);
    if (names.includes('__dict__') || names.includes(name)) return true;
  }
  return false;
}

/** `del o.name` for a property: its deleter runs (true), or AttributeError without one. */
function propertyDelete(rt: Rt, o: PyInst, name: string): boolean {
  const st = rt.st;
  const ca = lookupClassAttr(o.cls, name);
  if (ca === undefined || ca === null || typeof ca !== 'object' || ca.t !== T.INST || ca.cls !== st.types.property) return false;
  const fdel = ca.dict.get('fdel');
  if (fdel === undefined || fdel === null) throwExc(st, 'AttributeError', st.version === 3 ? `property '${name}' of '${o.cls.name}' object has no deleter` : "can't delete attribute");
  callSync(rt, fdel, [o]);
  return true;
}

export function delAttr(rt: Rt, o: PyValue, name: string): void {
  const st = rt.st;
  if (o !== null && typeof o === 'object' && o.t === T.INST) {
    // a class's __delattr__, or a property's deleter
    const da = lookupClassAttr(o.cls, '__delattr__');
    if (da !== undefined && da !== null && typeof da === 'object' && da.t === T.FUNC) { callSync(rt, da, [o, name]); return; }
    if (propertyDelete(rt, o, name)) return;
  }
  if (o !== null && typeof o === 'object' && (o.t === T.INST || (o.t === T.CLASS && !o.builtin) || o.t === T.MODULE)) {
    if (o.dict.delete(name)) return;
  }
  throwExc(st, 'AttributeError', o !== null && typeof o === 'object' && o.t === T.INST ? `'${o.cls.name}' object has no attribute '${name}'` : `'${typeName(st, o)}' object has no attribute '${name}'`);
}

// ---------------------------------------------------------------- format specs (format(), f-strings, str.format)
export function formatSpec(rt: Rt, v: PyValue, spec: string): string {
  const st = rt.st;
  if (v !== null && typeof v === 'object' && v.t === T.INTENUM) v = v.v;
  if (spec === '' && (typeof v !== 'object' || v === null)) return str(rt, v);
  if (v !== null && typeof v === 'object' && v.t === T.INST) {
    const f = lookupClassAttr(v.cls, '__format__');
    if (f !== undefined && f.t === T.FUNC) return str(rt, callSync(rt, f, [v, spec]));
    if (spec === '') return str(rt, v);
  }
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/s.exec(spec);
  if (!m) valueError(st, 'Invalid format specifier');
  let [, fill, align] = m;
  const [, , , sign, , alt, zero, widthS, group, precS, typeC] = m;
  const width = widthS ? parseInt(widthS, 10) : 0;
  const prec = precS !== undefined ? parseInt(precS, 10) : null;
  let body: string;
  let neg = false;
  let prefix = '';
  const numeric = isInt(v) || isObj(v, T.FLOAT);
  if (typeof v === 'string' || (isBytesLike(v) && st.version === 2) || (!numeric && !typeC)) {
    if (typeC && typeC !== 's') valueError(st, `Unknown format code '${typeC}' for object of type '${typeName(st, v)}'`);
    if (sign) valueError(st, sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
    if (group) valueError(st, `Cannot specify '${group}' with 's'.`);
    if (alt) valueError(st, 'Alternate form (#) not allowed in string format specifier');
    if (align === '=') valueError(st, "'=' alignment not allowed in string format specifier");
    body = typeof v === 'string' ? v : strOf(st, v) ?? str(rt, v);
    if (prec !== null) body = [...body].slice(0, prec).join('');
    if (!align) align = '<';
    if (zero && !fill) fill = '0';
  } else if (numeric) {
    const t = typeC ?? (isInt(v) && typeof v !== 'object' ? 'd' : '');
    if (t !== '' && !'bcdeEfFgGnoxX%'.includes(t)) valueError(st, `Unknown format code '${t}' for object of type '${typeName(st, v)}'`);
    if (isInt(v) && 'bcdoxXn'.includes(t) && t !== '') {
      if (prec !== null) valueError(st, 'Precision not allowed in integer format specifier');
      const n = toBig(v);
      neg = n < 0n;
      const a = neg ? -n : n;
      switch (t) {
        case 'b': body = a.toString(2); break;
        case 'o': body = a.toString(8); break;
        case 'x': body = a.toString(16); break;
        case 'X': body = a.toString(16).toUpperCase(); break;
        case 'c':
          if (neg || a > 0x10ffffn) throwExc(st, 'OverflowError', '%c arg not in range(0x110000)');
          body = String.fromCodePoint(Number(a));
          break;
        default: body = a.toString();
      }
      if (group) {
        const n = t === 'd' || t === 'n' ? 3 : 4;
        // zero padding (no explicit fill or alignment) grows the digits, separators included
        const lead = (neg || sign === '+' || sign === ' ' ? 1 : 0) + (alt && 'box'.includes(t.toLowerCase()) ? 2 : 0);
        if (zero && !fill && !align) { while (groupDigits(body, group, n).length + lead < width) body = '0' + body; }
        body = groupDigits(body, group, n);
      }
      // the 0x/0o/0b prefix goes with the sign: '=' padding (zero fill) comes after it ({:#06x} is 0x00ff)
      if (alt && 'box'.includes(t.toLowerCase())) prefix = '0' + (t === 'X' ? 'X' : t);
    } else {
      if (t === 'c' || (t && 'bdoxX'.includes(t))) valueError(st, `Unknown format code '${t}' for object of type 'float'`);
      const x = toNum(v);
      neg = x < 0 || Object.is(x, -0);
      const a = Math.abs(x);
      if (t === '') {
        body = prec === null ? floatRepr(a) : fmtFloat(a, 'g', prec, !!alt);
        // no type with a precision: like 'g', but fixed-point keeps at least one digit after the point
        if (prec !== null && !/[.e]/.test(body) && Number.isFinite(a)) body += '.0';
      } else if (t === '%') body = fmtFloat(a * 100, 'f', prec ?? 6, !!alt) + '%';
      else body = fmtFloat(a, t === 'n' ? 'g' : t, prec ?? 6, !!alt);
      if (group) {
        const m2 = /^(\d*)(.*)$/s.exec(body)!;
        body = groupDigits(m2[1], group, 3) + m2[2];
      }
    }
    if (!align) align = zero ? '=' : '>';
    if (zero && !fill) fill = '0';
  } else {
    body = str(rt, v);
    if (!align) align = '<';
  }
  const signStr = (neg ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '') + prefix;
  const f = fill ?? ' ';
  const total = signStr.length + (astral(body) ? [...body].length : body.length);
  if (width <= total) return signStr + body;
  const pad = width - total;
  switch (align) {
    case '<': return signStr + body + f.repeat(pad);
    case '>': return f.repeat(pad) + signStr + body;
    case '^': return f.repeat(Math.floor(pad / 2)) + signStr + body + f.repeat(pad - Math.floor(pad / 2));
    case '=': return signStr + f.repeat(pad) + body;
  }
  return signStr + body;
}

function groupDigits(s: string, sep: string, n: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % n === 0) out += sep;
    out += s[i];
  }
  return out;
}

export function strFormat(rt: Rt, fmt: string, args: PyValue[], kw: Kw): string {
  const st = rt.st;
  let out = '';
  let auto = 0;
  /** 1 after an automatic field ({}), 2 after a numbered one ({0}): they cannot be mixed */
  let mode = 0;
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      // find matching }
      let depth = 1, j = i + 1;
      while (j < fmt.length && depth > 0) { if (fmt[j] === '{') depth++; else if (fmt[j] === '}') depth--; if (depth > 0) j++; }
      if (j >= fmt.length) {
        // CPython's messages for an unterminated replacement field
        const rest = fmt.slice(i + 1);
        if (i + 1 >= fmt.length) valueError(st, "Single '{' encountered in format string");
        if (/^[^:![]*!$/.test(rest)) valueError(st, 'end of string while looking for conversion specifier');
        valueError(st, /^[^[]*[:!]/.test(rest) ? "unmatched '{' in format spec" : "expected '}' before end of string");
      }
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
      if (m === null) {
        const cm = /^[^!:]*!([^:]?)([^:]*)/s.exec(field);
        if (cm !== null && cm[1] === '') valueError(st, "unmatched '{' in format spec");
        if (cm !== null && cm[2] !== '') valueError(st, "expected ':' after conversion specifier");
        valueError(st, `Unknown conversion specifier ${cm !== null ? cm[1] : field}`);
      }
      const [, name] = m;
      const conv = m[2];
      let spec = m[3] ?? '';
      let v: PyValue;
      const first = /^[^.[]*/.exec(name)![0];
      let rest = name.slice(first.length);
      if (first === '') {
        if (mode === 2) valueError(st, 'cannot switch from manual field specification to automatic field numbering');
        if (auto >= args.length) throwExc(st, 'IndexError', `Replacement index ${auto} out of range for positional args tuple`);
        v = args[auto++];
        mode = 1;
      } else if (/^\d+$/.test(first)) {
        if (mode === 1) valueError(st, 'cannot switch from automatic field numbering to manual field specification');
        mode = 2;
        const n = parseInt(first, 10);
        if (n >= args.length) throwExc(st, 'IndexError', `Replacement index ${n} out of range for positional args tuple`);
        v = args[n];
      } else {
        const kv = kw?.get(first);
        if (kv === undefined) throw new PyThrow(newExc(st, 'KeyError', [first]));
        v = kv;
      }
      while (rest.length) {
        let mm = /^\.(\w+)/.exec(rest);
        if (mm) { v = getAttr(rt, v, mm[1]); rest = rest.slice(mm[0].length); continue; }
        mm = /^\[([^\]]*)\]/.exec(rest);
        if (mm) { v = getItem(rt, v, /^\d+$/.test(mm[1]) ? parseInt(mm[1], 10) : mm[1]); rest = rest.slice(mm[0].length); continue; }
        break;
      }
      if (spec.includes('{')) spec = strFormat(rt, spec, args.slice(auto), kw);
      if (conv === 'r') v = repr(rt, v);
      else if (conv === 'a') v = asciiEscape(repr(rt, v));
      else if (conv === 's') v = str(rt, v);
      out += spec === '' ? str(rt, v) : formatSpec(rt, v, spec);
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      valueError(st, "Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------- builtin functions
export const BUILTIN_FUNCS = [
  'print', 'len', 'range', 'enumerate', 'zip', 'sorted', 'reversed', 'min', 'max', 'sum', 'abs', 'isinstance', 'issubclass',
  'repr', 'hex', 'oct', 'bin', 'ord', 'chr', 'iter', 'next', 'any', 'all', 'map', 'filter', 'id', 'hash', 'callable',
  'getattr', 'setattr', 'hasattr', 'delattr', 'round', 'divmod', 'pow', 'input', 'open', 'format', 'vars', 'dir', 'globals', 'locals',
  'exit', 'quit', 'ascii', 'super', 'memoryview', 'eval',
];
export const PY2_BUILTIN_FUNCS = ['raw_input', 'xrange', 'unichr', 'cmp', 'reduce', 'apply'];

function kwArg(kw: Kw, name: string): PyValue {
  const v = kw?.get(name);
  return v;
}

export function callBuiltin(rt: Rt, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  switch (name) {
    case 'print': {
      const sep = kwArg(kw, 'sep');
      const end = kwArg(kw, 'end');
      const file = kwArg(kw, 'file');
      const sepS = sep === undefined || sep === null ? ' ' : typeof sep === 'string' ? sep : typeError(st, `sep must be None or a string, not ${typeName(st, sep)}`);
      const endS = end === undefined || end === null ? '\n' : typeof end === 'string' ? end : typeError(st, `end must be None or a string, not ${typeName(st, end)}`);
      if (kw) for (const k of kw.keys()) if (!['sep', 'end', 'file', 'flush'].includes(k)) typeError(st, `'${k}' is an invalid keyword argument for print()`);
      const text = args.map((a) => (st.version === 2 && isObj(a, T.BYTES) ? decodeForOutput(a.s) : str(rt, a))).join(sepS) + endS;
      if (file === undefined || file === null) writeOut(rt, 'stdout', text);
      else if (file.t === T.INST && file.dict.has('__stream__')) writeOut(rt, file.dict.get('__stream__'), text);
      else callSync(rt, getAttr(rt, file, 'write'), [text]);
      return null;
    }
    case 'len': {
      noKw(st, 'len', kw);
      argN(st, 'len', args, 1, 1);
      return pyLen(rt, args[0]);
    }
    case 'range': case 'xrange': {
      noKw(st, name, kw);
      if (args.length === 0) typeError(st, `${name} expected at least 1 argument, got 0`);
      if (args.length > 3) typeError(st, `${name} expected at most 3 arguments, got ${args.length}`);
      const n = args.map((a) => toIndex(st, a));
      const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
      if (step === 0) valueError(st, st.version === 2 ? `${name}() step argument must not be zero` : 'range() arg 3 must not be zero');
      const r = { t: T.RANGE, start, stop, step };
      if (st.version === 2 && name === 'range') {
        const len = rangeLen(r);
        checkLen(st, len);
        const a: number[] = [];
        for (let i = 0, x = start; i < len; i++, x += step) a.push(x);
        return list(a);
      }
      return r;
    }
    case 'enumerate': {
      // lazy in both versions: each next() takes one item
      const start = args.length > 1 ? toIndex(st, args[1]) : kw?.has('start') ? toIndex(st, kw.get('start')) : 0;
      return { t: T.ITER, kind: IT_ENUM, seq: getIter(rt, args[0]), i: start, tn: 'enumerate' };
    }
    case 'zip': {
      if (st.version === 2) {
        const arrs = args.map((a) => toArray(rt, a));
        const n = arrs.length ? Math.min(...arrs.map((a) => a.length)) : 0;
        const out: PyValue[] = [];
        for (let i = 0; i < n; i++) out.push(tuple(arrs.map((a) => a[i])));
        return list(out);
      }
      if (kw) for (const k of kw.keys()) if (k !== 'strict') typeError(st, `zip() got an unexpected keyword argument '${k}'`);
      const z: PyValue = { t: T.ITER, kind: IT_ZIP, seq: args.map((a) => getIter(rt, a)), i: 0, tn: 'zip' };
      if (kw && truthy(rt, kw.get('strict')!)) z.strict = true;
      return z;
    }
    case 'sorted': {
      if (args.length !== 1) typeError(st, `sorted expected 1 argument, got ${args.length}`);
      checkSortKw(st, kw);
      const items = toArray(rt, args[0]);
      sortList(rt, items, kwArg(kw, 'key'), kwArg(kw, 'reverse'), kwArg(kw, 'cmp'));
      return list(items);
    }
    case 'reversed': {
      const v = args[0];
      if (isObj(v, T.SET) || (isObj(v, T.DICT) && st.version === 2) || v === null || typeof v === 'number' || typeof v === 'boolean' || isObj(v, T.ITER)) typeError(st, `'${typeName(st, v)}' object is not reversible`);
      const it = iterOf(toArray(rt, v).reverse());
      const l2 = st.version === 2;
      it.tn = isObj(v, T.LIST) ? (l2 ? 'listreverseiterator' : 'list_reverseiterator') : isObj(v, T.RANGE) ? (l2 ? 'rangeiterator' : 'range_iterator') : isObj(v, T.DICT) ? 'dict_reversekeyiterator' : 'reversed';
      return it;
    }
    case 'min': case 'max': {
      if (args.length === 0) typeError(st, st.version === 2 ? `${name} expected 1 arguments, got 0` : `${name} expected at least 1 argument, got 0`);
      const items = args.length === 1 ? toArray(rt, args[0]) : args;
      const key = kwArg(kw, 'key');
      if (items.length === 0) {
        const d = kwArg(kw, 'default');
        if (d !== undefined) return d;
        valueError(st, st.version === 2 ? `${name}() arg is an empty sequence` : `${name}() arg is an empty sequence`);
      }
      let best = items[0];
      let bestK = key && key !== null ? callSync(rt, key, [best]) : best;
      for (let i = 1; i < items.length; i++) {
        const k = key && key !== null ? callSync(rt, key, [items[i]]) : items[i];
        if (name === 'min' ? compare(rt, Cmp.LT, k, bestK) : compare(rt, Cmp.GT, k, bestK)) { best = items[i]; bestK = k; }
      }
      return best;
    }
    case 'sum': {
      let acc: PyValue = args.length > 1 ? args[1] : kwArg(kw, 'start') ?? 0;
      if (typeof acc === 'string') typeError(st, "sum() can't sum strings [use ''.join(seq) instead]");
      for (const x of toArray(rt, args[0])) acc = binop(rt, Bin.ADD, acc, x);
      return acc;
    }
    case 'abs': {
      argN(st, 'abs', args, 1, 1);
      const v = args[0];
      if (typeof v === 'number') return Math.abs(v);
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v === 'bigint') return v < 0n ? -v : v;
      if (isObj(v, T.FLOAT)) return float(Math.abs(v.v));
      if (isObj(v, T.INTENUM)) return Math.abs(v.v);
      if (isObj(v, T.INST)) {
        const f = lookupClassAttr(v.cls, '__abs__');
        if (f !== undefined) return callSync(rt, f, [v]);
      }
      typeError(st, `bad operand type for abs(): '${typeName(st, v)}'`);
      break;
    }
    case 'isinstance': {
      argN(st, 'isinstance', args, 2, 2);
      return isInstance(rt, args[0], args[1]);
    }
    case 'issubclass': {
      argN(st, 'issubclass', args, 2, 2);
      if (!isObj(args[0], T.CLASS)) typeError(st, 'issubclass() arg 1 must be a class');
      const check = (c: PyValue): boolean => {
        if (isObj(c, T.TUPLE)) return c.a.some(check);
        if (!isObj(c, T.CLASS)) typeError(st, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
        return isSubclass(args[0], c) || (c === st.types.int && args[0] === st.types.bool);
      };
      return check(args[1]);
    }
    case 'repr': {
      argN(st, 'repr', args, 1, 1);
      const r = repr(rt, args[0]);
      // Python 2's repr() is a str (bytes)
      return st.version === 2 && ![...r].some((c) => c.charCodeAt(0) > 0xff) ? bytes(r) : r;
    }
    case 'ascii': return asciiEscape(repr(rt, args[0]));
    case 'hex': case 'oct': case 'bin': {
      argN(st, name, args, 1, 1);
      if (!isInt(args[0])) typeError(st, `'${typeName(st, args[0])}' object cannot be interpreted as an integer`);
      const n = toBig(args[0]);
      const a = n < 0n ? -n : n;
      const body = name === 'hex' ? '0x' + a.toString(16) : name === 'oct' ? (st.version === 2 ? (a === 0n ? '0' : '0' + a.toString(8)) : '0o' + a.toString(8)) : '0b' + a.toString(2);
      return py2Str(st, (n < 0n ? '-' : '') + body + (st.version === 2 && typeof args[0] === 'bigint' && (args[0] > 0x7fffffffffffffffn || args[0] < -0x8000000000000000n) && (name === 'hex' || name === 'oct') ? 'L' : ''));
    }
    case 'ord': {
      argN(st, 'ord', args, 1, 1);
      const v = args[0];
      const s = typeof v === 'string' ? v : isBytesLike(v) ? v.s : null;
      if (s === null) typeError(st, `ord() expected string of length 1, but ${typeName(st, v)} found`);
      const cps = [...s];
      if (cps.length !== 1) typeError(st, `ord() expected a character, but string of length ${s.length} found`);
      return cps[0].codePointAt(0)!;
    }
    case 'chr': case 'unichr': {
      argN(st, name, args, 1, 1);
      const n = toIndex(st, args[0]);
      if (st.version === 2 && name === 'chr') {
        if (n < 0 || n > 255) valueError(st, 'chr() arg not in range(256)');
        return bytes(String.fromCharCode(n));
      }
      if (n < 0 || n > 0x10ffff) valueError(st, 'chr() arg not in range(0x110000)');
      return String.fromCodePoint(n);
    }
    case 'iter':
      if (args.length === 2 && rt.prog.libs?._iterlib !== undefined) {
        if (!callBuiltin(rt, 'callable', [args[0]], null)) typeError(st, 'iter(v, w): v must be callable');
        return callValue(rt, importModule(rt, '_iterlib').dict.get('callable_iterator'), args, null);
      }
      argN(st, 'iter', args, 1, 1);
      return getIter(rt, args[0]);
    case 'next': {
      argN(st, 'next', args, 1, 2);
      const it = args[0];
      if (!isObj(it, T.ITER)) {
        if (isObj(it, T.INST)) {
          const f = lookupClassAttr(it.cls, st.version === 2 ? 'next' : '__next__') ?? lookupClassAttr(it.cls, '__next__');
          // a socket file's next line may have to wait in the kernel
          if (f !== undefined && f.t === T.BUILTIN && args.length === 1 && !callingSync()) return callValue(rt, f, [it], null);
          if (f !== undefined) {
            try { return callSync(rt, f, [it]); } catch (e) {
              if (args.length > 1 && e instanceof PyThrow && isSubclass(e.exc.cls, st.types.StopIteration)) return args[1];
              throw e;
            }
          }
        }
        typeError(st, `'${typeName(st, it)}' object is not an iterator`);
      }
      if (it.kind === IT_GEN && !callingSync()) {
        // resume the generator frame in the caller's loop (it may block, e.g. in recv)
        if (genPush(rt, it, args.length > 1 ? GM_NEXT_DEFAULT : GM_NEXT, null, args[1])) return PUSHED;
        if (args.length > 1) return args[1];
        throwExc(st, 'StopIteration');
      }
      const v = iterNext(rt, it);
      if (v === undefined) {
        if (args.length > 1) return args[1];
        throwExc(st, 'StopIteration');
      }
      return v;
    }
    case 'any': case 'all': {
      // stop at the first item that decides, as CPython does (the rest of an iterator is left unread)
      argN(st, name, args, 1, 1);
      const it = getIter(rt, args[0]);
      for (;;) {
        const x = iterNext(rt, it);
        if (x === undefined) return name === 'all';
        if (truthy(rt, x) === (name === 'any')) return name === 'any';
      }
    }
    case 'map': {
      if (args.length < 2) typeError(st, 'map() must have at least two arguments.');
      const fn = args[0];
      if (st.version === 3) return { t: T.ITER, kind: IT_MAP, seq: args.slice(1).map((a) => getIter(rt, a)), i: 0, tn: 'map', fn };
      const arrs = args.slice(1).map((a) => toArray(rt, a));
      const n = Math.min(...arrs.map((a) => a.length));
      const out: PyValue[] = [];
      for (let i = 0; i < n; i++) out.push(fn === null ? (arrs.length === 1 ? arrs[0][i] : tuple(arrs.map((a) => a[i]))) : callSync(rt, fn, arrs.map((a) => a[i])));
      return st.version === 2 ? list(out) : iterOf(out);
    }
    case 'filter': {
      argN(st, 'filter', args, 2, 2);
      const fn = args[0];
      if (st.version === 3) return { t: T.ITER, kind: IT_FILTER, seq: getIter(rt, args[1]), i: 0, tn: 'filter', fn };
      const out = toArray(rt, args[1]).filter((x) => truthy(rt, fn === null ? x : callSync(rt, fn, [x])));
      if (st.version === 2) {
        // Python 2's filter keeps the type of a str, unicode or tuple
        if (typeof args[1] === 'string') return out.join('');
        if (isObj(args[1], T.BYTES)) return bytes(out.map((c) => (c as { s: string }).s).join(''));
        return isObj(args[1], T.TUPLE) ? tuple(out) : list(out);
      }
      return iterOf(out);
    }
    case 'apply': {
      // apply(f, args[, kwargs]) is f(*args, **kwargs); the call runs in the caller's loop (it may block)
      argN(st, 'apply', args, 1, 3);
      const pos = args.length > 1 ? toArray(rt, args[1]) : [];
      let akw: Map<string, PyValue> | null = null;
      if (args.length > 2 && args[2] !== null) {
        if (!isObj(args[2], T.DICT)) typeError(st, `apply() arg 3 expected dictionary, found ${typeName(st, args[2])}`);
        akw = new Map();
        for (const [k, v] of args[2].m.values()) akw.set(isObj(k, T.BYTES) ? k.s : k, v);
      }
      return callValue(rt, args[0], pos, akw);
    }
    case 'reduce': {
      const items = toArray(rt, args[1]);
      let acc: PyValue;
      let i = 0;
      if (args.length > 2) acc = args[2];
      else { if (!items.length) typeError(st, 'reduce() of empty sequence with no initial value'); acc = items[0]; i = 1; }
      for (; i < items.length; i++) acc = callSync(rt, args[0], [acc, items[i]]);
      return acc;
    }
    case 'cmp': return order(rt, args[0], args[1], Cmp.LT);
    case 'id': {
      const v = args[0];
      if (v !== null && typeof v === 'object' && (v.t === T.BYTES || v.t === T.TUPLE || v.t === T.FLOAT || v.t === T.ELLIPSIS || v.t === T.INTENUM)) {
        // immutable values may be shared with the (never mutated) Program: derive an id from the value
        let k = '';
        try { k = String(hashKey(rt, v)); } catch { k = 'unhashable'; }
        let h = 0;
        for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) >>> 0;
        return 139000000000000 + h * 16;
      }
      if (v !== null && typeof v === 'object') return 140000000000000 + objectId(st, v) * 16;
      return 94000000000000 + (typeof v === 'number' ? v * 32 : 8);
    }
    case 'hash': {
      // an instance's own __hash__ gives its hash (as CPython, -1 becomes -2)
      const hv = args[0];
      if (isObj(hv, T.INST)) {
        const hf = lookupClassAttr(hv.cls, '__hash__');
        if (hf !== undefined && hf !== null && typeof hf === 'object' && hf.t === T.FUNC) {
          const r = callSync(rt, hf, [hv]);
          if (!isInt(r)) typeError(st, '__hash__ method should return an integer');
          if (typeof r === 'bigint') { const m = normBig(r % 2305843009213693951n); return m === -1 ? -2 : m; }
          const n = Number(r);
          return n === -1 ? -2 : n;
        }
      }
      if (st.version === 3) {
        const ch = cpyHash(hv);
        if (ch !== null) return normBig(ch);
      }
      const k = hashKey(rt, args[0]);
      if (typeof k === 'number') return Number.isInteger(k) ? k : Math.floor(k * 1000003) | 0;
      if (typeof k === 'bigint') return normBig(k % 2305843009213693951n);
      let h = 0;
      const s = String(k);
      for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
      return h;
    }
    case 'eval': {
      // eval(expression[, globals[, locals]]): the caller's names unless dicts are given
      argN(st, 'eval', args, 1, 3);
      let src = args[0];
      if (isBytesLike(src)) src = src.s;
      if (typeof src !== 'string') typeError(st, 'eval() arg 1 must be a string, bytes or code object');
      const g = args[1] ?? kw?.get('globals') ?? null;
      const l = args[2] ?? kw?.get('locals') ?? null;
      for (const d of [g, l]) if (d !== null && !isObj(d, T.DICT)) typeError(st, d === g ? 'globals must be a dict' : 'locals must be a mapping');
      const fromDict = (d: PyValue, name: string): PyValue | undefined => d.m.get(hashKey(rt, name))?.[1];
      let lookup: (name: string) => PyValue | undefined;
      if (g !== null) {
        // globals' __builtins__ (a dict) replaces the builtins: {'__builtins__': {}} allows none
        const gb = fromDict(g, '__builtins__');
        const bget = isObj(gb, T.DICT) ? (name: string): PyValue | undefined => fromDict(gb, name) : (name: string): PyValue | undefined => st.builtins.get(name);
        lookup = (name) => (l !== null ? fromDict(l, name) : undefined) ?? fromDict(g, name) ?? bget(name);
      } else {
        const f = st.frames[st.frames.length - 1];
        const code = rt.prog.codes[f.code];
        lookup = (name) => {
          const i = code.varnames.indexOf(name);
          if (i >= 0 && f.locals[i] !== undefined) return f.locals[i];
          const ci = code.cellvars.indexOf(name);
          if (ci >= 0 && f.cells[ci]?.v !== undefined) return f.cells[ci].v;
          const fi = code.freevars.indexOf(name);
          if (fi >= 0 && f.cells[code.cellvars.length + fi]?.v !== undefined) return f.cells[code.cellvars.length + fi].v;
          return f.ns?.get(name) ?? f.globals.get(name) ?? st.builtins.get(name);
        };
      }
      return evalExpression(rt, src, lookup, false);
    }
    case 'callable': {
      const v = args[0];
      if (v === null || typeof v !== 'object') return false;
      if ([T.FUNC, T.BUILTIN, T.BOUND, T.BMETHOD, T.CLASS].includes(v.t)) return true;
      return v.t === T.INST && lookupClassAttr(v.cls, '__call__') !== undefined;
    }
    case 'getattr': {
      argN(st, 'getattr', args, 2, 3);
      const nm = strOf(st, args[1]);
      if (nm === null) typeError(st, `attribute name must be string, not '${typeName(st, args[1])}'`);
      try { return getAttr(rt, args[0], nm); } catch (e) {
        if (args.length === 3 && e instanceof PyThrow && isSubclass(e.exc.cls, st.types.AttributeError)) return args[2];
        throw e;
      }
    }
    case 'setattr': { const nm = strOf(st, args[1]); if (nm === null) typeError(st, 'attribute name must be string'); setAttr(rt, args[0], nm, args[2]); return null; }
    case 'delattr': { const nm = strOf(st, args[1]); if (nm === null) typeError(st, 'attribute name must be string'); delAttr(rt, args[0], nm); return null; }
    case 'hasattr': {
      const nm = strOf(st, args[1]);
      if (nm === null) typeError(st, `attribute name must be string, not '${typeName(st, args[1])}'`);
      try { getAttr(rt, args[0], nm); return true; } catch (e) {
        if (e instanceof PyThrow && isSubclass(e.exc.cls, st.types.AttributeError)) return false;
        throw e;
      }
    }
    case 'round': {
      const v = args[0];
      const nd = args.length > 1 && args[1] !== null ? toIndex(st, args[1]) : null;
      if (isInt(v)) {
        const iv = typeof v === 'boolean' ? (v ? 1 : 0) : v;
        if (nd === null || nd >= 0) return st.version === 2 ? float(Number(iv)) : iv;
        // to a multiple of 10**-nd: ties to even (Python 2: away from zero, as a float)
        const x = toBig(iv), m = 10n ** BigInt(-nd);
        let q = x / m, r = x % m;
        if (r < 0n) { q -= 1n; r += m; }
        const twice = 2n * r;
        if (twice > m || (twice === m && (st.version === 2 ? x >= 0n : (q & 1n) === 1n))) q += 1n;
        return st.version === 2 ? float(Number(q * m)) : normBig(q * m);
      }
      if (!isObj(v, T.FLOAT)) typeError(st, st.version === 2 ? 'a float is required' : `type ${typeName(st, v)} doesn't define __round__ method`);
      const x = toNum(v);
      if (nd === null && Number.isNaN(x)) valueError(st, 'cannot convert float NaN to integer');
      if (nd === null && !Number.isFinite(x)) throwExc(st, 'OverflowError', 'cannot convert float infinity to integer');
      if (nd === null) {
        if (!Number.isFinite(x)) valueError(st, 'cannot convert float NaN to integer');
        let r = Math.round(x);
        if (Math.abs(x % 1) === 0.5 && st.version === 3) r = 2 * Math.round(x / 2);
        if (st.version === 2) return float(x < 0 ? -Math.round(-x) : Math.round(x));
        return r;
      }
      if (!Number.isFinite(x) || nd > 300) return float(x);
      if (nd >= 0 && nd <= 100) {
        // toFixed rounds the exact binary value (like CPython), but breaks exact ties upward: make them even
        let s = x.toFixed(nd);
        const exact = Math.abs(x).toFixed(Math.min(100, nd + 50));
        const tail = exact.slice(exact.length - (Math.min(100, nd + 50) - nd));
        if (/^50*$/.test(tail)) {
          // an exact tie: round half to even
          const kept = exact.slice(0, exact.length - tail.length).replace(/\.$/, '');
          const lastDigit = Number(kept.replace('.', '').slice(-1));
          const down = Number(kept);
          const up = (down * Math.pow(10, nd) + 1) / Math.pow(10, nd);
          s = ((lastDigit % 2 === 0 ? down : up) * Math.sign(x)).toFixed(nd);
        }
        return float(Number(s));
      }
      const p = Math.pow(10, -nd);
      return float(Math.round(x / p) * p);
    }
    case 'divmod': return tuple([binop(rt, Bin.FLOORDIV, args[0], args[1]), binop(rt, Bin.MOD, args[0], args[1])]);
    case 'pow': {
      if (args.length === 3) {
        const m = toBig(args[2]);
        let b = toBig(args[0]) % m, e = toBig(args[1]), r = 1n;
        while (e > 0n) { if (e & 1n) r = (r * b) % m; b = (b * b) % m; e >>= 1n; }
        return normBig(r);
      }
      return binop(rt, Bin.POW, args[0], args[1]);
    }
    case 'input': case 'raw_input':
      // stdin is empty: the prompt is written, then EOF
      if (args.length > 1) typeError(st, `${name} expected at most 1 argument, got ${args.length}`);
      if (args.length) writeOut(rt, 'stdout', st.version === 2 && isObj(args[0], T.BYTES) ? decodeForOutput(args[0].s) : str(rt, args[0]));
      throwExc(st, 'EOFError', 'EOF when reading a line');
      break;
    case 'open': {
      if (args.length === 0 && !kw?.has('file')) typeError(st, "open() missing required argument 'file' (pos 1)");
      // Python 3: files in memory (stdlib.ts _files); Python 2 programs get EACCES
      if (rt.prog.libs?._files !== undefined) {
        const m = importModule(rt, '_files');
        return callValue(rt, m.dict.get('open'), args, kw);
      }
      throwExc(st, 'PermissionError', 13, 'Permission denied');
      break;
    }
    case 'format': {
      argN(st, 'format', args, 1, 2);
      const spec = args.length > 1 ? args[1] : '';
      if (st.version === 2 && isBytesLike(spec)) {
        // Python 2: a str spec gives a str (bytes) unless the value is unicode
        const r = formatSpec(rt, args[0], spec.s);
        return typeof args[0] === 'string' ? r : py2Str(st, r);
      }
      if (typeof spec !== 'string') typeError(st, `format() argument 2 must be str, not ${typeName(st, spec)}`);
      return formatSpec(rt, args[0], spec);
    }
    case 'memoryview': {
      const v = args[0];
      if (!isBytesLike(v)) typeError(st, `memoryview: a bytes-like object is required, not '${typeName(st, v)}'`);
      return v.t === T.BYTEARRAY ? v : bytes(v.s);
    }
    case 'vars': case 'locals': case 'globals': {
      if (name === 'vars' && args.length) return getAttr(rt, args[0], '__dict__');
      const d = { t: T.DICT, m: new Map() };
      for (const [k, v] of st.globals) d.m.set(hashKey(rt, k), [k, v]);
      return d;
    }
    case 'dir': {
      if (args.length === 0) return list([...st.globals.keys()].sort());
      const v = args[0];
      const names = new Set<string>();
      if (v && v.t === T.MODULE) for (const k of v.dict.keys()) names.add(k);
      else if (v && v.t === T.INST) { for (const k of v.dict.keys()) names.add(k); for (const c of v.cls.mro) for (const k of c.dict.keys()) names.add(k); }
      else if (v && v.t === T.CLASS) { for (const c of v.mro) for (const k of c.dict.keys()) names.add(k); }
      return list([...names].sort());
    }
    case 'exit': case 'quit': case 'sys.exit': {
      throw new PyThrow(makeExc(st, st.types.SystemExit, args.length ? [args[0]] : []));
    }
    case 'super': {
      const f = st.frames[st.frames.length - 1];
      let cls: PyValue, self: PyValue;
      if (args.length >= 2) { cls = args[0]; self = args[1]; } else {
        cls = f?.func?.defClass;
        const code = f ? rt.prog.codes[f.code] : null;
        self = f && code && code.argcount > 0 ? f.locals[0] : undefined;
        if (self === undefined && f && code && code.cellParam[0] === 0) self = f.cells[0]?.v;
        if (!cls || self === undefined) throwExc(st, 'RuntimeError', 'super(): no arguments');
      }
      const sup: PyInst = { t: T.INST, cls: st.types.super, dict: new Map([['__thisclass__', cls], ['__self__', self]]) };
      return sup;
    }
    // ---- bound builtin helpers
    case 'BaseException.__init__': {
      const self = args[0];
      self.args = tuple(args.slice(1));
      if (isSubclass(self.cls, st.types.OSError) && args.length >= 3) {
        self.dict.set('errno', args[1]); self.dict.set('strerror', args[2]);
      }
      return null;
    }
    case 'BaseException.__str__': return excStr(rt, args[0]);
    case 'BaseException.__repr__': case 'object.__repr__': return repr(rt, args[0]);
    case 'object.__str__': return str(rt, args[0]);
    case 'object.__init__': case 'object.__init_subclass__': return null;
    case 'object.__delattr__': {
      argN(st, 'object.__delattr__', args, 2, 2);
      const o = args[0];
      const nm = strOf(st, args[1]);
      if (nm === null) typeError(st, `attribute name must be string, not '${typeName(st, args[1])}'`);
      if (isObj(o, T.INST) && propertyDelete(rt, o, nm)) return null;
      if (!isObj(o, T.INST) || !o.dict.delete(nm)) throwExc(st, 'AttributeError', `'${typeName(st, o)}' object has no attribute '${nm}'`);
      return null;
    }
    case 'object.__new__': {
      // a bare instance, no __init__ (how enum members are made)
      if (!isObj(args[0], T.CLASS)) typeError(st, `object.__new__(X): X is not a type object (${typeName(st, args[0])})`);
      return { t: T.INST, cls: args[0], dict: new Map(), id: st.nextId++ };
    }
    case 'object.__setattr__': {
      // the instance's own attribute, past a class's __setattr__ (how frozen dataclasses initialise)
      argN(st, 'object.__setattr__', args, 3, 3);
      const o = args[0];
      if (!isObj(o, T.INST)) typeError(st, `can't apply this __setattr__ to ${typeName(st, o)} object`);
      const nm = strOf(st, args[1]);
      if (nm === null) typeError(st, `attribute name must be string, not '${typeName(st, args[1])}'`);
      const ca = lookupClassAttr(o.cls, nm);
      if (ca !== undefined && ca !== null && typeof ca === 'object' && ca.t === T.INST && ca.cls === st.types.property) {
        // a property's setter (a data descriptor wins over the instance dict)
        const fset = ca.dict.get('fset');
        if (fset === undefined || fset === null) throwExc(st, 'AttributeError', st.version === 3 ? `property '${nm}' of '${o.cls.name}' object has no setter` : "can't set attribute");
        callSync(rt, fset, [o, args[2]]);
        return null;
      }
      o.dict.set(nm, args[2]);
      return null;
    }
    case 'str.maketrans': {
      argN(st, 'maketrans', args, 1, 3);
      const d = dict();
      const put = (k: PyValue, v: PyValue): void => { d.m.set(hashKey(rt, k), [k, v]); };
      if (args.length === 1) {
        if (!isObj(args[0], T.DICT)) typeError(st, 'if you give only one argument to maketrans it must be a dict');
        for (const [k, v] of args[0].m.values()) {
          if (typeof k === 'string') {
            if ([...k].length !== 1) valueError(st, 'string keys in translate table must be of length 1');
            put(k.codePointAt(0)!, v);
          } else if (isInt(k)) put(k, v);
          else typeError(st, 'keys in translate table must be strings or integers');
        }
        return d;
      }
      const [x, y] = args;
      if (typeof x !== 'string' || typeof y !== 'string') typeError(st, `maketrans() argument ${typeof x !== 'string' ? 1 : 2} must be str, not ${typeName(st, typeof x !== 'string' ? x : y)}`);
      const xs = [...x], ys = [...y];
      if (xs.length !== ys.length) valueError(st, 'the first two maketrans arguments must have equal length');
      xs.forEach((c, i) => put(c.codePointAt(0)!, ys[i].codePointAt(0)!));
      if (args.length === 3) {
        if (typeof args[2] !== 'string') typeError(st, `maketrans() argument 3 must be str, not ${typeName(st, args[2])}`);
        for (const c of args[2]) put(c.codePointAt(0)!, null);
      }
      return d;
    }
    case 'bytes.maketrans': {
      argN(st, 'maketrans', args, 2, 2);
      const [a, b] = args.map((v) => (isBytesLike(v) ? v.s as string : typeError(st, `a bytes-like object is required, not '${typeName(st, v)}'`)));
      if (a.length !== b.length) valueError(st, 'maketrans arguments must have same length');
      const t: string[] = [];
      for (let i = 0; i < 256; i++) t.push(String.fromCharCode(i));
      for (let i = 0; i < a.length; i++) t[a.charCodeAt(i)] = b[i];
      return bytes(t.join(''));
    }
    case 'bytes.fromhex': case 'bytearray.fromhex': {
      argN(st, 'fromhex', args, 1, 1);
      const s = args[0];
      if (typeof s !== 'string') typeError(st, `fromhex() argument must be str, not ${typeName(st, s)}`);
      let out = '';
      let i = 0;
      for (;;) {
        while (i < s.length && /\s/.test(s[i])) i++;
        if (i >= s.length) break;
        const hi = parseInt(s[i], 16), lo = parseInt(s[i + 1] ?? '', 16);
        if (!/[0-9a-fA-F]/.test(s[i])) valueError(st, `non-hexadecimal number found in fromhex() arg at position ${i}`);
        if (i + 1 >= s.length || !/[0-9a-fA-F]/.test(s[i + 1])) valueError(st, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
        out += String.fromCharCode(hi * 16 + lo);
        i += 2;
      }
      return name === 'bytes.fromhex' ? bytes(out) : { t: T.BYTEARRAY, s: out };
    }
    case 'dict.fromkeys': {
      const d = { t: T.DICT, m: new Map() };
      const val = args.length > 1 ? args[1] : null;
      for (const k of toArray(rt, args[0])) d.m.set(hashKey(rt, k), [k, val]);
      return d;
    }
    case 'int.from_bytes': {
      const b = args[0];
      const order2 = args[1] ?? kwArg(kw, 'byteorder') ?? 'big';
      let s = isBytesLike(b) ? b.s : toArray(rt, b).map((x) => String.fromCharCode(toIndex(st, x))).join('');
      if (order2 === 'little') s = [...s].reverse().join('');
      let n = 0n;
      for (let i = 0; i < s.length; i++) n = (n << 8n) | BigInt(s.charCodeAt(i));
      // signed=True: two's complement of the whole length
      if (truthy(rt, kwArg(kw, 'signed') ?? false) && s.length > 0 && (s.charCodeAt(0) & 0x80)) n -= 1n << BigInt(8 * s.length);
      return normBig(n);
    }
  }
  if (name.startsWith('unbound.')) {
    if (args.length === 0) typeError(st, `unbound method needs an argument`);
    return callMethod(rt, args[0], name.slice(8), args.slice(1), kw);
  }
  if (name.includes('.')) {
    const r = callNative(rt, name, args, kw);
    if (r !== undefined) return r;
    return callModuleFunc(rt, name, args, kw);
  }
  throwExc(st, 'NotImplementedError', `${name}() is not available in Socket Lab`);
}

export function isAsciiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** ascii(): escape every non-ASCII character. */
export function asciiEscape(s: string): string {
  let out = '';
  for (const c of s) {
    const n = c.codePointAt(0)!;
    out += n < 128 ? c : n < 0x100 ? '\\x' + n.toString(16).padStart(2, '0') : n < 0x10000 ? '\\u' + n.toString(16).padStart(4, '0') : '\\U' + n.toString(16).padStart(8, '0');
  }
  return out;
}

function isPySpace(c: string, isB: boolean): boolean {
  const n = c.charCodeAt(0);
  if (n === 32 || (n >= 9 && n <= 13) || (n >= 0x1c && n <= 0x1f)) return true;
  return !isB && (n === 0x85 || n === 0xa0 || /\s/.test(c));
}

export function decodeForOutput(s: string): string {
  // Python 2 str written to a UTF-8 terminal
  if (isAsciiText(s)) return s;
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return new TextDecoder('utf-8').decode(b);
}

function iterOf(items: PyValue[]): PyIter { return { t: T.ITER, kind: 4, seq: items, i: 0 }; }

/** The members of an Enum class (enum.py's __init_subclass__ lists them in _member_list_), else null. */
export function enumMembers(cls: PyClass): PyValue[] | null {
  const ms = cls.dict.get('_member_list_');
  return ms !== undefined && ms !== null && typeof ms === 'object' && ms.t === T.LIST ? ms.a : null;
}

export function pyLen(rt: Rt, v: PyValue): number {
  const st = rt.st;
  if (typeof v === 'string') {
    let n = 0;
    for (let i = 0; i < v.length; i++) { const c = v.charCodeAt(i); if (c < 0xd800 || c > 0xdbff) n++; }
    return n;
  }
  if (v !== null && typeof v === 'object') {
    switch (v.t) {
      case T.LIST: return liveView(v).length;
      case T.TUPLE: return v.a.length;
      case T.BYTES: case T.BYTEARRAY: return v.s.length;
      case T.DICT: case T.SET: case T.FROZENSET: return v.m.size;
      case T.RANGE: return rangeLen(v);
      case T.CLASS: {
        // an Enum class: its members
        const ms = enumMembers(v);
        if (ms !== null) return ms.length;
        break;
      }
      case T.INST: {
        const f = lookupClassAttr(v.cls, '__len__');
        if (f !== undefined && f.t === T.FUNC) return toIndex(st, callSync(rt, f, [v]));
        break;
      }
    }
  }
  typeError(st, `object of type '${typeName(st, v)}' has no len()`);
}

export function isInstance(rt: Rt, v: PyValue, c: PyValue): boolean {
  const st = rt.st;
  if (isObj(c, T.TUPLE)) return c.a.some((x: PyValue) => isInstance(rt, v, x));
  if (!isObj(c, T.CLASS)) typeError(st, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const t = typeOf(st, v);
  if (isSubclass(t, c)) return true;
  if (c === st.types.int && (typeof v === 'boolean' || isObj(v, T.INTENUM))) return true;
  if (c === st.types.object) return true;
  if (st.version === 2 && c === st.types.basestring && (typeof v === 'string' || isObj(v, T.BYTES))) return true;
  if (st.version === 2 && c === st.types.long && isInt(v) && typeof v !== 'boolean') return typeof v === 'bigint';
  return false;
}

/** CPython's timsort for a single run (count_run, then binarysort): sorts ks, moving vs along. */
function insertionTimsort(ks: PyValue[], vs: PyValue[], lt: (x: PyValue, y: PyValue) => boolean): void {
  const n = ks.length;
  if (n < 2) return;
  let run = 2;
  if (lt(ks[1], ks[0])) {
    while (run < n && lt(ks[run], ks[run - 1])) run++;
    // a strictly descending run is reversed in place
    for (let i = 0, j = run - 1; i < j; i++, j--) { [ks[i], ks[j]] = [ks[j], ks[i]]; [vs[i], vs[j]] = [vs[j], vs[i]]; }
  } else {
    while (run < n && !lt(ks[run], ks[run - 1])) run++;
  }
  for (let start = run; start < n; start++) {
    const pk = ks[start], pv = vs[start];
    let l = 0, r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pk, ks[p])) r = p; else l = p + 1;
    } while (l < r);
    for (let i = start; i > l; i--) { ks[i] = ks[i - 1]; vs[i] = vs[i - 1]; }
    ks[l] = pk; vs[l] = pv;
  }
}

function sortList(rt: Rt, items: PyValue[], key: PyValue, reverse: PyValue, cmpFn: PyValue = null): void {
  const keys = key !== undefined && key !== null ? items.map((x) => callSync(rt, key, [x])) : items;
  const idx = items.map((_, i) => i);
  // Python 2's cmp= function returns a negative, zero or positive number
  const ord = cmpFn !== undefined && cmpFn !== null
    ? (x: PyValue, y: PyValue): number => {
      const r = callSync(rt, cmpFn, [x, y]);
      if (!isInt(r)) typeError(rt.st, 'comparison function must return int, not ' + typeName(rt.st, r));
      return Math.sign(Number(r));
    }
    : (x: PyValue, y: PyValue): number => order(rt, x, y, Cmp.LT);
  if (items.length < 64) {
    // CPython's list.sort on fewer than 64 items: one natural run, then a binary insertion sort,
    // calling only `<`, on the same pairs in the same order (a TypeError names the types as CPython does)
    const lt = cmpFn !== undefined && cmpFn !== null ? (x: PyValue, y: PyValue): boolean => ord(x, y) < 0 : (x: PyValue, y: PyValue): boolean => compare(rt, Cmp.LT, x, y);
    const rev = reverse !== undefined && truthy(rt, reverse);
    // reverse=True reverses first and last, which keeps equal items in their order
    const ks = rev ? keys.slice().reverse() : keys.slice();
    const vs = rev ? items.slice().reverse() : items.slice();
    insertionTimsort(ks, vs, lt);
    if (rev) { ks.reverse(); vs.reverse(); }
    for (let i = 0; i < items.length; i++) items[i] = vs[i];
    return;
  }
  idx.sort((a, b) => {
    const c = ord(keys[a], keys[b]);
    return c === 0 ? a - b : c;
  });
  const rev = reverse !== undefined && truthy(rt, reverse);
  if (rev) {
    // stable reverse sort: sort descending while keeping equal elements in original order
    idx.sort((a, b) => {
      const c = ord(keys[b], keys[a]);
      return c === 0 ? a - b : c;
    });
  }
  const sorted = idx.map((i) => items[i]);
  for (let i = 0; i < items.length; i++) items[i] = sorted[i];
}

// ---------------------------------------------------------------- constructors of builtin types
export function construct(rt: Rt, cls: PyClass, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const b = cls.builtin;
  switch (b) {
    case 'int': case 'long': {
      if (args.length === 0) return 0;
      const v = args[0];
      const base = args.length > 1 ? toIndex(st, args[1]) : kw?.has('base') ? toIndex(st, kw.get('base')) : null;
      if (base !== null) {
        if (base !== 0 && (base < 2 || base > 36)) valueError(st, st.version === 2 ? 'int() base must be >= 2 and <= 36' : 'int() base must be >= 2 and <= 36, or 0');
        if (typeof v !== 'string' && !isBytesLike(v)) typeError(st, "int() can't convert non-string with explicit base");
      }
      if (typeof v === 'number' || typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (v !== null && typeof v === 'object' && v.t === T.INTENUM) return v.v;
      if (isObj(v, T.FLOAT)) {
        if (!Number.isFinite(v.v)) {
          if (Number.isNaN(v.v)) valueError(st, 'cannot convert float NaN to integer');
          throwExc(st, 'OverflowError', 'cannot convert float infinity to integer');
        }
        return normBig(BigInt(Math.trunc(v.v)));
      }
      const s = typeof v === 'string' ? v : isBytesLike(v) ? v.s : null;
      if (s === null) {
        if (isObj(v, T.INST)) {
          const f = lookupClassAttr(v.cls, '__int__') ?? lookupClassAttr(v.cls, '__index__');
          if (f !== undefined) return callSync(rt, f, [v]);
        }
        typeError(st, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(st, v)}'`);
      }
      return parseIntStr(rt, s, base ?? 10, v);
    }
    case 'float': {
      if (args.length === 0) return float(0);
      const v = args[0];
      if (isInt(v)) {
        const x = toNum(v);
        if (!Number.isFinite(x)) throwExc(st, 'OverflowError', 'int too large to convert to float');
        return float(x);
      }
      if (isObj(v, T.FLOAT)) return v;
      const s = typeof v === 'string' ? v : isBytesLike(v) ? v.s : null;
      if (s === null) typeError(st, `float() argument must be a string or a real number, not '${typeName(st, v)}'`);
      const t = s.trim().toLowerCase().replace(/_/g, '');
      if (/^[+-]?(inf|infinity)$/.test(t)) return float(t.startsWith('-') ? -Infinity : Infinity);
      if (/^[+-]?nan$/.test(t)) return float(NaN);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) valueError(st, st.version === 2 ? `could not convert string to float: ${s}` : `could not convert string to float: ${repr(rt, v)}`);
      return float(parseFloat(t));
    }
    case 'bool': return args.length ? truthy(rt, args[0]) : false;
    case 'str': {
      if (args.length === 0) return '';
      const v = args[0];
      if (args.length > 1 || kw?.has('encoding')) {
        if (!isBytesLike(v)) typeError(st, `decoding str is not supported`);
        return strMethod(rt, v.s, 'decode', [args[1] ?? kw?.get('encoding') ?? 'utf-8', args[2] ?? kw?.get('errors') ?? 'strict'], null, true);
      }
      return str(rt, v);
    }
    case 'unicode': {
      if (args.length === 0) return '';
      const v = args[0];
      if (isObj(v, T.BYTES)) return args.length > 1 ? decodeUtf8(rt, v.s) : decodeAscii(rt, v.s);
      return str(rt, v);
    }
    case 'bytes': {
      if (st.version === 2) {
        // Python 2: bytes is str
        if (args.length === 0) return bytes('');
        const v = args[0];
        if (isObj(v, T.BYTES)) return v;
        if (typeof v === 'string') return bytes(encodeAsciiStrict(rt, v));
        return bytes(str(rt, v));
      }
      if (args.length === 0) return bytes('');
      const v = args[0];
      if (typeof v === 'string') {
        const enc = args[1] ?? kw?.get('encoding');
        if (enc === undefined) typeError(st, 'string argument without an encoding');
        return bytes(encodeStr(rt, v, enc));
      }
      if (isInt(v)) { const n = toIndex(st, v); if (n < 0) valueError(st, 'negative count'); checkLen(st, n); return bytes('\0'.repeat(n)); }
      if (isBytesLike(v)) return bytes(v.s);
      if (v === null || typeof v !== 'object' || v.t === T.FLOAT) typeError(st, `cannot convert '${typeName(st, v)}' object to bytes`);
      const items = toArray(rt, v);
      let s = '';
      for (const x of items) {
        const n = toIndex(st, x);
        if (n < 0 || n > 255) valueError(st, 'bytes must be in range(0, 256)');
        s += String.fromCharCode(n);
      }
      return bytes(s);
    }
    case 'bytearray': {
      const r = construct(rt, st.version === 2 ? { ...st.types.bytes, builtin: 'bytes3' } as PyClass : st.types.bytes, args, kw);
      return { t: T.BYTEARRAY, s: r.s };
    }
    case 'bytes3': {
      const v = args[0];
      if (v === undefined) return bytes('');
      if (isInt(v)) return bytes('\0'.repeat(toIndex(st, v)));
      if (isBytesLike(v)) return bytes(v.s);
      if (typeof v === 'string') return bytes(encodeStr(rt, v, args[1] ?? 'utf-8'));
      return bytes(toArray(rt, v).map((x) => String.fromCharCode(toIndex(st, x))).join(''));
    }
    case 'list':
      // list(f) of a socket file is f.readlines(), which may wait in the kernel
      if (args.length === 1 && isSockFile(args[0]) && !callingSync()) { getIter(rt, args[0]); return callValue(rt, (args[0] as PyInst).cls.dict.get('readlines')!, [args[0]], null); }
      return list(args.length ? toArray(rt, args[0]) : []);
    case 'tuple': return args.length && isObj(args[0], T.TUPLE) ? args[0] : tuple(args.length ? toArray(rt, args[0]) : []);
    case 'set': case 'frozenset': {
      const r: PyValue = { t: b === 'set' ? T.SET : T.FROZENSET, m: new Map() };
      const src = args.length ? args[0] : null;
      if (isObj(src, T.SET) || isObj(src, T.FROZENSET) || isObj(src, T.DICT)) py2Merge(st, r, src);
      if (args.length) for (const x of toArray(rt, args[0])) { const k = hashKey(rt, x); if (!r.m.has(k)) r.m.set(k, x); }
      return r;
    }
    case 'defaultdict': {
      const f = args.length ? args[0] : null;
      if (f !== null && !callBuiltin(rt, 'callable', [f], null)) typeError(st, 'first argument must be callable or None');
      const d: PyValue = { t: T.DICT, m: new Map(), kind: 'defaultdict', df: f };
      if (args.length > 1) dictUpdate(rt, d, args[1]);
      if (kw) for (const [k, v] of kw) d.m.set(hashKey(rt, k), [k, v]);
      return d;
    }
    case 'Counter': {
      const d: PyValue = { t: T.DICT, m: new Map(), kind: 'Counter' };
      if (args.length) counterAdd(rt, d, args[0], 1);
      if (kw) for (const [k, v] of kw) d.m.set(hashKey(rt, k), [k, v]);
      return d;
    }
    case 'OrderedDict': {
      const d: PyValue = { t: T.DICT, m: new Map(), kind: 'OrderedDict' };
      if (args.length) dictUpdate(rt, d, args[0]);
      if (kw) for (const [k, v] of kw) d.m.set(hashKey(rt, k), [k, v]);
      return d;
    }
    case 'dict': {
      const d = { t: T.DICT, m: new Map() };
      if (args.length) dictUpdate(rt, d, args[0]);
      if (kw) for (const [k, v] of kw) d.m.set(hashKey(rt, k), [st.version === 2 ? bytes(k) : k, v]);
      return d;
    }
    case 'type': {
      if (args.length === 1) {
        const o = args[0];
        if (st.version === 2 && o !== null && typeof o === 'object' && (o.t === T.INST ? o.cls.oldStyle : o.t === T.CLASS && o.oldStyle)) return o.t === T.INST ? st.types.instance : st.types.classobj;
        return typeOf(st, o);
      }
      typeError(st, 'type() with 3 arguments is not supported');
      break;
    }
    case 'object': {
      return { t: T.INST, cls, dict: new Map() };
    }
    case 'range': return callBuiltin(rt, 'range', args, kw);
    case 'xrange': return callBuiltin(rt, 'xrange', args, kw);
    case 'slice': return args.length === 1 ? sliceOf(null, args[0], null) : sliceOf(args[0], args[1], args[2] ?? null);
    case 'staticmethod': case 'classmethod': return { t: T.INST, cls, dict: new Map([['__func__', args[0]]]) };
    case 'property': return { t: T.INST, cls, dict: new Map([['fget', args[0] ?? kw?.get('fget') ?? null], ['fset', args[1] ?? kw?.get('fset') ?? null], ['fdel', args[2] ?? null]]) };
    case 'super': return callBuiltin(rt, 'super', args, kw);
    case 'socket': sockBeforeNew(rt); return callModuleFunc(rt, 'socket.socket', args, kw);
    case 'poll': return callModuleFunc(rt, 'select.poll', args, kw);
    case 'intenum': {
      // socket.AddressFamily(2) is AddressFamily.AF_INET (the module's own member); an IntFlag
      // (MsgFlag, AddressInfo) also takes a combination of its members.
      if (args.length !== 1) typeError(st, args.length === 0 ? "EnumType.__call__() missing 1 required positional argument: 'value'" : `EnumType.__call__() takes from 2 to 3 positional arguments but ${args.length + 1} were given`);
      const v = args[0];
      if (v !== null && typeof v === 'object' && v.t === T.INTENUM && v.cls === cls.name) return v;
      const members: PyValue[] = [];
      for (const m of getModule(rt, 'socket')?.dict.values() ?? []) if (m !== null && typeof m === 'object' && m.t === T.INTENUM && m.cls === cls.name && !m.name.includes('|')) members.push(m);
      // looked up by value: 3.0 and True find their members too
      const n = typeof v === 'boolean' ? +v : isInt(v) ? toNum(unE(v)) : v !== null && typeof v === 'object' && v.t === T.FLOAT ? v.v : NaN;
      if (!Number.isNaN(n)) {
        const m = members.find((x) => x.v === n);
        if (m !== undefined) return m;
        if ((cls.name === 'MsgFlag' || cls.name === 'AddressInfo') && Number.isInteger(n) && n > 0 && n < 2 ** 31) {
          const parts = members.filter((x) => x.v > 0 && (x.v & (x.v - 1)) === 0 && (n & x.v) === x.v).sort((a, b) => a.v - b.v);
          if (parts.reduce((acc, x) => acc | x.v, 0) === n) return { t: T.INTENUM, v: n, cls: cls.name, name: parts.map((x) => x.name).join('|') };
        }
      }
      valueError(st, `${repr(rt, v)} is not a valid ${cls.name}`);
      break;
    }
  }
  typeError(st, `cannot create '${cls.name}' instances`);
}

function parseIntStr(rt: Rt, s: string, base: number, orig: PyValue): PyValue {
  const st = rt.st;
  let t = s.trim().replace(/_/g, '');
  let neg = false;
  if (t.startsWith('-')) { neg = true; t = t.slice(1); } else if (t.startsWith('+')) t = t.slice(1);
  if (st.version === 2 && /[lL]$/.test(t)) t = t.slice(0, -1);
  let b = base;
  if (b === 0) {
    if (/^0[xX]/.test(t)) { b = 16; t = t.slice(2); } else if (/^0[oO]/.test(t)) { b = 8; t = t.slice(2); } else if (/^0[bB]/.test(t)) { b = 2; t = t.slice(2); } else b = 10;
  } else if (b === 16 && /^0[xX]/.test(t)) t = t.slice(2);
  else if (b === 8 && /^0[oO]/.test(t)) t = t.slice(2);
  else if (b === 2 && /^0[bB]/.test(t)) t = t.slice(2);
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  if (t === '' || ![...t.toLowerCase()].every((c) => digits.includes(c))) {
    valueError(st, `invalid literal for int() with base ${base}: ${repr(rt, typeof orig === 'string' ? s : orig)}`);
  }
  if (t.length > 4300 && b === 10) valueError(st, 'Exceeds the limit (4300 digits) for integer string conversion: value has ' + t.length + ' digits; use sys.set_int_max_str_digits() to increase the limit');
  let n = 0n;
  const bb = BigInt(b);
  for (const c of t.toLowerCase()) n = n * bb + BigInt(digits.indexOf(c));
  return normBig(neg ? -n : n);
}

function encodeAsciiStrict(rt: Rt, s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) throw new PyThrow(newExc(rt.st, 'UnicodeEncodeError', [`'ascii' codec can't encode character u'\\x${s.charCodeAt(i).toString(16)}' in position ${i}: ordinal not in range(128)`]));
  return s;
}

/** The UTF-16/UTF-32 codecs: byte order and BOM of a codec name, or null. 'utf-16'/'utf-32' write a little-endian BOM (x86). */
function wideCodec(e: string): { width: 2 | 4; le: boolean | null } | null {
  const m = /^utf-?(16|32)(?:-?(le|be))?$/.exec(e);
  if (!m) return null;
  return { width: m[1] === '16' ? 2 : 4, le: m[2] === undefined ? null : m[2] === 'le' };
}

function encodeWide(s: string, c: { width: 2 | 4; le: boolean | null }): string {
  const le = c.le ?? true;
  const unit = (n: number): string => {
    let out = '';
    for (let j = 0; j < c.width; j++) out += String.fromCharCode((n >>> (8 * (le ? j : c.width - 1 - j))) & 0xff);
    return out;
  };
  let out = c.le === null ? unit(0xfeff) : '';
  if (c.width === 2) for (let i = 0; i < s.length; i++) out += unit(s.charCodeAt(i));
  else for (const ch of s) out += unit(ch.codePointAt(0)!);
  return out;
}

function decodeWide(rt: Rt, b: string, c: { width: 2 | 4; le: boolean | null }, errors: PyValue): string {
  let le = c.le ?? true;
  let i = 0;
  const read = (at: number): number => {
    let n = 0;
    for (let j = 0; j < c.width; j++) n += b.charCodeAt(at + j) * 2 ** (8 * (le ? j : c.width - 1 - j));
    return n;
  };
  if (c.le === null && b.length >= c.width) {
    // the BOM chooses the byte order and is dropped
    const bom = read(0);
    if (bom === 0xfeff) i = c.width;
    else { le = false; if (read(0) === 0xfeff) i = c.width; else le = true; }
  }
  const name = `utf-${c.width * 8}-${le ? 'le' : 'be'}`;
  let out = '';
  for (; i + c.width <= b.length; i += c.width) {
    const n = read(i);
    if (c.width === 4 && n > 0x10ffff) {
      if (errors === 'ignore') continue;
      if (errors === 'replace') { out += '\ufffd'; continue; }
      throw new PyThrow(unicodeDecodeError(rt.st, name, b, i, i + 4, 'code point not in range(0x110000)'));
    }
    out += c.width === 2 ? String.fromCharCode(n) : String.fromCodePoint(n);
  }
  if (i < b.length) {
    if (errors === 'ignore') return out;
    if (errors === 'replace') return out + '\ufffd';
    throw new PyThrow(unicodeDecodeError(rt.st, name, b, i, b.length, 'truncated data'));
  }
  return out;
}

/**
 * Python 2's bytes-to-bytes codecs: 'ab'.encode('hex') == '6162', '6162'.decode('hex') == 'ab',
 * and 'base64'. Null for any other encoding.
 */
function py2BytesCodec(rt: Rt, s: string, enc: PyValue, encode: boolean): PyValue {
  const name = typeof enc === 'string' ? enc : isObj(enc, T.BYTES) ? enc.s : null;
  if (name === null) return null;
  const e = name.toLowerCase().replace(/-/g, '_');
  if (e === 'hex' || e === 'hex_codec') {
    if (encode) { let out = ''; for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(2, '0'); return bytes(out); }
    if (s.length % 2) typeError(rt.st, 'Odd-length string');
    if (!/^[0-9a-fA-F]*$/.test(s)) typeError(rt.st, 'Non-hexadecimal digit found');
    let out = '';
    for (let i = 0; i < s.length; i += 2) out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
    return bytes(out);
  }
  if (e === 'base64' || e === 'base64_codec') {
    if (encode) {
      // base64.encodestring: lines of 76 characters, each ending in a newline
      const b64 = btoa(s);
      let out = '';
      for (let i = 0; i < b64.length; i += 76) out += b64.slice(i, i + 76) + '\n';
      return bytes(out);
    }
    try { return bytes(atob(s.replace(/[^A-Za-z0-9+/=]/g, ''))); } catch { throw new PyThrow(makeExc(rt.st, rt.st.types['binascii.Error'], ['Incorrect padding'])); }
  }
  return null;
}

function encodeStr(rt: Rt, s: string, enc: PyValue, errors: PyValue = 'strict'): string {
  if (isObj(enc, T.BYTES)) enc = enc.s;
  const e = (typeof enc === 'string' ? enc : 'utf-8').toLowerCase().replace(/_/g, '-');
  if (e === 'utf-8' || e === 'utf8') return encodeUtf8(s);
  const wide = wideCodec(e);
  if (wide) return encodeWide(s, wide);
  const ascii = e === 'ascii' || e === 'us-ascii';
  if (ascii || e === 'latin-1' || e === 'latin1' || e === 'iso-8859-1') {
    const max = ascii ? 127 : 255;
    const cps = [...s];
    let out = '';
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i].codePointAt(0)!;
      if (cp <= max) { out += cps[i]; continue; }
      if (errors === 'ignore') continue;
      if (errors === 'replace') { out += '?'; continue; }
      if (errors === 'xmlcharrefreplace') { out += `&#${cp};`; continue; }
      if (errors === 'backslashreplace') { out += charEscape(cp); continue; }
      throw new PyThrow(newExc(rt.st, 'UnicodeEncodeError', [`'${ascii ? 'ascii' : 'latin-1'}' codec can't encode character '${charEscape(cp)}' in position ${i}: ordinal not in range(${max + 1})`]));
    }
    return out;
  }
  throwExc(rt.st, 'LookupError', `unknown encoding: ${enc}`);
}

function charEscape(cp: number): string {
  return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
}

function dictUpdate(rt: Rt, d: PyValue, src: PyValue): void {
  const st = rt.st;
  if (isObj(src, T.DICT)) { py2Merge(st, d, src); for (const [k, e] of src.m) d.m.set(k, [e[0], e[1]]); return; }
  const items = toArray(rt, src);
  items.forEach((it, i) => {
    if (it === null || (typeof it !== 'object' && typeof it !== 'string')) typeError(st, `cannot convert dictionary update sequence element #${i} to a sequence`);
    const pair = toArray(rt, it);
    if (pair.length !== 2) valueError(st, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    const hk = hashKey(rt, pair[0]);
    const old = d.m.get(hk);
    d.m.set(hk, [old ? old[0] : pair[0], pair[1]]);
  });
}

// ---------------------------------------------------------------- methods of builtin types
export function callMethod(rt: Rt, self: PyValue, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  if (typeof self === 'string') return strMethod(rt, self, name, args, kw, false);
  if (self !== null && typeof self === 'object') {
    switch (self.t) {
      case T.BYTES: case T.BYTEARRAY: {
        if (MEMORYVIEW_METHODS.has(name) && st.version === 3) {
          switch (name) {
            case 'tobytes': return bytes(self.s);
            case 'tolist': return list([...self.s].map((c) => c.charCodeAt(0)));
            case 'toreadonly': return self.t === T.BYTES ? self : bytes(self.s);
            case 'release': case '__exit__': return name === 'release' ? null : false;
            default: return self;
          }
        }
        if (self.t === T.BYTEARRAY && name === 'append') { self.s += String.fromCharCode(toIndex(st, args[0]) & 0xff); return null; }
        if (self.t === T.BYTEARRAY && name === 'extend') { self.s += construct(rt, st.types.bytes, [args[0]], null).s; return null; }
        if (self.t === T.BYTEARRAY && BYTEARRAY_METHODS.has(name)) {
          // the list methods, on the byte values
          const l = list([...self.s].map((c) => c.charCodeAt(0)));
          if (name === 'copy') { argN(st, 'copy', args, 0, 0); return { t: T.BYTEARRAY, s: self.s }; }
          if (name === 'pop' && self.s.length === 0) throwExc(st, 'IndexError', 'pop from empty bytearray');
          if (name === 'pop' && args.length) {
            const i = toIndex(st, args[0]);
            if (i >= self.s.length || i < -self.s.length) throwExc(st, 'IndexError', 'pop index out of range');
          }
          if (name === 'insert' || name === 'remove') {
            const b = toIndex(st, args[name === 'insert' ? 1 : 0]);
            if (b < 0 || b > 255) valueError(st, 'byte must be in range(0, 256)');
            if (name === 'remove' && !l.a.includes(b)) valueError(st, 'value not found in bytearray');
          }
          const r = listMethod(rt, l, name, args, kw);
          self.s = l.a.map((b: PyValue) => String.fromCharCode(Number(b))).join('');
          return r;
        }
        const r = strMethod(rt, self.s, name, args, kw, true);
        if (self.t !== T.BYTEARRAY) return r;
        // bytearray's methods give bytearrays where bytes' give bytes
        const ba = (x: PyValue): PyValue => (isObj(x, T.BYTES) ? { t: T.BYTEARRAY, s: x.s } : x);
        if (isObj(r, T.LIST)) return list(r.a.map(ba));
        if (isObj(r, T.TUPLE)) return tuple(r.a.map(ba));
        return ba(r);
      }
      case T.LIST:
        if (self.view && name === 'isdisjoint') {
          argN(st, 'isdisjoint', args, 1, 1);
          const mine = new Set(liveView(self).map((x: PyValue) => hashKey(rt, x)));
          return !toArray(rt, args[0]).some((x) => mine.has(hashKey(rt, x)));
        }
        return listMethod(rt, self, name, args, kw);
      case T.TUPLE: return seqCommon(rt, self.a, name, args, 'tuple');
      case T.DICT:
        if (name === 'fromkeys') return callBuiltin(rt, 'dict.fromkeys', args, kw);
        if (self.owner !== undefined) {
          // obj.__dict__.update(...) and friends change the instance's attributes
          const r = dictMethod(rt, self, name, args, kw);
          syncOwner(rt, self);
          return r;
        }
        return dictMethod(rt, self, name, args, kw);
      case T.SET: case T.FROZENSET: return setMethod(rt, self, name, args);
      case T.SOCK: return callSockMethod(rt, self, name, args, kw);
      case T.POLL: return callPollMethod(rt, self, name, args, kw);
      case T.RANGE: {
        argN(st, name, args, 1, 1);
        const v = args[0];
        const n = rangeLen(self);
        let pos = -1;
        if (isInt(v) && !isObj(v, T.INTENUM)) {
          const x = Number(v);
          const d = x - self.start;
          if (d % self.step === 0 && d / self.step >= 0 && d / self.step < n) pos = d / self.step;
        } else {
          for (let i = 0; i < n; i++) if (eq(rt, self.start + i * self.step, v)) { pos = i; break; }
        }
        if (name === 'count') return pos >= 0 ? 1 : 0;
        if (pos < 0) valueError(st, `${repr(rt, v)} is not in range`);
        return pos;
      }
      case T.ITER:
        if (self.kind === IT_GEN) return genMethod(rt, self, name, args);
        // it.__next__() (Python 2: it.next()) of any other iterator
        if (name === '__next__' || name === 'next') { argN(st, name, args, 0, 0); return callBuiltin(rt, 'next', [self], null); }
        break;
      case T.FLOAT:
        if (name === 'is_integer') return Number.isInteger(self.v);
        if (name === 'hex') return floatHex(self.v);
        if (name === 'conjugate') return self;
        if (name === 'as_integer_ratio') {
          const x: number = self.v;
          if (!Number.isFinite(x)) {
            if (Number.isNaN(x)) valueError(st, 'cannot convert NaN to integer ratio');
            throwExc(st, 'OverflowError', 'cannot convert Infinity to integer ratio');
          }
          // x = m / 2**k exactly
          let m = x;
          let k = 0;
          while (!Number.isInteger(m)) { m *= 2; k++; }
          let num = BigInt(m);
          let den = 1n << BigInt(k);
          while (den > 1n && num % 2n === 0n) { num /= 2n; den /= 2n; }
          return tuple([normBig(num), normBig(den)]);
        }
        break;
      case T.INST:
        if (name === 'stream.write') {
          const v = args[0];
          if (st.version === 3 && typeof v !== 'string') typeError(st, `write() argument must be str, not ${typeName(st, v)}`);
          const text = typeof v === 'string' ? v : isBytesLike(v) ? decodeForOutput(v.s) : str(rt, v);
          writeOut(rt, self.dict.get('__stream__'), text);
          return st.version === 3 ? text.length : null;
        }
        if (name === 'stream.flush') return null;
        if (name.startsWith('property.')) {
          // @x.setter / .getter / .deleter: a copy of the property with that function replaced
          const d = new Map(self.dict);
          d.set(name === 'property.setter' ? 'fset' : name === 'property.getter' ? 'fget' : 'fdel', args[0]);
          return { t: T.INST, cls: self.cls, dict: d };
        }
        if (name === 'stream.fileno') return ({ stdin: 0, stdout: 1, stderr: 2 } as Record<string, number>)[self.dict.get('__stream__')];
        if (name === 'stream.isatty') return false;
        // the simulated terminal never types anything: stdin is at end of file
        if (name === 'stream.readline' || name === 'stream.read') return st.version === 2 ? bytes('') : '';
        if (name === 'stream.readlines') return list([]);
        if (name === 'with_traceback') return self;
        break;
    }
  } else if (isInt(self)) {
    if (name === 'bit_length') { const n = toBig(self); return (n < 0n ? -n : n).toString(2).replace(/^0$/, '').length; }
    if (name === 'to_bytes') {
      const len = toIndex(st, args[0] ?? kw?.get('length') ?? 1);
      const order2 = args[1] ?? kw?.get('byteorder') ?? 'big';
      let n = toBig(self);
      const signed = truthy(rt, kw?.get('signed') ?? false);
      if (n < 0n && !signed) throwExc(st, 'OverflowError', "can't convert negative int to unsigned");
      const half = 1n << BigInt(8 * len - 1);
      if (signed && (n >= half || n < -half)) throwExc(st, 'OverflowError', 'int too big to convert');
      if (n < 0n) n += half * 2n;
      let s = '';
      for (let i = 0; i < len; i++) { s = String.fromCharCode(Number(n & 0xffn)) + s; n >>= 8n; }
      if (n > 0n) throwExc(st, 'OverflowError', 'int too big to convert');
      return bytes(order2 === 'little' ? [...s].reverse().join('') : s);
    }
    if (name === 'conjugate') return self;
  }
  throwExc(st, 'AttributeError', `'${typeName(st, self)}' object has no attribute '${name}'`);
}

function seqCommon(rt: Rt, a: PyValue[], name: string, args: PyValue[], what: string): PyValue {
  const st = rt.st;
  switch (name) {
    case 'index': {
      const start = args.length > 1 ? toIndex(st, args[1]) : 0;
      for (let i = Math.max(0, start < 0 ? start + a.length : start); i < a.length; i++) if (eq(rt, a[i], args[0])) return i;
      valueError(st, what === 'list' ? (st.version === 2 ? `${repr(rt, args[0])} is not in list` : `${repr(rt, args[0])} is not in list`) : 'tuple.index(x): x not in tuple');
      break;
    }
    case 'count': { let n = 0; for (const x of a) if (eq(rt, x, args[0])) n++; return n; }
    case '__len__': return a.length;
    case '__contains__': return a.some((x) => eq(rt, x, args[0]));
    case '__getitem__': return getItem(rt, what === 'list' ? list(a) : tuple(a), args[0]);
  }
  throwExc(st, 'AttributeError', `'${what}' object has no attribute '${name}'`);
}

function listMethod(rt: Rt, self: PyValue, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const a: PyValue[] = self.a;
  switch (name) {
    case 'append': argN(st, st.version === 3 ? 'list.append' : 'append', args, 1, 1); a.push(args[0]); if (a.length > MAX_SEQ) throwExc(st, 'MemoryError'); return null;
    case 'extend': { const items = toArray(rt, args[0]); checkLen(st, a.length + items.length); for (const x of items) a.push(x); return null; }
    case 'insert': {
      argN(st, 'insert', args, 2, 2);
      let i = toIndex(st, args[0]);
      if (i < 0) i = Math.max(0, i + a.length);
      a.splice(Math.min(i, a.length), 0, args[1]);
      return null;
    }
    case 'remove': {
      for (let i = 0; i < a.length; i++) if (eq(rt, a[i], args[0])) { sockLost(st, a.splice(i, 1)[0]); return null; }
      valueError(st, st.version === 2 ? 'list.remove(x): x not in list' : 'list.remove(x): x not in list');
      break;
    }
    case 'pop': {
      if (a.length === 0) throwExc(st, 'IndexError', 'pop from empty list');
      let i = args.length ? toIndex(st, args[0]) : a.length - 1;
      if (i < 0) i += a.length;
      if (i < 0 || i >= a.length) throwExc(st, 'IndexError', 'pop index out of range');
      const v = a.splice(i, 1)[0];
      sockLost(st, v);
      return v;
    }
    case 'sort':
      if (args.length) typeError(st, 'sort() takes no positional arguments');
      checkSortKw(st, kw);
      sortList(rt, a, kwArg(kw, 'key'), kwArg(kw, 'reverse'), kwArg(kw, 'cmp'));
      return null;
    case 'reverse': a.reverse(); return null;
    case 'clear': if (st.gcSock) sockLost(st, list(a.slice())); a.length = 0; return null;
    case 'copy': return list(a.slice());
    case '__setitem__': setItem(rt, self, args[0], args[1]); return null;
    case '__iter__': return getIter(rt, self);
  }
  return seqCommon(rt, a, name, args, 'list');
}

const COLLECTIONS_METHODS: Record<string, string[]> = {
  Counter: ['most_common', 'elements', 'subtract', 'total'],
  OrderedDict: ['move_to_end'],
  defaultdict: [],
};

/** Counter.update / subtract: count an iterable, or add a mapping's counts. */
function counterAdd(rt: Rt, d: PyValue, src: PyValue, sign: number): void {
  const add = (k: PyValue, n: PyValue): void => {
    const hk = hashKey(rt, k);
    const e = d.m.get(hk);
    d.m.set(hk, [e ? e[0] : k, binop(rt, sign > 0 ? Bin.ADD : Bin.SUB, e ? e[1] : 0, n)]);
  };
  if (isObj(src, T.DICT)) { for (const [k, n] of src.m.values()) add(k, n); return; }
  for (const k of toArray(rt, src)) add(k, 1);
}

const DICT_ARITY: Record<string, [number, number]> = { get: [1, 2], pop: [1, 2], setdefault: [1, 2], update: [0, 1], keys: [0, 0], values: [0, 0], items: [0, 0], copy: [0, 0], clear: [0, 0] };

function dictMethod(rt: Rt, d: PyValue, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const m: Map<unknown, [PyValue, PyValue]> = d.m;
  const ar = DICT_ARITY[name];
  if (ar !== undefined && st.version === 3 && (args.length < ar[0] || args.length > ar[1])) argN(st, ar[1] === 0 ? 'dict.' + name : name, args, ar[0], ar[1]);
  if (d.kind === 'Counter') {
    switch (name) {
      case 'most_common': {
        const e = counterOrder(rt, d);
        const n = args.length && args[0] !== null ? Math.max(0, Number(args[0])) : e.length;
        return list(e.slice(0, n).map((x) => tuple([x[0], x[1]])));
      }
      case 'elements': {
        const out: PyValue[] = [];
        for (const [k, n] of m.values()) for (let i = 0; i < Number(n); i++) out.push(k);
        return { t: T.ITER, kind: 4, seq: out, i: 0 };
      }
      case 'total': { let s: PyValue = 0; for (const e of m.values()) s = binop(rt, Bin.ADD, s, e[1]); return s; }
      case 'update': case 'subtract':
        if (args.length) counterAdd(rt, d, args[0], name === 'update' ? 1 : -1);
        if (kw) for (const [k, v] of kw) counterAdd(rt, d, { t: T.DICT, m: new Map([[hashKey(rt, k), [k, v]]]) }, name === 'update' ? 1 : -1);
        return null;
    }
  }
  if (d.kind === 'OrderedDict') {
    if (name === 'move_to_end') {
      const last = kw?.get('last') ?? (args.length > 1 ? args[1] : true);
      const hk = hashKey(rt, args[0]);
      const e = m.get(hk);
      if (!e) throw new PyThrow(newExc(st, 'KeyError', [args[0]]));
      m.delete(hk);
      if (truthy(rt, last)) m.set(hk, e);
      else { const rest = [...m]; m.clear(); m.set(hk, e); for (const [k, v] of rest) m.set(k, v); }
      return null;
    }
    if (name === 'popitem') {
      const last = kw?.get('last') ?? (args.length ? args[0] : true);
      if (m.size === 0) throwExc(st, 'KeyError', 'dictionary is empty');
      const keys = [...m.keys()];
      const k = truthy(rt, last) ? keys[keys.length - 1] : keys[0];
      const e = m.get(k)!;
      m.delete(k);
      return tuple([e[0], e[1]]);
    }
  }
  switch (name) {
    case 'keys': case 'iterkeys': { const r = dictEntries(st, d).map((e) => e[0]); return st.version === 2 && name === 'keys' ? list(r) : iterView(r, 'dict_keys', st, d); }
    case 'values': case 'itervalues': { const r = dictEntries(st, d).map((e) => e[1]); return st.version === 2 && name === 'values' ? list(r) : iterView(r, 'dict_values', st, d); }
    case 'items': case 'iteritems': { const r = dictEntries(st, d).map((e) => tuple([e[0], e[1]])); return st.version === 2 && name === 'items' ? list(r) : iterView(r, 'dict_items', st, d); }
    case 'get': { argN(st, 'get', args, 1, 2); const e = m.get(hashKey(rt, args[0])); return e ? e[1] : args.length > 1 ? args[1] : null; }
    case 'has_key': return m.has(hashKey(rt, args[0]));
    case 'setdefault': {
      const k = hashKey(rt, args[0]);
      const e = m.get(k);
      if (e) return e[1];
      const v = args.length > 1 ? args[1] : null;
      m.set(k, [args[0], v]);
      return v;
    }
    case 'update': {
      if (args.length) dictUpdate(rt, d, args[0]);
      if (kw) for (const [k, v] of kw) m.set(hashKey(rt, k), [k, v]);
      return null;
    }
    case 'pop': {
      const k = hashKey(rt, args[0]);
      const e = m.get(k);
      if (e) { py2BeforeDelete(st, d, k); m.delete(k); sockLost(st, e[0]); sockLost(st, e[1]); return e[1]; }
      if (args.length > 1) return args[1];
      throw new PyThrow(newExc(st, 'KeyError', [args[0]]));
    }
    case 'popitem': {
      if (m.size === 0) throwExc(st, 'KeyError', st.version === 2 ? 'popitem(): dictionary is empty' : 'popitem(): dictionary is empty');
      const pk = st.version === 2 ? py2PopitemKey(st, d) : undefined; // marks its slot a dummy
      const last = pk ?? (st.version === 2 ? m.keys().next().value : [...m.keys()].pop());
      const e = m.get(last)!;
      if (pk === undefined) py2BeforeDelete(st, d, last);
      m.delete(last);
      const r = tuple([e[0], e[1]]);
      sockLost(st, r);
      return r;
    }
    case 'clear': if (st.gcSock) sockLost(st, { t: T.DICT, m: new Map(m) }); m.clear(); py2Clear(d); return null;
    case 'copy': {
      const r: PyValue = { t: T.DICT, m: new Map() };
      py2Merge(st, r, d);
      for (const [k, e] of m) r.m.set(k, [e[0], e[1]]);
      if (d.kind !== undefined) { r.kind = d.kind; if (d.kind === 'defaultdict') r.df = d.df; }
      return r;
    }
    case '__len__': return m.size;
    case '__contains__': return m.has(hashKey(rt, args[0]));
    case '__getitem__': return getItem(rt, d, args[0]);
    case '__setitem__': setItem(rt, d, args[0], args[1]); return null;
  }
  throwExc(st, 'AttributeError', `'dict' object has no attribute '${name}'`);
}

/**
 * dict views are lists marked with their kind (repr: dict_keys([...])). A view of a dict is live:
 * it keeps its dict (`src`), and its items are read from it whenever the view is used (liveView).
 */
function iterView(items: PyValue[], kind: string, st?: PyState, d?: PyValue): PyValue {
  if (st && st.version === 2) return { t: T.ITER, kind: 4, seq: items, i: 0, src: d, n: d?.m.size }; // iterkeys/itervalues/iteritems
  const l = list(items) as PyValue;
  l.view = kind;
  // iterating the view notices when the dict changes size meanwhile
  if (d !== undefined) l.src = d;
  return l;
}

function setMethod(rt: Rt, s: PyValue, name: string, args: PyValue[]): PyValue {
  const st = rt.st;
  const m: Map<unknown, PyValue> = s.m;
  const other = (v: PyValue): Map<unknown, PyValue> => {
    if (isObj(v, T.SET) || isObj(v, T.FROZENSET)) return v.m;
    const r = new Map();
    for (const x of toArray(rt, v)) r.set(hashKey(rt, x), x);
    return r;
  };
  switch (name) {
    case 'add': { const k = hashKey(rt, args[0]); if (!m.has(k)) m.set(k, args[0]); return null; }
    case 'discard': { const k = hashKey(rt, args[0]); py2BeforeDelete(st, s, k); sockLost(st, m.get(k)); m.delete(k); return null; }
    case 'remove': { const k = hashKey(rt, args[0]); py2BeforeDelete(st, s, k); const v = m.get(k); if (!m.delete(k)) throw new PyThrow(newExc(st, 'KeyError', [args[0]])); sockLost(st, v); return null; }
    case 'pop': {
      if (m.size === 0) throwExc(st, 'KeyError', 'pop from an empty set');
      const v = setItems(st, s)[0];
      py2BeforeDelete(st, s, hashKey(rt, v));
      m.delete(hashKey(rt, v));
      sockLost(st, v);
      return v;
    }
    case 'clear': if (st.gcSock) sockLost(st, { t: T.SET, m: new Map(m) }); m.clear(); py2Clear(s); return null;
    case 'copy': { const r: PyValue = { t: s.t, m: new Map() }; py2Merge(st, r, s); for (const [k, v] of m) r.m.set(k, v); return r; }
    case 'update': for (const a of args) if (isObj(a, T.SET) || isObj(a, T.FROZENSET) || isObj(a, T.DICT)) py2Merge(st, s, a);
      for (const a of args) for (const [k, v] of other(a)) if (!m.has(k)) m.set(k, v); return null;
    case 'union': { const r = new Map(m); if (st.version === 2) { const u: PyValue = { t: s.t, m: new Map() }; py2Merge(st, u, s); for (const [k, v] of m) u.m.set(k, v); for (const a of args) { if (isObj(a, T.SET) || isObj(a, T.FROZENSET) || isObj(a, T.DICT)) py2Merge(st, u, a); for (const [k, v] of other(a)) if (!u.m.has(k)) u.m.set(k, v); } return u; } for (const a of args) for (const [k, v] of other(a)) if (!r.has(k)) r.set(k, v); return { t: s.t, m: r }; }
    case 'intersection': { let r = new Map(m); for (const a of args) { const o = other(a); r = new Map([...r].filter(([k]) => o.has(k))); } return { t: s.t, m: r }; }
    case 'intersection_update': { for (const a of args) { const o = other(a); for (const k of [...m.keys()]) if (!o.has(k)) m.delete(k); } return null; }
    case 'difference': { const r = new Map(m); for (const a of args) for (const k of other(a).keys()) r.delete(k); return { t: s.t, m: r }; }
    case 'difference_update': { for (const a of args) for (const k of other(a).keys()) m.delete(k); return null; }
    case 'symmetric_difference_update': { const o = other(args[0]); for (const [k, v] of o) { if (m.has(k)) m.delete(k); else m.set(k, v); } return null; }
    case 'symmetric_difference': { const o = other(args[0]); const r = new Map([...m].filter(([k]) => !o.has(k))); for (const [k, v] of o) if (!m.has(k)) r.set(k, v); return { t: s.t, m: r }; }
    case 'issubset': { const o = other(args[0]); return [...m.keys()].every((k) => o.has(k)); }
    case 'issuperset': { const o = other(args[0]); return [...o.keys()].every((k) => m.has(k)); }
    case 'isdisjoint': { const o = other(args[0]); return [...m.keys()].every((k) => !o.has(k)); }
    case '__len__': return m.size;
    case '__contains__': return m.has(hashKey(rt, args[0]));
  }
  throwExc(st, 'AttributeError', `'set' object has no attribute '${name}'`);
}

/** Python 3 str/bytes methods' positional argument counts [min, max, style]: CPython 3.11's messages. */
const STR_ARITY: Record<string, [number, number, number]> = {};
for (const m of ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isdecimal', 'isnumeric', 'isidentifier', 'isprintable', 'isascii']) STR_ARITY[m] = [0, 0, 0];
for (const m of ['join', 'partition', 'rpartition', 'zfill', 'removeprefix', 'removesuffix']) STR_ARITY[m] = [1, 1, 0];
for (const m of ['strip', 'lstrip', 'rstrip']) STR_ARITY[m] = [0, 1, 0];
for (const m of ['center', 'ljust', 'rjust']) STR_ARITY[m] = [1, 2, 0];
STR_ARITY.replace = [2, 3, 0];
for (const m of ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']) STR_ARITY[m] = [1, 3, 1];
for (const m of ['split', 'rsplit', 'encode', 'decode']) STR_ARITY[m] = [0, 2, 1];
for (const m of ['splitlines', 'expandtabs']) STR_ARITY[m] = [0, 1, 1];

function strArity(st: PyState, tn: string, name: string, n: number): void {
  const a = STR_ARITY[name];
  if (a === undefined || (n >= a[0] && n <= a[1])) return;
  if (a[2] === 1) {
    if (n < a[0]) typeError(st, `${name}() takes at least ${a[0]} argument${a[0] === 1 ? '' : 's'} (${n} given)`);
    typeError(st, `${name}() takes at most ${a[1]} argument${a[1] === 1 ? '' : 's'} (${n} given)`);
  }
  argN(st, a[1] <= 1 && a[0] === a[1] ? `${tn}.${name}` : name, new Array(n), a[0], a[1]);
}

function strMethod(rt: Rt, s: string, name: string, args: PyValue[], kw: Kw, isB: boolean): PyValue {
  const st = rt.st;
  const tn = isB ? (st.version === 2 ? 'str' : 'bytes') : st.version === 2 ? 'unicode' : 'str';
  if (st.version === 3) strArity(st, tn, name, args.length);
  const wrap = (x: string): PyValue => (isB ? bytes(x) : x);
  /** Argument that must be the same kind of string. */
  const sarg = (v: PyValue, what = 'argument'): string => {
    if (typeof v === 'string') {
      if (isB && st.version === 3) typeError(st, `a bytes-like object is required, not 'str'`);
      return v;
    }
    if (isBytesLike(v)) {
      if (!isB && st.version === 3) typeError(st, `must be str, not ${typeName(st, v)}`);
      return v.s;
    }
    if (isB) typeError(st, `a bytes-like object is required, not '${typeName(st, v)}'`);
    typeError(st, what === '' ? `must be str, not ${typeName(st, v)}` : what === 'sep' ? `must be str or None, not ${typeName(st, v)}` : `${what} must be str, not ${typeName(st, v)}`);
  };
  switch (name) {
    case 'encode': {
      if (st.version === 2) {
        const bc = py2BytesCodec(rt, s, args[0], true);
        if (bc !== null) return bc;
      }
      if (isB) { // Python 2 str.encode: decode as ascii first
        const enc = args[0] ?? 'ascii';
        decodeAscii(rt, s);
        void enc;
        return bytes(s);
      }
      const enc = args[0] ?? kw?.get('encoding') ?? 'utf-8';
      return bytes(encodeStr(rt, s, enc, args[1] ?? kw?.get('errors') ?? 'strict'));
    }
    case 'decode': {
      if (st.version === 2) {
        const bc = py2BytesCodec(rt, s, args[0], false);
        if (bc !== null) return bc;
      }
      let enc = (args[0] ?? kw?.get('encoding') ?? (st.version === 2 ? 'ascii' : 'utf-8')) as PyValue;
      if (isObj(enc, T.BYTES)) enc = enc.s;
      const errors = args[1] ?? kw?.get('errors') ?? 'strict';
      const e = typeof enc === 'string' ? enc.toLowerCase().replace(/_/g, '-') : 'utf-8';
      if (e === 'ascii') {
        if (errors === 'strict') return decodeAscii(rt, s).replace(/^/, '');
        return s.replace(/[\x80-\xff]/g, errors === 'ignore' ? '' : '\ufffd');
      }
      if (e === 'latin-1' || e === 'latin1' || e === 'iso-8859-1') return s;
      const wide = wideCodec(e);
      if (wide) return decodeWide(rt, s, wide, errors);
      if (e !== 'utf-8' && e !== 'utf8') throwExc(st, 'LookupError', `unknown encoding: ${enc}`);
      return decodeUtf8(rt, s, errors);
    }
    case 'upper': return wrap(isB ? s.replace(/[a-z]+/g, (m) => m.toUpperCase()) : s.toUpperCase());
    case 'lower': return wrap(isB ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s.toLowerCase());
    case 'casefold': return s.toLowerCase().replace(/ß/g, 'ss');
    case 'swapcase': return wrap([...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''));
    case 'capitalize': return wrap(s.length ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s);
    case 'title': {
      if (isB) return wrap(s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, a, b) => a + b.toUpperCase()));
      // a cased character after an uncased one starts a word
      let out = '';
      let prevCased = false;
      for (const ch of s) {
        const cased = ch.toLowerCase() !== ch.toUpperCase();
        out += cased ? (prevCased ? ch.toLowerCase() : (ch === 'ß' ? 'Ss' : ch.toUpperCase())) : ch;
        prevCased = cased;
      }
      return out;
    }
    case 'strip': case 'lstrip': case 'rstrip': {
      if (st.version === 3 && !isB && args.length && args[0] !== null && typeof args[0] !== 'string') typeError(st, `${name} arg must be None or str`);
      const chars = args.length && args[0] !== null ? sarg(args[0]) : null;
      let a = 0, b = s.length;
      const isStrip = (c: string): boolean => (chars === null ? isPySpace(c, isB) : chars.includes(c));
      if (name !== 'rstrip') while (a < b && isStrip(s[a])) a++;
      if (name !== 'lstrip') while (b > a && isStrip(s[b - 1])) b--;
      return wrap(s.slice(a, b));
    }
    case 'split': case 'rsplit': {
      const sepV = args.length ? args[0] : kw?.get('sep') ?? null;
      const maxsplit = args.length > 1 ? toIndex(st, args[1]) : kw?.has('maxsplit') ? toIndex(st, kw.get('maxsplit')) : -1;
      let parts: string[];
      if (sepV === null || sepV === undefined) {
        if (name === 'split') {
          parts = [];
          let rest = s.replace(/^\s+/, '');
          while (rest.length) {
            if (maxsplit >= 0 && parts.length === maxsplit) { parts.push(rest); break; }
            const m = /\s+/.exec(rest);
            if (!m) { parts.push(rest); break; }
            parts.push(rest.slice(0, m.index));
            rest = rest.slice(m.index + m[0].length);
          }
        } else {
          parts = [];
          let rest = s.replace(/\s+$/, '');
          while (rest.length) {
            if (maxsplit >= 0 && parts.length === maxsplit) { parts.unshift(rest); break; }
            const m = /\s+(?=\S*$)/.exec(rest);
            if (!m) { parts.unshift(rest); break; }
            parts.unshift(rest.slice(m.index + m[0].length));
            rest = rest.slice(0, m.index);
          }
        }
      } else {
        const sep = sarg(sepV, 'sep');
        if (sep === '') valueError(st, 'empty separator');
        const all = s.split(sep);
        if (maxsplit < 0 || all.length - 1 <= maxsplit) parts = all;
        else if (name === 'split') parts = [...all.slice(0, maxsplit), all.slice(maxsplit).join(sep)];
        else parts = [all.slice(0, all.length - maxsplit).join(sep), ...all.slice(all.length - maxsplit)];
      }
      checkLen(st, parts.length);
      return list(parts.map(wrap));
    }
    case 'splitlines': {
      const keep = args.length ? truthy(rt, args[0]) : kw?.has('keepends') ? truthy(rt, kw.get('keepends')) : false;
      const out: string[] = [];
      const re = /\r\n|\r|\n/g;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) { out.push(s.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
      if (last < s.length) out.push(s.slice(last));
      return list(out.map(wrap));
    }
    case 'join': {
      if (args.length !== 1) typeError(st, `${st.version === 3 ? (isB ? 'bytes.' : 'str.') : ''}join() takes exactly one argument (${args.length} given)`);
      const items = toArray(rt, args[0]);
      const parts = items.map((x, i) => {
        if (typeof x === 'string') {
          if (isB && st.version === 3) typeError(st, `sequence item ${i}: expected a bytes-like object, str found`);
          return x;
        }
        if (isBytesLike(x)) {
          if (!isB && st.version === 3) typeError(st, `sequence item ${i}: expected str instance, ${typeName(st, x)} found`);
          return x.s;
        }
        typeError(st, isB ? `sequence item ${i}: expected a bytes-like object, ${typeName(st, x)} found` : `sequence item ${i}: expected str instance, ${typeName(st, x)} found`);
      });
      const r = parts.join(s);
      checkLen(st, r.length);
      if (st.version === 2 && isB && items.some((x) => typeof x === 'string')) return r;
      return wrap(r);
    }
    case 'startswith': case 'endswith': {
      const pre = args[0];
      const start = args.length > 1 && args[1] !== null ? toIndex(st, args[1]) : 0;
      const end = args.length > 2 && args[2] !== null ? toIndex(st, args[2]) : s.length;
      const sub = s.slice(start < 0 ? Math.max(0, s.length + start) : start, end < 0 ? s.length + end : end);
      const test = (p: PyValue): boolean => (name === 'startswith' ? sub.startsWith(sarg(p)) : sub.endsWith(sarg(p)));
      if (isObj(pre, T.TUPLE)) return pre.a.some(test);
      const wrongKind = st.version === 3 && (isB ? typeof pre === 'string' : isBytesLike(pre));
      if ((typeof pre !== 'string' && !isBytesLike(pre)) || wrongKind) typeError(st, `${name} first arg must be ${isB ? 'bytes' : 'str'} or a tuple of ${isB ? 'bytes' : 'str'}, not ${typeName(st, pre)}`);
      return test(pre);
    }
    case 'replace': {
      const a = sarg(args[0]), b = sarg(args[1]);
      const count = args.length > 2 ? toIndex(st, args[2]) : -1;
      let r: string;
      if (count < 0) r = a === '' ? b + [...s].join(b) + b : s.split(a).join(b);
      else { r = s; let n = 0, idx = 0; const parts: string[] = []; while (n < count) { const j = r.indexOf(a, idx); if (j < 0) break; parts.push(r.slice(idx, j)); idx = j + a.length; n++; } parts.push(r.slice(idx)); r = parts.join(b); }
      checkLen(st, r.length);
      return wrap(r);
    }
    case 'find': case 'rfind': case 'index': case 'rindex': case 'count': {
      if (args.length === 0) typeError(st, `${name}() takes at least 1 argument (0 given)`);
      if (!isB && astral(s)) {
        // by code point: search the list of characters' positions
        const cps = [...s];
        const unitAt: number[] = [];
        let u = 0;
        for (const c of cps) { unitAt.push(u); u += c.length; }
        unitAt.push(u);
        const norm = (v: PyValue, dflt: number): number => { let x = v === undefined || v === null ? dflt : toIndex(st, v); if (x < 0) x = Math.max(0, x + cps.length); return Math.min(x, cps.length); };
        const a = norm(args[1], 0), b = norm(args[2], cps.length);
        const region = s.slice(unitAt[a], unitAt[Math.max(a, b)]);
        const sub = sarg(args[0], '');
        if (name === 'count') {
          if (sub === '') return [...region].length + 1;
          let n = 0, i = 0;
          while ((i = region.indexOf(sub, i)) >= 0) { n++; i += sub.length; }
          return n;
        }
        const i = name === 'find' || name === 'index' ? region.indexOf(sub) : region.lastIndexOf(sub);
        if (i < 0 || a > cps.length) {
          if (name === 'index' || name === 'rindex') valueError(st, 'substring not found');
          return -1;
        }
        return unitAt.indexOf(i + unitAt[a]);
      }
      if (isB && st.version === 3 && !isInt(args[0]) && !isBytesLike(args[0])) typeError(st, `argument should be integer or bytes-like object, not '${typeName(st, args[0])}'`);
      const sub = isB && isInt(args[0]) ? String.fromCharCode(toIndex(st, args[0])) : sarg(args[0], '');
      let start = args.length > 1 && args[1] !== null ? toIndex(st, args[1]) : 0;
      let end = args.length > 2 && args[2] !== null ? toIndex(st, args[2]) : s.length;
      if (start < 0) start = Math.max(0, start + s.length);
      if (end < 0) end = Math.max(0, end + s.length);
      const region = s.slice(start, end);
      if (name === 'count') {
        if (sub === '') return region.length + 1;
        let n = 0, i = 0;
        while ((i = region.indexOf(sub, i)) >= 0) { n++; i += sub.length; }
        return n;
      }
      const i = name === 'find' || name === 'index' ? region.indexOf(sub) : region.lastIndexOf(sub);
      if (i < 0 || start > s.length) {
        if (name === 'index' || name === 'rindex') valueError(st, isB && st.version === 3 ? 'subsection not found' : 'substring not found');
        return -1;
      }
      return i + start;
    }
    case 'format': return wrap(strFormat(rt, s, args, kw));
    case 'format_map': return strFormat(rt, s, [], new Map([...args[0].m.values()].map((e: PyValue[]) => [e[0], e[1]])));
    case 'isdigit': case 'isdecimal': case 'isnumeric':
      if (isB || /^[0-9]*$/.test(s)) return s.length > 0 && /^[0-9]+$/.test(s);
      if (name === 'isdecimal') return /^\p{Nd}+$/u.test(s);
      if (name === 'isdigit') return /^(?:\p{Nd}|[\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792])+$/u.test(s);
      return /^(?:\p{N}|[\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u96f6])+$/u.test(s);
    case 'translate': {
      if (isB) {
        // bytes.translate(table, delete=b'')
        const table = args[0] ?? null;
        const del = args[1] ?? kw?.get('delete');
        const delS: string = del === undefined ? '' : isBytesLike(del) ? del.s : typeError(st, `a bytes-like object is required, not '${typeName(st, del)}'`);
        let tb: string | null = null;
        if (table !== null) {
          if (!isBytesLike(table)) typeError(st, `a bytes-like object is required, not '${typeName(st, table)}'`);
          tb = table.s;
          if (tb!.length !== 256) valueError(st, 'translation table must be 256 characters long');
        }
        let out = '';
        for (const c of s) if (!delS.includes(c)) out += tb === null ? c : tb[c.charCodeAt(0)];
        return wrap(out);
      }
      argN(st, 'translate', args, 1, 1);
      const table = args[0];
      let out = '';
      for (const c of s) {
        let r: PyValue;
        try { r = getItem(rt, table, c.codePointAt(0)!); } catch (e) {
          if (e instanceof PyThrow && isSubclass(e.exc.cls, st.types.LookupError)) { out += c; continue; }
          throw e;
        }
        if (r === null) continue;
        if (typeof r === 'string') out += r;
        else if (isInt(r)) {
          const n = Number(unE(r));
          if (n < 0 || n > 0x10ffff) valueError(st, 'character mapping must be in range(0x110000)');
          out += String.fromCodePoint(n);
        } else typeError(st, 'character mapping must return integer, None or str');
      }
      return out;
    }
    case 'isalpha': return s.length > 0 && (isB ? /^[a-zA-Z]+$/ : /^\p{L}+$/u).test(s);
    case 'isalnum': return s.length > 0 && (isB ? /^[a-zA-Z0-9]+$/ : /^[\p{L}\p{N}]+$/u).test(s);
    case 'isspace': return s.length > 0 && /^\s+$/.test(s);
    case 'isupper': return /[A-Z]/.test(s) && s === s.toUpperCase();
    case 'islower': return /[a-z]/.test(s) && s === s.toLowerCase();
    case 'istitle': return /[A-Za-z]/.test(s) && s === s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, a, b) => a + b.toUpperCase());
    case 'isidentifier': return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
    case 'isprintable': return [...s].every((c) => c === ' ' || (isB ? c.charCodeAt(0) > 0x20 && c.charCodeAt(0) < 0x7f : !/^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u.test(c)));
    case 'isascii': return isAsciiText(s);
    case 'center': case 'ljust': case 'rjust': {
      const w = toIndex(st, args[0]);
      const fill = args.length > 1 ? sarg(args[1]) : ' ';
      if ([...fill].length !== 1) typeError(st, 'The fill character must be exactly one character long');
      const n = !isB && astral(s) ? [...s].length : s.length;
      if (n >= w) return wrap(s);
      const pad = w - n;
      if (name === 'ljust') return wrap(s + fill.repeat(pad));
      if (name === 'rjust') return wrap(fill.repeat(pad) + s);
      const left = Math.floor(pad / 2) + (pad & w & 1);
      return wrap(fill.repeat(left) + s + fill.repeat(pad - left));
    }
    case 'zfill': {
      const w = toIndex(st, args[0]);
      if (s.length >= w) return wrap(s);
      const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
      return wrap(sign + '0'.repeat(w - s.length) + s.slice(sign.length));
    }
    case 'partition': case 'rpartition': {
      const sep = sarg(args[0]);
      if (sep === '') valueError(st, 'empty separator');
      const i = name === 'partition' ? s.indexOf(sep) : s.lastIndexOf(sep);
      if (i < 0) return name === 'partition' ? tuple([wrap(s), wrap(''), wrap('')]) : tuple([wrap(''), wrap(''), wrap(s)]);
      return tuple([wrap(s.slice(0, i)), wrap(sep), wrap(s.slice(i + sep.length))]);
    }
    case 'expandtabs': {
      const ts = args.length ? toIndex(st, args[0]) : 8;
      let out = '', col = 0;
      for (const c of s) {
        if (c === '\t') { const n = ts ? ts - (col % ts) : 0; out += ' '.repeat(n); col += n; } else { out += c; col = c === '\n' || c === '\r' ? 0 : col + 1; }
      }
      return wrap(out);
    }
    case 'hex': {
      // bytes.hex(sep=None, bytes_per_sep=1): groups counted from the right
      const sepArg = args.length ? args[0] : kw?.get('sep');
      const per = args.length > 1 ? toIndex(st, args[1]) : kw?.has('bytes_per_sep') ? toIndex(st, kw.get('bytes_per_sep')) : 1;
      const sep = sepArg === undefined || sepArg === null ? '' : typeof sepArg === 'string' ? sepArg : sepArg.s;
      const hexes: string[] = [];
      for (let i = 0; i < s.length; i++) hexes.push(s.charCodeAt(i).toString(16).padStart(2, '0'));
      if (sep === '' || per === 0) return hexes.join('');
      const n = Math.abs(per);
      const groups: string[] = [];
      if (per > 0) for (let e = hexes.length; e > 0; e -= n) groups.unshift(hexes.slice(Math.max(0, e - n), e).join(''));
      else for (let b = 0; b < hexes.length; b += n) groups.push(hexes.slice(b, b + n).join(''));
      return groups.join(sep);
    }
    case 'removeprefix': { const p = sarg(args[0]); return wrap(s.startsWith(p) ? s.slice(p.length) : s); }
    case 'removesuffix': { const p = sarg(args[0]); return wrap(p && s.endsWith(p) ? s.slice(0, -p.length) : s); }
    case '__len__': return isB ? s.length : pyLen(rt, s);
    case '__contains__': return contains(rt, isB ? bytes(s) : s, args[0]);
    case '__getitem__': return getItem(rt, isB ? bytes(s) : s, args[0]);
    case '__add__': return binop(rt, Bin.ADD, isB ? bytes(s) : s, args[0]);
    case '__mul__': return binop(rt, Bin.MUL, isB ? bytes(s) : s, args[0]);
    case '__eq__': return eq(rt, isB ? bytes(s) : s, args[0]);
    case '__str__': return str(rt, isB ? bytes(s) : s);
    case '__repr__': return repr(rt, isB ? bytes(s) : s);
  }
  throwExc(st, 'AttributeError', `'${tn}' object has no attribute '${name}'`);
}

// ---------------------------------------------------------------- import
export function importModule(rt: Rt, name: string): PyModule {
  const st = rt.st;
  let m = getModule(rt, name) ?? nativeModule(rt, name);
  if (m && rt.prog.libs) {
    // library modules in Python that add to a native one (struct.Struct ...): load them once
    for (const [lib, idx] of Object.entries(rt.prog.libs)) {
      if (PY_LIBS[lib].extends !== name || st.modules.has(lib)) continue;
      const x: PyModule = { t: T.MODULE, name: lib, dict: new Map<string, PyValue>([['__name__', lib]]) };
      st.modules.set(lib, x);
      runLibModule(rt, idx, x);
      for (const [k, v] of x.dict) if (!k.startsWith('_')) m.dict.set(k, v);
    }
  }
  if (!m) {
    const lib = rt.prog.libs?.[name];
    if (lib !== undefined) {
      m = { t: T.MODULE, name, dict: new Map<string, PyValue>([['__name__', name]]) };
      st.modules.set(name, m);
      try { runLibModule(rt, lib, m); } catch (e) { st.modules.delete(name); throw e; }
      const dot = name.lastIndexOf('.');
      // a submodule (concurrent.futures) is an attribute of its package
      if (dot > 0) importModule(rt, name.slice(0, dot)).dict.set(name.slice(dot + 1), m);
      return m;
    }
    // a package of library submodules (concurrent)
    if (rt.prog.libs && Object.keys(rt.prog.libs).some((l) => l.startsWith(name + '.'))) {
      m = { t: T.MODULE, name, dict: new Map<string, PyValue>([['__name__', name]]) };
      st.modules.set(name, m);
      return m;
    }
    // a module that is an attribute of a native one (os.path)
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
      const sub = importModule(rt, name.slice(0, dot)).dict.get(name.slice(dot + 1));
      if (sub !== undefined && sub !== null && sub.t === T.MODULE) return sub;
    }
    const exc = newExc(st, st.version === 2 ? 'ImportError' : 'ModuleNotFoundError', [st.version === 2 ? `No module named ${name}` : `No module named '${name}'`]);
    if (st.version === 3) exc.dict.set('name', name);
    throw new PyThrow(exc);
  }
  return m;
}

export { PUSHED, BLOCKED, callValue, fakeAddr, excStr };

/** A name made by the interpreter: Python 2's `str` is bytes. */
function py2Str(st: PyState, s: string): PyValue { return st.version === 2 ? bytes(s) : s; }

// ---------------------------------------------------------------- match/case
const MATCH_SELF = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/**
 * Match `subj` against a compiled pattern (types.ts MatchPat), as CPython 3.10+: sequences are
 * list/tuple/range (not str/bytes), mappings are dicts, class patterns use isinstance and
 * __match_args__. Captures go into `binds`.
 */
export function matchPattern(rt: Rt, p: MatchPat, subj: PyValue, slots: PyValue[], binds: Map<string, PyValue>): boolean {
  const st = rt.st;
  switch (p.k) {
    case 'wild': return true;
    case 'cap': binds.set(p.name, subj); return true;
    case 'lit': return p.is ? subj === p.v : eq(rt, subj, p.v);
    case 'value': return eq(rt, subj, slots[p.slot]);
    case 'as': if (!matchPattern(rt, p.p, subj, slots, binds)) return false; binds.set(p.name, subj); return true;
    case 'or':
      for (const alt of p.alts) {
        const b2 = new Map<string, PyValue>();
        if (matchPattern(rt, alt, subj, slots, b2)) { for (const [k2, v] of b2) binds.set(k2, v); return true; }
      }
      return false;
    case 'star': return false;
    case 'seq': {
      if (subj === null || typeof subj !== 'object' || !(subj.t === T.LIST || subj.t === T.TUPLE || subj.t === T.RANGE) || (subj.t === T.LIST && subj.view)) return false;
      const items = toArray(rt, subj);
      const si = p.items.findIndex((x) => x.k === 'star');
      if (si < 0 ? items.length !== p.items.length : items.length < p.items.length - 1) return false;
      if (si < 0) return p.items.every((x, i) => matchPattern(rt, x, items[i], slots, binds));
      const after = p.items.length - si - 1;
      for (let i = 0; i < si; i++) if (!matchPattern(rt, p.items[i], items[i], slots, binds)) return false;
      for (let i = 0; i < after; i++) if (!matchPattern(rt, p.items[si + 1 + i], items[items.length - after + i], slots, binds)) return false;
      const star = p.items[si] as { k: 'star'; name: string | null };
      if (star.name !== null) binds.set(star.name, list(items.slice(si, items.length - after)));
      return true;
    }
    case 'map': {
      if (subj === null || typeof subj !== 'object' || subj.t !== T.DICT) return false;
      const used = new Set<unknown>();
      for (let i = 0; i < p.keys.length; i++) {
        const kp = p.keys[i];
        const key = kp.k === 'lit' ? kp.v : kp.k === 'value' ? slots[kp.slot] : null;
        const hk = hashKey(rt, key);
        const e = subj.m.get(hk);
        if (e === undefined) return false;
        used.add(hk);
        if (!matchPattern(rt, p.vals[i], e[1], slots, binds)) return false;
      }
      if (p.rest !== null) {
        const m = new Map();
        for (const [hk, e] of subj.m) if (!used.has(hk)) m.set(hk, e);
        binds.set(p.rest, { t: T.DICT, m });
      }
      return true;
    }
    case 'cls': {
      const cls = slots[p.slot];
      if (!isObj(cls, T.CLASS)) typeError(st, 'called match pattern must be a class');
      if (!callBuiltin(rt, 'isinstance', [subj, cls], null)) return false;
      if (p.args.length) {
        if (cls.builtin !== null && MATCH_SELF.has(cls.builtin) && p.args.length === 1 && lookupClassAttr(cls, '__match_args__') === undefined) {
          if (!matchPattern(rt, p.args[0], subj, slots, binds)) return false;
        } else {
          const ma = lookupClassAttr(cls, '__match_args__');
          const names = ma === undefined ? [] : toArray(rt, ma);
          if (p.args.length > names.length) typeError(st, `${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${p.args.length} given)`);
          for (let i = 0; i < p.args.length; i++) if (!matchAttr(rt, subj, str(rt, names[i]), p.args[i], slots, binds)) return false;
        }
      }
      for (const [nm, kp] of p.kws) if (!matchAttr(rt, subj, nm, kp, slots, binds)) return false;
      return true;
    }
  }
  return false;
}

function matchAttr(rt: Rt, subj: PyValue, name: string, p: MatchPat, slots: PyValue[], binds: Map<string, PyValue>): boolean {
  let v: PyValue;
  try { v = getAttr(rt, subj, name); } catch (e) {
    if (e instanceof PyThrow && isSubclass(e.exc.cls, rt.st.types.AttributeError)) return false;
    throw e;
  }
  return matchPattern(rt, p, v, slots, binds);
}
