/**
 * The scheduler's public shapes: what a session is made of (plain data, so it can be saved, shared
 * in a link and replayed), and the read-only view of one moment that the UI draws.
 *
 * The view is derived on demand from the simulation's state at the current step; nothing in it is
 * stored twice, and nothing in it lets the UI reach into the kernel.
 */

export type PythonMode = 2 | 3 | 'auto';

/** One program of a session, placed on a host. */
export interface ProgramSpec {
  /** Stable id: 'server', 'client1', 'client2' … */
  id: string;
  /** Human label: 'Server', 'Client 1' … (the UI names regions "Server code", "Client 1 code"). */
  label: string;
  filename: string;
  source: string;
  python: PythonMode;
  /** Host name from the topology, e.g. 'server', 'client1'. */
  host: string;
  /** Simulated ms at which the program starts (default 0). */
  startAt?: number;
}

/** A fault on the link, as data: which segment to drop, delay or duplicate. */
export interface FaultSpec {
  kind: 'drop' | 'delay' | 'duplicate';
  /** Match the nth (1-based) segment with these flags (e.g. 'SYN+ACK'), optionally from a host. */
  flags?: string;
  from?: string;
  nth?: number;
  delayMs?: number;
}

export interface SessionSpec {
  programs: ProgramSpec[];
  /** 'lecture': server 10.0.0.1 and clients 10.0.0.2, 10.0.0.3 … on one link; 'loopback': one host. */
  topology: 'lecture' | 'loopback';
  latencyMs: number;
  seed: number;
  /** Line steps before a run is stopped (default 100,000). */
  stepBudget: number;
  faults: FaultSpec[];
}

export type ProgramStatus = 'ready' | 'blocked' | 'exited' | 'crashed' | 'syntax-error' | 'budget' | 'waiting-to-start';

export interface VarView {
  name: string;
  repr: string;
  /** The value's repr differs from the previous step's. */
  changed: boolean;
  /** For a socket: its file descriptor (Python 2's repr does not show it). */
  fd?: number;
}

export interface FrameView {
  name: string;
  vars: VarView[];
}

export interface ProgramView {
  id: string;
  label: string;
  host: string;
  hostAddr: string;
  pid: number;
  python: 2 | 3;
  lines: string[];
  /** 1-based line about to run, or null when finished. */
  currentLine: number | null;
  /** 1-based line executed by this program's most recent step. */
  lastLine: number | null;
  /**
   * A program with threads: each live thread's name and next line, the running thread's (the
   * currentLine) first, with why a thread waits. Empty while the program has one thread.
   */
  threads: { name: string; line: number; blocked: string | null }[];
  status: ProgramStatus;
  /** "blocked in select(): no socket is ready" while blocked; the error text when crashed. */
  statusText: string;
  frames: FrameView[];
  stdout: string;
  stderr: string;
  syntaxError: { line: number; col: number; msg: string } | null;
}

export type TcpStateName =
  | 'CLOSED' | 'LISTEN' | 'SYN-SENT' | 'SYN-RECEIVED' | 'ESTABLISHED' | 'FIN-WAIT-1' | 'FIN-WAIT-2'
  | 'CLOSE-WAIT' | 'CLOSING' | 'LAST-ACK' | 'TIME-WAIT';

export interface BufferView {
  bytes: number;
  capacity: number;
  /** A printable preview of the first bytes, Python-repr style without the b'' quotes. */
  preview: string;
}

export interface SocketView {
  /** Stable id across steps (for animation keys). */
  id: string;
  host: string;
  pid: number | null;
  /** null for a connection still in the accept queue or lingering in TIME-WAIT without an fd. */
  fd: number | null;
  family: 'AF_INET' | 'AF_INET6';
  type: 'SOCK_STREAM' | 'SOCK_DGRAM';
  local: string;
  remote: string;
  state: TcpStateName | 'UDP';
  backlog: number | null;
  synQueue: number;
  acceptQueue: string[];
  acceptQueueLimit: number | null;
  recv: BufferView;
  send: BufferView;
  flags: string[];
  /** A completed connection waiting in its listener's accept queue (no fd until accept()). */
  inAcceptQueue?: boolean;
  /** A half-open connection in its listener's SYN queue (SYN-RECEIVED). */
  inSynQueue?: boolean;
}

export interface HostView {
  name: string;
  addr: string;
  sockets: SocketView[];
}

export interface SelectFdView {
  fd: number;
  /** "server", "client" … the Python variable that holds it, when one does. */
  label: string;
  ready: boolean;
  why: string;
}

export interface SelectView {
  programId: string;
  phase: 'waiting' | 'returned';
  rlist: SelectFdView[];
  wlist: SelectFdView[];
  xlist: SelectFdView[];
  timeout: number | null;
  /**
   * What select returned, when it has, exactly as Python prints it: the interpreter's repr of the
   * returned tuple, e.g. `([<socket.socket fd=3, …>], [], [])` (Python 2: `<socket._socketobject …>`).
   */
  result: string | null;
  /** The fds select returned as ready (read, write, except), when it has. */
  ready?: { r: number[]; w: number[]; x: number[] } | null;
}

export interface SegmentView {
  id: number;
  from: string; // host name
  to: string;
  src: string; // ip:port
  dst: string;
  proto: 'TCP' | 'UDP';
  /** 'SYN', 'SYN+ACK', 'ACK', 'PSH+ACK', 'FIN+ACK', 'RST', 'RST+ACK' … */
  flags: string;
  seq: number;
  ack: number;
  len: number;
  payloadPreview: string;
  sentAt: number;
  arriveAt: number;
  status: 'in-flight' | 'delivered' | 'dropped';
  /** What caused it: the program and line, and the syscall, when a program did. */
  cause: { programId: string | null; line: number | null; syscall: string | null; step: number };
}

export interface SimView {
  /** Steps taken so far (0 = the start), and the number of recorded steps. */
  step: number;
  historyLength: number;
  /** Simulated time in ms. */
  time: number;
  programs: ProgramView[];
  hosts: HostView[];
  select: SelectView[];
  segments: SegmentView[];
  /** One plain sentence saying what the last step did. */
  narration: string;
  /** Set when nothing can ever happen again, or the budget stopped the run. */
  finished: string | null;
}
