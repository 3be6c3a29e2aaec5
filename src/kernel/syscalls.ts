/**
 * The syscall interface of the simulated kernel (docs/CONTRACTS.md).
 *
 * Every call either completes (`ok` with a value, or `err` with a Linux errno)
 * or reports that it would block (`block`, with a plain-data Wait saying on
 * what). A blocked caller polls `isReady(k, wait)` and then calls
 * `resume(k, wait, timedOut)`, which finishes the call exactly as Linux would
 * at the moment it wakes.
 *
 * No JavaScript exception escapes: every entry point is wrapped, and a bug
 * surfaces as EINVAL plus a 'fault' event rather than a crash of the UI.
 */
import { isAny, isLoopback, isV4, unmap } from './addr';
import {
  AF_INET,
  AF_INET6,
  ERRNO,
  FD_SETSIZE,
  IPPROTO_IP,
  IPPROTO_IPV6,
  IPPROTO_TCP,
  IPPROTO_UDP,
  IPV6_UNICAST_HOPS,
  IPV6_V6ONLY,
  IP_TOS,
  IP_TTL,
  IP_MTU,
  IPV6_MTU,
  MSG_DONTWAIT,
  MSG_OOB,
  MSG_PEEK,
  MSG_WAITALL,
  MSG_MORE,
  MSG_PROBE,
  MSG_ERRQUEUE,
  MSG_TRUNC,
  MSG_FASTOPEN,
  POLLERR,
  POLLHUP,
  POLLIN,
  POLLNVAL,
  POLLOUT,
  POLLPRI,
  POLLRDBAND,
  POLLRDHUP,
  POLLRDNORM,
  POLLWRNORM,
  SHUT_RD,
  SHUT_RDWR,
  SHUT_WR,
  SOCK_CLOEXEC,
  SOCK_DGRAM,
  SOCK_NONBLOCK,
  SOCK_STREAM,
  SOL_SOCKET,
  SO_ACCEPTCONN,
  SO_BROADCAST,
  SO_DOMAIN,
  SO_ERROR,
  SO_KEEPALIVE,
  SO_LINGER,
  SO_OOBINLINE,
  SO_PROTOCOL,
  SO_RCVBUF,
  SO_RCVLOWAT,
  SO_RCVTIMEO,
  SO_REUSEADDR,
  SO_REUSEPORT,
  SO_SNDBUF,
  SO_SNDBUFFORCE,
  SO_BINDTODEVICE,
  SO_RCVBUFFORCE,
  SO_SNDLOWAT,
  SO_SNDTIMEO,
  SO_TYPE,
  TCP_INFO,
  TCP_KEEPCNT,
  TCP_KEEPIDLE,
  TCP_KEEPINTVL,
  TCP_MAXSEG,
  TCP_NODELAY,
  TCP_CORK,
  TCP_CONGESTION,
  TCP_QUICKACK,
  TCP_USER_TIMEOUT,
  UDP_CORK,
} from './constants';
import {
  LINUX,
  addBind,
  addFaultImpl,
  copyBytes,
  bindConflict,
  canonIp,
  createKernelImpl,
  hostHasAddr,
  hostName,
  mkAddr,
  newSock,
  pickEphemeral,
  queueEvent,
  removeBind,
  route,
  setCauseImpl,
  sourceFor,
  toSockIp,
  type CreateOptions,
  type DistributiveOmit,
} from './core';
import { emit } from './events';
import { extraGet, extraSet } from './sockopt-table';
import { advanceImpl, crashHostImpl, flush, nextDeadlineImpl, restartHostImpl, udpOutput } from './net';
import { sadd, sdiff, shutWrite, tcpAckNow, tcpClose, tcpConnect, tcpDisconnect, tcpOutput } from './tcp';
import type { Cause, Family, Fault, Kernel, Proc, Sock, SockAddr } from './types';

export * from './constants';
export type { Kernel, SockAddr, TcpState, Segment, Cause, SegmentMatch, Fault, Sock, Family } from './types';
export type { KEvent } from './events';
export { drainEvents } from './events';
export { FIN, SYN, RST, PSH, ACK, URG } from './types';
export { listSockets, describeSegment, type SocketInfo } from './inspect';
export { LINUX } from './core';

export type Sys<T> = { tag: 'ok'; value: T } | { tag: 'err'; errno: number } | { tag: 'block'; wait: Wait };

export interface Wait {
  pid: number;
  op: 'accept' | 'connect' | 'recv' | 'recvfrom' | 'send' | 'sendto' | 'select' | 'poll';
  fd?: number;
  /** What resume() needs to finish the call (plain data). */
  args: unknown;
  /** Absolute simulated ms (select/poll timeout), else null. */
  deadline: number | null;
  /** "blocked in accept(): the accept queue is empty" */
  reason: string;
  /**
   * The sockets this in-flight call holds (socket ids; for select the fds of r, w, x in order, for poll
   * its fds; -1 where an fd is no socket). Set by the kernel when the call blocks; released when it
   * returns, or by abandonWait() when the caller gives up on it (a Python-side timeout).
   */
  socks?: number[];
  /** This call's number among blocked calls (threaded processes): orders a listener's accept waiters. */
  seq?: number;
}

export type KernelOptions = CreateOptions;

const ok = <T>(value: T): Sys<T> => ({ tag: 'ok', value });
const err = <T>(errno: number): Sys<T> => ({ tag: 'err', errno });
const block = <T>(wait: Wait): Sys<T> => ({ tag: 'block', wait });

// ---------------------------------------------------------------- kernel and processes

/** A kernel with the given hosts on one link. Every host also has 127.0.0.1 and ::1. */
export function createKernel(opts: KernelOptions): Kernel {
  return createKernelImpl(opts);
}

/** The lecture's topology: server 10.0.0.1 and clients 10.0.0.2, 10.0.0.3, ... */
export function lectureTopology(clients = 2): { name: string; addrs: string[] }[] {
  const hosts = [{ name: 'server', addrs: ['10.0.0.1'] }];
  for (let i = 1; i <= clients; i++) hosts.push({ name: clients === 1 ? 'client' : `client${i}`, addrs: [`10.0.0.${i + 1}`] });
  return hosts;
}

export function spawnProcess(k: Kernel, hostName_: string): number {
  const h = k.hostByName.get(hostName_);
  const pid = k.nextPid++;
  k.procs.set(pid, { pid, host: h ?? 0, fds: [], exited: false });
  return pid;
}

/**
 * The process has started a second thread: from now on a call that blocks holds the sockets it waits
 * on (a close() by another thread frees the fd; the socket closes when the call returns), and the
 * caller must finish every blocked call with resume() or give it up with abandonWait().
 */
export function sys_threaded(k: Kernel, pid: number): void {
  const p = k.procs.get(pid);
  if (p !== undefined) p.threaded = true;
}

/** Process exit: every fd is closed, as the kernel does for a dying process. */
export function exitProcess(k: Kernel, pid: number): void {
  const p = k.procs.get(pid);
  if (p === undefined) return;
  guard(k, pid, 'exit', {}, () => {
    // The process's blocked calls (threads that never returned) end with it.
    const pending: Sock[] = [];
    for (const s of k.socks.values()) {
      if (s.held === undefined || !s.held.includes(pid)) continue;
      s.held = s.held.filter((h) => h !== pid);
      if (s.closePending) pending.push(s);
    }
    for (let fd = 0; fd < p.fds.length; fd++) if (p.fds[fd] != null) closeFd(k, p, fd);
    for (const s of pending) if (s.held!.length === 0 && s.closePending) finishClose(k, s);
    p.exited = true;
    return ok(0);
  });
}

export function hostNameOf(k: Kernel, pid: number): string | null {
  const p = k.procs.get(pid);
  return p === undefined ? null : hostName(k, p.host);
}

/**
 * Resolve a host name the way /etc/hosts would: host names, 'localhost', or a literal address.
 * glibc compares names in /etc/hosts without regard to case ('LOCALHOST' is 127.0.0.1).
 */
export function gethostbyname(k: Kernel, name: string): string | null {
  const lower = name.toLowerCase();
  if (lower === 'localhost' || name === '') return '127.0.0.1';
  let h = k.hostByName.get(name);
  if (h === undefined) for (const [n, i] of k.hostByName) if (n.toLowerCase() === lower) { h = i; break; }
  if (h !== undefined) {
    const a = k.hosts[h]!.addrs.find((x) => isV4(x));
    return a ?? '127.0.0.1';
  }
  return canonIp(2, name);
}

export function setCause(k: Kernel, cause: Cause): void {
  setCauseImpl(k, cause);
}

export function advance(k: Kernel, toMs: number): void {
  try {
    advanceImpl(k, toMs);
  } catch (e) {
    internalError(k, 'advance', e);
  }
}

export function nextDeadline(k: Kernel): number | null {
  try {
    return nextDeadlineImpl(k);
  } catch (e) {
    internalError(k, 'nextDeadline', e);
    return null;
  }
}

// ---------------------------------------------------------------- faults (wrappers around the link)

export type FaultSpec = DistributiveOmit<Fault, 'id' | 'seen' | 'remaining'> & { count?: number };

/** Add a fault: drop/delay/duplicate segments matching a plain-data predicate, or cut a link. */
export function addFault(k: Kernel, spec: FaultSpec): number {
  return addFaultImpl(k, spec);
}

export function removeFault(k: Kernel, id: number): void {
  const i = k.faults.findIndex((f) => f.id === id);
  if (i >= 0) k.faults.splice(i, 1);
  emit(k, { t: 'fault', time: k.now, cause: k.cause, what: `removed fault #${id}` });
}

export function crashHost(k: Kernel, name: string): void {
  crashHostImpl(k, name);
}

export function restartHost(k: Kernel, name: string): void {
  restartHostImpl(k, name);
}

/** Change the link's one-way latency (simulated ms) for segments sent from now on. */
export function setLatency(k: Kernel, ms: number): void {
  k.latencyMs = Math.max(0, ms);
}

// ---------------------------------------------------------------- plumbing

/** A call that blocks takes a reference to the sockets it waits on (see Sock.held). */
function holdWait(k: Kernel, pid: number, wait: Wait): void {
  const p = k.procs.get(pid);
  if (p === undefined || p.threaded !== true) return;
  if (wait.op === 'poll' && (wait.args as PollArgs).epoll) return;
  const idOf = (fd: number): number => {
    const id = !Number.isInteger(fd) || fd < 0 ? undefined : p.fds[fd];
    return id == null || id === EPOLL_FD ? -1 : id;
  };
  let fds: number[];
  if (wait.op === 'select') {
    const a = wait.args as SelectArgs;
    fds = [...a.r, ...a.w, ...a.x];
  } else if (wait.op === 'poll') fds = (wait.args as PollArgs).fds.map((f) => f.fd);
  else fds = [wait.fd ?? -1];
  wait.socks = fds.map(idOf);
  for (const id of wait.socks) {
    const s = k.socks.get(id);
    if (s !== undefined) (s.held ??= []).push(pid);
  }
  if (wait.op === 'accept') {
    wait.seq = k.nextWait = (k.nextWait ?? 0) + 1;
    const s = k.socks.get(wait.socks[0]!);
    if (s !== undefined) (s.acceptWaiters ??= []).push(wait.seq);
  }
}

