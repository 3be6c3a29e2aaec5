/**
 * Compiler: lezer syntax tree -> flat bytecode per code object (see ops.ts).
 * Also: Python 2/3 detection and CPython-style SyntaxErrors.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from './grammar/parser';
import { Bin, Blk, CO_GENERATOR, Cmp, Op, Un } from './ops';
import { T, type Code, type MatchCase, type MatchPat, type Program, type PyValue } from './types';
import { PY_LIBS } from './stdlib';

export interface SyntaxErr {
  type: 'SyntaxError';
  /** 'SyntaxError' or 'IndentationError' (shown in `formatted`). */
  kind: string;
  msg: string;
  line: number;
  col: number;
  endCol: number;
  text: string;
  formatted: string;
}

class CompileError {
  constructor(readonly msg: string, readonly pos: number, readonly end: number = -1, readonly kind = 'SyntaxError', readonly noCaret = false) {}
}

// ---------------------------------------------------------------- source helpers
export class Src {
  readonly lineStarts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  lineOf(pos: number): number {
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }
  colOf(pos: number): number { return pos - this.lineStarts[this.lineOf(pos) - 1]; }
  lineText(line: number): string {
    const s = this.lineStarts[line - 1] ?? this.text.length;
    let e = this.text.indexOf('\n', s);
    if (e < 0) e = this.text.length;
    return this.text.slice(s, e).replace(/\r$/, '');
  }
}

export function formatSyntaxError(filename: string, kind: string, msg: string, line: number, text: string, col: number, endCol: number, noCaret = false): string {
  const stripped = text.replace(/^[ \t\f]+/, '');
  const off = text.length - stripped.length;
  const shown = stripped.replace(/\s+$/, '');
  let out = `  File "${filename}", line ${line}\n`;
  if (shown.length > 0 || !noCaret) out += `    ${shown}\n`;
  if (!noCaret) {
    const c = Math.max(0, col - off);
    const w = Math.max(1, Math.min(endCol, off + shown.length + 1) - col);
    out += `    ${' '.repeat(Math.min(c, shown.length + 1))}${'^'.repeat(endCol > col ? w : 1)}\n`;
  }
  out += `${kind}: ${msg}\n`;
  return out;
}

// ---------------------------------------------------------------- scopes
interface Scope {
  kind: 'module' | 'function' | 'class' | 'lambda' | 'comp';
  parent: Scope | null;
  node: SyntaxNode | null;
  assigned: Set<string>;
  params: string[];
  globals: Set<string>;
  nonlocals: Set<string>;
  used: Set<string>;
  children: Scope[];
  /** name -> 'fast' | 'cell' | 'free' | 'global' | 'name' */
  kinds: Map<string, string>;
  cellvars: string[];
  freevars: string[];
  varnames: string[];
  usesSuperOrClass: boolean;
  /** The function body contains `yield`: calling it makes a generator. */
  generator?: boolean;
}

function newScope(kind: Scope['kind'], parent: Scope | null, node: SyntaxNode | null): Scope {
  const s: Scope = {
    kind, parent, node, assigned: new Set(), params: [], globals: new Set(), nonlocals: new Set(), used: new Set(),
    children: [], kinds: new Map(), cellvars: [], freevars: [], varnames: [], usesSuperOrClass: false,
  };
  if (parent) parent.children.push(s);
  return s;
}


/** A parameter's name in a ParamList (not a default value that is a bare name: `def f(a=b)`). */
function isParamName(c: SyntaxNode): boolean {
  if (c.name !== 'VariableName') return false;
  let p = c.prevSibling;
  while (p && p.name === 'Comment') p = p.prevSibling;
  return !(p && p.name === 'AssignOp');
}

function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

interface Fblock { kind: 'loop' | 'for' | 'finally' | 'finally-handler' | 'with' | 'handler'; start?: number; breaks?: number[]; finallyBody?: SyntaxNode | null; handlerName?: string | null; tmpIter?: boolean }

interface CodeBuilder {
  scope: Scope;
  ops: number[];
  lines: number[];
  cols: number[];
  anchors: number[];
  consts: PyValue[];
  constMap: Map<unknown, number>;
  names: string[];
  nameMap: Map<string, number>;
  fblocks: Fblock[];
  name: string;
  qualname: string;
  firstLine: number;
  patterns?: MatchCase[];
}

export interface CompileResult { ok: true; program: Program }
export interface CompileFailure { ok: false; error: SyntaxErr }

const PY2_NODE_HINTS = new Set(['PrintStatement']);

/** Builtin names and modules that exist only in Python 3: a program using them is Python 3 even if it sends a str. */
const PY3_ONLY_NAMES = new Set(['ConnectionRefusedError', 'ConnectionResetError', 'ConnectionAbortedError', 'ConnectionError',
  'BrokenPipeError', 'BlockingIOError', 'TimeoutError', 'FileNotFoundError', 'FileExistsError', 'InterruptedError',
  'PermissionError', 'ModuleNotFoundError', 'RecursionError', 'ProcessLookupError']);
const PY3_ONLY_MODULES = new Set(['socketserver', 'queue', '_thread', 'selectors', 'concurrent']);

/** Does the tree use Python-2-only syntax? */
function detectPy2(tree: Tree, src: string): boolean {
  let py2 = false;
  tree.iterate({
    enter(n) {
      if (py2) return false;
      if (PY2_NODE_HINTS.has(n.name)) { py2 = true; return false; }
      if (n.name === 'TryStatement') {
        for (const c of kids(n.node)) {
          if (c.name === ',' && c.prevSibling && c.prevSibling.name !== '(') {
            // `except X, e:` : a comma directly inside the try statement
            py2 = true;
          }
        }
      }
      if (n.name === 'RaiseStatement') {
        for (const c of kids(n.node)) if (c.name === ',') py2 = true;
      }
      if (n.name === 'ExpressionStatement') {
        const k = kids(n.node);
        if (k.length === 1 && k[0].name === 'VariableName' && src.slice(k[0].from, k[0].to) === 'print') py2 = true;
      }
      if (n.name === 'CompareOp' && src.slice(n.from, n.to) === '<>') py2 = true;
      if (n.name === 'Number') {
        const t = src.slice(n.from, n.to);
        if (/[lL]$/.test(t) || /^0[0-9]+$/.test(t)) py2 = true;
      }
      if (n.name === 'String') {
        const t = src.slice(n.from, n.to);
        if (/^[uU][rR]/.test(t)) py2 = true;
      }
      return undefined;
    },
  });
  if (py2) return true;
  // No Python-2-only syntax. Still Python 2 when the program sends a plain string literal
  // (s.send("Hello Server!")), which only works in Python 2 -- unless it uses Python-3-only syntax.
  let py3only = false;
  let sendsStr = false;
  tree.iterate({
    enter(n) {
      switch (n.name) {
        case 'FormatString': py3only = true; break;
        case 'nonlocal': py3only = true; break;
        case 'NamedExpression': case 'AwaitExpression': py3only = true; break;
        case 'TypeDef': if (src.slice(n.from, n.from + 2) === '->' || n.node.parent?.name === 'ParamList') py3only = true; break;
        case 'RaiseStatement': if (kids(n.node).some((c) => c.name === 'from')) py3only = true; break;
        case 'VariableName': if (PY3_ONLY_NAMES.has(src.slice(n.from, n.to))) py3only = true; break;
        case 'ImportStatement': {
          const first = kids(n.node).find((c) => c.name === 'VariableName');
          if (first && PY3_ONLY_MODULES.has(src.slice(first.from, first.to))) py3only = true;
          break;
        }
        case 'CallExpression': {
          const k = kids(n.node);
          const callee = k[0];
          const al = k[1];
          if (!al || al.name !== 'ArgList') break;
          const args = kids(al).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== ',');
          if (callee.name === 'VariableName' && src.slice(callee.from, callee.to) === 'print') {
            // print(x, end='') / print(..., file=f) is Python 3
            if (args.some((c) => c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp')) py3only = true;
          }
          if (callee.name === 'MemberExpression') {
            const prop = kids(callee).find((c) => c.name === 'PropertyName');
            const name = prop ? src.slice(prop.from, prop.to) : '';
            if ((name === 'send' || name === 'sendall' || name === 'sendto') && args[0]) {
              const a = args[0];
              const lit = a.name === 'String' ? src.slice(a.from, a.to) : a.name === 'ContinuedString' ? src.slice(a.from, a.to) : null;
              if (lit !== null && !/^[bB]|^[rR][bB]/.test(lit)) sendsStr = true;
              if (a.name === 'BinaryExpression') {
                const first = a.firstChild;
                if (first && first.name === 'String' && !/^[bB]|^[rR][bB]/.test(src.slice(first.from, first.to))) sendsStr = true;
              }
            }
          }
          break;
        }
      }
      return undefined;
    },
  });
  return sendsStr && !py3only;
}

/**
 * Python 2's backquotes: `x` is repr(x). The grammar has no such token, so the source is parsed with
 * each pair rewritten to `repr(x)` (outside strings and comments); lines keep their numbers, and the
 * program keeps the original text for tracebacks (Python 2 prints no column carets). Null when the
 * code has no backquote.
 */
function rewriteBackquotes(source: string): string | null {
  if (!source.includes('`')) return null;
  let out = '';
  let open = false, found = false;
  for (let i = 0; i < source.length;) {
    const c = source[i];
    if (c === '#') { const e = source.indexOf('\n', i); const j = e < 0 ? source.length : e; out += source.slice(i, j); i = j; continue; }
    if (c === '"' || c === "'") {
      const q = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < source.length && !source.startsWith(q, j)) { if (source[j] === '\\') j++; else if (q.length === 1 && source[j] === '\n') break; j++; }
      j = Math.min(source.length, j + q.length);
      out += source.slice(i, j); i = j; continue;
    }
    if (c === '`') { out += open ? ')' : 'repr('; open = !open; found = true; i++; continue; }
    out += c; i++;
  }
  return found && !open ? out : null;
}

export function compileSource(source: string, filename: string, mode: 2 | 3 | 'auto'): CompileResult | CompileFailure {
  const original = source;
  const bq = mode === 3 ? null : rewriteBackquotes(source);
  if (bq !== null) { source = bq; if (mode === 'auto') mode = 2; }
  const src = new Src(source);
  let tree: Tree;
  try {
    tree = parser.parse(source);
  } catch {
    return { ok: false, error: mkErr(src, filename, new CompileError('invalid syntax', 0)) };
  }
  const version: 2 | 3 = mode === 'auto' ? (detectPy2(tree, source) ? 2 : 3) : mode;
  if (version === 2) {
    const err = py2EncodingError(src, filename);
    if (err) return { ok: false, error: err };
  }
  try {
    checkSyntax(tree, src, version);
    const c = new Compiler(src, filename, version);
    const program = c.compileModule(tree.topNode);
    if (bq !== null) { program.source = original; program.lines = original.split(/\r?\n/); }
    if (c.warnings.length) program.warnings = c.warnings.map((w) => `${filename}:${w.line}: SyntaxWarning: ${w.msg}\n  ${w.text}\n`);
    compileLibs(program, c.codes, source, version);
    return { ok: true, program };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: mkErr(src, filename, e) };
    return { ok: false, error: mkErr(src, filename, new CompileError(`internal compiler error: ${(e as Error)?.message ?? e}`, 0)) };
  }
}

/**
 * Python 2 reads a source file as ASCII unless its first or second line declares an encoding
 * (PEP 263): any other byte, even in a comment or a string, is a SyntaxError without a source line.
 */
function py2EncodingError(src: Src, filename: string): SyntaxErr | null {
  const text = src.text;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x80) i++;
  if (i === text.length) return null;
  if (text.charCodeAt(0) === 0xfeff) return null;
  const declared = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;
  if (declared.test(src.lineText(1)) || (src.lineStarts.length > 1 && /^[ \t\f]*(#.*)?$/.test(src.lineText(1)) && declared.test(src.lineText(2)))) return null;
  const line = src.lineOf(i);
  const byte = new TextEncoder().encode(String.fromCodePoint(text.codePointAt(i)!))[0];
  const msg = `Non-ASCII character '\\x${byte.toString(16).padStart(2, '0')}' in file ${filename} on line ${line}, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details`;
  return {
    type: 'SyntaxError', kind: 'SyntaxError', msg, line, col: 1, endCol: 2, text: src.lineText(line),
    formatted: `  File "${filename}", line ${line}\nSyntaxError: ${msg}\n`,
  };
}

function mkErr(src: Src, filename: string, e: CompileError): SyntaxErr {
  const pos = Math.max(0, Math.min(e.pos, src.text.length));
  const line = src.lineOf(pos);
  const text = src.lineText(line);
  const col = src.colOf(pos);
  const endCol = e.end >= 0 && src.lineOf(e.end) === line ? src.colOf(e.end) : col + 1;
  return {
    type: 'SyntaxError', kind: e.kind, msg: e.msg, line, col: col + 1, endCol: endCol + 1, text,
    formatted: formatSyntaxError(filename, e.kind, e.msg, line, text, col, endCol, e.noCaret),
  };
}

/** Parse trees of the library sources (immutable), kept so that each compile does not parse them again. */
const LIB_TREES = new Map<string, Tree>();

/**
 * Compile the library modules written in Python (stdlib.ts) that the program may import into the
 * same code table: a module is included when its name occurs as a word in the program (or in another
 * included module). Their code has no LINE steps: stepping never stops inside them.
 */
function compileLibs(program: Program, codes: Code[], source: string, version: 2 | 3): void {
  const libs: Record<string, number> = {};
  const wanted = (text: string): string[] => Object.keys(PY_LIBS).filter((n) => !(n in libs) && (PY_LIBS[n].triggers ?? [n]).some((w) => new RegExp(`\\b${w}\\b`).test(text)));
  const todo = wanted(source);
  while (todo.length) {
    const name = todo.shift()!;
    if (name in libs) continue;
    const lib = PY_LIBS[name];
    if (lib.version !== undefined && lib.version !== version) continue;
    const source = version === 2 && lib.py2 !== undefined ? lib.py2 : lib.source;
    const src = new Src(source);
    let tree = LIB_TREES.get(source);
    if (!tree) LIB_TREES.set(source, (tree = parser.parse(source)));
    const c = new Compiler(src, `/usr/lib/python3.11/${name}.py`, version);
    c.libFile = version === 2 ? `/usr/lib/python2.7/${name}.py` : `/usr/lib/python3.11/${name}.py`;
    c.codes = codes;
    libs[name] = c.compileLib(tree.topNode);
    todo.push(...wanted(source));
  }
  if (Object.keys(libs).length) program.libs = libs;
}

// ---------------------------------------------------------------- syntax checks on the raw tree
const BLOCK_KW: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement", for: "'for' statement",
  try: "'try' statement", except: "'except' statement", finally: "'finally' statement", with: "'with' statement",
  def: 'function definition', class: 'class definition', match: "'match' statement", case: "'case' statement",
};

function checkSyntax(tree: Tree, src: Src, version: 2 | 3): void {
  const text = src.text;
  // 1. Tokenizer errors win over parser errors (CPython re-tokenizes the whole file after a
  //    syntax error): unterminated strings, unmatched or mismatched closing brackets, bad dedents.
  const scan = scanTokens(src);
  if (scan.error) throw scan.error;
  const indent = checkIndentation(src, scan.lineKinds);
  if (indent && indent.kind === 'IndentationError' && indent.msg.startsWith('unindent')) throw indent;
  // 2. Python 3: print statement / except X, e
  if (version === 3) {
    let found: SyntaxNode | null = null;
    tree.iterate({
      enter(n) {
        if (found) return false;
        if (n.name === 'PrintStatement') { found = n.node; return false; }
        if (n.name === 'TryStatement') {
          for (const c of kids(n.node)) if (c.name === ',' && c.prevSibling && c.prevSibling.name !== 'except') {
            throw new CompileError('multiple exception types must be parenthesized', c.prevSibling.from, c.nextSibling ? c.nextSibling.to : c.to);
          }
        }
        return undefined;
      },
    });
    if (found) {
      const f = found as SyntaxNode;
      throw new CompileError("Missing parentheses in call to 'print'. Did you mean print(...)?", f.from, f.to);
    }
  }
  // 3. parser errors: the earliest of a missing ':', an indentation problem, and lezer's first error node
  let err: SyntaxNode | null = null;
  tree.iterate({
    enter(n) {
      if (err) return false;
      if (n.type.isError) { err = n.node; return false; }
      return undefined;
    },
  });
  const colon = missingColon(src, scan.lineKinds);
  const cands: CompileError[] = [];
  if (colon) cands.push(colon);
  if (indent) cands.push(indent);
  if (err) {
    const e = err as SyntaxNode;
    let p = e.from;
    while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
    const m = /[0-9a-fA-FxX]+([lL])$/.exec(text.slice(Math.max(0, p - 24), p + 1));
    if (version === 3 && m) {
      const lpos = Math.max(text.lastIndexOf('L', p), text.lastIndexOf('l', p));
      cands.push(new CompileError('invalid decimal literal', lpos - 1, lpos));
    }
    else if (scan.unclosed && !(src.lineOf(scan.unclosed.pos) === src.lineOf(p) && /\S/.test(text.slice(p, text.indexOf('\n', p) < 0 ? text.length : text.indexOf('\n', p))))) {
      cands.push(new CompileError(`'${scan.unclosed.ch}' was never closed`, scan.unclosed.pos, scan.unclosed.pos + 1));
    } else cands.push(new CompileError(invalidSyntaxHint(text, p), p, p + 1));
  } else if (scan.unclosed) {
    cands.push(new CompileError(`'${scan.unclosed.ch}' was never closed`, scan.unclosed.pos, scan.unclosed.pos + 1));
  }
  if (cands.length === 0) return;
  // earliest line wins; on the same line a missing ':' beats the others
  cands.sort((a, b) => src.lineOf(a.pos) - src.lineOf(b.pos) || (a.msg === "expected ':'" ? -1 : b.msg === "expected ':'" ? 1 : 0));
  throw cands[0];
}

const EXPR_KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'for', 'lambda', 'await', 'async', 'from', 'as', 'import', 'yield', 'return', 'del', 'pass', 'raise', 'global', 'nonlocal', 'assert', 'while', 'with', 'def', 'class', 'try', 'except', 'finally', 'elif', 'break', 'continue', 'print', 'exec']);

