/**
 * A tiny model of Python's socket module on the simulated kernel, just enough
 * to write each conformance program's replay so it reads like the .py file.
 * Blocking calls drive simulated time until the kernel wakes them; time.sleep
 * advances the clock. Observations use the same encoding as _conf.py.
 */
import * as K from './syscalls';
import { describeSegment } from './inspect';
import type { KEvent } from './events';
import type { Kernel } from './types';

/** Python's errno.errorcode spelling (95 is 'ENOTSUP' there). */
export function pyErrno(n: number): string {
  return n === 95 ? 'ENOTSUP' : K.errnoName(n);
}

export class PyError extends Error {
  constructor(public errno: number) {
    super(pyErrno(errno));
  }
}

export type Obs = [string, unknown][];
export type Addr = [string, number] | [string, number, number, number];

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return s;
};
export const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

export function norm(v: unknown): unknown {
  if (v instanceof Uint8Array) return 'b:' + latin1(v);
  if (Array.isArray(v)) return v.map(norm);
  return v;
}

export class Py {
  k: Kernel;
  pid: number;
  obsList: Obs = [];
  constructor(seed = 1) {
    this.k = K.createKernel({ seed, hosts: [{ name: 'linux', addrs: ['10.0.0.1'] }], latencyMs: 1 });
    this.pid = K.spawnProcess(this.k, 'linux');
  }

  obs(label: string, value: unknown): void {
    this.obsList.push([label, norm(value)]);
  }

  /** Run a syscall to completion the way a blocking caller would, or throw PyError. */
  run<T>(r: K.Sys<T>, limitMs = 300_000): T {
    const end = this.k.now + limitMs;
    while (r.tag === 'block') {
      const w = r.wait;
      while (!K.isReady(this.k, w)) {
        const d = K.nextDeadline(this.k);
        const to = w.deadline !== null && (d === null || w.deadline < d) ? w.deadline : d;
        if (to === null || to > end) throw new Error(`blocked forever: ${w.reason}`);
        K.advance(this.k, to);
      }
      r = K.resume(this.k, w, w.deadline !== null && this.k.now >= w.deadline) as K.Sys<T>;
    }
    if (r.tag === 'err') throw new PyError(r.errno);
    return r.value;
  }

  attempt(fn: () => unknown): unknown {
    try {
      const r = fn();
      return r === undefined ? 'ok' : r;
    } catch (e) {
      if (e instanceof PyError) return 'errno:' + pyErrno(e.errno);
      throw e;
    }
  }

  socket(family: 2 | 10 = 2, type: 1 | 2 = 1): PySock {
    return new PySock(this, this.run(K.sys_socket(this.k, this.pid, family, type, 0)), family);
  }

  sleep(seconds: number): void {
    K.advance(this.k, this.k.now + seconds * 1000);
  }

  /** A connected (client, accepted) pair on loopback; the listener is closed (as _conf.pair). */
  pair(family: 2 | 10 = 2, host = '127.0.0.1'): [PySock, PySock] {
    const srv = this.socket(family);
    srv.bind([host, 0]);
    srv.listen(5);
    const c = this.socket(family);
    c.connect(srv.getsockname().slice(0, 2) as Addr);
    const [a] = srv.accept();
    srv.close();
    return [c, a];
  }

  sel(named: Record<string, PySock>, r: string[] = [], w: string[] = [], x: string[] = []): string[][] {
    const names = new Map(Object.entries(named).map(([n, s]) => [s.fd, n]));
    const res = this.run(K.sys_select(this.k, this.pid, r.map((n) => named[n]!.fd), w.map((n) => named[n]!.fd), x.map((n) => named[n]!.fd), 0));
    return [res.r, res.w, res.x].map((l) => l.map((fd) => names.get(fd)!));
  }

  pollMask(s: PySock, events: number): number {
    const res = this.run(K.sys_poll(this.k, this.pid, [{ fd: s.fd, events }], 0));
    return res.length ? res[0]!.revents : 0;
  }

  /** TCP state of a connection as /proc/net/tcp would list it ('NONE' if not hashed). */
  tcpState(localPort: number, remotePort: number): string {
    for (const s of this.k.socks.values()) {
      if (s.type === 1 && s.localPort === localPort && s.remotePort === remotePort && s.state !== 'CLOSED' && s.state !== 'LISTEN') return s.state;
    }
    return 'NONE';
  }

  done(): Obs {
    return this.obsList;
  }
}

