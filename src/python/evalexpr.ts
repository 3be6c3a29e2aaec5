// eval() and ast.literal_eval(): an expression is parsed at run time and evaluated by walking its
// syntax tree (the program's code is compiled once and stays immutable, so nothing new is compiled;
// nothing here is kept in the state). Calls go through callSync, so functions of the program work.
import type { SyntaxNode } from '@lezer/common';
import { parser } from './grammar/parser';
import { parseNumber, parseStringLiteral } from './compiler';
import { Bin, Cmp, Un } from './ops';
import { T, type PyValue } from './types';
import { PyThrow, type Rt, binop, compare, dict, list, makeExc, throwExc, truthy, tuple, typeName, unary, hashKey, fakeAddr, toArray } from './objects';
import { callSync } from './vm';
import { getAttr, getItem, sliceOf, setItem } from './builtins';

const BIN: Record<string, number> = {
  '+': Bin.ADD, '-': Bin.SUB, '*': Bin.MUL, '/': Bin.TRUEDIV, '//': Bin.FLOORDIV, '%': Bin.MOD, '**': Bin.POW,
  '<<': Bin.LSHIFT, '>>': Bin.RSHIFT, '&': Bin.AND, '|': Bin.OR, '^': Bin.XOR, '@': Bin.MATMUL,
};
const CMP: Record<string, number> = { '<': Cmp.LT, '<=': Cmp.LE, '==': Cmp.EQ, '!=': Cmp.NE, '<>': Cmp.NE, '>': Cmp.GT, '>=': Cmp.GE };

const AST_NAMES: Record<string, string> = {
  VariableName: 'Name', CallExpression: 'Call', BinaryExpression: 'BinOp', MemberExpression: 'Attribute', LambdaExpression: 'Lambda',
  ConditionalExpression: 'IfExp', ArrayComprehensionExpression: 'ListComp', ComprehensionExpression: 'GeneratorExp', FormatString: 'JoinedStr',
  UnaryExpression: 'UnaryOp', SetComprehensionExpression: 'SetComp', DictionaryComprehensionExpression: 'DictComp', NamedExpression: 'NamedExpr',
};

function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

class Evaluator {
  constructor(readonly rt: Rt, readonly src: string, readonly lookup: (name: string) => PyValue | undefined, readonly literal: boolean) {}

  text(n: SyntaxNode): string { return this.src.slice(n.from, n.to); }

  malformed(n: SyntaxNode): never {
    // ast.literal_eval's message names the node (its repr has an address)
    const kind = AST_NAMES[n.name] ?? 'expr';
    throwExc(this.rt.st, 'ValueError', `malformed node or string on line 1: <ast.${kind} object at ${fakeAddr(this.rt.st, {})}>`);
  }

  unsupported(what: string): never {
    throwExc(this.rt.st, 'NotImplementedError', `eval() of ${what} is not supported in Socket Lab`);
  }

  items(n: SyntaxNode): PyValue[] {
    const out: PyValue[] = [];
    const k = kids(n).filter((c) => !['(', ')', '[', ']', '{', '}', ','].includes(c.name));
    for (let i = 0; i < k.length; i++) {
      if (k[i].name === '*') {
        if (this.literal) this.malformed(k[i]);
        const it = this.e(k[++i]);
        for (const x of toArray(this.rt, it)) out.push(x);
        continue;
      }
      out.push(this.e(k[i]));
    }
    return out;
  }

