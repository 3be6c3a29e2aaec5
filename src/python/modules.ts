/**
 * The modules a socket program imports: socket, select, sys, time, errno, struct.
 * Socket objects call the simulated kernel (src/kernel/syscalls.ts only).
 */
import {
  type Kernel, type SockAddr, type Sys, type Wait,
  sys_socket, sys_bind, sys_listen, sys_connect, sys_accept, sys_send, sys_sendto, sys_recv, sys_recvfrom,
  sys_shutdown, sys_close, sys_setsockopt, sys_getsockopt, sys_getsockname, sys_getpeername, sys_setnonblocking,
  sys_select, sys_poll, resume, isReady, gethostbyname, hostNameOf, setCause, strerror, ERRNO,
} from './sys';
import { T, type PyClass, type PyModule, type PySock, type PyState, type PyValue, type Pending } from './types';
import {
  PyThrow, type Rt, bytes, float, hashKey, isInt, unE, list, makeExc, newExc, osError, repr, str, throwExc, toArray, toNum,
  tuple, truthy, typeError, typeName, valueError, isSubclass,
  fakeAddr,
} from './objects';
import { BLOCKED, lookupClassAttr, raiseInTop, callSync } from './vm';
import { toIndex, getAttr } from './builtins';

type Kw = Map<string, PyValue> | null;

export const EPOCH = 1_764_000_000; // simulated wall clock at k.now = 0 (seconds)

// ---------------------------------------------------------------- output
export function writeOut(rt: Rt, stream: 'stdout' | 'stderr', text: string): void {
  if (text === '') return;
  const out = rt.st.output;
  const last = out[out.length - 1];
  if (last && last.stream === stream && last.text.length < 65536) last.text += text;
  else out.push({ stream, text });
  let total = 0;
  for (const o of out) total += o.text.length;
  if (total > 10_000_000) {
    out.length = 0;
    throwExc(rt.st, 'MemoryError', 'output buffer overflow (the output was not drained)');
  }
}

// ---------------------------------------------------------------- constants
const SOCKET_CONSTS: Record<string, number> = {
  AF_UNSPEC: 0, AF_UNIX: 1, AF_INET: 2, AF_INET6: 10, SOCK_STREAM: 1, SOCK_DGRAM: 2, SOCK_RAW: 3, SOCK_NONBLOCK: 0o4000, SOCK_CLOEXEC: 0o2000000,
  SOL_SOCKET: 1, SO_DEBUG: 1, SO_REUSEADDR: 2, SO_TYPE: 3, SO_ERROR: 4, SO_DONTROUTE: 5, SO_BROADCAST: 6, SO_SNDBUF: 7, SO_RCVBUF: 8,
  SO_KEEPALIVE: 9, SO_OOBINLINE: 10, SO_LINGER: 13, SO_REUSEPORT: 15, SO_RCVLOWAT: 18, SO_SNDLOWAT: 19, SO_RCVTIMEO: 20, SO_SNDTIMEO: 21, SO_ACCEPTCONN: 30,
  IPPROTO_IP: 0, IPPROTO_ICMP: 1, IPPROTO_TCP: 6, IPPROTO_UDP: 17, IPPROTO_IPV6: 41, IPPROTO_RAW: 255, IPV6_V6ONLY: 26,
  SOL_IP: 0, SOL_TCP: 6, SOL_UDP: 17, TCP_NODELAY: 1, TCP_MAXSEG: 2, TCP_CORK: 3, TCP_KEEPIDLE: 4, TCP_KEEPINTVL: 5, TCP_KEEPCNT: 6,
  TCP_SYNCNT: 7, TCP_LINGER2: 8, TCP_DEFER_ACCEPT: 9, TCP_WINDOW_CLAMP: 10, TCP_INFO: 11, TCP_QUICKACK: 12, TCP_CONGESTION: 13,
  TCP_USER_TIMEOUT: 18, TCP_FASTOPEN: 23, TCP_NOTSENT_LOWAT: 25, IPV6_UNICAST_HOPS: 16, IP_MULTICAST_TTL: 33, IP_MULTICAST_LOOP: 34,
  IP_ADD_MEMBERSHIP: 35, IP_DROP_MEMBERSHIP: 36, SO_PRIORITY: 12, SO_BINDTODEVICE: 25, SO_DOMAIN: 39, SO_PROTOCOL: 38, SO_PEERCRED: 17,
  IP_TTL: 2, IP_TOS: 1,
  MSG_OOB: 1, MSG_PEEK: 2, MSG_DONTROUTE: 4, MSG_DONTWAIT: 0x40, MSG_WAITALL: 0x100, MSG_NOSIGNAL: 0x4000, MSG_TRUNC: 0x20,
  SHUT_RD: 0, SHUT_WR: 1, SHUT_RDWR: 2, SOMAXCONN: 4096, INADDR_ANY: 0, INADDR_LOOPBACK: 0x7f000001, INADDR_BROADCAST: 0xffffffff,
  AI_PASSIVE: 1, AI_CANONNAME: 2, AI_NUMERICHOST: 4, EAI_NONAME: -2, EAI_AGAIN: -3, has_ipv6: 1,
};
const SELECT_CONSTS: Record<string, number> = {
  POLLIN: 1, POLLPRI: 2, POLLOUT: 4, POLLERR: 8, POLLHUP: 16, POLLNVAL: 32, POLLRDNORM: 0x40, POLLRDBAND: 0x80,
  POLLWRNORM: 0x100, POLLWRBAND: 0x200, POLLMSG: 0x400, POLLRDHUP: 0x2000, PIPE_BUF: 4096,
};
const ERRNO_NAMES: Record<string, number> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9, ECHILD: 10, EAGAIN: 11,
  EWOULDBLOCK: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20,
  EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31,
  EPIPE: 32, EDOM: 33, ERANGE: 34, EDEADLK: 35, ENAMETOOLONG: 36, ENOLCK: 37, ENOSYS: 38, ENOTEMPTY: 39, ELOOP: 40,
  ENOTSOCK: 88, EDESTADDRREQ: 89, EMSGSIZE: 90, EPROTOTYPE: 91, ENOPROTOOPT: 92, EPROTONOSUPPORT: 93,
  ESOCKTNOSUPPORT: 94, EOPNOTSUPP: 95, ENOTSUP: 95, EPFNOSUPPORT: 96, EAFNOSUPPORT: 97, EADDRINUSE: 98,
  EADDRNOTAVAIL: 99, ENETDOWN: 100, ENETUNREACH: 101, ENETRESET: 102, ECONNABORTED: 103, ECONNRESET: 104,
  ENOBUFS: 105, EISCONN: 106, ENOTCONN: 107, ESHUTDOWN: 108, ETOOMANYREFS: 109, ETIMEDOUT: 110, ECONNREFUSED: 111,
  EHOSTDOWN: 112, EHOSTUNREACH: 113, EALREADY: 114, EINPROGRESS: 115,
};
/** errno.errorcode: the name CPython keeps for numbers with aliases. */
const ERRORCODE_ALIAS: Record<number, string> = { 11: 'EAGAIN', 95: 'ENOTSUP', 35: 'EDEADLOCK' };

