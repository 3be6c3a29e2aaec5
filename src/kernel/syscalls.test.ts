/**
 * Syscall semantics: every kernel-level bullet of LINUX-FACTS.md (misuse
 * errnos, ports, options, select/poll, UDP, IPv6), plus the kernel's own
 * properties (determinism, snapshots, no exceptions).
 */
import { describe, expect, it } from 'vitest';
import * as K from './syscalls';
import { blocked, dec, en, enc, flagTrace, listener, ok, pairIn, settle, sockOf, step, tcpSock, udpSock, v4, v6, world } from './testkit';

describe('file descriptors', () => {
  it('start at 3 and the lowest free one is reused', () => {
    const { k, srv } = world();
    expect([tcpSock(k, srv), tcpSock(k, srv), tcpSock(k, srv)]).toEqual([3, 4, 5]);
    ok(K.sys_close(k, srv, 4));
    expect(tcpSock(k, srv)).toBe(4);
    expect(tcpSock(k, srv)).toBe(6);
  });

  it('each process has its own table', () => {
    const { k, srv, cli } = world();
    expect(tcpSock(k, srv)).toBe(3);
    expect(tcpSock(k, cli)).toBe(3);
  });

  it('a closed fd is EBADF for every call; closing twice is EBADF at kernel level', () => {
    const { k, srv } = world();
    const fd = tcpSock(k, srv);
    ok(K.sys_close(k, srv, fd));
    expect(en(K.sys_close(k, srv, fd))).toBe('EBADF');
    expect(en(K.sys_recv(k, srv, fd, 1, 0))).toBe('EBADF');
    expect(en(K.sys_send(k, srv, fd, enc('x'), 0))).toBe('EBADF');
    expect(en(K.sys_bind(k, srv, fd, v4('', 0)))).toBe('EBADF');
    expect(en(K.sys_getsockname(k, srv, fd))).toBe('EBADF');
    expect(en(K.sys_select(k, srv, [fd], [], [], 0))).toBe('EBADF');
    expect(en(K.sys_recv(k, srv, -1, 1, 0))).toBe('EBADF');
    expect(en(K.sys_recv(k, srv, 0, 1, 0))).toBe('ENOTSOCK');
  });

  it('exitProcess closes every fd (a connected socket sends its FIN)', () => {
    const p = pairIn('ESTABLISHED');
    K.exitProcess(p.k, p.cli);
    step(p.k, 10);
    expect(p.ss().state).toBe('CLOSE-WAIT');
  });
});

describe('a blocked call holds its socket (threaded processes)', () => {
  it('without sys_threaded a close() ends the blocked call: EBADF', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    const w = blocked(K.sys_recv(k, p.srv, p.s, 10, 0));
    ok(K.sys_close(k, p.srv, p.s));
    expect(K.isReady(k, w)).toBe(true);
    expect(en(K.resume(k, w, false))).toBe('EBADF');
  });

  it('close() frees the fd but a blocked recv keeps waiting; the socket closes when it returns', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.sys_threaded(k, p.srv);
    const w = blocked(K.sys_recv(k, p.srv, p.s, 10, 0));
    ok(K.sys_close(k, p.srv, p.s));
    expect(en(K.sys_getsockname(k, p.srv, p.s))).toBe('EBADF');
    step(k, 30);
    expect(K.isReady(k, w)).toBe(false);
    // No FIN yet: the peer still sees an open connection.
    expect(p.cs().state).toBe('ESTABLISHED');
    ok(K.sys_send(k, p.cli, p.c, enc('late'), 0));
    step(k, 10);
    expect(K.isReady(k, w)).toBe(true);
    expect(dec(ok(K.resume(k, w, false)) as Uint8Array)).toBe('late');
    step(k, 30);
    expect(p.cs().state).toBe('CLOSE-WAIT');
  });

  it('a blocked accept on a closed listener still accepts; then the listener is gone', () => {
    const { k, srv, cli } = world();
    K.sys_threaded(k, srv);
    const l = listener(k, srv, 5000);
    const w = blocked(K.sys_accept(k, srv, l));
    ok(K.sys_close(k, srv, l));
    const c = tcpSock(k, cli);
    const cw = blocked(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)));
    step(k, 30);
    ok(K.resume(k, cw, false));
    expect(K.isReady(k, w)).toBe(true);
    const a = ok(K.resume(k, w, false)) as { fd: number };
    expect(a.fd).toBe(l);
    const c2 = tcpSock(k, cli);
    blocked(K.sys_connect(k, cli, c2, v4('10.0.0.1', 5000)));
    step(k, 30);
    expect(sockOf(k, cli, c2).state).toBe('CLOSED');
  });

  it('shutdown(SHUT_RDWR) wakes a blocked accept with EINVAL; SHUT_RD wakes a blocked recv with EOF', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.sys_threaded(k, p.srv);
    const wa = blocked(K.sys_accept(k, p.srv, p.l));
    ok(K.sys_shutdown(k, p.srv, p.l, K.SHUT_RDWR));
    expect(K.isReady(k, wa)).toBe(true);
    expect(en(K.resume(k, wa, false))).toBe('EINVAL');
    const wr = blocked(K.sys_recv(k, p.srv, p.s, 10, 0));
    ok(K.sys_shutdown(k, p.srv, p.s, K.SHUT_RD));
    expect(K.isReady(k, wr)).toBe(true);
    expect((ok(K.resume(k, wr, false)) as Uint8Array).length).toBe(0);
  });

  it('select on an fd closed meanwhile: woken by its socket, reports it in every set; poll says POLLNVAL', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.sys_threaded(k, p.srv);
    const w = blocked(K.sys_select(k, p.srv, [p.s], [], [p.s], 500));
    ok(K.sys_close(k, p.srv, p.s));
    expect(K.isReady(k, w)).toBe(false);
    step(k, 500);
    expect(ok(K.resume(k, w, true))).toEqual({ r: [p.s], w: [], x: [p.s] });
    step(k, 30);
    expect(p.cs().state).toBe('CLOSE-WAIT');
  });

  it('poll: woken by data for the closed fd, POLLNVAL; abandonWait drops the hold', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.sys_threaded(k, p.srv);
    const w = blocked(K.sys_poll(k, p.srv, [{ fd: p.s, events: K.POLLIN }], null));
    const s = p.ss();
    ok(K.sys_close(k, p.srv, p.s));
    ok(K.sys_send(k, p.cli, p.c, enc('x'), 0));
    step(k, 10);
    expect(K.isReady(k, w)).toBe(true);
    expect(ok(K.resume(k, w, false))).toEqual([{ fd: p.s, revents: K.POLLNVAL }]);
    // With unread data the real close sends RST.
    step(k, 10);
    expect(p.cs().state).toBe('CLOSED');
    expect(s.held).toEqual([]);
    const p2 = pairIn('ESTABLISHED');
    K.sys_threaded(p2.k, p2.srv);
    const w2 = blocked(K.sys_recv(p2.k, p2.srv, p2.s, 10, 0));
    ok(K.sys_close(p2.k, p2.srv, p2.s));
    K.abandonWait(p2.k, w2);
    step(p2.k, 30);
    expect(p2.cs().state).toBe('CLOSE-WAIT');
  });

  it('accept waiters are woken one per connection, longest waiting first', () => {
    const { k, srv, cli } = world();
    K.sys_threaded(k, srv);
    const l = listener(k, srv, 5000);
    const w1 = blocked(K.sys_accept(k, srv, l));
    const w2 = blocked(K.sys_accept(k, srv, l));
    const c = tcpSock(k, cli);
    blocked(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)));
    step(k, 30);
    expect([K.isReady(k, w1), K.isReady(k, w2)]).toEqual([true, false]);
    ok(K.resume(k, w1, false));
    const w3 = blocked(K.sys_accept(k, srv, l));
    const c2 = tcpSock(k, cli);
    blocked(K.sys_connect(k, cli, c2, v4('10.0.0.1', 5000)));
    step(k, 30);
    expect([K.isReady(k, w2), K.isReady(k, w3)]).toEqual([true, false]);
  });

  it('exitProcess drops the holds of the dying process', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.sys_threaded(k, p.srv);
    blocked(K.sys_recv(k, p.srv, p.s, 10, 0));
    ok(K.sys_close(k, p.srv, p.s));
    K.exitProcess(k, p.srv);
    step(k, 30);
    expect(p.cs().state).toBe('CLOSE-WAIT');
  });
});

