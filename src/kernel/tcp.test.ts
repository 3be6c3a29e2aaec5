/**
 * TCP state machine, one transition at a time, from per-state fixtures.
 */
import { describe, expect, it } from 'vitest';
import * as K from './syscalls';
import { ACK, FIN, PSH, RST, SYN } from './types';
import { blocked, dec, en, enc, flagTrace, listener, ok, pairIn, sentSegments, settle, sockOf, step, tcpSock, v4, world } from './testkit';

describe('three-way handshake (10 ms link)', () => {
  it('CLOSED -> SYN-SENT: connect() sends a SYN and blocks', () => {
    const p = pairIn('SYN-SENT');
    expect(p.cs().state).toBe('SYN-SENT');
    const segs = sentSegments(K.drainEvents(p.k)).filter((s) => s.sport === p.cs().localPort);
    expect(segs.map((s) => s.flags)).toEqual([SYN]);
    expect(segs[0]!.seq).toBe(p.cs().iss);
  });

  it('LISTEN -> SYN-RECEIVED: the SYN creates a request in the SYN queue and a SYN-ACK', () => {
    const p = pairIn('SYN-RECEIVED');
    const l = sockOf(p.k, p.srv, p.l);
    expect(l.state).toBe('LISTEN');
    expect(l.synQ.length).toBe(1);
    const child = p.k.socks.get(l.synQ[0]!)!;
    expect(child.state).toBe('SYN-RECEIVED');
    const segs = sentSegments(K.drainEvents(p.k));
    const synack = segs.find((s) => s.flags === (SYN | ACK))!;
    expect(synack.ack).toBe((p.cs().iss + 1) >>> 0);
    expect(K.listSockets(p.k, 'server').find((s) => s.state === 'LISTEN')!.synQueue).toBe(1);
  });

  it('SYN-SENT -> ESTABLISHED and SYN-RECEIVED -> ESTABLISHED; the child moves to the accept queue', () => {
    const w = world();
    const { k, srv, cli } = w;
    const l = listener(k, srv, 5000);
    const c = tcpSock(k, cli);
    const wait = blocked(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)));
    expect(wait.op).toBe('connect');
    expect(K.isReady(k, wait)).toBe(false);
    step(k, 20);
    expect(sockOf(k, cli, c).state).toBe('ESTABLISHED');
    expect(K.isReady(k, wait)).toBe(true);
    expect(K.resume(k, wait, false)).toEqual({ tag: 'ok', value: 0 });
    expect(sockOf(k, srv, l).acceptQ.length).toBe(0);
    step(k, 10);
    expect(sockOf(k, srv, l).acceptQ.length).toBe(1);
    const a = ok(K.sys_accept(k, srv, l));
    expect(a.fd).toBe(4);
    expect(a.addr).toEqual(v4('10.0.0.2', sockOf(k, cli, c).localPort));
    expect(sockOf(k, srv, a.fd).state).toBe('ESTABLISHED');
  });

  it('segments take latencyMs to cross the link', () => {
    const p = pairIn('ESTABLISHED');
    K.drainEvents(p.k);
    ok(K.sys_send(p.k, p.cli, p.c, enc('x'), 0));
    const ev = K.drainEvents(p.k).filter((e) => e.t === 'segment');
    const sent = ev.find((e) => e.t === 'segment' && e.what === 'sent')!;
    expect(sent.t === 'segment' && sent.seg.deliverAt - sent.seg.sentAt).toBe(10);
    step(p.k, 9);
    expect(p.ss().recvLen).toBe(0);
    step(p.k, 1);
    expect(p.ss().recvLen).toBe(1);
  });

  it('initial sequence numbers come from the seed', () => {
    const a = pairIn('ESTABLISHED');
    const b = pairIn('ESTABLISHED');
    expect(a.cs().iss).toBe(b.cs().iss);
    const w = world(10, 99);
    listener(w.k, w.srv, 5000);
    const c = tcpSock(w.k, w.cli);
    K.sys_connect(w.k, w.cli, c, v4('10.0.0.1', 5000));
    expect(sockOf(w.k, w.cli, c).iss).not.toBe(a.cs().iss);
  });

  it('on loopback connect() completes before accept(), with the packets Linux sends', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 5, '127.0.0.1');
    const c = tcpSock(k, lo);
    K.drainEvents(k);
    expect(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000))).toEqual({ tag: 'ok', value: 0 });
    expect(sockOf(k, srv, l).acceptQ.length).toBe(1);
    ok(K.sys_send(k, lo, c, enc('Hello Server!'), 0));
    const a = ok(K.sys_accept(k, srv, l)).fd;
    expect(dec(ok(K.sys_recv(k, srv, a, 4096, K.MSG_DONTWAIT)))).toBe('Hello Server!');
    ok(K.sys_close(k, lo, c));
    expect(dec(ok(K.sys_recv(k, srv, a, 4096, 0)))).toBe('');
    ok(K.sys_close(k, srv, a));
    // The ACK of the FIN is delayed, so the server's FIN-ACK carries it.
    expect(flagTrace(K.drainEvents(k))).toEqual(['SYN', 'SYN|ACK', 'ACK', 'PSH|ACK:13', 'ACK', 'FIN|ACK', 'FIN|ACK', 'ACK']);
  });

  it('when the server closes later than 40 ms, the FIN gets its own ACK (the LINUX-FACTS trace)', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 5, '127.0.0.1');
    const c = tcpSock(k, lo);
    K.drainEvents(k);
    ok(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000)));
    const a = ok(K.sys_accept(k, srv, l)).fd;
    ok(K.sys_send(k, lo, c, enc('Hello Server!'), 0));
    ok(K.sys_recv(k, srv, a, 4096, 0));
    ok(K.sys_close(k, lo, c));
    expect(K.listSockets(k).find((s) => s.pid < 0)!.state).toBe('FIN-WAIT-1');
    step(k, 200);
    expect(K.listSockets(k).find((s) => s.pid < 0)!.state).toBe('FIN-WAIT-2');
    expect(dec(ok(K.sys_recv(k, srv, a, 4096, 0)))).toBe('');
    ok(K.sys_close(k, srv, a));
    expect(flagTrace(K.drainEvents(k))).toEqual(['SYN', 'SYN|ACK', 'ACK', 'PSH|ACK:13', 'ACK', 'FIN|ACK', 'ACK', 'FIN|ACK', 'ACK']);
    expect(K.listSockets(k).find((s) => s.pid < 0)!.state).toBe('TIME-WAIT');
  });

  it('a SYN to a port with no listener gets RST-ACK: ECONNREFUSED', () => {
    const { k, lo } = world();
    const c = tcpSock(k, lo);
    K.drainEvents(k);
    expect(en(K.sys_connect(k, lo, c, v4('127.0.0.1', 7)))).toBe('ECONNREFUSED');
    expect(flagTrace(K.drainEvents(k))).toEqual(['SYN', 'RST|ACK']);
    expect(sockOf(k, lo, c).state).toBe('CLOSED');
  });

  it('a bound but not listening port refuses too', () => {
    const { k, srv, lo } = world();
    const b = tcpSock(k, srv);
    ok(K.sys_bind(k, srv, b, v4('127.0.0.1', 6000)));
    const c = tcpSock(k, lo);
    expect(en(K.sys_connect(k, lo, c, v4('127.0.0.1', 6000)))).toBe('ECONNREFUSED');
  });

  it('refusal between hosts arrives after a round trip', () => {
    const { k, cli } = world();
    const c = tcpSock(k, cli);
    const w = blocked(K.sys_connect(k, cli, c, v4('10.0.0.1', 7)));
    step(k, 19);
    expect(K.isReady(k, w)).toBe(false);
    step(k, 1);
    expect(K.isReady(k, w)).toBe(true);
    expect(en(K.resume(k, w, false))).toBe('ECONNREFUSED');
  });

  it('simultaneous open: SYN in SYN-SENT -> SYN-RECEIVED -> ESTABLISHED', () => {
    const { k, srv, cli } = world();
    const a = tcpSock(k, srv);
    const b = tcpSock(k, cli);
    ok(K.sys_bind(k, srv, a, v4('10.0.0.1', 7000)));
    ok(K.sys_bind(k, cli, b, v4('10.0.0.2', 7001)));
    blocked(K.sys_connect(k, srv, a, v4('10.0.0.2', 7001)));
    blocked(K.sys_connect(k, cli, b, v4('10.0.0.1', 7000)));
    step(k, 10);
    expect(sockOf(k, srv, a).state).toBe('SYN-RECEIVED');
    expect(sockOf(k, cli, b).state).toBe('SYN-RECEIVED');
    step(k, 10);
    expect(sockOf(k, srv, a).state).toBe('ESTABLISHED');
    expect(sockOf(k, cli, b).state).toBe('ESTABLISHED');
  });
});

