/**
 * Realistic SimView fixtures: the lecture's story (server + one client) as a scheduler would show
 * it, step by step. Used by the component tests, and by `fixtureEngine` which replays them.
 * Nothing in the product runs on these: the app drives the real simulator (src/sim).
 */
import { LECTURE_CLIENT, LECTURE_SERVER } from '../scenarios/lecture';
import type {
  FrameView, HostView, ProgramStatus, ProgramView, SegmentView, SelectView, SessionSpec, SimView, SocketView,
} from '../sim/types';
import type { Engine, SimHandle } from './engine';

const lines = (src: string) => src.replace(/\n$/, '').split('\n');
const SERVER_SOCK = '<socket._socketobject object at 0x7f3a1c2d0e50>';
const CLIENT_SOCK = '<socket._socketobject object at 0x7f3a1c2d1ad0>';
const CONN_SOCK = '<socket._socketobject object at 0x7f3a1c2d1bb0>';

interface World {
  time: number;
  server: Omit<ProgramView, 'frames'> & { vars: Record<string, string> };
  client: Omit<ProgramView, 'frames'> & { vars: Record<string, string> };
  serverSockets: SocketView[];
  clientSockets: SocketView[];
  select: SelectView[];
  segments: SegmentView[];
  narration: string;
  finished: string | null;
}

function program(id: string, label: string, host: string, addr: string, pid: number, src: string): World['server'] {
  return {
    id, label, host, hostAddr: addr, pid, python: 2, lines: lines(src), currentLine: 1, lastLine: null, threads: [],
    status: 'ready', statusText: '', stdout: '', stderr: '', syntaxError: null, vars: {},
  };
}

function sock(p: Partial<SocketView> & Pick<SocketView, 'id' | 'host'>): SocketView {
  return {
    pid: null, fd: null, family: 'AF_INET', type: 'SOCK_STREAM', local: '0.0.0.0:0', remote: '*:*', state: 'CLOSED',
    backlog: null, synQueue: 0, acceptQueue: [], acceptQueueLimit: null,
    recv: { bytes: 0, capacity: 131072, preview: '' }, send: { bytes: 0, capacity: 16384, preview: '' }, flags: [],
    ...p,
  };
}

let segId = 0;
function seg(w: World, step: number, p: Pick<SegmentView, 'from' | 'to' | 'src' | 'dst' | 'flags' | 'seq' | 'ack'> & Partial<SegmentView>): SegmentView {
  const s: SegmentView = {
    id: ++segId, proto: 'TCP', len: 0, payloadPreview: '', sentAt: w.time, arriveAt: w.time + 5, status: 'in-flight',
    cause: { programId: null, line: null, syscall: null, step }, ...p,
  };
  w.segments.push(s);
  return s;
}

function snapshot(w: World, prev: SimView | null, step: number): SimView {
  const progs = [w.server, w.client].map((p): ProgramView => {
    const before = prev?.programs.find((q) => q.id === p.id)?.frames[0]?.vars ?? [];
    const frame: FrameView = {
      name: '<module>',
      vars: Object.entries(p.vars).map(([name, repr]) => ({
        name, repr, changed: before.find((v) => v.name === name)?.repr !== repr,
      })),
    };
    const { vars: _vars, ...rest } = p;
    return { ...rest, lines: [...rest.lines], frames: [frame] };
  });
  const hosts: HostView[] = [
    { name: 'server', addr: '10.0.0.1', sockets: structuredClone(w.serverSockets) },
    { name: 'client1', addr: '10.0.0.2', sockets: structuredClone(w.clientSockets) },
  ];
  return {
    step, historyLength: 0, time: w.time, programs: progs, hosts, select: structuredClone(w.select),
    segments: structuredClone(w.segments), narration: w.narration, finished: w.finished,
  };
}

