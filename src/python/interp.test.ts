/**
 * Interpreter unit tests. Expected texts were taken from python3 3.11.7 on this machine
 * (syntax errors, reprs, messages); Python 2 forms follow Python 2.7.
 */
import { describe, expect, it } from 'vitest';
import { compile, createProcess, currentLine, frameViews, lastSyscall, runStep, blockedReason, type StepStatus } from './index';
import type { PyState } from './types';
import { makeWorld, runWorld } from './testing';

const LECTURE_SERVER = `import select
import socket
import sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('',50000))
server.listen(30)
input = [server]
while 1:
    inputready,outputready,exceptready = select.select(input,[],[])
    for s in inputready:
        if s == server:
            client, address = server.accept()
            input.append(client)
        else:
            data = s.recv(4096)
            print data
server.close()
`;
const LECTURE_CLIENT = `import socket
import sys

 
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send("Hello Server!")
s.close()
`;

/** Run a program that needs no network on a stand-in kernel. */
function run(src: string, mode: 2 | 3 | 'auto' = 3, maxSteps = 100000) {
  const r = compile(src, 'prog.py', mode);
  if (!r.ok) throw new Error(r.error.formatted);
  const st = createProcess(r.program, { pid: 1, argv: ['prog.py'] });
  const k = { now: 0 } as never;
  let status: StepStatus = { kind: 'running' };
  let steps = 0;
  while (steps < maxSteps) {
    status = runStep(r.program, st, k);
    steps++;
    if (status.kind !== 'running') break;
  }
  const stdout = st.output.filter((o) => o.stream === 'stdout').map((o) => o.text).join('');
  const stderr = st.output.filter((o) => o.stream === 'stderr').map((o) => o.text).join('');
  return { stdout, stderr, status, steps, st, program: r.program };
}

/** Run on a real simulated kernel (single host, loopback). */
function runNet(src: string, mode: 2 | 3 | 'auto' = 3) {
  const w = makeWorld([{ source: src, host: 'server', mode }]);
  runWorld(w, 100000, 600000);
  const p = w.procs[0];
  return { stdout: p.stdout, stderr: p.stderr, status: p.status, st: p.st, w };
}

const lastLine = (s: string) => s.trimEnd().split('\n').pop();

describe('compile: syntax errors as CPython 3.11 reports them', () => {
  const cases: [string, string][] = [
    ['print data\n', '  File "prog.py", line 1\n    print data\n    ^^^^^^^^^^\nSyntaxError: Missing parentheses in call to \'print\'. Did you mean print(...)?\n'],
    ['if x\n    pass\n', '  File "prog.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n'],
    ['x = = 1\n', '  File "prog.py", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n'],
    ['x = (1,\ny = 2\n', '  File "prog.py", line 1\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n'],
    ['x = 1)\n', '  File "prog.py", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched \')\'\n'],
    ["s = 'abc\n", '  File "prog.py", line 1\n    s = \'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n'],
    ['def f():\nreturn 1\n', '  File "prog.py", line 2\n    return 1\n    ^\nIndentationError: expected an indented block after function definition on line 1\n'],
    ['  x = 1\n', '  File "prog.py", line 1\n    x = 1\nIndentationError: unexpected indent\n'],
    ['return 5\n', '  File "prog.py", line 1\n    return 5\n    ^^^^^^^^\nSyntaxError: \'return\' outside function\n'],
    ['break\n', '  File "prog.py", line 1\n    break\n    ^^^^^\nSyntaxError: \'break\' outside loop\n'],
    ['1 = x\n', '  File "prog.py", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant \'==\' instead of \'=\'?\n'],
    ['f() = 3\n', '  File "prog.py", line 1\n    f() = 3\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant \'==\' instead of \'=\'?\n'],
    ['try:\n    pass\nexcept socket.error, e:\n    pass\n', '  File "prog.py", line 3\n    except socket.error, e:\n           ^^^^^^^^^^^^^^^\nSyntaxError: multiple exception types must be parenthesized\n'],
    ['x = 10L\n', '  File "prog.py", line 1\n    x = 10L\n         ^\nSyntaxError: invalid decimal literal\n'],
    ['while 1: pass\n  y\n', '  File "prog.py", line 2\n    y\nIndentationError: unexpected indent\n'],
    ['for x in y\n  pass\n', '  File "prog.py", line 1\n    for x in y\n              ^\nSyntaxError: expected \':\'\n'],
    ['x = [1, 2\n', '  File "prog.py", line 1\n    x = [1, 2\n        ^\nSyntaxError: \'[\' was never closed\n'],
    ['def f(:\n  pass\n', '  File "prog.py", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n'],
  ];
  for (const [src, formatted] of cases) {
    it(JSON.stringify(src), () => {
      const r = compile(src, 'prog.py', 3);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.formatted).toBe(formatted);
      expect(r.error.type).toBe('SyntaxError');
      expect(r.error.line).toBeGreaterThan(0);
    });
  }
  it('reports line and column (1-based) and the line text', () => {
    const r = compile('x = 1\nif x\n    pass\n', 'p.py', 3);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ type: 'SyntaxError', msg: "expected ':'", line: 2, col: 5, text: 'if x' });
  });
  it('never throws on hostile text', () => {
    const junk = ['', '\x00\x01', ')))', '"""', 'def', 'class (', 'lambda: lambda: (', '\t\t\tx', 'a' + '('.repeat(500), 'x = ' + '['.repeat(3000) + ']'.repeat(3000), 'if 1:\n' + '  '.repeat(200) + 'x', '\u202e\u0000\uffff', 'yield 1', 'async def f(): await x', 'match x:\n case 1: pass', 'x := 5', '@', 'from . import x', 'import *'];
    for (const j of junk) {
      const r = compile(j, 'j.py', 'auto');
      if (!r.ok) expect(r.error.type).toBe('SyntaxError');
      else {
        const st = createProcess(r.program, { pid: 1, argv: [] });
        for (let i = 0; i < 50 && runStep(r.program, st, { now: 0 } as never).kind === 'running'; i++);
      }
    }
  });
});