describe('dup', () => {
  it('a dup()ed descriptor shares the socket; only the last close() closes it', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    const d = ok(K.sys_dup(k, p.cli, p.c));
    expect(d).toBe(p.c + 1);
    ok(K.sys_close(k, p.cli, p.c));
    step(k, 20);
    expect(p.ss().state).toBe('ESTABLISHED');
    expect(ok(K.sys_send(k, p.cli, d, enc('hi'), 0))).toBe(2);
    step(k, 20);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 10, 0)))).toBe('hi');
    // O_NONBLOCK belongs to the open file, shared by both descriptors.
    const d2 = ok(K.sys_dup(k, p.cli, d));
    ok(K.sys_setnonblocking(k, p.cli, d2, true));
    expect(ok(K.sys_isnonblocking(k, p.cli, d))).toBe(true);
    ok(K.sys_close(k, p.cli, d));
    ok(K.sys_close(k, p.cli, d2));
    step(k, 20);
    expect(p.ss().state).toBe('CLOSE-WAIT');
    expect(en(K.sys_dup(k, p.cli, d))).toBe('EBADF');
  });
});

describe('SO_RCVTIMEO / SO_SNDTIMEO', () => {
  const tv = (sec: number, usec: number): Uint8Array => {
    const b = new Uint8Array(16);
    const dv = new DataView(b.buffer);
    dv.setBigInt64(0, BigInt(sec), true);
    dv.setBigInt64(8, BigInt(usec), true);
    return b;
  };

  it('a blocking recv or accept gives up with EAGAIN at the deadline; MSG_WAITALL returns what it has', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_setsockopt(k, p.srv, p.s, K.SOL_SOCKET, K.SO_RCVTIMEO, tv(0, 250000)));
    const w = blocked(K.sys_recv(k, p.srv, p.s, 10, 0));
    expect(w.deadline).toBe(k.now + 250);
    expect(en(K.resume(k, w, true))).toBe('EAGAIN');
    ok(K.sys_send(k, p.cli, p.c, enc('ab'), 0));
    step(k, 20);
    const w2 = blocked(K.sys_recv(k, p.srv, p.s, 10, K.MSG_WAITALL));
    expect(dec(ok(K.resume(k, w2, true)) as Uint8Array)).toBe('ab');
    ok(K.sys_setsockopt(k, p.srv, p.l, K.SOL_SOCKET, K.SO_RCVTIMEO, tv(1, 0)));
    const wa = blocked(K.sys_accept(k, p.srv, p.l));
    expect(wa.deadline).toBe(k.now + 1000);
    expect(en(K.resume(k, wa, true))).toBe('EAGAIN');
    expect(en(K.sys_setsockopt(k, p.srv, p.s, K.SOL_SOCKET, K.SO_RCVTIMEO, tv(0, 1000000)))).toBe('EDOM');
    expect(en(K.sys_setsockopt(k, p.srv, p.s, K.SOL_SOCKET, K.SO_RCVTIMEO, 1))).toBe('EINVAL');
  });

  it('a blocking connect under SO_SNDTIMEO ends with EINPROGRESS; connecting again is EALREADY', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50002, 0, '127.0.0.1');
    ok(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', 50002)));
    const c = tcpSock(k, lo);
    ok(K.sys_setsockopt(k, lo, c, K.SOL_SOCKET, K.SO_SNDTIMEO, tv(0, 100000)));
    const w = blocked(K.sys_connect(k, lo, c, v4('127.0.0.1', 50002)));
    expect(w.deadline).toBe(k.now + 100);
    expect(en(K.resume(k, w, true))).toBe('EINPROGRESS');
    expect(en(K.sys_connect(k, lo, c, v4('127.0.0.1', 50002)))).toBe('EALREADY');
    void l;
  });
});

describe('epoll descriptors', () => {
  it('take a descriptor that is not a socket: ENOTSOCK for socket calls, freed by close()', () => {
    const { k, srv } = world();
    const ep = ok(K.sys_epoll_create(k, srv));
    expect(ep).toBe(3);
    expect(tcpSock(k, srv)).toBe(4);
    expect(en(K.sys_recv(k, srv, ep, 1, 0))).toBe('ENOTSOCK');
    expect(K.sys_fdkind(k, srv, ep)).toBe('epoll');
    expect(K.sys_fdkind(k, srv, 4)).toBe('socket');
    // Wakeup stamps increase with each arrival (epoll's ready-list order).
    const { k: k2, srv: s2, lo } = world();
    const l = listener(k2, s2, 50003, 5, '127.0.0.1');
    const c1 = tcpSock(k2, lo);
    ok(K.sys_connect(k2, lo, c1, v4('127.0.0.1', 50003)));
    const a1 = ok(K.sys_accept(k2, s2, l)).fd;
    const c2 = tcpSock(k2, lo);
    ok(K.sys_connect(k2, lo, c2, v4('127.0.0.1', 50003)));
    const a2 = ok(K.sys_accept(k2, s2, l)).fd;
    ok(K.sys_send(k2, lo, c2, enc('2'), 0));
    ok(K.sys_send(k2, lo, c1, enc('1'), 0));
    expect(K.sys_wakestamp(k2, s2, a2)).toBeLessThan(K.sys_wakestamp(k2, s2, a1));
    expect(K.sys_wakestamp(k2, s2, 99)).toBe(-1);
    ok(K.sys_close(k, srv, ep));
    expect(K.sys_fdkind(k, srv, ep)).toBe('closed');
    expect(tcpSock(k, srv)).toBe(3);
  });
});

describe('socket() arguments', () => {
  it('rejects bad families, types and protocols with Linux errnos', () => {
    const { k, srv } = world();
    expect(en(K.sys_socket(k, srv, 99, K.SOCK_STREAM, 0))).toBe('EAFNOSUPPORT');
    expect(en(K.sys_socket(k, srv, K.AF_INET, 77, 0))).toBe('EINVAL');
    expect(en(K.sys_socket(k, srv, K.AF_INET, 5, 0))).toBe('ESOCKTNOSUPPORT');
    expect(en(K.sys_socket(k, srv, K.AF_INET, K.SOCK_STREAM, K.IPPROTO_UDP))).toBe('EPROTONOSUPPORT');
    expect(en(K.sys_socket(k, srv, K.AF_INET, K.SOCK_DGRAM, K.IPPROTO_UDP))).toBe('ok');
    const fd = ok(K.sys_socket(k, srv, K.AF_INET, K.SOCK_STREAM | K.SOCK_NONBLOCK, 0));
    expect(ok(K.sys_isnonblocking(k, srv, fd))).toBe(true);
  });
});