/** The lecture's story as a list of views; `views[i]` is the view after step i. */
export function lectureStoryViews(eofSpins = 3): SimView[] {
  segId = 0;
  const w: World = {
    time: 0,
    server: program('server', 'Server', 'server', '10.0.0.1', 100, LECTURE_SERVER),
    client: program('client1', 'Client 1', 'client1', '10.0.0.2', 200, LECTURE_CLIENT),
    serverSockets: [], clientSockets: [], select: [], segments: [],
    narration: 'Nothing has run yet. Press Step to run the next line.', finished: null,
  };
  const views: SimView[] = [];
  const push = () => views.push(snapshot(w, views[views.length - 1] ?? null, views.length));
  const run = (p: World['server'], line: number, next: number | null, status: ProgramStatus = 'ready', statusText = '') => {
    p.lastLine = line; p.currentLine = next; p.status = status; p.statusText = statusText;
  };
  const S = w.server, C = w.client;
  push();
  // 1-3: the server imports its modules.
  run(S, 1, 2); S.vars.select = "<module 'select' (built-in)>"; w.narration = 'The server imports the select module.'; push();
  run(S, 2, 3); S.vars.socket = "<module 'socket' from '/usr/lib/python2.7/socket.pyc'>"; w.narration = 'The server imports the socket module.'; push();
  run(S, 3, 4); S.vars.sys = "<module 'sys' (built-in)>"; w.narration = 'The server imports the sys module.'; push();
  // 4: socket()
  run(S, 4, 5); S.vars.server = SERVER_SOCK;
  w.serverSockets.push(sock({ id: 's1', host: 'server', pid: 100, fd: 3 }));
  w.narration = "socket() asks the server's kernel for a TCP socket: it gets fd 3, still CLOSED."; push();
  // 5: bind
  run(S, 5, 6); w.serverSockets[0].local = '0.0.0.0:50000';
  w.narration = 'bind() gives fd 3 the local address 0.0.0.0:50000 (any interface, port 50000).'; push();
  // 6: listen
  run(S, 6, 7); Object.assign(w.serverSockets[0], { state: 'LISTEN', backlog: 30, acceptQueueLimit: 31 });
  w.narration = 'listen(30) turns fd 3 into a listening socket: the kernel will now answer SYNs on port 50000.'; push();
  // 7, 8
  run(S, 7, 8); S.vars.input = `[${SERVER_SOCK}]`; w.narration = 'input is a list holding the server socket.'; push();
  run(S, 8, 9); w.narration = 'The server enters its while loop.'; push();
  // 9: select blocks
  run(S, 9, 9, 'blocked', 'blocked in select(): no socket is ready');
  w.select = [{ programId: 'server', phase: 'waiting', timeout: null, result: null,
    rlist: [{ fd: 3, label: 'server', ready: false, why: 'the accept queue is empty' }], wlist: [], xlist: [] }];
  w.narration = 'select() finds no socket ready, so the server sleeps until one is.'; push();
  // client 1-4
  run(C, 1, 2); C.vars.socket = "<module 'socket' from '/usr/lib/python2.7/socket.pyc'>"; w.narration = 'The client imports the socket module.'; push();
  run(C, 2, 5); C.vars.sys = "<module 'sys' (built-in)>"; w.narration = 'The client imports the sys module.'; push();
  run(C, 5, 6); C.vars.s = CLIENT_SOCK; w.clientSockets.push(sock({ id: 'c1', host: 'client1', pid: 200, fd: 3 }));
  w.narration = "socket() gives the client fd 3, a TCP socket that is still CLOSED."; push();
  // connect: SYN
  run(C, 6, 6, 'blocked', 'blocked in connect(): waiting for the three-way handshake');
  Object.assign(w.clientSockets[0], { state: 'SYN-SENT', local: '10.0.0.2:41234', remote: '10.0.0.1:50000' });
  seg(w, views.length, { from: 'client1', to: 'server', src: '10.0.0.2:41234', dst: '10.0.0.1:50000', flags: 'SYN', seq: 0, ack: 0,
    cause: { programId: 'client1', line: 6, syscall: 'connect', step: views.length } });
  w.narration = "The client's kernel sends SYN to 10.0.0.1:50000; connect() waits for the handshake."; push();
  // SYN arrives, SYN+ACK
  w.time = 5; w.segments[0].status = 'delivered';
  w.serverSockets[0].synQueue = 1;
  seg(w, views.length, { from: 'server', to: 'client1', src: '10.0.0.1:50000', dst: '10.0.0.2:41234', flags: 'SYN+ACK', seq: 0, ack: 1,
    cause: { programId: null, line: null, syscall: null, step: views.length } });
  w.narration = "The SYN reaches the server's kernel: it puts the connection in the SYN queue (SYN-RECEIVED) and answers SYN+ACK."; push();
  // SYN+ACK arrives -> client ESTABLISHED, ACK
  w.time = 10; w.segments[1].status = 'delivered'; w.clientSockets[0].state = 'ESTABLISHED';
  seg(w, views.length, { from: 'client1', to: 'server', src: '10.0.0.2:41234', dst: '10.0.0.1:50000', flags: 'ACK', seq: 1, ack: 1,
    cause: { programId: 'client1', line: 6, syscall: 'connect', step: views.length } });
  run(C, 6, 7);
  w.narration = 'SYN+ACK reaches the client: its socket is ESTABLISHED, it sends the final ACK, and connect() returns.'; push();
  // ACK arrives -> accept queue; select ready
  w.time = 15; w.segments[2].status = 'delivered';
  w.serverSockets[0].synQueue = 0; w.serverSockets[0].acceptQueue = ['10.0.0.2:41234'];
  w.serverSockets.push(sock({ id: 's2', host: 'server', local: '10.0.0.1:50000', remote: '10.0.0.2:41234', state: 'ESTABLISHED' }));
  run(S, 9, 10);
  w.select = [{ programId: 'server', phase: 'returned', timeout: null, result: `([${SERVER_SOCK}], [], [])`,
    rlist: [{ fd: 3, label: 'server', ready: true, why: 'the accept queue is non-empty' }], wlist: [], xlist: [] }];
  S.vars.inputready = `[${SERVER_SOCK}]`; S.vars.outputready = '[]'; S.vars.exceptready = '[]';
  w.narration = 'The ACK completes the handshake: the connection moves to the accept queue, so select() returns the server socket.'; push();
  // server: for, if, accept
  w.select = [];
  run(S, 10, 11); S.vars.s = SERVER_SOCK; w.narration = 's is the server socket.'; push();
  run(S, 11, 12); w.narration = 's == server is True.'; push();
  run(S, 12, 13); S.vars.client = CONN_SOCK; S.vars.address = "('10.0.0.2', 41234)";
  w.serverSockets[0].acceptQueue = []; Object.assign(w.serverSockets[1], { fd: 4, pid: 100 });
  w.narration = 'accept() takes the connection from the accept queue and gives it fd 4.'; push();
  run(S, 13, 10); S.vars.input = `[${SERVER_SOCK}, ${CONN_SOCK}]`; w.narration = 'The new socket joins the input list.'; push();
  // client send
  run(C, 7, 8);
  w.clientSockets[0].send = { bytes: 13, capacity: 16384, preview: 'Hello Server!' };
  seg(w, views.length, { from: 'client1', to: 'server', src: '10.0.0.2:41234', dst: '10.0.0.1:50000', flags: 'PSH+ACK', seq: 1, ack: 1, len: 13,
    payloadPreview: 'Hello Server!', cause: { programId: 'client1', line: 7, syscall: 'send', step: views.length } });
  w.narration = 'send() copies 13 bytes into the send buffer; the kernel sends them in a PSH+ACK segment.'; push();
  // data arrives
  w.time = 20; w.segments[3].status = 'delivered'; w.clientSockets[0].send = { bytes: 13, capacity: 16384, preview: 'Hello Server!' };
  w.serverSockets[1].recv = { bytes: 13, capacity: 131072, preview: 'Hello Server!' };
  seg(w, views.length, { from: 'server', to: 'client1', src: '10.0.0.1:50000', dst: '10.0.0.2:41234', flags: 'ACK', seq: 1, ack: 14 });
  run(S, 10, 9);
  w.narration = "The data lands in fd 4's receive buffer; the server's kernel acknowledges it."; push();
  // client close: FIN
  w.time = 25; w.segments[4].status = 'delivered'; w.clientSockets[0].send = { bytes: 0, capacity: 16384, preview: '' };
  run(C, 8, null, 'exited', 'exited with code 0');
  w.clientSockets[0].state = 'FIN-WAIT-1'; w.clientSockets[0].fd = null;
  seg(w, views.length, { from: 'client1', to: 'server', src: '10.0.0.2:41234', dst: '10.0.0.1:50000', flags: 'FIN+ACK', seq: 14, ack: 1,
    cause: { programId: 'client1', line: 8, syscall: 'close', step: views.length } });
  w.narration = "close() releases the client's fd; its kernel sends FIN (FIN-WAIT-1)."; push();
  // FIN arrives
  w.time = 30; w.segments[5].status = 'delivered';
  w.serverSockets[1].state = 'CLOSE-WAIT'; w.serverSockets[1].flags = ['EOF received'];
  seg(w, views.length, { from: 'server', to: 'client1', src: '10.0.0.1:50000', dst: '10.0.0.2:41234', flags: 'ACK', seq: 1, ack: 15 });
  w.narration = "The FIN reaches the server: fd 4 is in CLOSE-WAIT, with EOF after its data. The kernel ACKs the FIN."; push();
  w.time = 35; w.segments[6].status = 'delivered'; w.clientSockets[0].state = 'FIN-WAIT-2';
  w.narration = "The ACK reaches the client: FIN-WAIT-2, waiting for the server to close its side."; push();
  // server select returns fd 4 readable with data
  w.select = [{ programId: 'server', phase: 'returned', timeout: null, result: `([${CONN_SOCK}], [], [])`,
    rlist: [{ fd: 3, label: 'server', ready: false, why: 'the accept queue is empty' }, { fd: 4, label: 'client', ready: true, why: 'data: 13 bytes' }], wlist: [], xlist: [] }];
  S.vars.inputready = `[${CONN_SOCK}]`; run(S, 9, 10);
  w.narration = 'select() returns fd 4: it has 13 bytes to read.'; push();
  w.select = [];
  run(S, 10, 11); S.vars.s = CONN_SOCK; w.narration = 's is the connection.'; push();
  run(S, 11, 15); w.narration = 's == server is False.'; push();
  run(S, 15, 16); S.vars.data = "'Hello Server!'"; w.serverSockets[1].recv = { bytes: 0, capacity: 131072, preview: '' };
  w.narration = "recv(4096) returns the 13 bytes: 'Hello Server!'."; push();
  run(S, 16, 10); S.stdout += 'Hello Server!\n'; w.narration = 'print data writes Hello Server! to the output.'; push();
  for (let i = 0; i < eofSpins; i++) {
    run(S, 10, 9); push();
    w.select = [{ programId: 'server', phase: 'returned', timeout: null, result: `([${CONN_SOCK}], [], [])`,
      rlist: [{ fd: 3, label: 'server', ready: false, why: 'the accept queue is empty' }, { fd: 4, label: 'client', ready: true, why: 'EOF' }], wlist: [], xlist: [] }];
    run(S, 9, 10); w.narration = 'select() reports fd 4 readable again: at EOF, recv() would not block.'; push();
    w.select = [];
    run(S, 10, 11); push();
    run(S, 11, 15); push();
    run(S, 15, 16); S.vars.data = "''"; w.narration = "recv() returns '' because the client closed: EOF. The server never removes the socket from input."; push();
    run(S, 16, 10); S.stdout += '\n'; w.narration = 'print data prints an empty line; the loop goes round again and select() reports fd 4 readable once more.'; push();
  }
  w.server.status = 'budget'; w.server.statusText = 'stopped: the step budget ran out';
  w.finished = 'The step budget ran out: the server would spin on the closed connection forever.';
  w.narration = "The step budget stopped the run: select() keeps reporting the closed socket readable, recv() keeps returning '', and print keeps printing blank lines.";
  push();
  for (const v of views) v.historyLength = views.length;
  return views;
}