// ---------------------------------------------------------------- module objects
export function getModule(rt: Rt, name: string): PyModule | null {
  const st = rt.st;
  const have = st.modules.get(name);
  if (have) return have;
  const mk = (entries: [string, PyValue][]): PyModule => {
    const m: PyModule = { t: T.MODULE, name, dict: new Map(entries) };
    m.dict.set('__name__', name);
    st.modules.set(name, m);
    return m;
  };
  const fn = (n: string): [string, PyValue] => [n, { t: T.BUILTIN, name: `${name}.${n}` }];
  switch (name) {
    case 'socket': {
      const e: [string, PyValue][] = Object.entries(SOCKET_CONSTS).map(([n, v]) => [n, st.version === 3 ? enumConst(n, v) : v]);
      e.push(['EAGAIN', 11], ['EBADF', 9], ['EWOULDBLOCK', 11]);
      for (const f of ['gethostname', 'gethostbyname', 'getfqdn', 'create_connection', 'htons', 'ntohs', 'htonl', 'ntohl', 'inet_aton', 'inet_ntoa',
        'inet_pton', 'inet_ntop', 'setdefaulttimeout', 'getdefaulttimeout', 'getaddrinfo', 'gethostbyaddr', 'create_server', 'socketpair', 'fromfd']) e.push(fn(f));
      e.push(['socket', st.types['socket.socket']]);
      e.push(['SocketType', st.types['socket.socket']]);
      if (st.version === 2) {
        e.push(['error', st.types['socket.error']], ['timeout', st.types['socket.timeout']], ['gaierror', st.types['socket.gaierror']], ['herror', st.types['socket.herror']]);
      } else {
        e.push(['error', st.types.OSError], ['timeout', st.types.TimeoutError], ['gaierror', st.types['socket.gaierror']], ['herror', st.types['socket.herror']]);
      }
      return mk(e);
    }
    case 'select': {
      const e: [string, PyValue][] = Object.entries(SELECT_CONSTS);
      e.push(fn('select'), ['poll', { t: T.BUILTIN, name: 'select.poll' }], ['error', st.version === 2 ? st.types['select.error'] : st.types.OSError]);
      return mk(e);
    }
    case 'sys': {
      const e: [string, PyValue][] = [
        fn('exit'), fn('getrecursionlimit'), fn('setrecursionlimit'), fn('exc_info'), fn('getsizeof'), fn('intern'),
        ['argv', list(st.argv.slice())],
        ['stdout', stream(st, 'stdout')], ['stderr', stream(st, 'stderr')], ['stdin', stream(st, 'stdin')], ['__stdout__', null], ['__stderr__', null],
        ['version_info', st.version === 2 ? tuple([2, 7, 18, 'final', 0]) : tuple([3, 11, 7, 'final', 0])],
        ['version', st.version === 2 ? '2.7.18 (default, Socket Lab)\n[GCC 12.2.0]' : '3.11.7 (main, Socket Lab) [GCC 12.2.0]'],
        ['platform', 'linux'], ['byteorder', 'little'], ['maxsize', 9223372036854775807n], ['executable', '/usr/bin/python3'],
        ['path', list(['/work'])], ['modules', { t: T.DICT, m: new Map() }], ['maxint', 9223372036854775807n], ['hexversion', st.version === 2 ? 34014960 : 51054576],
      ];
      const m = mk(e);
      m.dict.set('__stdout__', m.dict.get('stdout'));
      m.dict.set('__stderr__', m.dict.get('stderr'));
      if (st.version === 3) m.dict.delete('maxint');
      return m;
    }
    case 'time': return mk([fn('time'), fn('sleep'), fn('monotonic'), fn('perf_counter'), fn('process_time'), fn('ctime'), fn('strftime'), fn('localtime'), fn('gmtime'), fn('time_ns'), fn('monotonic_ns')]);
    case 'errno': {
      const e: [string, PyValue][] = Object.entries(ERRNO_NAMES);
      const d = { t: T.DICT, m: new Map() };
      for (const [k, v] of Object.entries(ERRNO_NAMES)) d.m.set(v, [v, ERRORCODE_ALIAS[v] ?? k]);
      e.push(['errorcode', d]);
      return mk(e);
    }
    case 'struct': return mk([fn('pack'), fn('unpack'), fn('calcsize'), ['error', st.types['struct.error']]]);
    case 'os': return mk([fn('getpid'), fn('_exit'), ['name', 'posix'], ['linesep', '\n'], fn('strerror'), ['sep', '/']]);
    case 'random': return mk([fn('random'), fn('randint'), fn('choice'), fn('seed')]);
    case 'traceback': return mk([fn('print_exc'), fn('format_exc')]);
  }
  return null;
}

/** Python 3's socket constants are IntEnum/IntFlag members. */
export function enumConst(name: string, v: number): PyValue {
  const cls = /^AF_/.test(name) ? 'AddressFamily' : /^SOCK_/.test(name) ? 'SocketKind' : /^MSG_/.test(name) ? 'MsgFlag' : /^AI_/.test(name) ? 'AddressInfo' : null;
  if (cls === null) return v;
  return { t: T.INTENUM, v, cls, name };
}

const FAMILY_NAMES: Record<number, string> = { 0: 'AF_UNSPEC', 1: 'AF_UNIX', 2: 'AF_INET', 10: 'AF_INET6' };
const KIND_NAMES: Record<number, string> = { 1: 'SOCK_STREAM', 2: 'SOCK_DGRAM', 3: 'SOCK_RAW' };

function stream(st: PyState, which: 'stdout' | 'stderr' | 'stdin'): PyValue {
  return { t: T.INST, cls: st.types.TextIOWrapper, dict: new Map<string, PyValue>([['__stream__', which]]) };
}

// ---------------------------------------------------------------- socket helpers
function kcall<X>(rt: Rt, name: string, argsRepr: string, f: () => Sys<X>): Sys<X> {
  const st = rt.st;
  try {
    setCause(rt.k, { pid: st.pid, syscall: name, line: st.lastLine ?? undefined });
  } catch { /* kernel without setCause */ }
  const r = f();
  const rec = { name, args: argsRepr, result: r.tag === 'ok' ? 'ok' : r.tag === 'err' ? `error ${r.errno}` : 'blocked', line: st.lastLine };
  st.lastSyscall = rec;
  st.syscalls.push(rec);
  if (st.syscalls.length > 50) st.syscalls.shift();
  return r;
}

function setResult(rt: Rt, text: string): void {
  const r = rt.st.lastSyscall;
  if (r) r.result = text;
}

function bytesToU8(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function u8ToStr(b: Uint8Array): string {
  let s = '';
  const CH = 8192;
  for (let i = 0; i < b.length; i += CH) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + CH)));
  return s;
}

function dataArg(rt: Rt, v: PyValue): string {
  const st = rt.st;
  if (v !== null && typeof v === 'object' && (v.t === T.BYTES || v.t === T.BYTEARRAY)) return v.s;
  if (typeof v === 'string') {
    if (st.version === 2) {
      for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 127) throw new PyThrow(newExc(st, 'UnicodeEncodeError', [`'ascii' codec can't encode character u'\\x${v.charCodeAt(i).toString(16)}' in position ${i}: ordinal not in range(128)`]));
      return v;
    }
    typeError(st, "a bytes-like object is required, not 'str'");
  }
  typeError(st, st.version === 2 ? `must be string or buffer, not ${typeName(st, v)}` : `a bytes-like object is required, not '${typeName(st, v)}'`);
}

function addrToPy(rt: Rt, a: SockAddr | null): PyValue {
  if (a === null) return null;
  const host = rt.st.version === 2 ? bytes(a.host) : a.host;
  if (a.family === 10) return tuple([host, a.port, a.flowinfo, a.scopeId]);
  return tuple([host, a.port]);
}

function addrRepr(a: SockAddr | null): string {
  if (!a) return 'None';
  if (a.family === 10) return `('${a.host}', ${a.port}, ${a.flowinfo}, ${a.scopeId})`;
  return `('${a.host}', ${a.port})`;
}

