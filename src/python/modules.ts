/**
 * The modules a socket program imports: socket, select, sys, time, errno, struct.
 * Socket objects call the simulated kernel (src/kernel/syscalls.ts only).
 */
import { resumeLock } from './threads';
import {
  type Kernel, type SockAddr, type Sys, type Wait,
  sys_socket, sys_bind, sys_listen, sys_connect, sys_accept, sys_send, sys_sendto, sys_recv, sys_recvfrom,
  sys_shutdown, sys_close, sys_dup, sys_setsockopt, sys_getsockopt, sys_getsockopt_bytes, sys_getsockname, sys_getpeername, sys_setnonblocking,
  sys_select, sys_poll, sys_epoll_create, sys_fdkind, sys_wakestamp, resume, isReady, abandonWait, gethostbyname, hostNameOf, setCause, strerror, ERRNO,
} from './sys';
import { T, type PyClass, type PyInst, type PyModule, type PySock, type PyState, type PyValue, type Pending } from './types';
import {
  PyThrow, type Rt, bytes, float, hashKey, isInt, unE, list, makeExc, newExc, osError, repr, str, throwExc, toArray, toNum,
  tuple, truthy, typeError, typeName, valueError, isSubclass,
  fakeAddr, moduleMaker,
} from './objects';
import { BLOCKED, lookupClassAttr, raiseInTop, callSync } from './vm';
import { GAI_MESSAGES, PROTOCOLS, servByName, servByPort } from './netdb';
import { toIndex, getAttr, decodeUtf8 } from './builtins';
import { utf8Latin } from './compiler';

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
  // The rest of CPython 3.11's integer constants on Linux (values from this machine).
  AF_APPLETALK: 5, AF_ASH: 18, AF_ATMPVC: 8, AF_ATMSVC: 20, AF_AX25: 3, AF_BRIDGE: 7, AF_CAN: 29, AF_DECnet: 12,
  AF_ECONET: 19, AF_IPX: 4, AF_IRDA: 23, AF_KEY: 15, AF_LLC: 26, AF_NETBEUI: 13, AF_NETLINK: 16, AF_NETROM: 6,
  AF_PACKET: 17, AF_PPPOX: 24, AF_QIPCRTR: 42, AF_RDS: 21, AF_ROSE: 11, AF_ROUTE: 16, AF_SECURITY: 14, AF_SNA: 22,
  AF_TIPC: 30, AF_VSOCK: 40, AF_WANPIPE: 25, AF_X25: 9, EAI_MEMORY: -10, EAI_NODATA: -5, EAI_OVERFLOW: -12, EAI_SYSTEM: -11,
  INADDR_ALLHOSTS_GROUP: 3758096385, INADDR_MAX_LOCAL_GROUP: 3758096639, INADDR_NONE: 4294967295, INADDR_UNSPEC_GROUP: 3758096384, IPPORT_RESERVED: 1024, IPPORT_USERRESERVED: 5000, IPPROTO_AH: 51, IPPROTO_DSTOPTS: 60,
  IPPROTO_EGP: 8, IPPROTO_ESP: 50, IPPROTO_FRAGMENT: 44, IPPROTO_GRE: 47, IPPROTO_HOPOPTS: 0, IPPROTO_ICMPV6: 58, IPPROTO_IDP: 22, IPPROTO_IGMP: 2,
  IPPROTO_IPIP: 4, IPPROTO_MPTCP: 262, IPPROTO_NONE: 59, IPPROTO_PIM: 103, IPPROTO_PUP: 12, IPPROTO_ROUTING: 43, IPPROTO_RSVP: 46, IPPROTO_SCTP: 132,
  IPPROTO_TP: 29, IPPROTO_UDPLITE: 136, IPV6_CHECKSUM: 7, IPV6_DONTFRAG: 62, IPV6_DSTOPTS: 59, IPV6_HOPLIMIT: 52, IPV6_HOPOPTS: 54, IPV6_JOIN_GROUP: 20,
  IPV6_LEAVE_GROUP: 21, IPV6_MULTICAST_HOPS: 18, IPV6_MULTICAST_IF: 17, IPV6_MULTICAST_LOOP: 19, IPV6_NEXTHOP: 9, IPV6_PATHMTU: 61, IPV6_PKTINFO: 50, IPV6_RECVDSTOPTS: 58,
  IPV6_RECVHOPLIMIT: 51, IPV6_RECVHOPOPTS: 53, IPV6_RECVPATHMTU: 60, IPV6_RECVPKTINFO: 49, IPV6_RECVRTHDR: 56, IPV6_RECVTCLASS: 66, IPV6_RTHDR: 57, IPV6_RTHDRDSTOPTS: 55,
  IPV6_RTHDR_TYPE_0: 0, IPV6_TCLASS: 67, IP_BIND_ADDRESS_NO_PORT: 24, IP_DEFAULT_MULTICAST_LOOP: 1, IP_DEFAULT_MULTICAST_TTL: 1, IP_HDRINCL: 3, IP_MAX_MEMBERSHIPS: 20, IP_MULTICAST_IF: 32,
  IP_OPTIONS: 4, IP_RECVOPTS: 6, IP_RECVRETOPTS: 7, IP_RECVTOS: 13, IP_RETOPTS: 7, IP_TRANSPARENT: 19, MSG_CMSG_CLOEXEC: 1073741824, MSG_CONFIRM: 2048,
  MSG_CTRUNC: 8, MSG_EOR: 128, MSG_ERRQUEUE: 8192, MSG_FASTOPEN: 536870912, MSG_MORE: 32768, PF_PACKET: 17, SCM_CREDENTIALS: 2, SCM_RIGHTS: 1,
  SOCK_RDM: 4, SOCK_SEQPACKET: 5, SO_INCOMING_CPU: 49, SO_J1939_ERRQUEUE: 4, SO_J1939_FILTER: 1, SO_J1939_PROMISC: 2, SO_J1939_SEND_PRIO: 3, SO_MARK: 36,
  SO_PASSCRED: 16, SO_PASSSEC: 34, SO_PEERSEC: 31, SO_VM_SOCKETS_BUFFER_MAX_SIZE: 2, SO_VM_SOCKETS_BUFFER_MIN_SIZE: 1, SO_VM_SOCKETS_BUFFER_SIZE: 0, TIPC_ADDR_ID: 3, TIPC_ADDR_NAME: 2,
  TIPC_ADDR_NAMESEQ: 1, TIPC_CFG_SRV: 0, TIPC_CLUSTER_SCOPE: 2, TIPC_CONN_TIMEOUT: 130, TIPC_CRITICAL_IMPORTANCE: 3, TIPC_DEST_DROPPABLE: 129, TIPC_HIGH_IMPORTANCE: 2, TIPC_IMPORTANCE: 127,
  TIPC_LOW_IMPORTANCE: 0, TIPC_MEDIUM_IMPORTANCE: 1, TIPC_NODE_SCOPE: 3, TIPC_PUBLISHED: 1, TIPC_SRC_DROPPABLE: 128, TIPC_SUBSCR_TIMEOUT: 3, TIPC_SUB_CANCEL: 4, TIPC_SUB_PORTS: 1,
  TIPC_SUB_SERVICE: 2, TIPC_TOP_SRV: 1, TIPC_WAIT_FOREVER: -1, TIPC_WITHDRAWN: 2, TIPC_ZONE_SCOPE: 1, UDPLITE_RECV_CSCOV: 11, UDPLITE_SEND_CSCOV: 10, VMADDR_CID_ANY: 4294967295,
  VMADDR_CID_HOST: 2, VMADDR_PORT_ANY: 4294967295, VM_SOCKETS_INVALID_VERSION: 4294967295,
  MSG_OOB: 1, MSG_PEEK: 2, MSG_DONTROUTE: 4, MSG_DONTWAIT: 0x40, MSG_WAITALL: 0x100, MSG_NOSIGNAL: 0x4000, MSG_TRUNC: 0x20,
  SHUT_RD: 0, SHUT_WR: 1, SHUT_RDWR: 2, SOMAXCONN: 4096, INADDR_ANY: 0, INADDR_LOOPBACK: 0x7f000001, INADDR_BROADCAST: 0xffffffff,
  AI_PASSIVE: 1, AI_CANONNAME: 2, AI_NUMERICHOST: 4, AI_V4MAPPED: 8, AI_ALL: 16, AI_ADDRCONFIG: 32, AI_NUMERICSERV: 1024,
  EAI_BADFLAGS: -1, EAI_NONAME: -2, EAI_AGAIN: -3, EAI_FAIL: -4, EAI_FAMILY: -6, EAI_SOCKTYPE: -7, EAI_SERVICE: -8, EAI_ADDRFAMILY: -9,
  NI_NUMERICHOST: 1, NI_NUMERICSERV: 2, NI_NOFQDN: 4, NI_NAMEREQD: 8, NI_DGRAM: 16, NI_MAXHOST: 1025, NI_MAXSERV: 32, has_ipv6: 1,
};
const SELECT_CONSTS: Record<string, number> = {
  POLLIN: 1, POLLPRI: 2, POLLOUT: 4, POLLERR: 8, POLLHUP: 16, POLLNVAL: 32, POLLRDNORM: 0x40, POLLRDBAND: 0x80,
  POLLWRNORM: 0x100, POLLWRBAND: 0x200, POLLMSG: 0x400, POLLRDHUP: 0x2000, PIPE_BUF: 4096,
  EPOLLIN: 1, EPOLLPRI: 2, EPOLLOUT: 4, EPOLLERR: 8, EPOLLHUP: 16, EPOLLRDNORM: 0x40, EPOLLRDBAND: 0x80, EPOLLWRNORM: 0x100,
  EPOLLWRBAND: 0x200, EPOLLMSG: 0x400, EPOLLRDHUP: 0x2000, EPOLLEXCLUSIVE: 0x10000000, EPOLLONESHOT: 0x40000000, EPOLLET: 0x80000000,
  EPOLL_CLOEXEC: 0o2000000,
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
  EADV: 68, EBADE: 52, EBADFD: 77, EBADMSG: 74, EBADR: 53, EBADRQC: 56, EBADSLT: 57, EBFONT: 59,
  ECANCELED: 125, ECHRNG: 44, ECOMM: 70, EDEADLOCK: 35, EDOTDOT: 73, EDQUOT: 122, EIDRM: 43, EILSEQ: 84,
  EISNAM: 120, EKEYEXPIRED: 127, EKEYREJECTED: 129, EKEYREVOKED: 128, EL2HLT: 51, EL2NSYNC: 45, EL3HLT: 46, EL3RST: 47,
  ELIBACC: 79, ELIBBAD: 80, ELIBEXEC: 83, ELIBMAX: 82, ELIBSCN: 81, ELNRNG: 48, EMEDIUMTYPE: 124, EMULTIHOP: 72,
  ENAVAIL: 119, ENOANO: 55, ENOCSI: 50, ENODATA: 61, ENOKEY: 126, ENOLINK: 67, ENOMEDIUM: 123, ENOMSG: 42,
  ENONET: 64, ENOPKG: 65, ENOSR: 63, ENOSTR: 60, ENOTBLK: 15, ENOTNAM: 118, ENOTRECOVERABLE: 131, ENOTUNIQ: 76,
  EOVERFLOW: 75, EOWNERDEAD: 130, EPROTO: 71, EREMCHG: 78, EREMOTE: 66, EREMOTEIO: 121, ERESTART: 85, ERFKILL: 132,
  ESRMNT: 69, ESTALE: 116, ESTRPIPE: 86, ETIME: 62, ETXTBSY: 26, EUCLEAN: 117, EUNATCH: 49, EUSERS: 87,
  EXFULL: 54,
};
/** errno.errorcode: the name CPython keeps for numbers with aliases. */
const ERRORCODE_ALIAS: Record<number, string> = { 11: 'EAGAIN', 95: 'ENOTSUP', 35: 'EDEADLOCK' };

