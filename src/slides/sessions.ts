/**
 * The sessions the deck runs. 'lecture-N' is the lecture's own server with N clients. The others
 * are small programs written for one slide each, where the lecture's programs cannot show a point
 * (a blocking accept, MSG_PEEK and MSG_DONTWAIT, a server that blocks on one client, select's
 * timeout, the typo in the annotated slide). They are Python 3 unless they reuse a lecture program.
 */
import { LECTURE_CLIENT, LECTURE_SERVER, LECTURE_SERVER_ANNOTATED } from '../scenarios/lecture';
import { lectureSession } from '../sim/session';
import { scenarioById, toSession, FIXED_LECTURE_SERVER } from '../scenarios';
import type { ProgramSpec, SessionSpec } from '../sim/types';

/** 1-based number of the first line of `source` that contains `text` (throws if none: a data bug). */
export function lineOf(source: string, text: string, from = 1): number {
  const lines = source.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i].includes(text)) return i + 1;
  throw new Error(`no line containing ${JSON.stringify(text)}`);
}

export const FAMILIES_PROGRAM = `import socket
tcp4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
udp4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
tcp6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
udp6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
print('four sockets, fds', tcp4.fileno(), udp4.fileno(), tcp6.fileno(), udp6.fileno())
`;

/** Listens, then does something else for 100 ms: the handshakes complete without it. */
export const BACKLOG_SERVER = `import socket
import time
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
time.sleep(0.1)   # busy elsewhere for 100 ms
while True:
    client, address = server.accept()
    print('accepted', address)
`;

/** A server with no select: accept() and recv() block. */
export const BLOCKING_SERVER = `import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
client, address = server.accept()
print('connection from', address)
data = client.recv(4096)
print('received', data)
client.close()
server.close()
`;

/** A client that connects, then thinks for 200 ms before it sends. */
export const SLOW_CLIENT = `import socket
import time
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
time.sleep(0.2)   # think for 200 ms
s.send(b'Hello Server!')
s.close()
`;

export const RECV_FLAGS_SERVER = `import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
conn, address = server.accept()
try:
    conn.recv(4096, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print('MSG_DONTWAIT:', e)
peek = conn.recv(4096, socket.MSG_PEEK)
print('peeked:', peek)
data = conn.recv(4096)
print('received:', data)
conn.close()
`;

/** One client at a time: it waits in recv() for a client that says nothing. */
export const ONE_AT_A_TIME_SERVER = `import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
while True:
    client, address = server.accept()
    data = client.recv(4096)   # waits for this client only
    print(address, 'says', data)
`;

export const QUIET_CLIENT = `import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
print('connected, but not sending anything')
s.recv(100)   # waits for a reply that never comes
`;

export const SELECT_TIMEOUT_SERVER = `import select
import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
while True:
    r, w, x = select.select([server], [], [], 0.5)
    if not r:
        print('0.5 s and nobody came')
        continue
    client, address = server.accept()
    print('accepted', address)
    break
`;

const py = (id: string, label: string, filename: string, source: string, host: string, python: 2 | 3 | 'auto' = 3, startAt?: number): ProgramSpec => ({
  id, label, filename, source, python, host, ...(startAt ? { startAt } : {}),
});

function session(programs: ProgramSpec[]): SessionSpec {
  const base = lectureSession(0);
  return { ...base, programs };
}

/** The lecture's programs are Python 2 (print statement, str sent as bytes); say so rather than rely on detection. */
const lectureClient = (n: number, startAt?: number) => py(`client${n}`, `Client ${n}`, 'client.py', LECTURE_CLIENT, `client${n}`, 2, startAt);

/** The deck's own sessions, by id. */
export const DECK_SESSIONS: Record<string, () => SessionSpec> = {
  'slides/families': () => session([py('server', 'Server', 'families.py', FAMILIES_PROGRAM, 'server')]),
  'slides/backlog': () =>
    session([
      py('server', 'Server', 'server.py', BACKLOG_SERVER, 'server'),
      lectureClient(1, 10),
      lectureClient(2, 20),
      lectureClient(3, 30),
    ]),
  'slides/accept-blocks': () =>
    session([py('server', 'Server', 'server.py', BLOCKING_SERVER, 'server'), py('client1', 'Client 1', 'client.py', SLOW_CLIENT, 'client1', 3, 50)]),
  'slides/recv-flags': () =>
    session([py('server', 'Server', 'server.py', RECV_FLAGS_SERVER, 'server'), py('client1', 'Client 1', 'client.py', SLOW_CLIENT, 'client1', 3, 50)]),
  'slides/one-at-a-time': () =>
    session([
      py('server', 'Server', 'server.py', ONE_AT_A_TIME_SERVER, 'server'),
      py('client1', 'Client 1', 'quiet.py', QUIET_CLIENT, 'client1', 3, 10),
      lectureClient(2, 60),
    ]),
  'slides/select-timeout': () =>
    session([py('server', 'Server', 'server.py', SELECT_TIMEOUT_SERVER, 'server'), lectureClient(1, 1200)]),
  'slides/typo': () =>
    session([py('server', 'Server', 'server.py', LECTURE_SERVER_ANNOTATED, 'server', 2), lectureClient(1)]),
};

/**
 * The SessionSpec for a preset's session id, or null if there is no such session:
 * 'lecture-N', one of {@link DECK_SESSIONS}, or the id of a scenario in the scenario library.
 */
export function sessionSpec(id: string): SessionSpec | null {
  const m = /^lecture-(\d+)$/.exec(id);
  if (m) {
    const spec = lectureSession(Number(m[1]));
    return { ...spec, programs: spec.programs.map((p) => ({ ...p, python: 2 as const })) };
  }
  const make = DECK_SESSIONS[id];
  if (make) return make();
  const scenario = scenarioById(id);
  return scenario ? toSession(scenario) : null;
}

export { LECTURE_CLIENT, LECTURE_SERVER, LECTURE_SERVER_ANNOTATED, FIXED_LECTURE_SERVER };
