/**
 * Kernel core: creation, the seeded PRNG, the time queue (timers and in-flight
 * segments), the link with its fault wrappers, socket bookkeeping (bind and
 * connection tables) and event recording helpers.
 *
 * Nothing here reads a clock or does I/O: time only moves in advance().
 */
import { ANY4, ANY6, isAny, isLoopback, isV4, parseV4, parseV6, unmap } from './addr';
import { emit } from './events';
import type { Cause, Family, Fault, Host, Kernel, QItem, Segment, SegmentMatch, Sock, SockAddr, TcpState } from './types';

/** Linux defaults (measured on the reference machine, see LINUX-FACTS.md). */
export const LINUX = {
  ephemeralLo: 32768,
  ephemeralHi: 60999,
  somaxconn: 4096,
  /** tcp_wmem[1] / tcp_rmem[1]: what getsockopt returns on a fresh TCP socket. */
  tcpSndbuf: 16384,
  tcpRcvbuf: 131072,
  /** wmem_default / rmem_default: fresh UDP sockets. */
  udpSndbuf: 212992,
  udpRcvbuf: 212992,
  /** wmem_max / rmem_max: setsockopt clamps to these before doubling. */
  wmemMax: 4194304,
  rmemMax: 4194304,
  /** tcp_wmem[2]: ceiling for send-buffer autotuning. */
  tcpWmemMax: 4194304,
  /** tcp_rmem[2]: half of it caps SO_RCVLOWAT. */
  tcpRmemMax: 33554432,
  /** SOCK_MIN_SNDBUF / SOCK_MIN_RCVBUF on x86-64. */
  minSndbuf: 4608,
  minRcvbuf: 2304,
  /** TCP_TIMEOUT_INIT: RTO before any RTT sample (also the SYN and SYN-ACK timer). */
  rtoInit: 1000,
  /** TCP_RTO_MIN / TCP_RTO_MAX. */
  rtoMin: 200,
  rtoMax: 120000,
  /** tcp_syn_retries=6 with tcp_syn_linear_timeouts=4: give up 127 s after the first SYN. */
  synRetries: 6,
  synLinearTimeouts: 4,
  synackRetries: 5,
  /** tcp_retries2=15 with rto_base 200 ms: 924.6 s. */
  retries2: 15,
  /** TIME-WAIT length (TCP_TIMEWAIT_LEN) and tcp_fin_timeout for orphaned FIN-WAIT-2. */
  timeWaitMs: 60000,
  /** TCP_DELACK_MIN: how long the ACK of a FIN waits for a reply to ride on. */
  delackMs: 40,
  finTimeoutMs: 60000,
  /** MSS on loopback (MTU 65536, with timestamps) and on an Ethernet link (MTU 1500, no options modelled). */
  mssLoopback: 65483,
  /** IPv6 on loopback: 20 bytes less (TCP_MAXSEG on a ::1 connection reads 32732, half of it). */
  mssLoopback6: 65464,
  mssLink: 1460,
  /** The window field is 16 bits; window scaling is not modelled. */
  maxWindow: 65535,
  udpMaxPayload4: 65507,
  udpMaxPayload6: 65527,
} as const;

/**
 * tcp_model_timeout(): the time after the first transmission at which Linux gives up,
 * computed as if every retry had doubled the RTO (linear SYN timeouts make more
 * retries fit into the same time, which is why a SYN is sent 11 times).
 */
export function modelTimeout(boundary: number, rtoBase: number): number {
  const thresh = Math.floor(Math.log2(LINUX.rtoMax / rtoBase));
  if (boundary <= thresh) return ((2 << boundary) - 1) * rtoBase;
  return ((2 << thresh) - 1) * rtoBase + (boundary - thresh) * LINUX.rtoMax;
}

export interface CreateOptions {
  seed: number;
  /** Default: the lecture's topology, server 10.0.0.1 and client 10.0.0.2. */
  hosts?: { name: string; addrs: string[] }[];
  latencyMs?: number;
  /** Record events (default true). The benchmark may turn this off. */
  recording?: boolean;
}