describe('listen backlog', () => {
  for (const b of [0, 1, 2]) {
    it(`listen(${b}) completes ${b + 1} connections; later SYNs are dropped silently`, () => {
      const { k, srv, lo } = world();
      const l = listener(k, srv, 50000, b, '127.0.0.1');
      const fds: number[] = [];
      for (let i = 0; i < b + 3; i++) {
        const c = tcpSock(k, lo);
        ok(K.sys_setnonblocking(k, lo, c, true));
        expect(en(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000)))).toBe('EINPROGRESS');
        fds.push(c);
      }
      const states = fds.map((fd) => sockOf(k, lo, fd).state);
      expect(states.filter((s) => s === 'ESTABLISHED').length).toBe(b + 1);
      expect(states.filter((s) => s === 'SYN-SENT').length).toBe(2);
      expect(sockOf(k, srv, l).acceptQ.length).toBe(b + 1);
      const late = fds[b + 1]!;
      expect(ok(K.sys_getsockopt(k, lo, late, K.SOL_SOCKET, K.SO_ERROR))).toBe(0);
      expect(ok(K.sys_select(k, lo, [], [late], [], 0)).w).toEqual([]);
      const drops = K.drainEvents(k).filter((e) => e.t === 'segment' && e.what === 'dropped');
      expect(drops.length).toBe(2);
      expect(flagTrace(K.drainEvents(k)).includes('RST')).toBe(false);
    });
  }

  it('backlog is capped at somaxconn (4096), and a negative backlog means 4096', () => {
    const { k, srv } = world();
    const a = listener(k, srv, 1000, 100000);
    expect(sockOf(k, srv, a).backlog).toBe(4096);
    const b = listener(k, srv, 1001, -1);
    expect(sockOf(k, srv, b).backlog).toBe(4096);
    ok(K.sys_listen(k, srv, b, 3));
    expect(sockOf(k, srv, b).backlog).toBe(3);
  });

  it('SYN retransmissions: 1 s apart five times, then doubling; ETIMEDOUT at 131 s', () => {
    const { k, srv, lo } = world();
    listener(k, srv, 50000, 0, '127.0.0.1');
    const c1 = tcpSock(k, lo);
    ok(K.sys_connect(k, lo, c1, v4('127.0.0.1', 50000)));
    const c2 = tcpSock(k, lo);
    const w = blocked(K.sys_connect(k, lo, c2, v4('127.0.0.1', 50000)));
    const port = sockOf(k, lo, c2).localPort;
    K.drainEvents(k);
    const times: number[] = [0];
    while (!K.isReady(k, w)) {
      const d = K.nextDeadline(k);
      if (d === null) break;
      K.advance(k, d);
      for (const e of K.drainEvents(k)) if (e.t === 'segment' && e.what === 'sent' && e.seg.flags === SYN && e.seg.sport === port) times.push(e.time / 1000);
    }
    expect(times).toEqual([0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67]);
    expect(k.now).toBe(131000);
    expect(en(K.resume(k, w, false))).toBe('ETIMEDOUT');
  });

  it('once accept() frees a slot, the next retransmitted SYN completes', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 0, '127.0.0.1');
    const c1 = tcpSock(k, lo);
    ok(K.sys_connect(k, lo, c1, v4('127.0.0.1', 50000)));
    const c2 = tcpSock(k, lo);
    const w = blocked(K.sys_connect(k, lo, c2, v4('127.0.0.1', 50000)));
    step(k, 500);
    ok(K.sys_accept(k, srv, l));
    expect(K.isReady(k, w)).toBe(false);
    step(k, 500);
    expect(K.isReady(k, w)).toBe(true);
    expect(K.resume(k, w, false)).toEqual({ tag: 'ok', value: 0 });
    expect(sockOf(k, srv, l).acceptQ.length).toBe(1);
  });

  it('a full accept queue drops the handshake ACK; the SYN-ACK retransmission completes it later', () => {
    const { k, srv, cli, cli2 } = world();
    const l = listener(k, srv, 5000, 0);
    const a = tcpSock(k, cli);
    const b = tcpSock(k, cli2);
    blocked(K.sys_connect(k, cli, a, v4('10.0.0.1', 5000)));
    blocked(K.sys_connect(k, cli2, b, v4('10.0.0.1', 5000)));
    step(k, 10); // both SYNs admitted (queue empty)
    expect(sockOf(k, srv, l).synQ.length).toBe(2);
    step(k, 20); // both ACKs arrive: only the first fits
    expect(sockOf(k, srv, l).acceptQ.length).toBe(1);
    expect(sockOf(k, srv, l).synQ.length).toBe(1);
    expect(sockOf(k, cli2, b).state).toBe('ESTABLISHED');
    const dropped = K.drainEvents(k).find((e) => e.t === 'segment' && e.what === 'dropped');
    expect(dropped && dropped.t === 'segment' && dropped.reason).toMatch(/handshake ACK dropped/);
    ok(K.sys_accept(k, srv, l));
    step(k, 1000); // SYN-ACK retransmitted at 1 s, ACK comes back
    step(k, 20);
    expect(sockOf(k, srv, l).acceptQ.length).toBe(1);
  });

  it('a request whose SYN-ACKs are never answered is dropped after 5 retries', () => {
    const { k, srv, cli } = world();
    const l = listener(k, srv, 5000);
    K.addFault(k, { kind: 'drop', match: { proto: 'tcp', flagsExact: SYN | ACK } });
    const c = tcpSock(k, cli);
    blocked(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)));
    step(k, 10);
    expect(sockOf(k, srv, l).synQ.length).toBe(1);
    step(k, 63000);
    expect(sockOf(k, srv, l).synQ.length).toBe(0);
  });
});

