import { describe, expect, it } from 'vitest';
import { createSimulation, getView, lectureSession, stepForward, type SessionSpec, type SimView } from './index';

function stepUntil(sim: ReturnType<typeof createSimulation>, pred: (v: SimView) => boolean, max = 5000): SimView {
  for (let i = 0; i < max; i++) {
    const v = getView(sim);
    if (pred(v)) return v;
    if (!stepForward(sim)) break;
  }
  const v = getView(sim);
  if (!pred(v)) throw new Error(`condition never held; stopped at step ${v.step}: ${v.narration}`);
  return v;
}

const returned = (v: SimView) => v.select.find((s) => s.programId === 'server' && s.phase === 'returned');
const varOf = (v: SimView, name: string) => v.programs[0].frames[0].vars.find((x) => x.name === name)?.repr;

function py3Session(): SessionSpec {
  const spec = lectureSession(1);
  const server = spec.programs[0];
  const client = spec.programs[1];
  return {
    ...spec,
    programs: [
      { ...server, python: 3, source: server.source.replace('print data', 'print(data)') },
      { ...client, python: 3, source: client.source.replace('s.send("Hello Server!")', 's.send(b"Hello Server!")') },
    ],
  };
}

describe("the select view's result", () => {
  it('is the Python 3 repr of the returned tuple, the same as the variables panel shows', () => {
    const sim = createSimulation(py3Session());
    const v = stepUntil(sim, (v) => returned(v) !== undefined);
    const sel = returned(v)!;
    expect(sel.result).toBe("([<socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 50000)>], [], [])");
    expect(sel.result).toBe(`(${varOf(v, 'inputready')}, ${varOf(v, 'outputready')}, ${varOf(v, 'exceptready')})`);
    expect(sel.ready).toEqual({ r: [3], w: [], x: [] });
    // The second return (the client's data) holds the connection's socket, with its peer.
    stepForward(sim);
    const v2 = stepUntil(sim, (v) => returned(v) !== undefined && returned(v)!.ready!.r.includes(4));
    expect(returned(v2)!.result).toMatch(/^\(\[<socket\.socket fd=4, family=2, type=1, proto=0, laddr=\('10\.0\.0\.1', 50000\), raddr=\('10\.0\.0\.2', \d+\)>\], \[\], \[\]\)$/);
    expect(returned(v2)!.result).toBe(`(${varOf(v2, 'inputready')}, ${varOf(v2, 'outputready')}, ${varOf(v2, 'exceptready')})`);
  });

  it('is the Python 2 repr of the returned tuple in a Python 2 program', () => {
    const sim = createSimulation(lectureSession(1));
    const v = stepUntil(sim, (v) => returned(v) !== undefined);
    expect(v.programs[0].python).toBe(2);
    const sel = returned(v)!;
    expect(sel.result).toMatch(/^\(\[<socket\._socketobject object at 0x[0-9a-f]+>\], \[\], \[\]\)$/);
    expect(sel.result).toBe(`(${varOf(v, 'inputready')}, ${varOf(v, 'outputready')}, ${varOf(v, 'exceptready')})`);
    // The socket in the result is the server's listening socket, as `server` shows it.
    expect(sel.result).toBe(`([${varOf(v, 'server')}], [], [])`);
  });
});

describe('looking does not change the program', () => {
  // Objects get their "address" lazily; if drawing the Variables panel handed them out, a program
  // printing reprs would print different addresses in the app than headless, or after Back.
  const source = [
    'class Box(object):',
    '    pass',
    'a = [1]',
    'b = Box()',
    'it = iter(a)',
    'it2 = iter(a)',
    'f = a.append',
    'print(repr(it2))',
    'print(repr(it))',
    'print(repr(f))',
    'print(repr(b))',
    'print(id(a) - id(b))',
  ].join('\n') + '\n';
  const spec: SessionSpec = {
    programs: [{ id: 'p', label: 'Program', host: 'server', python: 3, source }],
    topology: 'loopback', latencyMs: 1, seed: 1, stepBudget: 1000, faults: [],
  } as unknown as SessionSpec;

  it('prints the same addresses whether or not every step was viewed', () => {
    const watched = createSimulation(spec);
    do getView(watched); while (stepForward(watched));
    const unwatched = createSimulation(spec);
    while (stepForward(unwatched));
    const out = (sim: ReturnType<typeof createSimulation>) => getView(sim).programs[0].stdout;
    expect(out(watched)).toBe(out(unwatched));
    expect(out(watched)).toMatch(/<list_iterator object at 0x7f/);
  });

  it('the Variables panel shows an object at the address the program later prints', () => {
    const sim = createSimulation(spec);
    const v = stepUntil(sim, (v) => (v.programs[0].frames[0]?.vars ?? []).some((x) => x.name === 'f'));
    const shown = v.programs[0].frames[0].vars.find((x) => x.name === 'b')!.repr;
    while (stepForward(sim));
    expect(getView(sim).programs[0].stdout).toContain(shown);
  });
});