describe('Python 2 / 3 detection', () => {
  it('the lecture server and client are Python 2 in auto mode', () => {
    const s = compile(LECTURE_SERVER, 'server.py', 'auto');
    const c = compile(LECTURE_CLIENT, 'client.py', 'auto');
    expect(s.ok && s.program.version).toBe(2);
    expect(c.ok && c.program.version).toBe(2);
  });
  it('Python 3 code stays Python 3; explicit modes override', () => {
    const r = compile('print("hi", end="")\nx = f"{1}"\n', 'p.py', 'auto');
    expect(r.ok && r.program.version).toBe(3);
    const forced = compile(LECTURE_CLIENT, 'client.py', 3);
    expect(forced.ok && forced.program.version).toBe(3);
    const e = compile('try:\n    pass\nexcept ValueError, e:\n    pass\n', 'p.py', 'auto');
    expect(e.ok && e.program.version).toBe(2);
  });
  it('a str sent by a program using Python-3-only names or modules is a Python 3 mistake', () => {
    const send = "import socket\ns = socket.socket()\ns.send('hi')\n";
    const py2 = compile(send, 'p.py', 'auto');
    expect(py2.ok && py2.program.version).toBe(2);
    for (const extra of ['except ConnectionRefusedError:\n    pass\n', 'except BlockingIOError as e:\n    pass\n']) {
      const r = compile(send.replace("s.send('hi')\n", "try:\n    s.send('hi')\n" + extra), 'p.py', 'auto');
      expect(r.ok && r.program.version).toBe(3);
    }
    for (const imp of ['import queue\n', 'import socketserver\n', 'from concurrent.futures import ThreadPoolExecutor\n', 'import selectors\n']) {
      const r = compile(imp + send, 'p.py', 'auto');
      expect(r.ok && r.program.version).toBe(3);
    }
    // a Python 2 program may well name a variable queue
    const q = compile('import Queue\nqueue = Queue.Queue()\n' + send, 'p.py', 'auto');
    expect(q.ok && q.program.version).toBe(2);
  });
  it('Python 3 mode rejects the print statement like CPython', () => {
    const r = compile(LECTURE_SERVER, 'server.py', 3);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.msg).toBe("Missing parentheses in call to 'print'. Did you mean print(...)?");
  });
});

describe('values, reprs and messages (checked against python3)', () => {
  it('reprs', () => {
    const r = run(`print(repr(1.0), repr(0.1+0.2), 1e16, 1e-5, 2**70, -7//2, 7%-3, repr('it\\'s'), b'\\x00\\xff', {1: [2, (3,)]}, set(), (1,), None, True)
print(repr(OSError(111, 'Connection refused')), str(OSError(111, 'Connection refused')), repr(TimeoutError('timed out')))
print(type(ConnectionRefusedError(111, 'x')).__mro__)
`);
    expect(r.stdout).toBe(`1.0 0.30000000000000004 1e+16 1e-05 1180591620717411303424 -4 -2 "it's" b'\\x00\\xff' {1: [2, (3,)]} set() (1,) None True
ConnectionRefusedError(111, 'Connection refused') [Errno 111] Connection refused TimeoutError('timed out')
(<class 'ConnectionRefusedError'>, <class 'ConnectionError'>, <class 'OSError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
`);
  });
  it('big ints switch to bigint and back', () => {
    const r = run('x = 2**53\ny = x * x\nprint(y, y // x == x, type(y), (y - y) + 1)\n');
    expect(r.stdout).toBe("81129638414606681695789005144064 True <class 'int'> 1\n");
  });
  it('closures, nonlocal, classes, super', () => {
    const r = run(`def mk():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = mk(); f(); print(f())
class A:
    def __init__(self, x): self.x = x
    def get(self): return self.x
class B(A):
    def get(self): return super().get() * 10
print(B(4).get(), A(1).x)
class E(Exception): pass
try:
    raise E('bad')
except Exception as e:
    print(type(e).__name__, e, e.args)
`);
    expect(r.stdout).toBe("2\n40 1\nE bad ('bad',)\n");
  });
});

describe('exceptions and tracebacks', () => {
  it('uncaught exception: CPython traceback, exit code 1', () => {
    const r = run('def f(a):\n    return a + y\nx = 1\nz = f(x) * 2\n');
    expect(r.stderr).toBe(`Traceback (most recent call last):
  File "prog.py", line 4, in <module>
    z = f(x) * 2
        ^^^^
  File "prog.py", line 2, in f
    return a + y
               ^
NameError: name 'y' is not defined
`);
    expect(r.status).toEqual({ kind: 'exited', code: 1 });
  });
  it('NameError gets the 3.11 "Did you mean" hint', () => {
    expect(lastLine(run('import socket\nsock.accept()\n').stderr)).toBe("NameError: name 'sock' is not defined. Did you mean: 'socket'?");
  });
  it('sys.exit(n) exits with n; a message goes to stderr with code 1', () => {
    expect(run('import sys\nsys.exit(3)\n').status).toEqual({ kind: 'exited', code: 3 });
    const m = run('import sys\nsys.exit("usage: client.py host")\n');
    expect(m.status).toEqual({ kind: 'exited', code: 1 });
    expect(m.stderr).toBe('usage: client.py host\n');
  });
  it('RecursionError at ~1000 frames', () => {
    const r = run('def f(n):\n    return f(n + 1)\nf(0)\n');
    expect(lastLine(r.stderr)).toBe('RecursionError: maximum recursion depth exceeded');
    expect(r.stderr).toContain('[Previous line repeated 996 more times]');
  });
  it('try/except/else/finally, break through finally, return from finally', () => {
    const r = run(`def g():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        return "try"
    finally:
        print("cleanup")
print(h())
`);
    expect(r.stdout).toBe('fin 0\nfin 1\nfin 2\n2\ncleanup\ntry\n');
  });
});

