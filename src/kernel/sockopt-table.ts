/**
 * Socket options a program can set and read back but that change nothing the simulator models
 * (SO_PRIORITY, SO_DONTROUTE, IP_MULTICAST_TTL, TCP_SYNCNT, TCP_LINGER2, ...). Each has Linux's
 * default, its accepted range and errno, measured with python3 on Linux 6.18 as root (the
 * conformance recorder's user: SO_PRIORITY > 6 and SO_MARK need CAP_NET_ADMIN otherwise).
 * Values live in `Sock.opts.extra`, keyed by `level * 256 + opt`; accepted sockets inherit them.
 */
import { AF_INET, ERRNO, IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, SOCK_STREAM, SOL_SOCKET } from './constants';
import { isV4, unmap } from './addr';
import type { Sock } from './types';

type Result = { ok: number } | { errno: number };

interface Opt {
  def: number | ((s: Sock) => number);
  /** setsockopt: the value to store or an errno. Default: booleans (v !== 0). */
  set?: (v: number, s: Sock) => Result;
  /** Which socket types know it: SOCK_STREAM or SOCK_DGRAM only (TCP options are handled by the caller). */
  only?: 1 | 2;
  /** setsockopt is refused with this errno for that type (getsockopt still reads the default). */
  setErr?: { type: 1 | 2; errno: number };
  /** Kept under another option's key (flags shared by two options), read through `get`. */
  store?: number;
  get?: (stored: number) => number;
}

const bool = (v: number): Result => ({ ok: v !== 0 ? 1 : 0 });
const int = (v: number): Result => ({ ok: v });
const einval: Result = { errno: ERRNO.EINVAL };
const established = (s: Sock): boolean => s.state !== 'CLOSED' && s.state !== 'LISTEN' && s.state !== 'SYN-SENT';

/** tcp.c secs_to_retrans / retrans_to_secs (TCP_DEFER_ACCEPT is kept as a retransmission count). */
function deferAccept(seconds: number): number {
  let res = 0;
  if (seconds > 0) {
    let timeout = 1;
    let period = timeout;
    res = 1;
    while (seconds > period && res < 255) {
      res++;
      timeout = Math.min(timeout * 2, 120);
      period += timeout;
    }
  }
  let period = 0;
  if (res > 0) {
    let timeout = 1;
    period = timeout;
    while (--res) {
      timeout = Math.min(timeout * 2, 120);
      period += timeout;
    }
  }
  return period;
}

const key = (level: number, opt: number): number => level * 256 + opt;