describe('a program woken in select()', () => {
  it('says at its line that it is woken and why, while its select has not returned yet', () => {
    const sim = createSimulation(lectureSession(1));
    // The moment the connection lands in the accept queue while the server still waits in select.
    const v = stepUntil(sim, (v) => v.select.some((s) => s.programId === 'server' && s.phase === 'waiting' && s.rlist.some((f) => f.ready)));
    const server = v.programs.find((p) => p.id === 'server')!;
    expect(server.status).toBe('blocked');
    expect(server.statusText).toMatch(/^woken: fd 3 is ready \(.*accept queue.*\); select\(\) returns when the server runs next$/);
    // Before that moment it waited with nothing ready, and said why.
    const before = createSimulation(lectureSession(1));
    const w = stepUntil(before, (v) => v.select.some((s) => s.programId === 'server' && s.phase === 'waiting'));
    expect(w.programs[0].statusText).toMatch(/blocked in select\(\)/);
  });
});

describe('a program woken in any other blocking call', () => {
  it("says so once the kernel has ended the wait (connect's handshake done), not the reason it blocked with", () => {
    // With many clients the scheduler runs others first, so a connect() stays unreturned for a while
    // after its SYN-ACK has arrived.
    const sim = createSimulation(lectureSession(30));
    const blocked = stepUntil(sim, (v) => v.programs.find((p) => p.id === 'client1')?.status === 'blocked');
    expect(blocked.programs.find((p) => p.id === 'client1')!.statusText).toBe('blocked in connect(): waiting for the SYN-ACK');
    const v = stepUntil(sim, (v) => v.hosts.find((h) => h.name === 'client1')!.sockets[0]?.state === 'ESTABLISHED');
    const client = v.programs.find((p) => p.id === 'client1')!;
    expect(client.status).toBe('blocked');
    expect(client.statusText).toBe('woken: the kernel has ended connect()\'s wait; connect() returns when Client 1 runs next');
  });
});

describe("the Kernel view's list of a host's sockets", () => {
  it('is the fd table in order, then the connections waiting to be accepted, and accept() moves no socket', () => {
    const sim = createSimulation(lectureSession(5));
    let prev: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 600 && stepForward(sim); i++) {
      const socks = getView(sim).hosts[0].sockets;
      const withFd = socks.filter((s) => s.fd !== null);
      // The fd-holders come first, by fd (one process on this host), then the rest.
      expect(socks.slice(0, withFd.length)).toEqual(withFd);
      expect(withFd.map((s) => s.fd)).toEqual(withFd.map((s) => s.fd!).sort((a, b) => a - b));
      const ids = socks.map((s) => s.id);
      const kept = ids.filter((id) => prev.includes(id));
      expect(kept).toEqual(prev.filter((id) => ids.includes(id)));
      accepted = Math.max(accepted, withFd.length - 1);
      prev = ids;
    }
    // Every client's connection was accepted along the way (the listener plus five).
    expect(accepted).toBe(5);
  });
});

describe('a close no line asked for', () => {
  it('is narrated as Python freeing the socket object when its last reference went away', () => {
    // The server rebinds `conn` without closing it: CPython's refcounting closes the first
    // connection there, and the narration says why a FIN leaves on a line with no close().
    const spec = lectureSession(2);
    const server = `import socket
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('', 50000))
srv.listen(5)
conn, addr = srv.accept()
conn, addr = srv.accept()
print(conn.recv(100))
`;
    const sim = createSimulation({ ...spec, programs: [{ ...spec.programs[0], python: 3, source: server }, ...spec.programs.slice(1).map((p) => ({ ...p, python: 3 as const, source: p.source.replace('s.send("Hello Server!")', 's.send(b"Hello Server!")') }))] });
    const v = stepUntil(sim, (v) => v.narration.includes('Python closes fd'));
    expect(v.narration).toMatch(/^Server runs line 6: conn, addr = srv\.accept\(\)\. .*Python closes fd 4 itself: nothing refers to that socket object any more/);
    // An explicit close() keeps its own sentence.
    const sim2 = createSimulation(lectureSession(1));
    const v2 = stepUntil(sim2, (v) => v.narration.includes('close()'));
    expect(v2.narration).toContain('close() releases the file descriptor.');
    expect(v2.narration).not.toContain('Python closes');
  });
});