function pyToAddr(rt: Rt, sock: PySock, v: PyValue, fn: string): SockAddr {
  const st = rt.st;
  const fam = sock.family === 10 ? 'AF_INET6' : 'AF_INET';
  if (v === null || typeof v !== 'object' || v.t !== T.TUPLE) typeError(st, st.version === 2 ? `getsockaddrarg: AF_INET address must be tuple, not ${typeName(st, v)}` : `${fn}(): ${fam} address must be tuple, not ${typeName(st, v)}`);
  const a = v.a;
  if (sock.family === 10 ? a.length < 2 || a.length > 4 : a.length !== 2) {
    typeError(st, sock.family === 10 ? `${fn}(): AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])` : `${fn}(): AF_INET address must be a pair (host, port)`);
  }
  const hv = a[0];
  let host: string;
  if (typeof hv === 'string') host = hv;
  else if (hv !== null && typeof hv === 'object' && hv.t === T.BYTES) host = hv.s;
  else typeError(st, `str, bytes or bytearray expected, not ${typeName(st, hv)}`);
  if (!isInt(a[1])) typeError(st, `'${typeName(st, a[1])}' object cannot be interpreted as an integer`);
  const port = toNum(a[1]);
  if (port < 0 || port > 65535) throwExc(st, 'OverflowError', `${fn}(): port must be 0-65535.`);
  const ip = resolveHost(rt, host, sock.family);
  if (sock.family === 10) return { family: 10, host: ip, port, flowinfo: a.length > 2 ? toNum(a[2]) : 0, scopeId: a.length > 3 ? toNum(a[3]) : 0 };
  return { family: 2, host: ip, port };
}

function gaierror(rt: Rt, code = -2): never {
  const st = rt.st;
  const msg = code === -9 ? 'Address family for hostname not supported' : 'Name or service not known';
  throw new PyThrow(makeExc(st, st.types['socket.gaierror'], [code, msg]));
}

function resolveHost(rt: Rt, host: string, family: number): string {
  if (family === 10) {
    if (host === '') return '::';
    if (host === 'localhost' || host === 'ip6-localhost') return '::1';
    if (host.includes(':')) return host;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) gaierror(rt, -9);
    gaierror(rt, -2);
  }
  if (host.includes(':')) gaierror(rt, -9);
  if (host === '' || host === '0.0.0.0') return '0.0.0.0';
  if (host === '<broadcast>') return '255.255.255.255';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    if (host.split('.').some((x) => parseInt(x, 10) > 255)) gaierror(rt);
    return host;
  }
  const ip = gethostbyname(rt.k, host);
  if (ip === null) gaierror(rt);
  return ip;
}

function checkOpen(rt: Rt, s: PySock): void {
  if (s.fd < 0) osError(rt.st, 9, 'Bad file descriptor');
}

function raiseErrno(rt: Rt, errno: number): never {
  osError(rt.st, errno, strerror(errno));
}

function timeoutError(rt: Rt): never {
  const st = rt.st;
  if (st.version === 2) throw new PyThrow(makeExc(st, st.types['socket.timeout'], ['timed out']));
  throw new PyThrow(makeExc(st, st.types.TimeoutError, ['timed out']));
}

// ---------------------------------------------------------------- socket objects
export const SOCK_METHODS = new Set([
  'bind', 'listen', 'accept', 'connect', 'connect_ex', 'send', 'sendall', 'sendto', 'recv', 'recvfrom', 'close', 'shutdown',
  'setblocking', 'getblocking', 'settimeout', 'gettimeout', 'getsockname', 'getpeername', 'fileno', 'setsockopt', 'getsockopt',
  '__enter__', '__exit__', 'detach', 'makefile', 'recv_into',
]);

export function sockAttr(rt: Rt, s: PySock, name: string): PyValue {
  switch (name) {
    case 'family': return rt.st.version === 3 && FAMILY_NAMES[s.family] ? enumConst(FAMILY_NAMES[s.family], s.family) : s.family;
    case 'type': return rt.st.version === 3 && KIND_NAMES[s.type] ? enumConst(KIND_NAMES[s.type], s.type) : s.type;
    case 'proto': return s.proto;
    case 'timeout': return s.timeout === null ? null : float(s.timeout);
  }
  void rt;
  return undefined;
}