  e(n: SyntaxNode): PyValue {
    const st = this.rt.st;
    switch (n.name) {
      case 'Number': return parseNumber(this.text(n), st.version, n.from);
      case 'String': {
        const lit = parseStringLiteral(this.text(n), st.version, n.from);
        return lit.kind === 'bytes' ? { t: T.BYTES, s: lit.s } : lit.s;
      }
      case 'ContinuedString': {
        const parts = kids(n).map((c) => this.e(c));
        if (parts.every((p) => typeof p === 'string')) return parts.join('');
        if (parts.every((p) => p !== null && typeof p === 'object' && p.t === T.BYTES)) return { t: T.BYTES, s: parts.map((p) => (p as { s: string }).s).join('') };
        throwExc(st, 'SyntaxError', 'cannot mix bytes and nonbytes literals');
        break;
      }
      case 'Boolean': return this.text(n) === 'True';
      case 'None': return null;
      case 'Ellipsis': return { t: T.ELLIPSIS } as PyValue;
      case 'VariableName': {
        const name = this.text(n);
        if (this.literal) this.malformed(n);
        const v = this.lookup(name);
        if (v === undefined) throwExc(st, 'NameError', `name '${name}' is not defined`);
        return v;
      }
      case 'ParenthesizedExpression': {
        const k = kids(n).filter((c) => c.name !== '(' && c.name !== ')');
        if (k.length === 1) return this.e(k[0]);
        return tuple(this.items(n));
      }
      case 'TupleExpression': return tuple(this.items(n));
      case 'ArrayExpression': return list(this.items(n));
      case 'SetExpression': {
        const s: PyValue = { t: T.SET, m: new Map() };
        for (const x of this.items(n)) { const k = hashKey(this.rt, x); if (!s.m.has(k)) s.m.set(k, x); }
        return s;
      }
      case 'DictionaryExpression': {
        const d = dict();
        const k = kids(n).filter((c) => c.name !== '{' && c.name !== '}');
        for (let i = 0; i < k.length; i++) {
          if (k[i].name === ',') continue;
          if (k[i].name === '**') {
            if (this.literal) this.malformed(k[i]);
            const src = this.e(k[++i]);
            if (src === null || typeof src !== 'object' || src.t !== T.DICT) throwExc(st, 'TypeError', `'${typeName(st, src)}' object is not a mapping`);
            for (const [hk, e] of src.m) d.m.set(hk, e);
            continue;
          }
          const key = this.e(k[i]);
          const val = this.e(k[i + 2]);
          setItem(this.rt, d, key, val);
          i += 2;
        }
        return d;
      }
      case 'UnaryExpression': {
        const k = kids(n);
        const op = this.text(k[0]);
        if (this.literal && (op === 'not' || op === '~' || !['Number', 'UnaryExpression'].includes(k[1].name))) this.malformed(n);
        const v = this.e(k[1]);
        if (op === 'not') return !truthy(this.rt, v);
        return unary(this.rt, op === '-' ? Un.NEG : op === '+' ? Un.POS : Un.INVERT, v);
      }
      case 'BinaryExpression': {
        if (this.literal) this.malformed(n);
        const k = kids(n);
        const opName = k[1].name;
        if (opName === 'and') { const a = this.e(k[0]); return truthy(this.rt, a) ? this.e(k[2]) : a; }
        if (opName === 'or') { const a = this.e(k[0]); return truthy(this.rt, a) ? a : this.e(k[2]); }
        if (opName === 'CompareOp' || opName === 'in' || opName === 'not' || opName === 'is') {
          // a < b < c: left-nested comparisons, each operand evaluated once
          const ops: number[] = [];
          const operands: SyntaxNode[] = [];
          let cur = n;
          for (;;) {
            const ck = kids(cur);
            const a = ck[1];
            let op: number, right: SyntaxNode;
            if (a.name === 'CompareOp') { op = CMP[this.text(a)]; right = ck[2]; }
            else if (a.name === 'in') { op = Cmp.IN; right = ck[2]; }
            else if (a.name === 'not') { op = Cmp.NOT_IN; right = ck[3]; }
            else if (ck[2].name === 'not') { op = Cmp.IS_NOT; right = ck[3]; }
            else { op = Cmp.IS; right = ck[2]; }
            ops.unshift(op);
            operands.unshift(right);
            const left = ck[0];
            const lk = left.name === 'BinaryExpression' ? kids(left) : [];
            if (lk.length && ['CompareOp', 'in', 'not', 'is'].includes(lk[1].name)) cur = left;
            else { operands.unshift(left); break; }
          }
          let a = this.e(operands[0]);
          let r: PyValue = true;
          for (let i = 0; i < ops.length; i++) {
            const b = this.e(operands[i + 1]);
            r = compare(this.rt, ops[i], a, b);
            if (!truthy(this.rt, r)) return r;
            a = b;
          }
          return r;
        }
        const op = BIN[this.text(k[1])];
        if (op === undefined) throwExc(st, 'SyntaxError', 'invalid syntax');
        const a = this.e(k[0]);
        const b = this.e(k[2]);
        return binop(this.rt, op === Bin.TRUEDIV && st.version === 2 ? Bin.DIV : op, a, b);
      }
      case 'ConditionalExpression': {
        if (this.literal) this.malformed(n);
        const k = kids(n);
        return truthy(this.rt, this.e(k[2])) ? this.e(k[0]) : this.e(k[4]);
      }
      case 'MemberExpression': {
        if (this.literal) this.malformed(n);
        const k = kids(n);
        const o = this.e(k[0]);
        if (k[1].name === '.') return getAttr(this.rt, o, this.text(k[2]));
        const inner = k.slice(1).filter((c) => c.name !== '[' && c.name !== ']');
        const groups: SyntaxNode[][] = [[]];
        for (const c of inner) { if (c.name === ',') groups.push([]); else groups[groups.length - 1].push(c); }
        if (groups[groups.length - 1].length === 0 && groups.length > 1) groups.pop();
        const one = (g: SyntaxNode[]): PyValue => {
          if (!g.some((c) => c.name === ':')) return this.e(g[0]);
          const parts: (SyntaxNode | null)[] = [null];
          for (const c of g) { if (c.name === ':') parts.push(null); else parts[parts.length - 1] = c; }
          const v = (i: number): PyValue => { const p = parts[i]; return p ? this.e(p) : null; };
          return sliceOf(v(0), v(1), parts.length === 3 ? v(2) : null);
        };
        const idx = groups.length === 1 ? one(groups[0]) : tuple(groups.map(one));
        return getItem(this.rt, o, idx);
      }
      case 'CallExpression': {
        if (this.literal) this.malformed(n);
        const k = kids(n);
        const fn = this.e(k[0]);
        const al = kids(k[1]).filter((c) => c.name !== '(' && c.name !== ')');
        const args: PyValue[] = [];
        let kw: Map<string, PyValue> | null = null;
        for (let i = 0; i < al.length; i++) {
          const c = al[i];
          if (c.name === ',') continue;
          if (c.name === '*') {
            const it = this.e(al[++i]);
            for (const x of toArray(this.rt, it)) args.push(x);
            continue;
          }
          if (c.name === '**') {
            const m = this.e(al[++i]);
            if (m === null || typeof m !== 'object' || m.t !== T.DICT) throwExc(st, 'TypeError', `argument after ** must be a mapping, not ${typeName(st, m)}`);
            kw ??= new Map();
            for (const [key, v] of m.m.values()) kw.set(String(key), v);
            continue;
          }
          if (c.name === 'VariableName' && al[i + 1]?.name === 'AssignOp') {
            kw ??= new Map();
            kw.set(this.text(c), this.e(al[i + 2]));
            i += 2;
            continue;
          }
          if (c.name === 'ComprehensionExpression' || al[i + 1]?.name === 'for') this.unsupported('a generator expression');
          args.push(this.e(c));
        }
        return callSync(this.rt, fn, args, kw);
      }
      case 'LambdaExpression': if (this.literal) this.malformed(n); return this.unsupported('a lambda');
      case 'FormatString': if (this.literal) this.malformed(n); return this.unsupported('an f-string');
      case 'ArrayComprehensionExpression': case 'SetComprehensionExpression': case 'DictionaryComprehensionExpression': case 'ComprehensionExpression':
        if (this.literal) this.malformed(n);
        return this.unsupported('a comprehension');
    }
    if (this.literal) this.malformed(n);
    throwExc(st, 'SyntaxError', 'invalid syntax');
  }
}