/** The call returned (or was given up): drop its references; a socket closed meanwhile closes now. */
function releaseWait(k: Kernel, wait: Wait): void {
  const ids = wait.socks;
  if (ids === undefined) return;
  wait.socks = undefined;
  for (const id of ids) {
    const s = k.socks.get(id);
    if (s === undefined || s.held === undefined) continue;
    const i = s.held.indexOf(wait.pid);
    if (i >= 0) s.held.splice(i, 1);
    const j = wait.seq === undefined || s.acceptWaiters === undefined ? -1 : s.acceptWaiters.indexOf(wait.seq);
    if (j >= 0) s.acceptWaiters!.splice(j, 1);
    if (s.held.length === 0 && s.closePending) finishClose(k, s);
  }
}

/**
 * The caller gives up on a blocked call without resuming it (a Python socket timeout expired while
 * the kernel call had no deadline): its references to the sockets are dropped.
 */
export function abandonWait(k: Kernel, wait: Wait): void {
  try {
    releaseWait(k, wait);
    flush(k);
  } catch (e) {
    internalError(k, 'abandonWait', e);
  }
}

function internalError(k: Kernel, where: string, e: unknown): void {
  const msg = e instanceof Error ? e.message : String(e);
  emit(k, { t: 'fault', time: k.now, cause: k.cause, what: `internal kernel error in ${where}: ${msg}` });
}

/** Run one syscall: set its cause, catch anything thrown, drain loopback, record the result. */
function guard<T>(k: Kernel, pid: number, name: string, args: unknown, fn: () => Sys<T>): Sys<T> {
  const saved = k.cause;
  const line = saved !== null && 'line' in saved ? saved.line : undefined;
  // A note the caller gave with the cause (why the call was made) stays with it.
  const note = saved !== null && 'note' in saved ? saved.note : undefined;
  k.cause = note !== undefined ? { pid, syscall: name, line, note } : line === undefined ? { pid, syscall: name } : { pid, syscall: name, line };
  let r: Sys<T>;
  try {
    r = fn();
    if (r.tag === 'block' && !(args as { resumed?: boolean }).resumed) holdWait(k, pid, r.wait);
    flush(k);
  } catch (e) {
    internalError(k, name, e);
    r = err(ERRNO.EINVAL);
  }
  if (k.recording) {
    emit(k, {
      t: 'syscall',
      time: k.now,
      cause: k.cause,
      pid,
      name,
      args,
      result: r.tag,
      value: r.tag === 'ok' ? summarize(r.value) : undefined,
      errno: r.tag === 'err' ? r.errno : undefined,
      reason: r.tag === 'block' ? r.wait.reason : undefined,
    });
  }
  k.cause = saved;
  return r;
}

function summarize(v: unknown): unknown {
  if (v instanceof Uint8Array) return { bytes: v.length };
  if (v !== null && typeof v === 'object' && 'data' in v && (v as { data: unknown }).data instanceof Uint8Array) {
    const o = v as { data: Uint8Array; addr: unknown };
    return { bytes: o.data.length, addr: o.addr };
  }
  return v;
}

type Lookup = { p: Proc; s: Sock } | { errno: number };

function lookup(k: Kernel, pid: number, fd: number, held?: number): Lookup {
  const p = k.procs.get(pid);
  if (p === undefined || p.exited) return { errno: ERRNO.EBADF };
  if (held !== undefined && held >= 0) {
    // A blocked call goes on with the socket it holds, even if its fd was closed (or reused) since.
    const s = k.socks.get(held);
    return s === undefined ? { errno: ERRNO.EBADF } : { p, s };
  }
  if (!Number.isInteger(fd) || fd < 0) return { errno: ERRNO.EBADF };
  if (fd < 3 && p.fds[fd] == null) return { errno: ERRNO.ENOTSOCK };
  const id = p.fds[fd];
  if (id == null) return { errno: ERRNO.EBADF };
  if (id === EPOLL_FD) return { errno: ERRNO.ENOTSOCK };
  const s = k.socks.get(id);
  if (s === undefined) return { errno: ERRNO.EBADF };
  return { p, s };
}

/** What an fd table slot holds for a descriptor that is not a socket (an epoll instance). */
const EPOLL_FD = -1;

/**
 * epoll_create1(): a descriptor that is not a socket, so that the numbering of later sockets is
 * Linux's. The interest list lives in the caller (Python's select.epoll), which polls with sys_poll.
 */
export function sys_epoll_create(k: Kernel, pid: number): Sys<number> {
  return guard(k, pid, 'epoll_create', {}, () => {
    const p = k.procs.get(pid);
    if (p === undefined || p.exited) return err(ERRNO.EINVAL);
    return ok(allocFd(p, EPOLL_FD));
  });
}

/**
 * The socket's last wakeup stamp that concerns `events` (increasing; 0: none yet), for epoll's
 * ready-list order: a data wakeup does not concern a waiter for POLLOUT only. -1 if fd is not a socket.
 */
export function sys_wakestamp(k: Kernel, pid: number, fd: number, events = POLLIN | POLLOUT): number {
  const l = lookup(k, pid, fd);
  if ('errno' in l) return -1;
  let t = 0;
  if (events & (POLLIN | POLLPRI | POLLRDHUP | POLLRDNORM)) t = Math.max(t, l.s.wake);
  if (events & (POLLOUT | POLLWRNORM)) t = Math.max(t, l.s.wakeOut);
  return t;
}

/** Is fd an open descriptor of this process, and is it a socket? (epoll_ctl's EBADF / EINVAL checks.) */
export function sys_fdkind(k: Kernel, pid: number, fd: number): 'socket' | 'epoll' | 'closed' {
  const p = k.procs.get(pid);
  const id = p === undefined || !Number.isInteger(fd) || fd < 0 ? undefined : p.fds[fd];
  if (id == null) return 'closed';
  return id === EPOLL_FD ? 'epoll' : 'socket';
}

function allocFd(p: Proc, id: number): number {
  for (let fd = 3; fd < p.fds.length; fd++) {
    if (p.fds[fd] == null) {
      p.fds[fd] = id;
      return fd;
    }
  }
  while (p.fds.length < 3) p.fds.push(null);
  p.fds.push(id);
  return p.fds.length - 1;
}

function checkAddr(s: Sock, addr: SockAddr | null | undefined): { ip: string; port: number } | number {
  if (addr === null || addr === undefined || typeof addr !== 'object') return ERRNO.EINVAL;
  if (addr.family !== s.family) return ERRNO.EAFNOSUPPORT;
  if (!Number.isInteger(addr.port) || addr.port < 0 || addr.port > 65535) return ERRNO.EINVAL;
  const ip = canonIp(s.family, typeof addr.host === 'string' ? addr.host : '');
  if (ip === null) return ERRNO.EINVAL;
  return { ip, port: addr.port };
}

/** __ipv6_addr_needs_scope_id: fe80::/10, and multicast scoped to the interface or the link (ffx1::, ffx2::). */
function needsScope(s: Sock, ip: string): boolean {
  if (s.family !== 10) return false;
  const h = parseInt(ip.slice(0, ip.indexOf(':')) || '0', 16);
  return (h & 0xffc0) === 0xfe80 || ((h & 0xff00) === 0xff00 && ((h & 0xf) === 1 || (h & 0xf) === 2));
}

/** The wire address a connect()/sendto() destination means: 0.0.0.0 and :: mean this host. */
function destination(s: Sock, ip: string): string {
  if (isAny(ip)) return s.family === 2 ? '127.0.0.1' : '::1';
  return unmap(ip);
}

/** Is there a route? Off-link destinations give ENETUNREACH; on-link but absent ones are silently lost. */
function routeCheck(k: Kernel, s: Sock, dst: string): number {
  if (isLoopback(dst) || k.addrOwner.has(dst)) return 0;
  if (isV4(dst)) {
    const prefix = dst.slice(0, dst.lastIndexOf('.') + 1);
    for (const a of k.hosts[s.host]!.addrs) if (a.startsWith(prefix)) return 0;
  }
  return ERRNO.ENETUNREACH;
}

/** Bind to an ephemeral port on the wildcard address (inet_autobind / connect). */
function autobind(k: Kernel, s: Sock, parity: 0 | 1 | -1): boolean {
  if (s.bindKey >= 0) return true;
  const port = pickEphemeral(k, s, s.localIp, parity);
  if (port === 0) return false;
  addBind(k, s, port);
  return true;
}

function takeError(s: Sock): number {
  const e = s.soError;
  s.soError = 0;
  return e;
}

// ---------------------------------------------------------------- socket, bind, listen

export function sys_socket(k: Kernel, pid: number, family: number, type: number, proto: number): Sys<number> {
  return guard(k, pid, 'socket', { family, type, proto }, () => {
    const p = k.procs.get(pid);
    if (p === undefined || p.exited) return err(ERRNO.EINVAL);
    if (family !== AF_INET && family !== AF_INET6) return err(ERRNO.EAFNOSUPPORT);
    const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (base < 0 || base > 10 || !Number.isInteger(type)) return err(ERRNO.EINVAL);
    if (base !== SOCK_STREAM && base !== SOCK_DGRAM) return err(ERRNO.ESOCKTNOSUPPORT);
    if (proto !== 0 && !(base === SOCK_STREAM && proto === IPPROTO_TCP) && !(base === SOCK_DGRAM && proto === IPPROTO_UDP)) return err(ERRNO.EPROTONOSUPPORT);
    const s = newSock(k, p.host, family as Family, base as 1 | 2);
    s.nonblocking = (type & SOCK_NONBLOCK) !== 0;
    const fd = allocFd(p, s.id);
    s.pid = pid;
    s.fd = fd;
    emit(k, { t: 'socket', time: k.now, cause: k.cause, sock: s.id, host: hostName(k, s.host), what: 'created', pid, fd });
    return ok(fd);
  });
}

function isV4MulticastOrBroadcast(ip: string): boolean {
  if (!isV4(ip)) return false;
  const first = Number(ip.split('.')[0]);
  return ip === '255.255.255.255' || (first >= 224 && first <= 239);
}

export function sys_bind(k: Kernel, pid: number, fd: number, addr: SockAddr): Sys<0> {
  return guard(k, pid, 'bind', { fd, addr }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const s = l.s;
    const a = checkAddr(s, addr);
    if (typeof a === 'number') return err(a);
    // inet_bind: EINVAL unless CLOSED and holding no port (a port released at the end of a connection may be bound again).
    if (s.bindKey >= 0 || s.state !== 'CLOSED') return err(ERRNO.EINVAL);
    const wire = unmap(a.ip);
    // A link-local address (or link- or interface-local multicast) needs a scope id (__inet6_bind).
    if (needsScope(s, a.ip) && (addr as { scopeId?: number }).scopeId === 0) return err(ERRNO.EINVAL);
    // An IPV6_V6ONLY socket cannot take a v4-mapped address (__inet6_bind: EINVAL).
    if (s.family === AF_INET6 && s.v6only && wire !== a.ip) return err(ERRNO.EINVAL);
    // inet_bind accepts a local, a multicast or a broadcast address (RTN_LOCAL/MULTICAST/BROADCAST).
    if (!isAny(a.ip) && !hostHasAddr(k, s.host, wire) && !isV4MulticastOrBroadcast(wire)) return err(ERRNO.EADDRNOTAVAIL);
    let port = a.port;
    if (port === 0) {
      s.localIp = a.ip;
      port = pickEphemeral(k, s, a.ip, s.type === 1 ? 1 : -1);
      if (port === 0) return err(ERRNO.EADDRINUSE);
    } else if (bindConflict(k, s, a.ip, port)) return err(ERRNO.EADDRINUSE);
    s.localIp = a.ip;
    // Linux locks only what the caller named: bind(('127.0.0.1', 0)) locks the address, not the port.
    s.userBound = a.port !== 0;
    s.addrLocked = !isAny(a.ip);
    addBind(k, s, port);
    return ok(0);
  });
}

