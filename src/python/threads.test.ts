/**
 * Threads (threads.ts, stdlib_threading.ts): the scheduling rules, what the views show of a process
 * with threads, and snapshots of one mid-run.
 */
import { describe, expect, it } from 'vitest';
import { blockedReason, currentLine, frameViews, runStep } from './index';
import { THREAD_SLICE } from './threads';
import { makeWorld, runWorld, type World } from './testing';

const HOSTS = [{ name: 'localhost', addrs: ['10.0.0.1'] }];

function world(source: string): World {
  return makeWorld([{ source, host: 'localhost', mode: 3 }], HOSTS, 0);
}

function runProgram(source: string, maxSteps = 100_000) {
  const w = world(source);
  runWorld(w, maxSteps);
  const p = w.procs[0];
  return { stdout: p.stdout, stderr: p.stderr, status: p.status, st: p.st };
}

describe('threads: a socket closed while another thread is blocked on it', () => {
  it('close() does not wake a blocked recv (it gets later data, then EBADF); a timeout socket gets EBADF', () => {
    const r = runProgram(`import socket, threading, time
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.create_connection(l.getsockname()); s, _ = l.accept()
out = []
def reader(sock):
    try:
        out.append(sock.recv(10)); out.append(sock.recv(10))
    except OSError as e:
        out.append(e.errno)
t = threading.Thread(target=reader, args=(s,)); t.start()
s.close()
t.join(0.1)
print(t.is_alive(), out)
c.sendall(b'late'); t.join()
print(out, c.recv(10))
c2 = socket.create_connection(l.getsockname()); s2, _ = l.accept()
s2.settimeout(0.2)
out = []
t = threading.Thread(target=reader, args=(s2,)); t.start()
s2.close(); t.join()
print(out)
`);
    expect(r.stdout).toBe("True []\n[b'late', 9] b''\n[9]\n");
  });
});

describe('threads: scheduling', () => {
  it('start() runs the new thread until it blocks; then the starter goes on; woken threads run in round-robin order', () => {
    const r = runProgram(`import threading, time
log = []
def w(n):
    log.append('start %d' % n)
    time.sleep(0.01 * n)
    log.append('end %d' % n)
ts = [threading.Thread(target=w, args=(n,)) for n in (2, 1)]
for t in ts:
    t.start()
    log.append('started ' + t.name)
log.append('main waits')
for t in ts:
    t.join()
print(log)
`);
    expect(r.stdout).toBe("['start 2', 'started Thread-1 (w)', 'start 1', 'started Thread-2 (w)', 'main waits', 'end 1', 'end 2']\n");
    expect(r.status).toEqual({ kind: 'exited', code: 0 });
  });

  it('the running thread keeps running while it does not block, even when others could run', () => {
    const r = runProgram(`import threading
log = []
ev = threading.Event()
def w():
    ev.wait()
    log.append('thread woke')
t = threading.Thread(target=w)
t.start()
ev.set()
for i in range(3):
    log.append('main %d' % i)
t.join()
print(log)
`);
    expect(r.stdout).toBe("['main 0', 'main 1', 'main 2', 'thread woke']\n");
  });

  it('a thread that never blocks is switched out after THREAD_SLICE lines', () => {
    const r = runProgram(`import threading
flag = []
n = 0
def spin():
    global n
    while not flag:
        n += 1
t = threading.Thread(target=spin)
t.start()
flag.append(1)
t.join()
print(n > 100)
`);
    expect(r.stdout).toBe('True\n');
    expect(THREAD_SLICE).toBeGreaterThan(100);
  });

  it('the process ends when the main thread and every non-daemon thread have ended; daemon threads are dropped', () => {
    const r = runProgram(`import threading, time, sys
def slow():
    time.sleep(0.5)
    print('slow done')
def forever():
    while True:
        time.sleep(1)
threading.Thread(target=slow).start()
threading.Thread(target=forever, daemon=True).start()
print('main done')
sys.exit(4)
`);
    expect(r.stdout).toBe('main done\nslow done\n');
    expect(r.status).toEqual({ kind: 'exited', code: 4 });
  });

  it('an uncaught exception in a thread is reported on stderr and ends only that thread', () => {
    const r = runProgram(`import threading
def bad():
    raise ValueError('boom')
t = threading.Thread(target=bad, name='worker')
t.start()
t.join()
print('main goes on', t.is_alive())
`);
    expect(r.stdout).toBe('main goes on False\n');
    expect(r.stderr).toMatch(/^Exception in thread worker:\nTraceback \(most recent call last\):\n/);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('ValueError: boom');
    expect(r.status).toEqual({ kind: 'exited', code: 0 });
  });

  it('a process whose threads all wait is blocked; it wakes when any thread can go on', () => {
    const w = world(`import socket, threading
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
def serve():
    conn, _ = srv.accept()
    print('accepted', conn.recv(10))
t = threading.Thread(target=serve)
t.start()
ev = threading.Event()
ev.wait(5)
c = socket.create_connection(srv.getsockname())
c.sendall(b'hi')
t.join()
`);
    const p = w.procs[0];
    let status = runStep(p.program, p.st, w.k);
    while (status.kind === 'running') status = runStep(p.program, p.st, w.k);
    // main waits in Event.wait(0.5), the thread in accept(): the one that ran last shows
    expect(status.kind).toBe('blocked');
    if (status.kind !== 'blocked') return;
    expect(status.deadline).toBe(5000);
    expect(status.reason).toBe('blocked in Event.wait(): the event is not set');
    expect(blockedReason(p.st)).toBe('blocked in Event.wait(): the event is not set');
    expect(currentLine(p.st)).toBe(11);
    expect(status.wait).toBeNull();
    expect(status.waits?.map((x) => x.op)).toEqual(['accept']);
    p.status = status;
    runWorld(w);
    expect(p.stdout).toBe("accepted b'hi'\n");
    expect(w.k.now).toBeGreaterThanOrEqual(5000);
    expect(p.status).toEqual({ kind: 'exited', code: 0 });
  });

  it("another thread's kernel wait wakes a process whose running thread waits for a lock", () => {
    const w = makeWorld(
      [
        { source: `import socket, threading
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 40999))
srv.listen(1)
def serve():
    conn, _ = srv.accept()
    print('server got', conn.recv(10))
t = threading.Thread(target=serve)
t.start()
t.join()
print('joined')
`, host: 'localhost', mode: 3 },
        { source: `import socket
c = socket.create_connection(('127.0.0.1', 40999))
c.sendall(b'late')
c.close()
`, host: 'localhost', mode: 3, startAt: 100 },
      ],
      HOSTS,
      0,
    );
    runWorld(w);
    expect(w.procs[0].stdout).toBe("server got b'late'\njoined\n");
    expect(w.procs[0].status).toEqual({ kind: 'exited', code: 0 });
  });
});