describe('misuse (LINUX-FACTS: Misuse)', () => {
  it('accept on a socket that is not listening: EINVAL', () => {
    const { k, srv } = world();
    expect(en(K.sys_accept(k, srv, tcpSock(k, srv)))).toBe('EINVAL');
  });

  it('recv on an unconnected or listening socket: ENOTCONN', () => {
    const { k, srv } = world();
    expect(en(K.sys_recv(k, srv, tcpSock(k, srv), 10, 0))).toBe('ENOTCONN');
    expect(en(K.sys_recv(k, srv, listener(k, srv, 5000), 10, 0))).toBe('ENOTCONN');
  });

  it('send on an unconnected or listening TCP socket: EPIPE, not ENOTCONN', () => {
    const { k, srv } = world();
    expect(en(K.sys_send(k, srv, tcpSock(k, srv), enc('x'), 0))).toBe('EPIPE');
    expect(en(K.sys_send(k, srv, listener(k, srv, 5000), enc('x'), 0))).toBe('EPIPE');
  });

  it('getpeername and shutdown on an unconnected socket: ENOTCONN', () => {
    const { k, srv } = world();
    const fd = tcpSock(k, srv);
    expect(en(K.sys_getpeername(k, srv, fd))).toBe('ENOTCONN');
    expect(en(K.sys_shutdown(k, srv, fd, K.SHUT_RDWR))).toBe('ENOTCONN');
    // ...which still marks it shut: poll says IN|OUT|HUP.
    expect(ok(K.sys_poll(k, srv, [{ fd, events: K.POLLIN | K.POLLOUT }], 0))[0]!.revents).toBe(K.POLLIN | K.POLLOUT | K.POLLHUP);
    expect(en(K.sys_shutdown(k, srv, fd, 7))).toBe('EINVAL');
  });

  it('connect on a connected or listening socket: EISCONN', () => {
    const p = pairIn('ESTABLISHED');
    expect(en(K.sys_connect(p.k, p.cli, p.c, v4('10.0.0.1', 5000)))).toBe('EISCONN');
    expect(en(K.sys_connect(p.k, p.srv, p.l, v4('10.0.0.1', 5000)))).toBe('EISCONN');
  });

  it('a second non-blocking connect while SYN-SENT: EALREADY; after success 0, then EISCONN', () => {
    const { k, srv, cli } = world();
    listener(k, srv, 5000);
    const c = tcpSock(k, cli);
    ok(K.sys_setnonblocking(k, cli, c, true));
    expect(en(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)))).toBe('EINPROGRESS');
    expect(en(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)))).toBe('EALREADY');
    step(k, 20);
    expect(en(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)))).toBe('ok');
    expect(en(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)))).toBe('EISCONN');
  });

  it('non-blocking connect to a closed port: EINPROGRESS; readable and writable; SO_ERROR 111 once', () => {
    const { k, lo } = world();
    const c = tcpSock(k, lo);
    ok(K.sys_setnonblocking(k, lo, c, true));
    expect(en(K.sys_connect(k, lo, c, v4('127.0.0.1', 1)))).toBe('EINPROGRESS');
    expect(ok(K.sys_select(k, lo, [c], [c], [c], 0))).toEqual({ r: [c], w: [c], x: [] });
    expect(ok(K.sys_poll(k, lo, [{ fd: c, events: K.POLLIN | K.POLLOUT | K.POLLPRI }], 0))[0]!.revents).toBe(29);
    expect(ok(K.sys_getsockopt(k, lo, c, K.SOL_SOCKET, K.SO_ERROR))).toBe(111);
    expect(ok(K.sys_getsockopt(k, lo, c, K.SOL_SOCKET, K.SO_ERROR))).toBe(0);
    // The error was consumed: connecting again reports ECONNABORTED (Linux's sock_error fallback).
    expect(en(K.sys_connect(k, lo, c, v4('127.0.0.1', 1)))).toBe('ECONNABORTED');
    // After a failed connect the port number stays, the address goes back to 0.0.0.0.
    const name = ok(K.sys_getsockname(k, lo, c));
    expect(name.host).toBe('0.0.0.0');
    expect(name.port).toBeGreaterThanOrEqual(32768);
    // ...and the socket is reset: recv says ENOTCONN, not EOF.
    expect(en(K.sys_recv(k, lo, c, 1, 0))).toBe('ENOTCONN');
  });

  it('after a non-blocking refusal getsockname keeps the address until connect() reports the error', () => {
    const { k, lo } = world();
    const c = tcpSock(k, lo);
    ok(K.sys_setnonblocking(k, lo, c, true));
    K.sys_connect(k, lo, c, v4('127.0.0.1', 1));
    expect(ok(K.sys_getsockname(k, lo, c)).host).toBe('127.0.0.1');
    expect(en(K.sys_connect(k, lo, c, v4('127.0.0.1', 1)))).toBe('ECONNREFUSED');
    expect(ok(K.sys_getsockname(k, lo, c)).host).toBe('0.0.0.0');
  });

  it('shutdown(SHUT_RD) on a listener stops it and releases a port bind(0) chose', () => {
    const { k, srv, lo } = world();
    const l = tcpSock(k, srv);
    ok(K.sys_bind(k, srv, l, v4('127.0.0.1', 0)));
    ok(K.sys_listen(k, srv, l, 1));
    const port = ok(K.sys_getsockname(k, srv, l)).port;
    ok(K.sys_shutdown(k, srv, l, K.SHUT_WR));
    expect(en(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', port)))).toBe('ok');
    ok(K.sys_shutdown(k, srv, l, K.SHUT_RD));
    expect(en(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', port)))).toBe('ECONNREFUSED');
    expect(en(K.sys_accept(k, srv, l))).toBe('EINVAL');
    ok(K.sys_listen(k, srv, l, 1));
    expect(ok(K.sys_getsockname(k, srv, l)).port).not.toBe(port);
  });

  it('a socket whose connection reached TIME-WAIT answers shutdown and getpeername with ENOTCONN', () => {
    const p = pairIn('TIME-WAIT');
    expect(en(K.sys_shutdown(p.k, p.cli, p.c, K.SHUT_RD))).toBe('ENOTCONN');
    expect(en(K.sys_getpeername(p.k, p.cli, p.c))).toBe('ENOTCONN');
    expect(ok(K.sys_recv(p.k, p.cli, p.c, 10, 0)).length).toBe(0);
  });

  it('bind twice, or bind/listen on a connected socket: EINVAL; listen again changes the backlog', () => {
    const p = pairIn('ESTABLISHED');
    const { k, srv, cli } = p;
    const fd = tcpSock(k, srv);
    ok(K.sys_bind(k, srv, fd, v4('', 6000)));
    expect(en(K.sys_bind(k, srv, fd, v4('', 6001)))).toBe('EINVAL');
    expect(en(K.sys_bind(k, cli, p.c, v4('', 6002)))).toBe('EINVAL');
    expect(en(K.sys_listen(k, cli, p.c, 5))).toBe('EINVAL');
    expect(en(K.sys_listen(k, srv, p.l, 9))).toBe('ok');
    expect(sockOf(k, srv, p.l).backlog).toBe(9);
    expect(en(K.sys_bind(k, srv, p.l, v4('', 6003)))).toBe('EINVAL');
  });

  it('a second socket binding a used port: EADDRINUSE even when the first is not listening', () => {
    const { k, srv } = world();
    const a = tcpSock(k, srv);
    ok(K.sys_bind(k, srv, a, v4('0.0.0.0', 6000)));
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v4('0.0.0.0', 6000)))).toBe('EADDRINUSE');
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v4('127.0.0.1', 6000)))).toBe('EADDRINUSE');
  });

  it('SO_REUSEADDR on both: two may bind, only one may listen, and a listener blocks later binds', () => {
    const { k, srv } = world();
    const mk = (): number => {
      const fd = tcpSock(k, srv);
      ok(K.sys_setsockopt(k, srv, fd, K.SOL_SOCKET, K.SO_REUSEADDR, 1));
      return fd;
    };
    const a = mk();
    const b = mk();
    ok(K.sys_bind(k, srv, a, v4('0.0.0.0', 6000)));
    ok(K.sys_bind(k, srv, b, v4('0.0.0.0', 6000)));
    ok(K.sys_listen(k, srv, a, 5));
    expect(en(K.sys_listen(k, srv, b, 5))).toBe('EADDRINUSE');
    expect(en(K.sys_bind(k, srv, mk(), v4('0.0.0.0', 6000)))).toBe('EADDRINUSE');
    // Without the flag on the newcomer: conflict.
    const c = tcpSock(k, srv);
    expect(en(K.sys_bind(k, srv, c, v4('0.0.0.0', 6001)))).toBe('ok');
  });

  it('UDP and TCP may use the same port number', () => {
    const { k, srv } = world();
    ok(K.sys_bind(k, srv, tcpSock(k, srv), v4('', 6000)));
    expect(en(K.sys_bind(k, srv, udpSock(k, srv), v4('', 6000)))).toBe('ok');
  });

  it('binding an address the host does not have: EADDRNOTAVAIL; a wrong family: EAFNOSUPPORT', () => {
    const { k, srv } = world();
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v4('10.0.0.2', 6000)))).toBe('EADDRNOTAVAIL');
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v6('::1', 6000)))).toBe('EAFNOSUPPORT');
    expect(en(K.sys_connect(k, srv, tcpSock(k, srv), v6('::1', 6000)))).toBe('EAFNOSUPPORT');
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v4('300.1.1.1', 6000)))).toBe('EINVAL');
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v4('1.2.3.4', 70000)))).toBe('EINVAL');
  });

  it('listen and accept on a UDP socket: EOPNOTSUPP', () => {
    const { k, srv } = world();
    const u = udpSock(k, srv);
    expect(en(K.sys_listen(k, srv, u, 5))).toBe('EOPNOTSUPP');
    expect(en(K.sys_accept(k, srv, u))).toBe('EOPNOTSUPP');
  });

  it('an accepted socket is blocking even when the listener is non-blocking', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 5, '127.0.0.1');
    ok(K.sys_setnonblocking(k, srv, l, true));
    expect(en(K.sys_accept(k, srv, l))).toBe('EAGAIN');
    ok(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', 50000)));
    const a = ok(K.sys_accept(k, srv, l)).fd;
    expect(ok(K.sys_isnonblocking(k, srv, a))).toBe(false);
  });

  it('a blocking accept waits and wakes when a connection completes', () => {
    const { k, srv, cli } = world();
    const l = listener(k, srv, 5000);
    const w = blocked(K.sys_accept(k, srv, l));
    expect(w.reason).toMatch(/accept queue is empty/);
    K.sys_connect(k, cli, tcpSock(k, cli), v4('10.0.0.1', 5000));
    step(k, 29);
    expect(K.isReady(k, w)).toBe(false);
    step(k, 1);
    expect(K.isReady(k, w)).toBe(true);
    expect(ok(K.resume(k, w, false) as K.Sys<{ fd: number }>).fd).toBe(4);
  });
});

