/**
 * Delivery and time: the softirq loop for loopback segments, advance() for
 * timers and segments in flight between hosts, and UDP/ICMP input.
 */
import { isAny, isV4, unmap } from './addr';
import { ERRNO } from './constants';
import { bindKeyOf, destroySock, hostName, mkAddr, qPop, qTopLive, timerDue, toSockIp, wakeSock, xmit } from './core';
import { emit } from './events';
import { reuseportPick, tcpDelack, tcpRcv, tcpTimer } from './tcp';
import type { Cause, Kernel, Segment, Sock } from './types';

const CAUSE_DELIVERY: Cause = Object.freeze({ timer: 'delivery' });
const TIMER_CAUSES = new Map<string, Cause>();
/** Shared, frozen cause objects: no allocation per timer or delivery. */
function timerCause(kind: string): Cause {
  let c = TIMER_CAUSES.get(kind);
  if (c === undefined) {
    c = Object.freeze({ timer: kind });
    TIMER_CAUSES.set(kind, c);
  }
  return c;
}

/** Process one arriving segment on its destination host. */
export function deliver(k: Kernel, seg: Segment): void {
  const h = k.hosts[seg.dstHost];
  if (h === undefined || h.down) {
    if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: 'destination host is down' });
    return;
  }
  if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'delivered', seg });
  switch (seg.proto) {
    case 'tcp':
      tcpRcv(k, seg);
      return;
    case 'udp':
      udpRcv(k, seg);
      return;
    case 'icmp':
      icmpRcv(k, seg);
      return;
  }
}

/**
 * Run the loopback backlog until it is empty. Linux processes a loopback
 * packet in softirq on the sending CPU, so the whole exchange (SYN, SYN-ACK,
 * ACK, data, ACK) completes before the syscall that started it returns.
 */
export function flush(k: Kernel): void {
  const q = k.local;
  let i = 0;
  while (i < q.length) {
    if (i >= FLUSH_LIMIT) {
      // A safety valve, not a Linux behaviour: two sockets answering each other
      // forever (an ACK war) must not hang the simulator. Linux rate-limits such
      // answers (tcp_invalid_ratelimit); here the rest of the burst is dropped.
      for (; i < q.length; i++) if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg: q[i]!, reason: 'loopback burst limit (ACK war guard)' });
      break;
    }
    deliver(k, q[i]!);
    i++;
  }
  // Truncating an empty array is a runtime call: skip it on the common path (nothing queued).
  if (i !== 0) q.length = 0;
}

const FLUSH_LIMIT = 1_000_000;

/** Advance simulated time to `to`, firing timers and deliveries in (time, order) order. */
export function advanceImpl(k: Kernel, to: number): void {
  flush(k);
  const saved = k.cause;
  for (;;) {
    const top = k.queue[0];
    const w = k.wireHead < k.wire.length ? k.wire[k.wireHead]! : undefined;
    if (w !== undefined && (top === undefined || w.deliverAt < top.at || (w.deliverAt === top.at && k.wireSeq[k.wireHead]! < top.seq))) {
      if (w.deliverAt > to) break;
      k.wireHead++;
      if (k.wireHead >= 1024 && k.wireHead * 2 >= k.wire.length) {
        k.wire.splice(0, k.wireHead);
        k.wireSeq.splice(0, k.wireHead);
        k.wireHead = 0;
      }
      if (w.deliverAt > k.now) k.now = w.deliverAt;
      k.cause = CAUSE_DELIVERY;
      deliver(k, w);
      flush(k);
      continue;
    }
    if (top === undefined || top.at > to) break;
    qPop(k);
    if (top.kind === 'deliver') {
      if (top.at > k.now) k.now = top.at;
      k.cause = CAUSE_DELIVERY;
      deliver(k, top.seg!);
    } else {
      const s = timerDue(k, top);
      if (s === null) continue;
      if (top.at > k.now) k.now = top.at;
      if (k.hosts[s.host]!.down) continue;
      if (top.kind === 'delack') {
        k.cause = timerCause('delayed ACK');
        tcpDelack(k, s);
        flush(k);
        continue;
      }
      k.cause = timerCause(s.timerKind);
      tcpTimer(k, s);
    }
    flush(k);
  }
  // Drop delivered segments from the wire so snapshots hold only what is in flight.
  if (k.wireHead > 0) {
    k.wire.splice(0, k.wireHead);
    k.wireSeq.splice(0, k.wireHead);
    k.wireHead = 0;
  }
  k.cause = saved;
  if (to > k.now) k.now = to;
}

