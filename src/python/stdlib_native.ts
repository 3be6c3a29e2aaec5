/**
 * Standard library modules implemented in TypeScript: json, string, _collections (the dict types of
 * collections; the rest of collections is Python, stdlib.ts). Messages follow CPython 3.11.
 */
import { T, type PyModule, type PyValue } from './types';
import { PyThrow, type Rt, bytes, floatRepr, float, list, makeExc, normBig, typeError, typeName, hashKey, valueError } from './objects';
import { callSync } from './vm';

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
  const mk = (entries: [string, PyValue][]): PyModule => {
    const m: PyModule = { t: T.MODULE, name, dict: new Map(entries) };
    m.dict.set('__name__', name);
    st.modules.set(name, m);
    return m;
  };
  const fn = (n: string): [string, PyValue] => [n, { t: T.BUILTIN, name: `${name}.${n}` }];
  switch (name) {
    case '_collections': return mk([['defaultdict', st.types.defaultdict], ['Counter', st.types.Counter], ['OrderedDict', st.types.OrderedDict]]);
    case 'copy': return mk([fn('copy'), fn('deepcopy'), ['Error', st.types.Exception]]);
    case 'json': return mk([fn('dumps'), fn('loads'), ['JSONDecodeError', st.types['json.JSONDecodeError']]]);
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
  switch (name) {
    case 'json.dumps': {
      if (args.length !== 1) typeError(st, `dumps() takes 1 positional argument but ${args.length} were given`);
      const out = jsonDumps(rt, args[0], kw);
      return st.version === 2 ? bytes(out) : out;
    }
    case 'json.loads': {
      if (args.length !== 1) typeError(st, `loads() takes 1 positional argument but ${args.length} were given`);
      let s = args[0];
      if (s !== null && typeof s === 'object' && (s.t === T.BYTES || s.t === T.BYTEARRAY)) {
        s = st.version === 2 ? latinToUtf16(s.s) : decodeUtf8(rt, s.s);
      } else if (typeof s !== 'string') typeError(st, `the JSON object must be str, bytes or bytearray, not ${typeName(st, s)}`);
      return new JsonParser(rt, s).parseDoc();
    }
    case 'copy.copy': case 'copy.deepcopy': {
      if (args.length !== 1) typeError(st, `${name.slice(5)}() takes 1 positional argument but ${args.length} were given`);
      return copyValue(args[0], name === 'copy.deepcopy', new Map());
    }
    case 'string.capwords': {
      const s = args[0];
      const text = typeof s === 'string' ? s : s.s;
      const r = text.split(/\s+/).filter((w: string) => w).map((w: string) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join(' ');
      return typeof s === 'string' ? r : bytes(r);
    }
  }
  return undefined;
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
        throw new PyThrow(makeExc(st, st.types.UnicodeDecodeError, [`'utf-8' codec can't decode byte 0x${s.charCodeAt(i).toString(16).padStart(2, '0')} in position ${i}: invalid start byte`]));
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

function jsonFloat(v: number): string {
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
  if (indentV !== undefined && indentV !== null) indent = typeof indentV === 'string' ? indentV : ' '.repeat(Math.max(0, Number(indentV)));
  const sortKeys = opt('sort_keys') === true;
  const ensureAscii = opt('ensure_ascii') !== false;
  const skipKeys = opt('skipkeys') === true;
  const dflt = opt('default');
  let itemSep = indent !== null ? ',' : ', ', keySep = ': ';
  const seps = opt('separators');
  if (seps !== undefined && seps !== null) { const a = seps.a; itemSep = a[0]; keySep = a[1]; }
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
            const entries = [...x.m.values()] as [PyValue, PyValue][];
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
  constructor(readonly rt: Rt, readonly s: string) {}

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
    if (c === 'N' && s.startsWith('NaN', this.i)) { this.i += 3; return float(NaN); }
    if (c === 'I' && s.startsWith('Infinity', this.i)) { this.i += 8; return float(Infinity); }
    if (c === '-' && s.startsWith('-Infinity', this.i)) { this.i += 9; return float(-Infinity); }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(this.i, this.i + 400));
    if (m) {
      this.i += m[0].length;
      if (m[1] || m[2]) return float(Number(m[0]));
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
    this.i++;
    this.ws();
    if (s[this.i] === '}') { this.i++; return d; }
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
      this.ws();
      if (s[this.i] === '}') { this.i++; return d; }
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