describe('ports and names', () => {
  it('before connect getsockname is 0.0.0.0:0; connect binds an even ephemeral port; bind(0) an odd one', () => {
    const { k, srv, lo } = world();
    listener(k, srv, 50000, 100, '127.0.0.1');
    for (let i = 0; i < 20; i++) {
      const c = tcpSock(k, lo);
      expect(ok(K.sys_getsockname(k, lo, c))).toEqual(v4('0.0.0.0', 0));
      ok(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000)));
      const n = ok(K.sys_getsockname(k, lo, c));
      expect(n.host).toBe('127.0.0.1');
      expect(n.port % 2).toBe(0);
      expect(n.port).toBeGreaterThanOrEqual(32768);
      expect(n.port).toBeLessThanOrEqual(60999);
      const b = tcpSock(k, lo);
      ok(K.sys_bind(k, lo, b, v4('', 0)));
      expect(ok(K.sys_getsockname(k, lo, b)).port % 2).toBe(1);
    }
  });

  it('accept() reports the client port that connect() chose; getpeername agrees', () => {
    const p = pairIn('ESTABLISHED');
    const name = ok(K.sys_getsockname(p.k, p.cli, p.c));
    expect(ok(K.sys_getpeername(p.k, p.srv, p.s))).toEqual(name);
    expect(ok(K.sys_getpeername(p.k, p.cli, p.c))).toEqual(v4('10.0.0.1', 5000));
    expect(name.host).toBe('10.0.0.2');
  });

  it('listen() on an unbound socket binds an ephemeral port', () => {
    const { k, srv } = world();
    const fd = tcpSock(k, srv);
    ok(K.sys_listen(k, srv, fd, 1));
    expect(ok(K.sys_getsockname(k, srv, fd)).port).toBeGreaterThanOrEqual(32768);
  });

  it('UDP sendto binds automatically (even when the send itself fails)', () => {
    const { k, srv } = world();
    const u = udpSock(k, srv);
    expect(en(K.sys_send(k, srv, u, enc('x'), 0))).toBe('EDESTADDRREQ');
    expect(ok(K.sys_getsockname(k, srv, u)).port).toBeGreaterThanOrEqual(32768);
    const u2 = udpSock(k, srv);
    ok(K.sys_sendto(k, srv, u2, enc('x'), 0, v4('127.0.0.1', 9)));
    expect(ok(K.sys_getsockname(k, srv, u2)).port).toBeGreaterThanOrEqual(32768);
  });

  it('IPv6 names are 4-tuples; an unbound AF_INET6 socket is (::, 0, 0, 0)', () => {
    const { k, srv } = world();
    const fd = tcpSock(k, srv, 10);
    expect(ok(K.sys_getsockname(k, srv, fd))).toEqual(v6('::', 0));
  });

  it('defaults to the lecture topology', () => {
    const k = K.createKernel({ seed: 1 });
    expect(k.hosts.map((h) => [h.name, h.addrs])).toEqual([
      ['server', ['10.0.0.1']],
      ['client', ['10.0.0.2']],
    ]);
    expect(K.lectureTopology(3).map((h) => h.addrs[0])).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']);
  });

  it('gethostbyname and hostNameOf', () => {
    const { k, srv, cli } = world();
    expect(K.gethostbyname(k, 'server')).toBe('10.0.0.1');
    expect(K.gethostbyname(k, 'localhost')).toBe('127.0.0.1');
    expect(K.gethostbyname(k, '10.0.0.3')).toBe('10.0.0.3');
    expect(K.gethostbyname(k, 'nowhere')).toBe(null);
    expect(K.hostNameOf(k, srv)).toBe('server');
    expect(K.hostNameOf(k, cli)).toBe('client1');
  });

  it('an off-link destination is ENETUNREACH', () => {
    const { k, cli } = world();
    expect(en(K.sys_connect(k, cli, tcpSock(k, cli), v4('8.8.8.8', 80)))).toBe('ENETUNREACH');
  });

  it('connect to 0.0.0.0 means this host', () => {
    const { k, srv, lo } = world();
    listener(k, srv, 50000);
    expect(en(K.sys_connect(k, lo, tcpSock(k, lo), v4('0.0.0.0', 50000)))).toBe('ok');
  });
});