/**
 * CPython 3.11's hints on an "invalid syntax" at `p`: `if x = 1:` ("Maybe you meant '==' or ':='
 * instead of '='?") and two expressions side by side inside brackets ("Perhaps you forgot a comma?").
 */
function invalidSyntaxHint(text: string, p: number): string {
  const lineStart = text.lastIndexOf('\n', p - 1) + 1;
  if (text[p] === '=' && text[p + 1] !== '=' && /^\s*(if|elif|while)\s+[A-Za-z_]\w*\s*$/.test(text.slice(lineStart, p))) {
    return "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
  }
  // the bracket depth at p (strings and comments skipped)
  let depth = 0;
  const opens: number[] = [];
  for (let i = 0; i < p; i++) {
    const c = text[i];
    if (c === '#') { while (i < p && text[i] !== '\n') i++; continue; }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      i += triple ? 3 : 1;
      while (i < p && !(triple ? text.startsWith(c.repeat(3), i) : text[i] === c || text[i] === '\n')) i += text[i] === '\\' ? 2 : 1;
      if (triple) i += 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') { depth++; opens.push(i); }
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) { depth--; opens.pop(); }
  }
  // not inside brackets, or in a comprehension's for/if clause
  if (depth === 0 || /\bfor\b/.test(text.slice(opens[opens.length - 1], p))) return 'invalid syntax';
  const open = opens[opens.length - 1];
  if (text[open] === '{') {
    // {1: 2, 3 4}: a key without its ':'
    const seg = text.slice(open + 1, p);
    if (seg.includes(':') && !seg.slice(seg.lastIndexOf(',') + 1).includes(':')) return "':' expected after dictionary key";
  }
  let q = p - 1;
  while (q >= 0 && (text[q] === ' ' || text[q] === '\t')) q--;
  if (q < 0 || !/[\w)\]}'"]/.test(text[q]) || !/[\w([{'"]/.test(text[p] ?? '')) return 'invalid syntax';
  const before = /(\w+)$/.exec(text.slice(Math.max(0, q - 20), q + 1));
  const after = /^\w+/.exec(text.slice(p, p + 20));
  if ((before && EXPR_KEYWORDS.has(before[1])) || (after && EXPR_KEYWORDS.has(after[0]))) return 'invalid syntax';
  // a name followed by a string is CPython's exception (print 'x' style)
  if (before && /[A-Za-z_]/.test(before[1][0]) && /['"]/.test(text[p])) return 'invalid syntax';
  return 'invalid syntax. Perhaps you forgot a comma?';
}

/** Per line: 'code' (starts a logical line), 'cont' (inside brackets/continuation), 'str' (inside a triple-quoted string), 'blank'. */
type LineKind = 'code' | 'cont' | 'str' | 'blank';

function scanTokens(src: Src): { error: CompileError | null; unclosed: { ch: string; pos: number } | null; lineKinds: LineKind[] } {
  const text = src.text;
  const stack: { ch: string; pos: number }[] = [];
  const kinds: LineKind[] = [];
  let i = 0;
  const n = text.length;
  let line = 0;
  let lineStartState: LineKind = 'code';
  let sawCode = false;
  let contNext = false;
  const endLine = (): void => {
    kinds[line] = lineStartState === 'code' && !sawCode ? 'blank' : lineStartState;
    line++;
    sawCode = false;
  };
  const startLine = (inStr: boolean): void => {
    lineStartState = inStr ? 'str' : stack.length > 0 || contNext ? 'cont' : 'code';
    contNext = false;
  };
  startLine(false);
  while (i < n) {
    const c = text[i];
    if (c === '\n') { endLine(); i++; startLine(false); continue; }
    if (c === '#') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) { contNext = true; i++; continue; }
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\f') sawCode = true;
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const start = i;
      let j = i - 1;
      let raw = false;
      while (j >= 0 && /[rRbBuUfF]/.test(text[j])) { if (text[j] === 'r' || text[j] === 'R') raw = true; j--; }
      void raw;
      i += triple ? 3 : 1;
      let closed = false;
      while (i < n) {
        const d = text[i];
        if (d === '\\') { if (text[i + 1] === '\n') { endLine(); startLine(true); } i += 2; continue; }
        if (d === '\n') {
          if (!triple) break;
          endLine();
          startLine(true);
          i++;
          continue;
        }
        if (triple ? text.startsWith(c.repeat(3), i) : d === c) { i += triple ? 3 : 1; closed = true; break; }
        i++;
      }
      if (!closed) {
        const l = src.lineOf(start);
        if (triple) return { error: new CompileError(`unterminated triple-quoted string literal (detected at line ${src.lineOf(n)})`, start, start + 1), unclosed: null, lineKinds: kinds };
        return { error: new CompileError(`unterminated string literal (detected at line ${l})`, start, start + 1), unclosed: null, lineKinds: kinds };
      }
      continue;
    }
    if (c === '(' || c === '[' || c === '{') stack.push({ ch: c, pos: i });
    else if (c === ')' || c === ']' || c === '}') {
      const open = stack.pop();
      const want = c === ')' ? '(' : c === ']' ? '[' : '{';
      if (!open) return { error: new CompileError(`unmatched '${c}'`, i, i + 1), unclosed: null, lineKinds: kinds };
      if (open.ch !== want) {
        const ol = src.lineOf(open.pos), cl = src.lineOf(i);
        const extra = ol !== cl ? ` on line ${ol}` : '';
        return { error: new CompileError(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${extra}`, i, i + 1), unclosed: null, lineKinds: kinds };
      }
    }
    i++;
  }
  endLine();
  return { error: null, unclosed: stack.length ? stack[0] : null, lineKinds: kinds };
}

const BLOCK_RE = /^(if|elif|else|while|for|try|except|finally|with|def|class)\b/;
/** The soft keywords `match` and `case` open a block when followed by a subject/pattern (not `match = ...`). */
const MATCH_RE = /^(match|case)(?=[\s([{'"-])(?!\s*[=.,)])/;

/** A compound statement header without its ':' (CPython: "expected ':'"). */
function missingColon(src: Src, kinds: LineKind[]): CompileError | null {
  const n = src.lineStarts.length;
  for (let ln = 1; ln <= n; ln++) {
    if (kinds[ln - 1] !== 'code') continue;
    // the logical line: this line plus its continuation lines
    let code = stripComment(src.lineText(ln));
    let last = ln;
    while (last < n && kinds[last] === 'cont') { last++; code += ' ' + stripComment(src.lineText(last)); }
    const t = code.trim();
    const m = BLOCK_RE.exec(t);
    if (!m) continue;
    if (/^(else|try|finally)$/.test(t)) {
      const lt = src.lineText(last);
      const col = stripComment(lt).trimEnd().length;
      return new CompileError("expected ':'", src.lineStarts[last - 1] + col, src.lineStarts[last - 1] + col + 1);
    }
    // a ':' ending the header, or a one-line body after ':'
    if (headerHasColon(t)) continue;
    if (m[1] === 'def' || m[1] === 'class') {
      if (!/\)\s*(->.*)?$/.test(t) && m[1] === 'def') continue; // let the parser report it
    }
    const lt = src.lineText(last);
    const col = stripComment(lt).trimEnd().length;
    return new CompileError("expected ':'", src.lineStarts[last - 1] + col, src.lineStarts[last - 1] + col + 1);
  }
  return null;
}

function stripComment(line: string): string {
  let q: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === '\\') i++; else if (c === q) q = null; continue; }
    if (c === '"' || c === "'") q = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** Is there a ':' at bracket depth 0, outside strings and lambdas, in a header line? */
function headerHasColon(t: string): boolean {
  let depth = 0;
  let q: string | null = null;
  let lambdas = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (q) { if (c === '\\') i++; else if (c === q) q = null; continue; }
    if (c === '"' || c === "'") { q = c; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && /[a-z]/.test(c) && t.startsWith('lambda', i) && !/\w/.test(t[i - 1] ?? '') && !/\w/.test(t[i + 6] ?? '')) lambdas++;
    else if (c === ':' && depth === 0) {
      if (t[i + 1] === '=') continue;
      if (lambdas > 0) { lambdas--; continue; }
      return true;
    }
  }
  return false;
}

function checkIndentation(src: Src, kinds: LineKind[]): CompileError | null {
  const stack = [0];
  let expectIndent: { line: number; what: string } | null = null;
  for (let ln = 1; ln <= src.lineStarts.length; ln++) {
    if (kinds[ln - 1] !== 'code') continue;
    const raw = src.lineText(ln);
    let ind = 0;
    for (const ch of raw) { if (ch === ' ') ind++; else if (ch === '\t') ind += 8 - (ind % 8); else if (ch === '\f') ind = 0; else break; }
    const top = stack[stack.length - 1];
    const pos = src.lineStarts[ln - 1];
    const lead = raw.length - raw.trimStart().length;
    if (expectIndent) {
      if (ind <= top) {
        return new CompileError(`expected an indented block after ${expectIndent.what} on line ${expectIndent.line}`, pos + lead, -1, 'IndentationError');
      }
      stack.push(ind);
      expectIndent = null;
    } else if (ind > top) {
      return new CompileError('unexpected indent', pos + lead, -1, 'IndentationError', true);
    } else if (ind < top) {
      while (stack.length > 1 && stack[stack.length - 1] > ind) stack.pop();
      if (stack[stack.length - 1] !== ind) return new CompileError('unindent does not match any outer indentation level', pos + lead, -1, 'IndentationError', true);
    }
    // the logical line's text (with continuation lines)
    let code = stripComment(raw);
    let last = ln;
    while (last < src.lineStarts.length && kinds[last] === 'cont') { last++; code += ' ' + stripComment(src.lineText(last)); }
    const t = code.trim();
    const m = BLOCK_RE.exec(t) ?? MATCH_RE.exec(t);
    if (m && t.endsWith(':')) expectIndent = { line: ln, what: BLOCK_KW[m[1]] };
    ln = last;
  }
  if (expectIndent) {
    const end = src.text.length;
    return new CompileError(`expected an indented block after ${expectIndent.what} on line ${expectIndent.line}`, end, -1, 'IndentationError');
  }
  return null;
}

// ---------------------------------------------------------------- literals
export function parseStringLiteral(raw: string, version: 2 | 3, pos: number): { kind: 'str' | 'bytes'; s: string } {
  let i = 0;
  let prefix = '';
  while (i < raw.length && raw[i] !== '"' && raw[i] !== "'") prefix += raw[i++].toLowerCase();
  const q = raw[i];
  const triple = raw.startsWith(q.repeat(3), i);
  const qlen = triple ? 3 : 1;
  const body = raw.slice(i + qlen, raw.length - qlen);
  const isRaw = prefix.includes('r');
  let isBytes = prefix.includes('b');
  if (version === 2 && !prefix.includes('u')) isBytes = true; // Python 2 str is bytes
  const s = isRaw ? body : unescape(body, isBytes, version, pos);
  if (isBytes && version === 3) {
    for (let k = 0; k < body.length; k++) if (body.charCodeAt(k) > 127) throw new CompileError('bytes can only contain ASCII literal characters', pos, pos + raw.length);
  }
  if (isBytes) return { kind: 'bytes', s: isRaw ? s : s };
  return { kind: 'str', s };
}

function unescape(body: string, bytes: boolean, version: 2 | 3, pos: number): string {
  if (body.indexOf('\\') < 0) {
    return bytes ? utf8Latin(body) : body;
  }
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== '\\') {
      out += bytes ? utf8Latin(c) : c;
      i++;
      continue;
    }
    const d = body[i + 1];
    i += 2;
    switch (d) {
      case '\n': break;
      case '\r': if (body[i] === '\n') i++; break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': {
        const h = body.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new CompileError(`(${bytes ? 'value' : 'unicode'} error) ${bytes ? 'invalid \\x escape at position ' + (i - 2) : "'unicodeescape' codec can't decode bytes in position " + (i - 2) + '-' + (i - 1) + ': truncated \\xXX escape'}`, pos);
        out += String.fromCharCode(parseInt(h, 16));
        i += 2;
        break;
      }
      case 'u': case 'U': {
        if (bytes) { out += '\\' + d; break; }
        const len = d === 'u' ? 4 : 8;
        const h = body.slice(i, i + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) throw new CompileError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 2}-${i - 1 + h.length}: truncated \\${d}${'X'.repeat(len)} escape`, pos);
        out += String.fromCodePoint(parseInt(h, 16));
        i += len;
        break;
      }
      case 'N': {
        if (bytes) { out += '\\N'; break; }
        const m = /^\{([^}]*)\}/.exec(body.slice(i));
        if (!m) throw new CompileError("(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape", pos);
        out += '?';
        i += m[0].length;
        break;
      }
      default:
        if (d >= '0' && d <= '7') {
          let oct = d;
          while (oct.length < 3 && body[i] >= '0' && body[i] <= '7') oct += body[i++];
          out += String.fromCharCode(parseInt(oct, 8) & (bytes ? 0xff : 0x1ff));
        } else {
          out += '\\' + (d ?? '');
        }
    }
  }
  void version;
  return out;
}

/** Encode a JS string's non-ASCII characters as UTF-8 bytes (for byte literals in source). */
export function utf8Latin(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return s;
  const b = new TextEncoder().encode(s);
  let out = '';
  for (const x of b) out += String.fromCharCode(x);
  return out;
}

export function parseNumber(t: string, version: 2 | 3, pos: number): PyValue {
  let s = t.replace(/_/g, '');
  if (/[jJ]$/.test(s)) throw new CompileError('complex numbers are not supported in Socket Lab', pos);
  if (/[lL]$/.test(s)) {
    if (version === 3) throw new CompileError('invalid decimal literal', pos + t.length - 2, pos + t.length - 1);
    s = s.slice(0, -1);
  }
  if (/^0[xX]/.test(s)) return normInt(BigInt(s));
  if (/^0[oO]/.test(s)) return normInt(BigInt('0o' + s.slice(2)));
  if (/^0[bB]/.test(s)) return normInt(BigInt('0b' + s.slice(2)));
  if (/^[0-9]+$/.test(s)) {
    if (s.length > 1 && s[0] === '0') {
      if (/^0+$/.test(s)) return 0;
      if (version === 3) throw new CompileError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', pos, pos + t.length);
      return normInt(BigInt('0o' + s.slice(1)));
    }
    return normInt(BigInt(s));
  }
  return { t: T.FLOAT, v: parseFloat(s) };
}

export function normInt(b: bigint): number | bigint {
  if (b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= BigInt(Number.MIN_SAFE_INTEGER)) return Number(b);
  return b;
}