function syntaxError(rt: Rt, msg: string, src: string, col: number, filename: string): never {
  const st = rt.st;
  const line = src === '' ? 0 : 1;
  const e = makeExc(st, st.types.SyntaxError, [`${msg} (${filename}, line ${line})`], false);
  e.dict.set('msg', msg); e.dict.set('filename', filename); e.dict.set('lineno', line); e.dict.set('offset', col); e.dict.set('text', src);
  throw new PyThrow(e);
}

/**
 * Evaluate `source` as one Python expression. `lookup` finds a name (undefined: NameError).
 * `literal` restricts it to ast.literal_eval's literals and containers.
 */
export function evalExpression(rt: Rt, source: string, lookup: (name: string) => PyValue | undefined, literal: boolean): PyValue {
  const src = literal ? source.trim() : source.replace(/^[ \t]+/, '');
  const tree = parser.parse(src);
  let bad = -1;
  tree.iterate({ enter: (c) => { if (bad < 0 && c.type.isError) bad = c.from; } });
  const stmts = kids(tree.topNode);
  const fname = literal ? '<unknown>' : '<string>';
  if (bad >= 0 || stmts.length !== 1 || stmts[0].name !== 'ExpressionStatement') syntaxError(rt, 'invalid syntax', src, Math.max(bad, 0) + 1, fname);
  const ex = kids(stmts[0]).filter((c) => c.name !== ';' && c.name !== 'newline');
  const ev = new Evaluator(rt, src, lookup, literal);
  if (ex.length === 0) syntaxError(rt, 'invalid syntax', src, 1, fname);
  // a, b: a tuple
  if (ex.some((c) => c.name === ',')) return tuple(ex.filter((c) => c.name !== ',').map((c) => ev.e(c)));
  if (ex.length !== 1) syntaxError(rt, 'invalid syntax', src, 1, fname);
  return ev.e(ex[0]);
}