/** When the next timer or delivery is due, or null if nothing is pending. */
export function nextDeadlineImpl(k: Kernel): number | null {
  const wire = k.wireHead < k.wire.length ? k.wire[k.wireHead]!.deliverAt : null;
  for (;;) {
    const top = k.queue[0];
    if (top === undefined) return wire;
    if (qTopLive(k, top)) return wire !== null && wire < top.at ? wire : top.at;
    qPop(k);
    if (top.kind !== 'deliver') timerDue(k, top);
  }
}

// ---------------------------------------------------------------- UDP

/** UDP demultiplexing: a connected match beats an exact local address beats a wildcard. */
function udpLookup(k: Kernel, seg: Segment): Sock | undefined {
  const list = k.binds.get(bindKeyOf(seg.dstHost, 2, seg.dport));
  if (list === undefined) return undefined;
  let best: Sock | undefined;
  let bestScore = -1;
  for (const id of list) {
    const s = k.socks.get(id);
    if (s === undefined) continue;
    if (s.family === 2 && seg.family !== 2) continue;
    if (s.family === 10 && seg.family === 2 && s.v6only) continue;
    const lip = unmap(s.localIp);
    let score: number;
    if (lip === '0.0.0.0' || lip === '::') score = 1;
    else if (lip === seg.dst) score = 2;
    else continue;
    if (s.state === 'ESTABLISHED') {
      if (unmap(s.remoteIp) !== seg.src || s.remotePort !== seg.sport) continue;
      score += 4;
    }
    if (score >= bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best !== undefined && best.reuseport && best.state !== 'ESTABLISHED' ? reuseportPick(k, list, best, seg.src, seg.sport, best.state) : best;
}

/**
 * skb->truesize of a UDP datagram with `len` payload bytes as Linux (x86-64, 6.x) builds it on a
 * 65536-MTU loopback: ip_append_data / ip6_append_data allocate one linear skb of
 * payload + UDP header (8) + IP header (20 / 40) + alloc_extra (hh_len 16, plus 15 for IPv4 or
 * a fragment header's 8 for IPv6) while that is below SKB_MAX_ALLOC (16064); the head is
 * SKB_DATA_ALIGN(size) + SKB_DATA_ALIGN(skb_shared_info) (320), served from the 576-byte small-head
 * cache, else rounded up to a kmalloc size (a power of two, page orders above 8192). Beyond
 * SKB_MAX_ALLOC the payload goes into page fragments (truesize += payload) behind a small head.
 * truesize adds SKB_DATA_ALIGN(sizeof(struct sk_buff)) (256). Measured: 832 bytes for up to 197
 * payload bytes over IPv4 (184 over IPv6), so 256 small datagrams fill the default 212992 SO_RCVBUF.
 */
export function udpTruesize(family: number, len: number): number {
  const extra = family === 10 ? 8 + 40 + 16 + 8 : 8 + 20 + 16 + 15;
  const SHINFO = 320;
  const SKB = 256;
  const SMALL_HEAD = 576;
  const align = (n: number): number => (n + 63) & ~63;
  const head = (size: number): number => {
    const obj = align(size) + SHINFO;
    if (obj <= SMALL_HEAD) return SMALL_HEAD;
    let p = 1024;
    while (p < obj) p *= 2;
    return p;
  };
  if (len + extra < 16064) return head(len + extra) + SKB;
  return head(extra) + SKB + len;
}

function udpRcv(k: Kernel, seg: Segment): void {
  const s = udpLookup(k, seg);
  if (s === undefined) {
    // Nobody bound: ICMP destination unreachable (port unreachable) goes back.
    if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: 'no socket bound to this UDP port: ICMP port unreachable' });
    const icmp: Segment = {
      id: 0,
      family: seg.family,
      proto: 'icmp',
      src: seg.dst,
      sport: 0,
      dst: seg.src,
      dport: 0,
      seq: 0,
      ack: 0,
      flags: 0,
      window: 0,
      payload: new Uint8Array(0),
      sentAt: 0,
      deliverAt: 0,
      srcHost: seg.dstHost,
      dstHost: -1,
      rkey: '',
      retransmit: false,
      icmp: { type: seg.family === 2 ? 3 : 1, code: seg.family === 2 ? 3 : 4, origSrc: seg.src, origSport: seg.sport, origDst: seg.dst, origDport: seg.dport, origPayload: seg.payload },
    };
    xmit(k, icmp);
    return;
  }
  // __udp_enqueue_schedule_skb: the datagram charges its skb's truesize (not its length) to
  // sk_rmem_alloc, and is dropped when that would exceed SO_RCVBUF, unless the receive memory is 0
  // ("accept the packet if queue is empty"). Memory of datagrams already read may still be charged
  // (udpDeficit, see udpRmemRelease in syscalls.ts).
  const truesize = udpTruesize(seg.family, seg.payload.length);
  if (s.udpMem + truesize > s.rcvbuf && s.udpMem !== 0) {
    if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: 'UDP receive buffer full' });
    return;
  }
  s.dgrams.push({ data: seg.payload, from: mkAddr(s.family, toSockIp(s, seg.src), seg.sport), truesize });
  s.dgramBytes += seg.payload.length;
  s.udpMem += truesize;
  wakeSock(k, s, 'in');
  if (k.recording) emit(k, { t: 'queue', time: k.now, cause: k.cause, sock: s.id, queue: 'recv', op: 'add', len: s.dgrams.length, bytes: s.dgramBytes });
}