describe('socket options', () => {
  it('defaults: SO_SNDBUF 16384, SO_RCVBUF 131072 (TCP); 212992 (UDP); SO_TYPE; SO_ERROR 0', () => {
    const { k, srv } = world();
    const t = tcpSock(k, srv);
    const u = udpSock(k, srv);
    const g = (fd: number, opt: number): number => ok(K.sys_getsockopt(k, srv, fd, K.SOL_SOCKET, opt));
    expect([g(t, K.SO_SNDBUF), g(t, K.SO_RCVBUF), g(u, K.SO_SNDBUF), g(u, K.SO_RCVBUF)]).toEqual([16384, 131072, 212992, 212992]);
    expect([g(t, K.SO_TYPE), g(u, K.SO_TYPE), g(t, K.SO_ERROR), g(t, K.SO_REUSEADDR), g(t, K.SO_LINGER)]).toEqual([1, 2, 0, 0, 0]);
    expect(ok(K.sys_getsockopt(k, srv, t, K.IPPROTO_TCP, K.TCP_MAXSEG))).toBe(536);
  });

  it('setsockopt SO_SNDBUF/SO_RCVBUF: Linux doubles, with minimums and the wmem_max cap', () => {
    const { k, srv } = world();
    const cases: [number, number, number][] = [
      [0, 4608, 2304],
      [1000, 4608, 2304],
      [4096, 8192, 8192],
      [100000, 200000, 200000],
      [1e9, 8388608, 8388608],
    ];
    for (const [v, snd, rcv] of cases) {
      const t = tcpSock(k, srv);
      ok(K.sys_setsockopt(k, srv, t, K.SOL_SOCKET, K.SO_SNDBUF, v));
      ok(K.sys_setsockopt(k, srv, t, K.SOL_SOCKET, K.SO_RCVBUF, v));
      expect([ok(K.sys_getsockopt(k, srv, t, K.SOL_SOCKET, K.SO_SNDBUF)), ok(K.sys_getsockopt(k, srv, t, K.SOL_SOCKET, K.SO_RCVBUF))]).toEqual([snd, rcv]);
    }
  });

  it('the send buffer grows on connect as Linux autotunes it (3939840 on loopback)', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 5, '127.0.0.1');
    const c = tcpSock(k, lo);
    ok(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000)));
    const a = ok(K.sys_accept(k, srv, l)).fd;
    expect(ok(K.sys_getsockopt(k, lo, c, K.SOL_SOCKET, K.SO_SNDBUF))).toBe(3939840);
    expect(ok(K.sys_getsockopt(k, srv, a, K.SOL_SOCKET, K.SO_SNDBUF))).toBe(3939840);
    expect(ok(K.sys_getsockopt(k, lo, c, K.SOL_SOCKET, K.SO_RCVBUF))).toBe(131072);
  });

  it('SO_LINGER round-trips as struct linger; bad options are ENOPROTOOPT', () => {
    const { k, srv } = world();
    const t = tcpSock(k, srv);
    const lg = new Uint8Array(8);
    new DataView(lg.buffer).setInt32(0, 1, true);
    new DataView(lg.buffer).setInt32(4, 5, true);
    ok(K.sys_setsockopt(k, srv, t, K.SOL_SOCKET, K.SO_LINGER, lg));
    expect(ok(K.sys_getsockopt(k, srv, t, K.SOL_SOCKET, K.SO_LINGER))).toBe(1);
    const b = ok(K.sys_getsockopt_bytes(k, srv, t, K.SOL_SOCKET, K.SO_LINGER, 8));
    expect([...b]).toEqual([1, 0, 0, 0, 5, 0, 0, 0]);
    expect(en(K.sys_setsockopt(k, srv, t, K.SOL_SOCKET, K.SO_LINGER, 1))).toBe('EINVAL');
    expect(en(K.sys_setsockopt(k, srv, t, K.SOL_SOCKET, 999, 1))).toBe('ENOPROTOOPT');
    // getsockopt passes an unknown level to the IPv4 layer, which says EOPNOTSUPP (IPv6: ENOPROTOOPT).
    expect(en(K.sys_getsockopt(k, srv, t, 999, 1))).toBe('EOPNOTSUPP');
    expect(en(K.sys_getsockopt(k, srv, tcpSock(k, srv, 10), 999, 1))).toBe('ENOPROTOOPT');
    ok(K.sys_setsockopt(k, srv, t, K.IPPROTO_TCP, K.TCP_NODELAY, 1));
    expect(ok(K.sys_getsockopt(k, srv, t, K.IPPROTO_TCP, K.TCP_NODELAY))).toBe(1);
  });

  it('stored options: defaults, ranges and read-back as measured on Linux', () => {
    const { k, srv } = world();
    const t = tcpSock(k, srv);
    const u = udpSock(k, srv);
    const get = (fd: number, lvl: number, opt: number): number | string => {
      const r = K.sys_getsockopt(k, srv, fd, lvl, opt);
      return r.tag === 'ok' ? r.value : en(r);
    };
    const set = (fd: number, lvl: number, opt: number, v: number): number | string => {
      const r = K.sys_setsockopt(k, srv, fd, lvl, opt, v);
      return r.tag === 'ok' ? get(fd, lvl, opt) : en(r);
    };
    expect([get(t, K.SOL_SOCKET, K.SO_DOMAIN), get(t, K.SOL_SOCKET, K.SO_PROTOCOL), get(u, K.SOL_SOCKET, K.SO_PROTOCOL)]).toEqual([2, 6, 17]);
    expect([get(t, K.SOL_SOCKET, K.SO_RCVLOWAT), get(t, K.SOL_SOCKET, K.SO_SNDLOWAT), get(t, K.SOL_SOCKET, K.SO_BROADCAST)]).toEqual([1, 1, 0]);
    expect([get(t, K.IPPROTO_TCP, K.TCP_KEEPIDLE), get(t, K.IPPROTO_TCP, K.TCP_KEEPINTVL), get(t, K.IPPROTO_TCP, K.TCP_KEEPCNT)]).toEqual([7200, 75, 9]);
    expect([get(t, K.IPPROTO_IP, K.IP_TTL), get(t, K.IPPROTO_IP, K.IP_TOS), get(t, K.IPPROTO_IP, 99), get(t, K.IPPROTO_IP, 60)]).toEqual([64, 0, 'EINVAL', 'ENOPROTOOPT']);
    expect([set(t, K.IPPROTO_IP, K.IP_TTL, 0), set(t, K.IPPROTO_IP, K.IP_TTL, 255), set(t, K.IPPROTO_IP, K.IP_TTL, -1)]).toEqual(['EINVAL', 255, 64]);
    // TCP keeps the two ECN bits of the TOS byte to itself.
    expect([set(t, K.IPPROTO_IP, K.IP_TOS, 0x13), set(u, K.IPPROTO_IP, K.IP_TOS, 0x13), set(t, K.IPPROTO_IP, K.IP_TOS, 256)]).toEqual([16, 19, 0]);
    expect([set(t, K.IPPROTO_TCP, K.TCP_KEEPIDLE, 0), set(t, K.IPPROTO_TCP, K.TCP_KEEPCNT, 127), set(t, K.IPPROTO_TCP, K.TCP_KEEPCNT, 128)]).toEqual(['EINVAL', 127, 'EINVAL']);
    expect([set(t, K.IPPROTO_TCP, K.TCP_MAXSEG, 87), set(t, K.IPPROTO_TCP, K.TCP_MAXSEG, 88), set(t, K.IPPROTO_TCP, K.TCP_MAXSEG, 0)]).toEqual(['EINVAL', 88, 536]);
    expect([set(t, K.SOL_SOCKET, K.SO_RCVLOWAT, -1), set(t, K.SOL_SOCKET, K.SO_RCVLOWAT, 0)]).toEqual([16777216, 1]);
    // Read-only options, and TCP options on UDP (setsockopt ENOPROTOOPT, getsockopt EOPNOTSUPP).
    expect([set(t, K.SOL_SOCKET, K.SO_TYPE, 1), set(t, K.SOL_SOCKET, K.SO_SNDLOWAT, 1), set(u, K.IPPROTO_TCP, K.TCP_NODELAY, 1)]).toEqual(['ENOPROTOOPT', 'ENOPROTOOPT', 'ENOPROTOOPT']);
    expect(get(u, K.IPPROTO_TCP, K.TCP_NODELAY)).toBe('EOPNOTSUPP');
    // Buffer sizes are clamped as unsigned: -1 asks for the most.
    expect(set(t, K.SOL_SOCKET, K.SO_SNDBUF, -1)).toBe(8388608);
  });

  it('accepted sockets inherit the listener options; TCP_MAXSEG on loopback is half the first window', () => {
    const { k, srv, lo } = world();
    const l = tcpSock(k, srv);
    ok(K.sys_setsockopt(k, srv, l, K.IPPROTO_TCP, K.TCP_KEEPIDLE, 30));
    ok(K.sys_setsockopt(k, srv, l, K.IPPROTO_IP, K.IP_TTL, 9));
    ok(K.sys_bind(k, srv, l, v4('127.0.0.1', 50001)));
    ok(K.sys_listen(k, srv, l, 5));
    const c = tcpSock(k, lo);
    ok(K.sys_connect(k, lo, c, v4('127.0.0.1', 50001)));
    const a = ok(K.sys_accept(k, srv, l)).fd;
    expect([ok(K.sys_getsockopt(k, srv, a, K.IPPROTO_TCP, K.TCP_KEEPIDLE)), ok(K.sys_getsockopt(k, srv, a, K.IPPROTO_IP, K.IP_TTL))]).toEqual([30, 9]);
    expect(ok(K.sys_getsockopt(k, lo, c, K.IPPROTO_TCP, K.TCP_MAXSEG))).toBe(32741);
    // The accepted side saw a scaled window in the handshake's last ACK; the client sees one in the next segment.
    expect(ok(K.sys_getsockopt(k, srv, a, K.IPPROTO_TCP, K.TCP_MAXSEG))).toBe(32768);
    ok(K.sys_send(k, srv, a, enc('w'), 0));
    expect(ok(K.sys_getsockopt(k, lo, c, K.IPPROTO_TCP, K.TCP_MAXSEG))).toBe(32768);
    // tcp_info's first byte is the state (1 = TCP_ESTABLISHED, 10 = TCP_LISTEN).
    expect(ok(K.sys_getsockopt_bytes(k, lo, c, K.IPPROTO_TCP, K.TCP_INFO, 8))[0]).toBe(1);
    expect(ok(K.sys_getsockopt(k, srv, l, K.IPPROTO_TCP, K.TCP_INFO))).toBe(10);
  });
});