describe('stepping and state', () => {
  it('one line per step; a while header counts each time it is evaluated', () => {
    const r = compile('i = 0\nwhile i < 2:\n    i += 1\nprint(i)\n', 'p.py', 3);
    if (!r.ok) throw new Error();
    const st = createProcess(r.program, { pid: 1, argv: [] });
    const lines: (number | null)[] = [currentLine(st)];
    for (;;) {
      const s = runStep(r.program, st, { now: 0 } as never);
      lines.push(currentLine(st));
      if (s.kind !== 'running') break;
    }
    expect(lines).toEqual([1, 2, 3, 2, 3, 2, 4, null]);
  });
  it('a for header is one step per iteration', () => {
    const r = compile('for x in [1, 2]:\n    y = x\nz = 0\n', 'p.py', 3);
    if (!r.ok) throw new Error();
    const st = createProcess(r.program, { pid: 1, argv: [] });
    const lines: (number | null)[] = [currentLine(st)];
    while (runStep(r.program, st, { now: 0 } as never).kind === 'running') lines.push(currentLine(st));
    expect(lines).toEqual([1, 2, 1, 2, 1, 3]);
  });
  it('structuredClone(state) is a snapshot that resumes exactly', () => {
    const src = `def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
class P:
    def __init__(self): self.items = {}
p = P()
for i in range(30):
    p.items[i] = fib(i)
    if i % 7 == 0:
        print(i, p.items[i], [x for x in range(i) if x % 5 == 0])
print(len(p.items), 2 ** 80)
`;
    const r = compile(src, 'p.py', 3);
    if (!r.ok) throw new Error();
    const k = { now: 0 } as never;
    const st = createProcess(r.program, { pid: 1, argv: [] });
    for (let i = 0; i < 150; i++) runStep(r.program, st, k);
    const snap = structuredClone(st) as PyState;
    const finish = (s: PyState) => {
      while (runStep(r.program, s, k).kind === 'running');
      return s.output.map((o) => o.text).join('');
    };
    const a = finish(st);
    const b = finish(snap);
    expect(b).toBe(a);
    expect(a).toContain('30 1208925819614629174706176');
  });
  it('frameViews: module variables, function frames, modules last', () => {
    const r = compile('import socket\nx = [1, "a"]\ndef f(a):\n    b = a * 2\n    return b\nf(21)\n', 'p.py', 3);
    if (!r.ok) throw new Error();
    const st = createProcess(r.program, { pid: 1, argv: [] });
    const k = { now: 0 } as never;
    while (currentLine(st) !== 5) runStep(r.program, st, k);
    const v = frameViews(r.program, st);
    expect(v.map((f) => f.name)).toEqual(['<module>', 'f']);
    expect(v[0].vars.map((x) => [x.name, x.repr])).toEqual([['x', "[1, 'a']"], ['f', expect.stringMatching(/^<function f at 0x/)], ['socket', expect.stringContaining("<module 'socket'")]]);
    expect(v[0].vars[2].kind).toBe('module');
    expect(v[1].vars).toEqual([{ name: 'a', repr: '21' }, { name: 'b', repr: '42' }]);
  });
});

describe("modules' reprs, as this machine's python2.7 and python3 print them", () => {
  const SRC2 = 'import socket, select, sys, time, errno, struct, os, random\nfor m in (socket, select, sys, time, errno, struct, os, random):\n    print repr(m)\n';
  it('Python 2.7', () => {
    expect(run(SRC2, 2).stdout).toBe([
      "<module 'socket' from '/root/.pyenv/versions/2.7.18/lib/python2.7/socket.pyc'>",
      "<module 'select' from '/root/.pyenv/versions/2.7.18/lib/python2.7/lib-dynload/select.so'>",
      "<module 'sys' (built-in)>",
      "<module 'time' from '/root/.pyenv/versions/2.7.18/lib/python2.7/lib-dynload/time.so'>",
      "<module 'errno' (built-in)>",
      "<module 'struct' from '/root/.pyenv/versions/2.7.18/lib/python2.7/struct.pyc'>",
      "<module 'os' from '/root/.pyenv/versions/2.7.18/lib/python2.7/os.pyc'>",
      "<module 'random' from '/root/.pyenv/versions/2.7.18/lib/python2.7/random.pyc'>",
      '',
    ].join('\n'));
  });
  it('Python 3', () => {
    expect(run(SRC2.replace('print repr(m)', 'print(repr(m))'), 3).stdout).toBe([
      "<module 'socket' from '/root/.pyenv/versions/3.11.7/lib/python3.11/socket.py'>",
      "<module 'select' from '/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/select.cpython-311-x86_64-linux-gnu.so'>",
      "<module 'sys' (built-in)>",
      "<module 'time' (built-in)>",
      "<module 'errno' (built-in)>",
      "<module 'struct' from '/root/.pyenv/versions/3.11.7/lib/python3.11/struct.py'>",
      "<module 'os' (frozen)>",
      "<module 'random' from '/root/.pyenv/versions/3.11.7/lib/python3.11/random.py'>",
      '',
    ].join('\n'));
  });
  it('the variables panel shows the Python 2 form in a Python 2 program', () => {
    const r = run('import socket\nimport select\nx = 1\n', 2);
    const v = frameViews(r.program, r.st);
    expect(v[0].vars.filter((x) => x.kind === 'module').map((x) => [x.name, x.repr])).toEqual([
      ['socket', "<module 'socket' from '/root/.pyenv/versions/2.7.18/lib/python2.7/socket.pyc'>"],
      ['select', "<module 'select' from '/root/.pyenv/versions/2.7.18/lib/python2.7/lib-dynload/select.so'>"],
    ]);
  });
  it("an ImportError names the module's file, as Python 3 does", () => {
    expect(run('from socket import nope\n', 3).stderr).toMatch(/ImportError: cannot import name 'nope' from 'socket' \(\/root\/\.pyenv\/versions\/3\.11\.7\/lib\/python3\.11\/socket\.py\)\n$/);
    expect(run('from sys import nope\n', 3).stderr).toMatch(/ImportError: cannot import name 'nope' from 'sys' \(unknown location\)\n$/);
  });
});