/**
 * ICMP port unreachable: a *connected* UDP socket to that destination gets
 * ECONNREFUSED as a pending error; an unconnected one ignores it (IP_RECVERR off).
 */
function icmpRcv(k: Kernel, seg: Segment): void {
  const ic = seg.icmp;
  if (ic === null) return;
  const list = k.binds.get(bindKeyOf(seg.dstHost, 2, ic.origSport));
  if (list === undefined) return;
  let target: Sock | undefined;
  for (const id of list) {
    const s = k.socks.get(id);
    if (s === undefined) continue;
    if (s.state === 'ESTABLISHED') {
      if (unmap(s.remoteIp) === ic.origDst && s.remotePort === ic.origDport) {
        target = s;
        break;
      }
    } else if (target === undefined && (isAny(s.localIp) || unmap(s.localIp) === ic.origSrc)) target = s;
  }
  if (target === undefined) return;
  const s = target;
  // __udp4_lib_err: with IP_RECVERR the error is queued (with the payload) and reported to any
  // socket; without it only a connected socket hears of it.
  const recverr = s.opts.extra !== null && (s.opts.extra[IP_RECVERR] === 1 || s.opts.extra[IPV6_RECVERR] === 1);
  if (!recverr && s.state !== 'ESTABLISHED') return;
  if (recverr) (s.errQ ??= []).push({ data: ic.origPayload ?? new Uint8Array(0), addr: mkAddr(s.family, toSockIp(s, ic.origDst), ic.origDport) });
  s.soError = ERRNO.ECONNREFUSED;
  wakeSock(k, s);
  if (k.recording) emit(k, { t: 'fault', time: k.now, cause: k.cause, what: `ICMP port unreachable: socket ${s.id} on ${hostName(k, s.host)} gets ECONNREFUSED` });
}

/** Sock.opts.extra keys of IP_RECVERR and IPV6_RECVERR. */
const IP_RECVERR = 0 * 256 + 11;
const IPV6_RECVERR = 41 * 256 + 25;

/** Send one UDP datagram from socket s to dst:port (wire addresses). */
export function udpOutput(k: Kernel, s: Sock, payload: Uint8Array, dst: string, dport: number): void {
  const seg: Segment = {
    id: 0,
    family: isV4(dst) ? 2 : 10,
    proto: 'udp',
    src: '',
    sport: s.localPort,
    dst,
    dport,
    seq: 0,
    ack: 0,
    flags: 0,
    window: 0,
    payload,
    sentAt: 0,
    deliverAt: 0,
    srcHost: s.host,
    dstHost: -1,
    rkey: '',
    retransmit: false,
    icmp: null,
  };
  seg.src = srcFor(k, s, dst);
  xmit(k, seg);
}

function srcFor(k: Kernel, s: Sock, dst: string): string {
  const lip = unmap(s.localIp);
  if (lip !== '0.0.0.0' && lip !== '::' && isV4(lip) === isV4(dst)) return lip;
  if (dst.startsWith('127.')) return '127.0.0.1';
  if (dst === '::1') return '::1';
  const v4 = isV4(dst);
  for (const a of k.hosts[s.host]!.addrs) if (isV4(a) === v4) return a;
  return v4 ? '127.0.0.1' : '::1';
}

/** Crash a host: its sockets vanish without a word (no FIN, no RST), its processes die. */
export function crashHostImpl(k: Kernel, name: string): void {
  const h = k.hostByName.get(name);
  if (h === undefined) return;
  k.hosts[h]!.down = true;
  for (const s of [...k.socks.values()]) if (s.host === h) destroySock(k, s, 'host crashed');
  for (const p of k.procs.values()) if (p.host === h) {
    p.exited = true;
    p.fds = [];
  }
  if (k.recording) emit(k, { t: 'fault', time: k.now, cause: k.cause, what: `host ${name} crashed` });
}

export function restartHostImpl(k: Kernel, name: string): void {
  const h = k.hostByName.get(name);
  if (h === undefined) return;
  k.hosts[h]!.down = false;
  if (k.recording) emit(k, { t: 'fault', time: k.now, cause: k.cause, what: `host ${name} restarted` });
}