export function sys_listen(k: Kernel, pid: number, fd: number, backlog: number): Sys<0> {
  return guard(k, pid, 'listen', { fd, backlog }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const s = l.s;
    if (s.type !== SOCK_STREAM) return err(ERRNO.EOPNOTSUPP);
    if (s.ss !== 'unconnected' || (s.state !== 'CLOSED' && s.state !== 'LISTEN')) return err(ERRNO.EINVAL);
    // A socket whose connect() failed cannot become a listener (Linux: EINVAL; see Sock.connectFailed).
    if (s.connectFailed) return err(ERRNO.EINVAL);
    // (unsigned)backlog > somaxconn -> somaxconn: negative values become 4096 too.
    const b = Math.trunc(Number(backlog)) >>> 0;
    const eff = b > LINUX.somaxconn ? LINUX.somaxconn : b;
    if (s.state === 'LISTEN') {
      s.backlog = eff;
      return ok(0);
    }
    if (s.bindKey < 0) {
      if (!autobind(k, s, 1)) return err(ERRNO.EADDRINUSE);
    } else if (bindConflict(k, s, s.localIp, s.localPort)) return err(ERRNO.EADDRINUSE);
    s.backlog = eff;
    s.synQ = [];
    s.acceptQ = [];
    const from = s.state;
    s.state = 'LISTEN';
    // inet_csk_listen_start resets the delayed-ACK state: TCP_QUICKACK reads 1 again.
    s.pingpong = false;
    s.ato = 0;
    s.ackDue = -1;
    emit(k, { t: 'state', time: k.now, cause: k.cause, sock: s.id, host: hostName(k, s.host), from, to: 'LISTEN', reason: `listen(${backlog})` });
    return ok(0);
  });
}

// ---------------------------------------------------------------- connect

export function sys_connect(k: Kernel, pid: number, fd: number, addr: SockAddr): Sys<0> {
  return guard(k, pid, 'connect', { fd, addr }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const s = l.s;
    const a = checkAddr(s, addr);
    if (typeof a === 'number') return err(a);
    // A link-local destination needs an interface: the scope id (ip6_datagram_connect, tcp_v6_connect;
    // TCP refuses multicast first, with ENETUNREACH, and checks the socket's state before that).
    if (needsScope(s, a.ip) && (addr as { scopeId?: number }).scopeId === 0) {
      if (s.type === SOCK_DGRAM) return err(ERRNO.EINVAL);
      if (s.ss === 'unconnected' && s.state === 'CLOSED' && !a.ip.startsWith('ff')) return err(ERRNO.EINVAL);
    }
    return s.type === SOCK_DGRAM ? udpConnect(k, s, a.ip, a.port) : tcpConnectCall(k, pid, fd, s, a.ip, a.port);
  });
}

function udpConnect(k: Kernel, s: Sock, ip: string, port: number): Sys<0> {
  const dst = destination(s, ip);
  if (dst === '255.255.255.255' && !s.opts.broadcast) return err(ERRNO.EACCES);
  const rc = isV4MulticastOrBroadcast(dst) ? 0 : routeCheck(k, s, dst);
  if (rc !== 0) return err(rc);
  if (!autobind(k, s, -1)) return err(ERRNO.EAGAIN);
  s.remoteIp = toSockIp(s, dst);
  s.remotePort = port;
  if (isAny(s.localIp)) {
    const src = sourceFor(k, s.host, dst);
    if (src !== null) s.localIp = toSockIp(s, src);
  }
  s.state = 'ESTABLISHED';
  s.ss = 'connected';
  return ok(0);
}

function tcpConnectCall(k: Kernel, pid: number, fd: number, s: Sock, ip: string, port: number): Sys<0> {
  // The BSD socket state decides first (__inet_stream_connect).
  if (s.ss === 'connected') return err(ERRNO.EISCONN);
  if (s.ss === 'connecting') {
    // SS_CONNECTING: EALREADY, blocking or not (a blocking connect gets here after SO_SNDTIMEO).
    if (s.state === 'SYN-SENT' || s.state === 'SYN-RECEIVED') return err(ERRNO.EALREADY);
    return connectResult(s) ?? err(ERRNO.EALREADY);
  }
  if (s.state !== 'CLOSED') return err(ERRNO.EISCONN);
  const dst = destination(s, ip);
  if (s.family === 2 && !isV4(dst)) return err(ERRNO.EAFNOSUPPORT);
  if (s.family === 10 && isV4(dst) && s.v6only) return err(ERRNO.ENETUNREACH);
  const rc = routeCheck(k, s, dst);
  if (rc !== 0) return err(rc);
  const src = sourceFor(k, s.host, dst);
  if (src === null) return err(ERRNO.ENETUNREACH);
  if (isAny(s.localIp)) s.localIp = toSockIp(s, src);
  if (s.bindKey < 0 && !autobind(k, s, 0)) return err(ERRNO.EADDRNOTAVAIL);
  s.remoteIp = toSockIp(s, dst);
  s.remotePort = port;
  s.local = route(k, s.host, dst) === s.host;
  s.soError = 0;
  s.shutRd = false;
  s.shutWr = false;
  s.finReceived = false;
  s.ss = 'connecting';
  tcpConnect(k, s);
  flush(k);
  // A non-blocking connect always says EINPROGRESS, even on loopback where the
  // handshake (or the refusal) has already happened: Linux processes the answer
  // from the socket backlog only after connect() releases the socket lock.
  if (s.nonblocking) return err(ERRNO.EINPROGRESS);
  const r = connectResult(s);
  if (r !== null) return r;
  return block(connectWait(k, s, pid, fd));
}

/**
 * When a blocking call gives up under SO_RCVTIMEO/SO_SNDTIMEO (null: never). A struct timeval of
 * zero means no limit. resume(…, true) then returns what Linux returns on the timeout.
 */
function timeoDeadline(k: Kernel, s: Sock, which: 'rcv' | 'snd'): number | null {
  const [sec, usec] = which === 'rcv' ? s.opts.rcvtimeo : s.opts.sndtimeo;
  if (sec === 0 && usec === 0) return null;
  return k.now + sec * 1000 + usec / 1000;
}

function connectWait(k: Kernel, s: Sock, pid: number, fd: number): Wait {
  return { pid, op: 'connect', fd, args: {}, deadline: timeoDeadline(k, s, 'snd'), reason: 'blocked in connect(): waiting for the SYN-ACK' };
}

/** The outcome of a finished handshake (null while it is still in progress). */
function connectResult(s: Sock): Sys<0> | null {
  if (s.state === 'SYN-SENT' || s.state === 'SYN-RECEIVED') return null;
  if (s.state === 'CLOSED') {
    // __inet_stream_connect's sock_error path: report, then tcp_disconnect(),
    // which forgets the source address unless bind() named it.
    // tcp_disconnect() also clears the shutdown flags and queues: the socket is
    // as good as fresh (a recv now says ENOTCONN, not EOF).
    s.ss = 'unconnected';
    s.connectFailed = true;
    if (!s.addrLocked) s.localIp = s.family === 2 ? '0.0.0.0' : '::';
    s.shutRd = false;
    s.shutWr = false;
    s.finReceived = false;
    s.recvQ = [];
    s.recvQOff = 0;
    s.recvLen = 0;
    return err(takeError(s) || ERRNO.ECONNABORTED);
  }
  s.ss = 'connected';
  return ok(0);
}

// ---------------------------------------------------------------- accept

export function sys_accept(k: Kernel, pid: number, fd: number): Sys<{ fd: number; addr: SockAddr }> {
  return guard(k, pid, 'accept', { fd }, () => doAccept(k, pid, fd, false));
}

function doAccept(k: Kernel, pid: number, fd: number, resumed: boolean, held?: number): Sys<{ fd: number; addr: SockAddr }> {
  const l = lookup(k, pid, fd, held);
  if ('errno' in l) return err(l.errno);
  const s = l.s;
  if (s.type !== SOCK_STREAM) return err(ERRNO.EOPNOTSUPP);
  if (s.state !== 'LISTEN') return err(ERRNO.EINVAL);
  const id = s.acceptQ.shift();
  if (id === undefined) {
    if (s.nonblocking && !resumed) return err(ERRNO.EAGAIN);
    return block({ pid, op: 'accept', fd, args: {}, deadline: timeoDeadline(k, s, 'rcv'), reason: 'blocked in accept(): the accept queue is empty' });
  }
  queueEvent(k, s, 'accept', 'remove', s.acceptQ.length);
  const c = k.socks.get(id)!;
  c.parent = -1;
  c.pid = pid;
  c.fd = allocFd(l.p, c.id);
  c.nonblocking = false;
  emit(k, { t: 'socket', time: k.now, cause: k.cause, sock: c.id, host: hostName(k, c.host), what: 'accepted', pid, fd: c.fd });
  return ok({ fd: c.fd, addr: mkAddr(c.family, c.remoteIp, c.remotePort) });
}

// ---------------------------------------------------------------- send

interface SendArgs {
  data: Uint8Array;
  flags: number;
  done: number;
  addr: SockAddr | null;
}

export function sys_send(k: Kernel, pid: number, fd: number, data: Uint8Array, flags: number): Sys<number> {
  return guard(k, pid, 'send', { fd, len: data?.length, flags }, () => doSend(k, pid, fd, { data, flags, done: 0, addr: null }, 'send'));
}

export function sys_sendto(k: Kernel, pid: number, fd: number, data: Uint8Array, flags: number, addr: SockAddr | null): Sys<number> {
  return guard(k, pid, 'sendto', { fd, len: data?.length, flags, addr }, () => doSend(k, pid, fd, { data, flags, done: 0, addr }, 'sendto'));
}

function doSend(k: Kernel, pid: number, fd: number, a: SendArgs, op: 'send' | 'sendto', held?: number): Sys<number> {
  const l = lookup(k, pid, fd, held);
  if ('errno' in l) return err(l.errno);
  const s = l.s;
  if (!(a.data instanceof Uint8Array)) return err(ERRNO.EFAULT);
  const flags = a.flags | 0;
  if (s.type === SOCK_DGRAM) return udpSend(k, s, a.data, a.addr, flags);
  // MSG_FASTOPEN connects first (tcp_sendmsg_fastopen): on a connected or listening socket EISCONN,
  // while connecting EALREADY. (A fast-open connect from a fresh socket is not modelled.)
  if (flags & MSG_FASTOPEN && a.done === 0) {
    if (s.ss === 'connecting') return err(ERRNO.EALREADY);
    if (s.state !== 'CLOSED' || s.ss === 'connected') return err(ERRNO.EISCONN);
  }
  const nb = s.nonblocking || (flags & MSG_DONTWAIT) !== 0;
  // Not yet connected: a blocking send waits for the handshake; anything else is EPIPE.
  if (s.state === 'SYN-SENT' || s.state === 'SYN-RECEIVED') {
    if (nb) return err(ERRNO.EAGAIN);
    return block({ pid, op, fd, args: a, deadline: timeoDeadline(k, s, 'snd'), reason: `blocked in ${op}(): waiting for the connection to be established` });
  }
  if (s.soError !== 0) return a.done > 0 ? ok(a.done) : err(takeError(s));
  if (s.shutWr || (s.state !== 'ESTABLISHED' && s.state !== 'CLOSE-WAIT')) return a.done > 0 ? ok(a.done) : err(ERRNO.EPIPE);
  const total = a.data.length;
  if (total === 0) return ok(0);
  let done = a.done;
  const space = s.sndbuf - s.sendLen;
  if (space > 0) {
    const n = Math.min(space, total - done);
    // Copy: the caller may reuse its buffer; from here on the bytes are immutable.
    s.sendQ.push(copyBytes(a.data, done, done + n));
    s.sendLen += n;
    done += n;
    if (flags & MSG_OOB && done === total) s.sndUp = sadd(s.sndUna, s.sendLen);
    queueEvent(k, s, 'send', 'add', s.sendQ.length, s.sendLen);
    // tcp_push: MSG_MORE corks this push (the tail stays queued until a later push).
    tcpOutput(k, s, false, (flags & MSG_MORE) !== 0);
    flush(k);
  }
  if (done === total) return ok(done);
  if (nb) return done > 0 ? ok(done) : err(ERRNO.EAGAIN);
  return block({ pid, op, fd, args: { ...a, done }, deadline: timeoDeadline(k, s, 'snd'), reason: `blocked in ${op}(): the send buffer is full (${s.sendLen} of ${s.sndbuf} bytes)` });
}