describe('bad input never hangs or crashes', () => {
  it('a one-line infinite loop yields at the instruction budget', () => {
    const r = compile('while 1: pass\n', 'p.py', 3);
    if (!r.ok) throw new Error();
    const st = createProcess(r.program, { pid: 1, argv: [] });
    expect(runStep(r.program, st, { now: 0 } as never).kind).toBe('running');
    expect(runStep(r.program, st, { now: 0 } as never).kind).toBe('running');
  });
  it('huge lists and strings raise MemoryError', () => {
    expect(lastLine(run('x = [0] * (10 ** 9)\n').stderr)).toBe('MemoryError');
    expect(lastLine(run('s = "ab" * (10 ** 8)\n').stderr)).toBe('MemoryError');
    expect(lastLine(run('x = [0] * 6000000\ny = x + x\n').stderr)).toBe('MemoryError');
  });
  it('huge comprehension stops at the step boundary instead of hanging', () => {
    const r = compile('x = [i for i in range(10 ** 12)]\n', 'p.py', 3);
    if (!r.ok) throw new Error();
    const st = createProcess(r.program, { pid: 1, argv: [] });
    expect(runStep(r.program, st, { now: 0 } as never).kind).toBe('running');
  });
});

describe('Python 2 semantics', () => {
  it('print statement forms, integer division, str is bytes', () => {
    const r = run('import sys\nprint "a", 1,\nprint "b"\nprint\nprint >>sys.stderr, "err", 2\nprint 7 / 2, -7 / 2, 7.0 / 2\nprint repr("x"), repr(u"x"), type("x")\nprint ("t", 1)\n', 2);
    expect(r.stdout).toBe("a 1 b\n\n3 -4 3.5\n'x' u'x' <type 'str'>\n('t', 1)\n");
    expect(r.stderr).toBe('err 2\n');
  });
  it('except E, e and raise E, msg', () => {
    const r = run('try:\n    raise ValueError, "v"\nexcept ValueError, e:\n    print "got", e, repr(e)\n', 2);
    expect(r.stdout).toBe("got v ValueError('v',)\n");
  });
  it('socket.error format and traceback last line', () => {
    const r = runNet('import socket\ns = socket.socket()\ns.connect(("127.0.0.1", 1))\n', 2);
    expect(lastLine(r.stderr)).toBe('socket.error: [Errno 111] Connection refused');
  });
});

describe('sockets on the simulated kernel', () => {
  it('the lecture pair: the server prints Hello Server! then blank lines forever', () => {
    const w = makeWorld([
      { source: LECTURE_SERVER, host: 'server', filename: 'server.py' },
      { source: LECTURE_CLIENT, host: 'client', filename: 'client.py', startAt: 5 },
    ]);
    runWorld(w, 400, 10000);
    const [server, client] = w.procs;
    expect(client.status).toEqual({ kind: 'exited', code: 0 });
    expect(server.status.kind).toBe('running');
    expect(server.stdout.startsWith('Hello Server!\n\n\n')).toBe(true);
    expect(server.stderr).toBe('');
  });
  it('the lecture client in Python 3 mode raises TypeError exactly as CPython', () => {
    const w = makeWorld([
      { source: LECTURE_SERVER, host: 'server', filename: 'server.py' },
      { source: LECTURE_CLIENT, host: 'client', filename: 'client.py', mode: 3, startAt: 5 },
    ]);
    runWorld(w, 200, 10000);
    expect(w.procs[1].stderr).toBe(`Traceback (most recent call last):
  File "client.py", line 7, in <module>
    s.send("Hello Server!")
TypeError: a bytes-like object is required, not 'str'
`);
  });
  it('blocking: status carries the wait, its reason and the syscall', () => {
    const w = makeWorld([{ source: 'import socket\ns = socket.socket()\ns.bind(("", 50000))\ns.listen()\nc, a = s.accept()\n', host: 'server', mode: 3 }]);
    const p = w.procs[0];
    let s: StepStatus = { kind: 'running' };
    for (let i = 0; i < 10 && s.kind === 'running'; i++) s = runStep(p.program, p.st, w.k);
    expect(s.kind).toBe('blocked');
    if (s.kind === 'blocked') {
      expect(s.reason).toMatch(/accept/);
      expect(s.wait?.op).toBe('accept');
    }
    expect(blockedReason(p.st)).toMatch(/accept/);
    expect(lastSyscall(p.st)?.name).toBe('accept');
    expect(currentLine(p.st)).toBe(5);
  });
  it('settimeout: TimeoutError("timed out") with errno None, in simulated time', () => {
    const r = runNet(`import socket, time
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
a.settimeout(0.5)
t0 = time.time()
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.errno, e.args, round(time.time() - t0, 3))
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print(e)
print(a.gettimeout(), l.accept if False else 'ok')
a.recv(10, socket.MSG_DONTWAIT) if False else None
a.settimeout(0.2)
try:
    a.recv(10, socket.MSG_DONTWAIT)
except TimeoutError as e:
    print('dontwait waited', e)
try:
    a.recv(-1)
except ValueError as e:
    print(e)
a.close()
print(a.fileno())
try:
    a.send(b'x')
except OSError as e:
    print(e)
import select
try:
    select.select([a], [], [], 0)
except ValueError as e:
    print(e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
time.sleep(1.5)
print(round(time.time() - t0, 3))
l.settimeout(0.1)
l.accept()
`);
    expect(r.stdout).toBe(`TimeoutError timed out None ('timed out',) 0.5
[Errno 11] Resource temporarily unavailable
0.0 ok
dontwait waited timed out
negative buffersize in recv
-1
[Errno 9] Bad file descriptor
file descriptor cannot be a negative integer (-1)
timeout must be non-negative
2.201
`);
    // 2.2 s of timeouts and sleep, plus Linux's timer slack (0.1% of a poll timeout, 50 µs for a sleep)
    expect(lastLine(r.stderr)).toBe('TimeoutError: timed out');
  });
  it('connection refused: exception, connect_ex and the uncaught traceback', () => {
    const r = runNet(`import socket
s = socket.socket()
print(s.connect_ex(('127.0.0.1', 1)))
try:
    socket.socket().connect(('127.0.0.1', 1))
except ConnectionRefusedError as e:
    print(e.errno, e.strerror, isinstance(e, OSError), isinstance(e, socket.error))
socket.socket().connect(('127.0.0.1', 1))
`);
    expect(r.stdout).toBe('111\n111 Connection refused True True\n');
    expect(r.stderr).toBe(`Traceback (most recent call last):
  File "prog.py", line 8, in <module>
    socket.socket().connect(('127.0.0.1', 1))
ConnectionRefusedError: [Errno 111] Connection refused
`);
  });
  it('an echo exchange with sendall, context managers and an accepted blocking socket', () => {
    const r = runNet(`import socket
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as l:
    l.setblocking(False)
    l.bind(('127.0.0.1', 0)); l.listen()
    c = socket.socket(); c.connect(l.getsockname())
    a, addr = l.accept()
    print(a.gettimeout(), addr == c.getsockname(), repr(l.family), l.type)
    c.sendall(b'x' * 100000)
    got = 0
    while got < 100000:
        got += len(a.recv(65536))
    print(got)
    c.close()
    print(a.recv(10), a.recv(10))
print(l.fileno())
`);
    expect(r.stdout).toBe("None True <AddressFamily.AF_INET: 2> 1\n100000\nb'' b''\n-1\n");
  });
});