/** The unset SO_RCVTIMEO / SO_SNDTIMEO, shared by every socket (the pair is replaced, never mutated). */
const NO_TIMEO: [number, number] = [0, 0];

export function createKernelImpl(opts: CreateOptions): Kernel {
  const hosts: Host[] = [];
  const hostByName = new Map<string, number>();
  const addrOwner = new Map<string, number>();
  const specs = opts.hosts ?? [
    { name: 'server', addrs: ['10.0.0.1'] },
    { name: 'client', addrs: ['10.0.0.2'] },
  ];
  for (const h of specs) {
    const addrs: string[] = [];
    for (const a of h.addrs) {
      const c = parseV4(a) ?? parseV6(a);
      if (c !== null && !isLoopback(c)) {
        addrs.push(c);
        addrOwner.set(c, hosts.length);
      }
    }
    hostByName.set(h.name, hosts.length);
    hosts.push({ name: h.name, addrs, down: false });
  }
  return {
    now: 0,
    rng: opts.seed | 0,
    latencyMs: Math.max(0, opts.latencyMs ?? 1),
    hosts,
    hostByName,
    addrOwner,
    procs: new Map(),
    nextPid: 100,
    socks: new Map(),
    nextSock: 1,
    nextSegId: 1,
    binds: new Map(),
    conns: new Map(),
    queue: [],
    wire: [],
    wireSeq: [],
    wireHead: 0,
    qseq: 0,
    local: [],
    faults: [],
    nextFaultId: 1,
    cause: null,
    recording: opts.recording ?? true,
    wakeSeq: 0,
  };
}

// ---------------------------------------------------------------- byte copies

let slab = new Uint8Array(0);
let slabUsed = 0;
const SLAB = 4096;

/**
 * Copy user bytes into kernel memory. Small copies are carved out of shared
 * 4 KB slabs: far fewer ArrayBuffer allocations (which are what makes V8's
 * garbage collector work hard), while a structuredClone() snapshot still copies
 * at most a few KB per slab it references. Kernel bytes are never mutated after
 * the copy, so views may share a slab, even across cloned kernels.
 */
export function copyBytes(data: Uint8Array, from = 0, to = data.length): Uint8Array {
  const n = to - from;
  if (n > SLAB / 2) return data.slice(from, to);
  if (slabUsed + n > slab.length) {
    slab = new Uint8Array(SLAB);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + n);
  out.set(from === 0 && to === data.length ? data : data.subarray(from, to));
  slabUsed += (n + 7) & ~7;
  return out;
}

// ---------------------------------------------------------------- PRNG