function udpSend(k: Kernel, s: Sock, data: Uint8Array, addr: SockAddr | null, flags = 0): Sys<number> {
  if (flags & MSG_OOB) return err(ERRNO.EOPNOTSUPP);
  // inet_sendmsg autobinds before anything else, even if the send then fails.
  if (!autobind(k, s, -1)) return err(ERRNO.EAGAIN);
  const p = s.udpPend;
  if (p !== null) {
    // A corked datagram is pending: the data joins it whatever the address (udp_sendmsg's
    // do_append_data); MSG_PROBE adds nothing. Past the IP limit the whole datagram is dropped.
    if (data.length > 0xffff) return err(ERRNO.EMSGSIZE);
    if (s.soError !== 0) return err(takeError(s));
    if (s.shutWr) return err(ERRNO.EPIPE);
    if ((flags & MSG_PROBE) === 0) {
      if (p.len + data.length > (isV4(p.dst) ? LINUX.udpMaxPayload4 : LINUX.udpMaxPayload6)) {
        s.udpPend = null;
        return err(ERRNO.EMSGSIZE);
      }
      p.parts.push(copyBytes(data));
      p.len += data.length;
    }
    if (s.opts.cork === 0 && (flags & MSG_MORE) === 0) udpPush(k, s);
    return ok(data.length);
  }
  let dst: string;
  let port: number;
  if (addr !== null && addr !== undefined) {
    const a = checkAddr(s, addr);
    if (typeof a === 'number') return err(a);
    dst = destination(s, a.ip);
    port = a.port;
    if (port === 0) return err(ERRNO.EINVAL);
  } else {
    if (s.state !== 'ESTABLISHED') return err(ERRNO.EDESTADDRREQ);
    dst = unmap(s.remoteIp);
    port = s.remotePort;
  }
  if (s.soError !== 0) return err(takeError(s));
  if (s.shutWr) return err(ERRNO.EPIPE);
  if (s.family === 2 && !isV4(dst)) return err(ERRNO.EAFNOSUPPORT);
  const max = isV4(dst) ? LINUX.udpMaxPayload4 : LINUX.udpMaxPayload6;
  if (data.length > max) return err(ERRNO.EMSGSIZE);
  const cork = s.opts.cork !== 0 || (flags & MSG_MORE) !== 0;
  if (isV4MulticastOrBroadcast(dst)) {
    // The limited broadcast needs SO_BROADCAST (EACCES). Either leaves through the default
    // route, where no receiver is modelled: the datagram is counted as sent.
    if (dst === '255.255.255.255' && !s.opts.broadcast) return err(ERRNO.EACCES);
    return ok(data.length);
  }
  const rc = routeCheck(k, s, dst);
  if (rc !== 0) return err(rc);
  // MSG_PROBE: the route is looked up, nothing is sent (ip_make_skb / ip_append_data return early).
  if (flags & MSG_PROBE) return ok(data.length);
  if (cork) {
    s.udpPend = { dst, port, parts: [copyBytes(data)], len: data.length };
    return ok(data.length);
  }
  udpOutput(k, s, copyBytes(data), dst, port);
  return ok(data.length);
}

/** Send the corked datagram (udp_push_pending_frames). */
export function udpPush(k: Kernel, s: Sock): void {
  const p = s.udpPend;
  if (p === null) return;
  s.udpPend = null;
  udpOutput(k, s, concat(p.parts, p.len), p.dst, p.port);
  flush(k);
}

// ---------------------------------------------------------------- recv

interface RecvArgs {
  n: number;
  flags: number;
  got: Uint8Array[];
  gotLen: number;
  /** The caller polls, then reads without blocking (CPython on a socket with a timeout). */
  polled?: boolean;
}

function recvArgs(n: number, flags: number, polled: boolean): RecvArgs {
  const a: RecvArgs = { n, flags, got: [], gotLen: 0 };
  if (polled) a.polled = true;
  return a;
}

/**
 * recv(). With `polled`, the call is CPython's on a socket with a timeout: poll() for POLLIN, then a
 * non-blocking recv, again while that says EAGAIN. It differs from a blocking recv only for a shut
 * UDP socket, where poll says readable but the non-blocking read is EAGAIN: it waits for a datagram
 * (or the caller's timeout).
 */
export function sys_recv(k: Kernel, pid: number, fd: number, n: number, flags: number, polled = false): Sys<Uint8Array> {
  return guard(k, pid, 'recv', { fd, n, flags }, () => {
    const r = doRecv(k, pid, fd, recvArgs(n, flags, polled), 'recv');
    return r.tag === 'ok' ? ok(r.value.data) : r;
  });
}

/** `trunc`: a datagram longer than n was cut (recvmsg's MSG_TRUNC). */
export function sys_recvfrom(k: Kernel, pid: number, fd: number, n: number, flags: number, polled = false): Sys<{ data: Uint8Array; addr: SockAddr | null; trunc?: boolean }> {
  return guard(k, pid, 'recvfrom', { fd, n, flags }, () => doRecv(k, pid, fd, recvArgs(n, flags, polled), 'recvfrom'));
}

