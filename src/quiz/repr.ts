/**
 * Python reprs typed by a learner, made comparable: b'abc' and b"abc" are the same bytes, spaces
 * inside tuples do not matter, and in Python 2 a byte string and a str are one type.
 *
 * The answer is parsed as a Python literal (strings and bytes with any quotes and escapes,
 * numbers, None/True/False, tuples and lists) and printed back the way Python's repr() would.
 * What does not parse is compared as trimmed text with runs of spaces collapsed.
 */

type PyLit =
  | { t: 'str'; bytes: boolean; v: number[] } // code points (bytes: 0-255)
  | { t: 'num'; v: string }
  | { t: 'name'; v: 'None' | 'True' | 'False' }
  | { t: 'tuple'; items: PyLit[] }
  | { t: 'list'; items: PyLit[] };

class ParseError extends Error {}

function parseLiteral(src: string): PyLit {
  let i = 0;
  const ws = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const fail = (): never => {
    throw new ParseError(`cannot read ${JSON.stringify(src)} at ${i}`);
  };

  function str(): PyLit | null {
    const m = /^([bBuUrR]{0,2})(['"])/.exec(src.slice(i));
    if (!m) return null;
    const prefix = m[1].toLowerCase();
    if (/[^bur]/.test(prefix) || (prefix.includes('b') && prefix.includes('u'))) return null;
    const bytes = prefix.includes('b');
    const raw = prefix.includes('r');
    i += m[0].length;
    const q = m[2];
    const triple = src.startsWith(q + q, i);
    if (triple) i += 2;
    const out: number[] = [];
    for (;;) {
      if (i >= src.length) fail();
      if (triple ? src.startsWith(q.repeat(3), i) : src[i] === q) {
        i += triple ? 3 : 1;
        break;
      }
      const c = src[i];
      if (c === '\\' && !raw) {
        const e = src[i + 1];
        i += 2;
        const simple: Record<string, number> = { n: 10, r: 13, t: 9, '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, v: 11, '0': 0, '\n': -1 };
        if (e === 'x') {
          const h = src.slice(i, i + 2);
          if (!/^[0-9a-fA-F]{2}$/.test(h)) fail();
          out.push(parseInt(h, 16));
          i += 2;
        } else if (!bytes && (e === 'u' || e === 'U')) {
          const n = e === 'u' ? 4 : 8;
          const h = src.slice(i, i + n);
          if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) fail();
          out.push(parseInt(h, 16));
          i += n;
        } else if (e !== undefined && /[0-7]/.test(e) && e !== '0') {
          let oct = e;
          while (oct.length < 3 && /[0-7]/.test(src[i] ?? '')) oct += src[i++];
          out.push(parseInt(oct, 8));
        } else if (e !== undefined && e in simple) {
          if (simple[e] >= 0) out.push(simple[e]);
        } else {
          out.push(92);
          if (e !== undefined) out.push(e.codePointAt(0)!);
        }
        continue;
      }
      const cp = src.codePointAt(i)!;
      if (bytes && cp > 0x7f) fail();
      out.push(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    // Adjacent literals concatenate: 'a' 'b'.
    ws();
    const save = i;
    const more = str();
    if (more && more.t === 'str' && more.bytes === bytes) return { t: 'str', bytes, v: [...out, ...more.v] };
    i = save;
    return { t: 'str', bytes, v: out };
  }

  function value(): PyLit {
    ws();
    const s = str();
    if (s) return s;
    const c = src[i];
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      i++;
      const items: PyLit[] = [];
      let trailingComma = false;
      ws();
      while (src[i] !== close) {
        items.push(value());
        ws();
        trailingComma = false;
        if (src[i] === ',') {
          i++;
          trailingComma = true;
          ws();
        } else if (src[i] !== close) fail();
      }
      i++;
      if (c === '[') return { t: 'list', items };
      if (items.length === 1 && !trailingComma) return items[0]; // (x) is x
      return { t: 'tuple', items };
    }
    const num = /^[-+]?(\d[\d_]*\.?\d*(e[-+]?\d+)?|\.\d+(e[-+]?\d+)?|0x[0-9a-f]+)L?/i.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      let t = num[0].replace(/_/g, '').replace(/L$/i, '').replace(/^\+/, '');
      if (/^-?0x/i.test(t)) t = BigInt(t.replace('-', '')).toString();
      else if (/^-?\d+$/.test(t)) t = BigInt(t).toString();
      else {
        const f = Number(t);
        t = Number.isInteger(f) ? f.toFixed(1) : String(f);
      }
      return { t: 'num', v: t };
    }
    const name = /^(None|True|False)\b/.exec(src.slice(i));
    if (name) {
      i += name[0].length;
      return { t: 'name', v: name[1] as 'None' | 'True' | 'False' };
    }
    return fail();
  }

  ws();
  const v = value();
  ws();
  // A bare tuple: 1, 2
  if (src[i] === ',') {
    const items = [v];
    while (src[i] === ',') {
      i++;
      ws();
      if (i >= src.length) break;
      items.push(value());
      ws();
    }
    if (i < src.length) fail();
    return { t: 'tuple', items };
  }
  if (i < src.length) fail();
  return v;
}

function strRepr(v: number[], bytes: boolean, prefix: string): string {
  const hasSingle = v.includes(39);
  const hasDouble = v.includes(34);
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + q;
  for (const cp of v) {
    if (cp === 92) out += '\\\\';
    else if (cp === q.charCodeAt(0)) out += '\\' + q;
    else if (cp === 10) out += '\\n';
    else if (cp === 13) out += '\\r';
    else if (cp === 9) out += '\\t';
    else if (cp < 0x20 || cp === 0x7f || (bytes && cp > 0x7f)) out += '\\x' + cp.toString(16).padStart(2, '0');
    else out += String.fromCodePoint(cp);
  }
  return out + q;
}

function render(v: PyLit, python: 2 | 3): string {
  switch (v.t) {
    case 'str':
      // Python 2: 'abc' and b'abc' are both str; Python 3: u'abc' is 'abc'.
      return strRepr(v.v, v.bytes, python === 3 && v.bytes ? 'b' : '');
    case 'num':
      return v.v;
    case 'name':
      return v.v;
    case 'tuple':
      return v.items.length === 1 ? `(${render(v.items[0], python)},)` : `(${v.items.map((x) => render(x, python)).join(', ')})`;
    case 'list':
      return `[${v.items.map((x) => render(x, python)).join(', ')}]`;
  }
}

/** The canonical form of a typed Python repr, for comparison. */
export function normalizeRepr(text: string, python: 2 | 3 = 3): string {
  const t = text.trim();
  try {
    return render(parseLiteral(t), python);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return t.replace(/\s+/g, ' ');
  }
}

/** True when `text` is a Python literal this module understands. */
export function isPythonLiteral(text: string): boolean {
  try {
    parseLiteral(text.trim());
    return true;
  } catch {
    return false;
  }
}

export function sameRepr(a: string, b: string, python: 2 | 3 = 3): boolean {
  return normalizeRepr(a, python) === normalizeRepr(b, python);
}