/** Replays a list of views through the scheduler's interface (for tests and demos only). */
export function fixtureEngine(make: () => SimView[] = () => lectureStoryViews()): Engine {
  interface H { views: SimView[]; at: number; spec: SessionSpec }
  const h = (x: SimHandle) => x as H;
  return {
    createSimulation: (spec) => ({ views: make(), at: 0, spec }) as H,
    stepForward(sim, programId) {
      const s = h(sim);
      const of = (i: number) => JSON.stringify(s.views[i].programs.find((p) => p.id === programId));
      for (let i = s.at + 1; i < s.views.length; i++) {
        if (!programId || of(i) !== of(s.at)) { s.at = i; return true; }
      }
      return false;
    },
    stepBack(sim) { h(sim).at = Math.max(0, h(sim).at - 1); },
    goTo(sim, step) { h(sim).at = Math.min(h(sim).views.length - 1, Math.max(0, step)); },
    runToLine(sim, programId, line) {
      const s = h(sim);
      for (let i = s.at + 1; i < s.views.length; i++) {
        if (s.views[i].programs.find((p) => p.id === programId)?.currentLine === line) { s.at = i; return; }
      }
    },
    getView(sim) { const s = h(sim); return { ...s.views[s.at], step: s.at }; },
    lectureSession(clients = 1) {
      return {
        topology: 'lecture', latencyMs: 5, seed: 1, stepBudget: 100_000, faults: [],
        programs: [
          { id: 'server', label: 'Server', filename: 'server.py', source: LECTURE_SERVER, python: 2, host: 'server' },
          ...Array.from({ length: clients }, (_, i) => ({
            id: `client${i + 1}`, label: `Client ${i + 1}`, filename: 'client.py', source: LECTURE_CLIENT, python: 2 as const, host: `client${i + 1}`,
          })),
        ],
      };
    },
    addClient(spec) {
      const n = spec.programs.filter((p) => p.id.startsWith('client')).length + 1;
      return { ...spec, programs: [...spec.programs, { id: `client${n}`, label: `Client ${n}`, filename: 'client.py', source: LECTURE_CLIENT, python: 2, host: `client${n}` }] };
    },
  };
}
