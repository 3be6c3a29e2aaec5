// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionFor } from '../sim/runner';
import { createWorkspaceStore } from '../store';
import { simEngine } from '../store/simEngine';
import { App } from './App';

const SOURCE = `import socket, threading
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
def serve():
    conn, addr = srv.accept()
    print(conn.recv(1024))
t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(srv.getsockname())
c.sendall(b'hi')
t.join()
`;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the code panel of a program with threads', () => {
  it("marks every thread's next line: the running thread's as the current line, the others' with their name and wait", () => {
    const store = createWorkspaceStore(simEngine, sessionFor([{ filename: 'prog.py', source: SOURCE }], { python: 3 }));
    render(<App store={store} options={{ instant: true }} />);
    const code = screen.getByRole('region', { name: /code$/ });
    const line = (n: number) => code.querySelectorAll('li.code-line')[n - 1] as HTMLElement;
    const stepButton = screen.getByRole('button', { name: 'Step' });
    // Step until the server thread waits in accept() while the main thread runs.
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      fireEvent.click(stepButton);
      found = /Thread-1 \(serve\) waits here: blocked in accept\(\)/.test(line(6).textContent ?? '');
    }
    expect(found).toBe(true);
    const current = code.querySelector('[aria-current="step"]') as HTMLElement;
    expect(current).not.toBe(line(6));
    expect(within(current).getByText(/MainThread runs next/)).toBeTruthy();
    expect(line(6).className).toContain('thread-here');
    // Once the client's connection is accepted the note moves with the thread, to its recv() or past it.
    for (let i = 0; i < 60 && /waits here: blocked in accept/.test(line(6).textContent ?? ''); i++) fireEvent.click(stepButton);
    expect(line(6).textContent).not.toMatch(/blocked in accept/);
  });
});