/** mulberry32: small, fast, and its whole state is one number in the kernel. */
export function rand32(k: Kernel): number {
  let t = (k.rng = (k.rng + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

// ---------------------------------------------------------------- time queue (binary min-heap)

function qLess(a: QItem, b: QItem): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export function qPush(k: Kernel, item: QItem): void {
  const h = k.queue;
  h.push(item);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!qLess(h[i]!, h[p]!)) break;
    const t = h[i]!;
    h[i] = h[p]!;
    h[p] = t;
    i = p;
  }
}

export function qPop(k: Kernel): QItem | undefined {
  const h = k.queue;
  if (h.length === 0) return undefined;
  const top = h[0]!;
  const last = h.pop()!;
  if (h.length > 0) {
    h[0] = last;
    let i = 0;
    const n = h.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && qLess(h[l]!, h[m]!)) m = l;
      if (r < n && qLess(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      const t = h[i]!;
      h[i] = h[m]!;
      h[m] = t;
      i = m;
    }
  }
  return top;
}

/**
 * Timers are lazy: each socket has at most one live heap entry. Re-arming to a
 * later time just updates s.timerAt; when the early entry comes up it is pushed
 * again at the new time. This keeps per-ACK timer restarts O(1).
 *
 * Returns the socket whose timer is due now for this entry, or null if the entry
 * was stale (and has been dealt with). Only call on the popped top entry.
 */
export function timerDue(k: Kernel, it: QItem): Sock | null {
  const s = k.socks.get(it.sock);
  if (it.kind === 'delack') return s !== undefined && s.delackGen === it.gen && s.delackAt === it.at ? s : null;
  if (s === undefined || s.timerGen !== it.gen) return null;
  s.timerQueuedAt = -1;
  if (s.timerKind === 'none') return null;
  if (s.timerAt > it.at) {
    s.timerGen++;
    s.timerQueuedAt = s.timerAt;
    // The popped entry is no longer in the heap: push it again at the new time (no allocation).
    it.at = s.timerAt;
    it.seq = k.qseq++;
    it.gen = s.timerGen;
    qPush(k, it);
    return null;
  }
  return s;
}

/** Is the heap's top entry a real deadline (not a stale or postponed timer)? */
export function qTopLive(k: Kernel, it: QItem): boolean {
  if (it.kind === 'deliver') return true;
  const s = k.socks.get(it.sock);
  if (it.kind === 'delack') return s !== undefined && s.delackGen === it.gen && s.delackAt === it.at;
  return s !== undefined && s.timerGen === it.gen && s.timerKind !== 'none' && s.timerAt === it.at;
}

// ---------------------------------------------------------------- timers

export function armTimer(k: Kernel, s: Sock, kind: Sock['timerKind'], at: number): void {
  s.timerKind = kind;
  s.timerAt = at;
  if (s.timerQueuedAt >= 0 && s.timerQueuedAt <= at) return;
  s.timerGen++;
  s.timerQueuedAt = at;
  qPush(k, { at, seq: k.qseq++, kind: 'timer', seg: null, sock: s.id, gen: s.timerGen });
}

/** Schedule a delayed ACK (cancelled by any segment we send before it is due). */
export function armDelack(k: Kernel, s: Sock, at: number): void {
  if (s.delackAt >= 0 && s.delackAt <= at) return;
  s.delackAt = at;
  s.delackGen++;
  qPush(k, { at, seq: k.qseq++, kind: 'delack', seg: null, sock: s.id, gen: s.delackGen });
}

/** Stop the timer; a queued heap entry stays and is skipped when it comes up. */
export function stopTimer(s: Sock): void {
  s.timerKind = 'none';
  s.timerAt = -1;
}

// ---------------------------------------------------------------- events

export function hostName(k: Kernel, h: number): string {
  return k.hosts[h]?.name ?? '?';
}

/** A wakeup of the socket's waiters (sk_data_ready, sk_state_change, sk_write_space): stamps it for epoll's ready-list order. */
export function wakeSock(k: Kernel, s: Sock, kind: 'in' | 'out' | 'all' = 'all'): void {
  const t = ++k.wakeSeq;
  if (kind !== 'out') s.wake = t;
  if (kind !== 'in') s.wakeOut = t;
}

export function setState(k: Kernel, s: Sock, to: TcpState, reason: string): void {
  const from = s.state;
  if (from === to) return;
  s.state = to;
  wakeSock(k, s);
  if (k.recording) emit(k, { t: 'state', time: k.now, cause: k.cause, sock: s.id, host: hostName(k, s.host), from, to, reason });
}

export function queueEvent(k: Kernel, s: Sock, queue: 'accept' | 'syn' | 'recv' | 'send', op: 'add' | 'remove', len: number, bytes?: number): void {
  // Data or a connection arrived, or acknowledged data freed send space: the socket's waiters wake.
  if (op === 'add' ? queue === 'recv' || queue === 'accept' : queue === 'send') wakeSock(k, s, op === 'add' ? 'in' : 'out');
  if (k.recording) emit(k, { t: 'queue', time: k.now, cause: k.cause, sock: s.id, queue, op, len, bytes });
}

export function setCauseImpl(k: Kernel, cause: Cause): void {
  k.cause = cause;
}

// ---------------------------------------------------------------- addresses and routing

/** Parse and canonicalise an address string for a family; null when malformed. */
export function canonIp(family: Family, host: string): string | null {
  if (host === '') return family === 2 ? ANY4 : ANY6;
  if (family === 2) return parseV4(host);
  return parseV6(host);
}

/** Is `ip` (wire form, v4 or v6) an address of host h? Loopback belongs to every host. */
export function hostHasAddr(k: Kernel, h: number, ip: string): boolean {
  if (isLoopback(ip)) return true;
  return k.addrOwner.get(ip) === h;
}

/** Which host receives a packet sent by `from` to `dst` (wire form)? -1: nobody. */
export function route(k: Kernel, from: number, dst: string): number {
  if (isLoopback(dst)) return from;
  const o = k.addrOwner.get(dst);
  return o === undefined ? -1 : o;
}

/** Source address Linux would pick for a packet from host h to dst (wire form). */
export function sourceFor(k: Kernel, h: number, dst: string): string | null {
  if (isLoopback(dst)) return isV4(dst) ? (dst.startsWith('127.') ? '127.0.0.1' : dst) : '::1';
  if (k.addrOwner.get(dst) === h) return dst;
  const v4 = isV4(dst);
  for (const a of k.hosts[h]!.addrs) if (isV4(a) === v4) return a;
  return null;
}

/** The address as the socket's family shows it ('1.2.3.4' becomes '::ffff:1.2.3.4' on AF_INET6). */
export function toSockIp(s: Sock, wireIp: string): string {
  if (s.family === 10 && isV4(wireIp)) return `::ffff:${wireIp}`;
  return wireIp;
}

export function mkAddr(family: Family, host: string, port: number): SockAddr {
  if (family === 2) return { family: 2, host, port };
  return { family: 10, host, port, flowinfo: 0, scopeId: 0 };
}

export function anyFor(family: Family): string {
  return family === 2 ? ANY4 : ANY6;
}

// ---------------------------------------------------------------- sockets and tables

export function newSock(k: Kernel, host: number, family: Family, type: 1 | 2): Sock {
  const id = k.nextSock++;
  const s: Sock = {
    id,
    host,
    family,
    type,
    dups: 0,
    pid: -1,
    fd: -1,
    localIp: anyFor(family),
    localPort: 0,
    bindKey: -1,
    connKey: '',
    remoteIp: anyFor(family),
    remotePort: 0,
    state: 'CLOSED',
    nonblocking: false,
    reuseaddr: false,
    reuseport: false,
    keepalive: false,
    nodelay: false,
    userTimeout: 0,
    v6only: false,
    lingerOn: false,
    lingerSecs: 0,
    opts: {
      broadcast: false,
      oobinline: false,
      rcvlowat: 1,
      rcvtimeo: NO_TIMEO,
      sndtimeo: NO_TIMEO,
      keepidle: 7200,
      keepintvl: 75,
      keepcnt: 9,
      ttl: -1,
      hops: -1,
      tos: 0,
      userMss: 0,
      cork: 0,
      tcpCork: false,
      extra: null,
      dev: '',
    },
    sndbuf: type === 1 ? LINUX.tcpSndbuf : LINUX.udpSndbuf,
    rcvbuf: type === 1 ? LINUX.tcpRcvbuf : LINUX.udpRcvbuf,
    sndbufLocked: false,
    rcvbufLocked: false,
    soError: 0,
    softError: 0,
    shutRd: false,
    shutWr: false,
    finReceived: false,
    orphan: false,
    iss: 0,
    sndUna: 0,
    sndNxt: 0,
    sndWnd: 0,
    sndMax: 0,
    sendQ: [],
    sendQOff: 0,
    sendLen: 0,
    finQueued: false,
    finSent: false,
    mss: LINUX.mssLink,
    irs: 0,
    rcvNxt: 0,
    rcvWndAdv: 0,
    recvQ: [],
    recvQOff: 0,
    recvLen: 0,
    oobByte: -1,
    urgOff: -1,
    urgRead: false,
    sndUp: -1,
    sndSml: 0,
    backlog: 0,
    synQ: [],
    acceptQ: [],
    parent: -1,
    timerAt: -1,
    timerKind: 'none',
    timerGen: 0,
    timerQueuedAt: -1,
    delackAt: -1,
    delackGen: 0,
    peerKey: '',
    wSrc: '',
    wDst: '',
    peerHost: -1,
    rto: LINUX.rtoInit,
    rtxCount: 0,
    rtxStart: -1,
    srtt: -1,
    rttvar: -1,
    rttSeq: -1,
    rttAt: -1,
    rcvWndEdge: 0,
    ss: 'unconnected',
    connectFailed: false,
    userBound: false,
    addrLocked: false,
    local: false,
    passive: false,
    pingpong: false,
    ato: 0,
    lrcvAt: -1,
    ackDue: -1,
    wake: 0,
    wakeOut: 0,
    dgrams: [],
    udpPend: null,
    errQ: null,
    dgramBytes: 0,
    udpMem: 0,
    udpDeficit: 0,
    udpReader: 0,
  };
  k.socks.set(id, s);
  return s;
}

/** A number, not a string: bind lookups happen on every connect and must not hash strings. */
export function bindKeyOf(host: number, type: number, port: number): number {
  return (host * 4 + type) * 65536 + port;
}

export function addBind(k: Kernel, s: Sock, port: number): void {
  const key = bindKeyOf(s.host, s.type, port);
  s.localPort = port;
  s.bindKey = key;
  const list = k.binds.get(key);
  if (list === undefined) k.binds.set(key, [s.id]);
  else list.push(s.id);
}

export function removeBind(k: Kernel, s: Sock): void {
  if (s.bindKey < 0) return;
  const list = k.binds.get(s.bindKey);
  if (list !== undefined) {
    const i = list.indexOf(s.id);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) k.binds.delete(s.bindKey);
  }
  s.bindKey = -1;
}