// ---------------------------------------------------------------- the compiler
const AUG_OPS: Record<string, number> = {
  '+=': Bin.ADD, '-=': Bin.SUB, '*=': Bin.MUL, '/=': Bin.TRUEDIV, '//=': Bin.FLOORDIV, '%=': Bin.MOD, '**=': Bin.POW,
  '<<=': Bin.LSHIFT, '>>=': Bin.RSHIFT, '&=': Bin.AND, '|=': Bin.OR, '^=': Bin.XOR, '@=': Bin.MATMUL,
};
const BIN_OPS: Record<string, number> = {
  '+': Bin.ADD, '-': Bin.SUB, '*': Bin.MUL, '/': Bin.TRUEDIV, '//': Bin.FLOORDIV, '%': Bin.MOD, '**': Bin.POW,
  '<<': Bin.LSHIFT, '>>': Bin.RSHIFT, '&': Bin.AND, '|': Bin.OR, '^': Bin.XOR, '@': Bin.MATMUL,
};
const CMP_OPS: Record<string, number> = { '<': Cmp.LT, '<=': Cmp.LE, '==': Cmp.EQ, '!=': Cmp.NE, '<>': Cmp.NE, '>': Cmp.GT, '>=': Cmp.GE };

class Compiler {
  codes: Code[] = [];
  scopes = new Map<SyntaxNode | string, Scope>();
  cb!: CodeBuilder;
  printFunction = false;
  /** Compile-time SyntaxWarnings (CPython prints them to stderr before running). */
  warnings: { line: number; msg: string; text: string }[] = [];
  /** A constant that `is` warns about: numbers, strings, bytes, -1, tuples of them (not None/True/False/...). */
  isLiteral(n: SyntaxNode): boolean {
    switch (n.name) {
      case 'Number': case 'String': return true;
      case 'ContinuedString': return kids(n).every((c) => c.name === 'String');
      case 'UnaryExpression': { const k = kids(n); return k.length === 2 && (k[0].name === 'ArithOp' || k[0].name === 'BitOp') && k[1].name === 'Number'; }
      case 'TupleExpression': case 'ParenthesizedExpression': {
        const items = kids(n).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== ',');
        if (n.name === 'ParenthesizedExpression') return items.length === 1 && this.isLiteral(items[0]);
        return items.every((c) => this.isLiteral(c) || c.name === 'None' || c.name === 'Boolean');
      }
    }
    return false;
  }
  /** Compiling a library module (stdlib.ts): its file name; no LINE steps are emitted. */
  libFile: string | null = null;
  trueDivision = false;
  unicodeLiterals = false;
  constructor(readonly src: Src, readonly filename: string, readonly version: 2 | 3) {}

  text(n: SyntaxNode): string { return this.src.text.slice(n.from, n.to); }
  key(n: SyntaxNode): string { return `${n.from}:${n.to}:${n.name}`; }
  err(msg: string, n: SyntaxNode, end?: number): never { throw new CompileError(msg, n.from, end ?? n.to); }

  compileModule(top: SyntaxNode): Program {
    // future imports
    if (/^\s*from\s+__future__\s+import\s+.*print_function/m.test(this.src.text)) this.printFunction = true;
    if (/^\s*from\s+__future__\s+import\s+.*\bdivision/m.test(this.src.text)) this.trueDivision = true;
    if (/^\s*from\s+__future__\s+import\s+.*unicode_literals/m.test(this.src.text)) this.unicodeLiterals = true;
    this.compileLib(top);
    return { version: this.version, filename: this.filename, source: this.src.text, lines: this.src.text.split(/\r?\n/), codes: this.codes, printFunction: this.printFunction };
  }

  /** Compile a library module's body into this.codes; returns its code index. */
  compileLib(top: SyntaxNode): number {
    const mod = newScope('module', null, top);
    this.analyzeBody(top, mod);
    this.resolve(mod);
    const idx = this.reserve();
    this.beginCode(mod, '<module>', '<module>', 1);
    for (const st of kids(top)) this.stmt(st);
    this.emitReturnNone(top);
    this.finishCode(idx, 'module', 0, 0, false, false, []);
    // the module's docstring becomes __doc__ in its globals (index.ts): its code must begin with a LINE
    const doc = this.docstring(top);
    if (doc !== null) this.codes[idx].doc = doc;
    return idx;
  }

  reserve(): number { this.codes.push(null as unknown as Code); return this.codes.length - 1; }

  beginCode(scope: Scope, name: string, qualname: string, firstLine: number): CodeBuilder {
    const prev = this.cb;
    this.cb = { scope, ops: [], lines: [], cols: [], anchors: [], consts: [], constMap: new Map(), names: [], nameMap: new Map(), fblocks: [], name, qualname, firstLine };
    return prev;
  }

  finishCode(idx: number, kind: Code['kind'], argcount: number, kwonly: number, varargs: boolean, varkw: boolean, params: string[]): void {
    const cb = this.cb;
    const sc = cb.scope;
    const cellParam = sc.cellvars.map((n) => params.indexOf(n));
    this.codes[idx] = {
      name: cb.name, qualname: cb.qualname, kind,
      ops: Int32Array.from(cb.ops), lines: Int32Array.from(cb.lines), cols: Int32Array.from(cb.cols), anchors: Int32Array.from(cb.anchors),
      consts: cb.consts, names: cb.names, varnames: sc.varnames, cellvars: sc.cellvars, freevars: sc.freevars, cellParam,
      argcount, kwonlycount: kwonly, varargs, varkw, firstLine: cb.firstLine, flags: sc.generator ? CO_GENERATOR : 0,
    };
    if (this.libFile !== null) this.codes[idx].file = this.libFile;
    if (cb.patterns) this.codes[idx].patterns = cb.patterns;
  }

  // ------------------------------------------------------------ scope analysis
  analyzeBody(n: SyntaxNode, sc: Scope): void {
    for (const c of kids(n)) this.analyze(c, sc);
  }

  declare(sc: Scope, name: string): void { sc.assigned.add(name); }

  analyzeTarget(n: SyntaxNode, sc: Scope): void {
    switch (n.name) {
      case 'VariableName': this.declare(sc, this.text(n)); break;
      case 'TupleExpression': case 'ArrayExpression': case 'ParenthesizedExpression':
        for (const c of kids(n)) this.analyzeTarget(c, sc);
        break;
      default: this.analyze(n, sc);
    }
  }

  analyze(n: SyntaxNode, sc: Scope): void {
    switch (n.name) {
      case 'FunctionDefinition': {
        const k = kids(n);
        const nameNode = k.find((c) => c.name === 'VariableName')!;
        this.declare(sc, this.text(nameNode));
        const pl = k.find((c) => c.name === 'ParamList')!;
        // defaults and annotations evaluated in enclosing scope
        for (const c of kids(pl)) if (!isParamName(c)) this.analyze(c, sc);
        const fs = newScope('function', sc, n);
        this.scopes.set(this.key(n), fs);
        for (const c of kids(pl)) if (isParamName(c)) { const pn = this.text(c); fs.params.push(pn); fs.assigned.add(pn); }
        this.analyzeBody(k.find((c) => c.name === 'Body')!, fs);
        return;
      }
      case 'LambdaExpression': {
        const k = kids(n);
        const pl = k.find((c) => c.name === 'ParamList');
        if (pl) for (const c of kids(pl)) if (!isParamName(c)) this.analyze(c, sc);
        const fs = newScope('lambda', sc, n);
        this.scopes.set(this.key(n), fs);
        if (pl) for (const c of kids(pl)) if (isParamName(c)) { const pn = this.text(c); fs.params.push(pn); fs.assigned.add(pn); }
        const body = k[k.length - 1];
        this.analyze(body, fs);
        return;
      }
      case 'ClassDefinition': {
        const k = kids(n);
        this.declare(sc, this.text(k.find((c) => c.name === 'VariableName')!));
        const al = k.find((c) => c.name === 'ArgList');
        if (al) this.analyze(al, sc);
        const cs = newScope('class', sc, n);
        this.scopes.set(this.key(n), cs);
        this.analyzeBody(k.find((c) => c.name === 'Body')!, cs);
        return;
      }
      case 'ArrayComprehensionExpression': case 'DictionaryComprehensionExpression': case 'SetComprehensionExpression': case 'ComprehensionExpression': {
        if (this.version === 2 && n.name === 'ArrayComprehensionExpression') {
          // Python 2: a list comprehension runs in the enclosing scope (its loop variable stays set)
          let target = false;
          for (const c of kids(n)) {
            if (['[', ']', ',', 'async', 'if'].includes(c.name)) continue;
            if (c.name === 'for') { target = true; continue; }
            if (c.name === 'in') { target = false; continue; }
            if (target) this.analyzeTarget(c, sc); else this.analyze(c, sc);
          }
          return;
        }
        this.analyzeComp(n, kids(n), sc);
        return;
      }
      case 'ArgList': {
        const k = kids(n);
        if (k.some((c) => c.name === 'for')) { this.analyzeComp(n, k, sc); return; }
        for (const c of k) {
          if (c.name === 'VariableName' && this.isKwOp(c.nextSibling)) continue; // keyword name
          if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
            // f(x := value): the name is assigned in the enclosing (non-comprehension) scope
            let s: Scope = sc;
            while (s.kind === 'comp' && s.parent) s = s.parent;
            this.declare(s, this.text(c));
            continue;
          }
          this.analyze(c, sc);
        }
        return;
      }
      case 'AssignStatement': {
        const k = kids(n);
        const lastEq = k.map((c) => c.name).lastIndexOf('AssignOp');
        for (let i = 0; i < k.length; i++) {
          if (i < lastEq && k[i].name !== 'AssignOp' && k[i].name !== ',' && k[i].name !== '*') this.analyzeTarget(k[i], sc);
          else if (k[i].name === 'TypeDef') continue;
          else this.analyze(k[i], sc);
        }
        if (lastEq < 0 && k.some((c) => c.name === 'TypeDef')) {
          // annotation only: x: int
        }
        return;
      }
      case 'UpdateStatement': {
        const k = kids(n);
        this.analyzeTarget(k[0], sc);
        if (k[0].name === 'VariableName') sc.used.add(this.text(k[0]));
        for (const c of k.slice(1)) this.analyze(c, sc);
        return;
      }
      case 'ForStatement': {
        const k = kids(n);
        let inTargets = false;
        for (const c of k) {
          if (c.name === 'for') { inTargets = true; continue; }
          if (c.name === 'in') { inTargets = false; continue; }
          if (inTargets) { if (c.name !== ',' && c.name !== '*') this.analyzeTarget(c, sc); } else this.analyze(c, sc);
        }
        return;
      }
      case 'WithStatement': case 'TryStatement': {
        const k = kids(n);
        for (let i = 0; i < k.length; i++) {
          const c = k[i];
          if (c.name === 'VariableName' && (k[i - 1]?.name === 'as' || (n.name === 'TryStatement' && k[i - 1]?.name === ','))) this.declare(sc, this.text(c));
          else if (c.name === 'TupleExpression' && n.name === 'TryStatement' && k[i - 1]?.name === ',') this.analyzeTarget(c, sc);
          else this.analyze(c, sc);
        }
        return;
      }
      case 'ImportStatement': {
        const k = kids(n);
        const isFrom = k[0].name === 'from';
        let afterImport = !isFrom;
        for (let i = 0; i < k.length; i++) {
          const c = k[i];
          if (c.name === 'import') { afterImport = true; continue; }
          if (!afterImport || c.name !== 'VariableName') continue;
          if (k[i + 1]?.name === 'as') continue;
          if (k[i - 1]?.name === 'as') { this.declare(sc, this.text(c)); continue; }
          if (k[i - 1]?.name === '.') continue;
          this.declare(sc, this.text(c));
        }
        return;
      }
      case 'ScopeStatement': {
        const k = kids(n);
        const glob = k[0].name === 'global';
        for (const c of k.slice(1)) if (c.name === 'VariableName') {
          const nm = this.text(c);
          if (sc.kind === 'module' && !glob) this.err('nonlocal declaration not allowed at module level', n);
          if (glob) sc.globals.add(nm); else sc.nonlocals.add(nm);
        }
        return;
      }
      case 'DeleteStatement': {
        for (const c of kids(n)) if (c.name !== 'del' && c.name !== ',') this.analyzeTarget(c, sc);
        return;
      }
      case 'NamedExpression': {
        const k = kids(n);
        let s: Scope = sc;
        while (s.kind === 'comp' && s.parent) s = s.parent;
        this.declare(s, this.text(k[0]));
        this.analyze(k[2] ?? k[k.length - 1], sc);
        return;
      }
      case 'VariableName': {
        const nm = this.text(n);
        sc.used.add(nm);
        if (nm === 'super' || nm === '__class__') sc.usesSuperOrClass = true;
        return;
      }
      case 'YieldExpression': case 'YieldStatement':
        if (sc.kind === 'function' || sc.kind === 'lambda') sc.generator = true;
        else if (sc.kind === 'comp') this.err(`'yield' inside ${sc.node?.name === 'ArrayComprehensionExpression' ? 'list comprehension' : sc.node?.name === 'SetComprehensionExpression' ? 'set comprehension' : sc.node?.name === 'DictionaryComprehensionExpression' ? 'dict comprehension' : 'generator expression'}`, n);
        else this.err("'yield' outside function", n);
        for (let c = n.firstChild; c; c = c.nextSibling) this.analyze(c, sc);
        return;
      case 'AwaitExpression':
        this.err("'await' is not supported in Socket Lab", n);
        return;
      case 'MatchStatement':
        if (this.version === 2) this.err('invalid syntax', n);
        for (let c = n.firstChild; c; c = c.nextSibling) this.analyze(c, sc);
        return;
      case 'CapturePattern': this.declare(sc, this.text(n)); return;
      case 'AsPattern': case 'StarPattern': {
        for (let c = n.firstChild; c; c = c.nextSibling) {
          if (c.name === 'VariableName') { if (this.text(c) !== '_') this.declare(sc, this.text(c)); } else this.analyze(c, sc);
        }
        return;
      }
      default:
        for (let c = n.firstChild; c; c = c.nextSibling) this.analyze(c, sc);
    }
  }

  analyzeComp(n: SyntaxNode, k: SyntaxNode[], sc: Scope): void {
    // The first iterable is evaluated in the enclosing scope; everything else in the comp scope.
    const cs = newScope('comp', sc, n);
    this.scopes.set(this.key(n), cs);
    cs.params.push('.0');
    cs.assigned.add('.0');
    let state: 'elt' | 'target' | 'iter' | 'cond' = 'elt';
    let firstIter = true;
    for (const c of k) {
      if (c.name === '(' || c.name === ')' || c.name === '[' || c.name === ']' || c.name === '{' || c.name === '}' || c.name === ',' || c.name === ':' || c.name === 'async') continue;
      if (c.name === 'for') { state = 'target'; continue; }
      if (c.name === 'in') { state = 'iter'; continue; }
      if (c.name === 'if') { state = 'cond'; continue; }
      if (state === 'target') this.analyzeTarget(c, cs);
      else if (state === 'iter') { this.analyze(c, firstIter ? sc : cs); firstIter = false; }
      else this.analyze(c, cs);
    }
  }

  resolve(sc: Scope): void {
    // locals
    if (sc.kind === 'function' || sc.kind === 'lambda' || sc.kind === 'comp') {
      for (const nm of sc.nonlocals) {
        if (!this.findEnclosing(sc.parent, nm)) throw new CompileError(`no binding for nonlocal '${nm}' found`, sc.node?.from ?? 0);
      }
      sc.varnames = [...sc.params];
      for (const nm of sc.assigned) {
        if (sc.globals.has(nm) || sc.nonlocals.has(nm)) continue;
        if (!sc.varnames.includes(nm)) sc.varnames.push(nm);
      }
      for (const nm of sc.varnames) sc.kinds.set(nm, 'fast');
      for (const nm of sc.globals) sc.kinds.set(nm, 'global');
    }
    if (sc.kind === 'class') {
      for (const nm of sc.globals) sc.kinds.set(nm, 'global');
    }
    for (const ch of sc.children) this.resolve(ch);
    // free variables: names used (or nonlocal) here, not local, bound in an enclosing function scope
    if (sc.kind !== 'module') {
      const candidates = new Set<string>([...sc.used, ...sc.nonlocals]);
      for (const ch of sc.children) for (const f of ch.freevars) candidates.add(f);
      if (sc.usesSuperOrClass && sc.kind !== 'class') candidates.add('__class__');
      for (const nm of candidates) {
        if (sc.kind !== 'class' && sc.kinds.get(nm) === 'fast') continue;
        if (sc.kinds.get(nm) === 'global') continue;
        if (sc.kind === 'class' && sc.assigned.has(nm) && !sc.children.some((c) => c.freevars.includes(nm))) continue;
        const owner = this.findEnclosing(sc.parent, nm);
        if (owner) {
          if (!sc.freevars.includes(nm)) sc.freevars.push(nm);
          if (sc.kind !== 'class' || !sc.assigned.has(nm)) sc.kinds.set(nm, 'free');
        }
      }
    }
  }

  /** The nearest enclosing function-like scope that binds `nm` (marking it as a cell there). */
  findEnclosing(sc: Scope | null, nm: string): Scope | null {
    for (let s = sc; s; s = s.parent) {
      if (s.kind === 'module') return null;
      if (s.kind === 'class') {
        if (nm === '__class__') {
          if (!s.cellvars.includes('__class__')) s.cellvars.push('__class__');
          s.kinds.set('__class__', 'cell');
          return s;
        }
        continue;
      }
      if (s.globals.has(nm)) return null;
      const bound = s.assigned.has(nm) && !s.nonlocals.has(nm);
      if (bound || s.params.includes(nm)) {
        if (!s.cellvars.includes(nm)) s.cellvars.push(nm);
        s.kinds.set(nm, 'cell');
        return s;
      }
    }
    return null;
  }

  // ------------------------------------------------------------ emission helpers
  curNode: SyntaxNode | null = null;
  emit(op: number, arg = 0, n: SyntaxNode | null = this.curNode): number {
    const cb = this.cb;
    cb.ops.push(op, arg);
    const pos = n ? n.from : 0;
    cb.lines.push(n ? this.src.lineOf(pos) : cb.lines.length ? cb.lines[cb.lines.length - 1] : 1);
    cb.cols.push(n ? packCols(this.src, n) : -1);
    cb.anchors.push(-1);
    return cb.ops.length - 2;
  }
  /** Mark the last instruction's caret anchor: '^' over [from, to), '~' over the rest of its span. */
  anchor(from: number, to: number): void {
    const cb = this.cb;
    if (this.src.lineOf(from) !== this.src.lineOf(to)) return;
    cb.anchors[cb.anchors.length - 1] = (Math.min(this.src.colOf(from), 0x7fff) << 16) | Math.min(this.src.colOf(to), 0xffff);
  }
  here(): number { return this.cb.ops.length; }
  patch(at: number, target: number): void { this.cb.ops[at + 1] = target; }
  constIdx(v: PyValue): number {
    const cb = this.cb;
    let key: unknown = v;
    if (typeof v === 'object' && v !== null) {
      if (v.t === T.BYTES) key = 'b:' + v.s;
      else if (v.t === T.FLOAT) key = 'f:' + (Object.is(v.v, -0) ? '-0' : v.v);
      else key = v; // tuples: identity
    } else if (typeof v === 'string') key = 's:' + v;
    else if (typeof v === 'boolean') key = v ? 'True' : 'False';
    const got = cb.constMap.get(key);
    if (got !== undefined) return got;
    cb.consts.push(v);
    cb.constMap.set(key, cb.consts.length - 1);
    return cb.consts.length - 1;
  }
  loadConst(v: PyValue, n: SyntaxNode | null = this.curNode): void { this.emit(Op.LOAD_CONST, this.constIdx(v), n); }
  nameIdx(nm: string): number {
    const cb = this.cb;
    let i = cb.nameMap.get(nm);
    if (i === undefined) { cb.names.push(nm); i = cb.names.length - 1; cb.nameMap.set(nm, i); }
    return i;
  }

  emitReturnNone(n: SyntaxNode): void {
    this.loadConst(null, n);
    this.emit(Op.RETURN_VALUE, 0, n);
  }

  nameOp(nm: string, ctx: 'load' | 'store' | 'del', n: SyntaxNode): void {
    const sc = this.cb.scope;
    const kind = sc.kinds.get(nm);
    if (sc.kind === 'module') {
      this.emit(ctx === 'load' ? Op.LOAD_GLOBAL : ctx === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.nameIdx(nm), n);
      return;
    }
    if (kind === 'global') {
      this.emit(ctx === 'load' ? Op.LOAD_GLOBAL : ctx === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.nameIdx(nm), n);
      return;
    }
    if (sc.kind === 'class') {
      if (kind === 'free' && ctx === 'load' && !sc.assigned.has(nm)) {
        this.emit(Op.LOAD_DEREF, sc.cellvars.length + sc.freevars.indexOf(nm), n);
        return;
      }
      this.emit(ctx === 'load' ? Op.LOAD_NAME : ctx === 'store' ? Op.STORE_NAME : Op.DELETE_NAME, this.nameIdx(nm), n);
      return;
    }
    if (kind === 'cell' || kind === 'free') {
      const idx = kind === 'cell' ? sc.cellvars.indexOf(nm) : sc.cellvars.length + sc.freevars.indexOf(nm);
      this.emit(ctx === 'load' ? Op.LOAD_DEREF : ctx === 'store' ? Op.STORE_DEREF : Op.DELETE_DEREF, idx, n);
      return;
    }
    if (kind === 'fast') {
      this.emit(ctx === 'load' ? Op.LOAD_FAST : ctx === 'store' ? Op.STORE_FAST : Op.DELETE_FAST, sc.varnames.indexOf(nm), n);
      return;
    }
    this.emit(ctx === 'load' ? Op.LOAD_GLOBAL : ctx === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.nameIdx(nm), n);
  }

  line(n: SyntaxNode): void {
    this.curNode = n;
    if (this.libFile === null) this.emit(Op.LINE, this.src.lineOf(n.from), n);
  }

  // ------------------------------------------------------------ statements
  /** The docstring of a module, class or function body (a string literal as its first statement), else null. */
  docstring(n: SyntaxNode): PyValue {
    let first = kids(n).find((c) => c.name !== ':' && c.name !== 'Comment');
    if (first?.name === 'StatementGroup') first = kids(first)[0];
    if (!first || first.name !== 'ExpressionStatement') return null;
    const k = kids(first);
    if (k.length !== 1) return null;
    const parts = k[0].name === 'String' ? [k[0]] : k[0].name === 'ContinuedString' ? kids(k[0]) : null;
    if (!parts || !parts.every((c) => c.name === 'String')) return null;
    let kind = 'str', text = '';
    for (const c of parts) {
      const raw = this.text(c);
      if (/^[a-zA-Z]*[fF]/.test(raw)) return null;
      const lit = parseStringLiteral(raw, this.unicodeLiterals ? 3 : this.version, c.from);
      kind = lit.kind;
      text += lit.s;
    }
    return kind === 'bytes' ? (this.version === 2 ? { t: T.BYTES, s: text } : null) : text;
  }

  body(n: SyntaxNode): void {
    // Body { ":" (simpleStatement | newline indent statement+ dedent) }
    for (const c of kids(n)) if (c.name !== ':') this.stmt(c);
  }

  stmt(n: SyntaxNode): void {
    if (n.type.isError) this.err('invalid syntax', n);
    switch (n.name) {
      case 'StatementGroup':
        for (const c of kids(n)) if (c.name !== ';') this.stmt(c);
        return;
      case 'Comment': return;
    }
    this.line(n);
    switch (n.name) {
      case 'ExpressionStatement': return this.exprStmt(n);
      case 'YieldStatement': this.yieldExpr(n); this.emit(Op.POP_TOP, 0, n); return;
      case 'AssignStatement': return this.assignStmt(n);
      case 'UpdateStatement': return this.updateStmt(n);
      case 'PassStatement': this.emit(Op.NOP, 0, n); return;
      case 'PrintStatement': return this.printStmt(n);
      case 'IfStatement': return this.ifStmt(n);
      case 'WhileStatement': return this.whileStmt(n);
      case 'MatchStatement': return this.matchStmt(n);
      case 'ForStatement': return this.forStmt(n);
      case 'BreakStatement': return this.breakStmt(n, true);
      case 'ContinueStatement': return this.breakStmt(n, false);
      case 'ReturnStatement': return this.returnStmt(n);
      case 'FunctionDefinition': return this.funcDef(n, []);
      case 'DecoratedStatement': return this.decorated(n);
      case 'ClassDefinition': return this.classDef(n, []);
      case 'TryStatement': return this.tryStmt(n);
      case 'RaiseStatement': return this.raiseStmt(n);
      case 'WithStatement': return this.withStmt(n, kids(n), 1);
      case 'ImportStatement': return this.importStmt(n);
      case 'ScopeStatement': return;
      case 'AssertStatement': return this.assertStmt(n);
      case 'DeleteStatement': return this.delStmt(n);
      case 'TypeDefinition': this.err("'type' statements are not supported", n); return;
      default:
        this.err('invalid syntax', n);
    }
  }

  exprStmt(n: SyntaxNode): void {
    const k = kids(n);
    // Python 2: bare `print` prints a newline; print(...) call is the print statement with a (tuple) expression
    if (this.version === 2 && !this.printFunction && k.length === 1 && k[0].name === 'VariableName' && this.text(k[0]) === 'print') {
      this.emit(Op.LOAD_CONST, this.constIdx(null), n);
      this.emit(Op.PRINT_NEWLINE, 0, n);
      return;
    }
    // `print (a, b)` and `print ("x"), y,` parse as a call of print: in Python 2 they are the print
    // statement, printing the parenthesized value (a tuple when it has commas) and the other items
    if (this.version === 2 && !this.printFunction && k.length >= 1 && k[0].name === 'CallExpression') {
      const ck = kids(k[0]);
      if (ck.length === 2 && ck[0].name === 'VariableName' && this.text(ck[0]) === 'print' && ck[1]?.name === 'ArgList') {
        const args = kids(ck[1]).filter((c) => c.name !== '(' && c.name !== ')');
        const items = args.filter((c) => c.name !== ',');
        const more = k.slice(1);
        if (!items.some((c) => c.name === 'AssignOp' || c.name === '*' || c.name === '**' || c.name === 'for') && !more.some((c) => c.name === '*')) {
          this.loadConst(null, n);
          if (items.length === 1 && args.length === 1) this.expr(items[0]);
          else { for (const it of items) this.expr(it); this.emit(Op.BUILD_TUPLE, items.length, n); }
          this.emit(Op.PRINT_ITEM, 0, n);
          for (const it of more) {
            if (it.name === ',') continue;
            this.loadConst(null, n);
            this.expr(it);
            this.emit(Op.PRINT_ITEM, 0, it);
          }
          if (k[k.length - 1].name !== ',') {
            this.loadConst(null, n);
            this.emit(Op.PRINT_NEWLINE, 0, n);
          }
          return;
        }
      }
    }
    this.exprList(k, n);
    this.emit(Op.POP_TOP, 0, n);
  }

  /** Compile a comma-separated expression list: one item (no comma) -> the item, else a tuple. */
  exprList(k: SyntaxNode[], n: SyntaxNode): void {
    const items = k.filter((c) => c.name !== ',');
    const hasComma = k.some((c) => c.name === ',');
    if (!hasComma && items.length === 1 && items[0].name !== '*') { this.expr(items[0]); return; }
    this.buildSeq(k, Op.BUILD_TUPLE, n);
  }

  /** Build a tuple/list/set from items that may include `*x`. */
  buildSeq(k: SyntaxNode[], op: number, n: SyntaxNode): void {
    const hasStar = k.some((c) => c.name === '*');
    if (!hasStar) {
      let count = 0;
      for (const c of k) { if (c.name === ',') continue; this.expr(c); count++; }
      this.emit(op, count, n);
      return;
    }
    this.emit(op === Op.BUILD_SET ? Op.BUILD_SET : Op.BUILD_LIST, 0, n);
    for (let i = 0; i < k.length; i++) {
      const c = k[i];
      if (c.name === ',') continue;
      if (c.name === '*') { this.expr(k[++i]); this.emit(op === Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND, 1, n); continue; }
      this.expr(c);
      this.emit(op === Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND, 1, n);
    }
    if (op === Op.BUILD_TUPLE) this.emit(Op.LIST_TO_TUPLE, 0, n);
  }

  assignStmt(n: SyntaxNode): void {
    const k = kids(n);
    // split into groups by AssignOp
    const groups: SyntaxNode[][] = [[]];
    for (const c of k) {
      if (c.name === 'AssignOp') groups.push([]);
      else if (c.name === 'TypeDef') continue;
      else groups[groups.length - 1].push(c);
    }
    if (groups.length > 1) {
      const value = groups[groups.length - 1];
      this.exprList(value, n);
      const targets = groups.slice(0, -1);
      for (let i = 0; i < targets.length; i++) {
        if (i < targets.length - 1) this.emit(Op.DUP_TOP, 0, n);
        this.assignTargetList(targets[i], n);
      }
    }
    // a class body records `name: type` in __annotations__ (elsewhere annotations do nothing at run time)
    const td = k.find((c) => c.name === 'TypeDef');
    if (td && this.cb.scope.kind === 'class' && groups[0].length === 1 && groups[0][0].name === 'VariableName') {
      const texpr = kids(td).find((c) => c.name !== ':');
      if (texpr) {
        this.expr(texpr);
        this.emit(Op.LOAD_NAME, this.nameIdx('__annotations__'), n);
        this.loadConst(this.text(groups[0][0]), n);
        this.emit(Op.STORE_SUBSCR, 0, n);
      }
    }
  }

  assignTargetList(k: SyntaxNode[], n: SyntaxNode): void {
    const hasComma = k.some((c) => c.name === ',');
    const items = k.filter((c) => c.name !== ',');
    if (!hasComma && items.length === 1) { this.storeTarget(items[0]); return; }
    this.unpackTargets(k, n);
  }

  unpackTargets(k: SyntaxNode[], n: SyntaxNode): void {
    const items: { node: SyntaxNode; star: boolean }[] = [];
    for (let i = 0; i < k.length; i++) {
      const c = k[i];
      if (c.name === ',') continue;
      if (c.name === '*') { items.push({ node: k[++i], star: true }); continue; }
      items.push({ node: c, star: false });
    }
    const starIdx = items.findIndex((x) => x.star);
    if (starIdx >= 0) {
      if (items.filter((x) => x.star).length > 1) this.err('multiple starred expressions in assignment', n);
      this.emit(Op.UNPACK_EX, starIdx | ((items.length - starIdx - 1) << 8), n);
    } else {
      this.emit(Op.UNPACK_SEQUENCE, items.length, n);
    }
    for (const it of items) this.storeTarget(it.node);
  }

  storeTarget(t: SyntaxNode): void {
    switch (t.name) {
      case 'VariableName': {
        const nm = this.text(t);
        if (nm === '__debug__') this.err('cannot assign to __debug__', t);
        this.nameOp(nm, 'store', t);
        return;
      }
      case 'MemberExpression': {
        const k = kids(t);
        this.expr(k[0]);
        if (k[1].name === '.') {
          this.emit(Op.STORE_ATTR, this.nameIdx(this.text(k[2])), t);
        } else {
          this.subscriptIndex(k.slice(1), t);
          this.emit(Op.STORE_SUBSCR, 0, t);
        }
        return;
      }
      case 'TupleExpression': case 'ArrayExpression': {
        const k = kids(t).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== '[' && c.name !== ']');
        this.unpackTargets(k, t);
        return;
      }
      case 'ParenthesizedExpression': {
        const k = kids(t).filter((c) => c.name !== '(' && c.name !== ')');
        if (k.length === 1) return this.storeTarget(k[0]);
        this.err('invalid syntax', t);
        return;
      }
      default: {
        const what = targetDesc(t, this.text(t));
        this.err(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`, t);
      }
    }
  }

  updateStmt(n: SyntaxNode): void {
    const k = kids(n);
    const target = k[0];
    const opText = this.text(k[1]);
    let op = AUG_OPS[opText];
    if (op === Bin.TRUEDIV && this.version === 2 && !this.trueDivision) op = Bin.DIV;
    const valueNodes = k.slice(2);
    switch (target.name) {
      case 'VariableName': {
        this.nameOp(this.text(target), 'load', target);
        this.exprList(valueNodes, n);
        this.emit(Op.INPLACE, op, n);
        this.nameOp(this.text(target), 'store', target);
        return;
      }
      case 'MemberExpression': {
        const tk = kids(target);
        this.expr(tk[0]);
        if (tk[1].name === '.') {
          this.emit(Op.DUP_TOP, 0, target);
          const ni = this.nameIdx(this.text(tk[2]));
          this.emit(Op.LOAD_ATTR, ni, target);
          this.exprList(valueNodes, n);
          this.emit(Op.INPLACE, op, n);
          this.emit(Op.ROT_TWO, 0, n);
          this.emit(Op.STORE_ATTR, ni, target);
        } else {
          this.subscriptIndex(tk.slice(1), target);
          this.emit(Op.DUP_TOP_TWO, 0, target);
          this.emit(Op.BINARY_SUBSCR, 0, target);
          this.exprList(valueNodes, n);
          this.emit(Op.INPLACE, op, n);
          this.emit(Op.ROT_THREE, 0, n);
          this.emit(Op.STORE_SUBSCR, 0, target);
        }
        return;
      }
      default:
        this.err(`'${targetDesc(target, this.text(target))}' is an illegal expression for augmented assignment`, target);
    }
  }

  printStmt(n: SyntaxNode): void {
    // Python 2 print statement (only reachable in Python 2 mode)
    const k = kids(n).slice(1); // drop the `print` keyword
    const after = this.src.text.slice(kids(n)[0].to, k[0]?.from ?? n.to);
    const redirect = />>/.test(after);
    const items = k.filter((c) => c.name !== ',');
    const trailingComma = k.length > 0 && k[k.length - 1].name === ',';
    let dest: SyntaxNode | null = null;
    let list = items;
    if (redirect) { dest = items[0]; list = items.slice(1); }
    for (const it of list) {
      if (dest) this.expr(dest); else this.loadConst(null, n);
      this.expr(it);
      this.emit(Op.PRINT_ITEM, 0, it);
    }
    if (!trailingComma) {
      if (dest) this.expr(dest); else this.loadConst(null, n);
      this.emit(Op.PRINT_NEWLINE, 0, n);
    }
  }

  ifStmt(n: SyntaxNode): void {
    const k = kids(n);
    const ends: number[] = [];
    let i = 0;
    while (i < k.length) {
      const c = k[i];
      if (c.name === 'if' || c.name === 'elif') {
        if (c.name === 'elif') this.line(c);
        const cond = k[i + 1];
        const body = k[i + 2];
        this.expr(cond);
        const jf = this.emit(Op.POP_JUMP_IF_FALSE, 0, cond);
        this.body(body);
        ends.push(this.emit(Op.JUMP, 0, null));
        this.patch(jf, this.here());
        i += 3;
      } else if (c.name === 'else') {
        this.body(k[i + 1]);
        i += 2;
      } else i++;
    }
    for (const e of ends) this.patch(e, this.here());
  }

  whileStmt(n: SyntaxNode): void {
    const k = kids(n);
    const cond = k[1];
    const body = k[2];
    const elseBody = k[3]?.name === 'else' ? k[4] : null;
    // The LINE for the header was emitted by stmt(); loop back to it.
    const top = this.libFile === null ? this.here() - 2 : this.here();
    const fb: Fblock = { kind: 'loop', start: top, breaks: [] };
    let jf = -1;
    const constTrue = this.isConstTrue(cond);
    if (!constTrue) {
      this.expr(cond);
      jf = this.emit(Op.POP_JUMP_IF_FALSE, 0, cond);
    }
    this.cb.fblocks.push(fb);
    this.body(body);
    this.cb.fblocks.pop();
    this.emit(Op.JUMP, top, null);
    if (jf >= 0) this.patch(jf, this.here());
    if (elseBody) this.body(elseBody);
    for (const b of fb.breaks!) this.patch(b, this.here());
  }

  isConstTrue(n: SyntaxNode): boolean {
    if (n.name === 'Number') { const t = this.text(n); return /^[1-9][0-9]*$/.test(t); }
    if (n.name === 'Boolean') return this.text(n) === 'True';
    return false;
  }

  /**
   * match/case: each case evaluates the values its pattern needs (dotted names, classes) onto the
   * stack above a copy of the subject; MATCH (arg: index into Code.patterns) pops them and pushes the
   * captured values, in the pattern's `names` order, then True, or just False.
   */
  matchStmt(n: SyntaxNode): void {
    const k = kids(n);
    const bodyNode = k.find((c) => c.name === 'MatchBody')!;
    const subj = k.filter((c) => c.name !== 'match' && c.name !== 'MatchBody' && c.name !== '*');
    this.exprList(subj, n);
    const ends: number[] = [];
    const clauses = kids(bodyNode).filter((c) => c.name === 'MatchClause');
    clauses.forEach((cl, ci) => {
      const ck = kids(cl);
      const guard = ck.find((c) => c.name === 'Guard');
      const body = ck.find((c) => c.name === 'Body')!;
      const pats = ck.filter((c) => c.type.isError === false && c.name !== 'case' && c.name !== 'Guard' && c.name !== 'Body' && c.name !== ',');
      const slots: SyntaxNode[] = [];
      const names: string[] = [];
      const topComma = ck.some((c) => c.name === ',');
      const pat: MatchPat = pats.length === 1 && !topComma ? this.pattern(pats[0], slots, names) : { k: 'seq', items: pats.map((p) => this.pattern(p, slots, names)) };
      if ((pat.k === 'wild' || pat.k === 'cap') && !guard && ci < clauses.length - 1) this.err(pat.k === 'wild' ? 'wildcard makes remaining patterns unreachable' : `name capture '${pat.name}' makes remaining patterns unreachable`, pats[0]);
      this.emit(Op.DUP_TOP, 0, cl);
      for (const sn of slots) this.dottedLoad(sn);
      const pats0 = (this.cb.patterns ??= []);
      pats0.push({ p: pat, names, slots: slots.length });
      this.emit(Op.MATCH, pats0.length - 1, cl);
      const fail: number[] = [this.emit(Op.POP_JUMP_IF_FALSE, 0, cl)];
      for (let i = names.length - 1; i >= 0; i--) this.nameOp(names[i], 'store', cl);
      if (guard) {
        this.expr(kids(guard)[1]);
        fail.push(this.emit(Op.POP_JUMP_IF_FALSE, 0, guard));
      }
      this.emit(Op.POP_TOP, 0, cl);
      this.body(body);
      ends.push(this.emit(Op.JUMP, 0, null));
      for (const j of fail) this.patch(j, this.here());
    });
    this.emit(Op.POP_TOP, 0, n);
    for (const j of ends) this.patch(j, this.here());
  }

  /** Load a class or value of a pattern: a VariableName or an AttributePattern (a.b.c). */
  dottedLoad(n: SyntaxNode): void {
    const parts = n.name === 'AttributePattern' ? kids(n).filter((c) => c.name === 'VariableName' || c.name === 'PropertyName') : [n];
    this.nameOp(this.text(parts[0]), 'load', parts[0]);
    for (const p of parts.slice(1)) this.emit(Op.LOAD_ATTR, this.nameIdx(this.text(p)), p);
  }

  /** A pattern as plain data for the VM's matcher (see matchPattern in builtins.ts). */
  pattern(n: SyntaxNode, slots: SyntaxNode[], names: string[]): MatchPat {
    const k = kids(n);
    const bind = (nm: string, at: SyntaxNode): void => {
      if (names.includes(nm)) this.err(`multiple assignments to name '${nm}' in pattern`, at);
      names.push(nm);
    };
    switch (n.name) {
      case 'CapturePattern': {
        const nm = this.text(n);
        if (nm === '_') return { k: 'wild' };
        bind(nm, n);
        return { k: 'cap', name: nm };
      }
      case 'LiteralPattern': {
        const t = this.text(n).trim();
        if (t === 'None') return { k: 'lit', v: null, is: true };
        if (t === 'True' || t === 'False') return { k: 'lit', v: t === 'True', is: true };
        if (k[0]?.name === 'String') {
          const lit = parseStringLiteral(t, this.unicodeLiterals ? 3 : this.version, n.from);
          return { k: 'lit', v: lit.kind === 'bytes' ? { t: T.BYTES, s: lit.s } : lit.s };
        }
        const neg = k[0]?.name === 'ArithOp';
        const num = k.find((c) => c.name === 'Number')!;
        let v = parseNumber(this.text(num), this.version, num.from);
        if (k.filter((c) => c.name === 'Number').length > 1) this.err('complex numbers are not supported in Socket Lab', n);
        if (neg) v = typeof v === 'number' ? -v : typeof v === 'bigint' ? -v : { t: T.FLOAT, v: -(v as { v: number }).v };
        return { k: 'lit', v };
      }
      case 'AttributePattern': slots.push(n); return { k: 'value', slot: slots.length - 1 };
      case 'OrPattern': {
        const alts: MatchPat[] = [];
        let first: string[] | null = null;
        for (const c of k) {
          if (c.name === 'LogicOp') continue;
          const nm: string[] = [];
          alts.push(this.pattern(c, slots, nm));
          if (first === null) first = nm;
          else if (nm.length !== first.length || nm.some((x) => !first!.includes(x))) this.err('alternative patterns bind different names', c);
        }
        for (const nm of first ?? []) bind(nm, n);
        return { k: 'or', alts };
      }
      case 'AsPattern': {
        const p = this.pattern(k[0], slots, names);
        const nm = this.text(k[k.length - 1]);
        if (nm === '_') this.err("cannot use '_' as a target", k[k.length - 1]);
        bind(nm, n);
        return { k: 'as', p, name: nm };
      }
      case 'StarPattern': {
        const nm = this.text(k[k.length - 1]);
        if (nm === '_') return { k: 'star', name: null };
        bind(nm, n);
        return { k: 'star', name: nm };
      }
      case 'SequencePattern': {
        const items = k.filter((c) => !['[', ']', '(', ')', ','].includes(c.name));
        if (k[0].name === '(' && items.length === 1 && !k.some((c) => c.name === ',')) return this.pattern(items[0], slots, names);
        const ps = items.map((c) => this.pattern(c, slots, names));
        if (ps.filter((p) => p.k === 'star').length > 1) this.err('multiple starred names in sequence pattern', n);
        return { k: 'seq', items: ps };
      }
      case 'MappingPattern': {
        const keys: MatchPat[] = [], vals: MatchPat[] = [];
        let rest: string | null = null;
        for (let i = 0; i < k.length; i++) {
          const c = k[i];
          if (c.name === '{' || c.name === '}' || c.name === ',') continue;
          if (c.name === '**') { rest = this.text(k[++i]); bind(rest, k[i]); continue; }
          if (c.name === ':') continue;
          // key ':' value
          keys.push(c.name === 'LiteralPattern' ? this.pattern(c, slots, names) : (slots.push(c), { k: 'value', slot: slots.length - 1 }));
          i += 2;
          vals.push(this.pattern(k[i], slots, names));
        }
        return { k: 'map', keys, vals, rest };
      }
      case 'ClassPattern': {
        slots.push(k[0]);
        const slot = slots.length - 1;
        const args: MatchPat[] = [], kws: [string, MatchPat][] = [];
        for (const c of kids(k[1])) {
          if (c.name === '(' || c.name === ')' || c.name === ',') continue;
          if (c.name === 'KeywordPattern') { const kk = kids(c); kws.push([this.text(kk[0]), this.pattern(kk[kk.length - 1], slots, names)]); continue; }
          if (kws.length) this.err('positional patterns follow keyword patterns', c);
          args.push(this.pattern(c, slots, names));
        }
        return { k: 'cls', slot, args, kws };
      }
    }
    this.err('invalid syntax', n);
  }

  forStmt(n: SyntaxNode): void {
    const k = kids(n);
    const fi = k.findIndex((c) => c.name === 'for');
    const ii = k.findIndex((c) => c.name === 'in');
    const bodyIdx = k.findIndex((c) => c.name === 'Body');
    const targets = k.slice(fi + 1, ii);
    const iters = k.slice(ii + 1, bodyIdx);
    const body = k[bodyIdx];
    const elseBody = k[bodyIdx + 1]?.name === 'else' ? k[bodyIdx + 2] : null;
    this.exprList(iters, n);
    // `for x in gen(...)`: the loop holds the only reference to a fresh generator, so leaving the loop
    // early (break, return, an exception) closes it as CPython's refcounting does (POP_ITER)
    const tmpIter = iters.length === 1 && iters[0].name === 'CallExpression';
    this.emit(Op.GET_ITER, tmpIter ? 1 : 0, n);
    // each later iteration starts at the `for` line again (the first one is the statement's own line step)
    const skip = this.emit(Op.JUMP, 0, null);
    const top = this.here();
    this.emit(Op.LINE, this.src.lineOf(n.from), n);
    this.patch(skip, this.here());
    const fiOp = this.emit(Op.FOR_ITER, 0, n);
    this.assignTargetList(targets, n);
    const fb: Fblock = { kind: 'for', start: top, breaks: [], tmpIter };
    this.cb.fblocks.push(fb);
    this.body(body);
    this.cb.fblocks.pop();
    this.emit(Op.JUMP, top, null);
    this.patch(fiOp, this.here());
    if (elseBody) this.body(elseBody);
    for (const b of fb.breaks!) this.patch(b, this.here());
  }

  /** Emit unwinding code for the fblocks above the innermost loop (break/continue) or all (return). */
  unwind(upTo: number, preserveTos: boolean, n: SyntaxNode): void {
    const fbs = this.cb.fblocks;
    for (let i = fbs.length - 1; i > upTo; i--) {
      const fb = fbs[i];
      switch (fb.kind) {
        case 'for':
          if (preserveTos) this.emit(Op.ROT_TWO, 0, n);
          this.emit(fb.tmpIter ? Op.POP_ITER : Op.POP_TOP, 0, n);
          break;
        case 'loop': break;
        case 'finally': {
          this.emit(Op.POP_BLOCK, 0, n);
          // run the finally body with this fblock removed
          const saved = fbs.splice(i);
          this.body(fb.finallyBody!);
          fbs.push(...saved);
          break;
        }
        case 'finally-handler':
          if (preserveTos) this.emit(Op.ROT_TWO, 0, n);
          this.emit(Op.POP_TOP, 0, n);
          this.emit(Op.POP_EXCEPT, 0, n);
          break;
        case 'handler':
          if (preserveTos) this.emit(Op.ROT_TWO, 0, n);
          this.emit(Op.POP_TOP, 0, n);
          this.emit(Op.POP_EXCEPT, 0, n);
          if (fb.handlerName) { this.loadConst(null, n); this.nameOp(fb.handlerName, 'store', n); this.nameOp(fb.handlerName, 'del', n); }
          break;
        case 'with':
          this.emit(Op.POP_BLOCK, 0, n);
          if (preserveTos) this.emit(Op.ROT_TWO, 0, n);
          this.emit(Op.LOAD_METHOD, this.nameIdx('__exit__'), n);
          this.loadConst(null, n); this.loadConst(null, n); this.loadConst(null, n);
          this.emit(Op.CALL_METHOD, 3, n);
          this.emit(Op.POP_TOP, 0, n);
          break;
      }
    }
  }

  breakStmt(n: SyntaxNode, isBreak: boolean): void {
    const fbs = this.cb.fblocks;
    let li = -1;
    for (let i = fbs.length - 1; i >= 0; i--) if (fbs[i].kind === 'loop' || fbs[i].kind === 'for') { li = i; break; }
    if (li < 0) this.err(isBreak ? "'break' outside loop" : "'continue' not properly in loop", n);
    this.unwind(li, false, n);
    const loop = fbs[li];
    if (isBreak) {
      if (loop.kind === 'for') this.emit(loop.tmpIter ? Op.POP_ITER : Op.POP_TOP, 0, n);
      loop.breaks!.push(this.emit(Op.JUMP, 0, n));
    } else {
      this.emit(Op.JUMP, loop.start!, n);
    }
  }

  /** `yield`, `yield x`, `yield a, b` or `yield from it`; leaves the sent value (None) on the stack. */
  yieldExpr(n: SyntaxNode): void {
    const k = kids(n).slice(1);
    if (k[0]?.name === 'from') {
      // for x in it: yield x; then the value the sub-generator returned (None for other iterables)
      this.expr(k[1]);
      this.emit(Op.GET_ITER, 0, n);
      this.emit(Op.DUP_TOP, 0, n);
      this.loadConst(null, n);
      const top = this.here();
      const ys = this.emit(Op.YF_SEND, 0, n);
      const fi = this.emit(Op.FOR_ITER, 0, n);
      this.emit(Op.YIELD_VALUE, 0, n);
      this.emit(Op.JUMP, top, null);
      this.patch(fi, this.here());
      this.patch(ys, this.here());
      this.emit(Op.LOAD_ATTR, this.nameIdx('.gen_return'), n);
      return;
    }
    if (k.length === 0) this.loadConst(null, n);
    else this.exprList(k, n);
    this.emit(Op.YIELD_VALUE, 0, n);
  }

  returnStmt(n: SyntaxNode): void {
    const sc = this.cb.scope;
    if (sc.kind !== 'function') this.err("'return' outside function", n);
    const k = kids(n).slice(1);
    if (k.length === 0) this.loadConst(null, n);
    else this.exprList(k, n);
    this.unwind(-1, true, n);
    this.emit(Op.RETURN_VALUE, 0, n);
  }

  decorated(n: SyntaxNode): void {
    const k = kids(n);
    const decos = k.filter((c) => c.name === 'Decorator');
    const def = k[k.length - 1];
    if (def.name === 'FunctionDefinition') this.funcDef(def, decos);
    else this.classDef(def, decos);
  }

  emitDecorators(decos: SyntaxNode[]): void {
    for (const d of decos) {
      const dk = kids(d).filter((c) => c.name !== 'At');
      // dottedName ArgList?
      const names = dk.filter((c) => c.name === 'VariableName');
      this.nameOp(this.text(names[0]), 'load', names[0]);
      for (const nm of names.slice(1)) this.emit(Op.LOAD_ATTR, this.nameIdx(this.text(nm)), nm);
      const al = dk.find((c) => c.name === 'ArgList');
      if (al) this.callArgs(al, 0, d);
    }
  }

  funcDef(n: SyntaxNode, decos: SyntaxNode[]): void {
    const k = kids(n);
    const nameNode = k.find((c) => c.name === 'VariableName')!;
    const name = this.text(nameNode);
    this.emitDecorators(decos);
    const pl = k.find((c) => c.name === 'ParamList')!;
    const body = k.find((c) => c.name === 'Body')!;
    this.makeFunction(n, name, pl, body, 'function');
    for (let i = 0; i < decos.length; i++) this.emit(Op.CALL, 1, n);
    this.nameOp(name, 'store', nameNode);
  }

  /** Parse a parameter list; emit defaults; compile the body; emit MAKE_FUNCTION. */
  makeFunction(n: SyntaxNode, name: string, pl: SyntaxNode | undefined, body: SyntaxNode, kind: 'function' | 'lambda'): void {
    const fs = this.scopes.get(this.key(n))!;
    const params: string[] = [];
    let argcount = 0, kwonly = 0, posonly = 0;
    let varargs = false, varkw = false;
    let seenStar = false;
    const defaults: SyntaxNode[] = [];
    const kwdefaults: [string, SyntaxNode][] = [];
    if (pl) {
      const pk = kids(pl).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== 'TypeDef');
      for (let i = 0; i < pk.length; i++) {
        const c = pk[i];
        // the '/' marker is an anonymous token: look for it in the gap before this child
        if (i > 0 && this.src.text.slice(pk[i - 1].to, c.from).includes('/') && !seenStar) posonly = argcount;
        if (c.name === ',') continue;
        if (c.name === '/') { posonly = argcount; continue; }
        if (c.name === '*') {
          seenStar = true;
          if (pk[i + 1]?.name === 'VariableName') { varargs = true; i++; params.push(this.text(pk[i])); }
          continue;
        }
        if (c.name === '**') { varkw = true; i++; params.push(this.text(pk[i])); continue; }
        if (c.name === 'VariableName') {
          const pn = this.text(c);
          if (params.includes(pn)) this.err(`duplicate argument '${pn}' in function definition`, c);
          let def: SyntaxNode | null = null;
          if (pk[i + 1]?.name === 'AssignOp') { def = pk[i + 2]; i += 2; }
          if (seenStar) {
            kwonly++;
            if (def) kwdefaults.push([pn, def]);
          } else {
            argcount++;
            if (def) defaults.push(def);
            else if (defaults.length) this.err('non-default argument follows default argument', c);
          }
          params.push(pn);
        }
      }
    }
    // Order params as CPython: positional, kwonly, *args, **kw
    const pos = params.filter((_, i) => i < params.length);
    void pos;
    const ordered: string[] = [];
    {
      // recompute ordering
      const pk = pl ? kids(pl) : [];
      const positional: string[] = [], kwo: string[] = [];
      let va: string | null = null, vk: string | null = null;
      let star = false;
      for (let i = 0; i < pk.length; i++) {
        const c = pk[i];
        if (c.name === '*') { star = true; if (pk[i + 1]?.name === 'VariableName') { va = this.text(pk[++i]); } continue; }
        if (c.name === '**') { vk = this.text(pk[++i]); continue; }
        if (c.name === 'VariableName') { (star ? kwo : positional).push(this.text(c)); if (pk[i + 1]?.name === 'AssignOp') i += 2; }
      }
      ordered.push(...positional, ...kwo);
      if (va) ordered.push(va);
      if (vk) ordered.push(vk);
    }
    // varnames must start with the ordered params
    fs.varnames = [...ordered, ...fs.varnames.filter((v) => !ordered.includes(v))];
    for (const d of defaults) this.expr(d);
    this.emit(Op.BUILD_TUPLE, defaults.length, n);
    if (kwdefaults.length) {
      for (const [nm, d] of kwdefaults) { this.loadConst(nm, d); this.expr(d); }
      this.emit(Op.BUILD_MAP, kwdefaults.length, n);
    } else this.loadConst(null, n);
    // closure cells
    for (const fv of fs.freevars) this.loadClosure(fv, n);
    this.emit(Op.BUILD_TUPLE, fs.freevars.length, n);
    // body
    const idx = this.reserve();
    const outerQual = this.cb.scope.kind === 'module' ? '' : this.cb.scope.kind === 'class' ? this.cb.qualname + '.' : this.cb.qualname + '.<locals>.';
    const prev = this.beginCode(fs, name, outerQual + name, this.src.lineOf(n.from));
    const savedNode = this.curNode;
    // copy parameters into cells
    if (kind === 'lambda') {
      this.curNode = body;
      this.expr(body);
      this.emit(Op.RETURN_VALUE, 0, body);
    } else {
      this.body(body);
      this.emitReturnNone(body);
    }
    this.finishCode(idx, kind, argcount, kwonly, varargs, varkw, ordered);
    if (posonly > 0) this.codes[idx].posonly = posonly;
    if (kind === 'function') { const doc = this.docstring(body); if (doc !== null) this.codes[idx].doc = doc; }
    this.cb = prev;
    this.curNode = savedNode;
    this.emit(Op.MAKE_FUNCTION, idx, n);
  }

  loadClosure(nm: string, n: SyntaxNode): void {
    const sc = this.cb.scope;
    let idx = sc.cellvars.indexOf(nm);
    if (idx < 0) {
      const f = sc.freevars.indexOf(nm);
      if (f < 0) this.err(`internal: no cell for ${nm}`, n);
      idx = sc.cellvars.length + f;
    }
    this.emit(Op.LOAD_CLOSURE, idx, n);
  }

  classDef(n: SyntaxNode, decos: SyntaxNode[]): void {
    const k = kids(n);
    const nameNode = k.find((c) => c.name === 'VariableName')!;
    const name = this.text(nameNode);
    this.emitDecorators(decos);
    const cs = this.scopes.get(this.key(n))!;
    const al = k.find((c) => c.name === 'ArgList');
    const body = k.find((c) => c.name === 'Body')!;
    // closure for the class body
    for (const fv of cs.freevars) this.loadClosure(fv, n);
    this.emit(Op.BUILD_TUPLE, cs.freevars.length, n);
    const idx = this.reserve();
    const outerQual = this.cb.scope.kind === 'module' ? '' : this.cb.scope.kind === 'class' ? this.cb.qualname + '.' : this.cb.qualname + '.<locals>.';
    const prev = this.beginCode(cs, name, outerQual + name, this.src.lineOf(n.from));
    const savedNode = this.curNode;
    this.curNode = n;
    this.loadConst('__main__', n); this.emit(Op.STORE_NAME, this.nameIdx('__module__'), n);
    this.loadConst(outerQual + name, n); this.emit(Op.STORE_NAME, this.nameIdx('__qualname__'), n);
    // every class has its own __doc__ (None when its body has no docstring: it is not inherited)
    this.loadConst(this.docstring(body), n); this.emit(Op.STORE_NAME, this.nameIdx('__doc__'), n);
    // annotated names (x: int = 0) are recorded in __annotations__ (SETUP_ANNOTATIONS), as dataclasses need
    if (kids(body).some((c) => c.name === 'AssignStatement' && kids(c).some((x) => x.name === 'TypeDef'))) {
      this.emit(Op.BUILD_MAP, 0, n);
      this.emit(Op.STORE_NAME, this.nameIdx('__annotations__'), n);
    }
    this.body(body);
    this.emitReturnNone(body);
    this.finishCode(idx, 'class', 0, 0, false, false, []);
    this.cb = prev;
    this.curNode = savedNode;
    // stack: closure tuple; now bases
    let nb = 0;
    if (al) {
      for (const c of kids(al)) {
        if (c.name === '(' || c.name === ')' || c.name === ',') continue;
        if (c.name === 'AssignOp' || (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp')) continue;
        if (c.prevSibling?.name === 'AssignOp') {
          // metaclass=... is ignored, except abc's ABCMeta: a base that makes the class abstract-checked
          const t = this.text(c);
          if (this.text(c.prevSibling.prevSibling!) === 'metaclass' && (t === 'ABCMeta' || t === 'abc.ABCMeta')) { this.expr(c); nb++; }
          continue;
        }
        this.expr(c);
        nb++;
      }
    }
    this.emit(Op.BUILD_TUPLE, nb, n);
    this.loadConst(name, n);
    this.emit(Op.BUILD_CLASS, idx, n);
    for (let i = 0; i < decos.length; i++) this.emit(Op.CALL, 1, n);
    this.nameOp(name, 'store', nameNode);
  }

  tryStmt(n: SyntaxNode): void {
    const k = kids(n);
    const body = k[1];
    const handlers: { type: SyntaxNode | null; name: SyntaxNode | null; body: SyntaxNode; kw: SyntaxNode }[] = [];
    let elseBody: SyntaxNode | null = null, finallyBody: SyntaxNode | null = null;
    let i = 2;
    while (i < k.length) {
      const c = k[i];
      if (c.name === 'except') {
        let j = i + 1;
        let type: SyntaxNode | null = null, nm: SyntaxNode | null = null;
        if (k[j].name === '*') j++;
        if (k[j].name !== 'Body') { type = k[j]; j++; }
        if (k[j].name === 'as' || k[j].name === ',') { nm = k[j + 1]; j += 2; }
        handlers.push({ type, name: nm, body: k[j], kw: c });
        i = j + 1;
      } else if (c.name === 'else') { elseBody = k[i + 1]; i += 2; }
      else if (c.name === 'finally') { finallyBody = k[i + 1]; i += 2; }
      else i++;
    }
    if (!finallyBody && handlers.length === 0) throw new CompileError("expected 'except' or 'finally' block", n.to, n.to + 1);
    if (finallyBody) {
      const setup = this.emit(Op.SETUP_FINALLY, 0, n);
      this.cb.fblocks.push({ kind: 'finally', finallyBody });
      if (handlers.length) this.tryExcept(n, body, handlers, elseBody);
      else this.body(body);
      this.cb.fblocks.pop();
      this.emit(Op.POP_BLOCK, 0, null);
      this.body(finallyBody);
      const jmp = this.emit(Op.JUMP, 0, null);
      this.patch(setup, this.here());
      // exception path: [exc]
      this.cb.fblocks.push({ kind: 'finally-handler' });
      this.body(finallyBody);
      this.cb.fblocks.pop();
      this.emit(Op.RERAISE, 0, null);
      this.patch(jmp, this.here());
    } else {
      this.tryExcept(n, body, handlers, elseBody);
    }
  }

  tryExcept(n: SyntaxNode, body: SyntaxNode, handlers: { type: SyntaxNode | null; name: SyntaxNode | null; body: SyntaxNode; kw: SyntaxNode }[], elseBody: SyntaxNode | null): void {
    const setup = this.emit(Op.SETUP_EXCEPT, 0, n);
    this.body(body);
    this.emit(Op.POP_BLOCK, 0, null);
    if (elseBody) this.body(elseBody);
    const ends: number[] = [this.emit(Op.JUMP, 0, null)];
    this.patch(setup, this.here());
    // handler entry: stack [exc]
    for (let hi = 0; hi < handlers.length; hi++) {
      const h = handlers[hi];
      this.line(h.kw);
      let next = -1;
      if (h.type) {
        if (!h.type && hi < handlers.length - 1) this.err("default 'except:' must be last", h.kw);
        this.emit(Op.DUP_TOP, 0, h.type);
        this.expr(h.type);
        this.emit(Op.EXC_MATCH, 0, h.type);
        next = this.emit(Op.POP_JUMP_IF_FALSE, 0, h.type);
      } else if (hi < handlers.length - 1) this.err("default 'except:' must be last", h.kw);
      // Python 2's `except E, (errno, msg):` unpacks the exception (its args)
      const unpack = h.name !== null && h.name.name === 'TupleExpression' && this.version === 2 && h.name.prevSibling?.name === ',';
      const hname = h.name && !unpack ? this.text(h.name) : null;
      if (unpack) {
        this.emit(Op.DUP_TOP, 0, h.name);
        this.storeTarget(h.name!);
      } else if (h.name) {
        if (h.name.name !== 'VariableName') this.err('invalid syntax', h.name);
        this.emit(Op.DUP_TOP, 0, h.name);
        this.nameOp(hname!, 'store', h.name);
      }
      this.cb.fblocks.push({ kind: 'handler', handlerName: this.version === 3 ? hname : null });
      this.body(h.body);
      this.cb.fblocks.pop();
      this.emit(Op.POP_TOP, 0, null);
      this.emit(Op.POP_EXCEPT, 0, null);
      if (hname && this.version === 3) { this.loadConst(null, null); this.nameOp(hname, 'store', h.name!); this.nameOp(hname, 'del', h.name!); }
      ends.push(this.emit(Op.JUMP, 0, null));
      if (next >= 0) this.patch(next, this.here());
    }
    this.emit(Op.RERAISE, 0, null);
    for (const e of ends) this.patch(e, this.here());
  }

  raiseStmt(n: SyntaxNode): void {
    const k = kids(n).slice(1);
    if (k.length === 0) { this.emit(Op.RAISE, 0, n); return; }
    const fromIdx = k.findIndex((c) => c.name === 'from');
    if (fromIdx >= 0) {
      this.expr(k[0]);
      this.expr(k[fromIdx + 1]);
      this.emit(Op.RAISE, 2, n);
      return;
    }
    const items = k.filter((c) => c.name !== ',');
    if (items.length >= 2) {
      // Python 2: raise E, V  ->  raise E(V)  (V a tuple -> E(*V))
      this.expr(items[0]);
      this.expr(items[1]);
      this.emit(Op.RAISE, 3, n);
      return;
    }
    this.expr(items[0]);
    this.emit(Op.RAISE, 1, n);
  }

  withStmt(n: SyntaxNode, k: SyntaxNode[], start: number): void {
    // items: test (as VariableName)? , ...  Body
    const bodyIdx = k.findIndex((c) => c.name === 'Body');
    const items: { ctx: SyntaxNode; target: SyntaxNode | null }[] = [];
    for (let i = start; i < bodyIdx; i++) {
      const c = k[i];
      if (c.name === ',') continue;
      let target: SyntaxNode | null = null;
      if (k[i + 1]?.name === 'as') { target = k[i + 2]; }
      items.push({ ctx: c, target });
      if (target) i += 2;
    }
    const emitItem = (idx: number): void => {
      if (idx >= items.length) { this.body(k[bodyIdx]); return; }
      const it = items[idx];
      this.expr(it.ctx);
      this.emit(Op.DUP_TOP, 0, it.ctx);
      this.emit(Op.LOAD_METHOD, this.nameIdx('__enter__'), it.ctx);
      this.emit(Op.CALL_METHOD, 0, it.ctx);
      if (it.target) this.storeTarget(it.target); else this.emit(Op.POP_TOP, 0, it.ctx);
      const setup = this.emit(Op.SETUP_FINALLY, 0, it.ctx);
      // stack: [mgr]
      this.cb.fblocks.push({ kind: 'with' });
      emitItem(idx + 1);
      this.cb.fblocks.pop();
      this.emit(Op.POP_BLOCK, 0, null);
      this.emit(Op.LOAD_METHOD, this.nameIdx('__exit__'), it.ctx);
      this.loadConst(null, null); this.loadConst(null, null); this.loadConst(null, null);
      this.emit(Op.CALL_METHOD, 3, it.ctx);
      this.emit(Op.POP_TOP, 0, null);
      const jmp = this.emit(Op.JUMP, 0, null);
      // exception: [mgr, exc]
      this.patch(setup, this.here());
      this.emit(Op.ROT_TWO, 0, it.ctx); // [exc, mgr]
      this.emit(Op.LOAD_METHOD, this.nameIdx('__exit__'), it.ctx); // [exc, meth, self]
      this.emit(Op.WITH_EXC_ARGS, 0, it.ctx); // [exc, meth, self, type, exc, tb]
      this.emit(Op.CALL_METHOD, 3, it.ctx); // [exc, res]
      const sup = this.emit(Op.POP_JUMP_IF_TRUE, 0, it.ctx);
      this.emit(Op.RERAISE, 0, it.ctx);
      this.patch(sup, this.here());
      this.emit(Op.POP_TOP, 0, null);
      this.emit(Op.POP_EXCEPT, 0, null);
      this.patch(jmp, this.here());
    };
    void n;
    emitItem(0);
  }

  importStmt(n: SyntaxNode): void {
    const k = kids(n);
    if (k[0].name === 'import') {
      // import a.b as c, d
      let i = 1;
      while (i < k.length) {
        const parts: SyntaxNode[] = [];
        while (i < k.length && (k[i].name === 'VariableName' || k[i].name === '.')) { if (k[i].name === 'VariableName') parts.push(k[i]); i++; }
        let asName: SyntaxNode | null = null;
        if (k[i]?.name === 'as') { asName = k[i + 1]; i += 2; }
        if (k[i]?.name === ',') i++;
        const full = parts.map((p) => this.text(p)).join('.');
        this.loadConst(full, n);
        this.emit(Op.IMPORT_NAME, this.nameIdx(full), n);
        if (parts.length > 1) {
          // `import a.b` imports a.b, then binds (or, with `as`, walks from) the package a
          const top = this.text(parts[0]);
          this.emit(Op.POP_TOP, 0, n);
          this.loadConst(top, n);
          this.emit(Op.IMPORT_NAME, this.nameIdx(top), n);
        }
        if (asName) {
          for (const p of parts.slice(1)) this.emit(Op.LOAD_ATTR, this.nameIdx(this.text(p)), p);
          this.nameOp(this.text(asName), 'store', asName);
        } else {
          this.nameOp(this.text(parts[0]), 'store', parts[0]);
        }
        if (parts.length === 0) break;
      }
      return;
    }
    // from X import a as b, c | *
    const ii = k.findIndex((c) => c.name === 'import');
    const modParts = k.slice(1, ii);
    const modName = modParts.map((p) => this.text(p)).join('');
    if (modName.startsWith('.')) this.err('attempted relative import with no known parent package', n);
    if (modName === '__future__') {
      const names = k.slice(ii + 1).filter((c) => c.name === 'VariableName').map((c) => this.text(c));
      for (const nm of names) if (!['print_function', 'division', 'absolute_import', 'unicode_literals', 'with_statement', 'nested_scopes', 'generators', 'annotations'].includes(nm)) this.err(`future feature ${nm} is not defined`, n);
      return;
    }
    this.loadConst(modName, n);
    this.emit(Op.IMPORT_NAME, this.nameIdx(modName), n);
    const rest = k.slice(ii + 1).filter((c) => c.name !== '(' && c.name !== ')');
    if (rest.length === 1 && rest[0].name === '*') {
      if (this.cb.scope.kind !== 'module') this.err('import * only allowed at module level', n);
      this.emit(Op.IMPORT_STAR, 0, n);
      return;
    }
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i];
      if (c.name !== 'VariableName') continue;
      let target = c;
      if (rest[i + 1]?.name === 'as') { target = rest[i + 2]; i += 2; }
      this.emit(Op.IMPORT_FROM, this.nameIdx(this.text(c)), c);
      this.nameOp(this.text(target), 'store', target);
    }
    this.emit(Op.POP_TOP, 0, n);
  }

  assertStmt(n: SyntaxNode): void {
    const k = kids(n).slice(1).filter((c) => c.name !== ',');
    this.expr(k[0]);
    const jt = this.emit(Op.POP_JUMP_IF_TRUE, 0, n);
    if (k[1]) this.expr(k[1]); else this.loadConst(null, n);
    this.emit(Op.ASSERT_FAIL, k[1] ? 1 : 0, n);
    this.patch(jt, this.here());
  }

  delStmt(n: SyntaxNode): void {
    for (const c of kids(n)) {
      if (c.name === 'del' || c.name === ',') continue;
      this.delTarget(c);
    }
  }

  delTarget(c: SyntaxNode): void {
    switch (c.name) {
      case 'VariableName': this.nameOp(this.text(c), 'del', c); return;
      case 'MemberExpression': {
        const k = kids(c);
        this.expr(k[0]);
        if (k[1].name === '.') this.emit(Op.DELETE_ATTR, this.nameIdx(this.text(k[2])), c);
        else { this.subscriptIndex(k.slice(1), c); this.emit(Op.DELETE_SUBSCR, 0, c); }
        return;
      }
      case 'TupleExpression': case 'ArrayExpression': case 'ParenthesizedExpression':
        for (const x of kids(c)) if (!['(', ')', '[', ']', ','].includes(x.name)) this.delTarget(x);
        return;
      default: this.err(`cannot delete ${targetDesc(c, this.text(c))}`, c);
    }
  }

  // ------------------------------------------------------------ expressions
  expr(n: SyntaxNode): void {
    switch (n.name) {
      case 'VariableName': this.nameOp(this.text(n), 'load', n); return;
      case 'Number': this.loadConst(parseNumber(this.text(n), this.version, n.from), n); return;
      case 'String': {
        const lit = parseStringLiteral(this.text(n), this.unicodeLiterals ? 3 : this.version, n.from);
        this.loadConst(lit.kind === 'bytes' ? { t: T.BYTES, s: lit.s } : lit.s, n);
        return;
      }
      case 'FormatString': this.fstring(n); return;
      case 'ContinuedString': return this.continuedString(n);
      case 'Boolean': this.loadConst(this.text(n) === 'True', n); return;
      case 'None': this.loadConst(null, n); return;
      case 'Ellipsis': this.loadConst({ t: T.ELLIPSIS }, n); return;
      case 'ParenthesizedExpression': {
        const k = kids(n).filter((c) => c.name !== '(' && c.name !== ')');
        if (k[0]?.name === '*') this.err('cannot use starred expression here', n);
        this.expr(k[0]);
        return;
      }
      case 'TupleExpression': {
        const k = kids(n).filter((c) => c.name !== '(' && c.name !== ')');
        this.buildSeq(k, Op.BUILD_TUPLE, n);
        return;
      }
      case 'ArrayExpression': {
        const k = kids(n).filter((c) => c.name !== '[' && c.name !== ']');
        this.buildSeq(k, Op.BUILD_LIST, n);
        return;
      }
      case 'SetExpression': {
        const k = kids(n).filter((c) => c.name !== '{' && c.name !== '}');
        this.buildSeq(k, Op.BUILD_SET, n);
        return;
      }
      case 'DictionaryExpression': return this.dictExpr(n);
      case 'ArrayComprehensionExpression': case 'SetComprehensionExpression': case 'DictionaryComprehensionExpression': case 'ComprehensionExpression':
        return this.comprehension(n, kids(n));
      case 'UnaryExpression': {
        const k = kids(n);
        const op = this.text(k[0]);
        // constant-fold negative numbers
        if (op === '-' && k[1].name === 'Number') {
          const v = parseNumber(this.text(k[1]), this.version, k[1].from);
          if (typeof v === 'number') { this.loadConst(v === 0 ? 0 : -v, n); return; }
          if (typeof v === 'bigint') { this.loadConst(normInt(-v), n); return; }
          if (v && v.t === T.FLOAT) { this.loadConst({ t: T.FLOAT, v: -v.v }, n); return; }
        }
        this.expr(k[1]);
        this.emit(Op.UNARY, op === '-' ? Un.NEG : op === '+' ? Un.POS : op === '~' ? Un.INVERT : Un.NOT, n);
        return;
      }
      case 'BinaryExpression': return this.binary(n);
      case 'ConditionalExpression': {
        const k = kids(n);
        // a if c else b
        this.expr(k[2]);
        const jf = this.emit(Op.POP_JUMP_IF_FALSE, 0, k[2]);
        this.expr(k[0]);
        const j = this.emit(Op.JUMP, 0, null);
        this.patch(jf, this.here());
        this.expr(k[4]);
        this.patch(j, this.here());
        return;
      }
      case 'LambdaExpression': {
        const k = kids(n);
        const pl = k.find((c) => c.name === 'ParamList');
        this.makeFunction(n, '<lambda>', pl, k[k.length - 1], 'lambda');
        return;
      }
      case 'CallExpression': {
        const k = kids(n);
        const callee = k[0];
        const al = k[1];
        if (callee.name === 'MemberExpression') {
          const mk = kids(callee);
          if (mk[1]?.name === '.' && !this.hasStarArgs(al)) {
            this.expr(mk[0]);
            this.emit(Op.LOAD_METHOD, this.nameIdx(this.text(mk[2])), callee);
            const argc = this.simpleArgs(al);
            if (argc >= 0) { this.emit(Op.CALL_METHOD, argc, n); return; }
            this.callKwArgs(al, n, true);
            return;
          }
        }
        this.expr(callee);
        this.callArgs(al, 0, n, this.consumesAll(callee));
        return;
      }
      case 'MemberExpression': {
        const k = kids(n);
        this.expr(k[0]);
        if (k[1].name === '.') { this.emit(Op.LOAD_ATTR, this.nameIdx(this.text(k[2])), n); return; }
        this.subscriptIndex(k.slice(1), n);
        this.emit(Op.BINARY_SUBSCR, 0, n);
        this.anchor(k[1].from, n.to);
        return;
      }
      case 'NamedExpression': {
        const k = kids(n);
        this.expr(k[k.length - 1]);
        this.emit(Op.DUP_TOP, 0, n);
        this.nameOp(this.text(k[0]), 'store', k[0]);
        return;
      }
      case 'YieldExpression': this.yieldExpr(n); return;
      case 'AwaitExpression': this.err("'await' is not supported in Socket Lab", n); return;
      case '*': this.err("can't use starred expression here", n); return;
      default:
        if (n.type.isError) this.err('invalid syntax', n);
        this.err('invalid syntax', n);
    }
  }

  continuedString(n: SyntaxNode): void {
    const k = kids(n);
    if (k.every((c) => c.name === 'String')) {
      let kind: 'str' | 'bytes' | null = null;
      let s = '';
      for (const c of k) {
        const lit = parseStringLiteral(this.text(c), this.unicodeLiterals ? 3 : this.version, c.from);
        if (kind && kind !== lit.kind) {
          if (this.version === 3) this.err('cannot mix bytes and nonbytes literals', c);
          // Python 2: str + unicode -> unicode
          kind = 'str';
        } else kind = lit.kind;
        s += lit.s;
      }
      this.loadConst(kind === 'bytes' ? { t: T.BYTES, s } : s, n);
      return;
    }
    for (const c of k) this.expr(c);
    this.emit(Op.BUILD_STRING, k.length, n);
  }

  fstring(n: SyntaxNode): void {
    const raw = this.text(n);
    let i = 0;
    let prefix = '';
    while (raw[i] !== '"' && raw[i] !== "'") prefix += raw[i++].toLowerCase();
    const q = raw[i];
    const qlen = raw.startsWith(q.repeat(3), i) ? 3 : 1;
    const isRaw = prefix.includes('r');
    const start = n.from + i + qlen;
    const end = n.to - qlen;
    let parts = 0;
    let pos = start;
    const lit = (a: number, b: number): void => {
      if (b <= a) return;
      let s = this.src.text.slice(a, b).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      s = isRaw ? s : unescape(s, false, 3, a);
      this.loadConst(s, n);
      parts++;
    };
    for (const c of kids(n)) {
      if (c.name !== 'FormatReplacement') continue;
      lit(pos, c.from);
      this.formatReplacement(c);
      parts++;
      pos = c.to;
    }
    lit(pos, end);
    if (parts === 0) { this.loadConst('', n); return; }
    if (parts > 1) this.emit(Op.BUILD_STRING, parts, n);
  }

  formatReplacement(c: SyntaxNode): void {
    const k = kids(c).filter((x) => x.name !== '{' && x.name !== '}');
    const exprs = k.filter((x) => !['FormatSelfDoc', 'FormatConversion', 'FormatSpec', ','].includes(x.name));
    const selfDoc = k.find((x) => x.name === 'FormatSelfDoc');
    const conv = k.find((x) => x.name === 'FormatConversion');
    const spec = k.find((x) => x.name === 'FormatSpec');
    let flags = 0;
    if (selfDoc) {
      // the text between '{' and the conversion/spec/'}', whitespace around '=' included
      const close = kids(c).filter((x) => x.name === '}').pop();
      const end = conv ? conv.from : spec ? spec.from : close ? close.from : selfDoc.to;
      this.loadConst(this.src.text.slice(c.from + 1, end), c);
    }
    if (exprs.length !== 1) { this.exprList(k.filter((x) => x.name === ',' || exprs.includes(x)), c); } else this.expr(exprs[0]);
    if (conv) {
      const ch = this.text(conv)[1];
      flags = ch === 's' ? 1 : ch === 'r' ? 2 : 3;
    } else if (selfDoc && !spec) flags = 2;
    if (spec) {
      // spec: ":" (chars | nested replacement)*
      let sp = spec.from + 1;
      let nparts = 0;
      for (const sc of kids(spec)) {
        if (sc.name !== 'FormatReplacement') continue;
        if (sc.from > sp) { this.loadConst(this.src.text.slice(sp, sc.from), spec); nparts++; }
        this.formatReplacement(sc);
        nparts++;
        sp = sc.to;
      }
      if (spec.to > sp) { this.loadConst(this.src.text.slice(sp, spec.to), spec); nparts++; }
      if (nparts === 0) { this.loadConst('', spec); nparts = 1; }
      if (nparts > 1) this.emit(Op.BUILD_STRING, nparts, spec);
      flags |= 4;
    }
    this.emit(Op.FORMAT_VALUE, flags, c);
    if (selfDoc) this.emit(Op.BUILD_STRING, 2, c);
  }

  dictExpr(n: SyntaxNode): void {
    const k = kids(n).filter((c) => c.name !== '{' && c.name !== '}');
    const hasSpread = k.some((c) => c.name === '**');
    if (!hasSpread) {
      let count = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k[i];
        if (c.name === ',') continue;
        this.expr(c);
        this.expr(k[i + 2]);
        i += 2;
        count++;
      }
      this.emit(Op.BUILD_MAP, count, n);
      return;
    }
    this.emit(Op.BUILD_MAP, 0, n);
    for (let i = 0; i < k.length; i++) {
      const c = k[i];
      if (c.name === ',') continue;
      if (c.name === '**') { this.expr(k[++i]); this.emit(Op.DICT_UPDATE, 1, n); continue; }
      this.expr(c);
      this.expr(k[i + 2]);
      i += 2;
      this.emit(Op.MAP_ADD, 1, n);
    }
  }

  /**
   * A comprehension: a code object called with the first iterable. A generator expression is a
   * generator (lazy, as in CPython) unless `eager`: the only argument of a builtin that consumes it
   * all at once (list, sum, ''.join ...), where building the list first prints and raises the same
   * and lets the items block in the kernel (recv), which a builtin consuming a generator cannot.
   */
  comprehension(n: SyntaxNode, k: SyntaxNode[], eager = false): void {
    const cs = this.scopes.get(this.key(n))!;
    const inner = k.filter((c) => !['(', ')', '[', ']', '{', '}'].includes(c.name));
    // element part: up to the first `for`
    const fi = inner.findIndex((c) => c.name === 'for' || c.name === 'async');
    const elt = inner.slice(0, fi);
    const clauses: { kind: 'for' | 'if'; targets?: SyntaxNode[]; iter?: SyntaxNode; cond?: SyntaxNode }[] = [];
    let i = fi;
    while (i < inner.length) {
      const c = inner[i];
      if (c.name === 'async') { i++; continue; }
      if (c.name === 'for') {
        const ii = inner.findIndex((x, j) => j > i && x.name === 'in');
        clauses.push({ kind: 'for', targets: inner.slice(i + 1, ii), iter: inner[ii + 1] });
        i = ii + 2;
      } else if (c.name === 'if') {
        clauses.push({ kind: 'if', cond: inner[i + 1] });
        i += 2;
      } else if (c.name === ',') {
        this.err('Generator expression must be parenthesized', n);
      } else i++;
    }
    const kind = n.name === 'ArrayComprehensionExpression' ? 'list' : n.name === 'SetComprehensionExpression' ? 'set' : n.name === 'DictionaryComprehensionExpression' ? 'dict' : 'gen';
    const lazy = kind === 'gen' && !eager;
    if (this.version === 2 && kind === 'list') {
      // Python 2: inline in the enclosing scope, [list, iterators...] on the stack
      this.emit(Op.BUILD_LIST, 0, n);
      let d = 1;
      const lps: { top: number; fi: number }[] = [];
      const conts: number[][] = [];
      for (const cl of clauses) {
        if (cl.kind === 'for') {
          this.expr(cl.iter!);
          this.emit(Op.GET_ITER, 0, cl.iter!);
          const top = this.here();
          const f = this.emit(Op.FOR_ITER, 0, n);
          this.assignTargetList(cl.targets!, n);
          lps.push({ top, fi: f });
          conts.push([]);
          d++;
        } else {
          this.expr(cl.cond!);
          conts[conts.length - 1].push(this.emit(Op.POP_JUMP_IF_FALSE, 0, cl.cond!));
        }
      }
      this.expr(elt[0]);
      this.emit(Op.LIST_APPEND, d, n);
      for (let li = lps.length - 1; li >= 0; li--) {
        for (const j of conts[li]) this.patch(j, lps[li].top);
        this.emit(Op.JUMP, lps[li].top, null);
        this.patch(lps[li].fi, this.here());
      }
      return;
    }
    const idx = this.reserve();
    const name = kind === 'list' ? '<listcomp>' : kind === 'set' ? '<setcomp>' : kind === 'dict' ? '<dictcomp>' : '<genexpr>';
    const outerQual = this.cb.scope.kind === 'module' ? '' : this.cb.qualname + '.<locals>.';
    const prev = this.beginCode(cs, name, outerQual + name, this.src.lineOf(n.from));
    const savedNode = this.curNode;
    cs.varnames = ['.0', ...cs.varnames.filter((v) => v !== '.0')];
    if (!lazy) this.emit(kind === 'dict' ? Op.BUILD_MAP : kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0, n);
    this.emit(Op.LOAD_FAST, 0, n);
    let depth = 1;
    const loops: { top: number; fi: number }[] = [];
    const jumpsToContinue: number[][] = [];
    let first = true;
    for (const cl of clauses) {
      if (cl.kind === 'for') {
        if (!first) { this.expr(cl.iter!); this.emit(Op.GET_ITER, 0, cl.iter!); }
        first = false;
        const top = this.here();
        const f = this.emit(Op.FOR_ITER, 0, n);
        this.assignTargetList(cl.targets!, n);
        loops.push({ top, fi: f });
        jumpsToContinue.push([]);
        depth++;
      } else {
        this.expr(cl.cond!);
        jumpsToContinue[jumpsToContinue.length - 1].push(this.emit(Op.POP_JUMP_IF_FALSE, 0, cl.cond!));
      }
    }
    if (kind === 'dict') {
      this.expr(elt[0]);
      this.expr(elt[2]);
      this.emit(Op.MAP_ADD, depth, n);
    } else {
      if (elt[0].name === '*') this.err('iterable unpacking cannot be used in comprehension', elt[0]);
      this.expr(elt[0]);
      if (lazy) {
        this.emit(Op.YIELD_VALUE, 0, n);
        this.emit(Op.POP_TOP, 0, n);
      } else this.emit(kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND, depth, n);
    }
    for (let li = loops.length - 1; li >= 0; li--) {
      for (const j of jumpsToContinue[li]) this.patch(j, loops[li].top);
      this.emit(Op.JUMP, loops[li].top, null);
      this.patch(loops[li].fi, this.here());
    }
    if (lazy) {
      this.loadConst(null, n);
      cs.generator = true;
    }
    this.emit(Op.RETURN_VALUE, 0, n);
    this.finishCode(idx, 'comp', 1, 0, false, false, ['.0']);
    this.cb = prev;
    this.curNode = savedNode;
    this.emit(Op.BUILD_TUPLE, 0, n);
    this.loadConst(null, n);
    for (const fv of cs.freevars) this.loadClosure(fv, n);
    this.emit(Op.BUILD_TUPLE, cs.freevars.length, n);
    this.emit(Op.MAKE_FUNCTION, idx, n);
    // first iterable, evaluated in the enclosing scope
    const firstFor = clauses[0];
    this.expr(firstFor.iter!);
    this.emit(Op.GET_ITER, 0, firstFor.iter!);
    this.emit(Op.CALL, 1, n);
    // an eagerly evaluated generator expression is still an iterator
    if (kind === 'gen' && !lazy) this.emit(Op.GET_ITER, 0, n);
  }

  /** The callee is a builtin that consumes an iterable argument entirely before doing anything else. */
  consumesAll(callee: SyntaxNode): boolean {
    if (callee.name === 'VariableName') return ['list', 'tuple', 'set', 'frozenset', 'sorted', 'sum', 'min', 'max', 'dict', 'bytes', 'bytearray'].includes(this.text(callee));
    if (callee.name === 'MemberExpression') {
      const mk = kids(callee);
      return mk[1]?.name === '.' && ['join', 'extend'].includes(this.text(mk[2]));
    }
    return false;
  }

  hasStarArgs(al: SyntaxNode): boolean {
    return kids(al).some((c) => c.name === '*' || c.name === '**' || c.name === 'for');
  }

  /** Number of positional args if the arglist is positional-only, else -1. */
  simpleArgs(al: SyntaxNode): number {
    const k = kids(al).filter((c) => c.name !== '(' && c.name !== ')');
    if (k.some((c) => (c.name === 'AssignOp' && this.isKwOp(c)) || c.name === '*' || c.name === '**' || c.name === 'for')) return -1;
    let n = 0;
    for (let i = 0; i < k.length; i++) { if (k[i].name === ',') continue; i = this.positionalArg(k, i); n++; }
    return n;
  }

  /** An `=` between a keyword argument's name and its value (lezer's AssignOp also covers `:=`). */
  isKwOp(c: SyntaxNode | null | undefined): boolean {
    return !!c && c.name === 'AssignOp' && this.text(c) === '=';
  }

  /** Compile the positional argument at k[i] (`name := value` included); returns the index of its last node. */
  positionalArg(k: SyntaxNode[], i: number): number {
    const c = k[i];
    if (c.name === 'VariableName' && k[i + 1]?.name === 'AssignOp') {
      this.expr(k[i + 2]);
      this.emit(Op.DUP_TOP, 0, c);
      this.nameOp(this.text(c), 'store', c);
      return i + 2;
    }
    this.expr(c);
    return i;
  }

  /** Callee (and for methods, self) is on the stack. Emits args and the call. */
  callArgs(al: SyntaxNode, _extra: number, n: SyntaxNode, eagerGen = false): void {
    const k = kids(al).filter((c) => c.name !== '(' && c.name !== ')');
    if (k.some((c) => c.name === 'for')) {
      // f(x for x in y): generator expression as the only argument
      this.comprehension(al, kids(al), eagerGen);
      this.emit(Op.CALL, 1, n);
      return;
    }
    if (k.some((c) => c.name === '*' || c.name === '**')) {
      // CALL_EX: build a list of positionals and a dict of keywords
      this.emit(Op.BUILD_LIST, 0, n);
      for (let i = 0; i < k.length; i++) {
        const c = k[i];
        if (c.name === ',' || c.name === '**') { if (c.name === '**') i++; continue; }
        if (c.name === '*') { this.expr(k[++i]); this.emit(Op.LIST_EXTEND, 1, n); continue; }
        if (c.name === 'VariableName' && this.isKwOp(k[i + 1])) { i += 2; continue; }
        i = this.positionalArg(k, i);
        this.emit(Op.LIST_APPEND, 1, n);
      }
      this.emit(Op.BUILD_MAP, 0, n);
      for (let i = 0; i < k.length; i++) {
        const c = k[i];
        if (c.name === '**') { this.expr(k[++i]); this.emit(Op.DICT_UPDATE, 2, n); continue; }
        if (c.name === '*') { i++; continue; }
        if (c.name === 'VariableName' && k[i + 1]?.name === 'AssignOp' && !this.isKwOp(k[i + 1])) { i += 2; continue; }
        if (c.name === 'VariableName' && k[i + 1]?.name === 'AssignOp') {
          this.loadConst(this.text(c), c);
          this.expr(k[i + 2]);
          this.emit(Op.MAP_ADD, 1, n);
          i += 2;
        }
      }
      this.emit(Op.CALL_EX, 0, n);
      return;
    }
    const kwNames: string[] = [];
    let argc = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k[i];
      if (c.name === ',') continue;
      if (c.name === 'VariableName' && this.isKwOp(k[i + 1])) {
        const nm = this.text(c);
        if (kwNames.includes(nm)) this.err(`keyword argument repeated: ${nm}`, c);
        kwNames.push(nm);
        this.expr(k[i + 2]);
        i += 2;
        argc++;
        continue;
      }
      if (kwNames.length) this.err('positional argument follows keyword argument', c);
      i = this.positionalArg(k, i);
      argc++;
    }
    if (kwNames.length) {
      this.loadConst({ t: T.TUPLE, a: kwNames }, n);
      this.emit(Op.CALL_KW, argc, n);
    } else this.emit(Op.CALL, argc, n);
  }

  /** Method call with keyword args: [method, self] on the stack (LOAD_METHOD). */
  callKwArgs(al: SyntaxNode, n: SyntaxNode, _method: boolean): void {
    // LOAD_METHOD left [callable-or-marker, self]; use CALL_KW with a flag via CALL_METHOD encoding:
    const k = kids(al).filter((c) => c.name !== '(' && c.name !== ')');
    const kwNames: string[] = [];
    let argc = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k[i];
      if (c.name === ',') continue;
      if (c.name === 'VariableName' && this.isKwOp(k[i + 1])) {
        kwNames.push(this.text(c));
        this.expr(k[i + 2]);
        i += 2;
        argc++;
        continue;
      }
      if (kwNames.length) this.err('positional argument follows keyword argument', c);
      i = this.positionalArg(k, i);
      argc++;
    }
    this.loadConst({ t: T.TUPLE, a: kwNames }, n);
    this.emit(Op.CALL_METHOD, argc | 0x10000, n);
  }

  subscriptIndex(k: SyntaxNode[], n: SyntaxNode): void {
    // k: "[" items "]"
    const inner = k.filter((c) => c.name !== '[' && c.name !== ']');
    // split by commas
    const groups: SyntaxNode[][] = [[]];
    for (const c of inner) { if (c.name === ',') groups.push([]); else groups[groups.length - 1].push(c); }
    if (groups[groups.length - 1].length === 0 && groups.length > 1) groups.pop();
    const one = (g: SyntaxNode[]): void => {
      if (!g.some((c) => c.name === ':')) { this.expr(g[0]); return; }
      // slice: [a]:[b][:[c]]
      const parts: (SyntaxNode | null)[] = [null];
      for (const c of g) { if (c.name === ':') parts.push(null); else parts[parts.length - 1] = c; }
      for (let i = 0; i < 2; i++) { const p = parts[i]; if (p) this.expr(p); else this.loadConst(null, n); }
      if (parts.length === 3) { const p = parts[2]; if (p) this.expr(p); else this.loadConst(null, n); this.emit(Op.BUILD_SLICE, 3, n); }
      else this.emit(Op.BUILD_SLICE, 2, n);
    };
    if (groups.length === 1) one(groups[0]);
    else { for (const g of groups) one(g); this.emit(Op.BUILD_TUPLE, groups.length, n); }
  }

  binary(n: SyntaxNode): void {
    const k = kids(n);
    const opNode = k[1];
    const opName = opNode.name;
    if (opName === 'and' || opName === 'or') {
      this.expr(k[0]);
      const j = this.emit(opName === 'and' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, 0, n);
      this.expr(k[2]);
      this.patch(j, this.here());
      return;
    }
    if (isCompare(k)) {
      // flatten a chain a < b < c (left-nested BinaryExpressions that are comparisons)
      const operands: SyntaxNode[] = [];
      const ops: number[] = [];
      let cur: SyntaxNode = n;
      for (;;) {
        const ck = kids(cur);
        const { op, right } = compareOp(ck, this);
        operands.unshift(right);
        ops.unshift(op);
        if ((op === Cmp.IS || op === Cmp.IS_NOT) && this.version === 3 && this.libFile === null) {
          const leftOperand = ck[0].name === 'BinaryExpression' && isCompare(kids(ck[0])) ? kids(ck[0])[kids(ck[0]).length - 1] : ck[0];
          if (this.isLiteral(right) || this.isLiteral(leftOperand)) {
            const line = this.src.lineOf(cur.from);
            this.warnings.push({ line, msg: op === Cmp.IS ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', text: this.src.lineText(line).trim() });
          }
        }
        if (ck[0].name === 'BinaryExpression' && isCompare(kids(ck[0]))) cur = ck[0];
        else { operands.unshift(ck[0]); break; }
      }
      if (ops.length === 1) {
        this.expr(operands[0]);
        this.expr(operands[1]);
        this.emit(Op.COMPARE, ops[0], n);
        return;
      }
      const cleanups: number[] = [];
      this.expr(operands[0]);
      for (let i = 0; i < ops.length; i++) {
        this.expr(operands[i + 1]);
        if (i < ops.length - 1) {
          this.emit(Op.DUP_TOP, 0, n);
          this.emit(Op.ROT_THREE, 0, n);
          this.emit(Op.COMPARE, ops[i], n);
          cleanups.push(this.emit(Op.JUMP_IF_FALSE_OR_POP, 0, n));
        } else this.emit(Op.COMPARE, ops[i], n);
      }
      const end = this.emit(Op.JUMP, 0, null);
      const cleanup = this.here();
      this.emit(Op.ROT_TWO, 0, n);
      this.emit(Op.POP_TOP, 0, n);
      for (const c of cleanups) this.patch(c, cleanup);
      this.patch(end, this.here());
      return;
    }
    const sym = this.text(opNode);
    let op = BIN_OPS[sym];
    if (op === undefined) this.err('invalid syntax', opNode);
    if (op === Bin.TRUEDIV && this.version === 2 && !this.trueDivision) op = Bin.DIV;
    this.expr(k[0]);
    this.expr(k[2]);
    this.emit(Op.BINARY, op, n);
    this.anchor(opNode.from, opNode.to);
  }
}

function isCompare(k: SyntaxNode[]): boolean {
  const nm = k[1]?.name;
  return nm === 'CompareOp' || nm === 'in' || nm === 'not' || nm === 'is';
}

function compareOp(k: SyntaxNode[], c: Compiler): { op: number; right: SyntaxNode } {
  const a = k[1];
  if (a.name === 'CompareOp') return { op: CMP_OPS[c.text(a)], right: k[2] };
  if (a.name === 'in') return { op: Cmp.IN, right: k[2] };
  if (a.name === 'not') return { op: Cmp.NOT_IN, right: k[3] };
  if (a.name === 'is') {
    if (k[2].name === 'not') return { op: Cmp.IS_NOT, right: k[3] };
    return { op: Cmp.IS, right: k[2] };
  }
  throw new CompileError('invalid syntax', a.from);
}

function targetDesc(t: SyntaxNode, text: string): string {
  switch (t.name) {
    case 'Number': case 'String': case 'Boolean': case 'None': case 'ContinuedString': case 'Ellipsis':
      return t.name === 'None' || t.name === 'Boolean' ? text : 'literal';
    case 'CallExpression': return 'function call';
    case 'BinaryExpression': return /\b(and|or)\b/.test(text) ? 'expression' : isCompareText(text) ? 'comparison' : 'expression';
    case 'UnaryExpression': return 'expression';
    case 'LambdaExpression': return 'lambda';
    case 'ConditionalExpression': return 'conditional expression';
    case 'FormatString': return 'f-string expression';
    case 'ArrayComprehensionExpression': return 'list comprehension';
    case 'DictionaryComprehensionExpression': return 'dict comprehension';
    case 'SetComprehensionExpression': return 'set comprehension';
    case 'ComprehensionExpression': return 'generator expression';
    case 'DictionaryExpression': return 'dict literal';
    case 'SetExpression': return 'set display';
    default: return 'expression';
  }
}
function isCompareText(s: string): boolean { return /(<|>|==|!=|\bin\b|\bis\b)/.test(s); }

function packCols(src: Src, n: SyntaxNode): number {
  const l1 = src.lineOf(n.from), l2 = src.lineOf(n.to);
  const c1 = src.colOf(n.from);
  const c2 = l1 === l2 ? src.colOf(n.to) : 0xffff;
  return (Math.min(c1, 0x7fff) << 16) | Math.min(c2, 0xffff);
}

export { Blk };
