/**
 * Standard library modules implemented in TypeScript: json, string, _collections (the dict types of
 * collections; the rest of collections is Python, stdlib.ts). Messages follow CPython 3.11.
 */
import { callThreadCore, threadCoreModule } from './threads';
import { T, type PyClass, type PyModule, type PyValue } from './types';
import { unicodeDecodeError, moduleMaker, PyThrow, repr, type Rt, bytes, floatRepr, float, list, makeExc, normBig, typeError, typeName, hashKey, valueError, isInt, toNum, toBig, throwExc, binop, toArray as toArr, Bin, tuple, truthy, dictEntries } from './objects';
import { callSync } from './vm';
import { getAttr } from './builtins';
import { evalExpression } from './evalexpr';
import { HASHES, hexDigest } from './hashes';

type Kw = Map<string, PyValue> | null;

const STRING_CONSTS: [string, string][] = [
  ['ascii_letters', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ['ascii_lowercase', 'abcdefghijklmnopqrstuvwxyz'],
  ['ascii_uppercase', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ['digits', '0123456789'],
  ['hexdigits', '0123456789abcdefABCDEF'],
  ['octdigits', '01234567'],
  ['punctuation', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  ['printable', '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c'],
  ['whitespace', ' \t\n\r\x0b\x0c'],
];

export function nativeModule(rt: Rt, name: string): PyModule | null {
  const st = rt.st;
  const { mk, fn } = moduleMaker(st, name);
  switch (name) {
    case '_threadcore': return threadCoreModule(rt);
    case '_collections': return mk([['defaultdict', st.types.defaultdict], ['Counter', st.types.Counter], ['OrderedDict', st.types.OrderedDict]]);
    case 'math': {
      const e: [string, PyValue][] = [['pi', float(Math.PI)], ['e', float(Math.E)], ['tau', float(2 * Math.PI)], ['inf', float(Infinity)], ['nan', float(NaN)]];
      for (const f of MATH_FUNCS) e.push(fn(f));
      return mk(e);
    }
    case 'zlib': return mk([fn('crc32')]);
    case '_enum': return mk([fn('intmember')]);
    case '_ast': return mk([fn('literal_eval')]);
    case '_sre': return mk([fn('info'), fn('find'), ['error', st.types['re.error']]]);
    case '_hashlib': return mk([fn('hexdigest'), fn('digest_size')]);
    case 'base64': return mk(['b64encode', 'b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode', 'b16encode', 'b16decode', 'encodebytes', 'decodebytes', 'standard_b64encode', 'standard_b64decode'].map(fn));
    case 'binascii': return mk([fn('hexlify'), fn('unhexlify'), fn('b2a_hex'), fn('a2b_hex'), fn('crc32'), ['Error', st.types['binascii.Error']]]);
    case 'copy': return mk([fn('copy'), fn('deepcopy'), ['Error', st.types.Exception]]);
    case 'json': return mk([fn('dumps'), fn('loads'), fn('_raw_decode'), ['JSONDecodeError', st.types['json.JSONDecodeError']]]);
    case 'string': {
      const e: [string, PyValue][] = STRING_CONSTS.map(([k, v]) => [k, st.version === 2 ? bytes(v) : v]);
      if (st.version === 2) e.push(['letters', bytes(STRING_CONSTS[0][1])], ['lowercase', bytes(STRING_CONSTS[1][1])], ['uppercase', bytes(STRING_CONSTS[2][1])]);
      e.push(fn('capwords'));
      return mk(e);
    }
  }
  return null;
}

/** Functions of the native modules; undefined when `name` is not one of them. */
export function callNative(rt: Rt, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  if (name.startsWith('_threadcore.')) return callThreadCore(rt, name.slice(12), args, kw);
  switch (name) {
    case '_enum.intmember': {
      // an IntEnum member is an int-like enum value, as socket.AF_INET is (struct, %d, indexing work)
      const cls = args[0] as PyClass;
      st.types[cls.qualname] = cls;
      return { t: T.INTENUM, cls: cls.qualname, name: args[1] as string, v: args[2] as number };
    }
    case '_ast.literal_eval': {
      if (args.length !== 1) typeError(st, `literal_eval() takes 1 positional argument but ${args.length} were given`);
      let src = args[0];
      if (src !== null && typeof src === 'object' && (src.t === T.BYTES || src.t === T.BYTEARRAY)) src = decodeUtf8(rt, src.s);
      if (typeof src !== 'string') throwExc(st, 'ValueError', `malformed node or string: ${repr(rt, src)}`);
      return evalExpression(rt, src, () => undefined, true);
    }
    case 'json.dumps': {
      if (args.length !== 1) typeError(st, `dumps() takes 1 positional argument but ${args.length} were given`);
      const cls = kw?.get('cls');
      if (cls !== undefined && cls !== null) {
        // json.dumps(obj, cls=MyEncoder, ...): cls(**kw).encode(obj), as CPython does
        const kw2 = new Map(kw!); kw2.delete('cls');
        const enc = callSync(rt, cls, [], kw2);
        return callSync(rt, getAttr(rt, enc, 'encode'), [args[0]]);
      }
      const out = jsonDumps(rt, args[0], kw);
      return st.version === 2 ? bytes(out) : out;
    }
    case 'json.loads': case 'json._raw_decode': {
      const raw = name === 'json._raw_decode';
      if (!raw && args.length !== 1) typeError(st, `loads() takes 1 positional argument but ${args.length} were given`);
      const cls = kw?.get('cls');
      if (!raw && cls !== undefined && cls !== null) {
        const kw2 = new Map(kw!); kw2.delete('cls');
        const dec = callSync(rt, cls, [], kw2);
        return callSync(rt, getAttr(rt, dec, 'decode'), [args[0]]);
      }
      let s = args[0];
      if (s !== null && typeof s === 'object' && (s.t === T.BYTES || s.t === T.BYTEARRAY)) {
        s = st.version === 2 ? latinToUtf16(s.s) : decodeUtf8(rt, s.s);
      } else if (typeof s !== 'string') typeError(st, `the JSON object must be str, bytes or bytearray, not ${typeName(st, s)}`);
      const parser = new JsonParser(rt, s);
      if (kw) {
        for (const [k, v] of kw) {
          if (!['object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant', 'cls', 'strict'].includes(k)) typeError(st, `JSONDecoder.__init__() got an unexpected keyword argument '${k}'`);
          parser.hooks.set(k, v);
        }
      }
      if (raw) {
        // JSONDecoder.raw_decode(s, idx): the value at idx and the index where it ends
        parser.i = Number(args[1]);
        const v = parser.value();
        return tuple([v, parser.i]);
      }
      return parser.parseDoc();
    }
    case 'copy.copy': case 'copy.deepcopy': {
      if (args.length !== 1) typeError(st, `${name.slice(5)}() takes 1 positional argument but ${args.length} were given`);
      return copyValue(args[0], name === 'copy.deepcopy', new Map());
    }
  }
  if (name.startsWith('math.')) return mathFunc(rt, name.slice(5), args);
  if (name.startsWith('base64.')) return base64Func(rt, name.slice(7), args);
  if (name.startsWith('binascii.')) {
    const v = args[0];
    const f = name.slice(9);
    if (f === 'hexlify' || f === 'b2a_hex') {
      if (v === null || typeof v !== 'object' || (v.t !== T.BYTES && v.t !== T.BYTEARRAY)) typeError(st, `a bytes-like object is required, not '${typeName(st, v)}'`);
      return bytes([...v.s].map((c: string) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    }
    if (f === 'unhexlify' || f === 'a2b_hex') {
      const s: string = typeof v === 'string' ? v : v.s;
      if (s.length % 2) throw new PyThrow(makeExc(st, st.types['binascii.Error'], ['Odd-length string']));
      if (/[^0-9a-fA-F]/.test(s)) throw new PyThrow(makeExc(st, st.types['binascii.Error'], ['Non-hexadecimal digit found']));
      let out = '';
      for (let i = 0; i < s.length; i += 2) out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
      return bytes(out);
    }
    if (f === 'crc32') return crc32(v.s, args.length > 1 ? Number(args[1]) : 0);
  }
  if (name === '_sre.info') return sreInfo(rt, args[0], Number(args[1]));
  if (name === '_sre.find') return sreFind(rt, args[0], Number(args[1]), args[2], Number(args[3]), Number(args[4]), Number(args[5]));
  if (name === '_hashlib.hexdigest') return hexDigest(args[0], args[1].s);
  if (name === '_hashlib.digest_size') return HASHES[args[0]].size;
  if (name === 'zlib.crc32') return crc32(args[0].s, args.length > 1 ? Number(args[1]) : 0);
  switch (name) {
    case 'string.capwords': {
      const s = args[0];
      const text = typeof s === 'string' ? s : s.s;
      const r = text.split(/\s+/).filter((w: string) => w).map((w: string) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(' ');
      return typeof s === 'string' ? r : bytes(r);
    }
  }
  return undefined;
}

const MATH_FUNCS = ['ceil', 'floor', 'trunc', 'sqrt', 'isqrt', 'pow', 'exp', 'log', 'log2', 'log10', 'fabs', 'gcd', 'lcm', 'factorial', 'isnan', 'isinf',
  'isfinite', 'isclose', 'hypot', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'degrees', 'radians', 'copysign', 'fmod', 'modf', 'fsum', 'prod', 'comb', 'perm', 'dist'];

function mathArg(rt: Rt, name: string, v: PyValue): number {
  if (isInt(v)) return toNum(v);
  if (v !== null && typeof v === 'object' && v.t === T.FLOAT) return v.v;
  typeError(rt.st, `must be real number, not ${typeName(rt.st, v)}`);
}

function toIntResult(rt: Rt, x: number): PyValue {
  if (Number.isNaN(x)) valueError(rt.st, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyThrow(makeExc(rt.st, rt.st.types.OverflowError, ['cannot convert float infinity to integer']));
  return normBig(BigInt(x));
}

function mathFunc(rt: Rt, f: string, args: PyValue[]): PyValue {
  const st = rt.st;
  const a = (i: number): number => mathArg(rt, f, args[i]);
  const domain = (): never => valueError(st, 'math domain error');
  const fl = (x: number): PyValue => { if (Number.isNaN(x) && !args.some((v) => v !== null && typeof v === 'object' && v.t === T.FLOAT && Number.isNaN(v.v))) domain(); return float(x); };
  switch (f) {
    case 'ceil': return isInt(args[0]) ? unInt(args[0]) : toIntResult(rt, Math.ceil(a(0)));
    case 'floor': return isInt(args[0]) ? unInt(args[0]) : toIntResult(rt, Math.floor(a(0)));
    case 'trunc': return isInt(args[0]) ? unInt(args[0]) : toIntResult(rt, Math.trunc(a(0)));
    case 'sqrt': if (a(0) < 0) domain(); return float(Math.sqrt(a(0)));
    case 'isqrt': { const n = toBig(args[0]); if (n < 0n) valueError(st, 'isqrt() argument must be nonnegative'); let x = BigInt(Math.floor(Math.sqrt(Number(n)))); while (x * x > n) x--; while ((x + 1n) * (x + 1n) <= n) x++; return normBig(x); }
    case 'pow': return fl(Math.pow(a(0), a(1)));
    case 'exp': return float(Math.exp(a(0)));
    case 'log': {
      const x = a(0);
      if (x <= 0) domain();
      if (args.length > 1) { const b = a(1); if (b <= 0 || b === 1) { if (b === 1) throw new PyThrow(makeExc(st, st.types.ZeroDivisionError, ['float division by zero'])); domain(); } return float(Math.log(x) / Math.log(b)); }
      return float(Math.log(x));
    }
    case 'log2': if (a(0) <= 0) domain(); return float(Math.log2(a(0)));
    case 'log10': if (a(0) <= 0) domain(); return float(Math.log10(a(0)));
    case 'fabs': return float(Math.abs(a(0)));
    case 'gcd': case 'lcm': {
      let r = f === 'gcd' ? 0n : 1n;
      const g = (x: bigint, y: bigint): bigint => { x = x < 0n ? -x : x; y = y < 0n ? -y : y; while (y) [x, y] = [y, x % y]; return x; };
      for (const v of args) {
        if (!isInt(v)) typeError(st, `'${typeName(st, v)}' object cannot be interpreted as an integer`);
        const n = toBig(v);
        if (f === 'gcd') r = g(r, n);
        else { if (n === 0n || r === 0n) r = 0n; else { const m = (r * n) / g(r, n); r = m < 0n ? -m : m; } }
      }
      return normBig(r);
    }
    case 'factorial': {
      if (!isInt(args[0])) typeError(st, `'${typeName(st, args[0])}' object cannot be interpreted as an integer`);
      const n = toBig(args[0]);
      if (n < 0n) valueError(st, 'factorial() not defined for negative values');
      let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return normBig(r);
    }
    case 'comb': case 'perm': {
      const n = toBig(args[0]), k = args.length > 1 ? toBig(args[1]) : n;
      if (n < 0n || k < 0n) valueError(st, `${k < 0n ? 'k' : 'n'} must be a non-negative integer`);
      if (k > n) return 0;
      let r = 1n; for (let i = 0n; i < k; i++) r = r * (n - i);
      if (f === 'comb') { let d = 1n; for (let i = 2n; i <= k; i++) d *= i; r /= d; }
      return normBig(r);
    }
    case 'isnan': return Number.isNaN(a(0));
    case 'isinf': return Math.abs(a(0)) === Infinity;
    case 'isfinite': return Number.isFinite(a(0));
    case 'isclose': { const x = a(0), y = a(1); return x === y || Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0); }
    case 'hypot': return float(Math.hypot(...args.map((_, i) => a(i))));
    case 'dist': { const p = args[0].a, q = args[1].a; return float(Math.hypot(...p.map((x: PyValue, i: number) => mathArg(rt, f, x) - mathArg(rt, f, q[i])))); }
    case 'sin': return float(Math.sin(a(0)));
    case 'cos': return float(Math.cos(a(0)));
    case 'tan': return float(Math.tan(a(0)));
    case 'asin': if (Math.abs(a(0)) > 1) domain(); return float(Math.asin(a(0)));
    case 'acos': if (Math.abs(a(0)) > 1) domain(); return float(Math.acos(a(0)));
    case 'atan': return float(Math.atan(a(0)));
    case 'atan2': return float(Math.atan2(a(0), a(1)));
    case 'degrees': return float(a(0) * 180 / Math.PI);
    case 'radians': return float(a(0) * Math.PI / 180);
    case 'copysign': return float(Math.sign(a(1)) * Math.abs(a(0)) || (Object.is(a(1), -0) || a(1) < 0 ? -Math.abs(a(0)) : Math.abs(a(0))));
    case 'fmod': if (a(1) === 0) domain(); return float(a(0) % a(1));
    case 'modf': { const x = a(0); const i = Math.trunc(x); return { t: T.TUPLE, a: [float(x - i), float(i)] }; }
    case 'fsum': { let s = 0, c = 0; for (const v of toArr(rt, args[0])) { const y = mathArg(rt, f, v) - c; const t = s + y; c = (t - s) - y; s = t; } return float(s); }
    case 'prod': { let r: PyValue = 1; for (const v of toArr(rt, args[0])) r = binop(rt, Bin.MUL, r, v); return r; }
  }
  throwExc(st, 'AttributeError', `module 'math' has no attribute '${f}'`);
}

function unInt(v: PyValue): PyValue { return typeof v === 'boolean' ? (v ? 1 : 0) : v !== null && typeof v === 'object' ? v.v : v; }

// ---------------------------------------------------------------- re (on JavaScript RegExp)
const RE_I = 2, RE_M = 8, RE_S = 16, RE_X = 64;

/** Python regex syntax -> JavaScript: named groups, \A \Z, verbose mode, inline flags at the start. */
function sreTranslate(rt: Rt, pat: string, flags: number): { src: string; flags: number; names: Map<string, number>; groups: number } {
  const names = new Map<string, number>();
  let groups = 0;
  let out = '';
  let inClass = false;
  const m0 = /^\(\?([aiLmsux]+)\)/.exec(pat);
  if (m0) {
    for (const c of m0[1]) flags |= c === 'i' ? RE_I : c === 'm' ? RE_M : c === 's' ? RE_S : c === 'x' ? RE_X : 0;
    pat = pat.slice(m0[0].length);
  }
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\') {
      const d = pat[i + 1];
      if (d === undefined) sreError(rt, 'bad escape (end of pattern)', pat.length - 1);
      if (!inClass && d === 'A') { out += '(?<![\\s\\S])'; i++; continue; }
      if (!inClass && d === 'Z') { out += '(?![\\s\\S])'; i++; continue; }
      out += c + d;
      i++;
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; if (pat[i + 1] === '^') { out += '^'; i++; } if (pat[i + 1] === ']') { out += '\\]'; i++; } continue; }
    if (flags & RE_X) {
      if (/\s/.test(c)) continue;
      if (c === '#') { while (i < pat.length && pat[i] !== '\n') i++; continue; }
    }
    if (c === '(') {
      if (pat[i + 1] !== '?') { groups++; out += c; continue; }
      const named = /^\(\?P<([A-Za-z_]\w*)>/.exec(pat.slice(i));
      if (named) { groups++; names.set(named[1], groups); out += `(?<${named[1]}>`; i += named[0].length - 1; continue; }
      const ref = /^\(\?P=([A-Za-z_]\w*)\)/.exec(pat.slice(i));
      if (ref) { out += `\\k<${ref[1]}>`; i += ref[0].length - 1; continue; }
      if (pat[i + 2] === '<' && pat[i + 3] !== '=' && pat[i + 3] !== '!') { groups++; }
      out += c;
      continue;
    }
    out += c;
  }
  if (inClass) sreError(rt, 'unterminated character set', pat.lastIndexOf('['));
  return { src: out, flags, names, groups };
}

function sreError(rt: Rt, msg: string, pos: number): never {
  throw new PyThrow(makeExc(rt.st, rt.st.types['re.error'], [`${msg} at position ${pos}`]));
}

function sreCompile(rt: Rt, pat: PyValue, flags: number, mode: string): { re: RegExp; info: ReturnType<typeof sreTranslate> } {
  const text = typeof pat === 'string' ? pat : pat.s;
  const info = sreTranslate(rt, text, flags);
  let jsFlags = mode;
  if (info.flags & RE_I) jsFlags += 'i';
  if (info.flags & RE_M) jsFlags += 'm';
  if (info.flags & RE_S) jsFlags += 's';
  try {
    return { re: new RegExp(info.src, jsFlags), info };
  } catch (e) {
    const msg = String((e as Error).message);
    if (/Unterminated group|Unmatched '\('/i.test(msg)) sreError(rt, 'missing ), unterminated subpattern', text.indexOf('('));
    if (/Unmatched '\)'/i.test(msg)) sreError(rt, 'unbalanced parenthesis', text.indexOf(')'));
    if (/Nothing to repeat/i.test(msg)) sreError(rt, 'nothing to repeat', Math.max(0, text.search(/[*+?{]/)));
    sreError(rt, msg.replace(/^Invalid regular expression: /, ''), 0);
  }
}

/** (number of groups, {name: index}) of a pattern; raises re.error for a bad one. */
function sreInfo(rt: Rt, pat: PyValue, flags: number): PyValue {
  const { info } = sreCompile(rt, pat, flags, '');
  const d: PyValue = { t: T.DICT, m: new Map() };
  for (const [k, v] of info.names) d.m.set(hashKey(rt, k), [k, v]);
  return { t: T.TUPLE, a: [info.groups, d] };
}

/** Match at/after pos (mode 0 search, 1 match, 2 fullmatch): [s0, e0, s1, e1, ...] (-1 for unmatched groups) or None. */
function sreFind(rt: Rt, pat: PyValue, flags: number, strV: PyValue, pos: number, endpos: number, mode: number): PyValue {
  let { re } = sreCompile(rt, pat, flags, mode === 0 ? 'gd' : 'yd');
  if (mode === 2) re = new RegExp(`(?:${re.source})(?![\\s\\S])`, re.flags);
  const full: string = typeof strV === 'string' ? strV : strV.s;
  const s = endpos < full.length ? full.slice(0, endpos) : full;
  re.lastIndex = pos;
  for (;;) {
    const m = re.exec(s) as (RegExpExecArray & { indices?: ([number, number] | undefined)[] }) | null;
    if (!m) return null;
    const idx = m.indices!;
    const out: number[] = [];
    for (let g = 0; g < idx.length; g++) { const p = idx[g]; out.push(p ? p[0] : -1, p ? p[1] : -1); }
    return list(out);
  }
}

function crc32(s: string, start: number): number {
  let c = (start ^ 0xffffffff) >>> 0;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Func(rt: Rt, f: string, args: PyValue[]): PyValue {
  const st = rt.st;
  const arg = args[0];
  const bytesOf = (v: PyValue, what: string): string => {
    if (v !== null && typeof v === 'object' && (v.t === T.BYTES || v.t === T.BYTEARRAY)) return v.s;
    if (typeof v === 'string' && what === 'decode') {
      if ([...v].some((c) => c.charCodeAt(0) > 0x7f)) valueError(st, 'string argument should contain only ASCII characters');
      return v;
    }
    typeError(st, `a bytes-like object is required, not '${typeName(st, v)}'`);
  };
  const url = f.startsWith('urlsafe');
  switch (f) {
    case 'b64encode': case 'standard_b64encode': case 'urlsafe_b64encode': case 'encodebytes': {
      const s = bytesOf(arg, 'encode');
      let out = '';
      for (let i = 0; i < s.length; i += 3) {
        const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
        out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < s.length ? B64[n & 63] : '=');
      }
      if (url) out = out.replace(/\+/g, '-').replace(/\//g, '_');
      if (f === 'encodebytes') out = (out.match(/.{1,76}/g) ?? []).map((l) => l + '\n').join('');
      return bytes(out);
    }
    case 'b64decode': case 'standard_b64decode': case 'urlsafe_b64decode': case 'decodebytes': {
      let s = bytesOf(arg, 'decode');
      if (url) s = s.replace(/-/g, '+').replace(/_/g, '/');
      s = s.replace(/[^A-Za-z0-9+/=]/g, '');
      const data = s.replace(/=+$/, '');
      if (data.length % 4 === 1) throw new PyThrow(makeExc(st, st.types['binascii.Error'], [`Invalid base64-encoded string: number of data characters (${data.length}) cannot be 1 more than a multiple of 4`]));
      if (s.length % 4 !== 0) throw new PyThrow(makeExc(st, st.types['binascii.Error'], ['Incorrect padding']));
      let out = '';
      let bits = 0, acc = 0;
      for (const ch of data) {
        acc = (acc << 6) | B64.indexOf(ch);
        bits += 6;
        if (bits >= 8) { bits -= 8; out += String.fromCharCode((acc >> bits) & 0xff); }
      }
      return bytes(out);
    }
    case 'b16encode': return bytes([...bytesOf(arg, 'encode')].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()).join(''));
    case 'b16decode': {
      const s = bytesOf(arg, 'decode');
      if (s.length % 2 || /[^0-9A-F]/.test(s)) throw new PyThrow(makeExc(st, st.types['binascii.Error'], [s.length % 2 ? 'Odd-length string' : 'Non-base16 digit found']));
      let out = '';
      for (let i = 0; i < s.length; i += 2) out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
      return bytes(out);
    }
  }
  throwExc(st, 'AttributeError', `module 'base64' has no attribute '${f}'`);
}

/** copy.copy / copy.deepcopy of containers and plain instances (immutable values are returned as they are). */
function copyValue(v: PyValue, deep: boolean, memo: Map<unknown, PyValue>): PyValue {
  if (v === null || typeof v !== 'object') return v;
  const have = memo.get(v);
  if (have !== undefined) return have;
  const c = (x: PyValue): PyValue => (deep ? copyValue(x, true, memo) : x);
  switch (v.t) {
    case T.LIST: { const r = list([]); memo.set(v, r); for (const x of v.a) r.a.push(c(x)); return r; }
    case T.TUPLE: { if (!deep) return v; const r = { t: T.TUPLE, a: v.a.map(c) }; memo.set(v, r); return r; }
    case T.DICT: {
      const r: PyValue = { t: T.DICT, m: new Map() };
      if (v.kind !== undefined) { r.kind = v.kind; r.df = v.df; }
      memo.set(v, r);
      for (const [k, e] of v.m) r.m.set(k, [e[0], c(e[1])]);
      return r;
    }
    case T.SET: { const r = { t: T.SET, m: new Map(v.m) }; memo.set(v, r); return r; }
    case T.BYTEARRAY: return { t: T.BYTEARRAY, s: v.s };
    case T.INST: {
      const r: PyValue = { ...v, dict: new Map() };
      delete r.id;
      memo.set(v, r);
      for (const [k, x] of v.dict) r.dict.set(k, c(x));
      return r;
    }
  }
  return v;
}

function latinToUtf16(s: string): string {
  try { return decodeURIComponent(escape(s)); } catch { return s; }
}

function decodeUtf8(rt: Rt, s: string): string {
  // utf-8 (a BOM would be an error in CPython; rare in teaching code)
  try { return decodeURIComponent(escape(s)); } catch {
    const st = rt.st;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) {
        throw new PyThrow(unicodeDecodeError(st, 'utf-8', s, i, i + 1, 'invalid start byte'));
      }
    }
    return s;
  }
}

// ---------------------------------------------------------------- json.dumps
function jsonStr(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function jsonFloatRepr(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return floatRepr(v);
}

function jsonDumps(rt: Rt, v: PyValue, kw: Kw): string {
  const st = rt.st;
  const opt = (k: string): PyValue => kw?.get(k);
  if (kw) for (const k of kw.keys()) {
    if (!['indent', 'sort_keys', 'separators', 'ensure_ascii', 'default', 'skipkeys', 'allow_nan', 'check_circular', 'cls'].includes(k)) {
      typeError(st, `JSONEncoder.__init__() got an unexpected keyword argument '${k}'`);
    }
  }
  const indentV = opt('indent');
  let indent: string | null = null;
  if (indentV !== undefined && indentV !== null) indent = typeof indentV === 'string' ? indentV : indentV.t === T.BYTES ? indentV.s : ' '.repeat(Math.max(0, Number(indentV)));
  const sortKeys = opt('sort_keys') === true;
  const ensureAscii = opt('ensure_ascii') !== false;
  const skipKeys = opt('skipkeys') === true;
  const dflt = opt('default');
  const allowNan = opt('allow_nan') === undefined || truthy(rt, opt('allow_nan')!);
  const jsonFloat = (v: number): string => {
    if (!allowNan && !Number.isFinite(v)) valueError(st, 'Out of range float values are not JSON compliant');
    return jsonFloatRepr(v);
  };
  // Python 2.7 keeps ', ' with an indent (its lines end in a space)
  let itemSep = indent !== null && st.version === 3 ? ',' : ', ', keySep = ': ';
  const seps = opt('separators');
  const sepStr = (x: PyValue): string => (x !== null && typeof x === 'object' && x.t === T.BYTES ? x.s : String(x));
  if (seps !== undefined && seps !== null) { const a = seps.a; itemSep = sepStr(a[0]); keySep = sepStr(a[1]); }
  const stack: PyValue[] = [];
  const enc = (x: PyValue, level: number): string => {
    if (x === null) return 'null';
    if (x === true) return 'true';
    if (x === false) return 'false';
    if (typeof x === 'string') return jsonStr(x, ensureAscii);
    if (typeof x === 'number' || typeof x === 'bigint') return String(x);
    if (typeof x === 'object') {
      if (x.t === T.INTENUM) return String(x.v);
      if (x.t === T.FLOAT) return jsonFloat(x.v);
      if (st.version === 2 && x.t === T.BYTES) return jsonStr(latinToUtf16(x.s), ensureAscii);
      if (x.t === T.LIST || x.t === T.TUPLE || x.t === T.DICT) {
        if (stack.includes(x)) valueError(st, 'Circular reference detected');
        stack.push(x);
        try {
          const inner = indent !== null ? '\n' + indent.repeat(level + 1) : '';
          const close = indent !== null ? '\n' + indent.repeat(level) : '';
          if (x.t === T.DICT) {
            if (x.m.size === 0) return '{}';
            const entries = dictEntries(st, x);
            const parts: string[] = [];
            const keyed: [string, PyValue][] = [];
            for (const [k, val] of entries) {
              let ks: string;
              if (typeof k === 'string') ks = k;
              else if (k !== null && typeof k === 'object' && k.t === T.BYTES && st.version === 2) ks = latinToUtf16(k.s);
              else if (k === true) ks = 'true';
              else if (k === false) ks = 'false';
              else if (k === null) ks = 'null';
              else if (typeof k === 'number' || typeof k === 'bigint') ks = String(k);
              else if (k !== null && typeof k === 'object' && k.t === T.FLOAT) ks = jsonFloat(k.v);
              else if (skipKeys) continue;
              else typeError(st, `keys must be str, int, float, bool or None, not ${typeName(st, k)}`);
              keyed.push([ks, val]);
            }
            if (sortKeys) keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
            for (const [ks, val] of keyed) parts.push(jsonStr(ks, ensureAscii) + keySep + enc(val, level + 1));
            return '{' + inner + parts.join(itemSep + inner) + close + '}';
          }
          if (x.a.length === 0) return '[]';
          return '[' + inner + x.a.map((y: PyValue) => enc(y, level + 1)).join(itemSep + inner) + close + ']';
        } finally { stack.pop(); }
      }
    }
    if (dflt !== undefined && dflt !== null) return enc(callSync(rt, dflt, [x]), level);
    typeError(st, `Object of type ${typeName(st, x)} is not JSON serializable`);
  };
  return enc(v, 0);
}

// ---------------------------------------------------------------- json.loads
class JsonParser {
  i = 0;
  /** json.loads' hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant. */
  hooks: Map<string, PyValue> = new Map();
  constructor(readonly rt: Rt, readonly s: string) {}

  hook(name: string, arg: PyValue): PyValue | undefined {
    const f = this.hooks.get(name);
    return f === undefined || f === null ? undefined : callSync(this.rt, f, [arg]);
  }

  fail(msg: string, pos: number): never {
    const st = this.rt.st;
    const s = this.s;
    let lineno = 1;
    for (let k = 0; k < pos; k++) if (s.charCodeAt(k) === 10) lineno++;
    const colno = pos - s.lastIndexOf('\n', pos - 1);
    const text = `${msg}: line ${lineno} column ${colno} (char ${pos})`;
    const e = makeExc(st, st.types['json.JSONDecodeError'], [text], false);
    e.dict.set('msg', msg); e.dict.set('doc', s); e.dict.set('pos', pos); e.dict.set('lineno', lineno); e.dict.set('colno', colno);
    throw new PyThrow(e);
  }

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else break;
    }
  }

  parseDoc(): PyValue {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.i !== this.s.length) this.fail('Extra data', this.i);
    return v;
  }

  value(): PyValue {
    const s = this.s;
    const c = s[this.i];
    if (c === '"') return this.string();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === 'n' && s.startsWith('null', this.i)) { this.i += 4; return null; }
    if (c === 't' && s.startsWith('true', this.i)) { this.i += 4; return true; }
    if (c === 'f' && s.startsWith('false', this.i)) { this.i += 5; return false; }
    for (const [word, x] of [['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]] as [string, number][]) {
      if (s.startsWith(word, this.i)) { this.i += word.length; return this.hook('parse_constant', word) ?? float(x); }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(this.i, this.i + 400));
    if (m) {
      this.i += m[0].length;
      if (m[1] || m[2]) return this.hook('parse_float', m[0]) ?? float(Number(m[0]));
      const pi = this.hook('parse_int', m[0]);
      if (pi !== undefined) return pi;
      const n = Number(m[0]);
      return Number.isSafeInteger(n) ? n : normBig(BigInt(m[0]));
    }
    this.fail('Expecting value', this.i);
  }

  string(): string {
    const s = this.s;
    const start = this.i;
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= s.length) this.fail('Unterminated string starting at', start);
      const c = s[this.i];
      if (c === '"') { this.i++; return out; }
      if (c === '\\') {
        const e = s[this.i + 1];
        if (e === undefined) this.fail('Unterminated string starting at', start);
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in map) { out += map[e]; this.i += 2; continue; }
        if (e === 'u') {
          const hex = s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape', this.i + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
          continue;
        }
        this.fail('Invalid \\escape', this.i);
      }
      if (c.charCodeAt(0) < 0x20) this.fail('Invalid control character at', this.i);
      out += c;
      this.i++;
    }
  }

  object(): PyValue {
    const rt = this.rt;
    const s = this.s;
    const d: PyValue = { t: T.DICT, m: new Map() };
    const pairs: PyValue[] = [];
    const done = (): PyValue => {
      if (this.hooks.get('object_pairs_hook') !== undefined && this.hooks.get('object_pairs_hook') !== null) return this.hook('object_pairs_hook', list(pairs))!;
      return this.hook('object_hook', d) ?? d;
    };
    this.i++;
    this.ws();
    if (s[this.i] === '}') { this.i++; return done(); }
    for (;;) {
      if (s[this.i] !== '"') this.fail('Expecting property name enclosed in double quotes', this.i);
      const k = this.string();
      this.ws();
      if (s[this.i] !== ':') this.fail("Expecting ':' delimiter", this.i);
      this.i++;
      this.ws();
      const v = this.value();
      const hk = hashKey(rt, k);
      const old = d.m.get(hk);
      d.m.set(hk, [old ? old[0] : k, v]);
      pairs.push(tuple([k, v]));
      this.ws();
      if (s[this.i] === '}') { this.i++; return done(); }
      if (s[this.i] !== ',') this.fail("Expecting ',' delimiter", this.i);
      this.i++;
      this.ws();
    }
  }

  array(): PyValue {
    const s = this.s;
    const a: PyValue[] = [];
    this.i++;
    this.ws();
    if (s[this.i] === ']') { this.i++; return list(a); }
    for (;;) {
      a.push(this.value());
      this.ws();
      if (s[this.i] === ']') { this.i++; return list(a); }
      if (s[this.i] !== ',') this.fail("Expecting ',' delimiter", this.i);
      this.i++;
      this.ws();
    }
  }
}