function toSockAddr(family: 2 | 10, a: Addr): K.SockAddr {
  return family === 2 ? { family: 2, host: a[0], port: a[1] } : { family: 10, host: a[0], port: a[1], flowinfo: 0, scopeId: 0 };
}

function fromSockAddr(a: K.SockAddr): Addr {
  return a.family === 2 ? [a.host, a.port] : [a.host, a.port, a.flowinfo, a.scopeId];
}

export class PySock {
  constructor(
    public py: Py,
    public fd: number,
    public family: 2 | 10,
  ) {}
  private get k(): Kernel {
    return this.py.k;
  }
  private get pid(): number {
    return this.py.pid;
  }
  bind(a: Addr): void {
    this.py.run(K.sys_bind(this.k, this.pid, this.fd, toSockAddr(this.family, a)));
  }
  listen(n: number): void {
    this.py.run(K.sys_listen(this.k, this.pid, this.fd, n));
  }
  connect(a: Addr): void {
    this.py.run(K.sys_connect(this.k, this.pid, this.fd, toSockAddr(this.family, a)));
  }
  connect_ex(a: Addr): number {
    try {
      this.connect(a);
      return 0;
    } catch (e) {
      if (e instanceof PyError) return e.errno;
      throw e;
    }
  }
  accept(): [PySock, Addr] {
    const r = this.py.run(K.sys_accept(this.k, this.pid, this.fd));
    return [new PySock(this.py, r.fd, this.family), fromSockAddr(r.addr)];
  }
  send(data: string | Uint8Array, flags = 0): number {
    return this.py.run(K.sys_send(this.k, this.pid, this.fd, typeof data === 'string' ? bytes(data) : data, flags));
  }
  sendto(data: string | Uint8Array, a: Addr): number {
    return this.py.run(K.sys_sendto(this.k, this.pid, this.fd, typeof data === 'string' ? bytes(data) : data, 0, toSockAddr(this.family, a)));
  }
  recv(n: number, flags = 0): Uint8Array {
    return this.py.run(K.sys_recv(this.k, this.pid, this.fd, n, flags));
  }
  recvfrom(n: number, flags = 0): [Uint8Array, Addr | null] {
    const r = this.py.run(K.sys_recvfrom(this.k, this.pid, this.fd, n, flags));
    return [r.data, r.addr ? fromSockAddr(r.addr) : null];
  }
  shutdown(how: number): void {
    this.py.run(K.sys_shutdown(this.k, this.pid, this.fd, how));
  }
  close(): void {
    if (this.fd >= 0) K.sys_close(this.k, this.pid, this.fd);
    this.fd = -1;
  }
  setblocking(on: boolean): void {
    this.py.run(K.sys_setnonblocking(this.k, this.pid, this.fd, !on));
  }
  getblocking(): boolean {
    return !this.py.run(K.sys_isnonblocking(this.k, this.pid, this.fd));
  }
  setsockopt(level: number, opt: number, v: number | Uint8Array): void {
    this.py.run(K.sys_setsockopt(this.k, this.pid, this.fd, level, opt, v));
  }
  getsockopt(level: number, opt: number, buflen?: number): number | Uint8Array {
    if (buflen !== undefined) return this.py.run(K.sys_getsockopt_bytes(this.k, this.pid, this.fd, level, opt, buflen));
    return this.py.run(K.sys_getsockopt(this.k, this.pid, this.fd, level, opt));
  }
  getsockname(): Addr {
    return fromSockAddr(this.py.run(K.sys_getsockname(this.k, this.pid, this.fd)));
  }
  getpeername(): Addr {
    return fromSockAddr(this.py.run(K.sys_getpeername(this.k, this.pid, this.fd)));
  }
}

/** struct.pack('ii', a, b) */
export function packII(a: number, b: number): Uint8Array {
  const u = new Uint8Array(8);
  const dv = new DataView(u.buffer);
  dv.setInt32(0, a, true);
  dv.setInt32(4, b, true);
  return u;
}

/** The segments for one port, as _sniff.Sniffer.segments reports them ('c>s SYN|ACK:13'). */
export function segmentsFor(events: KEvent[], port: number): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.t !== 'segment' || e.what !== 'sent' || e.seg.proto !== 'tcp') continue;
    const s = e.seg;
    if (s.sport !== port && s.dport !== port) continue;
    const d = describeSegment(s);
    const flags = d.slice(d.indexOf('[') + 1, d.indexOf(']'));
    out.push(`${s.sport === port ? 's>c' : 'c>s'} ${flags}${s.payload.length ? ':' + s.payload.length : ''}`);
  }
  return out;
}