describe('select and poll (LINUX-FACTS: select)', () => {
  it('nothing ready with timeout 0 returns empty sets; a timeout blocks until its deadline', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    expect(ok(K.sys_select(k, p.srv, [p.s], [], [], 0))).toEqual({ r: [], w: [], x: [] });
    const w = blocked(K.sys_select(k, p.srv, [p.s], [], [], 100));
    expect(w.deadline).toBe(k.now + 100);
    expect(K.isReady(k, w)).toBe(false);
    step(k, 100);
    expect(K.isReady(k, w)).toBe(true);
    expect(ok(K.resume(k, w, true))).toEqual({ r: [], w: [], x: [] });
    expect(en(K.sys_select(k, p.srv, [p.s], [], [], -1))).toBe('EINVAL');
  });

  it('wakes a blocked select when data arrives', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    const w = blocked(K.sys_select(k, p.srv, [p.l, p.s], [], [], null));
    ok(K.sys_send(k, p.cli, p.c, enc('x'), 0));
    step(k, 10);
    expect(K.isReady(k, w)).toBe(true);
    expect(ok(K.resume(k, w, false))).toEqual({ r: [p.s], w: [], x: [] });
  });

  it('a listening socket is never writable and readable only while a connection is pending', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 5, '127.0.0.1');
    expect(ok(K.sys_select(k, srv, [l], [l], [l], 0))).toEqual({ r: [], w: [], x: [] });
    ok(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', 50000)));
    expect(ok(K.sys_select(k, srv, [l], [l], [l], 0))).toEqual({ r: [l], w: [], x: [] });
    ok(K.sys_accept(k, srv, l));
    expect(ok(K.sys_select(k, srv, [l], [l], [l], 0))).toEqual({ r: [], w: [], x: [] });
  });

  it('a fresh TCP socket is readable and writable (poll: POLLOUT|POLLHUP); a connected one writable', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    const f = tcpSock(k, p.srv);
    expect(ok(K.sys_select(k, p.srv, [f], [f], [f], 0))).toEqual({ r: [f], w: [f], x: [] });
    expect(ok(K.sys_poll(k, p.srv, [{ fd: f, events: K.POLLIN | K.POLLOUT }], 0))).toEqual([{ fd: f, revents: 20 }]);
    expect(ok(K.sys_select(k, p.srv, [p.s], [p.s], [p.s], 0))).toEqual({ r: [], w: [p.s], x: [] });
  });

  it('a connected socket becomes unwritable when its send buffer is full', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_setnonblocking(k, p.cli, p.c, true));
    ok(K.sys_send(k, p.cli, p.c, new Uint8Array(10_000_000), 0));
    expect(ok(K.sys_select(k, p.cli, [], [p.c], [], 0)).w).toEqual([]);
  });

  it("a peer's FIN makes the socket readable and writable, not exceptional (poll IN|OUT)", () => {
    const p = pairIn('CLOSE-WAIT');
    expect(ok(K.sys_select(p.k, p.srv, [p.s], [p.s], [p.s], 0))).toEqual({ r: [p.s], w: [p.s], x: [] });
    expect(ok(K.sys_poll(p.k, p.srv, [{ fd: p.s, events: K.POLLIN | K.POLLOUT }], 0))[0]!.revents).toBe(5);
  });

  it("a peer's RST makes it readable and writable, not exceptional (poll IN|OUT|ERR|HUP)", () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_send(k, p.cli, p.c, enc('unread'), 0));
    step(k, 10);
    ok(K.sys_close(k, p.srv, p.s));
    step(k, 10);
    expect(ok(K.sys_select(k, p.cli, [p.c], [p.c], [p.c], 0))).toEqual({ r: [p.c], w: [p.c], x: [] });
    expect(ok(K.sys_poll(k, p.cli, [{ fd: p.c, events: K.POLLIN | K.POLLOUT | K.POLLPRI }], 0))[0]!.revents).toBe(29);
  });

  it('fds of 1024 and above are refused by select (EINVAL) but poll works with them', () => {
    const { k, srv } = world();
    let fd = 0;
    for (let i = 0; i < 1022; i++) fd = tcpSock(k, srv);
    expect(fd).toBe(1024);
    expect(en(K.sys_select(k, srv, [fd], [], [], 0))).toBe('EINVAL');
    expect(ok(K.sys_poll(k, srv, [{ fd, events: K.POLLOUT }], 0))).toEqual([{ fd, revents: K.POLLOUT | K.POLLHUP }]);
  });

  it('poll reports POLLNVAL for a closed fd and ignores negative fds; it blocks until ready', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    expect(ok(K.sys_poll(k, p.srv, [{ fd: 99, events: K.POLLIN }, { fd: -1, events: K.POLLIN }], 0))).toEqual([{ fd: 99, revents: K.POLLNVAL }]);
    const w = blocked(K.sys_poll(k, p.srv, [{ fd: p.s, events: K.POLLIN }], null));
    ok(K.sys_send(k, p.cli, p.c, enc('x'), 0));
    step(k, 10);
    expect(K.isReady(k, w)).toBe(true);
    expect(ok(K.resume(k, w, false))).toEqual([{ fd: p.s, revents: K.POLLIN }]);
  });
});

describe('urgent data', () => {
  it('MSG_OOB marks one byte urgent: URG on the wire, select exceptional, recv(MSG_OOB) reads it', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    expect(en(K.sys_recv(k, p.srv, p.s, 1, K.MSG_OOB))).toBe('EINVAL');
    ok(K.sys_send(k, p.cli, p.c, enc('ab'), 0));
    K.drainEvents(k);
    ok(K.sys_send(k, p.cli, p.c, enc('!'), K.MSG_OOB));
    expect(flagTrace(K.drainEvents(k))).toEqual(['PSH|ACK|URG:1']);
    step(k, 10);
    expect(ok(K.sys_select(k, p.srv, [p.s], [], [p.s], 0))).toEqual({ r: [p.s], w: [], x: [p.s] });
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 1, K.MSG_OOB)))).toBe('!');
    expect(ok(K.sys_select(k, p.srv, [], [], [p.s], 0)).x).toEqual([]);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 10, 0)))).toBe('ab');
    expect(en(K.sys_sendto(k, p.cli, udpSock(k, p.cli), enc('x'), K.MSG_OOB, v4('10.0.0.1', 9)))).toBe('EOPNOTSUPP');
  });
});