function concat(parts: Uint8Array[], len: number): Uint8Array {
  if (parts.length === 1 && parts[0]!.length === len) return parts[0]!;
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Take up to n bytes from the receive queue (leaving them with MSG_PEEK). */
function takeRecv(s: Sock, n: number, peek: boolean): Uint8Array {
  const want = Math.min(n, s.recvLen);
  const first = s.recvQ[0]!;
  if (s.recvQOff + want <= first.length) {
    // Served from one chunk: hand out a view (kernel bytes are immutable).
    const out = first.subarray(s.recvQOff, s.recvQOff + want);
    if (!peek) {
      s.recvQOff += want;
      s.recvLen -= want;
      if (s.recvQOff === first.length) {
        s.recvQ.shift();
        s.recvQOff = 0;
      }
    }
    return out;
  }
  const out = new Uint8Array(want);
  let got = 0;
  let i = 0;
  let off = s.recvQOff;
  while (got < want) {
    const c = s.recvQ[i]!;
    const take = Math.min(c.length - off, want - got);
    out.set(c.subarray(off, off + take), got);
    got += take;
    off += take;
    if (off === c.length) {
      i++;
      off = 0;
    }
  }
  if (!peek) {
    s.recvQ.splice(0, i);
    s.recvQOff = off;
    s.recvLen -= want;
    if (s.recvQ.length === 0) s.recvQOff = 0;
  }
  return out;
}

/**
 * After the application reads, re-open the window if it had become small
 * (tcp_cleanup_rbuf: send a window update once the window could double).
 */
function windowUpdate(k: Kernel, s: Sock): void {
  if (s.state !== 'ESTABLISHED' && s.state !== 'FIN-WAIT-1' && s.state !== 'FIN-WAIT-2') return;
  const remaining = Math.max(0, sdiff(s.rcvWndEdge, s.rcvNxt));
  const free = Math.min(LINUX.maxWindow, s.rcvbuf - s.recvLen);
  if (2 * remaining <= Math.min(s.rcvbuf, LINUX.maxWindow) && free >= 2 * remaining && free > remaining) {
    tcpAckNow(k, s);
  }
}

/**
 * udp_rmem_release: a datagram read is uncharged lazily. Its truesize joins forward_deficit, and
 * sk_rmem_alloc drops only once the deficit reaches a quarter of SO_RCVBUF (forward_threshold) or
 * the reader queue is empty. Until then those bytes still count against new datagrams: a full
 * queue with one datagram read still drops the next one.
 */
function udpRmemRelease(s: Sock, truesize: number): void {
  s.udpDeficit += truesize;
  if (s.udpDeficit < s.rcvbuf >> 2 && s.udpReader > 0) return;
  s.udpMem -= s.udpDeficit;
  s.udpDeficit = 0;
}

/** The read went past the urgent mark: the urgent data is over (tp->urg_data cleared). */
function endUrgent(s: Sock): void {
  s.urgOff = -1;
  s.oobByte = -1;
  s.urgRead = false;
}

function doRecv(k: Kernel, pid: number, fd: number, a: RecvArgs, op: 'recv' | 'recvfrom', timedOut = false, held?: number): Sys<{ data: Uint8Array; addr: SockAddr | null }> {
  const l = lookup(k, pid, fd, held);
  if ('errno' in l) return err(l.errno);
  const s = l.s;
  const n = Math.trunc(Number(a.n));
  if (!(n >= 0)) return err(ERRNO.EINVAL);
  const flags = a.flags | 0;
  // MSG_ERRQUEUE reads the error queue (IP_RECVERR): the payload that drew the error, its
  // destination as the address; EAGAIN without waiting when empty. sk_err becomes the next entry's.
  if (flags & MSG_ERRQUEUE) {
    const e = s.errQ?.shift();
    if (e === undefined) return err(ERRNO.EAGAIN);
    s.soError = s.errQ!.length > 0 ? ERRNO.ECONNREFUSED : 0;
    return ok({ data: e.data.length > n ? e.data.slice(0, n) : e.data, addr: e.addr, trunc: e.data.length > n });
  }
  const peek = (flags & MSG_PEEK) !== 0;
  const nb = s.nonblocking || (flags & MSG_DONTWAIT) !== 0;
  if (s.type === SOCK_DGRAM) {
    if (s.soError !== 0) return err(takeError(s));
    const d = s.dgrams[0];
    if (d !== undefined) {
      // __skb_recv_udp reads from udp_sock.reader_queue and, when that is empty, first splices the
      // whole sk_receive_queue into it (a peek too).
      if (s.udpReader === 0) s.udpReader = s.dgrams.length;
      if (!peek) {
        s.dgrams.shift();
        s.udpReader--;
        udpRmemRelease(s, d.truesize);
        s.dgramBytes -= d.data.length;
        emit(k, { t: 'queue', time: k.now, cause: k.cause, sock: s.id, queue: 'recv', op: 'remove', len: s.dgrams.length, bytes: s.dgramBytes });
      }
      // A short read truncates the datagram; the rest is discarded.
      if (d.data.length > n && flags & MSG_TRUNC) {
        // MSG_TRUNC: the call returns the datagram's real length. Only n bytes reach the caller's
        // buffer; the result holds them, then zeros up to that length (CPython's recv() grows its
        // bytes object to the returned length, the tail uninitialised).
        const full = new Uint8Array(d.data.length);
        full.set(d.data.subarray(0, n));
        return ok({ data: full, addr: d.from, trunc: true });
      }
      return ok({ data: d.data.length > n ? d.data.slice(0, n) : d.data.slice(), addr: d.from, trunc: d.data.length > n });
    }
    // A non-blocking read of a shut UDP socket is EAGAIN (the datagram queue is empty); only a
    // blocking one, waiting, notices the shutdown and returns 0 bytes.
    if (nb || timedOut) return err(ERRNO.EAGAIN);
    if (s.shutRd && a.polled !== true) return ok({ data: new Uint8Array(0), addr: null });
    return block({ pid, op, fd, args: a, deadline: timeoDeadline(k, s, 'rcv'), reason: `blocked in ${op}(): no datagram queued` });
  }
  if (s.state === 'LISTEN') return err(ERRNO.ENOTCONN);
  if (flags & MSG_OOB) {
    // tcp_recv_urg: the one urgent byte, or EINVAL when there is none, it was read, a read
    // went past its mark, or SO_OOBINLINE is on (the byte is in the stream).
    if (s.opts.oobinline || s.oobByte < 0 || s.urgRead || n === 0) return err(ERRNO.EINVAL);
    const b = new Uint8Array([s.oobByte]);
    if (!peek) s.urgRead = true;
    return ok({ data: b, addr: null });
  }
  if (n === 0) return ok({ data: new Uint8Array(0), addr: null });
  // CPython with a timeout reads from a non-blocking descriptor once poll() says POLLIN: MSG_WAITALL
  // then returns what there is (tcp_recvmsg's target is 1 without a timeout to wait).
  const waitall = (flags & MSG_WAITALL) !== 0 && !peek && !nb && a.polled !== true;
  let want = n - a.gotLen;
  // tcp_recvmsg stops at the urgent mark once it has copied something (even with MSG_WAITALL):
  // the bytes before the mark come in one call, the rest (the inline urgent byte first) in the next.
  if (s.urgOff === 0 && a.gotLen > 0) return ok({ data: concat(a.got, a.gotLen), addr: null });
  // At the mark of an urgent byte that left the stream the read skips it, and once copied_seq
  // is past urg_seq the urgent data is gone (an unread OOB byte is lost: MSG_OOB is EINVAL,
  // no POLLPRI).
  if (s.urgOff === 0 && !peek && !s.opts.oobinline) endUrgent(s);
  if (s.urgOff > 0) want = Math.min(want, s.urgOff);
  // CPython with a timeout reads only after poll() said POLLIN, which needs SO_RCVLOWAT bytes
  // (or EOF, a shutdown or an error).
  const pollOk = a.polled !== true || s.recvLen >= s.opts.rcvlowat || s.finReceived || s.shutRd || s.soError !== 0;
  if (s.recvLen > 0 && pollOk) {
    // MSG_TRUNC on TCP (tcp_recvmsg): the bytes are consumed (or peeked) and counted but not
    // copied; the result is zeros of that length (the caller's buffer keeps what it had).
    const taken = takeRecv(s, want, peek);
    const chunk = flags & MSG_TRUNC ? new Uint8Array(taken.length) : taken;
    if (!peek && s.urgOff >= 0) {
      // Reading past an inline urgent byte ends the urgent data.
      if (s.urgOff === 0) endUrgent(s);
      else s.urgOff -= chunk.length;
    }
    if (!peek) {
      queueEvent(k, s, 'recv', 'remove', s.recvQ.length, s.recvLen);
      windowUpdate(k, s);
      flush(k);
    }
    const got = a.got.concat([chunk]);
    const gotLen = a.gotLen + chunk.length;
    // tcp_recvmsg's target (sock_rcvlowat): a blocking read returns once it has min(SO_RCVLOWAT, n)
    // bytes (all n with MSG_WAITALL); a non-blocking one returns what there is.
    // (CPython with a timeout polls for POLLIN, then reads without blocking: target 1.)
    const target = waitall ? n : nb || peek || a.polled === true ? 1 : Math.min(s.opts.rcvlowat, n);
    if (gotLen >= target || timedOut) return ok({ data: concat(got, gotLen), addr: null });
    a = { ...a, got, gotLen };
    if (s.recvLen > 0) return doRecv(k, pid, fd, a, op, timedOut);
  }
  // Nothing (more) to read. Linux's order: EOF, then a pending error, then shutdown, then "never connected".
  if (a.gotLen > 0 && (s.finReceived || s.soError !== 0 || s.shutRd || s.state === 'CLOSED' || timedOut)) return ok({ data: concat(a.got, a.gotLen), addr: null });
  if (s.finReceived) return ok({ data: new Uint8Array(0), addr: null });
  if (s.soError !== 0) return err(takeError(s));
  if (s.shutRd) return ok({ data: new Uint8Array(0), addr: null });
  if (s.state === 'CLOSED') return err(ERRNO.ENOTCONN);
  if (nb || timedOut) return err(ERRNO.EAGAIN);
  return block({ pid, op, fd, args: a, deadline: timeoDeadline(k, s, 'rcv'), reason: waitall ? `blocked in ${op}(MSG_WAITALL): ${a.gotLen} of ${n} bytes so far` : `blocked in ${op}(): the receive buffer is empty` });
}

// ---------------------------------------------------------------- shutdown, close

export function sys_shutdown(k: Kernel, pid: number, fd: number, how: number): Sys<0> {
  return guard(k, pid, 'shutdown', { fd, how }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const s = l.s;
    if (how !== SHUT_RD && how !== SHUT_WR && how !== SHUT_RDWR) return err(ERRNO.EINVAL);
    const rd = how === SHUT_RD || how === SHUT_RDWR;
    const wr = how === SHUT_WR || how === SHUT_RDWR;
    if (s.type === SOCK_DGRAM) {
      if (rd) s.shutRd = true;
      if (wr) s.shutWr = true;
      return s.state === 'ESTABLISHED' ? ok(0) : err(ERRNO.ENOTCONN);
    }
    switch (s.state) {
      // A user's socket that reached TIME-WAIT is CLOSED as far as calls go (Linux
      // hands the connection to a timewait mini-socket); the UI still shows TIME-WAIT.
      case 'TIME-WAIT':
      case 'CLOSED':
        // inet_shutdown still records the flags before reporting ENOTCONN.
        if (rd) s.shutRd = true;
        if (wr) s.shutWr = true;
        return err(ERRNO.ENOTCONN);
      case 'LISTEN':
        if (rd) tcpDisconnect(k, s);
        return ok(0);
      case 'SYN-SENT':
        tcpDisconnect(k, s);
        s.ss = 'unconnected';
        return ok(0);
      default:
        if (rd) s.shutRd = true;
        if (wr) shutWrite(k, s, `shutdown(${how === SHUT_WR ? 'SHUT_WR' : 'SHUT_RDWR'})`);
        return ok(0);
    }
  });
}

/** Another descriptor (in any process) that still refers to socket `id`, after dup(). */
function otherFd(k: Kernel, id: number): { pid: number; fd: number } | null {
  for (const q of k.procs.values()) {
    if (q.exited) continue;
    const fd = q.fds.indexOf(id);
    if (fd >= 0) return { pid: q.pid, fd };
  }
  return null;
}

function closeFd(k: Kernel, p: Proc, fd: number): void {
  const id = p.fds[fd]!;
  p.fds[fd] = null;
  while (p.fds.length > 0 && p.fds[p.fds.length - 1] == null) p.fds.pop();
  const s = k.socks.get(id);
  if (s === undefined) return;
  emit(k, { t: 'socket', time: k.now, cause: k.cause, sock: s.id, host: hostName(k, s.host), what: 'fd-closed', pid: p.pid, fd });
  // The socket lives while any descriptor refers to it (dup): only the last close() closes it.
  if (s.dups > 0) {
    s.dups--;
    const other = otherFd(k, id);
    if (other !== null) {
      s.pid = other.pid;
      s.fd = other.fd;
    }
    return;
  }
  if (s.held !== undefined && s.held.length > 0) {
    // Another thread's blocked call holds the socket: it stays open until that call returns.
    s.fd = -1;
    s.closePending = true;
    return;
  }
  finishClose(k, s);
}

/** The socket's last reference is gone: it closes (TCP: FIN or RST, as close() does). */
function finishClose(k: Kernel, s: Sock): void {
  // Only clear a flag that was set: adding the property to every closed socket would give closed
  // sockets a hidden class of their own (slower property access everywhere) and an extra object.
  if (s.closePending === true) s.closePending = false;
  s.pid = -1;
  s.fd = -1;
  if (s.type === SOCK_DGRAM) {
    s.orphan = true;
    removeBind(k, s);
    k.socks.delete(s.id);
    return;
  }
  tcpClose(k, s);
}

/** dup(): the lowest free descriptor, referring to the same socket (one open file, shared flags). */
export function sys_dup(k: Kernel, pid: number, fd: number): Sys<number> {
  return guard(k, pid, 'dup', { fd }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    l.s.dups++;
    return ok(allocFd(l.p, l.s.id));
  });
}

export function sys_close(k: Kernel, pid: number, fd: number): Sys<0> {
  return guard(k, pid, 'close', { fd }, () => {
    const p = k.procs.get(pid);
    if (p === undefined || !Number.isInteger(fd) || fd < 0 || p.fds[fd] == null) return err(ERRNO.EBADF);
    closeFd(k, p, fd);
    return ok(0);
  });
}

// ---------------------------------------------------------------- options

function intValue(v: number | Uint8Array): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) | 0 : null;
  if (v instanceof Uint8Array && v.length >= 4) return new DataView(v.buffer, v.byteOffset, v.byteLength).getInt32(0, true);
  return null;
}

/** struct timeval from setsockopt bytes (16 bytes on x86-64). */
function timevalValue(v: number | Uint8Array): [number, number] | null {
  if (!(v instanceof Uint8Array) || v.length < 16) return null;
  const dv = new DataView(v.buffer, v.byteOffset, v.byteLength);
  return [Number(dv.getBigInt64(0, true)), Number(dv.getBigInt64(8, true))];
}

/** Linux clamps the buffer sizes as unsigned (so -1 means "as large as allowed"), then doubles. */
function bufSize(v: number, max: number, min: number): number {
  const u = v >>> 0;
  return Math.max(Math.min(u, max) * 2, min);
}

/**
 * TCP_MAXSEG on a connection: the MSS, bounded by half the largest window the peer offered
 * (tcp_bound_to_half_wnd). The SYN-ACK's window is unscaled and rounded to the MSS (65483 on
 * loopback: 32741); later windows are scaled (65536: 32768), which the passive side sees in the
 * handshake's last ACK and the active side in the first segment after the handshake. Linux grows it
 * further as the receiver's window opens (47616 after a few MB); that is not modelled.
 */
function tcpMaxseg(s: Sock): number {
  if (s.state === 'CLOSED' || s.state === 'LISTEN' || s.state === 'SYN-SENT') return s.opts.userMss || 536;
  let mss = s.opts.userMss ? Math.min(s.opts.userMss, s.mss) : s.mss;
  const scaled = s.passive || sdiff(s.sndUna, s.iss) > 1 || sdiff(s.rcvNxt, s.irs) > 1;
  const window = scaled ? LINUX.maxWindow + 1 : Math.floor(LINUX.maxWindow / s.mss) * s.mss;
  if (window > 536) mss = Math.min(mss, Math.max(Math.floor(window / 2), 68));
  return mss;
}