export function connKeyOf(host: number, lip: string, lport: number, rip: string, rport: number): string {
  return `${host}|${lip}|${lport}|${rip}|${rport}`;
}

/**
 * `hint` is the key the peer stamped on the segment that creates this connection (Segment.rkey):
 * when equal, that very string is kept, so that the table lookup of every later segment from the
 * peer compares a string with itself instead of comparing characters.
 */
export function addConn(k: Kernel, s: Sock, hint = ''): void {
  let key = connKeyOf(s.host, unmap(s.localIp), s.localPort, unmap(s.remoteIp), s.remotePort);
  if (hint === key) key = hint;
  s.connKey = key;
  k.conns.set(key, s.id);
}

export function removeConn(k: Kernel, s: Sock): void {
  if (s.connKey === '') return;
  if (k.conns.get(s.connKey) === s.id) k.conns.delete(s.connKey);
  s.connKey = '';
}

/** Do two sockets' local addresses overlap (would they receive for the same address)? */
function addrsOverlap(a: Sock, aIp: string, b: Sock): boolean {
  const bIp = b.localIp;
  if (a.family === b.family) return isAny(aIp) || isAny(bIp) || aIp === bIp;
  // Mixed families: only a dual-stack IPv6 socket overlaps with IPv4.
  const [v6, v6ip, v4ip] = a.family === 10 ? [a, aIp, bIp] : [b, bIp, aIp];
  if (v6.v6only) return false;
  if (v6ip === ANY6) return true;
  if (v6ip.startsWith('::ffff:')) return isAny(v4ip) || unmap(v6ip) === v4ip;
  return false;
}