describe('threads: what a blocked process shows', () => {
  it('a thread running only library code (serve_forever) is not shown when a thread waits at a line', () => {
    const w = world(`import socketserver, threading
class H(socketserver.BaseRequestHandler):
    def handle(self):
        pass
server = socketserver.TCPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=server.serve_forever)
t.start()
t.join()
`);
    const p = w.procs[0];
    let status = runStep(p.program, p.st, w.k);
    for (let i = 0; i < 100 && status.kind === 'running'; i++) status = runStep(p.program, p.st, w.k);
    expect(status.kind).toBe('blocked');
    expect(currentLine(p.st)).toBe(8);
    expect(blockedReason(p.st)).toBe('blocked in join(): Thread-1 (serve_forever) has not ended');
  });
});

describe('threads: views and snapshots', () => {
  const SERVER = `import socket, threading
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
def serve(tag):
    conn, addr = srv.accept()
    data = conn.recv(1024)
    conn.sendall(tag + data.upper())
    conn.close()
ts = [threading.Thread(target=serve, args=(b'%d:' % i,)) for i in range(2)]
for t in ts:
    t.start()
out = []
for i in range(2):
    c = socket.create_connection(srv.getsockname())
    c.sendall(b'hello %d' % i)
    out.append(c.recv(1024))
    c.close()
for t in ts:
    t.join()
print(sorted(out))
`;

  it("frameViews shows every thread's frames, the other threads' named after them", () => {
    const w = world(SERVER);
    const p = w.procs[0];
    for (let i = 0; i < 200 && !(p.st.threads && p.st.threads.length === 3 && currentLine(p.st) === 14); i++) {
      p.status = runStep(p.program, p.st, w.k);
    }
    expect(currentLine(p.st)).toBe(14);
    const names = frameViews(p.program, p.st, w.k).map((f) => f.name);
    expect(names).toEqual(['<module>', 'Thread-1 (serve): serve', 'Thread-2 (serve): serve']);
    const serve = frameViews(p.program, p.st, w.k)[1];
    expect(serve.vars).toEqual([{ name: 'tag', repr: "b'0:'" }]);
  });

  it('structuredClone of a world with threads mid-run resumes identically', () => {
    const w = world(SERVER);
    runWorld(w, 25);
    expect(w.procs[0].st.threads?.length).toBe(3);
    const copy = structuredClone(w);
    runWorld(w);
    runWorld(copy);
    expect(w.procs[0].stdout).toBe("[b'0:HELLO 0', b'1:HELLO 1']\n");
    expect(copy.procs[0].stdout).toBe(w.procs[0].stdout);
    expect(copy.procs[0].status).toEqual({ kind: 'exited', code: 0 });
    expect(copy.k.now).toBe(w.k.now);
  });
});