describe('data transfer', () => {
  it('is a byte stream: two sends, one recv', () => {
    const p = pairIn('ESTABLISHED');
    ok(K.sys_send(p.k, p.cli, p.c, enc('Hello'), 0));
    ok(K.sys_send(p.k, p.cli, p.c, enc(' Server!'), 0));
    step(p.k, 30); // (Nagle holds the second send until the first is acknowledged)
    expect(dec(ok(K.sys_recv(p.k, p.srv, p.s, 3, 0)))).toBe('Hel');
    expect(dec(ok(K.sys_recv(p.k, p.srv, p.s, 4096, 0)))).toBe('lo Server!');
  });

  it('Nagle: a second small send waits for the ACK of the first between hosts; TCP_NODELAY sends at once', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.drainEvents(k);
    ok(K.sys_send(k, p.cli, p.c, enc('Hello'), 0));
    ok(K.sys_send(k, p.cli, p.c, enc(' Server!'), 0));
    expect(flagTrace(K.drainEvents(k))).toEqual(['PSH|ACK:5']);
    step(k, 10);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 100, 0)))).toBe('Hello');
    step(k, 10); // the ACK releases the held bytes
    expect(flagTrace(K.drainEvents(k))).toEqual(['ACK', 'PSH|ACK:8']);
    step(k, 10);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 100, 0)))).toBe(' Server!');
    ok(K.sys_setsockopt(k, p.cli, p.c, K.IPPROTO_TCP, K.TCP_NODELAY, 1));
    K.drainEvents(k);
    ok(K.sys_send(k, p.cli, p.c, enc('a'), 0));
    ok(K.sys_send(k, p.cli, p.c, enc('b'), 0));
    expect(flagTrace(K.drainEvents(k))).toEqual(['PSH|ACK:1', 'PSH|ACK:1']);
  });

  it('Nagle never delays on loopback: each send is its own segment', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 5, '127.0.0.1');
    const c = tcpSock(k, lo);
    ok(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000)));
    const a = ok(K.sys_accept(k, srv, l)).fd;
    K.drainEvents(k);
    ok(K.sys_send(k, lo, c, enc('Hello'), 0));
    ok(K.sys_send(k, lo, c, enc(' Server!'), 0));
    expect(flagTrace(K.drainEvents(k))).toEqual(['PSH|ACK:5', 'ACK', 'PSH|ACK:8', 'ACK']);
    expect(dec(ok(K.sys_recv(k, srv, a, 100, 0)))).toBe('Hello Server!');
  });

  it('cuts data at the MSS (1460 on the link) with PSH on the last segment', () => {
    const p = pairIn('ESTABLISHED');
    K.drainEvents(p.k);
    ok(K.sys_send(p.k, p.cli, p.c, new Uint8Array(5000), 0));
    const segs = sentSegments(K.drainEvents(p.k));
    expect(segs.map((s) => s.payload.length)).toEqual([1460, 1460, 1460, 620]);
    expect(segs.map((s) => (s.flags & PSH ? 1 : 0))).toEqual([0, 0, 0, 1]);
    expect(segs[1]!.seq).toBe((segs[0]!.seq + 1460) >>> 0);
    step(p.k, 10);
    expect(p.ss().recvLen).toBe(5000);
  });

  it('every segment carries seq, ack, flags, window, payload, sent and delivery time', () => {
    const p = pairIn('ESTABLISHED');
    K.drainEvents(p.k);
    ok(K.sys_send(p.k, p.cli, p.c, enc('abc'), 0));
    step(p.k, 10);
    const seg = sentSegments(K.drainEvents(p.k))[0]!;
    expect(seg).toMatchObject({ family: 2, proto: 'tcp', src: '10.0.0.2', dst: '10.0.0.1', dport: 5000, flags: PSH | ACK, sentAt: 30, deliverAt: 40 });
    expect(seg.id).toBeGreaterThan(0);
    expect(seg.window).toBeGreaterThan(0);
    expect(dec(seg.payload)).toBe('abc');
    expect(seg.ack).toBe(p.cs().rcvNxt);
  });

  it('the receive window stops the sender; a zero window is probed; reading reopens it', () => {
    const w = world();
    const { k, srv, cli } = w;
    const l = tcpSock(k, srv);
    ok(K.sys_setsockopt(k, srv, l, K.SOL_SOCKET, K.SO_RCVBUF, 2000)); // doubled: 4000, inherited by the child
    ok(K.sys_bind(k, srv, l, v4('0.0.0.0', 5000)));
    ok(K.sys_listen(k, srv, l, 5));
    const c = tcpSock(k, cli);
    K.sys_connect(k, cli, c, v4('10.0.0.1', 5000));
    step(k, 30);
    const p = { k, cli, srv, c, s: ok(K.sys_accept(k, srv, l)).fd, cs: () => sockOf(k, cli, c), ss: () => sockOf(k, srv, p.s) };
    expect(p.cs().sndWnd).toBe(4000);
    ok(K.sys_send(k, p.cli, p.c, enc('.'), 0));
    step(k, 20);
    expect(p.cs().sndWnd).toBe(3999);
    ok(K.sys_send(k, p.cli, p.c, new Uint8Array(10000), 0));
    step(k, 20);
    expect(p.ss().recvLen).toBe(4000);
    expect(p.cs().sndWnd).toBe(0);
    expect(p.cs().sendLen).toBe(10000 - 3999);
    K.drainEvents(k);
    step(k, 300); // the persist timer probes the zero window
    const probes = sentSegments(K.drainEvents(k)).filter((s) => s.sport === p.cs().localPort);
    expect(probes.length).toBeGreaterThan(0);
    expect(probes[0]!.payload.length).toBe(0);
    expect(ok(K.sys_recv(k, p.srv, p.s, 4000, 0)).length).toBe(4000);
    step(k, 30); // window update out, data back, its ACK back
    expect(p.ss().recvLen).toBe(4000);
    expect(p.cs().sendLen).toBe(10000 - 3999 - 4000);
  });

  it('send blocks when the send buffer is full and resumes as ACKs free it', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    const sndbuf = p.cs().sndbuf;
    const big = new Uint8Array(sndbuf + 300000);
    const r = K.sys_send(k, p.cli, p.c, big, 0);
    const w = blocked(r);
    expect(w.op).toBe('send');
    expect(ok(K.sys_select(k, p.cli, [], [p.c], [], 0)).w).toEqual([]);
    // Reader drains; the writer wakes and finishes.
    let got = 0;
    for (let i = 0; i < 500 && !K.isReady(k, w); i++) {
      step(k, 10);
      const rr = K.sys_recv(k, p.srv, p.s, 1 << 20, K.MSG_DONTWAIT);
      if (rr.tag === 'ok') got += rr.value.length;
    }
    let res = K.resume(k, w, false);
    for (let i = 0; i < 2000 && res.tag === 'block'; i++) {
      step(k, 10);
      const rr = K.sys_recv(k, p.srv, p.s, 1 << 20, K.MSG_DONTWAIT);
      if (rr.tag === 'ok') got += rr.value.length;
      if (K.isReady(k, res.wait)) res = K.resume(k, res.wait, false);
    }
    expect(res).toEqual({ tag: 'ok', value: big.length });
    // Everything the writer queued reaches the reader, in order and complete.
    settle(k, 1000);
    for (let r = K.sys_recv(k, p.srv, p.s, 1 << 20, K.MSG_DONTWAIT); r.tag === 'ok'; r = K.sys_recv(k, p.srv, p.s, 1 << 20, K.MSG_DONTWAIT)) {
      got += r.value.length;
      settle(k, 100);
    }
    expect(got).toBe(big.length);
  });

  it('non-blocking send takes what fits, then EAGAIN', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_setnonblocking(k, p.cli, p.c, true));
    const n = ok(K.sys_send(k, p.cli, p.c, new Uint8Array(10_000_000), 0));
    expect(n).toBe(p.cs().sndbuf);
    expect(en(K.sys_send(k, p.cli, p.c, enc('x'), 0))).toBe('EAGAIN');
  });

  it('MSG_PEEK leaves data; MSG_DONTWAIT on empty is EAGAIN; MSG_WAITALL waits for all', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    expect(en(K.sys_recv(k, p.srv, p.s, 10, K.MSG_DONTWAIT))).toBe('EAGAIN');
    ok(K.sys_send(k, p.cli, p.c, enc('abcdef'), 0));
    step(k, 10);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 3, K.MSG_PEEK)))).toBe('abc');
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 10, K.MSG_PEEK)))).toBe('abcdef');
    const w = blocked(K.sys_recv(k, p.srv, p.s, 10, K.MSG_WAITALL));
    expect(p.ss().recvLen).toBe(0);
    ok(K.sys_send(k, p.cli, p.c, enc('ghij'), 0));
    step(k, 30);
    expect(K.isReady(k, w)).toBe(true);
    expect(dec(ok(K.resume(k, w, false) as K.Sys<Uint8Array>))).toBe('abcdefghij');
  });

  it('MSG_WAITALL returns short at EOF', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_send(k, p.cli, p.c, enc('abc'), 0));
    step(k, 10);
    const w = blocked(K.sys_recv(k, p.srv, p.s, 10, K.MSG_WAITALL));
    ok(K.sys_close(k, p.cli, p.c));
    step(k, 10);
    expect(dec(ok(K.resume(k, w, false) as K.Sys<Uint8Array>))).toBe('abc');
  });

  it('recv(0) returns empty at once; a blocking recv wakes when data arrives', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    expect(ok(K.sys_recv(k, p.srv, p.s, 0, 0)).length).toBe(0);
    const w = blocked(K.sys_recv(k, p.srv, p.s, 100, 0));
    expect(w.reason).toMatch(/receive buffer is empty/);
    ok(K.sys_send(k, p.cli, p.c, enc('hi'), 0));
    step(k, 9);
    expect(K.isReady(k, w)).toBe(false);
    step(k, 1);
    expect(K.isReady(k, w)).toBe(true);
    expect(dec(ok(K.resume(k, w, false) as K.Sys<Uint8Array>))).toBe('hi');
  });

  it('data sent before accept() waits on the queued connection', () => {
    const { k, srv, lo } = world();
    const l = listener(k, srv, 50000, 5, '127.0.0.1');
    const c = tcpSock(k, lo);
    ok(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000)));
    ok(K.sys_send(k, lo, c, enc('early'), 0));
    const info = K.listSockets(k).find((s) => s.state === 'LISTEN')!;
    expect(info.acceptQueue[0]!.recvBytes).toBe(5);
    const a = ok(K.sys_accept(k, srv, l)).fd;
    expect(dec(ok(K.sys_recv(k, srv, a, 100, 0)))).toBe('early');
  });
});