/**
 * Linux's bind-conflict rule (inet_csk_bind_conflict / udp_lib_lport_inuse):
 * two sockets on one port conflict when their addresses overlap, unless both set
 * SO_REUSEPORT, or both set SO_REUSEADDR and neither is listening (a listening
 * socket always conflicts; a TIME-WAIT socket keeps the flag of its owner).
 */
export function bindConflict(k: Kernel, s: Sock, ip: string, port: number): boolean {
  const list = k.binds.get(bindKeyOf(s.host, s.type, port));
  if (list === undefined) return false;
  for (const id of list) {
    if (id === s.id) continue;
    const o = k.socks.get(id);
    if (o === undefined) continue;
    if (!addrsOverlap(s, ip, o)) continue;
    if (s.reuseport && o.reuseport) continue;
    if (s.type === 2) {
      if (s.reuseaddr && o.reuseaddr) continue;
      return true;
    }
    // inet_bind_conflict() with relax: both SO_REUSEADDR and the other one not listening.
    if (s.reuseaddr && o.reuseaddr && o.state !== 'LISTEN') continue;
    return true;
  }
  return false;
}

/**
 * Pick an ephemeral port from 32768-60999. Linux 6.x prefers even ports for
 * connect() and odd ones for bind(0) (so the two rarely collide); UDP picks any.
 */
