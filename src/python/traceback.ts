/** CPython-style traceback text for an uncaught exception (3.11 or 2.7 format). */
import { type Rt, str } from './objects';
import type { PyInst } from './types';

/**
 * The exception's name as the last traceback line shows it. Python 2's interpreter (`display`: an
 * uncaught exception) qualifies every class outside `exceptions`, __main__'s too; its traceback
 * module (print_exc, threading) does not.
 */
export function excTypeName(rt: Rt, exc: PyInst, display = false): string {
  const c = exc.cls;
  if (display && rt.st.version === 2 && c.module === '__main__') return `__main__.${c.qualname}`;
  if (c.module === 'builtins' || c.module === '__main__' || c.module === 'exceptions') return c.qualname;
  return `${c.module}.${c.qualname}`;
}

export function excLastLine(rt: Rt, exc: PyInst, display = false): string {
  let msg: string;
  try {
    msg = str(rt, exc);
  } catch {
    msg = '<exception str() failed>';
  }
  const name = excTypeName(rt, exc, display);
  const sg = rt.st.version === 3 ? exc.dict.get('__suggestion__') : undefined;
  if (typeof sg === 'string') msg += `. Did you mean: '${sg}'?`;
  return msg === '' ? name : `${name}: ${msg}`;
}

function tbLines(rt: Rt, exc: PyInst): string {
  const prog = rt.prog;
  let out = '';
  const tb = exc.tb ?? [];
  if (tb.length === 0) return '';
  out += 'Traceback (most recent call last):\n';
  let prevKey = '';
  let repeat = 0;
  const flush = (): void => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  for (let i = tb.length - 1; i >= 0; i--) {
    const e = tb[i];
    const key = `${e.line}:${e.name}`;
    if (key === prevKey) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      prevKey = key;
      repeat = 1;
    }
    const file = prog.codes[e.code]?.file;
    out += `  File "${file ?? prog.filename}", line ${e.line}, in ${e.name}\n`;
    const text = file === undefined ? prog.lines[e.line - 1] : undefined;
    if (text !== undefined) {
      const stripped = text.trim();
      if (stripped) {
        out += `    ${stripped}\n`;
        if (rt.st.version === 3) out += carets(rt, e.code, e.pc, text, stripped);
      }
    }
  }
  flush();
  return out;
}

function carets(rt: Rt, codeIdx: number, i: number, text: string, stripped: string): string {
  const code = rt.prog.codes[codeIdx];
  const packed = code.cols[i];
  if (packed === undefined || packed < 0) return '';
  const c1 = packed >>> 16;
  let c2 = packed & 0xffff;
  const indent = text.length - text.trimStart().length;
  const lineEnd = indent + stripped.length;
  if (c2 === 0xffff || c2 > lineEnd) c2 = lineEnd;
  if (c2 <= c1) return '';
  const an = code.anchors[i];
  if (an !== undefined && an >= 0) {
    const a1 = an >>> 16, a2 = an & 0xffff;
    let s = '';
    for (let c = c1; c < c2; c++) s += c >= a1 && c < a2 ? '^' : '~';
    return '    ' + ' '.repeat(c1 - indent) + s + '\n';
  }
  if (c1 <= indent && c2 >= lineEnd) return '';
  return '    ' + ' '.repeat(c1 - indent) + '^'.repeat(c2 - c1) + '\n';
}

export function formatTraceback(rt: Rt, exc: PyInst, seen: Set<PyInst> = new Set(), display = false): string {
  seen.add(exc);
  let out = '';
  if (rt.st.version === 3) {
    const cause = exc.cause;
    const ctx = exc.context;
    if (cause && cause.t !== undefined && !seen.has(cause)) {
      out += formatTraceback(rt, cause, seen);
      out += '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (ctx && !(exc as { suppressContext?: boolean }).suppressContext && !seen.has(ctx)) {
      out += formatTraceback(rt, ctx, seen);
      out += '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
  }
  out += tbLines(rt, exc);
  out += excLastLine(rt, exc, display) + '\n';
  return out;
}