describe('teardown', () => {
  it('ESTABLISHED -> FIN-WAIT-1 on close: a FIN-ACK leaves', () => {
    const p = pairIn('FIN-WAIT-1');
    expect(p.cs().state).toBe('FIN-WAIT-1');
    const last = sentSegments(K.drainEvents(p.k)).pop()!;
    expect(last.flags).toBe(FIN | ACK);
  });

  it('ESTABLISHED -> CLOSE-WAIT on FIN: EOF for the reader, and it stays readable', () => {
    const p = pairIn('CLOSE-WAIT');
    expect(p.ss().state).toBe('CLOSE-WAIT');
    expect(ok(K.sys_recv(p.k, p.srv, p.s, 10, 0)).length).toBe(0);
    expect(ok(K.sys_recv(p.k, p.srv, p.s, 10, 0)).length).toBe(0);
    expect(ok(K.sys_select(p.k, p.srv, [p.s], [p.s], [p.s], 0))).toEqual({ r: [p.s], w: [p.s], x: [] });
  });

  it('FIN-WAIT-1 -> FIN-WAIT-2 when our FIN is acknowledged', () => {
    const p = pairIn('FIN-WAIT-2');
    expect(p.cs().state).toBe('FIN-WAIT-2');
  });

  it('CLOSE-WAIT -> LAST-ACK -> CLOSED; FIN-WAIT-2 -> TIME-WAIT -> CLOSED after 60 s', () => {
    const p = pairIn('LAST-ACK');
    expect(p.ss().state).toBe('LAST-ACK');
    step(p.k, 10);
    expect(p.cs().state).toBe('TIME-WAIT');
    step(p.k, 10);
    expect(p.ss().state).toBe('CLOSED');
    step(p.k, 59_989);
    expect(p.cs().state).toBe('TIME-WAIT');
    step(p.k, 1);
    expect(p.cs().state).toBe('CLOSED');
  });

  it('simultaneous close: FIN-WAIT-1 -> CLOSING -> TIME-WAIT on both sides', () => {
    const p = pairIn('CLOSING');
    expect(p.cs().state).toBe('CLOSING');
    expect(p.ss().state).toBe('CLOSING');
    step(p.k, 10);
    expect(p.cs().state).toBe('TIME-WAIT');
    expect(p.ss().state).toBe('TIME-WAIT');
  });

  it('a lost last ACK: LAST-ACK retransmits its FIN; TIME-WAIT re-acknowledges and restarts its timer', () => {
    const p = pairIn('LAST-ACK');
    const { k } = p;
    K.addFault(k, { kind: 'drop', match: { srcHost: 'client1', flagsExact: ACK, nth: 1 } });
    step(k, 10);
    expect(p.cs().state).toBe('TIME-WAIT');
    const first = p.cs().timerAt;
    step(k, 10);
    expect(p.ss().state).toBe('LAST-ACK');
    K.drainEvents(k);
    settle(k, 1000);
    const trace = flagTrace(K.drainEvents(k));
    expect(trace).toEqual(['FIN|ACK', 'ACK']);
    expect(p.ss().state).toBe('CLOSED');
    expect(p.cs().timerAt).toBeGreaterThan(first);
  });

  it('server closes first: TIME-WAIT is on the server, and rebinding its port fails', () => {
    const p = pairIn('ESTABLISHED');
    const { k, srv, cli } = p;
    ok(K.sys_close(k, srv, p.s));
    ok(K.sys_close(k, srv, p.l));
    step(k, 20);
    expect(p.cs().state).toBe('CLOSE-WAIT');
    ok(K.sys_close(k, cli, p.c));
    step(k, 20);
    const tw = K.listSockets(k, 'server').find((s) => s.state === 'TIME-WAIT');
    expect(tw).toBeDefined();
    const n = tcpSock(k, srv);
    expect(en(K.sys_bind(k, srv, n, v4('0.0.0.0', 5000)))).toBe('EADDRINUSE');
    ok(K.sys_setsockopt(k, srv, n, K.SOL_SOCKET, K.SO_REUSEADDR, 1));
    // The old socket did not set SO_REUSEADDR: still in use.
    expect(en(K.sys_bind(k, srv, n, v4('0.0.0.0', 5000)))).toBe('EADDRINUSE');
    step(k, 60_000);
    expect(en(K.sys_bind(k, srv, n, v4('0.0.0.0', 5000)))).toBe('ok');
  });

  it('SO_REUSEADDR on both the TIME-WAIT socket (inherited) and the new one allows the rebind', () => {
    const { k, srv, cli } = world();
    const l = tcpSock(k, srv);
    ok(K.sys_setsockopt(k, srv, l, K.SOL_SOCKET, K.SO_REUSEADDR, 1));
    ok(K.sys_bind(k, srv, l, v4('0.0.0.0', 5000)));
    ok(K.sys_listen(k, srv, l, 5));
    const c = tcpSock(k, cli);
    K.sys_connect(k, cli, c, v4('10.0.0.1', 5000));
    step(k, 30);
    const a = ok(K.sys_accept(k, srv, l)).fd;
    ok(K.sys_close(k, srv, a));
    ok(K.sys_close(k, srv, l));
    step(k, 20);
    ok(K.sys_close(k, cli, c));
    step(k, 20);
    expect(K.listSockets(k, 'server').some((s) => s.state === 'TIME-WAIT')).toBe(true);
    const n = tcpSock(k, srv);
    ok(K.sys_setsockopt(k, srv, n, K.SOL_SOCKET, K.SO_REUSEADDR, 1));
    expect(en(K.sys_bind(k, srv, n, v4('0.0.0.0', 5000)))).toBe('ok');
    expect(en(K.sys_listen(k, srv, n, 5))).toBe('ok');
  });

  it('close() with unread data sends RST-ACK; the peer reads its data, then ECONNRESET once, then EOF; send is EPIPE', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_send(k, p.srv, p.s, enc('hello'), 0));
    ok(K.sys_send(k, p.cli, p.c, enc('unread'), 0));
    step(k, 10);
    K.drainEvents(k);
    ok(K.sys_close(k, p.srv, p.s));
    expect(flagTrace(K.drainEvents(k))).toEqual(['RST|ACK']);
    step(k, 10);
    expect(p.cs().state).toBe('CLOSED');
    expect(dec(ok(K.sys_recv(k, p.cli, p.c, 10, 0)))).toBe('hello');
    expect(en(K.sys_recv(k, p.cli, p.c, 10, 0))).toBe('ECONNRESET');
    expect(ok(K.sys_recv(k, p.cli, p.c, 10, 0)).length).toBe(0);
    expect(en(K.sys_send(k, p.cli, p.c, enc('x'), 0))).toBe('EPIPE');
  });

  it('after a RST, a send before any recv reports ECONNRESET once, then EPIPE', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_send(k, p.cli, p.c, enc('unread'), 0));
    step(k, 10);
    ok(K.sys_close(k, p.srv, p.s));
    step(k, 10);
    expect(en(K.sys_send(k, p.cli, p.c, enc('x'), 0))).toBe('ECONNRESET');
    expect(en(K.sys_send(k, p.cli, p.c, enc('x'), 0))).toBe('EPIPE');
    expect(ok(K.sys_recv(k, p.cli, p.c, 10, 0)).length).toBe(0);
  });

  it('SO_LINGER (1, 0) makes close() send RST-ACK', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    const lg = new Uint8Array(8);
    new DataView(lg.buffer).setInt32(0, 1, true);
    ok(K.sys_setsockopt(k, p.cli, p.c, K.SOL_SOCKET, K.SO_LINGER, lg));
    K.drainEvents(k);
    ok(K.sys_close(k, p.cli, p.c));
    expect(flagTrace(K.drainEvents(k))).toEqual(['RST|ACK']);
    step(k, 10);
    expect(p.ss().state).toBe('CLOSED');
  });

  it('sending after the peer closed: the first send succeeds and draws a bare RST; later sends are EPIPE', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_close(k, p.cli, p.c));
    step(k, 20);
    expect(p.ss().state).toBe('CLOSE-WAIT');
    K.drainEvents(k);
    expect(ok(K.sys_send(k, p.srv, p.s, enc('late'), 0))).toBe(4);
    step(k, 20);
    const trace = flagTrace(K.drainEvents(k));
    expect(trace).toEqual(['PSH|ACK:4', 'RST']);
    expect(p.ss().state).toBe('CLOSED');
    expect(en(K.sys_send(k, p.srv, p.s, enc('x'), 0))).toBe('EPIPE');
    expect(en(K.sys_send(k, p.srv, p.s, enc('x'), 0))).toBe('EPIPE');
    expect(ok(K.sys_recv(k, p.srv, p.s, 10, 0)).length).toBe(0);
  });

  it('shutdown(SHUT_WR): the peer reads data then EOF and can still send back; our send is EPIPE', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_send(k, p.cli, p.c, enc('req'), 0));
    ok(K.sys_shutdown(k, p.cli, p.c, K.SHUT_WR));
    expect(en(K.sys_send(k, p.cli, p.c, enc('x'), 0))).toBe('EPIPE');
    step(k, 10);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 10, 0)))).toBe('req');
    expect(ok(K.sys_recv(k, p.srv, p.s, 10, 0)).length).toBe(0);
    ok(K.sys_send(k, p.srv, p.s, enc('resp'), 0));
    step(k, 10);
    expect(dec(ok(K.sys_recv(k, p.cli, p.c, 10, 0)))).toBe('resp');
  });

  it('shutdown(SHUT_RD): recv returns EOF but later data is still delivered', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_shutdown(k, p.srv, p.s, K.SHUT_RD));
    expect(ok(K.sys_recv(k, p.srv, p.s, 10, 0)).length).toBe(0);
    expect(ok(K.sys_poll(k, p.srv, [{ fd: p.s, events: K.POLLIN | K.POLLOUT }], 0))).toEqual([{ fd: p.s, revents: K.POLLIN | K.POLLOUT }]);
    ok(K.sys_send(k, p.cli, p.c, enc('abc'), 0));
    step(k, 10);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 10, 0)))).toBe('abc');
  });

  it('data arriving for a closed socket (orphan in FIN-WAIT-2) is answered with RST', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_close(k, p.cli, p.c));
    step(k, 60);
    expect(K.listSockets(k, 'client1')[0]!.state).toBe('FIN-WAIT-2');
    K.drainEvents(k);
    ok(K.sys_send(k, p.srv, p.s, enc('x'), 0));
    step(k, 10);
    expect(flagTrace(K.drainEvents(k))).toEqual(['PSH|ACK:1', 'RST']);
    expect(K.listSockets(k, 'client1').length).toBe(0);
  });

  it('shutdown(SHUT_RDWR), then data from the peer: RST, and the next recv is ECONNRESET (FIN-WAIT with RCV_SHUTDOWN)', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_shutdown(k, p.cli, p.c, K.SHUT_RDWR));
    step(k, 60);
    expect(p.cs().state).toBe('FIN-WAIT-2');
    K.drainEvents(k);
    ok(K.sys_send(k, p.srv, p.s, enc('late'), 0));
    step(k, 10);
    expect(flagTrace(K.drainEvents(k))).toEqual(['PSH|ACK:4', 'RST']);
    expect(p.cs().state).toBe('CLOSED');
    expect(en(K.sys_recv(k, p.cli, p.c, 10, 0))).toBe('ECONNRESET');
    expect(en(K.sys_shutdown(k, p.cli, p.c, K.SHUT_RDWR))).toBe('ENOTCONN');
    expect(en(K.sys_getpeername(k, p.cli, p.c))).toBe('ENOTCONN');
  });

  it('shutdown(SHUT_RD) alone keeps ESTABLISHED: later data is delivered, not reset', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_shutdown(k, p.cli, p.c, K.SHUT_RD));
    ok(K.sys_send(k, p.srv, p.s, enc('ok'), 0));
    step(k, 10);
    expect(p.cs().state).toBe('ESTABLISHED');
    expect(dec(ok(K.sys_recv(k, p.cli, p.c, 10, 0)))).toBe('ok');
  });

  it('an orphan in FIN-WAIT-2 gives up after tcp_fin_timeout (60 s)', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_close(k, p.cli, p.c));
    step(k, 60);
    expect(K.listSockets(k, 'client1').length).toBe(1);
    step(k, 60_000);
    expect(K.listSockets(k, 'client1').length).toBe(0);
  });

  it('a segment for an unknown connection gets a RST', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.crashHost(k, 'server');
    K.restartHost(k, 'server');
    K.drainEvents(k);
    ok(K.sys_send(k, p.cli, p.c, enc('x'), 0));
    step(k, 20);
    expect(flagTrace(K.drainEvents(k))).toEqual(['PSH|ACK:1', 'RST']);
    expect(p.cs().state).toBe('CLOSED');
    expect(en(K.sys_recv(k, p.cli, p.c, 10, 0))).toBe('ECONNRESET');
  });

  it('closing a listener resets connections still in its accept queue', () => {
    const { k, srv, cli } = world();
    const l = listener(k, srv, 5000);
    const c = tcpSock(k, cli);
    K.sys_connect(k, cli, c, v4('10.0.0.1', 5000));
    step(k, 30);
    ok(K.sys_close(k, srv, l));
    step(k, 10);
    expect(sockOf(k, cli, c).state).toBe('CLOSED');
    expect(en(K.sys_recv(k, cli, c, 10, 0))).toBe('ECONNRESET');
  });
});