describe('UDP (LINUX-FACTS: UDP)', () => {
  it('the limited broadcast needs SO_BROADCAST (EACCES); bind accepts broadcast and multicast addresses', () => {
    const { k, srv } = world();
    const u = udpSock(k, srv);
    expect(en(K.sys_sendto(k, srv, u, enc('b'), 0, v4('255.255.255.255', 9)))).toBe('EACCES');
    expect(en(K.sys_connect(k, srv, u, v4('255.255.255.255', 9)))).toBe('EACCES');
    ok(K.sys_setsockopt(k, srv, u, K.SOL_SOCKET, K.SO_BROADCAST, 1));
    expect(ok(K.sys_sendto(k, srv, u, enc('bc'), 0, v4('255.255.255.255', 9)))).toBe(2);
    expect(ok(K.sys_sendto(k, srv, udpSock(k, srv), enc('m'), 0, v4('224.0.0.1', 9)))).toBe(1);
    ok(K.sys_bind(k, srv, udpSock(k, srv), v4('224.0.0.1', 0)));
    ok(K.sys_bind(k, srv, tcpSock(k, srv), v4('255.255.255.255', 0)));
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v4('8.8.8.8', 0)))).toBe('EADDRNOTAVAIL');
  });

  it('keeps datagram boundaries, including empty datagrams; a short read truncates', () => {
    const { k, srv, cli } = world();
    const r = udpSock(k, srv);
    ok(K.sys_bind(k, srv, r, v4('', 9000)));
    const s = udpSock(k, cli);
    ok(K.sys_sendto(k, cli, s, enc('0123456789'), 0, v4('10.0.0.1', 9000)));
    ok(K.sys_sendto(k, cli, s, enc(''), 0, v4('10.0.0.1', 9000)));
    ok(K.sys_sendto(k, cli, s, enc('abc'), 0, v4('10.0.0.1', 9000)));
    step(k, 10);
    expect(dec(ok(K.sys_recv(k, srv, r, 4, K.MSG_PEEK)))).toBe('0123');
    const first = ok(K.sys_recvfrom(k, srv, r, 4, 0));
    expect(dec(first.data)).toBe('0123');
    expect(first.addr).toEqual(v4('10.0.0.2', ok(K.sys_getsockname(k, cli, s)).port));
    expect(ok(K.sys_recv(k, srv, r, 100, 0)).length).toBe(0);
    expect(dec(ok(K.sys_recv(k, srv, r, 100, 0)))).toBe('abc');
    expect(en(K.sys_recv(k, srv, r, 100, K.MSG_DONTWAIT))).toBe('EAGAIN');
  });

  it('MSG_TRUNC: UDP returns the real datagram length, TCP counts bytes without copying them', () => {
    const { k, srv, cli } = world();
    const r = udpSock(k, srv);
    ok(K.sys_bind(k, srv, r, v4('', 9000)));
    const s = udpSock(k, cli);
    ok(K.sys_sendto(k, cli, s, enc('0123456789'), 0, v4('10.0.0.1', 9000)));
    ok(K.sys_sendto(k, cli, s, enc('abc'), 0, v4('10.0.0.1', 9000)));
    step(k, 10);
    const peeked = ok(K.sys_recv(k, srv, r, 4, K.MSG_TRUNC | K.MSG_PEEK));
    expect(peeked.length).toBe(10);
    expect(dec(peeked.subarray(0, 4))).toBe('0123');
    const got = ok(K.sys_recvfrom(k, srv, r, 4, K.MSG_TRUNC));
    expect([got.data.length, got.trunc]).toEqual([10, true]);
    expect(dec(ok(K.sys_recv(k, srv, r, 10, K.MSG_TRUNC)))).toBe('abc');
    const p = pairIn('ESTABLISHED');
    ok(K.sys_send(p.k, p.cli, p.c, enc('abcdefgh'), 0));
    step(p.k, 10);
    expect(Array.from(ok(K.sys_recv(p.k, p.srv, p.s, 3, K.MSG_TRUNC)))).toEqual([0, 0, 0]);
    expect(dec(ok(K.sys_recv(p.k, p.srv, p.s, 10, 0)))).toBe('defgh');
  });

  it('ICMP port unreachable: the next recv and send on a connected socket fail with ECONNREFUSED once', () => {
    const { k, lo } = world();
    const u = udpSock(k, lo);
    ok(K.sys_connect(k, lo, u, v4('127.0.0.1', 9999)));
    K.drainEvents(k);
    ok(K.sys_send(k, lo, u, enc('ping'), 0));
    expect(flagTrace(K.drainEvents(k))).toEqual(['UDP', 'ICMP']);
    expect(en(K.sys_recv(k, lo, u, 100, K.MSG_DONTWAIT))).toBe('ECONNREFUSED');
    expect(en(K.sys_recv(k, lo, u, 100, K.MSG_DONTWAIT))).toBe('EAGAIN');
    ok(K.sys_send(k, lo, u, enc('ping'), 0));
    expect(en(K.sys_send(k, lo, u, enc('ping'), 0))).toBe('ECONNREFUSED');
  });

  it('an unconnected socket ignores ICMP port unreachable', () => {
    const { k, lo } = world();
    const u = udpSock(k, lo);
    ok(K.sys_sendto(k, lo, u, enc('ping'), 0, v4('127.0.0.1', 9999)));
    expect(en(K.sys_recv(k, lo, u, 100, K.MSG_DONTWAIT))).toBe('EAGAIN');
  });

  it('a blocked recvfrom wakes on a datagram; fresh UDP poll is POLLOUT only; EMSGSIZE for huge datagrams', () => {
    const { k, srv, cli } = world();
    const r = udpSock(k, srv);
    ok(K.sys_bind(k, srv, r, v4('', 9000)));
    expect(ok(K.sys_poll(k, srv, [{ fd: r, events: K.POLLIN | K.POLLOUT }], 0))).toEqual([{ fd: r, revents: K.POLLOUT }]);
    const w = blocked(K.sys_recvfrom(k, srv, r, 100, 0));
    const s = udpSock(k, cli);
    ok(K.sys_sendto(k, cli, s, enc('hi'), 0, v4('10.0.0.1', 9000)));
    step(k, 10);
    expect(K.isReady(k, w)).toBe(true);
    expect(dec((ok(K.resume(k, w, false)) as { data: Uint8Array }).data)).toBe('hi');
    expect(en(K.sys_sendto(k, cli, s, new Uint8Array(70000), 0, v4('10.0.0.1', 9000)))).toBe('EMSGSIZE');
    expect(en(K.sys_sendto(k, cli, s, enc('x'), 0, v4('10.0.0.1', 0)))).toBe('EINVAL');
  });
});