// ---------------------------------------------------------------- module objects
export function getModule(rt: Rt, name: string): PyModule | null {
  const st = rt.st;
  const have = st.modules.get(name);
  if (have) return have;
  const { mk, fn } = moduleMaker(st, name);
  switch (name) {
    case 'socket': {
      const e: [string, PyValue][] = Object.entries(SOCKET_CONSTS).map(([n, v]) => [n, st.version === 3 ? enumConst(n, v) : v]);
      e.push(['EAGAIN', 11], ['EBADF', 9], ['EWOULDBLOCK', 11], ['has_ipv6', true]);
      for (const f of ['gethostname', 'gethostbyname', 'getfqdn', 'create_connection', 'htons', 'ntohs', 'htonl', 'ntohl', 'inet_aton', 'inet_ntoa',
        'inet_pton', 'inet_ntop', 'setdefaulttimeout', 'getdefaulttimeout', 'getaddrinfo', 'gethostbyaddr', 'create_server', 'socketpair', 'fromfd',
        'gethostbyname_ex', 'getnameinfo', 'getservbyname', 'getservbyport', 'getprotobyname', 'has_dualstack_ipv6', 'close',
        'if_nameindex', 'if_nametoindex', 'if_indextoname', 'CMSG_LEN', 'CMSG_SPACE']) e.push(fn(f));
      e.push(['socket', st.types['socket.socket']]);
      e.push(['SocketType', st.types['socket.socket']]);
      // Python 3's socket module exports its IntEnum/IntFlag classes (s.family is an AddressFamily)
      if (st.version === 3) for (const n of ['AddressFamily', 'SocketKind', 'MsgFlag', 'AddressInfo']) e.push([n, st.types[n]]);
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
      e.push(['epoll', { t: T.BUILTIN, name: 'select.epoll' }]);
      return mk(e);
    }
    case 'sys': {
      const e: [string, PyValue][] = [
        fn('exit'), fn('getrecursionlimit'), fn('setrecursionlimit'), fn('exc_info'), fn('_caller'), fn('_main'), fn('getsizeof'), fn('intern'), fn('getdefaultencoding'),
        ['argv', list(st.argv.slice())],
        ['stdout', stream(st, 'stdout')], ['stderr', stream(st, 'stderr')], ['stdin', stream(st, 'stdin')], ['__stdout__', null], ['__stderr__', null],
        ['version_info', { ...(st.version === 2 ? tuple([2, 7, 18, 'final', 0]) : tuple([3, 11, 7, 'final', 0])), sname: 'sys.version_info', fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'] }],
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
    case 'time': return mk([fn('time'), fn('sleep'), fn('monotonic'), fn('perf_counter'), fn('process_time'), fn('ctime'), fn('localtime'), fn('gmtime'), fn('time_ns'), fn('monotonic_ns')]);
    case 'errno': {
      const e: [string, PyValue][] = Object.entries(ERRNO_NAMES);
      const d = { t: T.DICT, m: new Map() };
      for (const [k, v] of Object.entries(ERRNO_NAMES)) d.m.set(v, [v, ERRORCODE_ALIAS[v] ?? k]);
      e.push(['errorcode', d]);
      return mk(e);
    }
    case 'struct': return mk([fn('pack'), fn('unpack'), fn('calcsize'), ['error', st.types['struct.error']]]);
    case 'os': return mk([fn('getpid'), fn('_exit'), ['name', 'posix'], ['linesep', '\n'], fn('strerror'), ['sep', '/']]);
    // random is written in Python (stdlib.ts: CPython's Mersenne Twister), added to this module on import
    case 'random': return mk([]);
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

/** Network interfaces in index order (if_nameindex). */
const IFACES = ['lo', 'eth0'];

const FAMILY_NAMES: Record<number, string> = { 0: 'AF_UNSPEC', 1: 'AF_UNIX', 2: 'AF_INET', 10: 'AF_INET6' };
const KIND_NAMES: Record<number, string> = { 1: 'SOCK_STREAM', 2: 'SOCK_DGRAM', 3: 'SOCK_RAW' };

function stream(st: PyState, which: 'stdout' | 'stderr' | 'stdin'): PyValue {
  // PYTHONIOENCODING=utf-8 or a UTF-8 locale: the streams say 'utf-8'
  return { t: T.INST, cls: st.types.TextIOWrapper, dict: new Map<string, PyValue>([['__stream__', which], ['name', `<${which}>`], ['mode', which === 'stdin' ? 'r' : 'w'], ['encoding', 'utf-8']]) };
}

// ---------------------------------------------------------------- socket helpers
function kcall<X>(rt: Rt, name: string, argsRepr: string, f: () => Sys<X>, note?: string): Sys<X> {
  const st = rt.st;
  try {
    setCause(rt.k, note === undefined ? { pid: st.pid, syscall: name, line: st.lastLine ?? undefined } : { pid: st.pid, syscall: name, line: st.lastLine ?? undefined, note });
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
    typeError(st, sock.family === 10 ? 'AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])' : 'AF_INET address must be a pair (host, port)');
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
  if (sock.family === 10) {
    const flowinfo = a.length > 2 ? toIndex(st, a[2]) : 0;
    if (flowinfo < 0 || flowinfo > 0xfffff) throwExc(st, 'OverflowError', `${fn}(): flowinfo must be 0-1048575.`);
    return { family: 10, host: ip, port, flowinfo, scopeId: a.length > 3 ? toNum(a[3]) : 0 };
  }
  return { family: 2, host: ip, port };
}

/** Positional arguments followed by keywords, by parameter name (undefined where not given). */
function kwArgs(st: PyState, fn: string, args: PyValue[], kw: Kw, names: string[]): (PyValue | undefined)[] {
  const a: (PyValue | undefined)[] = [...args];
  if (kw) {
    for (const [kn, kv] of kw) {
      const i = names.indexOf(kn);
      if (i < 0) typeError(st, `${fn}() got an unexpected keyword argument '${kn}'`);
      if (a[i] !== undefined) typeError(st, `${fn}() got multiple values for argument '${kn}'`);
      a[i] = kv;
    }
  }
  return a;
}

/** A C int argument (PyArg "i"): CPython's OverflowError messages outside its range. */
function cInt(st: PyState, v: PyValue): number {
  const n = typeof v === 'bigint' ? v : BigInt(toIndex(st, v));
  if (n > 9223372036854775807n || n < -9223372036854775808n) throwExc(st, 'OverflowError', 'Python int too large to convert to C long');
  if (n > 2147483647n) throwExc(st, 'OverflowError', 'signed integer is greater than maximum');
  if (n < -2147483648n) throwExc(st, 'OverflowError', 'signed integer is less than minimum');
  return Number(n);
}

function gaierror(rt: Rt, code = -2): never {
  const st = rt.st;
  throw new PyThrow(makeExc(st, st.types['socket.gaierror'], [code, GAI_MESSAGES[code] ?? 'Unknown error']));
}

/** The name /etc/hosts (or the topology) gives an address, for gethostbyaddr/getnameinfo. */
function hostNameFor(rt: Rt, ip: string): string | null {
  if (ip === '127.0.0.1') return 'localhost';
  for (const h of (rt.k as unknown as { hosts: { name: string; addrs: string[] }[] }).hosts ?? []) if (h.addrs.includes(ip)) return h.name;
  return null;
}

/**
 * getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) with glibc's rules on this machine:
 * "localhost" is IPv4 only; host None is the loopback (or the wildcard with AI_PASSIVE), IPv6 first
 * (passive: IPv4 first); type 0 gives SOCK_STREAM, SOCK_DGRAM and SOCK_RAW entries.
 */
function getaddrinfo(rt: Rt, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const names = ['host', 'port', 'family', 'type', 'proto', 'flags'];
  const a: (PyValue | undefined)[] = [...args];
  if (kw) for (const [kn, kv] of kw) { const i = names.indexOf(kn); if (i < 0) typeError(st, `'${kn}' is an invalid keyword argument for getaddrinfo()`); a[i] = kv; }
  if (a[0] === undefined) typeError(st, "getaddrinfo() missing required argument 'host' (pos 1)");
  if (a[1] === undefined) typeError(st, "getaddrinfo() missing required argument 'port' (pos 2)");
  const hv = a[0], pv = a[1];
  const fam = a[2] === undefined ? 0 : cInt(st, a[2]);
  const type = a[3] === undefined ? 0 : cInt(st, a[3]);
  const proto = a[4] === undefined ? 0 : cInt(st, a[4]);
  const flags = a[5] === undefined ? 0 : cInt(st, a[5]);
  let host: string | null;
  if (hv === null) host = null;
  else if (typeof hv === 'string') host = hv;
  else if (hv !== null && typeof hv === 'object' && hv.t === T.BYTES) host = hv.s;
  else typeError(st, `getaddrinfo() argument 1 must be string or None`);
  // The service: a number, digits, or a name from /etc/services.
  let port: number | null = null;
  let service: string | null = null;
  if (pv === null) port = null;
  else if (isInt(pv)) port = cInt(st, pv);
  else if (typeof pv === 'string' || (pv !== null && typeof pv === 'object' && pv.t === T.BYTES)) {
    const t = typeof pv === 'string' ? pv : pv.s;
    if (/^\d+$/.test(t)) port = parseInt(t, 10);
    else service = t;
  } else throw new PyThrow(newExc(st, 'OSError', ['Int or String expected']));
  // glibc: flags outside AI_PASSIVE..AI_NUMERICSERV (and AI_IDN, AI_CANONIDN) are EAI_BADFLAGS;
  // AI_CANONNAME without a host too.
  if (flags & ~0x4ff || (flags & 2 && host === null)) gaierror(rt, -1);
  if (host === null && port === null && service === null) gaierror(rt, -2);
  if (fam !== 0 && fam !== 2 && fam !== 10) gaierror(rt, -6);
  // socktype/protocol combinations: [type, proto] pairs in glibc's order.
  const kinds: [number, number][] = [[1, 6], [2, 17], [3, 0]].filter(([ty, pr]) => (type === 0 || type === ty) && (proto === 0 || proto === pr || ty === 3)) as [number, number][];
  if (type !== 0 && type !== 1 && type !== 2 && type !== 3) gaierror(rt, -7);
  if (type === 1 && proto !== 0 && proto !== 6) gaierror(rt, -7);
  if (type === 2 && proto !== 0 && proto !== 17) gaierror(rt, -7);
  let entries = type === 0 && proto !== 0 ? kinds.filter(([ty]) => ty !== 3) : kinds;
  if (port !== null && port < 0) gaierror(rt, -8);
  const portFor = (ty: number): number | null => {
    if (service === null) return (port ?? 0) & 0xffff;
    if (ty === 3) return null;
    return servByName(service, ty === 1 ? 'tcp' : 'udp');
  };
  if (service !== null) {
    // AI_NUMERICSERV: a service name is EAI_NONAME.
    if (flags & 0x400) gaierror(rt, -2);
    entries = entries.filter(([ty]) => portFor(ty) !== null);
    if (entries.length === 0) gaierror(rt, -8);
  }
  // The addresses.
  const addrs: [number, string][] = [];
  let scopeId = 0;
  if (host === null) {
    const passive = (flags & 1) !== 0;
    const v4: [number, string] = [2, passive ? '0.0.0.0' : '127.0.0.1'];
    const v6: [number, string] = [10, passive ? '::' : '::1'];
    if (fam === 2) addrs.push(v4);
    else if (fam === 10) addrs.push(v6);
    else addrs.push(...(passive ? [v4, v6] : [v6, v4]));
  } else {
    const n4 = host.includes(':') ? null : inetAton(host);
    const n6 = n4 === null ? v6WithScope(host) : null;
    if (n4 !== null) {
      if (fam === 10) gaierror(rt, -9);
      addrs.push([2, ipv4Text(n4)]);
    } else if (n6 !== null) {
      if (fam === 2) gaierror(rt, -9);
      addrs.push([10, n6.ip]);
      scopeId = n6.scope;
    } else {
      if (flags & 4 || host === '') gaierror(rt, -2);
      if (fam === 10) gaierror(rt, -2);
      addrs.push([2, resolveHost(rt, host, 2)]);
    }
  }
  const out: PyValue[] = [];
  let first = true;
  for (const [f, ip] of addrs) {
    for (const [ty, pr] of entries) {
      const p = portFor(ty) ?? 0;
      const canon = first && flags & 2 ? host ?? '' : '';
      first = false;
      const sa = f === 10 ? tuple([strVal(st, ip), p, 0, scopeId]) : tuple([strVal(st, ip), p]);
      // The module's own members, so that `type is socket.SOCK_STREAM` holds as with enum members.
      const sm = getModule(rt, 'socket')!.dict;
      const famV = sm.get(FAMILY_NAMES[f]) ?? f;
      const tyV = sm.get(KIND_NAMES[ty]) ?? ty;
      out.push(tuple([famV, tyV, pr, strVal(st, canon), sa]));
    }
  }
  return list(out);
}

/** glibc's inet_aton: 1 to 4 parts in C notation (a, a.b, a.b.c, a.b.c.d); what follows a space is ignored. */
export function inetAton(text: string): number | null {
  const sp = text.search(/\s/);
  const s = sp >= 0 ? text.slice(0, sp) : text;
  const parts = s.split('.');
  if (parts.length < 1 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) n = p.length > 2 ? parseInt(p.slice(2), 16) : 0;
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = parseInt(p, 10);
    else return null;
    if (!(n <= 0xffffffff)) return null;
    nums.push(n);
  }
  const last = nums[nums.length - 1];
  const lead = nums.slice(0, -1);
  if (lead.some((x) => x > 255)) return null;
  const room = [0xffffffff, 0xffffff, 0xffff, 0xff][lead.length];
  if (last > room) return null;
  let v = 0;
  for (let i = 0; i < lead.length; i++) v += lead[i] * 2 ** (24 - 8 * i);
  return v + last;
}

function ipv4Text(n: number): string {
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff].join('.');
}

function resolveHost(rt: Rt, host: string, family: number): string {
  if (family === 10) {
    if (host === '') return '::';
    // This machine's /etc/hosts names only 127.0.0.1 "localhost": an AF_INET6 lookup finds nothing.
    if (host.includes(':')) {
      if (parseV6(host) === null) gaierror(rt, -2);
      return host;
    }
    if (inetAton(host) !== null) gaierror(rt, -9);
    gaierror(rt, -2);
  }
  if (host.includes(':')) gaierror(rt, parseV6(host) === null ? -2 : -9);
  if (host === '') return '0.0.0.0';
  if (host === '<broadcast>') return '255.255.255.255';
  const n = inetAton(host);
  if (n !== null) return ipv4Text(n);
  const ip = gethostbyname(rt.k, host);
  if (ip === null) gaierror(rt);
  return ip;
}

/** The cause's note on a close no line of the program asked for (the narration explains it). */
export const GC_CLOSE_NOTE = 'garbage-collected';

/** Closes the socket's descriptor (CPython's `_real_close`); `gc`: its finalizer does (the last reference went away). */
function realClose(rt: Rt, s: PySock, gc = false): void {
  if (s.fd < 0) return;
  const fd = s.fd, pid = rt.st.pid;
  kcall(rt, 'close', gc ? `(fd ${fd}) [garbage-collected: the last reference to the socket object went away]` : `(fd ${fd})`, () => sys_close(rt.k, pid, fd), gc ? GC_CLOSE_NOTE : undefined);
  s.fd = -1;
}

/** A new socket or socket file: as a temporary it may be dropped at once, so it is checked at the end of the line (vm.ts). */
function gcBorn(st: PyState, v: PyValue, sock?: PySock): void {
  st.gcSock = true;
  (st.gcCand ??= []).push(sock ? [v, v, sock] : [v, v]);
}

/**
 * Nothing references a socket or a socket file any more (vm.ts collectSocks): CPython's finalizers
 * run. A file is closed as IOBase.__del__ does (flushed, then it lets go of its socket, which closes
 * a closed socket's descriptor); a socket's descriptor is closed (sock_finalize).
 */
export function gcFinalize(rt: Rt, v: PyValue): void {
  const st = rt.st;
  if (v.t === T.SOCK) { v.closing = true; realClose(rt, v as PySock, true); return; }
  if (v.dict.get('closed') === true) return;
  const frames = st.frames.length;
  try {
    const r = fileOp(rt, v as PyInst, 'close', []);
    // no waiting in a finalizer: what does not fit in the send buffer now is lost
    if (r === BLOCKED) { st.pending = null; fileReleased(rt, v as PyInst); }
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    // CPython reports it as "Exception ignored in: ..." and goes on
    st.frames.length = frames;
    fileReleased(rt, v as PyInst);
  }
}

/** A file from makefile() is closed: CPython's `_decref_socketios`, which closes a closed socket's descriptor with its last file. */
function fileReleased(rt: Rt, f: PyInst): void {
  if (f.dict.get('_ref') !== true) return;
  f.dict.set('_ref', false);
  const s = f.dict.get('_sock') as PySock;
  s.ioRefs = Math.max(0, (s.ioRefs ?? 0) - 1);
  if (s.closing && s.ioRefs === 0) realClose(rt, s);
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

/** A settimeout expiry; a socket file (SocketIO.readinto) remembers it and refuses to read again. */
function fileTimeout(rt: Rt, p: Pending): never {
  if (p.op === 'file_fill' && rt.st.version === 3) (p.data as PyInst).dict.set('_timedout', true);
  // connect_ex reports a timeout as EWOULDBLOCK; create_connection closes its socket before raising
  if (p.op === 'connect_wait' && p.extra === 'connect_ex') throw new ConnectExTimeout();
  if (p.op === 'connect_wait' && p.extra === 'create_connection' && p.sock) { rt.st.pending = null; callSockMethod(rt, p.sock, 'close', [], null); }
  timeoutError(rt);
}

/** Thrown by fileTimeout for connect_ex: resumePending turns it into the value 11. */
class ConnectExTimeout {}

// ---------------------------------------------------------------- socket objects
export const SOCK_METHODS = new Set([
  'bind', 'listen', 'accept', 'connect', 'connect_ex', 'send', 'sendall', 'sendto', 'recv', 'recvfrom', 'close', 'shutdown',
  'setblocking', 'getblocking', 'settimeout', 'gettimeout', 'getsockname', 'getpeername', 'fileno', 'setsockopt', 'getsockopt',
  '__enter__', '__exit__', 'detach', 'makefile', 'recv_into', 'recvfrom_into', 'dup',
  'sendmsg', 'recvmsg', 'recvmsg_into', 'get_inheritable', 'set_inheritable', 'sendfile',
]);

export function sockAttr(rt: Rt, s: PySock, name: string): PyValue {
  switch (name) {
    // The module's members themselves, so that `s.type is socket.SOCK_STREAM` holds.
    case 'family': return rt.st.version === 3 && FAMILY_NAMES[s.family] ? getModule(rt, 'socket')!.dict.get(FAMILY_NAMES[s.family])! : s.family;
    case 'type': return rt.st.version === 3 && KIND_NAMES[s.type] ? getModule(rt, 'socket')!.dict.get(KIND_NAMES[s.type])! : s.type;
    case 'proto': return s.proto;
    case 'timeout': return s.timeout === null ? null : float(s.timeout);
  }
  void rt;
  return undefined;
}

export function sockRepr(rt: Rt, s: PySock): string {
  const st = rt.st;
  if (st.version === 2) return `<socket._socketobject object at ${fakeAddr(st, s)}>`;
  // CPython: ' [closed]' and no addresses once close() was called, with fileno() (still the fd while a makefile() file holds it).
  if (s.fd < 0 || s.closing) return `<socket.socket [closed] fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
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
  gcBorn(st, s);
  return s;
}

/** A socket with a timeout: CPython polls for readiness (up to the timeout), then makes the call. */
function hasTimeout(s: PySock): boolean {
  return s.timeout !== null && s.timeout > 0;
}

/** The flags a socket call passes the kernel: with a timeout the poll does the waiting, so MSG_DONTWAIT is moot. */
function callFlags(s: PySock, flags: number): number {
  return hasTimeout(s) ? flags & ~0x40 : flags;
}

/** A task's default timer slack (50 µs): a sleep ends this late. */
const TIMER_SLACK_MS = 0.05;

/**
 * When a timed wait really ends, in ms from now: Linux gives poll/select/epoll_wait (and so CPython's
 * socket timeouts) a slack of 0.1% of the timeout, at least the timer slack. So a program that
 * measures `time.time()` around a timeout sees slightly more than the timeout, as on Linux
 * (select(..., 1) takes about 1.001 s), never exactly it or, by float rounding, less.
 */
function lateBy(ms: number | null): number | null {
  if (ms === null || ms <= 0) return ms;
  return ms + Math.max(TIMER_SLACK_MS, ms / 1000);
}

function blockOn(rt: Rt, sock: PySock | null, op: string, wait: Wait, data: PyValue = null, extra: PyValue = null): typeof BLOCKED {
  const st = rt.st;
  if (sock && sock.timeout === 0) {
    // a non-blocking socket should never block in the kernel; treat as EAGAIN
    raiseErrno(rt, 11);
  }
  const timeoutAt = sock && hasTimeout(sock) ? rt.k.now + lateBy(sock.timeout! * 1000)! : null;
  let deadline = wait.deadline;
  if (timeoutAt !== null) deadline = deadline === null ? timeoutAt : Math.min(deadline, timeoutAt);
  st.pending = { op, wait, deadline, timeoutAt, reason: wait.reason, sock, data, extra };
  return BLOCKED;
}

/**
 * CPython 3.11's argument-count errors for socket methods: METH_O ('O'), METH_NOARGS ('N'),
 * methods written in Python with only self ('P'), and PyArg_ParseTuple formats [min, max].
 */
const SOCK_ARITY: Record<string, 'O' | 'N' | 'P' | [number, number]> = {
  bind: 'O', connect: 'O', connect_ex: 'O', settimeout: 'O', setblocking: 'O', shutdown: 'O',
  fileno: 'N', getsockname: 'N', getpeername: 'N', gettimeout: 'N', getblocking: 'N', detach: 'N',
  close: 'P', accept: 'P', dup: 'P',
  recv: [1, 2], recvfrom: [1, 2], send: [1, 2], sendall: [1, 2], listen: [0, 1], getsockopt: [2, 3],
};

function checkArity(st: PyState, name: string, n: number): void {
  const a = SOCK_ARITY[name];
  if (a === undefined) return;
  // Python 2 words its METH_O/METH_NOARGS and Python-level errors differently: only the PyArg ones are checked there.
  if (st.version === 2 && typeof a === 'string') return;
  const plural = (x: number): string => `${x} argument${x === 1 ? '' : 's'}`;
  if (a === 'O') { if (n !== 1) typeError(st, `socket.${name}() takes exactly one argument (${n} given)`); }
  else if (a === 'N') { if (n !== 0) typeError(st, `socket.${name}() takes no arguments (${n} given)`); }
  else if (a === 'P') { if (n !== 0) typeError(st, `socket.${name}() takes 1 positional argument but ${n + 1} were given`); }
  else if (n < a[0]) typeError(st, `${name}() takes at least ${plural(a[0])} (${n} given)`);
  else if (n > a[1]) typeError(st, `${name}() takes at most ${plural(a[1])} (${n} given)`);
}

/** A Py_ssize_t argument (PyArg "n"). */
function cSsize(st: PyState, v: PyValue): number {
  const n = typeof v === 'bigint' ? v : BigInt(toIndex(st, v));
  if (n > 9223372036854775807n || n < -9223372036854775808n) throwExc(st, 'OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(n);
}

export function callSockMethod(rt: Rt, s: PySock, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const k = rt.k;
  const pid = st.pid;
  // Python 2.7: close() swaps in a _closedsocket whose every method raises EBADF (even while a file
  // from makefile() still holds the real socket, and with it the descriptor)
  if (st.version === 2 && (s.fd < 0 || s.closing) && name !== 'close') osError(st, 9, 'Bad file descriptor');
  if (kw === null || kw.size === 0) checkArity(st, name, args.length);
  switch (name) {
    case 'fileno': return s.fd;
    case 'close': {
      // CPython's socket.close(): the descriptor is closed now only if no file from makefile() is
      // still open (`_io_refs`); otherwise the last file's close() closes it. Until then the peer
      // sees no FIN, and (in Python 3) the socket's own methods still work on the descriptor.
      s.closing = true;
      if ((s.ioRefs ?? 0) <= 0) realClose(rt, s);
      return null;
    }
    case '__enter__': return s;
    case '__exit__': return callSockMethod(rt, s, 'close', [], null);
    case 'gettimeout': return s.timeout === null ? null : float(s.timeout);
    case 'detach': { const fd = s.fd; s.fd = -1; return fd; }
    case 'dup': {
      // socket.dup(): dup(2) the descriptor, same family/type/proto, then settimeout(self.gettimeout()).
      checkOpen(rt, s);
      const fd = s.fd;
      const r = kcall(rt, 'dup', `(${fd})`, () => sys_dup(k, pid, fd));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag !== 'ok') return null;
      const ns: PySock = { t: T.SOCK, fd: r.value, family: s.family, type: s.type, proto: s.proto, timeout: s.timeout, id: st.nextId++ };
      sys_setnonblocking(k, pid, r.value, s.timeout !== null);
      gcBorn(st, ns);
      return ns;
    }
    case 'settimeout': {
      const v = args[0];
      let t: number | null = null;
      if (v !== null && v !== undefined) {
        if (!isInt(v) && !(v && v.t === T.FLOAT)) typeError(st, `'${typeName(st, v)}' object cannot be interpreted as an integer`);
        t = toNum(v);
        if (Number.isNaN(t)) valueError(st, 'Invalid value NaN (not a number)');
      if (t < 0) valueError(st, 'Timeout value out of range');
      }
      s.timeout = t;
      if (s.fd < 0) osError(st, 9, 'Bad file descriptor');
      sys_setnonblocking(k, pid, s.fd, t === 0);
      return null;
    }
    case 'recv':
      // CPython answers recv(0) itself (no system call: a UDP datagram stays queued, even a closed socket says b'').
      if (args.length >= 1 && args.length <= 2 && isInt(args[0]) && toNum(args[0]) === 0) {
        if (args.length > 1) toIndex(st, args[1]);
        return bytes('');
      }
      break;
    case 'sendfile': {
      // sendfile(file, offset=0, count=None) (Python 3): the file's bytes from offset go out as by
      // sendall; the file position ends after them; returns how many were sent.
      if (st.version === 2) break;
      const names = ['file', 'offset', 'count'];
      const a: (PyValue | undefined)[] = [...args];
      if (kw) for (const [kn, kv] of kw) { const i = names.indexOf(kn); if (i < 0) typeError(st, `socket.sendfile() got an unexpected keyword argument '${kn}'`); a[i] = kv; }
      if (a[0] === undefined) typeError(st, "socket.sendfile() missing 1 required positional argument: 'file'");
      const f = a[0];
      const offset = a[1] === undefined ? 0 : toIndex(st, a[1]);
      const count = a[2] === undefined || a[2] === null ? null : a[2];
      const mode = f !== null && typeof f === 'object' && f.t === T.INST ? f.dict.get('mode') : undefined;
      if (typeof mode === 'string' && !mode.includes('b')) valueError(st, 'file should be opened in binary mode');
      if ((s.type & 1) === 0) valueError(st, 'only SOCK_STREAM type sockets are supported');
      if (count !== null) {
        if (!isInt(count)) typeError(st, `count must be a positive integer (got ${repr(rt, count)})`);
        if (toNum(count) <= 0) valueError(st, `count must be a positive integer (got ${repr(rt, count)})`);
      }
      if (s.timeout === 0) valueError(st, 'non-blocking sockets are not supported');
      checkOpen(rt, s);
      callSync(rt, getAttr(rt, f, 'seek'), [offset]);
      const chunk = callSync(rt, getAttr(rt, f, 'read'), [count === null ? -1 : count]);
      const data = chunk !== null && typeof chunk === 'object' && chunk.t === T.BYTES ? chunk.s : '';
      if (data.length > 0) callSync(rt, getAttr(rt, f, 'seek'), [offset + data.length]);
      if (data.length === 0) return 0;
      const res = doSend(rt, s, 'sendall', data, 0, 0);
      if (res === BLOCKED) { st.pending!.extra.result = data.length; return BLOCKED; }
      return data.length;
    }
    // CPython's makefile() never looks at the descriptor (a closed socket's file fails when used).
    case 'makefile': if (st.version === 3) return makeFile(rt, s, args, kw); break;
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
      // CPython: the default is min(SOMAXCONN, 128); a negative backlog is raised to 0.
      const backlog = args.length ? Math.max(0, cInt(st, args[0])) : Math.min(128, 4096);
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
      if (hasTimeout(s)) return timedConnect(rt, s, addr, name);
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
      const flags = args.length > 1 ? cInt(st, args[1]) : 0;
      return doSend(rt, s, name, data, flags, 0);
    }
    case 'sendto': {
      if (args.length < 2 || args.length > 3) typeError(st, `sendto() takes 2 or 3 arguments (${args.length} given)`);
      const data = dataArg(rt, args[0]);
      const flags = args.length === 3 ? toIndex(st, args[1]) : 0;
      const addr = pyToAddr(rt, s, args[args.length - 1], 'sendto');
      const fl = callFlags(s, flags);
      const r = kcall(rt, 'sendto', `(${repr(rt, bytes(data))}, ${addrRepr(addr)})`, () => sys_sendto(k, pid, fd, bytesToU8(data), fl, addr));
      return finishOrBlock(rt, s, 'sendto', r);
    }
    case 'recvmsg': {
      // (data, ancdata, msg_flags, address): no ancillary data here; MSG_TRUNC (32) when a datagram was cut
      if (args.length < 1 || args.length > 3) typeError(st, `recvmsg() takes at most 3 arguments (${args.length} given)`);
      const n = cSsize(st, args[0]);
      if (n < 0) valueError(st, 'negative buffer size in recvmsg()');
      if (args.length > 1 && cSsize(st, args[1]) < 0) valueError(st, 'invalid ancillary data buffer length');
      const flags = args.length > 2 ? cInt(st, args[2]) : 0;
      const fl = callFlags(s, flags);
      const r = kcall(rt, 'recvmsg', `(${n}${flags ? ', 0, ' + flags : ''})`, () => sys_recvfrom(k, pid, fd, Math.min(n, 16 * 1024 * 1024), fl, hasTimeout(s)));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      // The buffer size travels with the call: with MSG_TRUNC the kernel returns a longer length,
      // and recvmsg's bytes are at most the buffer.
      if (r.tag === 'block') return blockOn(rt, s, 'recvmsg', r.wait, n);
      return finishValue(rt, 'recvmsg', r.value, s, n);
    }
    case 'recvmsg_into': {
      // recvmsg_into(buffers[, ancbufsize[, flags]]): scatter one read over writable buffers
      // (bytearrays here); (nbytes, ancdata, msg_flags, address).
      if (args.length < 1 || args.length > 3) typeError(st, `recvmsg_into() takes at most 3 arguments (${args.length} given)`);
      const it = args[0];
      const bufs = it !== null && typeof it === 'object' && (it.t === T.LIST || it.t === T.TUPLE) ? (it.a as PyValue[]) : typeError(st, it !== null && typeof it === 'object' && (it.t === T.BYTES || it.t === T.BYTEARRAY) ? 'recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers' : 'recvmsg_into() argument 1 must be an iterable');
      for (const b of bufs) if (b === null || typeof b !== 'object' || b.t !== T.BYTEARRAY) typeError(st, `recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers`);
      if (args.length > 1 && cSsize(st, args[1]) < 0) valueError(st, 'invalid ancillary data buffer length');
      const flags = args.length > 2 ? cInt(st, args[2]) : 0;
      const n = bufs.reduce((t, b) => t + (b as { s: string }).s.length, 0);
      const fl = callFlags(s, flags);
      const r = kcall(rt, 'recvmsg', `([${n} bytes]${flags ? ', 0, ' + flags : ''})`, () => sys_recvfrom(k, pid, fd, n, fl, hasTimeout(s)));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag === 'block') return blockOn(rt, s, 'recvmsg_into', r.wait, list(bufs), tuple([flags, n]));
      return finishValue(rt, 'recvmsg_into', r.value, s, list(bufs), flags);
    }
    case 'sendmsg': {
      // sendmsg(buffers[, ancdata[, flags[, address]]]): the buffers are sent as one message
      if (args.length < 1 || args.length > 4) typeError(st, `sendmsg() takes at most 4 arguments (${args.length} given)`);
      const bufs = toArray(rt, args[0]).map((b) => dataArg(rt, b)).join('');
      if (args.length > 1 && toArray(rt, args[1]).length > 0) throwExc(st, 'NotImplementedError', 'sendmsg() with ancillary data is not available in Socket Lab');
      const flags = args.length > 2 ? cInt(st, args[2]) : 0;
      if (args.length > 3 && args[3] !== null) return callSockMethod(rt, s, 'sendto', [bytes(bufs), flags, args[3]], null);
      return callSockMethod(rt, s, 'send', [bytes(bufs), flags], null);
    }
    case 'get_inheritable': return s.inheritable === true;
    case 'set_inheritable': s.inheritable = truthy(rt, args[0] ?? false); return null;
    case 'recv': case 'recvfrom': {
      if (args.length < 1 || args.length > 2) typeError(st, `${name}() takes at least 1 argument (0 given)`);
      const n = cSsize(st, args[0]);
      if (n < 0) valueError(st, `negative buffersize in ${name}`);
      const flags = args.length > 1 ? cInt(st, args[1]) : 0;
      const polled = hasTimeout(s), fl = callFlags(s, flags);
      const nn = Math.min(n, 16 * 1024 * 1024);
      if (name === 'recv') {
        const r = kcall(rt, 'recv', `(${n}${flags ? ', ' + flags : ''})`, () => sys_recv(k, pid, fd, nn, fl, polled));
        return finishOrBlock(rt, s, 'recv', r);
      }
      const r = kcall(rt, 'recvfrom', `(${n}${flags ? ', ' + flags : ''})`, () => sys_recvfrom(k, pid, fd, nn, fl, polled));
      return finishOrBlock(rt, s, 'recvfrom', r);
    }
    case 'shutdown': {
      // _PyLong_AsInt: one message for both directions.
      const hv = args[0];
      const hb = typeof hv === 'bigint' ? hv : BigInt(toIndex(st, hv));
      if (hb > 2147483647n || hb < -2147483648n) throwExc(st, 'OverflowError', 'Python int too large to convert to C int');
      const how = Number(hb);
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
      if (Number.isNaN(t)) valueError(st, 'Invalid value NaN (not a number)');
      if (t < 0) valueError(st, 'Timeout value out of range');
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
      if (kw && kw.size > 0) typeError(st, 'setsockopt() takes no keyword arguments');
      if (args.length === 4 && args[2] === null) {
        // setsockopt(level, opt, None, optlen): CPython passes a NULL optval. Linux reads nothing
        // when optlen is 0 (an int option is then EINVAL, an IPv4 one reads as 0, SO_BINDTODEVICE
        // unbinds) and faults (EFAULT) on reading anything more.
        const level = cInt(st, args[0]), opt = cInt(st, args[1]);
        // "I": any int, taken modulo 2**32; the kernel reads it as a signed int (negative: EINVAL).
        if (!isInt(args[3])) typeError(st, 'setsockopt() takes exactly 3 arguments (4 given)');
        const optlen = Number(BigInt.asIntN(32, typeof args[3] === 'bigint' ? args[3] : BigInt(toIndex(st, args[3]))));
        const val = new Uint8Array(level === 0 && opt !== 25 ? 1 : 0);
        const r = optlen !== 0 ? { tag: 'err' as const, errno: optlen < 0 ? 22 : 14 } : kcall(rt, 'setsockopt', `(${level}, ${opt}, NULL, 0)`, () => sys_setsockopt(k, pid, fd, level, opt, val));
        if (r.tag === 'err') raiseErrno(rt, r.errno);
        return null;
      }
      if (args.length !== 3) typeError(st, `setsockopt() takes exactly 3 arguments (${args.length} given)`);
      const level = toIndex(st, args[0]), opt = toIndex(st, args[1]);
      const v = args[2];
      // CPython tries "iii", then "iiy*": an int beyond a C int ends in the bytes-like TypeError.
      const fitsInt = isInt(v) && (() => { const b = typeof v === 'bigint' ? v : BigInt(toIndex(st, v)); return b <= 2147483647n && b >= -2147483648n; })();
      const val: number | Uint8Array = fitsInt ? toNum(v) : v && (v.t === T.BYTES || v.t === T.BYTEARRAY) ? bytesToU8(v.s) : typeError(st, `a bytes-like object is required, not '${typeName(st, v)}'`);
      const r = kcall(rt, 'setsockopt', `(${level}, ${opt}, ${isInt(v) ? toNum(v) : repr(rt, v)})`, () => sys_setsockopt(k, pid, fd, level, opt, val));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      return null;
    }
    case 'getsockopt': {
      const level = toIndex(st, args[0]), opt = toIndex(st, args[1]);
      if (args.length > 2) {
        // buflen given: return bytes (e.g. SO_LINGER as struct 'ii', SO_RCVTIMEO as struct timeval)
        const n = toIndex(st, args[2]);
        if (n < 0 || n > 1024) throw new PyThrow(newExc(st, 'OSError', ['getsockopt buflen out of range']));
        if (n > 0) {
          const rb = kcall(rt, 'getsockopt', `(${level}, ${opt}, ${n})`, () => sys_getsockopt_bytes(k, pid, fd, level, opt, n));
          if (rb.tag === 'err') raiseErrno(rt, rb.errno);
          return bytes(rb.tag === 'ok' ? u8ToStr(rb.value) : '');
        }
      }
      const r = kcall(rt, 'getsockopt', `(${level}, ${opt})`, () => sys_getsockopt(k, pid, fd, level, opt));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag !== 'ok') return 0;
      setResult(rt, String(r.value));
      return r.value;
    }
    case 'makefile': return makeFile(rt, s, args, kw);
    case 'recv_into': case 'recvfrom_into': {
      // recv_into(buffer[, nbytes[, flags]]): only a bytearray is a writable buffer here
      // (memoryview() makes a copy in this interpreter).
      const argv = [...args];
      const kwNames = ['buffer', 'nbytes', 'flags'];
      if (kw) for (const [kn, kv] of kw) { const i = kwNames.indexOf(kn); if (i < 0) typeError(st, `'${kn}' is an invalid keyword argument for ${name}()`); argv[i] = kv; }
      if (argv.length < 1 || argv[0] === undefined) typeError(st, `${name}() missing required argument 'buffer' (pos 1)`);
      if (argv.length > 3) typeError(st, `${name}() takes at most 3 arguments (${argv.length} given)`);
      const buf = argv[0];
      if (buf === null || typeof buf !== 'object' || buf.t !== T.BYTEARRAY) {
        typeError(st, `${name}() argument 'buffer' must be read-write bytes-like object, not ${typeName(st, buf)}`.replace("argument 'buffer'", 'argument 1'));
      }
      let n = argv[1] === undefined ? 0 : cInt(st, argv[1]);
      const flags = argv[2] === undefined ? 0 : cInt(st, argv[2]);
      if (n < 0) valueError(st, `negative buffersize in ${name}`);
      if (n === 0) n = buf.s.length;
      else if (n > buf.s.length) valueError(st, name === 'recv_into' ? 'buffer too small for requested bytes' : 'nbytes is greater than the length of the buffer');
      // A zero-length recv_into never reaches the kernel either (the datagram stays queued).
      if (n === 0 && name === 'recv_into') return 0;
      const polled = hasTimeout(s), fl = callFlags(s, flags);
      const r = name === 'recv_into'
        ? kcall(rt, 'recv', `(${n}${flags ? ', ' + flags : ''})`, () => sys_recv(k, pid, fd, n, fl, polled))
        : kcall(rt, 'recvfrom', `(${n}${flags ? ', ' + flags : ''})`, () => sys_recvfrom(k, pid, fd, n, fl, polled));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag === 'block') return blockOn(rt, s, name, r.wait, buf, tuple([flags, n]));
      return finishValue(rt, name, r.value, s, buf, flags, n);
    }
  }
  void kw;
  throwExc(st, 'AttributeError', `'socket' object has no attribute '${name}'`);
}

function doSend(rt: Rt, s: PySock, name: string, data: string, flags: number, sentSoFar: number): PyValue {
  const st = rt.st;
  const timed = hasTimeout(s);
  // With a timeout CPython's fd is O_NONBLOCK: it polls for POLLOUT (up to the timeout), then sends
  // what fits without blocking. A send buffer with a little room but not writable (less than a
  // third free) makes it wait, where a blocking send would queue the bytes that fit.
  const fl = timed ? (flags & ~0x40) | 0x40 : flags;
  for (;;) {
    if (timed) {
      const fd = s.fd;
      const pr = kcall(rt, 'poll', `([(${fd}, POLLOUT)], ${(s.timeout ?? 0) * 1000})`, () => sys_poll(rt.k, st.pid, [{ fd, events: 4 }], null));
      if (pr.tag === 'block') return blockOn(rt, s, 'send_wait', pr.wait, data, { name, flags, sent: sentSoFar });
    }
    const chunk = data.slice(sentSoFar);
    const r = kcall(rt, 'send', `(${previewBytes(rt, chunk)}${flags ? ', ' + flags : ''})`, () => sys_send(rt.k, st.pid, s.fd, bytesToU8(chunk), fl));
    if (r.tag === 'err') {
      // A false positive of poll: wait again.
      if (timed && r.errno === 11) continue;
      raiseErrno(rt, r.errno);
    }
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

/**
 * connect() on a socket with a timeout, as CPython does it: the descriptor is non-blocking, so
 * connect() says EINPROGRESS, then poll() waits for writability (up to the timeout) and SO_ERROR
 * tells the outcome. The kernel socket stays SS_CONNECTING, so a second connect() returns 0 and
 * only a third EISCONN; after a refusal, the next connect() is ECONNABORTED. connect_ex returns
 * the errno (EWOULDBLOCK 11 on the timeout); `mode` 'create_connection' returns the socket.
 */
function timedConnect(rt: Rt, s: PySock, addr: SockAddr, mode: string): PyValue {
  const k = rt.k;
  const pid = rt.st.pid;
  const fd = s.fd;
  sys_setnonblocking(k, pid, fd, true);
  let r: Sys<0>;
  try {
    r = kcall(rt, 'connect', `(${addrRepr(addr)})`, () => sys_connect(k, pid, fd, addr));
  } finally {
    sys_setnonblocking(k, pid, fd, false);
  }
  if (r.tag === 'err' && r.errno === ERRNO.EINPROGRESS) {
    const w = kcall(rt, 'poll', `([(${fd}, POLLOUT)], ${Math.ceil((s.timeout ?? 0) * 1000)})`, () => sys_poll(k, pid, [{ fd, events: 4 }], null));
    if (w.tag === 'block') {
      blockOn(rt, s, 'connect_wait', w.wait, null, mode);
      rt.st.pending!.reason = `blocked in connect(): waiting for the SYN-ACK (poll() for POLLOUT, timeout ${str(rt, float(s.timeout ?? 0))} s)`;
      return BLOCKED;
    }
    return connectOutcome(rt, s, mode);
  }
  if (r.tag === 'err') {
    if (mode === 'connect_ex') return r.errno;
    raiseErrno(rt, r.errno);
  }
  return connectDone(rt, s, mode);
}

/** After a timed connect's poll: SO_ERROR says how the handshake ended. */
function connectOutcome(rt: Rt, s: PySock, mode: string): PyValue {
  const fd = s.fd;
  const e = kcall(rt, 'getsockopt', '(SOL_SOCKET, SO_ERROR)', () => sys_getsockopt(rt.k, rt.st.pid, fd, 1, 4));
  const errno = e.tag === 'ok' ? e.value : e.tag === 'err' ? e.errno : 0;
  if (errno !== 0) {
    if (mode === 'connect_ex') { setResult(rt, String(errno)); return errno; }
    raiseErrno(rt, errno);
  }
  return connectDone(rt, s, mode);
}

function connectDone(rt: Rt, s: PySock, mode: string): PyValue {
  setResult(rt, mode === 'connect_ex' ? '0' : 'ok');
  return mode === 'connect_ex' ? 0 : mode === 'create_connection' ? s : null;
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
function finishValue(rt: Rt, op: string, v: unknown, s: PySock | null, into: PyValue = null, flags = 0, limit = Infinity): PyValue {
  const st = rt.st;
  switch (op) {
    case 'recv_into': case 'recvfrom_into': {
      const x = op === 'recv_into' ? { data: v as Uint8Array, addr: null } : (v as { data: Uint8Array; addr: SockAddr | null });
      const d = u8ToStr(x.data);
      const buf = into as { s: string };
      // MSG_TRUNC: the result may exceed the buffer (a datagram's real length) and TCP copies nothing.
      const copy = flags & 0x20 && s !== null && s.type === 1 ? '' : d.slice(0, Math.min(limit, buf.s.length));
      buf.s = copy + buf.s.slice(copy.length);
      setResult(rt, `${d.length} bytes: ${previewBytes(rt, d)}`);
      return op === 'recv_into' ? d.length : tuple([d.length, addrToPy(rt, x.addr)]);
    }
    case 'recvmsg_into': {
      // The bytes fill the buffers in order; the count is what was copied (or, with MSG_TRUNC, the
      // datagram's real length).
      const x = v as { data: Uint8Array; addr: SockAddr | null; trunc?: boolean };
      const d = u8ToStr(x.data);
      let off = 0;
      const tcpTrunc = flags & 0x20 && s !== null && s.type === 1;
      for (const b of (into as { a: { s: string }[] }).a) {
        const part = tcpTrunc ? '' : d.slice(off, off + b.s.length);
        b.s = part + b.s.slice(part.length);
        off += b.s.length;
      }
      setResult(rt, `${d.length} bytes: ${previewBytes(rt, d)}`);
      return tuple([d.length, list([]), x.trunc ? 32 : 0, addrToPy(rt, x.addr)]);
    }
    case 'accept': {
      const a = v as { fd: number; addr: SockAddr };
      const ns: PySock = { t: T.SOCK, fd: a.fd, family: s!.family, type: s!.type, proto: s!.proto, timeout: st.defaultTimeout ?? null, id: st.nextId++ };
      setResult(rt, `(fd ${a.fd}, ${addrRepr(a.addr)})`);
      gcBorn(st, ns);
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
    case 'recvmsg': {
      const x = v as { data: Uint8Array; addr: SockAddr | null; trunc?: boolean };
      const d = typeof into === 'number' ? u8ToStr(x.data).slice(0, into) : u8ToStr(x.data);
      setResult(rt, `(${previewBytes(rt, d)}, ${addrRepr(x.addr)})`);
      return tuple([bytes(d), list([]), x.trunc ? 32 : 0, addrToPy(rt, x.addr)]);
    }
    case 'send': case 'sendto': setResult(rt, String(v)); return v as number;
  }
  return null;
}


// ---------------------------------------------------------------- socket.makefile()
/*
 * CPython wraps a socket.SocketIO in io.BufferedReader/BufferedWriter/BufferedRWPair (binary) and
 * io.TextIOWrapper (text: UTF-8, universal newlines). What a program can observe is kept: reads
 * fill an 8192-byte buffer with recv (so bytes beyond a line stay in the file, not the socket),
 * read(n) waits for n bytes or EOF, writes are buffered until flush()/close() or 8192 bytes.
 * Iterating over the file reads lines like readline() (a for loop may block in it; FOR_ITER calls
 * fileIterNext). Each open file holds the socket's descriptor (CPython's `_io_refs`): socket.close()
 * closes it only when no file is open, else the last file's close() does.
 */
const FILE_BUFSIZE = 8192;
const FILE_METHODS = ['read', 'readline', 'readlines', 'write', 'writelines', 'flush', 'close', 'fileno', 'readable', 'writable', 'seekable', '__enter__', '__exit__', 'isatty', '__iter__', '__next__'];

/** True for the objects socket.makefile() returns. */
export function isSockFile(v: PyValue): boolean {
  return v !== null && typeof v === 'object' && v.t === T.INST && v.dict.has('_sock') && v.cls.dict.get('__next__')?.name === 'sockfile.__next__';
}

/** CPython's repr of a socket file: `<_io.TextIOWrapper name=3 mode='r' encoding='UTF-8'>` ... */
export function sockFileRepr(rt: Rt, f: PyInst): string {
  const cls = f.cls.name;
  const closed = f.dict.get('closed') === true;
  const name = closed ? -1 : (f.dict.get('_sock') as PySock).fd;
  const paired = f.dict.get('_reading') === true && f.dict.get('_writing') === true;
  if (cls === 'TextIOWrapper') {
    return `<_io.TextIOWrapper ${paired ? '' : `name=${name} `}mode=${repr(rt, f.dict.get('mode') ?? 'r')} encoding=${repr(rt, f.dict.get('encoding') ?? 'UTF-8')}>`;
  }
  if (cls === 'BufferedReader' || cls === 'BufferedWriter') return `<_io.${cls} name=${name}>`;
  return `<${f.cls.module}.${cls} object at ${fakeAddr(rt.st, f)}>`;
}

/**
 * The next line for a for loop over a socket file: a line, undefined at EOF, or BLOCKED (the loop's
 * FOR_ITER runs again once the buffer has been refilled).
 */
export function fileIterNext(rt: Rt, it: PyValue): PyValue {
  // the file itself, or enumerate(f): (count, line)
  const f = (it.t === T.INST ? it : it.seq) as PyInst;
  const r = fileOp(rt, f, '__next__', [], true);
  if (r === BLOCKED) { (rt.st.pending!.extra as { op: string }).op = '__refill__'; return BLOCKED; }
  if (r === undefined || it === f) return r;
  return tuple([it.i++, r]);
}

function fileClass(st: PyState, name: string, module: string): PyClass {
  const key = `${module}.${name}#sockfile`;
  let c = st.types[key];
  if (c === undefined) {
    const object = st.types.object;
    c = { t: T.CLASS, name, qualname: name, module, bases: [object], mro: [], dict: new Map(), builtin: null };
    c.mro = [c, ...object.mro];
    for (const m of FILE_METHODS) c.dict.set(m, { t: T.BUILTIN, name: `sockfile.${m}` });
    // Python 2's iterator protocol: f.next()
    if (st.version === 2) c.dict.set('next', { t: T.BUILTIN, name: 'sockfile.__next__' });
    st.types[key] = c;
  }
  return c;
}

/** io.UnsupportedOperation (an OSError and a ValueError), made once per process. */
function unsupported(st: PyState, msg: string): never {
  let c = st.types['io.UnsupportedOperation'];
  if (c === undefined) {
    const os = st.types.OSError, ve = st.types.ValueError;
    c = { t: T.CLASS, name: 'UnsupportedOperation', qualname: 'UnsupportedOperation', module: 'io', bases: [os, ve], mro: [], dict: new Map(), builtin: 'exc' };
    c.mro = [c, ...os.mro.filter((x) => !ve.mro.includes(x)), ...ve.mro];
    st.types['io.UnsupportedOperation'] = c;
  }
  throw new PyThrow(makeExc(st, c, [msg]));
}

function makeFile(rt: Rt, s: PySock, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const names = ['mode', 'buffering', 'encoding', 'errors', 'newline'];
  const a: (PyValue | undefined)[] = [...args];
  if (kw) for (const [kn, kv] of kw) { const i = names.indexOf(kn); if (i < 0) typeError(st, `socket.makefile() got an unexpected keyword argument '${kn}'`); a[i] = kv; }
  const m0 = a[0];
  const modeText = typeof m0 === 'string' ? m0 : st.version === 2 && m0 !== null && typeof m0 === 'object' && m0.t === T.BYTES ? m0.s : null;
  if (m0 !== undefined && modeText === null) typeError(st, `'${typeName(st, m0)}' object is not iterable`);
  const mode = modeText ?? 'r';
  if (![...mode].every((c) => 'rwb'.includes(c))) valueError(st, `invalid mode ${repr(rt, mode)} (only r, w, b allowed)`);
  const writing = mode.includes('w');
  const reading = mode.includes('r') || !writing;
  // Python 2's socket._fileobject reads and writes str (bytes) whatever the mode.
  const binary = mode.includes('b') || st.version === 2;
  const buffering = a[1] === undefined || a[1] === null ? -1 : toIndex(st, a[1]);
  if (buffering === 0 && !binary) valueError(st, 'unbuffered streams must be binary');
  const rawmode = (reading ? 'r' : '') + (writing ? 'w' : '');
  let cls: PyClass;
  if (st.version === 2) cls = fileClass(st, '_fileobject', 'socket');
  else if (!binary) cls = fileClass(st, 'TextIOWrapper', '_io');
  else if (buffering === 0) cls = fileClass(st, 'SocketIO', 'socket');
  else cls = fileClass(st, reading && writing ? 'BufferedRWPair' : reading ? 'BufferedReader' : 'BufferedWriter', '_io');
  const f: PyInst = { t: T.INST, cls, dict: new Map<string, PyValue>(), id: st.nextId++ };
  // A BufferedRWPair ('rwb') has no mode attribute.
  if (cls.name !== 'BufferedRWPair') f.dict.set('mode', binary ? rawmode + 'b' : rawmode);
  if (cls.name !== 'BufferedRWPair') f.dict.set('name', s.fd);
  f.dict.set('closed', false);
  if (!binary) {
    // locale.getpreferredencoding(False) under a UTF-8 locale (C.UTF-8, en_US.UTF-8)
    f.dict.set('encoding', a[2] === undefined || a[2] === null ? 'UTF-8' : str(rt, a[2]));
    f.dict.set('_newline', a[4] === undefined || a[4] === null ? null : str(rt, a[4]));
  }
  f.dict.set('_sock', s);
  f.dict.set('_text', !binary);
  f.dict.set('_reading', reading);
  f.dict.set('_writing', writing);
  f.dict.set('_raw', buffering === 0);
  f.dict.set('_rbuf', bytes(''));
  f.dict.set('_wbuf', bytes(''));
  f.dict.set('_eof', false);
  // The file holds the socket's descriptor open (see socket.close()).
  f.dict.set('_ref', true);
  s.ioRefs = (s.ioRefs ?? 0) + 1;
  gcBorn(st, f, s);
  return f;
}

/** Fill the read buffer with one recv; returns true (data or EOF arrived) or BLOCKED. */
/** What fileFill says when a non-blocking socket has nothing to read (SocketIO.readinto returns None). */
const AGAIN = 'again';

function fileFill(rt: Rt, f: PyInst, op: string, args: PyValue[]): true | typeof BLOCKED | typeof AGAIN {
  const s = f.dict.get('_sock') as PySock;
  if (f.dict.get('_timedout') === true) throw new PyThrow(makeExc(rt.st, rt.st.types.OSError, ['cannot read from timed out object']));
  checkOpen(rt, s);
  const fd = s.fd;
  const r = kcall(rt, 'recv', `(${FILE_BUFSIZE})`, () => sys_recv(rt.k, rt.st.pid, fd, FILE_BUFSIZE, 0));
  if (r.tag === 'err' && r.errno === ERRNO.EAGAIN && rt.st.version === 3) return AGAIN;
  if (r.tag === 'err') raiseErrno(rt, r.errno);
  if (r.tag === 'block') {
    if (s.timeout === 0 && rt.st.version === 3) return AGAIN;
    blockOn(rt, s, 'file_fill', r.wait, f, { op, args });
    return BLOCKED;
  }
  const d = u8ToStr(r.value);
  setResult(rt, previewBytes(rt, d));
  if (d === '') f.dict.set('_eof', true);
  else f.dict.set('_rbuf', bytes((f.dict.get('_rbuf') as { s: string }).s + d));
  return true;
}

function fileFlush(rt: Rt, f: PyInst, result: PyValue): PyValue {
  const wb = (f.dict.get('_wbuf') as { s: string }).s;
  if (wb === '') return result;
  f.dict.set('_wbuf', bytes(''));
  const s = f.dict.get('_sock') as PySock;
  let res: PyValue;
  try {
    checkOpen(rt, s);
    res = doSend(rt, s, 'sendall', wb, 0, 0);
  } catch (e) {
    // a failed flush keeps the data buffered: the next flush() or close() tries (and fails) again
    f.dict.set('_wbuf', bytes(wb));
    throw e;
  }
  if (res === BLOCKED) { rt.st.pending!.extra.result = result; return BLOCKED; }
  return result;
}

/** Where the next line ends in the buffer (exclusive), or -1 if more data is needed. */
function lineEnd(buf: string, text: boolean, newline: PyValue, eof: boolean, limit: number): number {
  let end = -1;
  if (text && newline === null) {
    for (let i = 0; i < buf.length; i++) {
      const c = buf[i];
      if (c === '\n') { end = i + 1; break; }
      if (c === '\r') {
        if (i + 1 < buf.length) { end = buf[i + 1] === '\n' ? i + 2 : i + 1; break; }
        if (eof) { end = i + 1; break; }
        return limit >= 0 && buf.length >= limit ? limit : -1;
      }
    }
  } else {
    const nl = text && newline === '\r' ? '\r' : text && newline === '\r\n' ? '\r\n' : '\n';
    const i = buf.indexOf(nl);
    if (i >= 0) end = i + nl.length;
  }
  if (limit >= 0 && (end < 0 ? buf.length >= limit : end > limit)) return limit;
  if (end < 0 && eof) return buf.length;
  return end;
}

function fileOp(rt: Rt, f: PyInst, op: string, args: PyValue[], forLoop = false): PyValue {
  const st = rt.st;
  const text = f.dict.get('_text') === true;
  const closed = f.dict.get('closed') === true;
  const clsName = f.cls.name;
  const closedError = (what: string): never => valueError(st, text || clsName === 'SocketIO' ? 'I/O operation on closed file.' : what.endsWith(' to') ? `${what} closed file` : `${what} of closed file`);
  const takeBuf = (n: number): string => {
    const b = (f.dict.get('_rbuf') as { s: string }).s;
    f.dict.set('_rbuf', bytes(b.slice(n)));
    return b.slice(0, n);
  };
  const out = (raw: string): PyValue => {
    if (!text) return bytes(raw);
    const t = decodeUtf8(rt, raw);
    return f.dict.get('_newline') === null ? t.replace(/\r\n?/g, '\n') : t;
  };
  const needRead = (): void => {
    if (!f.dict.get('_reading')) unsupported(st, text ? 'not readable' : op);
  };
  switch (op) {
    case '__enter__':
      if (closed) closedError('enter');
      return f;
    case '__exit__':
      return fileOp(rt, f, 'close', []);
    case 'fileno': {
      if (closed) closedError('fileno');
      return (f.dict.get('_sock') as PySock).fd;
    }
    case '__iter__':
      if (closed) valueError(st, 'I/O operation on closed file.');
      return f;
    case '__next__': {
      if (closed) closedError('readline');
      if (!f.dict.get('_reading')) unsupported(st, text ? 'not readable' : 'read');
      const r = fileOp(rt, f, 'readline', []);
      if (r === BLOCKED) { (st.pending!.extra as { op: string }).op = '__next__'; return BLOCKED; }
      if (typeof r === 'string' ? r === '' : (r as { s: string }).s === '') {
        if (forLoop) return undefined;
        throwExc(st, 'StopIteration');
      }
      return r;
    }
    case 'readable': if (closed) closedError('readable'); return f.dict.get('_reading') === true;
    case 'writable': if (closed) closedError('writable'); return f.dict.get('_writing') === true;
    case 'seekable': if (closed) closedError('seekable'); return false;
    case 'isatty': if (closed) closedError('isatty'); return false;
    case 'close': {
      if (closed) return null;
      f.dict.set('closed', true);
      if (f.dict.get('_writing')) {
        let r: PyValue;
        try {
          r = fileFlush(rt, f, null);
        } catch (e) {
          // a failed flush still closes the raw SocketIO (IOBase.close's finally)
          fileReleased(rt, f);
          throw e;
        }
        // the flush waits for room to send: the descriptor is released when it is done (resumePending)
        if (r === BLOCKED) { rt.st.pending!.extra.release = f; return BLOCKED; }
      }
      fileReleased(rt, f);
      return null;
    }
    case 'flush': {
      if (closed) closedError('flush');
      return fileFlush(rt, f, null);
    }
    case 'write': case 'writelines': {
      if (closed) closedError(op === 'write' ? 'write to' : 'writelines to');
      if (!f.dict.get('_writing')) unsupported(st, text ? 'not writable' : op);
      const items = op === 'write' ? [args[0]] : toArray(rt, args[0]);
      let data = '';
      let count = 0;
      for (const v of items) {
        if (text) {
          if (typeof v !== 'string') typeError(st, `write() argument must be str, not ${typeName(st, v)}`);
          data += utf8Latin(v);
          count += v.length;
        } else {
          const d = dataArg(rt, v);
          data += d;
          count += d.length;
        }
      }
      f.dict.set('_wbuf', bytes((f.dict.get('_wbuf') as { s: string }).s + data));
      const result = op === 'write' && st.version === 3 ? count : null;
      if (f.dict.get('_raw') || (f.dict.get('_wbuf') as { s: string }).s.length > FILE_BUFSIZE) return fileFlush(rt, f, result);
      return result;
    }
    case 'readline': {
      if (!text) needRead();
      if (closed) closedError('readline');
      needRead();
      const limit = args.length && args[0] !== null ? toIndex(st, args[0]) : -1;
      for (;;) {
        const buf = (f.dict.get('_rbuf') as { s: string }).s;
        const end = lineEnd(buf, text, f.dict.get('_newline') ?? null, f.dict.get('_eof') === true, limit);
        if (end >= 0) return out(takeBuf(end));
        const fr = fileFill(rt, f, op, args);
        if (fr === BLOCKED) return BLOCKED;
        // a non-blocking socket with nothing more: the line so far (b'' if none), as CPython's buffered reader
        if (fr === AGAIN) return out(takeBuf(limit >= 0 ? Math.min(limit, buf.length) : buf.length));
      }
    }
    case 'read': {
      if (!text) needRead();
      if (closed) closedError('read');
      needRead();
      const n = args.length && args[0] !== null ? toIndex(st, args[0]) : -1;
      for (;;) {
        const buf = (f.dict.get('_rbuf') as { s: string }).s;
        if (f.dict.get('_eof') === true) return out(takeBuf(n < 0 ? buf.length : n));
        if (n >= 0 && buf.length >= n) return out(takeBuf(n));
        // A raw SocketIO returns what one recv gives.
        if (f.dict.get('_raw') && buf.length > 0) return out(takeBuf(n < 0 ? buf.length : n));
        const fr = fileFill(rt, f, op, args);
        if (fr === BLOCKED) return BLOCKED;
        // a non-blocking socket with nothing more: what is buffered, or None when nothing is
        if (fr === AGAIN) { if (buf.length === 0 && !text) return null; return out(takeBuf(n < 0 ? buf.length : Math.min(n, buf.length))); }
      }
    }
    case 'readlines': {
      if (!text) needRead();
      if (closed) closedError('readlines');
      needRead();
      for (let again = false; ; ) {
        if (f.dict.get('_eof') === true || again) {
          // at EOF, or (non-blocking) when nothing more can be read now: the buffered lines
          const lines: PyValue[] = [];
          for (;;) {
            const buf = (f.dict.get('_rbuf') as { s: string }).s;
            if (buf === '') break;
            lines.push(out(takeBuf(lineEnd(buf, text, f.dict.get('_newline') ?? null, true, -1))));
          }
          return list(lines);
        }
        const fr = fileFill(rt, f, op, args);
        if (fr === BLOCKED) return BLOCKED;
        if (fr === AGAIN) again = true;
      }
    }
  }
  throwExc(st, 'AttributeError', `'${clsName}' object has no attribute '${op}'`);
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
    if (p.op === 'lock') {
      const got = resumeLock(rt, p);
      return got === BLOCKED ? 'blocked' : push(got);
    }
    const wait = p.wait as Wait;
    const timedOut = wait.deadline !== null && k.now >= wait.deadline;
    // CPython waits for a socket with a timeout in poll(), then calls recv/accept/... on the socket's
    // fd. If another thread closed the socket meanwhile, poll reports POLLNVAL when it wakes or times
    // out, and the call on fd -1 fails with EBADF.
    if (p.timeoutAt !== null && p.sock !== null && p.sock.fd < 0 && (timedOut || k.now >= p.timeoutAt || isReady(k, wait))) {
      abandonWait(k, wait);
      osError(st, 9, 'Bad file descriptor');
    }
    if (!timedOut && !isReady(k, wait)) {
      if (p.timeoutAt !== null && k.now >= p.timeoutAt) { abandonWait(k, wait); fileTimeout(rt, p); }
      return 'blocked';
    }
    const r = resume(k, wait, timedOut);
    if (r.tag === 'block') {
      if (p.timeoutAt !== null && k.now >= p.timeoutAt) { abandonWait(k, r.wait); fileTimeout(rt, p); }
      p.wait = r.wait;
      p.reason = r.wait.reason;
      if (r.wait.deadline !== null) p.deadline = p.timeoutAt === null ? r.wait.deadline : Math.min(r.wait.deadline, p.timeoutAt);
      return 'blocked';
    }
    // A socket file's close() that flushed releases the descriptor once the flush is over.
    const release = (p.op === 'sendall' || p.op === 'send_wait') && p.extra?.release ? p.extra.release as PyInst : null;
    if (r.tag === 'err') {
      if (p.op === 'connect_ex') { setResult(rt, String(r.errno)); return push(r.errno); }
      if (release) { st.pending = null; fileReleased(rt, release); }
      raiseErrno(rt, r.errno);
    }
    const v = r.value;
    switch (p.op) {
      case 'sendall': {
        // A socket file's flush resumes here too; it then returns what its write() promised.
        const result = p.extra.result ?? null;
        const sent = p.extra.sent + (v as number);
        if (sent >= (p.data as string).length) { setResult(rt, 'ok'); if (release) fileReleased(rt, release); return push(result); }
        st.pending = null;
        const res = doSend(rt, p.sock!, 'sendall', p.data, p.extra.flags, sent);
        if (res === BLOCKED) { st.pending!.extra.result = result; st.pending!.extra.release = release; return 'blocked'; }
        if (release) fileReleased(rt, release);
        return push(result);
      }
      case 'select': return push(selectResult(rt, p, v as { r: number[]; w: number[]; x: number[] }));
      case 'poll': return push(pollResult(rt, v as { fd: number; revents: number }[]));
      case 'epoll': return push(epollResult(rt, p.extra as PyInst, v as { fd: number; revents: number }[], p.data as number));
      case 'create_connection': setResult(rt, 'ok'); return push(p.extra);
      case 'connect_wait': {
        st.pending = null;
        try {
          return push(connectOutcome(rt, p.sock!, p.extra as string));
        } catch (e) {
          if (p.extra === 'create_connection') callSockMethod(rt, p.sock!, 'close', [], null);
          throw e;
        }
      }
      case 'recv_into': case 'recvfrom_into': case 'recvmsg_into': {
        const [fl, lim] = (p.extra as { a: number[] }).a;
        return push(finishValue(rt, p.op, v, p.sock, p.data, fl, lim));
      }
      case 'send_wait': {
        // The socket became writable (or failed): send now, without blocking.
        const result = p.extra.result ?? null;
        st.pending = null;
        const res = doSend(rt, p.sock!, p.extra.name, p.data, p.extra.flags, p.extra.sent);
        if (res === BLOCKED) { if (result !== null) st.pending!.extra.result = result; st.pending!.extra.release = release; return 'blocked'; }
        if (release) fileReleased(rt, release);
        return push(p.extra.name === 'sendall' && result !== null ? result : res);
      }
      case 'file_fill': {
        // A socket file's buffer refilled (or EOF): run the file operation again.
        const f = p.data as PyInst;
        const d = u8ToStr(v as Uint8Array);
        setResult(rt, previewBytes(rt, d));
        if (d === '') f.dict.set('_eof', true);
        else f.dict.set('_rbuf', bytes((f.dict.get('_rbuf') as { s: string }).s + d));
        st.pending = null;
        // a for loop over the file: its FOR_ITER runs again and reads the line from the buffer
        if (p.extra.op === '__refill__') return 'continue';
        const res = fileOp(rt, f, p.extra.op, p.extra.args);
        if (res === BLOCKED) return 'blocked';
        return push(res);
      }
      default: return push(finishValue(rt, p.op, v, p.sock, p.data));
    }
  } catch (e) {
    if (e instanceof ConnectExTimeout) { setResult(rt, '11'); return push(11); }
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
  const r = kcall(rt, 'select', desc, () => sys_select(rt.k, st.pid, kf[0], kf[1], kf[2], lateBy(timeoutMs)));
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
      const r = kcall(rt, 'poll', `([${fds.map((f) => `(${f.fd}, ${f.events})`).join(', ')}], ${timeoutMs})`, () => sys_poll(rt.k, st.pid, fds, lateBy(timeoutMs)));
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


// ---------------------------------------------------------------- select.epoll
/*
 * select.epoll holds a real descriptor (sys_epoll_create), so later sockets are numbered as on
 * Linux. The interest list is kept here and polled with sys_poll: level-triggered; EPOLLONESHOT
 * disables an entry after it is reported; a closed descriptor leaves the list. The ready list is
 * ordered by the kernel's wakeup stamps (sys_wakestamp), as Linux's is by wakeup callbacks, and a
 * reported fd goes back to its tail (EPOLLET: it waits for its next wakeup instead).
 */
const EPOLL_METHODS = ['register', 'modify', 'unregister', 'poll', 'close', 'fileno', '__enter__', '__exit__'];

function newEpoll(rt: Rt): PyValue {
  const st = rt.st;
  const key = 'select.epoll#class';
  let c = st.types[key];
  if (c === undefined) {
    const object = st.types.object;
    c = { t: T.CLASS, name: 'epoll', qualname: 'epoll', module: 'select', bases: [object], mro: [], dict: new Map(), builtin: null };
    c.mro = [c, ...object.mro];
    for (const m of EPOLL_METHODS) c.dict.set(m, { t: T.BUILTIN, name: `selectepoll.${m}` });
    st.types[key] = c;
  }
  const r = kcall(rt, 'epoll_create', '()', () => sys_epoll_create(rt.k, st.pid));
  if (r.tag === 'err') raiseErrno(rt, r.errno);
  const ep: PyInst = { t: T.INST, cls: c, dict: new Map<string, PyValue>(), id: st.nextId++ };
  ep.dict.set('_fd', r.tag === 'ok' ? r.value : -1);
  // The interest list: [fd, events, armed] triples.
  ep.dict.set('_reg', list([]));
  // The ready list: fds in the order they woke up (Linux reports in this order; LT re-queues at the tail).
  ep.dict.set('_ready', list([]));
  ep.dict.set('closed', false);
  return ep;
}

function epollOp(rt: Rt, ep: PyInst, op: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const k = rt.k;
  const reg = (ep.dict.get('_reg') as { a: PyValue[] }).a;
  const find = (fd: number): number => reg.findIndex((e) => (e as { a: PyValue[] }).a[0] === fd);
  const closedErr = (): never => valueError(st, 'I/O operation on closed epoll object');
  const self = ep.dict.get('_fd') as number;
  if (op === 'close' || op === '__exit__') {
    if (ep.dict.get('closed') !== true) {
      ep.dict.set('closed', true);
      kcall(rt, 'close', `(fd ${self})`, () => sys_close(k, st.pid, self));
    }
    return null;
  }
  if (ep.dict.get('closed') === true) closedErr();
  switch (op) {
    case '__enter__': return ep;
    case 'fileno': return self;
    case 'register': case 'modify': {
      const a = kwArgs(st, op, args, kw, ['fd', 'eventmask']);
      if (a[0] === undefined) typeError(st, `${op}() missing required argument 'fd' (pos 1)`);
      if (op === 'modify' && a[1] === undefined) typeError(st, "modify() missing required argument 'eventmask' (pos 2)");
      const fd = fdOf(rt, a[0]!);
      if (fd < 0) valueError(st, `file descriptor cannot be a negative integer (${fd})`);
      const mask = a[1] === undefined ? 1 | 2 | 4 : Number(BigInt.asUintN(32, BigInt(toIndex(st, a[1]!))));
      const kind = sys_fdkind(k, st.pid, fd);
      if (kind === 'closed') osError(st, 9, 'Bad file descriptor');
      if (fd === self) osError(st, 22, 'Invalid argument');
      const i = find(fd);
      const stamp = sys_wakestamp(k, st.pid, fd, mask & 0xffff);
      // [fd, events, armed, last wakeup seen, just (re)registered: an edge-triggered fd ready now is reported once]
      if (op === 'register') {
        if (i >= 0) osError(st, 17, 'File exists');
        reg.push(tuple([fd, mask, true, stamp, true]));
      } else {
        if (i < 0) osError(st, 2, 'No such file or directory');
        reg[i] = tuple([fd, mask, true, stamp, true]);
      }
      // Linux polls the fd as it is added or modified (ep_insert, ep_modify) and, when it is ready
      // then, queues it on the ready list at once: a later wakeup does not move it.
      const now = sys_poll(k, st.pid, [{ fd, events: mask & 0xffff }], 0);
      const ready = (ep.dict.get('_ready') as { a: PyValue[] }).a as number[];
      if (now.tag === 'ok' && now.value.some((x) => x.revents !== 0 && !(x.revents & 32)) && !ready.includes(fd)) ready.push(fd);
      return null;
    }
    case 'unregister': {
      const a = kwArgs(st, op, args, kw, ['fd']);
      if (a[0] === undefined) typeError(st, "unregister() missing required argument 'fd' (pos 1)");
      const fd = fdOf(rt, a[0]!);
      if (fd < 0) valueError(st, `file descriptor cannot be a negative integer (${fd})`);
      if (sys_fdkind(k, st.pid, fd) === 'closed') osError(st, 9, 'Bad file descriptor');
      const i = find(fd);
      if (i < 0) osError(st, 2, 'No such file or directory');
      reg.splice(i, 1);
      const ready = (ep.dict.get('_ready') as { a: PyValue[] }).a;
      const j = ready.indexOf(fd);
      if (j >= 0) ready.splice(j, 1);
      return null;
    }
    case 'poll': {
      const a = kwArgs(st, op, args, kw, ['timeout', 'maxevents']);
      let timeoutMs: number | null = null;
      const tv = a[0];
      if (tv !== undefined && tv !== null) {
        if (!isInt(tv) && !(tv && tv.t === T.FLOAT)) typeError(st, `'${typeName(st, tv)}' object cannot be interpreted as an integer`);
        const t = toNum(tv);
        timeoutMs = t < 0 ? null : Math.ceil(t * 1000);
      }
      let maxevents = a[1] === undefined ? -1 : cInt(st, a[1]!);
      if (maxevents === -1) maxevents = 1023;
      else if (maxevents < 1) valueError(st, `maxevents must be greater than 0, got ${maxevents}`);
      // Entries whose descriptor was closed have left the interest list (as on Linux).
      for (let i = reg.length - 1; i >= 0; i--) if (sys_fdkind(k, st.pid, (reg[i] as { a: PyValue[] }).a[0] as number) === 'closed') reg.splice(i, 1);
      const fds = reg.map((e) => (e as { a: PyValue[] }).a).filter((e) => e[2] === true).map((e) => ({ fd: e[0] as number, events: (e[1] as number) & 0xffff }));
      const r = kcall(rt, 'epoll_wait', `(${self}, [${fds.map((f) => `(${f.fd}, ${f.events})`).join(', ')}], ${timeoutMs})`, () => sys_poll(k, st.pid, fds, lateBy(timeoutMs), true));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag === 'block') {
        st.pending = { op: 'epoll', wait: r.wait, deadline: r.wait.deadline, timeoutAt: null, reason: r.wait.reason.replace('poll()', 'epoll.poll()'), sock: null, data: maxevents, extra: ep };
        return BLOCKED;
      }
      return epollResult(rt, ep, r.value, maxevents);
    }
  }
  throwExc(st, 'AttributeError', `'select.epoll' object has no attribute '${op}'`);
}

function epollResult(rt: Rt, ep: PyInst, v: { fd: number; revents: number }[], maxevents: number): PyValue {
  const st = rt.st;
  const reg = (ep.dict.get('_reg') as { a: PyValue[] }).a;
  const ready = (ep.dict.get('_ready') as { a: PyValue[] }).a as number[];
  // 1. Sockets that woke up since they were last looked at join the ready list in wakeup order.
  const woken: [number, number][] = [];
  const edge = new Set<number>();
  const fresh = new Set<number>();
  for (let i = 0; i < reg.length; i++) {
    const e = (reg[i] as { a: PyValue[] }).a;
    const fd = e[0] as number;
    if (((e[1] as number) & 0x80000000) !== 0) edge.add(fd);
    if (e[4] === true) fresh.add(fd);
    const stamp = sys_wakestamp(rt.k, st.pid, fd, (e[1] as number) & 0xffff);
    if (stamp > (e[3] as number)) woken.push([stamp, fd]);
    reg[i] = tuple([e[0], e[1], e[2], Math.max(stamp, e[3] as number), false]);
  }
  woken.sort((a, b) => a[0] - b[0]);
  for (const [, fd] of woken) if (!ready.includes(fd)) ready.push(fd);
  // 2. Ready now but not listed: level-triggered fds are appended; an edge-triggered one only when
  //    it was just registered or modified (Linux queues it then if it is ready).
  const revents = new Map<number, number>();
  for (const x of v) if (x.revents !== 0 && !(x.revents & 32)) revents.set(x.fd, x.revents);
  for (const fd of revents.keys()) if (!ready.includes(fd) && (!edge.has(fd) || fresh.has(fd))) ready.push(fd);
  // 3. Report in list order; what is no longer ready leaves the list; what was reported goes to the tail.
  const out: PyValue[] = [];
  const keep: number[] = [];
  const requeue: number[] = [];
  for (const fd of ready) {
    const ev = revents.get(fd);
    if (ev === undefined) continue;
    if (out.length >= maxevents) { keep.push(fd); continue; }
    out.push(tuple([fd, ev]));
    const i = reg.findIndex((e) => (e as { a: PyValue[] }).a[0] === fd);
    const e = i >= 0 ? (reg[i] as { a: PyValue[] }).a : null;
    // EPOLLONESHOT: reported once, then disabled until modify().
    if (e !== null && ((e[1] as number) & 0x40000000) !== 0) reg[i] = tuple([e[0], e[1], false, e[3], false]);
    // EPOLLET: not queued again until the next wakeup; level-triggered: back to the tail.
    else if (!edge.has(fd)) requeue.push(fd);
  }
  ready.length = 0;
  ready.push(...keep, ...requeue);
  setResult(rt, `[${out.map((t) => `(${(t as { a: PyValue[] }).a.join(', ')})`).join(', ')}]`);
  return list(out);
}

// ---------------------------------------------------------------- module functions
export function callModuleFunc(rt: Rt, name: string, args: PyValue[], kw: Kw): PyValue {
  const st = rt.st;
  const k = rt.k;
  switch (name) {
    // socket
    case 'socket.socket': {
      if (st.version === 3) {
        if (kw) for (const kn of kw.keys()) if (!['family', 'type', 'proto', 'fileno'].includes(kn)) typeError(st, `socket.__init__() got an unexpected keyword argument '${kn}'`);
        if (args.length > 4) typeError(st, `socket.__init__() takes from 1 to 5 positional arguments but ${args.length + 1} were given`);
      }
      const get = (i: number, n: string, d: number): number => {
        const v = args.length > i ? args[i] : kw?.get(n);
        if (v === undefined || v === null) return d;
        return toIndex(st, v);
      };
      const filenoV = args.length > 3 ? args[3] : kw?.get('fileno');
      if (filenoV !== undefined && filenoV !== null) {
        // socket(fileno=fd): wrap an existing descriptor; what is not given is asked of the kernel.
        const fd = toIndex(st, filenoV);
        if (fd < 0) valueError(st, `negative file descriptor`);
        const ask = (opt: number): number => {
          const r = kcall(rt, 'getsockopt', `(1, ${opt})`, () => sys_getsockopt(k, st.pid, fd, 1, opt));
          if (r.tag === 'err') raiseErrno(rt, r.errno);
          return r.tag === 'ok' ? r.value : 0;
        };
        const family = get(0, 'family', -1) === -1 ? ask(39) : get(0, 'family', -1);
        const type = get(1, 'type', -1) === -1 ? ask(3) : get(1, 'type', -1);
        const proto = get(2, 'proto', -1) === -1 ? ask(38) : get(2, 'proto', -1);
        const ns: PySock = { t: T.SOCK, fd, family, type: type & ~(0o4000 | 0o2000000), proto, timeout: st.defaultTimeout ?? null, id: st.nextId++ };
        if (ns.timeout !== null) sys_setnonblocking(k, st.pid, fd, true);
        gcBorn(st, ns);
        return ns;
      }
      const family = get(0, 'family', 2), type = get(1, 'type', 1), proto = get(2, 'proto', 0);
      if (family !== 2 && family !== 10) osError(st, 97, 'Address family not supported by protocol');
      return newSocket(rt, family, type, proto);
    }
    case 'socket.gethostname': return strVal(st, hostNameOf(k, st.pid) ?? 'localhost');
    case 'socket.getfqdn': {
      // socket.py: the host's own name for '' (and the wildcards), then gethostbyaddr(name): its
      // first name with a dot among the name and aliases, else the name; the argument unchanged
      // when that lookup fails.
      let nm = args.length && args[0] !== null ? str(rt, args[0]).trim() : '';
      if (nm === '' || nm === '0.0.0.0' || nm === '::') nm = hostNameOf(k, st.pid) ?? 'localhost';
      try {
        const r = callModuleFunc(rt, 'socket.gethostbyaddr', [nm], null) as { a: PyValue[] };
        return r.a[0]!;
      } catch (e) {
        if (!(e instanceof PyThrow) || !isSubclass(e.exc.cls, st.types.OSError)) throw e;
        return strVal(st, nm);
      }
    }
    case 'socket.gethostbyname': {
      if (args.length !== 1) typeError(st, `gethostbyname() takes exactly 1 argument (${args.length} given)`);
      const h = args[0];
      if (typeof h !== 'string' && !(h !== null && typeof h === 'object' && (h.t === T.BYTES || h.t === T.BYTEARRAY))) {
        typeError(st, `gethostbyname() argument 1 must be str, bytes or bytearray, not ${typeName(st, h)}`);
      }
      return strVal(st, resolveHost(rt, typeof h === 'string' ? h : h.s, 2));
    }
    case 'socket.gethostbyaddr': {
      const h = str(rt, args[0]);
      const ip = resolveHost(rt, h, h.includes(':') ? 10 : 2);
      const name = hostNameFor(rt, ip);
      if (name === null) throw new PyThrow(makeExc(st, st.types['socket.herror'], [1, 'Unknown host']));
      return tuple([strVal(st, name), list([]), list([strVal(st, ip)])]);
    }
    case 'socket.gethostbyname_ex': {
      const h = str(rt, args[0]);
      const ip = resolveHost(rt, h, 2);
      return tuple([strVal(st, inetAton(h) !== null ? ip : h), list([]), list([strVal(st, ip)])]);
    }
    case 'socket.getaddrinfo': return getaddrinfo(rt, args, kw);
    case 'socket.getnameinfo': {
      // CPython: the tuple is parsed as "si|II", then the host is resolved with getaddrinfo(host,
      // str(port), AI_NUMERICHOST, SOCK_DGRAM) (a name is EAI_NONAME, a negative port EAI_SERVICE),
      // then glibc's getnameinfo: /etc/hosts name or the numeric text (an IPv6 scope as %lo or %N).
      if (args.length !== 2) typeError(st, `getnameinfo() takes exactly 2 arguments (${args.length} given)`);
      const sa = args[0];
      if (sa === null || sa === undefined || typeof sa !== 'object' || sa.t !== T.TUPLE) typeError(st, 'getnameinfo() argument 1 must be a tuple');
      const items = sa.a as PyValue[];
      const hv = items[0];
      // "s": a str (Python 2: str or unicode)
      const h = typeof hv === 'string' ? hv : st.version === 2 && hv !== null && typeof hv === 'object' && hv.t === T.BYTES ? hv.s : null;
      if (items.length < 2 || items.length > 4 || h === null) typeError(st, 'getnameinfo(): illegal sockaddr argument');
      const flags = cInt(st, args[1]);
      const port = cInt(st, items[1]);
      const uint = (v: PyValue): number => Number(BigInt.asUintN(32, typeof v === 'bigint' ? v : BigInt(toIndex(st, v))));
      const flowinfo = items.length > 2 ? uint(items[2]) : 0;
      const scope = items.length > 3 ? uint(items[3]) : 0;
      if (flowinfo > 0xfffff) throwExc(st, 'OverflowError', 'getnameinfo(): flowinfo must be 0-1048575.');
      const n4 = h.includes(':') ? null : inetAton(h);
      const v6 = n4 === null ? v6WithScope(h) : null;
      if (n4 === null && v6 === null) gaierror(rt, -2);
      if (port < 0) gaierror(rt, -8);
      if (n4 !== null && items.length !== 2) throw new PyThrow(newExc(st, 'OSError', ['IPv4 sockaddr must be 2 tuple']));
      let ip = n4 !== null ? ipv4Text(n4) : v6!.ip;
      const name = flags & 1 ? null : hostNameFor(rt, ip);
      if (name === null && flags & 8) gaierror(rt, -2);
      const sc = n4 === null ? scope || v6!.scope : 0;
      if (sc !== 0) ip += '%' + (/^fe[89ab]|^ff[0-9a-f]2:/.test(ip) && sc === 1 ? 'lo' : String(sc));
      const p16 = port & 0xffff;
      const serv = flags & 2 ? null : servByPort(p16, flags & 16 ? 'udp' : 'tcp');
      return tuple([strVal(st, name ?? ip), strVal(st, serv ?? String(p16))]);
    }
    case 'socket.getservbyname': {
      const port = servByName(str(rt, args[0]), args.length > 1 && args[1] !== null ? str(rt, args[1]) : null);
      if (port === null) throw new PyThrow(newExc(st, 'OSError', ['service/proto not found']));
      return port;
    }
    case 'socket.getservbyport': {
      const port = cInt(st, args[0]);
      if (port < 0 || port > 65535) throwExc(st, 'OverflowError', 'getservbyport: port must be 0-65535.');
      const name = servByPort(port, args.length > 1 && args[1] !== null ? str(rt, args[1]) : null);
      if (name === null) throw new PyThrow(newExc(st, 'OSError', ['port/proto not found']));
      return strVal(st, name);
    }
    case 'socket.getprotobyname': {
      const n = PROTOCOLS[str(rt, args[0])];
      if (n === undefined) throw new PyThrow(newExc(st, 'OSError', ['protocol not found']));
      return n;
    }
    case 'socket.create_connection': {
      // CPython's socket.py: try each getaddrinfo(host, port, 0, SOCK_STREAM) result in turn; a socket
      // that fails is closed; the last error is raised.
      const a = kwArgs(st, 'create_connection', args, kw, ['address', 'timeout', 'source_address', 'all_errors']);
      const addr = a[0];
      if (addr === undefined) typeError(st, "create_connection() missing 1 required positional argument: 'address'");
      const hp = toArray(rt, addr);
      if (hp.length !== 2) valueError(st, `${hp.length < 2 ? 'not enough' : 'too many'} values to unpack (expected 2${hp.length < 2 ? `, got ${hp.length}` : ''})`);
      const infos = toArray(rt, getaddrinfo(rt, [hp[0], hp[1], 0, 1], null));
      let lastErr: PyThrow | null = null;
      for (const info of infos) {
        const [af, , , , sa] = toArray(rt, info);
        const sock = newSocket(rt, toIndex(st, af), 1, 6);
        try {
          if (a[1] !== undefined) callSockMethod(rt, sock, 'settimeout', [a[1]], null);
          if (a[2] !== undefined && a[2] !== null && truthy(rt, a[2])) callSockMethod(rt, sock, 'bind', [a[2]], null);
          const fd = sock.fd;
          const ka = pyToAddr(rt, sock, sa, 'connect');
          if (hasTimeout(sock)) return timedConnect(rt, sock, ka, 'create_connection');
          const r = kcall(rt, 'connect', `(${addrRepr(ka)})`, () => sys_connect(k, st.pid, fd, ka));
          if (r.tag === 'err') raiseErrno(rt, r.errno);
          if (r.tag === 'block') {
            blockOn(rt, sock, 'create_connection', r.wait);
            st.pending!.extra = sock;
            return BLOCKED;
          }
          return sock;
        } catch (e) {
          if (!(e instanceof PyThrow) || !isSubclass(e.exc.cls, st.types.OSError)) throw e;
          lastErr = e;
          callSockMethod(rt, sock, 'close', [], null);
        }
      }
      if (lastErr !== null) throw lastErr;
      throw new PyThrow(newExc(st, 'OSError', ['getaddrinfo returns an empty list']));
    }
    case 'socket.has_dualstack_ipv6': return true;
    // The simulated host's interfaces: lo (index 1) and eth0 (index 2).
    case 'socket.if_nameindex': return list(IFACES.map((n, i) => tuple([i + 1, strVal(st, n)])));
    case 'socket.if_nametoindex': {
      const v = args[0];
      if (typeof v !== 'string' && !(v !== null && typeof v === 'object' && v.t === T.BYTES)) typeError(st, `expected str, bytes or os.PathLike object, not ${typeName(st, v)}`);
      const i = IFACES.indexOf(typeof v === 'string' ? v : v.s);
      if (i < 0) throw new PyThrow(newExc(st, 'OSError', ['no interface with this name']));
      return i + 1;
    }
    case 'socket.if_indextoname': {
      const v = args[0];
      const big = typeof v === 'bigint' ? v : BigInt(toIndex(st, v));
      if (big < 0n) throwExc(st, 'OverflowError', "can't convert negative value to unsigned int");
      const n = IFACES[Number(big) - 1];
      if (n === undefined) raiseErrno(rt, 6);
      return strVal(st, n);
    }
    // struct cmsghdr is 16 bytes; CMSG_SPACE pads the data to 8 bytes.
    case 'socket.CMSG_LEN': case 'socket.CMSG_SPACE': {
      const v = args[0];
      const big = typeof v === 'bigint' ? v : BigInt(toIndex(st, v));
      if (big > 9223372036854775807n || big < -9223372036854775808n) throwExc(st, 'OverflowError', 'Python int too large to convert to C ssize_t');
      const n = Number(big);
      const r = name === 'socket.CMSG_LEN' ? 16 + n : 16 + Math.ceil(n / 8) * 8;
      if (n < 0 || r > 2147483647) throwExc(st, 'OverflowError', `${name.slice(7)}() argument out of range`);
      return r;
    }
    case 'socket.close': {
      const fd = toIndex(st, args[0]);
      const r = kcall(rt, 'close', `(fd ${fd})`, () => sys_close(k, st.pid, fd));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      return null;
    }
    case 'socket.htons': case 'socket.ntohs': {
      const fn = name.slice(7);
      const x = cInt(st, args[0]);
      if (x < 0) throwExc(st, 'OverflowError', `${fn}: can't convert negative Python int to C 16-bit unsigned integer`);
      if (x > 0xffff) throwExc(st, 'OverflowError', `${fn}: Python int too large to convert to C 16-bit unsigned integer`);
      return ((x & 0xff) << 8) | (x >> 8);
    }
    case 'socket.htonl': case 'socket.ntohl': {
      const v = args[0];
      const big = typeof v === 'bigint' ? v : BigInt(toIndex(st, v));
      if (big < 0n) throwExc(st, 'OverflowError', "can't convert negative value to unsigned int");
      if (big >= 1n << 64n) throwExc(st, 'OverflowError', 'Python int too large to convert to C unsigned long');
      if (big >= 1n << 32n) throwExc(st, 'OverflowError', 'int larger than 32 bits');
      const x = Number(big) >>> 0;
      return (((x & 0xff) << 24) >>> 0) + ((x & 0xff00) << 8) + ((x >>> 8) & 0xff00) + (x >>> 24);
    }
    case 'socket.inet_aton': {
      if (st.version === 3 && typeof args[0] !== 'string') typeError(st, `inet_aton() argument 1 must be str, not ${typeName(st, args[0])}`);
      const n = inetAton(str(rt, args[0]));
      if (n === null) throw new PyThrow(newExc(st, 'OSError', ['illegal IP address string passed to inet_aton']));
      return bytes(String.fromCharCode(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff));
    }
    case 'socket.inet_ntoa': {
      const b = args[0];
      if (!b || (b.t !== T.BYTES && b.t !== T.BYTEARRAY)) typeError(st, `a bytes-like object is required, not '${typeName(st, b)}'`);
      if (b.s.length !== 4) throw new PyThrow(newExc(st, 'OSError', ['packed IP wrong length for inet_ntoa']));
      return strVal(st, [...b.s].map((c: string) => c.charCodeAt(0)).join('.'));
    }
    case 'socket.inet_pton': {
      if (args.length !== 2) typeError(st, `inet_pton expected 2 arguments, got ${args.length}`);
      const fam = cInt(st, args[0]);
      if (typeof args[1] !== 'string') typeError(st, `inet_pton() argument 2 must be str, not ${typeName(st, args[1])}`);
      // glibc's inet_pton: strict dotted quads (no leading zeros), no IPv6 scope; other families EAFNOSUPPORT.
      if (fam !== 2 && fam !== 10) raiseErrno(rt, 97);
      if (fam === 2) {
        const parts = dottedQuad(args[1]);
        if (parts === null) throw new PyThrow(newExc(st, 'OSError', ['illegal IP address string passed to inet_pton']));
        return bytes(String.fromCharCode(...parts));
      }
      const b = parseV6(args[1]);
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
      if (fam !== 10) valueError(st, `unknown address family ${fam}`);
      if (b.s.length !== 16) valueError(st, 'invalid length of packed IP address string');
      return strVal(st, formatV6([...b.s].map((c: string) => c.charCodeAt(0))));
    }
    case 'socket.setdefaulttimeout': {
      const v = args[0];
      if (v === null || v === undefined) { st.defaultTimeout = null; return null; }
      if (!isInt(v) && !(v && v.t === T.FLOAT)) typeError(st, `'${typeName(st, v)}' object cannot be interpreted as an integer`);
      const t = toNum(v);
      if (Number.isNaN(t)) valueError(st, 'Invalid value NaN (not a number)');
      if (t < 0) valueError(st, 'Timeout value out of range');
      st.defaultTimeout = t;
      return null;
    }
    case 'socket.getdefaulttimeout': return st.defaultTimeout === null || st.defaultTimeout === undefined ? null : float(st.defaultTimeout);
    case 'socket.create_server': {
      // CPython's socket.py create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False).
      const a = kwArgs(st, 'create_server', args.slice(0, 1), kw, ['address', 'family', 'backlog', 'reuse_port', 'dualstack_ipv6']);
      if (args.length > 1) typeError(st, `create_server() takes 1 positional argument but ${args.length} were given`);
      const family = a[1] === undefined ? 2 : toIndex(st, a[1]);
      const dual = a[4] !== undefined && truthy(rt, a[4]);
      if (dual && family !== 10) valueError(st, 'dualstack_ipv6 requires AF_INET6 family');
      const sock = callModuleFunc(rt, 'socket.socket', [family, 1], null) as PySock;
      try {
        try { callSockMethod(rt, sock, 'setsockopt', [1, 2, 1], null); } catch (e) { if (!(e instanceof PyThrow)) throw e; }
        if (a[3] !== undefined && truthy(rt, a[3])) callSockMethod(rt, sock, 'setsockopt', [1, 15, 1], null);
        if (family === 10) callSockMethod(rt, sock, 'setsockopt', [41, 26, dual ? 0 : 1], null);
        try {
          callSockMethod(rt, sock, 'bind', [a[0]!], null);
        } catch (e) {
          if (!(e instanceof PyThrow) || !isSubclass(e.exc.cls, st.types.OSError)) throw e;
          const errno = e.exc.dict.get('errno') ?? null;
          const strerr = e.exc.dict.get('strerror');
          throw new PyThrow(makeExc(st, st.types.OSError, [errno, `${strerr === undefined || strerr === null ? '' : str(rt, strerr)} (while attempting to bind on address ${repr(rt, a[0]!)})`]));
        }
        callSockMethod(rt, sock, 'listen', a[2] === undefined || a[2] === null ? [] : [a[2]], null);
        return sock;
      } catch (e) {
        callSockMethod(rt, sock, 'close', [], null);
        throw e;
      }
    }
    case 'socket.fromfd': {
      // fromfd(fd, family, type, proto=0): a dup() of the descriptor, wrapped.
      if (args.length < 3) typeError(st, `fromfd() missing ${3 - args.length} required positional argument${args.length === 2 ? '' : 's'}`);
      const fd = toIndex(st, args[0]);
      const r = kcall(rt, 'dup', `(${fd})`, () => sys_dup(k, st.pid, fd));
      if (r.tag === 'err') raiseErrno(rt, r.errno);
      if (r.tag !== 'ok') return null;
      return callModuleFunc(rt, 'socket.socket', [args[1], args[2], args[3] ?? 0, r.value], null);
    }
    case 'socket.socketpair':
      throwExc(st, 'NotImplementedError', `${name}() is not available in Socket Lab`);
      break;
    // socket.makefile() objects (their methods are builtins bound to the instance)
    case 'sockfile.read': case 'sockfile.readline': case 'sockfile.readlines': case 'sockfile.write': case 'sockfile.writelines':
    case 'sockfile.flush': case 'sockfile.close': case 'sockfile.fileno': case 'sockfile.readable': case 'sockfile.writable':
    case 'sockfile.seekable': case 'sockfile.__enter__': case 'sockfile.__exit__': case 'sockfile.isatty':
    case 'sockfile.__iter__': case 'sockfile.__next__':
      return fileOp(rt, args[0] as PyInst, name.slice(9), args.slice(1));
    // select
    case 'select.select': return selectCall(rt, args);
    case 'select.poll': return { t: T.POLL, fds: new Map() };
    case 'select.epoll': {
      // epoll(sizehint=-1, flags=0): -1 means the default; any other sizehint below 1 is refused.
      // (selectors.py keeps select.epoll as a class attribute: here it arrives bound to the selector.)
      const own = args.length > 0 && args[0] !== null && typeof args[0] === 'object' && args[0].t === T.INST ? args.slice(1) : args;
      const a = kwArgs(st, 'epoll', own, kw, ['sizehint', 'flags']);
      if (a[0] !== undefined) {
        const hint = cInt(st, a[0]);
        if (hint !== -1 && hint <= 0) valueError(st, 'negative sizehint');
      }
      if (a[1] !== undefined) cInt(st, a[1]);
      return newEpoll(rt);
    }
    case 'selectepoll.register': case 'selectepoll.modify': case 'selectepoll.unregister': case 'selectepoll.poll':
    case 'selectepoll.close': case 'selectepoll.fileno': case 'selectepoll.__enter__': case 'selectepoll.__exit__':
      return epollOp(rt, args[0] as PyInst, name.slice(12), args.slice(1), kw);
    // sys
    case 'sys.exit': throw new PyThrow(makeExc(st, st.types.SystemExit, args.length ? [args[0]] : []));
    case 'sys.getrecursionlimit': return 1000;
    case 'sys.setrecursionlimit': return null;
    case 'sys.getsizeof': return 64;
    case 'sys.intern': return args[0];
    case 'sys.getdefaultencoding': return st.version === 2 ? bytes('ascii') : 'utf-8';
    case 'sys._main': return { t: T.MODULE, name: '__main__', dict: st.globals };
    case 'sys._caller': {
      // (function name, line) of the innermost frame of the program itself (logging's funcName/lineno)
      for (let i = st.frames.length - 1; i >= 0; i--) {
        const f = st.frames[i];
        if (f.globals !== st.globals) continue;
        const code = rt.prog.codes[f.code];
        return tuple([code.name, code.lines[Math.max(0, (f.pc >> 1) - 1)] ?? 0]);
      }
      return tuple(['<module>', 0]);
    }
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
      const deadline = k.now + (t > 0 ? t * 1000 + TIMER_SLACK_MS : 0);
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
    case 'time.localtime': case 'time.gmtime': {
      const t = args.length && args[0] !== null ? toNum(args[0]) : EPOCH + k.now / 1000;
      const d = civil(t);
      const leap = (d.y % 4 === 0 && d.y % 100 !== 0) || d.y % 400 === 0;
      const yday = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][d.mo - 1] + d.d + (leap && d.mo > 2 ? 1 : 0);
      // a struct sequence: time.struct_time(tm_year=..., ...) with tm_* attributes (the zone is UTC)
      return { ...tuple([d.y, d.mo, d.d, d.h, d.mi, d.s, (d.wd + 6) % 7, yday, 0]), sname: 'time.struct_time', fields: ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'] };
    }
    // struct
    case 'struct.pack': return structPack(rt, args);
    case 'struct.unpack': return structUnpack(rt, args);
    case 'struct.calcsize': return structLayout(rt, str(rt, args[0])).size;
    // os
    case 'os.getpid': return st.pid;
    case 'os._exit': {
      if (args.length !== 1) typeError(st, `_exit() takes exactly one argument (${args.length} given)`);
      const code = toIndex(st, args[0]);
      // unwound as a SystemExit that no handler sees (vm.ts unwind), then no atexit (index.ts)
      st.hardExit = Number(BigInt.asIntN(32, BigInt(code))) & 0xff;
      throw new PyThrow(makeExc(st, st.types.SystemExit, [st.hardExit]));
    }
    case 'os.strerror': return strerror(toIndex(st, args[0]));
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

/** glibc's inet_pton4: exactly four decimal parts 0-255, no leading zeros. */
function dottedQuad(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((x) => !/^(0|[1-9]\d{0,2})$/.test(x) || Number(x) > 255)) return null;
  return parts.map(Number);
}

/** A numeric IPv6 host for getaddrinfo/getnameinfo: 'fe80::1%1' or '%lo' gives the scope id. */
function v6WithScope(h: string): { ip: string; scope: number } | null {
  const pct = h.indexOf('%');
  const b = parseV6(pct >= 0 ? h.slice(0, pct) : h);
  if (b === null) return null;
  let scope = 0;
  if (pct >= 0) {
    const z = h.slice(pct + 1);
    if (/^\d+$/.test(z)) scope = Number(BigInt.asUintN(32, BigInt(z)));
    else if (z === 'lo') scope = 1;
    else return null;
  }
  return { ip: formatV6(b), scope };
}

function parseV6(s: string): number[] | null {
  let tail: number[] = [];
  const m4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (m4) {
    const p = dottedQuad(m4[2]);
    if (p === null) return null;
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
  // glibc's inet_ntop6: a dotted IPv4 tail for IPv4-compatible (::a.b.c.d, the first six words
  // zero) and IPv4-mapped (::ffff:a.b.c.d) addresses.
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
    return `::${bestLen === 5 ? 'ffff:' : ''}${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  }
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

function strVal(st: PyState, s: string): PyValue { return st.version === 2 ? bytes(s) : s; }

// ---------------------------------------------------------------- struct
interface Field { code: string; size: number; count: number }
function structLayout(rt: Rt, fmt: string): { fields: Field[]; size: number; little: boolean } {
  const st = rt.st;
  let i = 0;
  let little = true;
  let native = true;
  if ('@=<>!'.includes(fmt[0])) { little = fmt[0] === '<' || fmt[0] === '=' || fmt[0] === '@'; native = fmt[0] === '@'; i = 1; }
  const sizes: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: native ? 8 : 4, L: native ? 8 : 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };
  // ssize_t, size_t and void * exist only in native mode
  if (native) { sizes.n = 8; sizes.N = 8; sizes.P = 8; }
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
    // 's' and 'p' are one field of `count` bytes
    const strLike = c === 's' || c === 'p';
    if (native && sz > 1) size = Math.ceil(size / sz) * sz;
    fields.push({ code: c, size: sz, count });
    size += strLike ? count : sz * count;
  }
  return { fields, size, little };
}

/** CPython 3.11's struct.error message for an integer out of range for `code`, or null. */
function structRangeMsg(code: string, size: number, native: boolean, n: bigint): string | null {
  const signed = 'bhilqn'.includes(code);
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

/** IEEE 754 half precision bits of `x`, rounded half to even as CPython's PyFloat_Pack2; -1 on overflow. */
function packHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return sign | 0x7e00;
  x = Math.abs(x);
  if (x === Infinity) return sign | 0x7c00;
  if (x === 0) return sign;
  const roundEven = (m: number): number => { const r = Math.floor(m); const d = m - r; return d > 0.5 || (d === 0.5 && r % 2 === 1) ? r + 1 : r; };
  let e = Math.floor(Math.log2(x));
  if (2 ** e > x) e--; else if (2 ** (e + 1) <= x) e++;
  // subnormal (a rounded mantissa of 0x400 is the smallest normal, which the same bits encode)
  if (e < -14) return sign | roundEven(x * 2 ** 24);
  let m = roundEven(x / 2 ** (e - 10));
  if (m === 2048) { m = 1024; e++; }
  if (e > 15) return -1;
  return sign | ((e + 15) << 10) | (m - 1024);
}

function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant ? NaN : sign * Infinity;
  return sign * (1024 + mant) * 2 ** (exp - 25);
}

function structPack(rt: Rt, args: PyValue[]): PyValue {
  const st = rt.st;
  const { fields, little } = structLayout(rt, str(rt, args[0]));
  let out = '';
  let ai = 1;
  let native = true;
  const f0 = str(rt, args[0])[0];
  if ('=<>!'.includes(f0)) native = false;
  // CPython counts the items first: 's'/'p' take one, 'x' none, the others one per repeat
  const want = fields.reduce((n, f) => n + (f.code === 'x' ? 0 : f.code === 's' || f.code === 'p' ? 1 : f.count), 0);
  if (want !== args.length - 1) throw new PyThrow(makeExc(st, st.types['struct.error'], [`pack expected ${want} items for packing (got ${args.length - 1})`]));
  for (const f of fields) {
    if (native && f.size > 1) while (out.length % f.size) out += '\0';
    if (f.code === 'x') { out += '\0'.repeat(f.count); continue; }
    if (f.code === 's' || f.code === 'p') {
      const v = args[ai++];
      const s = v && (v.t === T.BYTES || v.t === T.BYTEARRAY) ? v.s : typeof v === 'string' && st.version === 2 ? v : (() => { throw new PyThrow(makeExc(st, st.types['struct.error'], [`argument for '${f.code}' must be a bytes object`])); })();
      if (f.code === 'p') {
        // a Pascal string: a length byte (at most 255), then the data cut to count - 1 bytes
        if (f.count === 0) continue;
        const data = s.slice(0, f.count - 1);
        out += (String.fromCharCode(Math.min(data.length, 255)) + data + '\0'.repeat(f.count)).slice(0, f.count);
        continue;
      }
      out += (s + '\0'.repeat(f.count)).slice(0, f.count);
      continue;
    }
    for (let c = 0; c < f.count; c++) {
      const v = args[ai++];
      if (v === undefined) throw new PyThrow(makeExc(st, st.types['struct.error'], [`pack expected ${ai - 2} items for packing (got ${args.length - 1})`]));
      if (f.code === 'f' || f.code === 'd' || f.code === 'e') {
        if (!isInt(v) && !(v !== null && typeof v === 'object' && v.t === T.FLOAT)) throw new PyThrow(makeExc(st, st.types['struct.error'], ['required argument is not a float']));
        if (f.code === 'e') {
          const h = packHalf(toNum(v));
          if (h < 0) throwExc(st, 'OverflowError', 'float too large to pack with e format');
          const lo = String.fromCharCode(h & 0xff), hi = String.fromCharCode(h >> 8);
          out += little ? lo + hi : hi + lo;
          continue;
        }
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
    if (f.code === 's') { out.push(bytes(s.slice(off, off + f.count))); off += f.count; continue; }
    if (f.code === 'p') {
      const n = f.count ? Math.min(s.charCodeAt(off), f.count - 1) : 0;
      out.push(bytes(s.slice(off + 1, off + 1 + n)));
      off += f.count;
      continue;
    }
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
      if (f.code === 'e') { out.push(float(unpackHalf(little ? chunk.charCodeAt(0) | (chunk.charCodeAt(1) << 8) : chunk.charCodeAt(1) | (chunk.charCodeAt(0) << 8)))); continue; }
      if (!little) chunk = [...chunk].reverse().join('');
      let n = 0n;
      for (let j = f.size - 1; j >= 0; j--) n = (n << 8n) | BigInt(chunk.charCodeAt(j));
      if ('bhilqn'.includes(f.code) && n >= 1n << BigInt(f.size * 8 - 1)) n -= 1n << BigInt(f.size * 8);
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