export function sys_setsockopt(k: Kernel, pid: number, fd: number, level: number, opt: number, value: number | Uint8Array): Sys<0> {
  return guard(k, pid, 'setsockopt', { fd, level, opt, value: typeof value === 'number' ? value : { bytes: value?.length } }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const s = l.s;
    if (level === SOL_SOCKET && opt === SO_LINGER) {
      if (!(value instanceof Uint8Array) || value.length < 8) return err(ERRNO.EINVAL);
      const dv = new DataView(value.buffer, value.byteOffset, value.byteLength);
      s.lingerOn = dv.getInt32(0, true) !== 0;
      // A negative l_linger, taken as unsigned, means "forever" (MAX_SCHEDULE_TIMEOUT jiffies); read
      // back it is LONG_MAX / HZ cut to an int: -1752346657 with this kernel's HZ of 250.
      const secs = dv.getInt32(4, true);
      s.lingerSecs = secs < 0 ? -1752346657 : secs;
      return ok(0);
    }
    if (level === SOL_SOCKET && (opt === SO_RCVTIMEO || opt === SO_SNDTIMEO)) {
      const tv = timevalValue(value);
      if (tv === null) return err(ERRNO.EINVAL);
      if (tv[1] < 0 || tv[1] >= 1000000) return err(ERRNO.EDOM);
      const t: [number, number] = tv[0] < 0 ? [0, 0] : tv;
      if (opt === SO_RCVTIMEO) s.opts.rcvtimeo = t;
      else s.opts.sndtimeo = t;
      return ok(0);
    }
    if (level === SOL_SOCKET && opt === SO_BINDTODEVICE) {
      // An interface name up to a NUL (IFNAMSIZ 16); '' unbinds; an unknown name is ENODEV. (An
      // integer is read as its bytes: 0 is '', anything else names no interface.)
      let name = '';
      if (typeof value === 'number') {
        if ((value & 0xff) !== 0) return err(ERRNO.ENODEV);
      } else {
        for (let i = 0; i < value.length && i < 15 && value[i] !== 0; i++) name += String.fromCharCode(value[i]!);
      }
      if (name !== '' && name !== 'lo' && name !== 'eth0') return err(ERRNO.ENODEV);
      s.opts.dev = name;
      return ok(0);
    }
    if (level === IPPROTO_TCP && opt === TCP_CONGESTION && s.type === SOCK_STREAM) {
      // The value is an algorithm's name (up to a NUL); an integer's bytes name none.
      if (typeof value === 'number') return err(ERRNO.ENOENT);
      let name = '';
      for (let i = 0; i < value.length && i < 15 && value[i] !== 0; i++) name += String.fromCharCode(value[i]!);
      if (name === '') return err(ERRNO.EINVAL);
      const i = CONGESTION.indexOf(name);
      if (i < 0) return err(ERRNO.ENOENT);
      (s.opts.extra ??= {})[IPPROTO_TCP * 256 + TCP_CONGESTION] = i;
      return ok(0);
    }
    // The IPv4 layer also takes its integer options as one byte (ip_setsockopt: optlen 1 to 3).
    const v = level === IPPROTO_IP && value instanceof Uint8Array && value.length >= 1 && value.length < 4 ? value[0]! : intValue(value);
    if (v === null) return err(ERRNO.EINVAL);
    if (level === SOL_SOCKET) {
      switch (opt) {
        case SO_REUSEADDR:
          s.reuseaddr = v !== 0;
          return ok(0);
        case SO_REUSEPORT:
          s.reuseport = v !== 0;
          return ok(0);
        case SO_KEEPALIVE:
          s.keepalive = v !== 0;
          return ok(0);
        case SO_BROADCAST:
          s.opts.broadcast = v !== 0;
          return ok(0);
        case SO_OOBINLINE:
          s.opts.oobinline = v !== 0;
          return ok(0);
        case SO_RCVLOWAT: {
          let x = v < 0 ? 0x7fffffff : v;
          if (s.type === SOCK_STREAM) x = Math.min(x, s.rcvbufLocked ? s.rcvbuf >> 1 : LINUX.tcpRmemMax >> 1);
          s.opts.rcvlowat = x || 1;
          return ok(0);
        }
        case SO_SNDBUF: {
          // Linux doubles the value (for bookkeeping overhead) after clamping to wmem_max.
          s.sndbuf = bufSize(v, LINUX.wmemMax, LINUX.minSndbuf);
          s.sndbufLocked = true;
          return ok(0);
        }
        case SO_RCVBUF: {
          s.rcvbuf = bufSize(v, LINUX.rmemMax, LINUX.minRcvbuf);
          s.rcvbufLocked = true;
          return ok(0);
        }
        case SO_SNDBUFFORCE:
        case SO_RCVBUFFORCE: {
          // CAP_NET_ADMIN (root, as recorded): no wmem_max/rmem_max cap.
          const x = Math.min(Math.max(v, 0), 0x3fffffff) * 2;
          if (opt === SO_SNDBUFFORCE) {
            s.sndbuf = Math.max(x, LINUX.minSndbuf);
            s.sndbufLocked = true;
          } else {
            s.rcvbuf = Math.max(x, LINUX.minRcvbuf);
            s.rcvbufLocked = true;
          }
          return ok(0);
        }
        default:
          return extraSetResult(s, level, opt, v);
      }
    }
    if (level === IPPROTO_UDP && s.type === SOCK_DGRAM && opt === UDP_CORK) {
      s.opts.cork = v !== 0 ? 1 : 0;
      // Uncorking sends what was held back.
      if (s.opts.cork === 0) udpPush(k, s);
      return ok(0);
    }
    if (level === IPPROTO_TCP) {
      // A UDP socket hands other levels to the IP layer, which knows only its own.
      if (s.type !== SOCK_STREAM) return err(ERRNO.ENOPROTOOPT);
      switch (opt) {
        case TCP_NODELAY:
          s.nodelay = v !== 0;
          return ok(0);
        case TCP_CORK:
          // __tcp_sock_set_cork: uncorking pushes what was held back.
          s.opts.tcpCork = v !== 0;
          if (!s.opts.tcpCork) {
            tcpOutput(k, s);
            flush(k);
          }
          return ok(0);
        case TCP_QUICKACK:
          // __tcp_sock_set_quickack: 0 enters pingpong mode, anything else leaves it.
          s.pingpong = v === 0;
          s.ackDue = -1;
          return ok(0);
        case TCP_USER_TIMEOUT:
          if (v < 0) return err(ERRNO.EINVAL);
          s.userTimeout = v;
          return ok(0);
        case TCP_MAXSEG:
          if (v !== 0 && (v < 88 || v > 65535)) return err(ERRNO.EINVAL);
          s.opts.userMss = v;
          return ok(0);
        case TCP_KEEPIDLE:
        case TCP_KEEPINTVL:
          if (v < 1 || v > 32767) return err(ERRNO.EINVAL);
          if (opt === TCP_KEEPIDLE) s.opts.keepidle = v;
          else s.opts.keepintvl = v;
          return ok(0);
        case TCP_KEEPCNT:
          if (v < 1 || v > 127) return err(ERRNO.EINVAL);
          s.opts.keepcnt = v;
          return ok(0);
      }
      return extraSetResult(s, level, opt, v);
    }
    if (level === IPPROTO_IP) {
      switch (opt) {
        case IP_TTL:
          if (v !== -1 && (v < 1 || v > 255)) return err(ERRNO.EINVAL);
          s.opts.ttl = v;
          return ok(0);
        case IP_TOS: {
          // TCP keeps the ECN bits to itself; the field is one byte.
          const b = v & 0xff;
          s.opts.tos = s.type === SOCK_STREAM ? (b & ~3) | (s.opts.tos & 3) : b;
          return ok(0);
        }
      }
      return extraSetResult(s, level, opt, v);
    }
    if (level === IPPROTO_IPV6 && s.family === AF_INET6) {
      if (opt === IPV6_V6ONLY) {
        if (s.bindKey >= 0) return err(ERRNO.EINVAL);
        s.v6only = v !== 0;
        return ok(0);
      }
      if (opt === IPV6_UNICAST_HOPS) {
        if (v < -1 || v > 255) return err(ERRNO.EINVAL);
        s.opts.hops = v;
        return ok(0);
      }
      // IPV6_MTU: 0 or at least IPV6_MIN_MTU; it caps what this socket sends (not modelled: reads give the path's).
      if (opt === IPV6_MTU) return v !== 0 && v < 1280 ? err(ERRNO.EINVAL) : ok(0);
      return extraSetResult(s, level, opt, v);
    }
    return err(ERRNO.ENOPROTOOPT);
  });
}