describe('generators', () => {
  it('yield, next with default, send, yield from with a return value, builtins consuming generators', () => {
    const r = run(`def gen(n):
    for i in range(n):
        yield i * 2
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def inner():
    yield 1
    return 'r'
def outer():
    r = yield from inner()
    yield r
g = gen(3)
print(type(g).__name__, next(g), list(g), next(g, 'end'), sum(gen(4)), sorted(gen(3), reverse=True))
a = acc(); next(a); a.send(5)
print(a.send(10), list(outer()))
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)
for x in gen(2):
    print(x)
`);
    expect(r.stdout).toBe("generator 0 [2, 4] end 12 [4, 2, 0]\n15 [1, 'r']\nfinal 15\n0\n2\n");
  });
  it('a generator frame steps line by line and may block in recv while a for loop consumes it', () => {
    const r = runNet(`import socket
def chunks(sock):
    while True:
        d = sock.recv(3)
        if not d:
            return
        yield d
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.create_connection(l.getsockname()); a, _ = l.accept()
c.sendall(b'abcdefg'); c.close()
for d in chunks(a):
    print(d)
`);
    expect(r.stdout).toBe("b'abc'\nb'def'\nb'g'\n");
  });
  it("an exception inside a generator ends it and propagates to the consumer", () => {
    const r = run(`def bad():
    yield 1
    raise ValueError('boom')
g = bad()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
print(next(g, 'finished'))
`);
    expect(r.stdout).toBe('1\ncaught boom\nfinished\n');
  });
  it("'yield' outside a function is a SyntaxError", () => {
    const r = compile('yield 1\n', 'prog.py', 3);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.msg).toBe("'yield' outside function");
  });
});

describe('standard library modules', () => {
  it('json.dumps / json.loads and JSONDecodeError as CPython words it', () => {
    const r = run(`import json
print(json.dumps({"a": [1, 2.0, None, True], "b": "\\u00e9"}), json.dumps([], indent=2), json.dumps({"k": [1]}, indent=1))
print(json.loads('{"x": [1, 2.5, "s", null, false]}'))
try:
    json.loads('{"a": 1,}')
except ValueError as e:
    print(type(e).__name__, e)
json.loads(b"")
`);
    expect(r.stdout).toBe('{"a": [1, 2.0, null, true], "b": "\\u00e9"} [] {\n "k": [\n  1\n ]\n}\n'
      + "{'x': [1, 2.5, 's', None, False]}\nJSONDecodeError Expecting property name enclosed in double quotes: line 1 column 9 (char 8)\n");
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)');
  });
  it('collections: defaultdict, Counter, OrderedDict, deque, namedtuple', () => {
    const r = run(`from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
d = defaultdict(list); d["a"].append(1)
c = Counter("abracadabra")
P = namedtuple("P", "x y")
q = deque([1, 2, 3], maxlen=3); q.append(4)
print(d, c.most_common(2), OrderedDict(a=1), q, q.popleft(), P(1, y=2), P(1, 2).x, type(c).__name__)
x, y = P(3, 4)
print(x + y, P._fields, dict(d), len(q))
`);
    expect(r.stdout).toBe("defaultdict(<class 'list'>, {'a': [1]}) [('a', 5), ('b', 2)] OrderedDict([('a', 1)]) deque([3, 4], maxlen=3) 2 P(x=1, y=2) 1 Counter\n7 ('x', 'y') {'a': [1]} 2\n");
  });
  it('selectors: register, select (blocking through select.poll), unregister', () => {
    const r = runNet(`import selectors, socket
sel = selectors.DefaultSelector()
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
sel.register(l, selectors.EVENT_READ, data='listener')
c = socket.create_connection(l.getsockname())
for key, mask in sel.select():
    print(key.data, mask, key.fileobj is l)
a, _ = l.accept()
sel.register(a, selectors.EVENT_READ, data='conn')
c.sendall(b'ping')
print([(k.data, m) for k, m in sel.select(timeout=1)])
print(sel.unregister(a).data, len(sel.get_map()))
`);
    expect(r.stdout).toBe("listener 1 True\n[('conn', 1)]\nconn 1\n");
  });
  it('queue: FIFO/LIFO order and Empty from get_nowait', () => {
    const r = run(`import queue
q = queue.Queue(); q.put(1); q.put(2)
lq = queue.LifoQueue(); lq.put(1); lq.put(2)
print(q.get(), q.qsize(), lq.get(), q.empty())
q.get(); q.get_nowait()
`);
    expect(r.stdout).toBe('1 1 2 False\n');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('_queue.Empty');
  });
});