describe('retransmission and faults', () => {
  it('a dropped data segment is retransmitted after the RTO (at least 200 ms)', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.addFault(k, { kind: 'drop', match: { hasPayload: true, srcHost: 'client1', nth: 1 } });
    K.drainEvents(k);
    const t0 = k.now;
    ok(K.sys_send(k, p.cli, p.c, enc('data'), 0));
    step(k, 100);
    expect(p.ss().recvLen).toBe(0);
    settle(k, 2000);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 10, 0)))).toBe('data');
    const ev = K.drainEvents(k);
    const sends = ev.filter((e) => e.t === 'segment' && e.what === 'sent' && e.seg.payload.length > 0);
    expect(sends.length).toBe(2);
    const rto = sends[1]!.time - t0;
    expect(rto).toBeGreaterThanOrEqual(200);
    expect(rto).toBeLessThan(1000);
    expect(sends[1]!.t === 'segment' && sends[1]!.seg.retransmit).toBe(true);
    expect(ev.some((e) => e.t === 'segment' && e.what === 'dropped')).toBe(true);
  });

  it('a dropped SYN-ACK (1st with SYN+ACK from the server) is recovered by the SYN retransmission', () => {
    const { k, srv, cli } = world();
    listener(k, srv, 5000);
    K.addFault(k, { kind: 'drop', match: { flagsAll: SYN | ACK, srcHost: '10.0.0.1', nth: 1 } });
    const c = tcpSock(k, cli);
    const w = blocked(K.sys_connect(k, cli, c, v4('10.0.0.1', 5000)));
    step(k, 999);
    expect(K.isReady(k, w)).toBe(false);
    step(k, 40);
    expect(K.isReady(k, w)).toBe(true);
  });

  it('RTO backs off exponentially; a cut link ends in ETIMEDOUT after ~924.6 s', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.addFault(k, { kind: 'cut', a: 'server', b: 'client1' });
    K.drainEvents(k);
    const t0 = k.now;
    ok(K.sys_send(k, p.cli, p.c, enc('x'), 0));
    const times: number[] = [];
    for (let i = 0; i < 40 && p.cs().state === 'ESTABLISHED'; i++) {
      const d = K.nextDeadline(k);
      if (d === null) break;
      K.advance(k, d);
      for (const e of K.drainEvents(k)) if (e.t === 'segment' && e.what === 'sent' && e.seg.payload.length) times.push(e.time - t0);
    }
    const gaps = times.slice(1, 6).map((t, i) => t - times[i]!);
    expect(gaps[1]).toBe(gaps[0]! * 2);
    expect(gaps[2]).toBe(gaps[1]! * 2);
    expect(p.cs().state).toBe('CLOSED');
    expect(k.now - t0).toBeGreaterThanOrEqual(924_600);
    expect(en(K.sys_recv(k, p.cli, p.c, 10, 0))).toBe('ETIMEDOUT');
  });

  it('a duplicated segment is delivered once to the application', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.addFault(k, { kind: 'duplicate', match: { hasPayload: true } });
    ok(K.sys_send(k, p.cli, p.c, enc('once'), 0));
    step(k, 30);
    expect(dec(ok(K.sys_recv(k, p.srv, p.s, 100, 0)))).toBe('once');
    expect(en(K.sys_recv(k, p.srv, p.s, 100, K.MSG_DONTWAIT))).toBe('EAGAIN');
  });

  it('a delay fault holds a segment back', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    const id = K.addFault(k, { kind: 'delay', match: { hasPayload: true }, ms: 50 });
    ok(K.sys_send(k, p.cli, p.c, enc('late'), 0));
    step(k, 59);
    expect(p.ss().recvLen).toBe(0);
    step(k, 1);
    expect(p.ss().recvLen).toBe(4);
    K.removeFault(k, id);
    expect(k.faults.length).toBe(0);
  });

  it('a crashed host says nothing; the peer times out', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    K.crashHost(k, 'server');
    ok(K.sys_send(k, p.cli, p.c, enc('x'), 0));
    for (let i = 0; i < 40 && p.cs().state === 'ESTABLISHED'; i++) K.advance(k, K.nextDeadline(k) ?? k.now);
    expect(en(K.sys_recv(k, p.cli, p.c, 10, 0))).toBe('ETIMEDOUT');
  });
});