export function pickEphemeral(k: Kernel, s: Sock, ip: string, parity: 0 | 1 | -1): number {
  const lo = LINUX.ephemeralLo;
  const n = LINUX.ephemeralHi - lo + 1;
  // `| 0` (exact: the remainder is below n): a remainder of a uint32 above 2^31 is a heap-allocated
  // double, and one such port would make every socket's (and segment's) port fields boxed doubles.
  let start = lo + ((rand32(k) % n) | 0);
  const step = parity < 0 ? 1 : 2;
  if (parity >= 0 && (start & 1) !== parity) start = start + 1 > LINUX.ephemeralHi ? lo + parity : start + 1;
  for (let i = 0; i < n; i += step) {
    let p = start + i;
    if (p > LINUX.ephemeralHi) p -= n;
    if (parity >= 0 && (p & 1) !== parity) continue;
    if (!k.binds.has(bindKeyOf(s.host, s.type, p))) return p;
    if (parity === 1 && !bindConflict(k, s, ip, p)) return p;
  }
  // Fall back to the other parity, as Linux does when one half is exhausted.
  for (let p = lo; p <= LINUX.ephemeralHi; p++) {
    if (!k.binds.has(bindKeyOf(s.host, s.type, p))) return p;
  }
  return 0;
}

/**
 * Remove a socket from every table. Called when the protocol is done with it
 * and no fd refers to it any more.
 */
export function destroySock(k: Kernel, s: Sock, why: string): void {
  // `why` names the cause in traces and debuggers; the event records the socket itself.
  removeConn(k, s);
  removeBind(k, s);
  stopTimer(s);
  if (s.parent >= 0) {
    const p = k.socks.get(s.parent);
    if (p !== undefined) {
      const i = p.synQ.indexOf(s.id);
      if (i >= 0) {
        p.synQ.splice(i, 1);
        queueEvent(k, p, 'syn', 'remove', p.synQ.length);
      }
      const j = p.acceptQ.indexOf(s.id);
      if (j >= 0) {
        p.acceptQ.splice(j, 1);
        queueEvent(k, p, 'accept', 'remove', p.acceptQ.length);
      }
    }
    s.parent = -1;
  }
  k.socks.delete(s.id);
  if (k.recording) emit(k, { t: 'socket', time: k.now, cause: k.cause, sock: s.id, host: hostName(k, s.host), what: 'destroyed', pid: s.pid, fd: s.fd, reason: why });
}

// ---------------------------------------------------------------- the link and its faults

/** A fault names a host by its name or by one of its addresses. */
function isHost(k: Kernel, h: number, nameOrAddr: string): boolean {
  const host = k.hosts[h];
  return host !== undefined && (host.name === nameOrAddr || host.addrs.includes(nameOrAddr));
}

function matches(k: Kernel, m: SegmentMatch, seg: Segment): boolean {
  if (m.proto !== undefined && m.proto !== seg.proto) return false;
  if (m.flagsAll !== undefined && (seg.flags & m.flagsAll) !== m.flagsAll) return false;
  if (m.flagsNone !== undefined && (seg.flags & m.flagsNone) !== 0) return false;
  if (m.flagsExact !== undefined && seg.flags !== m.flagsExact) return false;
  if (m.srcHost !== undefined && !isHost(k, seg.srcHost, m.srcHost)) return false;
  if (m.dstHost !== undefined && !isHost(k, seg.dstHost, m.dstHost)) return false;
  if (m.src !== undefined && m.src !== seg.src) return false;
  if (m.dst !== undefined && m.dst !== seg.dst) return false;
  if (m.sport !== undefined && m.sport !== seg.sport) return false;
  if (m.dport !== undefined && m.dport !== seg.dport) return false;
  if (m.hasPayload !== undefined && (seg.payload.length > 0) !== m.hasPayload) return false;
  return true;
}

