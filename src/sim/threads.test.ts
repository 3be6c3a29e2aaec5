/**
 * A program with threads on the scheduler: the views follow the running thread, and time travel
 * (checkpoints + replay) rebuilds every step exactly.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, getView, goTo, runUntilIdle, stepForward } from './index';
import { sessionFor } from './runner';

const SOURCE = `import socket, threading
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
def serve():
    conn, addr = srv.accept()
    data = conn.recv(1024)
    conn.sendall(data.upper())
    conn.close()
t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(srv.getsockname())
c.sendall(b'hi')
print(c.recv(1024))
c.close()
t.join()
print('done')
`;

describe('threads on the scheduler', () => {
  it('runs to the end with the output CPython prints', () => {
    const sim = createSimulation(sessionFor([{ filename: 'prog.py', source: SOURCE }], { python: 3 }), { history: 'full' });
    runUntilIdle(sim);
    const v = getView(sim);
    expect(v.programs[0].stdout).toBe("b'HI'\ndone\n");
    expect(v.programs[0].status).toBe('exited');
  });

  it("shows the running thread: its line, its block, and both threads' frames; stepping back rebuilds each step", () => {
    const sim = createSimulation(sessionFor([{ filename: 'prog.py', source: SOURCE }], { python: 3 }), { history: 'full' });
    sim.checkpointEvery = 4; // clone the state (threads and all) every few steps
    const seen: { line: number | null; status: string; frames: string }[] = [];
    for (let i = 0; i < 400 && stepForward(sim); i++) {
      const v = getView(sim);
      seen.push({ line: v.programs[0].currentLine, status: v.programs[0].status, frames: v.programs[0].frames.map((f) => f.name).join(',') });
    }
    // start() runs the thread first: the next line shown is serve's first line
    const i12 = seen.findIndex((s) => s.line === 7);
    expect(i12).toBeGreaterThan(0);
    expect(seen[i12].frames).toBe('<module>,Thread-1 (serve): serve');
    // the thread blocks in accept(): the main thread is shown again, still in start() until it returns
    expect(seen[i12 + 1]).toEqual({ line: 12, status: 'ready', frames: '<module>,Thread-1 (serve): serve' });
    expect(seen[i12 + 2].line).toBe(13);
    expect(seen[seen.length - 1].status).toBe('exited');
    // time travel: every step rebuilt from checkpoints shows what stepping forward showed
    for (const n of [seen.length - 1, 3, i12 + 1, i12, 1]) {
      goTo(sim, n + 1);
      const v = getView(sim);
      expect({ line: v.programs[0].currentLine, status: v.programs[0].status, frames: v.programs[0].frames.map((f) => f.name).join(',') }).toEqual(seen[n]);
    }
  });
});