describe('CPython fidelity of formatting, bytes and error messages', () => {
  it('printf-style rounding breaks exact ties to even; format() with an empty spec is str()', () => {
    const r = run(`print('%.0f %.0f %.2f %.1f' % (0.5, 2.5, 0.125, 0.25), f'{1.5:.0f}', format(True), f'{True:>3}', '%.0f' % 1e22)
x = 3
print(f"{x + 1 = }", f"{x=}", "{!a}".format("é"))
`);
    expect(r.stdout).toBe("0 2 0.12 0.2 2 True   1 10000000000000000000000\nx + 1 = 4 x=3 '\\xe9'\n");
  });
  it('bytes.fromhex, bytearray += and del, encode/decode error handlers and messages', () => {
    const r = run(`ba = bytearray(b'ab'); ba += b'cd'; del ba[:1]
print(bytes.fromhex('41 42'), ba, 'aéb'.encode('ascii', 'replace'), 'aéb'.encode('ascii', 'ignore'), '€'.encode('latin-1', 'xmlcharrefreplace'))
for b in [b'ab\\xe9', b'\\xff', b'\\xe9A', b'\\xf0\\x9f\\x98']:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e)
`);
    expect(r.stdout).toBe("b'AB' bytearray(b'bcd') b'a?b' b'ab' b'&#8364;'\n"
      + "'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data\n"
      + "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n"
      + "'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte\n"
      + "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data\n");
  });
  it('messages: sequence * str, int() base, min(), round(str), dict([1]); next() on a generator expression; copy', () => {
    const r = run(`import copy
for f in [lambda: 'a' * 'b', lambda: int('1', 40), lambda: min(), lambda: round('x'), lambda: dict([1])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(next(x for x in [3, 4] if x > 3))
a = {'k': [1]}; b = copy.deepcopy(a); b['k'].append(2); print(a, b, copy.copy([1, [2]]))
`);
    expect(r.stdout).toBe("TypeError can't multiply sequence by non-int of type 'str'\nValueError int() base must be >= 2 and <= 36, or 0\n"
      + "TypeError min expected at least 1 argument, got 0\nTypeError type str doesn't define __round__ method\n"
      + "TypeError cannot convert dictionary update sequence element #0 to a sequence\n4\n{'k': [1]} {'k': [1, 2]} [1, [2]]\n");
  });
});

describe('struct and input()', () => {
  it('struct.Struct, unpack_from and CPython 3.11 struct.error wording', () => {
    const r = run(`import struct
h = struct.Struct('!IH')
print(h.size, h.pack(5, 2), h.unpack(b'\\x00\\x00\\x00\\x05\\x00\\x02'), struct.unpack_from('!H', b'\\x00\\x01\\x00\\x02', 2))
for fmt, v in [('!I', -1), ('!B', 256), ('H', -1), ('!q', 2**63), ('!h', 40000), ('!H', 'x'), ('!f', 'x'), ('!c', b'ab')]:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(e)
`);
    expect(r.stdout).toBe("6 b'\\x00\\x00\\x00\\x05\\x00\\x02' (5, 2) (2,)\nargument out of range\nubyte format requires 0 <= number <= 255\n"
      + "ushort format requires 0 <= number <= 65535\nint too large to convert\n'h' format requires -32768 <= number <= 32767\n"
      + 'required argument is not an integer\nrequired argument is not a float\nchar format requires a bytes object of length 1\n');
  });
  it('input() writes its prompt before raising EOFError', () => {
    const r = run(`try:\n    input('> ')\nexcept EOFError as e:\n    print(repr(e))\n`);
    expect(r.stdout).toBe("> EOFError('EOF when reading a line')\n");
  });
});

describe('Python 2 details', () => {
  it("__repr__ may return a (byte) str; a class's __name__ is a str", () => {
    const r = run(`class C(object):
    def __repr__(self):
        return "<C>"
print [C()], repr(type(1).__name__), repr(C.__name__)
`, 2);
    expect(r.stdout).toBe("[<C>] 'int' 'C'\n");
  });
});

describe('scopes and library modules written in Python', () => {
  it('a default value that is a global name does not make that name a local of the function', () => {
    const r = run(`SIZE = 4\ndef f(n=SIZE, g=lambda x=SIZE: x):\n    return n + SIZE + g()\nprint(f(), f(1))\n`);
    expect(r.stdout).toBe('12 9\n');
  });
  it('itertools/functools generators and while loops in library code; math and base64', () => {
    const r = run(`import itertools, functools, math, base64
print(list(itertools.islice(itertools.count(1), 3)), functools.reduce(lambda a, b: a + b, range(5)), math.ceil(7 / 2), base64.b64encode(b'ab'))
`);
    expect(r.stdout).toBe("[1, 2, 3] 10 4 b'YWI='\n");
  });
  it('logging writes LEVEL:name:message to stderr', () => {
    const r = run(`import logging\nlogging.warning('disk %d%% full', 90)\nlogging.info('hidden')\n`);
    expect(r.stderr).toBe('WARNING:root:disk 90% full\n');
  });
});

describe('iteration and attributes', () => {
  it('changing a dict or set while iterating it raises RuntimeError; a list does not', () => {
    const r = run(`d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
try:
    for k, v in d.items():
        d['z'] = 0
except RuntimeError as e:
    print(e)
s = {1}
try:
    for x in s:
        s.add(2)
except RuntimeError as e:
    print(e)
for k in list(d):
    del d[k]
print(d)
`);
    expect(r.stdout).toBe('dictionary changed size during iteration\ndictionary changed size during iteration\nSet changed size during iteration\n{}\n');
  });
  it('property setters; a property without one refuses assignment as 3.11 words it', () => {
    const r = run(`class T:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
    @property
    def ro(self):
        return 1
t = T(); t.v = 5
print(t.v)
t.ro = 2
`);
    expect(r.stdout).toBe('10\n');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("AttributeError: property 'ro' of 'T' object has no setter");
  });
});