/** Does fault f select this segment? Counts matches so `nth` can pick one. */
function faultHits(k: Kernel, f: Fault & { match: SegmentMatch; seen: number; remaining: number }, seg: Segment): boolean {
  if (f.remaining === 0) return false;
  if (!matches(k, f.match, seg)) return false;
  f.seen++;
  if (f.match.nth !== undefined && f.seen !== f.match.nth) return false;
  if (f.remaining > 0) f.remaining--;
  return true;
}

/**
 * Put a segment on the wire. The link is wrapped by the fault list: a cut
 * link or a crashed host loses it, a drop fault loses it, a delay fault holds it
 * back, a duplicate fault sends it twice. Loopback segments go to the softirq
 * backlog (k.local) and are processed before the current syscall returns.
 */
export function xmit(k: Kernel, seg: Segment): void {
  seg.id = k.nextSegId++;
  seg.sentAt = k.now;
  if (seg.dstHost < 0) seg.dstHost = route(k, seg.srcHost, unmap(seg.dst));
  const sameHost = seg.dstHost === seg.srcHost;
  let delay = sameHost ? 0 : k.latencyMs;
  seg.deliverAt = k.now + delay;
  if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'sent', seg });
  let drop: string | null = null;
  let dup = false;
  if (seg.dstHost < 0) drop = 'no host has this address';
  else if (k.hosts[seg.srcHost]!.down) drop = 'sending host is down';
  for (const f of k.faults) {
    if (drop !== null) break;
    if (f.kind === 'cut') {
      const a = k.hostByName.get(f.a);
      const b = k.hostByName.get(f.b);
      if ((seg.srcHost === a && seg.dstHost === b) || (seg.srcHost === b && seg.dstHost === a)) drop = `link ${f.a}-${f.b} is cut`;
      continue;
    }
    if (!faultHits(k, f, seg)) continue;
    if (f.kind === 'drop') drop = `fault #${f.id}: drop`;
    else if (f.kind === 'delay') {
      delay += f.ms;
      seg.deliverAt = k.now + delay;
      if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'delayed', seg, reason: `fault #${f.id}: +${f.ms} ms` });
    } else if (f.kind === 'duplicate') dup = true;
  }
  if (drop !== null) {
    if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: drop });
    return;
  }
  if (delay === 0) k.local.push(seg);
  else enqueueDelivery(k, seg);
  if (dup) {
    const copy: Segment = { ...seg, id: k.nextSegId++ };
    if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'duplicated', seg: copy, reason: 'duplicate fault' });
    if (delay === 0) k.local.push(copy);
    else enqueueDelivery(k, copy);
  }
}

/** Queue a segment for delivery at seg.deliverAt: on the FIFO wire if in order, else in the heap. */
function enqueueDelivery(k: Kernel, seg: Segment): void {
  const n = k.wire.length;
  if (n === k.wireHead || k.wire[n - 1]!.deliverAt <= seg.deliverAt) {
    k.wire.push(seg);
    k.wireSeq.push(k.qseq++);
  } else qPush(k, { at: seg.deliverAt, seq: k.qseq++, kind: 'deliver', seg, sock: -1, gen: 0 });
}

export function addFaultImpl(k: Kernel, spec: DistributiveOmit<Fault, 'id' | 'seen' | 'remaining'> & { count?: number }): number {
  const id = k.nextFaultId++;
  const remaining = spec.count ?? -1;
  let f: Fault;
  switch (spec.kind) {
    case 'drop':
      f = { id, kind: 'drop', match: spec.match, seen: 0, remaining };
      break;
    case 'delay':
      f = { id, kind: 'delay', match: spec.match, ms: spec.ms, seen: 0, remaining };
      break;
    case 'duplicate':
      f = { id, kind: 'duplicate', match: spec.match, seen: 0, remaining };
      break;
    case 'cut':
      f = { id, kind: 'cut', a: spec.a, b: spec.b };
      break;
  }
  k.faults.push(f);
  if (k.recording) emit(k, { t: 'fault', time: k.now, cause: k.cause, what: `added fault #${id}: ${spec.kind}` });
  return id;
}

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