const TABLE = new Map<number, Opt>([
  // SOL_SOCKET
  [key(SOL_SOCKET, 1), { def: 0 }], // SO_DEBUG
  [key(SOL_SOCKET, 5), { def: 0 }], // SO_DONTROUTE
  [key(SOL_SOCKET, 11), { def: 0 }], // SO_NO_CHECK
  [key(SOL_SOCKET, 12), { def: 0, set: int }], // SO_PRIORITY
  // SO_TIMESTAMP and SO_TIMESTAMPNS share two flags (SOCK_RCVTSTAMP, SOCK_RCVTSTAMPNS), kept as one
  // value under SO_TIMESTAMP: 0 off, 1 microseconds, 2 nanoseconds. Turning either off clears both.
  [key(SOL_SOCKET, 29), { def: 0, get: (x) => (x === 1 ? 1 : 0), set: (v) => ({ ok: v !== 0 ? 1 : 0 }) }],
  [key(SOL_SOCKET, 35), { def: 0, store: key(SOL_SOCKET, 29), get: (x) => (x === 2 ? 1 : 0), set: (v) => ({ ok: v !== 0 ? 2 : 0 }) }],
  [key(SOL_SOCKET, 36), { def: 0, set: int }], // SO_MARK
  // IPPROTO_IP (IPv6 sockets accept them too)
  [key(IPPROTO_IP, 3), { def: 0, set: () => ({ errno: ERRNO.ENOPROTOOPT }) }], // IP_HDRINCL (raw sockets only)
  [key(IPPROTO_IP, 6), { def: 0 }], // IP_RECVOPTS
  [key(IPPROTO_IP, 7), { def: 0 }], // IP_RETOPTS
  [key(IPPROTO_IP, 8), { def: 0 }], // IP_PKTINFO
  [key(IPPROTO_IP, 10), { def: 1, set: (v) => (v >= 0 && v <= 5 ? { ok: v } : einval) }], // IP_MTU_DISCOVER
  [key(IPPROTO_IP, 11), { def: 0 }], // IP_RECVERR
  [key(IPPROTO_IP, 12), { def: 0 }], // IP_RECVTTL
  [key(IPPROTO_IP, 13), { def: 0 }], // IP_RECVTOS
  [key(IPPROTO_IP, 15), { def: 0 }], // IP_FREEBIND
  [key(IPPROTO_IP, 19), { def: 0 }], // IP_TRANSPARENT
  // IP_MULTICAST_TTL: -1 is the default (1); TCP refuses it.
  // An accepted connection's is the SYN's TTL (64; tcp_v4_syn_recv_sock).
  [key(IPPROTO_IP, 33), { def: (s) => (s.passive && isV4(unmap(s.remoteIp)) ? 64 : 1), set: (v) => (v === -1 ? { ok: 1 } : v >= 0 && v <= 255 ? { ok: v } : einval), setErr: { type: SOCK_STREAM, errno: ERRNO.EINVAL } }],
  [key(IPPROTO_IP, 34), { def: 1 }], // IP_MULTICAST_LOOP
  [key(IPPROTO_IP, 49), { def: (s) => (s.family === AF_INET ? 1 : 0), set: (v) => (v === 0 || v === 1 ? { ok: v } : einval) }], // IP_MULTICAST_ALL
  // IPPROTO_TCP (stream sockets only)
  [key(IPPROTO_TCP, 7), { def: 6, set: (v) => (v >= 1 && v <= 127 ? { ok: v } : einval) }], // TCP_SYNCNT
  // TCP_LINGER2: negative is -1, 0 the default (tcp_fin_timeout, 60 s), at most 120.
  [key(IPPROTO_TCP, 8), { def: 60, set: (v) => ({ ok: v < 0 ? -1 : v === 0 ? 60 : Math.min(v, 120) }) }],
  [key(IPPROTO_TCP, 9), { def: 0, set: (v) => ({ ok: deferAccept(v) }) }], // TCP_DEFER_ACCEPT
  // TCP_WINDOW_CLAMP: at least SOCK_MIN_RCVBUF / 2; 0 (no clamp) only on a closed socket.
  [key(IPPROTO_TCP, 10), { def: (s) => (established(s) ? 65536 : 0), set: (v, s) => (v === 0 ? (s.state === 'CLOSED' ? { ok: 0 } : einval) : { ok: Math.max(v, 1152) }) }],
  // TCP_FASTOPEN: the queue length, only before the connection (at most somaxconn).
  [key(IPPROTO_TCP, 23), { def: 0, set: (v, s) => (s.state !== 'CLOSED' && s.state !== 'LISTEN' ? einval : v < 0 ? einval : { ok: Math.min(v, 4096) }) }],
  [key(IPPROTO_TCP, 25), { def: 0, set: int }], // TCP_NOTSENT_LOWAT
  // IPPROTO_IPV6 (IPv6 sockets only)
  [key(IPPROTO_IPV6, 18), { def: (s) => (s.passive ? 64 : 1), set: (v) => (v === -1 ? { ok: 1 } : v >= 0 && v <= 255 ? { ok: v } : einval), setErr: { type: SOCK_STREAM, errno: ERRNO.ENOPROTOOPT } }], // IPV6_MULTICAST_HOPS
  [key(IPPROTO_IPV6, 19), { def: 1, set: (v) => (v === 0 || v === 1 ? { ok: v } : einval) }], // IPV6_MULTICAST_LOOP
  [key(IPPROTO_IPV6, 25), { def: 0 }], // IPV6_RECVERR
  [key(IPPROTO_IPV6, 49), { def: 0 }], // IPV6_RECVPKTINFO
]);

/** getsockopt of a stored option: its value, or null when the table does not know it. */
export function extraGet(s: Sock, level: number, opt: number): number | null {
  const o = TABLE.get(key(level, opt));
  if (o === undefined || (o.only !== undefined && o.only !== s.type)) return null;
  const v = s.opts.extra?.[o.store ?? key(level, opt)] ?? (typeof o.def === 'number' ? o.def : o.def(s));
  return o.get ? o.get(v) : v;
}

/** setsockopt of a stored option: 0, an errno, or null when the table does not know it. */
export function extraSet(s: Sock, level: number, opt: number, v: number): Result | null {
  const o = TABLE.get(key(level, opt));
  if (o === undefined || (o.only !== undefined && o.only !== s.type)) return null;
  if (o.setErr !== undefined && o.setErr.type === s.type) return { errno: o.setErr.errno };
  const r = (o.set ?? bool)(v, s);
  if ('ok' in r) (s.opts.extra ??= {})[o.store ?? key(level, opt)] = r.ok;
  return 'ok' in r ? { ok: 0 } : r;
}

/**
 * The stored options of a connection accept() returns: the listener's (sk_clone_lock copies them),
 * except that SO_PRIORITY and TCP_DEFER_ACCEPT start at 0 (and TCP_QUICKACK, not stored here, at 1). (The multicast TTL
 * and hop limit, which TCP cannot set, are the SYN's: see their defaults.)
 */
export function extraForChild(parent: Record<number, number>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const k in parent) {
    const n = Number(k);
    if (n !== PRIORITY && n !== DEFER_ACCEPT) out[n] = parent[k]!;
  }
  return out;
}

const PRIORITY = key(SOL_SOCKET, 12);
const DEFER_ACCEPT = key(IPPROTO_TCP, 9);