describe('hashlib and argparse', () => {
  it('hashlib digests match CPython', () => {
    const r = run(`import hashlib
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest()[:8], hashlib.sha256(b'abc').hexdigest()[:16])
`);
    expect(r.stdout).toBe('900150983cd24fb0d6963f7d28e17f72 a9993e36 ba7816bf8f01cfea\n');
  });
  it('argparse: defaults without arguments, and the usage error (exit 2) for a missing positional', () => {
    const r = run(`import argparse
p = argparse.ArgumentParser()
p.add_argument('--port', type=int, default='5000')
print(p.parse_args())
q = argparse.ArgumentParser(prog='c.py')
q.add_argument('host')
q.parse_args()
`);
    expect(r.stdout).toBe('Namespace(port=5000)\n');
    expect(r.stderr).toBe('usage: c.py [-h] host\nc.py: error: the following arguments are required: host\n');
    expect(r.status).toEqual({ kind: 'exited', code: 2 });
  });
});

describe('format spec corner cases', () => {
  it("no type with precision keeps '.0'; '#' keeps the point; zero padding with grouping; spec errors for str and int", () => {
    const r = run(`print(format(3.0, '10.2'), format(3.0, '#.0f'), format(7, '08,d'), format(1e-7, ','), '%c' % 65)
for v, s in [(1, 's'), (1, '.2'), ('a', '+'), ('a', ',')]:
    try:
        format(v, s)
    except ValueError as e:
        print(e)
print('%%' % [1])
`);
    expect(r.stdout).toBe("       3.0 3. 0,000,007 1e-07 A\nUnknown format code 's' for object of type 'int'\nPrecision not allowed in integer format specifier\n"
      + "Sign not allowed in string format specifier\nCannot specify ',' with 's'.\n%\n");
  });
});

describe('method argument errors', () => {
  it('split/find/count/ljust argument errors, bytes.hex(sep), dict.fromkeys on an instance, float(huge int)', () => {
    const r = run(`for f in [lambda: 'a'.split(1), lambda: 'a'.find(1), lambda: 'a'.count(), lambda: 'a'.ljust(3, 'xy'), lambda: float(10 ** 400)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(b'\\x01\\x02\\x03'.hex(':'), b'\\x01\\x02\\x03'.hex('-', 2), {}.fromkeys('ab', 0))
`);
    expect(r.stdout).toBe('TypeError must be str or None, not int\nTypeError must be str, not int\nTypeError count() takes at least 1 argument (0 given)\n'
      + "TypeError The fill character must be exactly one character long\nOverflowError int too large to convert to float\n01:02:03 01-0203 {'a': 0, 'b': 0}\n");
  });
});

describe('Python 2 keyword arguments', () => {
  it('**kwargs and dict(a=1) have str (byte string) keys', () => {
    const r = run(`def f(**kw):\n    return kw\nprint f(a=1), dict(b=2).items()\n`, 2);
    expect(r.stdout).toBe("{'a': 1} [('b', 2)]\n");
  });
});

describe('operator precedence', () => {
  it("'not' binds tighter than and/or but looser than comparisons", () => {
    const r = run(`data = b'x'
if not data or data == b'quit':
    print('stop')
else:
    print('go')
print(not 0 or 5, not 1 and 2, not 1 == 2, not None is None or 'y', 1 if not data or 0 else 2)
`);
    expect(r.stdout).toBe('go\nTrue False True y 2\n');
  });
});

describe('files in memory and stdin', () => {
  it('open() writes and reads back bytes and text; a missing file raises FileNotFoundError; stdin is empty', () => {
    const r = run(`import sys
with open('a.bin', 'wb') as f:
    f.write(b'\\x00\\x01')
with open('a.txt', 'w') as f:
    f.write('one\\ntwo\\n')
print(open('a.bin', 'rb').read(), [l for l in open('a.txt')], list(sys.stdin), __file__)
open('nope.txt')
`);
    expect(r.stdout).toBe("b'\\x00\\x01' ['one\\n', 'two\\n'] [] prog.py\n");
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'nope.txt'");
  });
});

describe('compile-time warnings', () => {
  it('"is" with a literal prints a SyntaxWarning to stderr before the program runs', () => {
    const r = run(`x = 5\nif x is 5:\n    print('five')\nprint(x is None)\n`);
    expect(r.stdout).toBe('five\nFalse\n');
    expect(r.stderr).toBe('prog.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  if x is 5:\n');
  });
});

describe('re', () => {
  it('match/search/findall/sub/split with groups, named groups and flags', () => {
    const r = run(`import re
m = re.match(r'(\\w+) (?P<path>\\S+)', 'GET /x HTTP/1.0')
print(m.groups(), m.group('path'), m.span(2), re.findall(r'\\d+', 'a1b22'), re.sub(r'(\\w)(\\d)', r'\\2\\1', 'a1 b2'), re.split(r',\\s*', 'a, b,c'))
print(re.search('X', 'axb', re.I).start(), re.fullmatch(r'a|ab', 'ab').group(), re.match('z', 'a'))
`);
    expect(r.stdout).toBe("('GET', '/x') /x (4, 6) ['1', '22'] 1a 2b ['a', 'b', 'c']\n1 ab None\n");
  });
});

describe('call errors', () => {
  it('join/append/sorted/open argument errors and nested lambda names', () => {
    const r = run(`for t in [lambda: 'x'.join(), lambda: [].append(1, 2), lambda: sorted([1], keyy=1), lambda: (lambda x: x)(), lambda: open()]:
    try:
        t()
    except TypeError as e:
        print(e)
`);
    expect(r.stdout).toBe("str.join() takes exactly one argument (0 given)\nlist.append() takes exactly one argument (2 given)\n"
      + "'keyy' is an invalid keyword argument for sort()\n<lambda>.<locals>.<lambda>() missing 1 required positional argument: 'x'\n"
      + "open() missing required argument 'file' (pos 1)\n");
  });
});