export function sys_getsockopt(k: Kernel, pid: number, fd: number, level: number, opt: number): Sys<number> {
  return guard(k, pid, 'getsockopt', { fd, level, opt }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const s = l.s;
    if (level === SOL_SOCKET) {
      switch (opt) {
        case SO_REUSEADDR:
          return ok(s.reuseaddr ? 1 : 0);
        case SO_REUSEPORT:
          return ok(s.reuseport ? 1 : 0);
        case SO_KEEPALIVE:
          return ok(s.keepalive ? 1 : 0);
        case SO_BROADCAST:
          return ok(s.opts.broadcast ? 1 : 0);
        case SO_OOBINLINE:
          return ok(s.opts.oobinline ? 1 : 0);
        case SO_RCVLOWAT:
          return ok(s.opts.rcvlowat);
        case SO_SNDLOWAT:
          return ok(1);
        case SO_RCVTIMEO:
          // A 4-byte read of struct timeval yields tv_sec.
          return ok(s.opts.rcvtimeo[0]);
        case SO_SNDTIMEO:
          return ok(s.opts.sndtimeo[0]);
        case SO_TYPE:
          return ok(s.type);
        case SO_DOMAIN:
          return ok(s.family);
        case SO_PROTOCOL:
          return ok(s.type === SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP);
        case SO_ERROR: {
          // Reading SO_ERROR clears it (sock_error), then the soft error.
          let e = takeError(s);
          if (e === 0) {
            e = s.softError;
            s.softError = 0;
          }
          return ok(e);
        }
        case SO_SNDBUF:
          return ok(s.sndbuf);
        case SO_RCVBUF:
          return ok(s.rcvbuf);
        case SO_LINGER:
          // A 4-byte read of struct linger yields l_onoff.
          return ok(s.lingerOn ? 1 : 0);
        case SO_ACCEPTCONN:
          return ok(s.state === 'LISTEN' ? 1 : 0);
        case SO_BINDTODEVICE:
          // A 4-byte buffer is too small for a name (EINVAL); with none bound the length is 0.
          return s.opts.dev === '' ? ok(0) : err(ERRNO.EINVAL);
        default:
          return extraGetResult(s, level, opt, ERRNO.ENOPROTOOPT);
      }
    }
    // Another protocol's level: an AF_INET socket passes it to the IPv4 layer, which refuses
    // foreign levels with EOPNOTSUPP; the IPv6 layer says ENOPROTOOPT.
    const foreign = s.family === AF_INET ? ERRNO.EOPNOTSUPP : ERRNO.ENOPROTOOPT;
    if (level === IPPROTO_UDP && s.type === SOCK_DGRAM) return opt === UDP_CORK ? ok(s.opts.cork) : err(ERRNO.ENOPROTOOPT);
    if (level === IPPROTO_TCP) {
      if (s.type !== SOCK_STREAM) return err(foreign);
      switch (opt) {
        case TCP_NODELAY:
          return ok(s.nodelay ? 1 : 0);
        case TCP_CORK:
          return ok(s.opts.tcpCork ? 1 : 0);
        case TCP_QUICKACK:
          // A delayed ACK that found no reply to ride on ends pingpong mode (tcp_delack_timer_handler).
          if (s.pingpong && s.ackDue >= 0 && k.now >= s.ackDue) {
            s.pingpong = false;
            s.ackDue = -1;
          }
          return ok(s.pingpong ? 0 : 1);
        case TCP_USER_TIMEOUT:
          return ok(s.userTimeout);
        case TCP_MAXSEG:
          return ok(tcpMaxseg(s));
        case TCP_KEEPIDLE:
          return ok(s.opts.keepidle);
        case TCP_KEEPINTVL:
          return ok(s.opts.keepintvl);
        case TCP_KEEPCNT:
          return ok(s.opts.keepcnt);
        case TCP_INFO:
          // A 4-byte read of struct tcp_info: tcpi_state (the other three bytes are 0 here).
          return ok(LINUX_TCP_STATE[s.state]);
        case TCP_CONGESTION: {
          // A 4-byte read of the name ("bbr\0", this machine's default).
          const b = congestionName(s, 4);
          return ok(new DataView(b.buffer).getInt32(0, true));
        }
      }
      return extraGetResult(s, level, opt, ERRNO.ENOPROTOOPT);
    }
    if (level === IPPROTO_IP) {
      if (opt === IP_TTL) return ok(s.opts.ttl === -1 ? 64 : s.opts.ttl);
      if (opt === IP_TOS) return ok(s.opts.tos);
      if (opt === IP_MTU) return pathMtu(s);
      // Unknown to the IPv4 layer: ENOPROTOOPT, except the group-filter requests and netfilter's
      // numbers (iptables, arptables, ebtables), which answer EINVAL on a plain socket.
      return extraGetResult(s, level, opt, IP_GET_EINVAL.has(opt) ? ERRNO.EINVAL : ERRNO.ENOPROTOOPT);
    }
    if (level === IPPROTO_IPV6 && s.family === AF_INET6) {
      if (opt === IPV6_V6ONLY) return ok(s.v6only ? 1 : 0);
      if (opt === IPV6_UNICAST_HOPS) return ok(s.opts.hops === -1 ? 64 : s.opts.hops);
      if (opt === IPV6_MTU) return pathMtu(s);
      return extraGetResult(s, level, opt, ERRNO.ENOPROTOOPT);
    }
    return err(foreign);
  });
}

/** IP_MTU / IPV6_MTU: the route's MTU once connected (loopback 65536, capped at 65535 for IPv4), else ENOTCONN. */
function pathMtu(s: Sock): Sys<number> {
  const connected = s.type === SOCK_STREAM ? s.state !== 'CLOSED' && s.state !== 'LISTEN' : s.state === 'ESTABLISHED';
  if (!connected) return err(ERRNO.ENOTCONN);
  if (!(s.type === SOCK_STREAM ? s.local : isLoopback(unmap(s.remoteIp)))) return ok(1500);
  return ok(s.family === AF_INET ? 65535 : 65536);
}

const IP_GET_EINVAL = new Set([41, 48, 64, 65, 66, 67, 80, 83, 96, 97, 98, 99]);

/** The congestion control algorithms this machine has (tcp_available_congestion_control), the default first. */
const CONGESTION = ['bbr', 'reno', 'cubic'];

/** TCP_CONGESTION's bytes: the name NUL-padded to TCP_CA_NAME_MAX (16), cut to the buffer. */
function congestionName(s: Sock, buflen: number): Uint8Array {
  const name = CONGESTION[s.opts.extra?.[IPPROTO_TCP * 256 + TCP_CONGESTION] ?? 0]!;
  const out = new Uint8Array(Math.max(4, Math.min(buflen, 16)));
  for (let i = 0; i < name.length && i < out.length; i++) out[i] = name.charCodeAt(i);
  return buflen < 4 ? out.subarray(0, Math.max(0, buflen)) : out;
}

function extraSetResult(s: Sock, level: number, opt: number, v: number): Sys<0> {
  const r = extraSet(s, level, opt, v);
  if (r === null) return err(ERRNO.ENOPROTOOPT);
  return 'ok' in r ? ok(0) : err(r.errno);
}

function extraGetResult(s: Sock, level: number, opt: number, otherwise: number): Sys<number> {
  const v = extraGet(s, level, opt);
  return v === null ? err(otherwise) : ok(v);
}

/** Linux's numbering of the TCP states (include/net/tcp_states.h), as tcp_info reports it. */
const LINUX_TCP_STATE: Record<string, number> = {
  ESTABLISHED: 1, 'SYN-SENT': 2, 'SYN-RECEIVED': 3, 'FIN-WAIT-1': 4, 'FIN-WAIT-2': 5, 'TIME-WAIT': 6,
  CLOSED: 7, 'CLOSE-WAIT': 8, 'LAST-ACK': 9, LISTEN: 10, CLOSING: 11,
};

/** getsockopt with an explicit buffer length (Python's getsockopt(level, opt, buflen)): struct linger etc. */
export function sys_getsockopt_bytes(k: Kernel, pid: number, fd: number, level: number, opt: number, buflen: number): Sys<Uint8Array> {
  if (level === SOL_SOCKET && opt === SO_LINGER) {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const out = new Uint8Array(Math.max(0, Math.min(buflen, 8)));
    const full = new Uint8Array(8);
    const dv = new DataView(full.buffer);
    dv.setInt32(0, l.s.lingerOn ? 1 : 0, true);
    dv.setInt32(4, l.s.lingerSecs, true);
    out.set(full.subarray(0, out.length));
    return ok(out);
  }
  if (level === SOL_SOCKET && (opt === SO_RCVTIMEO || opt === SO_SNDTIMEO) && buflen >= 8) {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const tv = opt === SO_RCVTIMEO ? l.s.opts.rcvtimeo : l.s.opts.sndtimeo;
    // struct timeval (two longs), or the old 32-bit one for a shorter buffer.
    const full = new Uint8Array(buflen >= 16 ? 16 : 8);
    const dv = new DataView(full.buffer);
    if (buflen >= 16) {
      dv.setBigInt64(0, BigInt(tv[0]), true);
      dv.setBigInt64(8, BigInt(tv[1]), true);
    } else {
      dv.setInt32(0, tv[0], true);
      dv.setInt32(4, tv[1], true);
    }
    return ok(full);
  }
  if (level === SOL_SOCKET && opt === SO_BINDTODEVICE) {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const name = l.s.opts.dev;
    if (name === '') return ok(new Uint8Array(0));
    if (buflen < 16) return err(ERRNO.EINVAL);
    const out = new Uint8Array(name.length + 1);
    for (let i = 0; i < name.length; i++) out[i] = name.charCodeAt(i);
    return ok(out);
  }
  if (level === IPPROTO_TCP && opt === TCP_INFO) {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    if (l.s.type !== SOCK_STREAM) return err(l.s.family === AF_INET ? ERRNO.EOPNOTSUPP : ERRNO.ENOPROTOOPT);
    // struct tcp_info: only tcpi_state (the first byte, Linux's TCP_* state number) is modelled.
    const out = new Uint8Array(Math.max(0, Math.min(buflen, 232)));
    if (out.length > 0) out[0] = LINUX_TCP_STATE[l.s.state];
    return ok(out);
  }
  const r = sys_getsockopt(k, pid, fd, level, opt);
  if (r.tag !== 'ok') return r as Sys<Uint8Array>;
  if (level === IPPROTO_TCP && opt === TCP_CONGESTION) {
    const l = lookup(k, pid, fd);
    if (!('errno' in l)) return ok(congestionName(l.s, buflen));
  }
  const full = new Uint8Array(4);
  new DataView(full.buffer).setInt32(0, r.value, true);
  return ok(full.subarray(0, Math.max(0, Math.min(buflen, 4))));
}

// ---------------------------------------------------------------- names

export function sys_getsockname(k: Kernel, pid: number, fd: number): Sys<SockAddr> {
  return guard(k, pid, 'getsockname', { fd }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    return ok(mkAddr(l.s.family, l.s.localIp, l.s.localPort));
  });
}

export function sys_getpeername(k: Kernel, pid: number, fd: number): Sys<SockAddr> {
  return guard(k, pid, 'getpeername', { fd }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    const s = l.s;
    if (s.remotePort === 0 || s.state === 'CLOSED' || s.state === 'TIME-WAIT' || s.state === 'SYN-SENT' || s.state === 'LISTEN') return err(ERRNO.ENOTCONN);
    return ok(mkAddr(s.family, s.remoteIp, s.remotePort));
  });
}

export function sys_setnonblocking(k: Kernel, pid: number, fd: number, on: boolean): Sys<0> {
  return guard(k, pid, 'setnonblocking', { fd, on }, () => {
    const l = lookup(k, pid, fd);
    if ('errno' in l) return err(l.errno);
    l.s.nonblocking = !!on;
    return ok(0);
  });
}

export function sys_isnonblocking(k: Kernel, pid: number, fd: number): Sys<boolean> {
  const l = lookup(k, pid, fd);
  if ('errno' in l) return err(l.errno);
  return ok(l.s.nonblocking);
}

// ---------------------------------------------------------------- readiness

/** Writable as Linux defines it: free space at least half of what is queued (sk_stream_is_writeable). */
function tcpWritable(s: Sock): boolean {
  return s.sndbuf - s.sendLen >= s.sendLen >> 1 && s.sendLen < s.sndbuf;
}

/** The poll mask Linux computes for a socket (tcp_poll / datagram_poll). */
export function pollMask(s: Sock): number {
  if (s.type === SOCK_DGRAM) {
    let m = 0;
    if (s.soError !== 0 || (s.errQ !== null && s.errQ.length > 0)) m |= POLLERR;
    if (s.shutRd) m |= POLLRDHUP | POLLIN | POLLRDNORM;
    if (s.shutRd && s.shutWr) m |= POLLHUP;
    if (s.dgrams.length > 0) m |= POLLIN | POLLRDNORM;
    m |= POLLOUT | POLLWRNORM;
    return m;
  }
  if (s.state === 'LISTEN') return s.acceptQ.length > 0 ? POLLIN | POLLRDNORM : 0;
  let m = 0;
  if ((s.shutRd && s.shutWr) || s.state === 'CLOSED') m |= POLLHUP;
  if (s.shutRd) m |= POLLIN | POLLRDNORM | POLLRDHUP;
  if (s.state !== 'SYN-SENT' && s.state !== 'SYN-RECEIVED') {
    // tcp_epollin_ready: readable once SO_RCVLOWAT bytes are queued (sock_rcvlowat).
    if (s.recvLen > 0 && s.recvLen >= s.opts.rcvlowat) m |= POLLIN | POLLRDNORM;
    if (s.shutWr || tcpWritable(s)) m |= POLLOUT | POLLWRNORM;
    if (s.oobByte >= 0 && !s.urgRead) m |= POLLPRI;
  }
  if (s.soError !== 0) m |= POLLERR;
  return m;
}