describe('IPv6', () => {
  it('connects over ::1 with 4-tuple addresses', () => {
    const { k, srv, lo } = world();
    const l = tcpSock(k, srv, 10);
    ok(K.sys_bind(k, srv, l, v6('::1', 7000)));
    ok(K.sys_listen(k, srv, l, 5));
    const c = tcpSock(k, lo, 10);
    ok(K.sys_connect(k, lo, c, v6('::1', 7000)));
    const a = ok(K.sys_accept(k, srv, l));
    expect(a.addr).toEqual(v6('::1', ok(K.sys_getsockname(k, lo, c)).port));
  });

  it('a listener bound to ::1 only refuses connections to 127.0.0.1', () => {
    const { k, srv, lo } = world();
    const l = tcpSock(k, srv, 10);
    ok(K.sys_bind(k, srv, l, v6('::1', 7000)));
    ok(K.sys_listen(k, srv, l, 5));
    expect(en(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', 7000)))).toBe('ECONNREFUSED');
  });

  it('a dual-stack listener on :: accepts IPv4 clients as ::ffff: addresses and blocks the v4 port', () => {
    const { k, srv, lo } = world();
    const l = tcpSock(k, srv, 10);
    ok(K.sys_bind(k, srv, l, v6('::', 7000)));
    ok(K.sys_listen(k, srv, l, 5));
    ok(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', 7000)));
    const a = ok(K.sys_accept(k, srv, l));
    expect(a.addr.host).toBe('::ffff:127.0.0.1');
    expect(ok(K.sys_getsockname(k, srv, a.fd)).host).toBe('::ffff:127.0.0.1');
    expect(en(K.sys_bind(k, srv, tcpSock(k, srv), v4('127.0.0.1', 7000)))).toBe('EADDRINUSE');
  });

  it('canonicalises IPv6 text', () => {
    const { k, srv } = world();
    const fd = tcpSock(k, srv, 10);
    ok(K.sys_bind(k, srv, fd, v6('0:0:0:0:0:0:0:1', 7001)));
    expect(ok(K.sys_getsockname(k, srv, fd)).host).toBe('::1');
  });
});

describe('errno table', () => {
  it('has Linux numbers and glibc messages', () => {
    const want: [string, number, string][] = [
      ['EBADF', 9, 'Bad file descriptor'],
      ['EAGAIN', 11, 'Resource temporarily unavailable'],
      ['EINVAL', 22, 'Invalid argument'],
      ['EPIPE', 32, 'Broken pipe'],
      ['ENOTSOCK', 88, 'Socket operation on non-socket'],
      ['EDESTADDRREQ', 89, 'Destination address required'],
      ['EMSGSIZE', 90, 'Message too long'],
      ['EOPNOTSUPP', 95, 'Operation not supported'],
      ['EAFNOSUPPORT', 97, 'Address family not supported by protocol'],
      ['EADDRINUSE', 98, 'Address already in use'],
      ['EADDRNOTAVAIL', 99, 'Cannot assign requested address'],
      ['ECONNRESET', 104, 'Connection reset by peer'],
      ['EISCONN', 106, 'Transport endpoint is already connected'],
      ['ENOTCONN', 107, 'Transport endpoint is not connected'],
      ['ETIMEDOUT', 110, 'Connection timed out'],
      ['ECONNREFUSED', 111, 'Connection refused'],
      ['EALREADY', 114, 'Operation already in progress'],
      ['EINPROGRESS', 115, 'Operation now in progress'],
    ];
    for (const [name, n, msg] of want) {
      expect(K.ERRNO[name as K.ErrnoName]).toBe(n);
      expect(K.errnoName(n)).toBe(name);
      expect(K.strerror(n)).toBe(msg);
    }
  });
});

describe('kernel properties', () => {
  const script = (seed: number): string => {
    const w = world(10, seed);
    const { k, srv, cli } = w;
    const l = listener(k, srv, 5000);
    const c = tcpSock(k, cli);
    K.sys_connect(k, cli, c, v4('10.0.0.1', 5000));
    settle(k, 100);
    const a = ok(K.sys_accept(k, srv, l)).fd;
    ok(K.sys_send(k, cli, c, new Uint8Array(3000).fill(7), 0));
    settle(k, 100);
    ok(K.sys_recv(k, srv, a, 5000, 0));
    ok(K.sys_close(k, cli, c));
    ok(K.sys_close(k, srv, a));
    settle(k, 70_000);
    return JSON.stringify(K.drainEvents(k), (_key, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
  };

  it('is deterministic: same seed, same trace', () => {
    expect(script(3)).toBe(script(3));
    expect(script(3)).not.toBe(script(4));
  });

  it('is structuredClone-able, and a clone continues exactly like the original', () => {
    const p = pairIn('ESTABLISHED');
    ok(K.sys_send(p.k, p.cli, p.c, enc('hello'), 0));
    const snap = structuredClone(p.k);
    expect(K.drainEvents(snap)).toEqual([]);
    const run = (k: K.Kernel): string => {
      step(k, 10);
      const r = ok(K.sys_recv(k, p.srv, p.s, 100, 0));
      ok(K.sys_close(k, p.srv, p.s));
      settle(k, 1000);
      return dec(r) + JSON.stringify(K.listSockets(k));
    };
    K.drainEvents(p.k);
    expect(run(snap)).toBe(run(p.k));
  });

  it('snapshots stay small: delivered segments and the event log are not in the state', () => {
    const p = pairIn('ESTABLISHED');
    for (let i = 0; i < 50; i++) {
      ok(K.sys_send(p.k, p.cli, p.c, enc('Hello Server!'), 0));
      step(p.k, 30);
      ok(K.sys_recv(p.k, p.srv, p.s, 100, 0));
    }
    expect(p.k.wire.length).toBe(0);
    expect(p.k.local.length).toBe(0);
    expect(JSON.stringify(structuredClone(p.k), (_key, v: unknown) => (v instanceof Map ? [...v] : v instanceof Uint8Array ? v.length : v)).length).toBeLessThan(20000);
  });

  it('every event carries a cause; syscall events name the process and call', () => {
    const p = pairIn('ESTABLISHED');
    K.drainEvents(p.k);
    K.setCause(p.k, { pid: p.cli, syscall: 'program', line: 12 });
    ok(K.sys_send(p.k, p.cli, p.c, enc('x'), 0));
    K.setCause(p.k, null);
    step(p.k, 10);
    const ev = K.drainEvents(p.k);
    expect(ev.every((e) => e.cause !== null)).toBe(true);
    const sc = ev.find((e) => e.t === 'syscall')!;
    expect(sc.cause).toEqual({ pid: p.cli, syscall: 'send', line: 12 });
    const delivered = ev.find((e) => e.t === 'segment' && e.what === 'delivered')!;
    expect(delivered.cause).toEqual({ timer: 'delivery' });
    expect(ev.some((e) => e.t === 'queue' && e.queue === 'recv' && e.op === 'add')).toBe(true);
  });

  it('never throws: garbage arguments come back as errnos', () => {
    const { k, srv } = world();
    const fd = tcpSock(k, srv);
    const bad = [null, undefined, 'x', {}, { family: 2 }, { family: 2, host: 5, port: 'a' }] as unknown as K.SockAddr[];
    for (const a of bad) {
      expect(K.sys_bind(k, srv, fd, a).tag).toBe('err');
      expect(K.sys_connect(k, srv, fd, a).tag).toBe('err');
    }
    expect(K.sys_send(k, srv, fd, 'text' as unknown as Uint8Array, 0).tag).toBe('err');
    expect(K.sys_recv(k, srv, fd, NaN, 0).tag).toBe('err');
    expect(K.sys_recv(k, 12345, fd, 1, 0).tag).toBe('err');
    expect(K.sys_socket(k, 12345, 2, 1, 0).tag).toBe('err');
    expect(K.sys_select(k, srv, [NaN], [], [], 0).tag).toBe('err');
    expect(K.sys_poll(k, srv, [], 'x' as unknown as number).tag).toBe('err');
    expect(K.sys_poll(k, srv, [], NaN).tag).toBe('err');
    expect(K.sys_select(k, srv, [], [], [], 'x' as unknown as number).tag).toBe('err');
    expect(() => K.resume(k, { pid: srv, op: 'recv', fd: 99, args: null, deadline: null, reason: '' }, false)).not.toThrow();
    expect(() => K.isReady(k, { pid: srv, op: 'select', args: null, deadline: null, reason: '' })).not.toThrow();
  });

  it('listSockets describes sockets for the UI', () => {
    const p = pairIn('ESTABLISHED');
    ok(K.sys_send(p.k, p.cli, p.c, enc('peek me'), 0));
    step(p.k, 10);
    const rows = K.listSockets(p.k);
    const srvConn = rows.find((r) => r.host === 'server' && r.state === 'ESTABLISHED')!;
    expect(srvConn).toMatchObject({ pid: p.srv, fd: p.s, family: 'AF_INET', type: 'SOCK_STREAM', local: '10.0.0.1:5000', recvBytes: 7, recvPreview: 'peek me', eofReceived: false, nonblocking: false });
    const l = rows.find((r) => r.state === 'LISTEN')!;
    expect(l).toMatchObject({ backlog: 5, synQueue: 0, acceptQueue: [] });
  });
});