describe('TCP_USER_TIMEOUT', () => {
  it('makes a SYN to a full listener time out at the first expiry (~1 s) instead of 131 s', () => {
    const { k, srv, lo } = world();
    listener(k, srv, 50000, 0, '127.0.0.1');
    ok(K.sys_connect(k, lo, tcpSock(k, lo), v4('127.0.0.1', 50000)));
    const c = tcpSock(k, lo);
    ok(K.sys_setsockopt(k, lo, c, K.IPPROTO_TCP, K.TCP_USER_TIMEOUT, 200));
    expect(ok(K.sys_getsockopt(k, lo, c, K.IPPROTO_TCP, K.TCP_USER_TIMEOUT))).toBe(200);
    const w = blocked(K.sys_connect(k, lo, c, v4('127.0.0.1', 50000)));
    settle(k, 1000);
    expect(K.isReady(k, w)).toBe(true);
    expect(en(K.resume(k, w, false))).toBe('ETIMEDOUT');
  });

  it('bounds data retransmission too', () => {
    const p = pairIn('ESTABLISHED');
    const { k } = p;
    ok(K.sys_setsockopt(k, p.cli, p.c, K.IPPROTO_TCP, K.TCP_USER_TIMEOUT, 3000));
    K.addFault(k, { kind: 'cut', a: 'server', b: 'client1' });
    const t0 = k.now;
    ok(K.sys_send(k, p.cli, p.c, enc('x'), 0));
    for (let i = 0; i < 50 && p.cs().state === 'ESTABLISHED'; i++) K.advance(k, K.nextDeadline(k) ?? k.now + 1000);
    expect(p.cs().state).toBe('CLOSED');
    expect(k.now - t0).toBe(3000);
    expect(en(K.sys_recv(k, p.cli, p.c, 1, 0))).toBe('ETIMEDOUT');
  });
});

describe('TIME-WAIT', () => {
  it('lasts 60 s of simulated time and then frees the port', () => {
    const p = pairIn('TIME-WAIT');
    expect(p.cs().timerKind).toBe('timewait');
    expect(p.cs().timerAt).toBe(p.k.now + 60_000);
  });

  it('a RST kills TIME-WAIT early', () => {
    const p = pairIn('TIME-WAIT');
    const { k } = p;
    const cs = p.cs();
    K.addFault(k, { kind: 'drop', match: { proto: 'tcp', flagsAll: RST, nth: 99 } });
    const rst = { id: 0, family: 2 as const, proto: 'tcp' as const, src: '10.0.0.1', sport: 5000, dst: '10.0.0.2', dport: cs.localPort, seq: cs.rcvNxt, ack: 0, flags: RST, window: 0, payload: new Uint8Array(0), sentAt: 0, deliverAt: 0, srcHost: 0, dstHost: 1, rkey: '', retransmit: false, icmp: null };
    k.local.push(rst);
    K.advance(k, k.now);
    expect(cs.state).toBe('CLOSED');
  });
});