const SEL_IN = POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR;
const SEL_OUT = POLLOUT | POLLWRNORM | POLLERR;
const SEL_EX = POLLPRI;

interface SelectArgs {
  r: number[];
  w: number[];
  x: number[];
}

/**
 * With `resumed`, an fd closed while select() waited is reported in every set it was given in (as
 * measured on Linux: a descriptor that is gone when select looks again reads as ready).
 */
function selectScan(k: Kernel, pid: number, a: SelectArgs, resumed = false): { r: number[]; w: number[]; x: number[] } | number {
  const p = k.procs.get(pid);
  if (p === undefined) return ERRNO.EBADF;
  const res = { r: [] as number[], w: [] as number[], x: [] as number[] };
  const sets: [number[], number[], number][] = [
    [a.r, res.r, SEL_IN],
    [a.w, res.w, SEL_OUT],
    [a.x, res.x, SEL_EX],
  ];
  for (const [inp] of sets) for (const fd of inp) if (!Number.isInteger(fd) || fd < 0 || fd >= FD_SETSIZE) return ERRNO.EINVAL;
  for (const [inp, out, bits] of sets) {
    for (const fd of inp) {
      const id = p.fds[fd];
      const s = id == null ? undefined : k.socks.get(id);
      if (s === undefined) {
        if (!resumed) return ERRNO.EBADF;
        out.push(fd);
        continue;
      }
      if (pollMask(s) & bits) out.push(fd);
    }
  }
  return res;
}

/**
 * select(): fds >= FD_SETSIZE (1024) are refused with EINVAL (Python raises
 * ValueError before calling it). timeoutMs null waits forever, 0 polls.
 */
export function sys_select(k: Kernel, pid: number, r: number[], w: number[], x: number[], timeoutMs: number | null): Sys<{ r: number[]; w: number[]; x: number[] }> {
  return guard(k, pid, 'select', { r, w, x, timeoutMs }, () => {
    if (timeoutMs !== null && (typeof timeoutMs !== 'number' || !(timeoutMs >= 0))) return err(ERRNO.EINVAL);
    if (!Array.isArray(r) || !Array.isArray(w) || !Array.isArray(x)) return err(ERRNO.EFAULT);
    const a: SelectArgs = { r: [...r], w: [...w], x: [...x] };
    const res = selectScan(k, pid, a);
    if (typeof res === 'number') return err(res);
    if (res.r.length + res.w.length + res.x.length > 0 || timeoutMs === 0) return ok(res);
    return block({ pid, op: 'select', args: a, deadline: timeoutMs === null ? null : k.now + timeoutMs, reason: `blocked in select(): none of ${describeSets(a)} is ready` });
  });
}

function describeSets(a: SelectArgs): string {
  const parts: string[] = [];
  if (a.r.length) parts.push(`read [${a.r.join(', ')}]`);
  if (a.w.length) parts.push(`write [${a.w.join(', ')}]`);
  if (a.x.length) parts.push(`except [${a.x.join(', ')}]`);
  return parts.join(', ') || 'no fds';
}

interface PollArgs {
  fds: { fd: number; events: number }[];
  /** epoll_wait (Python's select.epoll polls through here): holds no socket; a closed fd leaves the set. */
  epoll?: boolean;
}

function pollScan(k: Kernel, pid: number, a: PollArgs): { fd: number; revents: number }[] {
  const p = k.procs.get(pid);
  const out: { fd: number; revents: number }[] = [];
  for (const { fd, events } of a.fds) {
    if (fd < 0) continue;
    const id = p?.fds[fd];
    const s = id == null ? undefined : k.socks.get(id);
    if (s === undefined) {
      if (!a.epoll) out.push({ fd, revents: POLLNVAL });
      continue;
    }
    const rev = pollMask(s) & ((events & 0xffff) | POLLERR | POLLHUP);
    if (rev !== 0) out.push({ fd, revents: rev });
  }
  return out;
}

/**
 * poll(): returns the entries with non-zero revents (as Python's poll() does). With `epoll`, it is
 * epoll_wait over an interest list: the call holds no socket, and an fd closed while it waits
 * leaves the set (no POLLNVAL), as Linux's epoll drops a file on its last close.
 */
export function sys_poll(k: Kernel, pid: number, fds: { fd: number; events: number }[], timeoutMs: number | null, epoll = false): Sys<{ fd: number; revents: number }[]> {
  return guard(k, pid, 'poll', { fds, timeoutMs }, () => {
    if (timeoutMs !== null && (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs))) return err(ERRNO.EINVAL);
    if (!Array.isArray(fds)) return err(ERRNO.EFAULT);
    const a: PollArgs = { fds: fds.map((f) => ({ fd: f.fd, events: f.events })) };
    if (epoll) a.epoll = true;
    const res = pollScan(k, pid, a);
    if (res.length > 0 || timeoutMs === 0) return ok(res);
    const t = timeoutMs === null || timeoutMs < 0 ? null : k.now + timeoutMs;
    return block({ pid, op: 'poll', args: a, deadline: t, reason: `blocked in poll(): none of [${a.fds.map((f) => f.fd).join(', ')}] is ready` });
  });
}

// ---------------------------------------------------------------- blocking: isReady / resume

/** Would resume() make progress now? Cheap: looks at one socket (or the select set). */
export function isReady(k: Kernel, wait: Wait): boolean {
  try {
    if (wait.deadline !== null && k.now >= wait.deadline) return true;
    if (wait.op === 'select') {
      // Woken by the sockets it holds (an fd closed meanwhile still wakes it through its socket).
      if (wait.socks !== undefined) {
        const a = wait.args as SelectArgs;
        const bits = [...a.r.map(() => SEL_IN), ...a.w.map(() => SEL_OUT), ...a.x.map(() => SEL_EX)];
        return wait.socks.some((id, i) => {
          const s = k.socks.get(id);
          return s !== undefined && (pollMask(s) & bits[i]!) !== 0;
        });
      }
      const r = selectScan(k, wait.pid, wait.args as SelectArgs, true);
      return typeof r === 'number' || r.r.length + r.w.length + r.x.length > 0;
    }
    if (wait.op === 'poll') {
      if (wait.socks !== undefined) {
        const a = wait.args as PollArgs;
        return wait.socks.some((id, i) => {
          const s = k.socks.get(id);
          return s !== undefined && (pollMask(s) & ((a.fds[i]!.events & 0xffff) | POLLERR | POLLHUP)) !== 0;
        });
      }
      return pollScan(k, wait.pid, wait.args as PollArgs).length > 0;
    }
    const l = lookup(k, wait.pid, wait.fd ?? -1, wait.socks?.[0]);
    if ('errno' in l) return true;
    const s = l.s;
    switch (wait.op) {
      case 'accept': {
        if (s.state !== 'LISTEN') return true;
        // One waiter per queued connection, longest waiting first (exclusive wakeup).
        const i = wait.seq === undefined || s.acceptWaiters === undefined ? -1 : s.acceptWaiters.indexOf(wait.seq);
        return s.acceptQ.length > Math.max(i, 0);
      }
      case 'connect':
        return s.state !== 'SYN-SENT' && s.state !== 'SYN-RECEIVED';
      case 'recv':
      case 'recvfrom': {
        const a = wait.args as RecvArgs;
        if (s.type === SOCK_DGRAM) return s.dgrams.length > 0 || s.soError !== 0 || (s.shutRd && a.polled !== true);
        if ((a.flags & MSG_WAITALL) !== 0 && s.recvLen > 0 && s.recvLen < a.n - a.gotLen && !s.finReceived && s.soError === 0 && !s.shutRd) {
          // MSG_WAITALL wakes to move what arrived into the user buffer only when the window needs room.
          return s.recvLen >= Math.min(s.rcvbuf, LINUX.maxWindow) / 2;
        }
        // Any new data wakes a reader that already holds part of its SO_RCVLOWAT target.
        if (a.polled !== true && s.recvLen > 0 && s.recvLen + a.gotLen >= Math.min(s.opts.rcvlowat, a.n)) return true;
        return (pollMask(s) & (POLLIN | POLLERR | POLLHUP)) !== 0;
      }
      case 'send':
      case 'sendto':
        if (s.state === 'SYN-SENT' || s.state === 'SYN-RECEIVED') return false;
        return (pollMask(s) & (POLLOUT | POLLERR | POLLHUP)) !== 0;
    }
  } catch (e) {
    internalError(k, 'isReady', e);
    return true;
  }
  return true;
}

/**
 * Finish (or keep waiting on) a blocked call. With timedOut, select/poll return
 * empty results; any other call that still cannot complete returns EAGAIN (the
 * interpreter turns that into Python's "timed out"), or the bytes it has so far.
 */
export function resume(k: Kernel, wait: Wait, timedOut: boolean): Sys<unknown> {
  return guard(k, wait.pid, wait.op, { fd: wait.fd ?? -1, resumed: true, timedOut }, (): Sys<unknown> => {
    const r = resumeOp(k, wait, timedOut);
    if (r.tag !== 'block') releaseWait(k, wait);
    else if (r.wait !== wait) {
      // Waiting on: the call keeps its sockets and its SO_RCVTIMEO/SO_SNDTIMEO deadline.
      r.wait.socks = wait.socks;
      r.wait.seq = wait.seq;
      if (wait.op !== 'select' && wait.op !== 'poll') r.wait.deadline = wait.deadline;
    }
    return r;
  });
}

function resumeOp(k: Kernel, wait: Wait, timedOut: boolean): Sys<unknown> {
  const { pid } = wait;
  const fd = wait.fd ?? -1;
  const held = wait.socks?.[0];
  switch (wait.op) {
    case 'accept': {
      const r = doAccept(k, pid, fd, true, held);
      return r.tag === 'block' && timedOut ? err(ERRNO.EAGAIN) : r;
    }
    case 'connect': {
      const l = lookup(k, pid, fd, held);
      if ('errno' in l) return err(l.errno);
      const r = connectResult(l.s);
      if (r !== null) return r;
      // SO_SNDTIMEO expired: the connect goes on in the background (EINPROGRESS).
      if (timedOut) return err(wait.deadline !== null ? ERRNO.EINPROGRESS : ERRNO.EAGAIN);
      return block(wait);
    }
    case 'recv': {
      const r = doRecv(k, pid, fd, wait.args as RecvArgs, 'recv', timedOut, held);
      return r.tag === 'ok' ? ok(r.value.data) : r;
    }
    case 'recvfrom':
      return doRecv(k, pid, fd, wait.args as RecvArgs, 'recvfrom', timedOut, held);
    case 'send':
    case 'sendto': {
      const r = doSend(k, pid, fd, wait.args as SendArgs, wait.op, held);
      if (r.tag === 'block' && timedOut) {
        const done = (r.wait.args as SendArgs).done;
        return done > 0 ? ok(done) : err(ERRNO.EAGAIN);
      }
      return r;
    }
    case 'select': {
      // As Linux, a last look after the timeout (an fd closed meanwhile reads as ready).
      const res = selectScan(k, pid, wait.args as SelectArgs, true);
      if (typeof res === 'number') return timedOut ? ok({ r: [], w: [], x: [] }) : err(res);
      if (res.r.length + res.w.length + res.x.length > 0 || timedOut) return ok(res);
      return block(wait);
    }
    case 'poll': {
      const res = pollScan(k, pid, wait.args as PollArgs);
      return res.length > 0 || timedOut ? ok(res) : block(wait);
    }
  }
}