export function sockRepr(rt: Rt, s: PySock): string {
  const st = rt.st;
  if (st.version === 2) return `<socket._socketobject object at ${fakeAddr(st, s)}>`;
  if (s.fd < 0) return `<socket.socket [closed] fd=-1, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
  let extra = '';
  try {
    const k = rt.k as Kernel & { procs: Map<number, { fds: (number | null)[] }>; socks: Map<number, { localIp: string; localPort: number; remoteIp: string; remotePort: number; state: string; family: number }> };
    const p = k.procs?.get(st.pid);
    const id = p?.fds[s.fd];
    const ks = id !== null && id !== undefined ? k.socks.get(id) : undefined;
    if (ks) {
      const any = s.family === 10 ? '::' : '0.0.0.0';
      const lip = ks.localIp || any;
      const la = s.family === 10 ? `('${lip}', ${ks.localPort}, 0, 0)` : `('${lip}', ${ks.localPort})`;
      extra = `, laddr=${la}`;
      if (ks.remotePort !== 0 && !['CLOSED', 'SYN-SENT', 'LISTEN'].includes(ks.state)) {
        extra += s.family === 10 ? `, raddr=('${ks.remoteIp}', ${ks.remotePort}, 0, 0)` : `, raddr=('${ks.remoteIp}', ${ks.remotePort})`;
      }
    }
  } catch { /* no kernel details */ }
  return `<socket.socket fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}${extra}>`;
}


export function newSocket(rt: Rt, family: number, type: number, proto: number): PySock {
  const st = rt.st;
  const r = kcall(rt, 'socket', `(${family}, ${type}, ${proto})`, () => sys_socket(rt.k, st.pid, family, type, proto));
  if (r.tag !== 'ok') raiseErrno(rt, r.tag === 'err' ? r.errno : ERRNO.EINVAL);
  setResult(rt, `fd ${r.value}`);
  const timeout = st.defaultTimeout ?? null;
  // An address from birth, as in CPython (not from the first repr, which a view might be the one to ask for).
  const s: PySock = { t: T.SOCK, fd: r.value, family, type: type & ~(0o4000 | 0o2000000), proto, timeout, id: st.nextId++ };
  if (type & 0o4000) s.timeout = 0;
  return s;
}

function blockOn(rt: Rt, sock: PySock | null, op: string, wait: Wait, data: PyValue = null, extra: PyValue = null): typeof BLOCKED {
  const st = rt.st;
  if (sock && sock.timeout === 0) {
    // a non-blocking socket should never block in the kernel; treat as EAGAIN
    raiseErrno(rt, 11);
  }
  const timeoutAt = sock && sock.timeout !== null && sock.timeout > 0 ? rt.k.now + sock.timeout * 1000 : null;
  let deadline = wait.deadline;
  if (timeoutAt !== null) deadline = deadline === null ? timeoutAt : Math.min(deadline, timeoutAt);
  st.pending = { op, wait, deadline, timeoutAt, reason: wait.reason, sock, data, extra };
  return BLOCKED;
}

export function callSockMethod(rt: Rt, s: PySock, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const k = rt.k;
  const pid = st.pid;
  // Python 2.7: close() swaps in a _closedsocket whose every method raises EBADF
  if (st.version === 2 && s.fd < 0 && name !== 'close') osError(st, 9, 'Bad file descriptor');
  switch (name) {
    case 'fileno': return s.fd;
    case 'close': {
      if (s.fd >= 0) {
        const fd = s.fd;
        kcall(rt, 'close', `(fd ${fd})`, () => sys_close(k, pid, fd));
        s.fd = -1;
      }
      return null;
    }
    case '__enter__': return s;
    case '__exit__': return callSockMethod(rt, s, 'close', [], null);
    case 'gettimeout': return s.timeout === null ? null : float(s.timeout);
    case 'detach': { const fd = s.fd; s.fd = -1; return fd; }
    case 'settimeout': {
      const v = args[0];
      let t: number | null = null;
      if (v !== null && v !== undefined) {
        if (!isInt(v) && !(v && v.t === T.FLOAT)) typeError(st, `'${typeName(st, v)}' object cannot be interpreted as an integer`);
        t = toNum(v);
        if (t < 0 || Number.isNaN(t)) valueError(st, 'Timeout value out of range');
      }
      s.timeout = t;
      if (s.fd < 0) osError(st, 9, 'Bad file descriptor');
      sys_setnonblocking(k, pid, s.fd, t === 0);
      return null;
    }
    case 'connect_ex':
      if (s.fd < 0) {
        if (args.length !== 1) typeError(st, `connect_ex() takes exactly one argument (${args.length} given)`);
        pyToAddr(rt, s, args[0], 'connect_ex');
        return 9;
      }
      break;
  }
  checkOpen(rt, s);
  const fd = s.fd;
  switch (name) {
    case 'bind': {
      if (args.length !== 1) typeError(st, `bind() takes exactly one argument (${args.length} given)`);
      const addr = pyToAddr(rt, s, args[0], 'bind');
      const r = kcall(rt, 'bind', `(${addrRepr(addr)})`, () => sys_bind(k, pid, fd, addr));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      return null;
    }
    case 'listen': {
      const backlog = args.length ? toIndex(st, args[0]) : Math.min(128, 4096);
      const r = kcall(rt, 'listen', `(${backlog})`, () => sys_listen(k, pid, fd, backlog));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      return null;
    }
    case 'accept': {
      const r = kcall(rt, 'accept', '()', () => sys_accept(k, pid, fd));
      return finishOrBlock(rt, s, 'accept', r);
    }
    case 'connect': case 'connect_ex': {
      if (args.length !== 1) typeError(st, `${name}() takes exactly one argument (${args.length} given)`);
      const addr = pyToAddr(rt, s, args[0], name);
      const r = kcall(rt, 'connect', `(${addrRepr(addr)})`, () => sys_connect(k, pid, fd, addr));
      if (name === 'connect_ex') {
        if (r.tag === 'err') return r.errno;
        if (r.tag === 'ok') return 0;
        if (s.timeout === 0) return 115;
        return blockOn(rt, s, 'connect_ex', r.wait);
      }
      return finishOrBlock(rt, s, 'connect', r);
    }
    case 'send': case 'sendall': {
      if (args.length < 1 || args.length > 2) typeError(st, `${name}() takes at least 1 argument (0 given)`);
      const data = dataArg(rt, args[0]);
      const flags = args.length > 1 ? toIndex(st, args[1]) : 0;
      return doSend(rt, s, name, data, flags, 0);
    }
    case 'sendto': {
      if (args.length < 2 || args.length > 3) typeError(st, `sendto() takes 2 or 3 arguments (${args.length} given)`);
      const data = dataArg(rt, args[0]);
      const flags = args.length === 3 ? toIndex(st, args[1]) : 0;
      const addr = pyToAddr(rt, s, args[args.length - 1], 'sendto');
      const fl = s.timeout !== null && s.timeout > 0 ? flags & ~0x40 : flags;
      const r = kcall(rt, 'sendto', `(${repr(rt, bytes(data))}, ${addrRepr(addr)})`, () => sys_sendto(k, pid, fd, bytesToU8(data), fl, addr));
      return finishOrBlock(rt, s, 'sendto', r);
    }
    case 'recv': case 'recvfrom': {
      if (args.length < 1 || args.length > 2) typeError(st, `${name}() takes at least 1 argument (0 given)`);
      const n = toIndex(st, args[0]);
      if (n < 0) valueError(st, `negative buffersize in ${name}`);
      const flags = args.length > 1 ? toIndex(st, args[1]) : 0;
      const fl = s.timeout !== null && s.timeout > 0 ? flags & ~0x40 : flags;
      const nn = Math.min(n, 16 * 1024 * 1024);
      if (name === 'recv') {
        const r = kcall(rt, 'recv', `(${n}${flags ? ', ' + flags : ''})`, () => sys_recv(k, pid, fd, nn, fl));
        return finishOrBlock(rt, s, 'recv', r);
      }
      const r = kcall(rt, 'recvfrom', `(${n}${flags ? ', ' + flags : ''})`, () => sys_recvfrom(k, pid, fd, nn, fl));
      return finishOrBlock(rt, s, 'recvfrom', r);
    }
    case 'shutdown': {
      const how = toIndex(st, args[0]);
      const r = kcall(rt, 'shutdown', `(${how})`, () => sys_shutdown(k, pid, fd, how));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      return null;
    }
    case 'setblocking': {
      const on = !!(args[0] !== null && args[0] !== false && args[0] !== 0);
      kcall(rt, 'setblocking', `(${on ? 'True' : 'False'})`, () => sys_setnonblocking(k, pid, fd, !on));
      s.timeout = on ? null : 0;
      return null;
    }
    case 'getblocking': return s.timeout !== 0;
    case 'settimeout': {
      const v = args[0];
      if (v === null) { s.timeout = null; sys_setnonblocking(k, pid, fd, false); return null; }
      if (!isInt(v) && !(v && v.t === T.FLOAT)) typeError(st, `'${typeName(st, v)}' object cannot be interpreted as an integer`);
      const t = toNum(v);
      if (t < 0 || Number.isNaN(t)) valueError(st, 'Timeout value out of range');
      s.timeout = t;
      sys_setnonblocking(k, pid, fd, t === 0);
      return null;
    }
    case 'getsockname': {
      const r = kcall(rt, 'getsockname', '()', () => sys_getsockname(k, pid, fd));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag !== 'ok') return null;
      const a = { ...r.value };
      if (a.host === '' ) a.host = a.family === 10 ? '::' : '0.0.0.0';
      setResult(rt, addrRepr(a));
      return addrToPy(rt, a);
    }
    case 'getpeername': {
      const r = kcall(rt, 'getpeername', '()', () => sys_getpeername(k, pid, fd));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag !== 'ok') return null;
      setResult(rt, addrRepr(r.value));
      return addrToPy(rt, r.value);
    }
    case 'setsockopt': {
      if (args.length !== 3) typeError(st, `setsockopt() takes 3 arguments`);
      const level = toIndex(st, args[0]), opt = toIndex(st, args[1]);
      const v = args[2];
      const val: number | Uint8Array = isInt(v) ? toNum(v) : v && (v.t === T.BYTES || v.t === T.BYTEARRAY) ? bytesToU8(v.s) : typeError(st, `a bytes-like object is required, not '${typeName(st, v)}'`);
      const r = kcall(rt, 'setsockopt', `(${level}, ${opt}, ${isInt(v) ? toNum(v) : repr(rt, v)})`, () => sys_setsockopt(k, pid, fd, level, opt, val));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      return null;
    }
    case 'getsockopt': {
      const level = toIndex(st, args[0]), opt = toIndex(st, args[1]);
      const r = kcall(rt, 'getsockopt', `(${level}, ${opt})`, () => sys_getsockopt(k, pid, fd, level, opt));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag !== 'ok') return 0;
      setResult(rt, String(r.value));
      if (args.length > 2) {
        // buflen given: return bytes (e.g. SO_LINGER as struct 'ii')
        const n = toIndex(st, args[2]);
        let out = '';
        let x = r.value;
        for (let i = 0; i < n; i++) { out += String.fromCharCode(x & 0xff); x = Math.floor(x / 256); }
        return bytes(out);
      }
      return r.value;
    }
    case 'makefile': throwExc(st, 'NotImplementedError', 'socket.makefile() is not available in Socket Lab');
      break;
    case 'recv_into': throwExc(st, 'NotImplementedError', 'socket.recv_into() is not available in Socket Lab');
  }
  void kw;
  throwExc(st, 'AttributeError', `'socket' object has no attribute '${name}'`);
}

function doSend(rt: Rt, s: PySock, name: string, data: string, flags: number, sentSoFar: number): PyValue {
  const st = rt.st;
  const fl = s.timeout !== null && s.timeout > 0 ? flags & ~0x40 : flags;
  for (;;) {
    const chunk = data.slice(sentSoFar);
    const r = kcall(rt, 'send', `(${previewBytes(rt, chunk)}${flags ? ', ' + flags : ''})`, () => sys_send(rt.k, st.pid, s.fd, bytesToU8(chunk), fl));
    if (r.tag === 'err') raiseErrno(rt, r.errno);
    if (r.tag === 'block') {
      if (s.timeout === 0) raiseErrno(rt, 11);
      return blockOn(rt, s, name, r.wait, data, { flags, sent: sentSoFar });
    }
    setResult(rt, String(r.value));
    if (name === 'send') return r.value;
    sentSoFar += r.value;
    if (sentSoFar >= data.length) return null;
    if (r.value === 0) return null;
  }
}

function previewBytes(rt: Rt, s: string): string {
  if (s.length > 40) return repr(rt, bytes(s.slice(0, 40))).replace(/['"]$/, "...'");
  return repr(rt, bytes(s));
}

function finishOrBlock(rt: Rt, s: PySock, op: string, r: Sys<unknown>): PyValue {
  if (r.tag === 'err') {
    if (op === 'connect' && r.errno === 115 && s.timeout !== 0) {
      // cannot happen for blocking sockets; fall through to the error
    }
    raiseErrno(rt, r.errno);
  }
  if (r.tag === 'block') return blockOn(rt, s, op, r.wait);
  return finishValue(rt, op, r.value, s);
}

/** Turn a completed syscall's value into the Python result. */
function finishValue(rt: Rt, op: string, v: unknown, s: PySock | null): PyValue {
  const st = rt.st;
  switch (op) {
    case 'accept': {
      const a = v as { fd: number; addr: SockAddr };
      const ns: PySock = { t: T.SOCK, fd: a.fd, family: s!.family, type: s!.type, proto: s!.proto, timeout: st.defaultTimeout ?? null, id: st.nextId++ };
      setResult(rt, `(fd ${a.fd}, ${addrRepr(a.addr)})`);
      return tuple([ns, addrToPy(rt, a.addr)]);
    }
    case 'connect': setResult(rt, 'ok'); return null;
    case 'connect_ex': setResult(rt, '0'); return 0;
    case 'recv': {
      const d = u8ToStr(v as Uint8Array);
      setResult(rt, previewBytes(rt, d));
      return bytes(d);
    }
    case 'recvfrom': {
      const x = v as { data: Uint8Array; addr: SockAddr | null };
      const d = u8ToStr(x.data);
      setResult(rt, `(${previewBytes(rt, d)}, ${addrRepr(x.addr)})`);
      return tuple([bytes(d), addrToPy(rt, x.addr)]);
    }
    case 'send': case 'sendto': setResult(rt, String(v)); return v as number;
  }
  return null;
}

// ---------------------------------------------------------------- resuming a blocked call
/** Status of resuming: 'blocked' (still waiting), 'value' (push st.resumeValue), 'raised' (handled by raiseInTop), 'done'. */
export function resumePending(rt: Rt): 'blocked' | 'continue' | 'done' {
  const st = rt.st;
  const k = rt.k;
  const p = st.pending!;
  const push = (v: PyValue): 'continue' => {
    st.pending = null;
    st.frames[st.frames.length - 1].stack.push(v);
    return 'continue';
  };
  const raise = (e: unknown): 'continue' | 'done' => {
    st.pending = null;
    const exc = e instanceof PyThrow ? e.exc : newExc(st, 'SystemError', [String(e)]);
    return raiseInTop(rt, exc) ? 'continue' : 'done';
  };
  try {
    if (p.op === 'sleep') {
      if (k.now < (p.deadline ?? 0)) return 'blocked';
      return push(null);
    }
    const wait = p.wait as Wait;
    const timedOut = wait.deadline !== null && k.now >= wait.deadline;
    if (!timedOut && !isReady(k, wait)) {
      if (p.timeoutAt !== null && k.now >= p.timeoutAt) timeoutError(rt);
      return 'blocked';
    }
    const r = resume(k, wait, timedOut);
    if (r.tag === 'block') {
      if (p.timeoutAt !== null && k.now >= p.timeoutAt) timeoutError(rt);
      p.wait = r.wait;
      p.reason = r.wait.reason;
      if (r.wait.deadline !== null) p.deadline = p.timeoutAt === null ? r.wait.deadline : Math.min(r.wait.deadline, p.timeoutAt);
      return 'blocked';
    }
    if (r.tag === 'err') {
      if (p.op === 'connect_ex') { setResult(rt, String(r.errno)); return push(r.errno); }
      raiseErrno(rt, r.errno);
    }
    const v = r.value;
    switch (p.op) {
      case 'sendall': {
        const sent = p.extra.sent + (v as number);
        if (sent >= (p.data as string).length) { setResult(rt, 'ok'); return push(null); }
        st.pending = null;
        const res = doSend(rt, p.sock!, 'sendall', p.data, p.extra.flags, sent);
        if (res === BLOCKED) return 'blocked';
        return push(res);
      }
      case 'select': return push(selectResult(rt, p, v as { r: number[]; w: number[]; x: number[] }));
      case 'poll': return push(pollResult(rt, v as { fd: number; revents: number }[]));
      case 'create_connection': setResult(rt, 'ok'); return push(p.extra);
      default: return push(finishValue(rt, p.op, v, p.sock));
    }
  } catch (e) {
    return raise(e);
  }
}

// ---------------------------------------------------------------- select / poll
function fdOf(rt: Rt, v: PyValue): number {
  const st = rt.st;
  if (isInt(v)) return toNum(v);
  if (v !== null && typeof v === 'object') {
    if (v.t === T.SOCK) return v.fd;
    if (v.t === T.INST) {
      const strm = v.dict.get('__stream__');
      if (strm !== undefined) return strm === 'stdin' ? 0 : strm === 'stdout' ? 1 : 2;
      const f = lookupClassAttr(v.cls, 'fileno');
      if (f !== undefined) return toIndex(st, callSync(rt, f, [v]));
    }
  }
  typeError(st, 'argument must be an int, or have a fileno() method.');
}

function selectCall(rt: Rt, args: PyValue[]): PyValue {
  const st = rt.st;
  if (args.length < 3 || args.length > 4) typeError(st, `select expected at least 3 arguments, got ${args.length}`);
  const lists = args.slice(0, 3).map((l) => {
    try { return toArray(rt, l); } catch { typeError(st, 'arguments 1-3 must be sequences'); }
  });
  const fds = lists.map((l) => l.map((o) => {
    const fd = fdOf(rt, o);
    if (fd < 0) valueError(st, `file descriptor cannot be a negative integer (${fd})`);
    if (fd >= 1024) valueError(st, 'filedescriptor out of range in select()');
    return fd;
  }));
  let timeoutMs: number | null = null;
  const tv = args[3];
  if (tv !== undefined && tv !== null) {
    if (!isInt(tv) && !(tv && tv.t === T.FLOAT)) typeError(st, 'timeout must be a float or None');
    const t = toNum(tv);
    if (t < 0) valueError(st, 'timeout must be non-negative');
    timeoutMs = t * 1000;
  }
  const desc = `([${fds[0].join(', ')}], [${fds[1].join(', ')}], [${fds[2].join(', ')}]${timeoutMs === null ? '' : ', ' + timeoutMs / 1000})`;
  // fds 0-2 are the terminal: stdin never has input; stdout/stderr are always writable
  const kf = fds.map((l) => l.filter((fd) => fd > 2));
  const r = kcall(rt, 'select', desc, () => sys_select(rt.k, st.pid, kf[0], kf[1], kf[2], timeoutMs));
  if (r.tag === 'err') {
    if (r.tag === 'err' && r.errno === 9) osError(st, 9, 'Bad file descriptor');
    raiseErrno(rt, r.errno);
  }
  const p: Pending = { op: 'select', wait: null, deadline: null, timeoutAt: null, reason: '', sock: null, data: lists.map((l) => list(l)), extra: fds };
  if (r.tag === 'block') {
    st.pending = { ...p, wait: r.wait, deadline: r.wait.deadline, reason: r.wait.reason };
    return BLOCKED;
  }
  return selectResult(rt, p, r.value);
}

function selectResult(rt: Rt, p: Pending, v: { r: number[]; w: number[]; x: number[] }): PyValue {
  const lists: PyValue[][] = (p.data as PyValue[]).map((l: PyValue) => l.a);
  const fds: number[][] = p.extra;
  const pick = (i: number, ready: number[]): PyValue => list(lists[i].filter((_, j) => ready.includes(fds[i][j])));
  const res = tuple([pick(0, v.r), pick(1, v.w), pick(2, v.x)]);
  rt.st.lastSelect = res;
  setResult(rt, `([${v.r.join(', ')}], [${v.w.join(', ')}], [${v.x.join(', ')}])`);
  return res;
}

export const POLL_METHODS = new Set(['register', 'unregister', 'modify', 'poll']);

export function callPollMethod(rt: Rt, self: PyValue, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const m: Map<number, number> = self.fds;
  switch (name) {
    case 'register': case 'modify': {
      const fd = fdOf(rt, args[0]);
      if (fd < 0) valueError(st, `file descriptor cannot be a negative integer (${fd})`);
      if (name === 'modify' && !m.has(fd)) osError(st, 2, 'No such file or directory');
      m.set(fd, args.length > 1 ? toIndex(st, args[1]) : 1 | 2 | 4);
      return null;
    }
    case 'unregister': {
      const fd = fdOf(rt, args[0]);
      if (!m.delete(fd)) throw new PyThrow(newExc(st, 'KeyError', [fd]));
      return null;
    }
    case 'poll': {
      let timeoutMs: number | null = null;
      const tv = args[0] ?? kw?.get('timeout');
      if (tv !== undefined && tv !== null) {
        if (!isInt(tv) && !(tv && tv.t === T.FLOAT)) typeError(st, 'timeout must be an integer or None');
        const t = toNum(tv);
        timeoutMs = t < 0 ? null : Math.ceil(t);
      }
      const fds = [...m].map(([fd, events]) => ({ fd, events }));
      const r = kcall(rt, 'poll', `([${fds.map((f) => `(${f.fd}, ${f.events})`).join(', ')}], ${timeoutMs})`, () => sys_poll(rt.k, st.pid, fds, timeoutMs));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag === 'block') {
        st.pending = { op: 'poll', wait: r.wait, deadline: r.wait.deadline, timeoutAt: null, reason: r.wait.reason, sock: null, data: null, extra: null };
        return BLOCKED;
      }
      return pollResult(rt, r.value);
    }
  }
  throwExc(st, 'AttributeError', `'select.poll' object has no attribute '${name}'`);
}

function pollResult(rt: Rt, v: { fd: number; revents: number }[]): PyValue {
  setResult(rt, `[${v.map((x) => `(${x.fd}, ${x.revents})`).join(', ')}]`);
  return list(v.filter((x) => x.revents !== 0).map((x) => tuple([x.fd, x.revents])));
}

// ---------------------------------------------------------------- module functions
export function callModuleFunc(rt: Rt, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const k = rt.k;
  switch (name) {
    // socket
    case 'socket.socket': {
      const get = (i: number, n: string, d: number): number => {
        const v = args.length > i ? args[i] : kw?.get(n);
        if (v === undefined || v === null) return d;
        return toIndex(st, v);
      };
      const family = get(0, 'family', 2), type = get(1, 'type', 1), proto = get(2, 'proto', 0);
      if (family !== 2 && family !== 10) osError(st, 97, 'Address family not supported by protocol');
      return newSocket(rt, family, type, proto);
    }
    case 'socket.gethostname': return strVal(st, hostNameOf(k, st.pid) ?? 'localhost');
    case 'socket.getfqdn': return strVal(st, args.length && args[0] ? str(rt, args[0]) : hostNameOf(k, st.pid) ?? 'localhost');
    case 'socket.gethostbyname': {
      const h = str(rt, args[0]);
      if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) return strVal(st, h);
      const ip = gethostbyname(k, h);
      if (ip === null) gaierror(rt);
      return strVal(st, ip);
    }
    case 'socket.gethostbyaddr': {
      const h = str(rt, args[0]);
      return tuple([strVal(st, h), list([]), list([strVal(st, h)])]);
    }
    case 'socket.getaddrinfo': {
      const host = args[0] === null ? 'localhost' : str(rt, args[0]);
      const port = args[1] === null || args[1] === undefined ? 0 : isInt(args[1]) ? toNum(args[1]) : parseInt(str(rt, args[1]), 10);
      const fam = args[2] ? toNum(args[2]) : 0;
      const out: PyValue[] = [];
      if (fam === 0 || fam === 2) {
        const ip = resolveHost(rt, host, 2);
        for (const [ty, pr] of [[1, 6], [2, 17]]) out.push(tuple([2, ty, pr, '', tuple([strVal(st, ip), port])]));
      } else {
        const ip = resolveHost(rt, host, 10);
        for (const [ty, pr] of [[1, 6], [2, 17]]) out.push(tuple([10, ty, pr, '', tuple([strVal(st, ip), port, 0, 0])]));
      }
      return list(out);
    }
    case 'socket.create_connection': {
      const addr = args[0];
      const s = newSocket(rt, 2, 1, 0);
      const to = args.length > 1 ? args[1] : kw?.get('timeout');
      if (to !== undefined && to !== null) s.timeout = toNum(to);
      const a = pyToAddr(rt, s, addr, 'connect');
      const r = kcall(rt, 'connect', `(${addrRepr(a)})`, () => sys_connect(k, st.pid, s.fd, a));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag === 'block') {
        blockOn(rt, s, 'create_connection', r.wait);
        st.pending!.extra = s;
        return BLOCKED;
      }
      return s;
    }
    case 'socket.htons': case 'socket.ntohs': { const x = toIndex(st, args[0]) & 0xffff; return ((x & 0xff) << 8) | (x >> 8); }
    case 'socket.htonl': case 'socket.ntohl': {
      const x = toIndex(st, args[0]) >>> 0;
      return (((x & 0xff) << 24) >>> 0) + ((x & 0xff00) << 8) + ((x >>> 8) & 0xff00) + (x >>> 24);
    }
    case 'socket.inet_aton': {
      const s = str(rt, args[0]);
      const parts = s.split('.').map((x) => (/^\d+$/.test(x) ? parseInt(x, 10) : -1));
      if (parts.length !== 4 || parts.some((x) => !(x >= 0 && x <= 255))) throw new PyThrow(newExc(st, 'OSError', ['illegal IP address string passed to inet_aton']));
      return bytes(String.fromCharCode(...parts));
    }
    case 'socket.inet_ntoa': {
      const b = args[0];
      if (!b || b.t !== T.BYTES || b.s.length !== 4) throw new PyThrow(newExc(st, 'OSError', ['packed IP wrong length for inet_ntoa']));
      return strVal(st, [...b.s].map((c: string) => c.charCodeAt(0)).join('.'));
    }
    case 'socket.inet_pton': {
      const fam = toIndex(st, args[0]);
      if (fam === 2) {
        const s = str(rt, args[1]);
        const parts = s.split('.').map((x) => (/^\d+$/.test(x) ? parseInt(x, 10) : -1));
        if (parts.length !== 4 || parts.some((x) => !(x >= 0 && x <= 255))) throw new PyThrow(newExc(st, 'OSError', ['illegal IP address string passed to inet_pton']));
        return bytes(String.fromCharCode(...parts));
      }
      const b = parseV6(str(rt, args[1]));
      if (b === null) throw new PyThrow(newExc(st, 'OSError', ['illegal IP address string passed to inet_pton']));
      return bytes(String.fromCharCode(...b));
    }
    case 'socket.inet_ntop': {
      const fam = toIndex(st, args[0]);
      const b = args[1];
      if (!b || (b.t !== T.BYTES && b.t !== T.BYTEARRAY)) typeError(st, `a bytes-like object is required, not '${typeName(st, b)}'`);
      if (fam === 2) {
        if (b.s.length !== 4) valueError(st, 'invalid length of packed IP address string');
        return strVal(st, [...b.s].map((c: string) => c.charCodeAt(0)).join('.'));
      }
      if (b.s.length !== 16) valueError(st, 'invalid length of packed IP address string');
      return strVal(st, formatV6([...b.s].map((c: string) => c.charCodeAt(0))));
    }
    case 'socket.setdefaulttimeout': st.defaultTimeout = args[0] === null ? null : toNum(args[0]); return null;
    case 'socket.getdefaulttimeout': return st.defaultTimeout === null || st.defaultTimeout === undefined ? null : float(st.defaultTimeout);
    case 'socket.create_server': {
      const s = newSocket(rt, 2, 1, 0);
      callSockMethod(rt, s, 'setsockopt', [1, 2, 1], null);
      callSockMethod(rt, s, 'bind', [args[0]], null);
      callSockMethod(rt, s, 'listen', [], null);
      return s;
    }
    case 'socket.socketpair': case 'socket.fromfd':
      throwExc(st, 'NotImplementedError', `${name}() is not available in Socket Lab`);
      break;
    // select
    case 'select.select': return selectCall(rt, args);
    case 'select.poll': return { t: T.POLL, fds: new Map() };
    // sys
    case 'sys.exit': throw new PyThrow(makeExc(st, st.types.SystemExit, args.length ? [args[0]] : []));
    case 'sys.getrecursionlimit': return 1000;
    case 'sys.setrecursionlimit': return null;
    case 'sys.getsizeof': return 64;
    case 'sys.intern': return args[0];
    case 'sys.exc_info': {
      for (let i = st.frames.length - 1; i >= 0; i--) {
        const ei = st.frames[i].excInfo;
        if (ei.length) { const e = ei[ei.length - 1]; return tuple([e.cls, e, null]); }
      }
      return tuple([null, null, null]);
    }
    // time
    case 'time.time': return float(EPOCH + k.now / 1000);
    case 'time.time_ns': return normTime(BigInt(Math.round((EPOCH + k.now / 1000) * 1e9)));
    case 'time.monotonic': case 'time.perf_counter': case 'time.process_time': return float(1000 + k.now / 1000);
    case 'time.monotonic_ns': return Math.round((1000 + k.now / 1000) * 1e9);
    case 'time.sleep': {
      if (args.length !== 1) typeError(st, `time.sleep() takes exactly one argument (${args.length} given)`);
      const v = args[0];
      if (!isInt(v) && !(v && v.t === T.FLOAT)) typeError(st, `'${typeName(st, v)}' object cannot be interpreted as an integer`);
      const t = toNum(v);
      if (t < 0) valueError(st, 'sleep length must be non-negative');
      const deadline = k.now + t * 1000;
      const rec = { name: 'sleep', args: `(${str(rt, v)})`, result: 'ok', line: st.lastLine };
      st.lastSyscall = rec;
      st.syscalls.push(rec);
      st.pending = { op: 'sleep', wait: null, deadline, timeoutAt: null, reason: `sleeping in time.sleep(${str(rt, v)})`, sock: null, data: null, extra: null };
      return BLOCKED;
    }
    case 'time.ctime': {
      const t = args.length && args[0] !== null ? toNum(args[0]) : EPOCH + k.now / 1000;
      const c = civil(t);
      const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
      const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      const p2 = (x: number): string => String(x).padStart(2, '0');
      return `${days[c.wd]} ${mons[c.mo - 1]} ${String(c.d).padStart(2)} ${p2(c.h)}:${p2(c.mi)}:${p2(c.s)} ${c.y}`;
    }
    case 'time.strftime': {
      const fmt = str(rt, args[0]);
      const t = EPOCH + k.now / 1000;
      const d = civil(t);
      const p2 = (x: number): string => String(x).padStart(2, '0');
      return fmt.replace(/%([HMSYmd%])/g, (_m, c) => ({ H: p2(d.h), M: p2(d.mi), S: p2(d.s), Y: String(d.y), m: p2(d.mo), d: p2(d.d), '%': '%' } as Record<string, string>)[c]);
    }
    case 'time.localtime': case 'time.gmtime': {
      const t = args.length && args[0] !== null ? toNum(args[0]) : EPOCH + k.now / 1000;
      const d = civil(t);
      return tuple([d.y, d.mo, d.d, d.h, d.mi, d.s, (d.wd + 6) % 7, 1, 0]);
    }
    // struct
    case 'struct.pack': return structPack(rt, args);
    case 'struct.unpack': return structUnpack(rt, args);
    case 'struct.calcsize': return structLayout(rt, str(rt, args[0])).size;
    // os
    case 'os.getpid': return st.pid;
    case 'os._exit': throw new PyThrow(makeExc(st, st.types.SystemExit, [args[0] ?? 0]));
    case 'os.strerror': return strerror(toIndex(st, args[0]));
    // random (deterministic)
    case 'random.seed': st.rng = toNum(args[0] ?? 0) >>> 0; return null;
    case 'random.random': return float(nextRandom(st));
    case 'random.randint': { const a = toIndex(st, args[0]), b = toIndex(st, args[1]); return a + Math.floor(nextRandom(st) * (b - a + 1)); }
    case 'random.choice': { const a = toArray(rt, args[0]); if (!a.length) throwExc(st, 'IndexError', 'Cannot choose from an empty sequence'); return a[Math.floor(nextRandom(st) * a.length)]; }
    case 'traceback.print_exc': case 'traceback.format_exc': {
      let text = 'NoneType: None\n';
      for (let i = st.frames.length - 1; i >= 0; i--) {
        const ei = st.frames[i].excInfo;
        if (ei.length) {
          text = formatTb(rt, ei[ei.length - 1]);
          break;
        }
      }
      if (name === 'traceback.format_exc') return text;
      writeOut(rt, 'stderr', text);
      return null;
    }
  }
  throwExc(st, 'AttributeError', `module has no attribute '${name}'`);
}

import { formatTraceback } from './traceback';
function formatTb(rt: Rt, exc: PyValue): string { return formatTraceback(rt, exc); }

function parseV6(s: string): number[] | null {
  let tail: number[] = [];
  const m4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (m4) {
    const p = m4[2].split('.').map(Number);
    if (p.some((x) => x > 255)) return null;
    tail = [(p[0] << 8) | p[1], (p[2] << 8) | p[3]];
    s = m4[1] + (m4[1].endsWith('::') ? '' : '0');
    if (!m4[1].endsWith('::')) s = m4[1].slice(0, -1);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => (h === '' ? [] : h.split(':').map((x) => (/^[0-9a-fA-F]{1,4}$/.test(x) ? parseInt(x, 16) : NaN)));
  const a = parse(halves[0]);
  const b = halves.length === 2 ? parse(halves[1]) : [];
  if (!a || !b || a.some(Number.isNaN) || b.some(Number.isNaN)) return null;
  const groups = a.length + b.length + tail.length;
  let words: number[];
  if (halves.length === 2) { if (groups > 7) return null; words = [...a, ...new Array(8 - groups).fill(0), ...b, ...tail]; }
  else { if (groups !== 8) return null; words = [...a, ...tail]; }
  const out: number[] = [];
  for (const w of words) out.push(w >> 8, w & 0xff);
  return out;
}

function formatV6(b: number[]): string {
  const w: number[] = [];
  for (let i = 0; i < 16; i += 2) w.push((b[i] << 8) | b[i + 1]);
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = (x: number): string => x.toString(16);
  if (best < 0) return w.map(hex).join(':');
  return w.slice(0, best).map(hex).join(':') + '::' + w.slice(best + bestLen).map(hex).join(':');
}

/** UTC calendar fields for a POSIX time (no Date object: the engine is pure). */
function civil(t: number): { y: number; mo: number; d: number; h: number; mi: number; s: number; wd: number } {
  const secs = Math.floor(t);
  const days = Math.floor(secs / 86400);
  const rem = secs - days * 86400;
  // Howard Hinnant's civil_from_days
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  return { y, mo, d, h: Math.floor(rem / 3600), mi: Math.floor((rem % 3600) / 60), s: rem % 60, wd: (((days + 4) % 7) + 7) % 7 };
}

function normTime(b: bigint): number | bigint { return b <= 9007199254740991n ? Number(b) : b; }

function nextRandom(st: PyState): number {
  // mulberry32
  let a = (st.rng = (st.rng + 0x6d2b79f5) >>> 0);
  a = Math.imul(a ^ (a >>> 15), a | 1);
  a ^= a + Math.imul(a ^ (a >>> 7), a | 61);
  return ((a ^ (a >>> 14)) >>> 0) / 4294967296;
}

function strVal(st: PyState, s: string): PyValue { return st.version === 2 ? bytes(s) : s; }

// ---------------------------------------------------------------- struct
interface Field { code: string; size: number; count: number }
function structLayout(rt: Rt, fmt: string): { fields: Field[]; size: number; little: boolean } {
  const st = rt.st;
  let i = 0;
  let little = true;
  let native = true;
  if ('@=<>!'.includes(fmt[0])) { little = fmt[0] === '<' || fmt[0] === '=' || fmt[0] === '@'; native = fmt[0] === '@'; i = 1; }
  const sizes: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: native ? 8 : 4, L: native ? 8 : 4, q: 8, Q: 8, f: 4, d: 8, s: 1, p: 1 };
  const fields: Field[] = [];
  let size = 0;
  while (i < fmt.length) {
    let num = '';
    while (fmt[i] >= '0' && fmt[i] <= '9') num += fmt[i++];
    const c = fmt[i++];
    if (c === ' ') continue;
    const sz = sizes[c];
    if (sz === undefined) throw new PyThrow(makeExc(st, st.types['struct.error'], ['bad char in struct format']));
    const count = num ? parseInt(num, 10) : 1;
    if (native && sz > 1) size = Math.ceil(size / sz) * sz;
    fields.push({ code: c, size: sz, count });
    size += sz * count;
  }
  return { fields, size, little };
}

/** CPython 3.11's struct.error message for an integer out of range for `code`, or null. */
function structRangeMsg(code: string, size: number, native: boolean, n: bigint): string | null {
  const signed = 'bhilq'.includes(code);
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (n >= lo && n <= hi) return null;
  if (!native && (code === 'q' || code === 'Q')) return 'int too large to convert';
  const usesUlong = native ? 'ILQ'.includes(code) : 'HIL'.includes(code);
  if (usesUlong ? n < 0n || n > (1n << 64n) - 1n : n < -(1n << 63n) || n > (1n << 63n) - 1n) return 'argument out of range';
  if (code === 'b') return 'byte format requires -128 <= number <= 127';
  if (code === 'B') return 'ubyte format requires 0 <= number <= 255';
  if (native && code === 'h') return 'short format requires -32768 <= number <= 32767';
  if (native && code === 'H') return 'ushort format requires 0 <= number <= 65535';
  if (size === 8) return 'argument out of range';
  return `'${code}' format requires ${lo} <= number <= ${hi}`;
}

function structPack(rt: Rt, args: PyValue[]): PyValue {
  const st = rt.st;
  const { fields, little } = structLayout(rt, str(rt, args[0]));
  let out = '';
  let ai = 1;
  let native = true;
  const f0 = str(rt, args[0])[0];
  if ('=<>!'.includes(f0)) native = false;
  for (const f of fields) {
    if (native && f.size > 1) while (out.length % f.size) out += '\0';
    if (f.code === 'x') { out += '\0'.repeat(f.count); continue; }
    if (f.code === 's' || f.code === 'p') {
      const v = args[ai++];
      const s = v && v.t === T.BYTES ? v.s : typeof v === 'string' && st.version === 2 ? v : (() => { throw new PyThrow(makeExc(st, st.types['struct.error'], ["argument for 's' must be a bytes object"])); })();
      out += (s + '\0'.repeat(f.count)).slice(0, f.count);
      continue;
    }
    for (let c = 0; c < f.count; c++) {
      const v = args[ai++];
      if (v === undefined) throw new PyThrow(makeExc(st, st.types['struct.error'], [`pack expected ${ai - 2} items for packing (got ${args.length - 1})`]));
      if (f.code === 'f' || f.code === 'd') {
        if (!isInt(v) && !(v !== null && typeof v === 'object' && v.t === T.FLOAT)) throw new PyThrow(makeExc(st, st.types['struct.error'], ['required argument is not a float']));
        const buf = new DataView(new ArrayBuffer(f.size));
        if (f.size === 4) buf.setFloat32(0, toNum(v), little); else buf.setFloat64(0, toNum(v), little);
        for (let j = 0; j < f.size; j++) out += String.fromCharCode(buf.getUint8(j));
        continue;
      }
      if (f.code === 'c') {
        if (v === null || typeof v !== 'object' || (v.t !== T.BYTES && v.t !== T.BYTEARRAY) || v.s.length !== 1) throw new PyThrow(makeExc(st, st.types['struct.error'], ['char format requires a bytes object of length 1']));
        out += v.s;
        continue;
      }
      if (f.code === '?') { out += truthy(rt, v) ? '\x01' : '\x00'; continue; }
      if (!isInt(v)) throw new PyThrow(makeExc(st, st.types['struct.error'], ['required argument is not an integer']));
      let n = BigInt(unE(v));
      const bits = BigInt(f.size * 8);
      const rangeMsg = structRangeMsg(f.code, f.size, native, n);
      if (rangeMsg !== null) throw new PyThrow(makeExc(st, st.types['struct.error'], [rangeMsg]));
      if (n < 0n) n += 1n << bits;
      let bs = '';
      for (let j = 0; j < f.size; j++) { bs += String.fromCharCode(Number(n & 0xffn)); n >>= 8n; }
      out += little ? bs : [...bs].reverse().join('');
    }
  }
  if (ai !== args.length) throw new PyThrow(makeExc(st, st.types['struct.error'], [`pack expected ${ai - 1} items for packing (got ${args.length - 1})`]));
  return bytes(out);
}

function structUnpack(rt: Rt, args: PyValue[]): PyValue {
  const st = rt.st;
  const fmt = str(rt, args[0]);
  const { fields, size, little } = structLayout(rt, fmt);
  const b = args[1];
  if (!b || (b.t !== T.BYTES && b.t !== T.BYTEARRAY)) typeError(st, `a bytes-like object is required, not '${typeName(st, b)}'`);
  const s: string = b.s;
  if (s.length !== size) throw new PyThrow(makeExc(st, st.types['struct.error'], [`unpack requires a buffer of ${size} bytes`]));
  const native = !'=<>!'.includes(fmt[0]);
  const out: PyValue[] = [];
  let off = 0;
  for (const f of fields) {
    if (native && f.size > 1) off = Math.ceil(off / f.size) * f.size;
    if (f.code === 'x') { off += f.count; continue; }
    if (f.code === 's' || f.code === 'p') { out.push(bytes(s.slice(off, off + f.count))); off += f.count; continue; }
    for (let c = 0; c < f.count; c++) {
      let chunk = s.slice(off, off + f.size);
      off += f.size;
      if (f.code === 'f' || f.code === 'd') {
        const dv = new DataView(new ArrayBuffer(f.size));
        for (let j = 0; j < f.size; j++) dv.setUint8(j, chunk.charCodeAt(j));
        out.push(float(f.size === 4 ? dv.getFloat32(0, little) : dv.getFloat64(0, little)));
        continue;
      }
      if (f.code === 'c') { out.push(bytes(chunk)); continue; }
      if (!little) chunk = [...chunk].reverse().join('');
      let n = 0n;
      for (let j = f.size - 1; j >= 0; j--) n = (n << 8n) | BigInt(chunk.charCodeAt(j));
      if ('bhilq'.includes(f.code) && n >= 1n << BigInt(f.size * 8 - 1)) n -= 1n << BigInt(f.size * 8);
      if (f.code === '?') out.push(n !== 0n);
      else out.push(n <= 9007199254740991n && n >= -9007199254740991n ? Number(n) : n);
    }
  }
  return tuple(out);
}

// ---------------------------------------------------------------- types for the socket/sys modules
export function moduleTypeNames(): string[] { return ['socket.socket', 'select.poll', 'TextIOWrapper']; }
export { hashKey, isSubclass, getAttr };
export type { PyClass };
