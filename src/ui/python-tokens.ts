/** A small, fast Python tokenizer for colouring code lines (no parser needed for display). */
export type TokenKind = 'kw' | 'str' | 'num' | 'com' | 'builtin' | 'op' | 'plain';
export interface Token { kind: TokenKind; text: string }

const KEYWORDS = new Set([
  'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'exec', 'finally',
  'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'not', 'or', 'pass', 'print', 'raise', 'return',
  'try', 'while', 'with', 'yield', 'None', 'True', 'False', 'nonlocal', 'async', 'await',
]);
const BUILTINS = new Set(['len', 'range', 'str', 'int', 'list', 'dict', 'open', 'repr', 'input', 'bytes', 'self']);
const RE = /(#.*$)|([rRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?))|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]\w*)|([^\sA-Za-z_\d'"#]+)|(\s+)/gy;

export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < line.length && (m = RE.exec(line))) {
    pos = RE.lastIndex;
    const [text, com, str, num, word, op] = m;
    const kind: TokenKind = com ? 'com' : str ? 'str' : num ? 'num'
      : word ? (KEYWORDS.has(word) ? 'kw' : BUILTINS.has(word) ? 'builtin' : 'plain') : op ? 'op' : 'plain';
    const last = out[out.length - 1];
    if (last && last.kind === kind && kind === 'plain') last.text += text;
    else out.push({ kind, text });
  }
  if (pos < line.length) out.push({ kind: 'plain', text: line.slice(pos) });
  return out;
}