describe('bytes methods given str', () => {
  it('startswith/find/count name the expected bytes argument; bytes(float) fails', () => {
    const r = run(`for t in [lambda: b'ab'.startswith('a'), lambda: b'ab'.find('a'), lambda: bytes(1.5)]:
    try:
        t()
    except TypeError as e:
        print(e)
`);
    expect(r.stdout).toBe("startswith first arg must be bytes or a tuple of bytes, not str\nargument should be integer or bytes-like object, not 'str'\ncannot convert 'float' object to bytes\n");
  });
});

describe('UnicodeDecodeError details', () => {
  it('carries encoding, object, start, end and reason like CPython', () => {
    const r = run(`try:
    b'ok\\xe9'.decode()
except UnicodeDecodeError as e:
    print(repr(e), e.start, e.end, e.reason)
    print(e)
`);
    expect(r.stdout).toBe("UnicodeDecodeError('utf-8', b'ok\\xe9', 2, 3, 'unexpected end of data') 2 3 unexpected end of data\n"
      + "'utf-8' codec can't decode byte 0xe9 in position 2: unexpected end of data\n");
  });
});

describe('iter(callable, sentinel)', () => {
  it('calls until the sentinel, and the callable may block in recv', () => {
    const r = runNet(`import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.create_connection(l.getsockname()); a, _ = l.accept()
c.sendall(b'abcdefg'); c.close()
print([x for x in iter(lambda: a.recv(3), b'')], list(iter([5, 6, 0, 7].pop, 0)))
`);
    expect(r.stdout).toBe("[b'abc', b'def', b'g'] [7]\n");
  });
});

describe('Python 2 generators', () => {
  it('gen.next() in Python 2', () => {
    const r = run(`def g():\n    yield 1\n    yield 2\nit = g()\nprint it.next(), list(it)\n`, 2);
    expect(r.stdout).toBe('1 [2]\n');
  });
});

describe('Unicode case mapping', () => {
  it('title() and casefold() beyond ASCII', () => {
    const r = run(`print('ŞtraßE 42 éa'.title(), 'STRASSE ß'.casefold(), "it's".title())\n`);
    expect(r.stdout).toBe("Ştraße 42 Éa strasse ss It'S\n");
  });
});

describe('positional-only parameters', () => {
  it('reject keywords for them (or pass them to **kwargs)', () => {
    const r = run(`def g(x, /, y):\n    return x, y\ndef h(a, /, **kw):\n    return a, kw\nprint(g(1, y=2), h(1, a=5))\ng(x=1, y=2)\n`);
    expect(r.stdout).toBe("(1, 2) (1, {'a': 5})\n");
    expect(r.stderr.trimEnd().split('\n').pop()).toBe("TypeError: g() got some positional-only arguments passed as keyword arguments: 'x'");
  });
});

describe('atexit', () => {
  it('handlers run after the program, last first; an error in one is reported, the exit code kept', () => {
    const r = run(`import atexit, sys\ndef bye(n, sep='!'):\n    print('bye', n, sep)\natexit.register(bye, 1)\natexit.register(bye, 2, sep='?')\natexit.register(lambda: 1/0)\nprint('main')\nsys.exit(3)\n`);
    expect(r.stdout).toBe('main\nbye 2 ?\nbye 1 !\n');
    expect(r.stderr).toMatch(/^Exception ignored in atexit callback: <function <lambda> at 0x[0-9a-f]+>\nTraceback/);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('ZeroDivisionError: division by zero');
    expect(r.status).toEqual({ kind: 'exited', code: 3 });
  });
  it('they run after an uncaught exception too', () => {
    const r = run(`import atexit\natexit.register(print, 'cleanup')\nraise KeyError('k')\n`);
    expect(r.stdout).toBe('cleanup\n');
    expect(r.status).toEqual({ kind: 'exited', code: 1 });
  });
});

describe('dict views', () => {
  it('are live, set-like and not subscriptable', () => {
    const r = run(`d = {'a': 1}\nk = d.keys()\nd['b'] = 2\nprint(k, sorted(k | {'c'}), k & ['b'], k == {'a', 'b'}, k == ['a', 'b'], k.isdisjoint('xy'))\ntry:\n    k[0]\nexcept TypeError as e:\n    print(e)\n`);
    expect(r.stdout).toBe("dict_keys(['a', 'b']) ['a', 'b', 'c'] {'b'} True False True\n'dict_keys' object is not subscriptable\n");
  });
});

describe('random', () => {
  it('a seed gives CPython\'s Mersenne Twister numbers (Python 3 and 2)', () => {
    expect(run(`import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 100))\n`).stdout).toBe('0.6394267984578837 4\n');
    expect(run(`import random\nrandom.seed(42)\nprint random.random(), random.randint(1, 100)\n`, 2).stdout).toBe('0.639426798458 3\n');
  });
});

describe('Python 2 details', () => {
  it('repr/hex/format give str; cmp= sorts; a file with non-ASCII bytes needs a coding line', () => {
    const r = run(`print (repr(1), hex(2), format(3, '02')), sorted([1, 3, 2], cmp=lambda a, b: b - a), type(2 ** 64).__name__\n`, 2);
    expect(r.stdout).toBe("('1', '0x2', '03') [3, 2, 1] long\n");
    const c = compile('# caf\u00e9\nprint 1\n', 'p.py', 2);
    expect(!c.ok && c.error.formatted).toBe(`  File "p.py", line 1\nSyntaxError: Non-ASCII character '\\xc3' in file p.py on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details\n`);
    expect(compile('# -*- coding: utf-8 -*-\nprint "caf\u00e9"\n', 'p.py', 2).ok).toBe(true);
  });
});
