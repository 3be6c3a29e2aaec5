/**
 * Test fixtures for the kernel, in the style of smoltcp's TCP tests: a small
 * world (server 10.0.0.1, clients 10.0.0.2 and 10.0.0.3, 10 ms one-way), and
 * `pairIn(state)` which drives a client/server pair into a given RFC state so
 * each transition can be tested from a known starting point.
 */
import { describeSegment } from './inspect';
import * as K from './syscalls';
import type { KEvent } from './events';
import type { Kernel, Segment, Sock, SockAddr, TcpState } from './types';

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
export const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

export function v4(host: string, port: number): SockAddr {
  return { family: 2, host, port };
}
export function v6(host: string, port: number): SockAddr {
  return { family: 10, host, port, flowinfo: 0, scopeId: 0 };
}

/** Unwrap an ok result, or fail with a readable message. */
export function ok<T>(r: K.Sys<T>): T {
  if (r.tag === 'ok') return r.value;
  throw new Error(r.tag === 'err' ? `expected ok, got ${K.errnoName(r.errno)}` : `expected ok, got block: ${r.wait.reason}`);
}

/** The errno name of a result ('ok' / 'block' otherwise). */
export function en(r: K.Sys<unknown>): string {
  return r.tag === 'err' ? K.errnoName(r.errno) : r.tag;
}

export function blocked(r: K.Sys<unknown>): K.Wait {
  if (r.tag !== 'block') throw new Error(`expected block, got ${r.tag === 'err' ? K.errnoName(r.errno) : 'ok'}`);
  return r.wait;
}

export interface World {
  k: Kernel;
  /** A process on the server host. */
  srv: number;
  /** A process on client host 10.0.0.2. */
  cli: number;
  /** A process on client host 10.0.0.3. */
  cli2: number;
  /** A second process on the server host (for loopback clients). */
  lo: number;
}

export function world(latencyMs = 10, seed = 7): World {
  const k = K.createKernel({ seed, hosts: K.lectureTopology(2), latencyMs });
  return { k, srv: K.spawnProcess(k, 'server'), cli: K.spawnProcess(k, 'client1'), cli2: K.spawnProcess(k, 'client2'), lo: K.spawnProcess(k, 'server') };
}

export function tcpSock(k: Kernel, pid: number, family: 2 | 10 = 2): number {
  return ok(K.sys_socket(k, pid, family, K.SOCK_STREAM, 0));
}
export function udpSock(k: Kernel, pid: number, family: 2 | 10 = 2): number {
  return ok(K.sys_socket(k, pid, family, K.SOCK_DGRAM, 0));
}

export function listener(k: Kernel, pid: number, port: number, backlog = 5, host = '0.0.0.0'): number {
  const fd = tcpSock(k, pid);
  ok(K.sys_bind(k, pid, fd, v4(host, port)));
  ok(K.sys_listen(k, pid, fd, backlog));
  return fd;
}

/** Advance by `ms` of simulated time. */
export function step(k: Kernel, ms: number): void {
  K.advance(k, k.now + ms);
}

/** Fire everything due within the next `maxMs` (default: a second). */
export function settle(k: Kernel, maxMs = 1000): void {
  const end = k.now + maxMs;
  for (let d = K.nextDeadline(k); d !== null && d <= end; d = K.nextDeadline(k)) K.advance(k, d);
  K.advance(k, Math.max(k.now, end));
}

/** The kernel socket behind a pid/fd (tests may look inside). */
export function sockOf(k: Kernel, pid: number, fd: number): Sock {
  const id = k.procs.get(pid)!.fds[fd];
  if (id == null) throw new Error(`fd ${fd} not open`);
  return k.socks.get(id)!;
}

export function sentSegments(events: KEvent[]): Segment[] {
  const out: Segment[] = [];
  for (const e of events) if (e.t === 'segment' && e.what === 'sent') out.push(e.seg);
  return out;
}

/** Short flag names of the segments sent, e.g. ['SYN', 'SYN|ACK', 'ACK', 'PSH|ACK:13']. */
export function flagTrace(events: KEvent[]): string[] {
  return sentSegments(events).map((s) => {
    if (s.proto !== 'tcp') return s.proto.toUpperCase();
    const d = describeSegment(s);
    const f = d.slice(d.indexOf('[') + 1, d.indexOf(']'));
    return s.payload.length > 0 ? `${f}:${s.payload.length}` : f;
  });
}

export interface Pair extends World {
  /** Client fd (on cli) and server-side accepted fd (on srv; -1 before accept). */
  c: number;
  s: number;
  l: number;
  cs: () => Sock;
  ss: () => Sock;
}

/**
 * Drive a client (10.0.0.2) / server (10.0.0.1:5000) pair into a state, over
 * the 10 ms link. Names: the client's state for the active side
 * (SYN-SENT, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT, CLOSING) and
 * the server's for the passive side (SYN-RECEIVED, CLOSE-WAIT, LAST-ACK).
 * Closing is done with shutdown(SHUT_WR) so both fds stay open for inspection.
 */
export function pairIn(state: TcpState): Pair {
  const w = world();
  const { k, srv, cli } = w;
  const l = listener(k, srv, 5000);
  const c = tcpSock(k, cli);
  const p: Pair = {
    ...w,
    c,
    s: -1,
    l,
    cs: () => sockOf(k, cli, c),
    ss: () => sockOf(k, srv, p.s),
  };
  const wait = blocked(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)));
  if (state === 'SYN-SENT') return p;
  step(k, 10); // SYN arrives, SYN-ACK leaves
  if (state === 'SYN-RECEIVED') return p;
  step(k, 10); // SYN-ACK arrives, client ESTABLISHED, ACK leaves
  ok(K.resume(k, wait, false)); // connect() returns
  step(k, 10); // ACK arrives, server ESTABLISHED
  p.s = ok(K.sys_accept(k, srv, l)).fd;
  if (state === 'ESTABLISHED') return p;
  if (state === 'CLOSING') {
    ok(K.sys_shutdown(k, cli, c, K.SHUT_WR));
    ok(K.sys_shutdown(k, srv, p.s, K.SHUT_WR));
    step(k, 10); // both FINs arrive: both CLOSING
    return p;
  }
  ok(K.sys_shutdown(k, cli, c, K.SHUT_WR)); // client FIN-WAIT-1
  if (state === 'FIN-WAIT-1') return p;
  step(k, 10); // FIN arrives: server CLOSE-WAIT, ACK leaves
  if (state === 'CLOSE-WAIT') return p;
  step(k, 50); // the delayed ACK (40 ms) arrives: client FIN-WAIT-2
  if (state === 'FIN-WAIT-2') return p;
  ok(K.sys_shutdown(k, srv, p.s, K.SHUT_WR)); // server LAST-ACK
  if (state === 'LAST-ACK') return p;
  step(k, 10); // server FIN arrives: client TIME-WAIT
  if (state === 'TIME-WAIT') return p;
  throw new Error(`no fixture for ${state}`);
}
