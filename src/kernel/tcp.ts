/**
 * TCP: the RFC 9293 state machine as Linux 6.x runs it.
 *
 * One state type (TcpState, eleven RFC names) and one exhaustive transition
 * table, `tcpInput`, for everything a segment can do to a socket. User calls
 * (connect, close, shutdown) and timers enter through the small functions below
 * it. There is no clock here: `k.now` is the time of the event being processed.
 */
import { isV4, unmap } from './addr';
import { ERRNO } from './constants';
import {
  LINUX,
  addBind,
  addConn,
  armDelack,
  armTimer,
  connKeyOf,
  destroySock,
  hostName,
  modelTimeout,
  newSock,
  queueEvent,
  rand32,
  removeBind,
  removeConn,
  setState,
  stopTimer,
  toSockIp,
  wakeSock,
  xmit,
  bindKeyOf,
  route,
} from './core';
import { emit } from './events';
import { extraForChild } from './sockopt-table';
import { ACK, FIN, PSH, RST, SYN, URG, type Kernel, type Segment, type Sock } from './types';

// ---------------------------------------------------------------- sequence arithmetic (mod 2^32)

export function sadd(a: number, n: number): number {
  return (a + n) >>> 0;
}
/** a - b as a signed 32-bit distance: > 0 when a is after b. */
export function sdiff(a: number, b: number): number {
  return (a - b) | 0;
}

// ---------------------------------------------------------------- segment construction

/** Advertise our receive window: free receive-buffer space, capped at the 16-bit field. */
function advertise(s: Sock): number {
  let w = s.rcvbuf - s.recvLen;
  if (w < 0) w = 0;
  if (w > LINUX.maxWindow) w = LINUX.maxWindow;
  // Never shrink the right edge we already offered (RFC 9293 3.8.6.2.2).
  const edge = sadd(s.rcvNxt, w);
  if (sdiff(edge, s.rcvWndEdge) < 0 && s.rcvWndAdv > 0) w = Math.max(0, sdiff(s.rcvWndEdge, s.rcvNxt));
  s.rcvWndAdv = w;
  s.rcvWndEdge = sadd(s.rcvNxt, w);
  return w;
}

const EMPTY = new Uint8Array(0);

function tcpSend(k: Kernel, s: Sock, flags: number, seq: number, payload: Uint8Array, retransmit = false): Segment {
  if (s.peerKey === '') peerKeyOf(k, s);
  if (flags & ACK) s.delackAt = -1; // any ACK we send carries the pending one
  if (payload.length > 0) {
    // tcp_event_data_sent: a reply within ato of the last data received means an interactive
    // peer (pingpong mode); the reply carries the pending delayed ACK.
    if (s.ato > 0 && k.now - s.lrcvAt < s.ato) s.pingpong = true;
    s.ackDue = -1;
  }
  const dst = s.wDst;
  const seg: Segment = {
    id: 0,
    family: isV4(dst) ? 2 : 10,
    proto: 'tcp',
    src: s.wSrc,
    sport: s.localPort,
    dst,
    dport: s.remotePort,
    seq,
    ack: flags & ACK ? s.rcvNxt : 0,
    flags,
    window: advertise(s),
    payload,
    sentAt: 0,
    deliverAt: 0,
    srcHost: s.host,
    dstHost: s.peerHost,
    rkey: s.peerKey,
    retransmit,
    icmp: null,
  };
  xmit(k, seg);
  return seg;
}

/** Compute once per connection what every segment needs: wire addresses, route, the peer's table key. */
function peerKeyOf(k: Kernel, s: Sock): void {
  s.wDst = unmap(s.remoteIp);
  s.wSrc = unmap(s.localIp);
  s.peerHost = route(k, s.host, s.wDst);
  const key = connKeyOf(s.peerHost, s.wDst, s.remotePort, s.wSrc, s.localPort);
  // If the peer is already in the table (a passive open answers it), stamp segments with its own
  // key string (see addConn). An active open sends the first segment: its peer cannot be there yet.
  const id = s.passive ? k.conns.get(key) : undefined;
  const peer = id === undefined ? undefined : k.socks.get(id);
  s.peerKey = peer !== undefined && peer.connKey === key ? peer.connKey : key;
}

function sendAck(k: Kernel, s: Sock): void {
  tcpSend(k, s, ACK, s.sndNxt, EMPTY);
}

/**
 * RFC 9293 "reset generation" for a segment no connection wants: if it carried
 * an ACK, the RST takes its sequence number from that ACK; otherwise the RST
 * acknowledges the segment (Linux's RST-ACK answer to a SYN on a closed port).
 */
export function sendRstFor(k: Kernel, seg: Segment, why: string): void {
  if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: why });
  if (seg.flags & RST) return;
  const len = seg.payload.length + (seg.flags & SYN ? 1 : 0) + (seg.flags & FIN ? 1 : 0);
  const withAck = (seg.flags & ACK) === 0;
  const rst: Segment = {
    id: 0,
    family: seg.family,
    proto: 'tcp',
    src: seg.dst,
    sport: seg.dport,
    dst: seg.src,
    dport: seg.sport,
    seq: withAck ? 0 : seg.ack,
    ack: withAck ? sadd(seg.seq, len) : 0,
    flags: withAck ? RST | ACK : RST,
    window: 0,
    payload: EMPTY,
    sentAt: 0,
    deliverAt: 0,
    srcHost: seg.dstHost,
    dstHost: -1,
    rkey: '',
    retransmit: false,
    icmp: null,
  };
  xmit(k, rst);
}

/** Send RST-ACK from our side of the connection (abortive close). */
function sendRst(k: Kernel, s: Sock): void {
  tcpSend(k, s, RST | ACK, s.sndNxt, EMPTY);
}

// ---------------------------------------------------------------- buffers

/** Copy `n` bytes starting `off` bytes after sndUna out of the send queue (a view when possible). */
function sendSlice(s: Sock, off: number, n: number): Uint8Array {
  let pos = off + s.sendQOff;
  let i = 0;
  while (i < s.sendQ.length && pos >= s.sendQ[i]!.length) {
    pos -= s.sendQ[i]!.length;
    i++;
  }
  const first = s.sendQ[i]!;
  if (pos + n <= first.length) return first.subarray(pos, pos + n);
  const out = new Uint8Array(n);
  let got = 0;
  while (got < n) {
    const c = s.sendQ[i]!;
    const take = Math.min(c.length - pos, n - got);
    out.set(c.subarray(pos, pos + take), got);
    got += take;
    pos = 0;
    i++;
  }
  return out;
}

/** Drop `n` acknowledged bytes from the front of the send queue. */
function sendConsume(s: Sock, n: number): void {
  s.sendLen -= n;
  let left = n + s.sendQOff;
  let i = 0;
  while (i < s.sendQ.length && left >= s.sendQ[i]!.length) {
    left -= s.sendQ[i]!.length;
    i++;
  }
  if (i > 0) s.sendQ.splice(0, i);
  s.sendQOff = left;
  if (s.sendQ.length === 0) s.sendQOff = 0;
}

/**
 * Linux grows a connection's send buffer once it is established
 * (tcp_sndbuf_expand): 10 initial segments x per-segment memory x 3 (BBR, the
 * reference machine's congestion control), capped at tcp_wmem[2]. On loopback
 * this is the 3939840 that getsockopt(SO_SNDBUF) reports after connect.
 */
function expandSndbuf(s: Sock): void {
  if (s.sndbufLocked) return;
  const mssClamp = s.local ? 65495 : s.mss;
  let per = mssClamp + 320 + 320;
  let p = 1;
  while (p < per) p <<= 1;
  per = p + 256;
  const want = Math.min(3 * 10 * per, LINUX.tcpWmemMax);
  if (s.sndbuf < want) s.sndbuf = want;
}

// ---------------------------------------------------------------- RTT and RTO (RFC 6298, Linux flavour)

function rttSample(s: Sock, ms: number): void {
  if (s.srtt < 0) {
    s.srtt = ms;
    s.rttvar = ms / 2;
  } else {
    s.rttvar = 0.75 * s.rttvar + 0.25 * Math.abs(s.srtt - ms);
    s.srtt = 0.875 * s.srtt + 0.125 * ms;
  }
  s.rto = computeRto(s);
}

/** Linux keeps the variance term at least TCP_RTO_MIN, so RTO = SRTT + max(200 ms, 4*RTTVAR). */
function computeRto(s: Sock): number {
  if (s.srtt < 0) return LINUX.rtoInit;
  return Math.min(LINUX.rtoMax, Math.round(s.srtt + Math.max(LINUX.rtoMin, 4 * s.rttvar)));
}

// ---------------------------------------------------------------- output

function canSendData(s: Sock): boolean {
  switch (s.state) {
    case 'ESTABLISHED':
    case 'CLOSE-WAIT':
    case 'FIN-WAIT-1':
    case 'LAST-ACK':
    case 'CLOSING':
      return true;
    default:
      return false;
  }
}

/**
 * Send what the window allows: queued bytes cut at the MSS, then the FIN once
 * every byte before it has been sent. Arms the retransmission timer for anything
 * now in flight, or the persist timer when a zero window stops us.
 */
export function tcpOutput(k: Kernel, s: Sock, retransmit = false, more = false): void {
  if (!canSendData(s)) return;
  while (!s.finSent) {
    const off = sdiff(s.sndNxt, s.sndUna);
    const unsent = s.sendLen - off;
    if (unsent <= 0) break;
    const room = s.sndWnd - off;
    if (room <= 0) {
      if (off === 0) armTimer(k, s, 'persist', k.now + s.rto);
      break;
    }
    const n = Math.min(unsent, s.mss, room);
    // Nagle (Minshall's variant, as Linux): hold back a small segment while an
    // earlier small segment is unacknowledged, unless TCP_NODELAY is set or a
    // FIN is queued (Linux pushes the final data with Nagle off) or urgent data
    // is pending (urgent mode bypasses Nagle). On loopback the
    // ACK has always come back already, so this only shows between hosts.
    if (n < s.mss && !retransmit && !s.nodelay && !s.finQueued && s.sndUp < 0 && sdiff(s.sndSml, s.sndUna) > 0) break;
    // TCP_CORK or MSG_MORE (tcp_nagle_check with TCP_NAGLE_CORK): a partial segment waits,
    // even with TCP_NODELAY, unless it carries the FIN or urgent mode is on.
    // The test is on what is queued (skb->len), not on what the window lets out.
    if (unsent < s.mss && !retransmit && (s.opts.tcpCork || more) && !s.finQueued && s.sndUp < 0) break;
    const last = off + n === s.sendLen;
    const fin = last && s.finQueued;
    const seq = s.sndNxt;
    // The segment that carries the urgent byte (the last byte of a MSG_OOB send) is flagged URG.
    const urg = s.sndUp >= 0 && sdiff(s.sndUp, seq) > 0 && sdiff(s.sndUp, sadd(seq, n)) <= 0 ? URG : 0;
    tcpSend(k, s, ACK | urg | (last ? PSH : 0) | (fin ? FIN : 0), seq, sendSlice(s, off, n), retransmit || sdiff(seq, s.sndMax) < 0);
    s.sndNxt = sadd(s.sndNxt, n + (fin ? 1 : 0));
    if (n < s.mss) s.sndSml = s.sndNxt;
    if (fin) s.finSent = true;
    startedSending(k, s);
  }
  if (s.finQueued && !s.finSent && sdiff(s.sndNxt, s.sndUna) === s.sendLen) {
    const seq = s.sndNxt;
    tcpSend(k, s, FIN | ACK, seq, EMPTY, retransmit || sdiff(seq, s.sndMax) < 0);
    s.sndNxt = sadd(s.sndNxt, 1);
    s.finSent = true;
    startedSending(k, s);
  }
}

function startedSending(k: Kernel, s: Sock): void {
  if (sdiff(s.sndNxt, s.sndMax) > 0) {
    s.sndMax = s.sndNxt;
    if (s.rttSeq < 0) {
      s.rttSeq = s.sndNxt;
      s.rttAt = k.now;
    }
  }
  if (s.timerKind !== 'rtx') {
    if (s.rtxStart < 0) s.rtxStart = k.now;
    armTimer(k, s, 'rtx', k.now + s.rto);
  }
}

// ---------------------------------------------------------------- endings

/**
 * tcp_done(): the connection is over. The socket goes to CLOSED with both
 * directions shut (so poll reports HUP and reads return EOF after any error),
 * unsent data is discarded, received data stays readable. An orphan is freed.
 */
export function tcpDone(k: Kernel, s: Sock, errno: number, reason: string): void {
  stopTimer(s);
  s.delackAt = -1;
  removeConn(k, s);
  setState(k, s, 'CLOSED', reason);
  if (errno !== 0) s.soError = errno;
  wakeSock(k, s);
  s.shutRd = true;
  s.shutWr = true;
  s.sendQ = [];
  s.sendQOff = 0;
  if (s.sendLen > 0) queueEvent(k, s, 'send', 'remove', 0, 0);
  s.sendLen = 0;
  s.finQueued = false;
  // inet_put_port() unless bind() named the port; getsockname still shows it.
  if (!s.userBound) removeBind(k, s);
  if (s.orphan) destroySock(k, s, reason);
  else if (s.parent >= 0) {
    // A request that dies before the handshake completes just disappears.
    const p = k.socks.get(s.parent);
    if (p !== undefined && p.synQ.includes(s.id)) destroySock(k, s, reason);
  }
}

function enterTimeWait(k: Kernel, s: Sock, reason: string): void {
  setState(k, s, 'TIME-WAIT', reason);
  s.shutRd = true;
  s.shutWr = true;
  armTimer(k, s, 'timewait', k.now + LINUX.timeWaitMs);
}

// ---------------------------------------------------------------- the transition table

/**
 * A segment arrives for socket `s` (found by 4-tuple, or the listener).
 * Exhaustive over the eleven states; each case says the rule in English.
 */
export function tcpInput(k: Kernel, s: Sock, seg: Segment): void {
  switch (s.state) {
    // CLOSED: nothing is expected here (a fresh or reset socket that still owns
    // the 4-tuple). Any segment except a RST is answered with a RST.
    case 'CLOSED':
      sendRstFor(k, seg, 'socket is CLOSED');
      return;

    // LISTEN: a SYN creates a request (child socket in SYN-RECEIVED) and is
    // answered with SYN-ACK, unless the accept queue already holds backlog+1
    // connections: then the SYN is dropped silently (tcp_abort_on_overflow=0)
    // and the client will retransmit it. A stray ACK gets a RST, a RST is ignored.
    case 'LISTEN':
      listenInput(k, s, seg);
      return;

    // SYN-SENT: an acceptable SYN-ACK completes our side of the handshake
    // (ESTABLISHED, send the ACK); a RST that acknowledges our SYN means nobody
    // listens (ECONNREFUSED); a bare SYN is a simultaneous open (SYN-RECEIVED);
    // an ACK for something we never sent gets a RST.
    case 'SYN-SENT':
      synSentInput(k, s, seg);
      return;

    // All synchronized states share RFC 9293's order of checks (sequence, RST,
    // SYN, ACK, data, FIN); the per-state rules are in the switches inside.
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      synchronizedInput(k, s, seg);
      return;

    default: {
      const never: never = s.state;
      void never;
    }
  }
}

function listenInput(k: Kernel, l: Sock, seg: Segment): void {
  if (seg.flags & RST) return;
  if (seg.flags & ACK) {
    sendRstFor(k, seg, 'ACK for a listening socket with no matching request');
    return;
  }
  if (!(seg.flags & SYN)) return;
  if (l.acceptQ.length > l.backlog) {
    if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: `accept queue full (${l.acceptQ.length} > backlog ${l.backlog}): SYN dropped silently` });
    return;
  }
  const c = newSock(k, l.host, l.family, 1);
  c.state = 'LISTEN';
  c.reuseaddr = l.reuseaddr;
  c.reuseport = l.reuseport;
  c.keepalive = l.keepalive;
  c.nodelay = l.nodelay;
  c.userTimeout = l.userTimeout;
  c.v6only = l.v6only;
  c.lingerOn = l.lingerOn;
  c.lingerSecs = l.lingerSecs;
  const o = l.opts;
  // The same object as { ...l.opts, extra } (same keys in the same order), without a spread.
  c.opts = {
    broadcast: o.broadcast,
    oobinline: o.oobinline,
    rcvlowat: o.rcvlowat,
    rcvtimeo: o.rcvtimeo,
    sndtimeo: o.sndtimeo,
    keepidle: o.keepidle,
    keepintvl: o.keepintvl,
    keepcnt: o.keepcnt,
    ttl: o.ttl,
    hops: o.hops,
    tos: o.tos,
    userMss: o.userMss,
    cork: o.cork,
    tcpCork: o.tcpCork,
    extra: o.extra === null ? null : extraForChild(o.extra),
    dev: o.dev,
  };
  c.sndbuf = l.sndbuf;
  c.rcvbuf = l.rcvbuf;
  c.sndbufLocked = l.sndbufLocked;
  c.rcvbufLocked = l.rcvbufLocked;
  c.userBound = l.userBound;
  c.addrLocked = l.addrLocked;
  c.localIp = toSockIp(l, seg.dst);
  c.remoteIp = toSockIp(l, seg.src);
  c.remotePort = seg.sport;
  c.local = seg.srcHost === seg.dstHost;
  c.passive = true;
  c.mss = mssFor(c);
  c.parent = l.id;
  c.ss = 'connected';
  addBind(k, c, seg.dport);
  addConn(k, c, seg.rkey);
  if (k.recording) emit(k, { t: 'socket', time: k.now, cause: k.cause, sock: c.id, host: hostName(k, c.host), what: 'created', pid: -1, fd: -1 });
  c.irs = seg.seq;
  c.rcvNxt = sadd(seg.seq, 1);
  c.rcvWndEdge = c.rcvNxt;
  c.iss = rand32(k);
  c.sndUna = c.iss;
  c.sndNxt = sadd(c.iss, 1);
  c.sndMax = c.sndNxt;
  c.sndSml = c.sndNxt;
  c.sndWnd = seg.window;
  setState(k, c, 'SYN-RECEIVED', 'SYN received by listener');
  l.synQ.push(c.id);
  queueEvent(k, l, 'syn', 'add', l.synQ.length);
  tcpSend(k, c, SYN | ACK, c.iss, EMPTY);
  c.rttSeq = c.sndNxt;
  c.rttAt = k.now;
  c.rtxStart = k.now;
  armTimer(k, c, 'synack', k.now + LINUX.rtoInit);
}

function synSentInput(k: Kernel, s: Sock, seg: Segment): void {
  const ackOk = (seg.flags & ACK) !== 0 && seg.ack === sadd(s.iss, 1);
  if (seg.flags & ACK && !ackOk) {
    if (!(seg.flags & RST)) sendRstFor(k, seg, 'unacceptable ACK in SYN-SENT');
    return;
  }
  if (seg.flags & RST) {
    if (ackOk) tcpDone(k, s, ERRNO.ECONNREFUSED, 'RST in SYN-SENT: connection refused');
    return;
  }
  if (!(seg.flags & SYN)) return;
  s.irs = seg.seq;
  s.rcvNxt = sadd(seg.seq, 1);
  s.rcvWndEdge = s.rcvNxt;
  s.sndWnd = seg.window;
  if (ackOk) {
    s.sndUna = seg.ack;
    stopTimer(s);
    if (s.rtxCount === 0 && s.rttAt >= 0) rttSample(s, k.now - s.rttAt);
    else s.rto = computeRto(s);
    s.rttSeq = -1;
    s.rtxCount = 0;
    s.rtxStart = -1;
    setState(k, s, 'ESTABLISHED', 'SYN-ACK received');
    expandSndbuf(s);
    sendAck(k, s);
    tcpOutput(k, s);
  } else {
    setState(k, s, 'SYN-RECEIVED', 'simultaneous open: SYN received in SYN-SENT');
    tcpSend(k, s, SYN | ACK, s.iss, EMPTY);
  }
}

function synchronizedInput(k: Kernel, s: Sock, seg: Segment): void {
  let payload = seg.payload;
  let fin = (seg.flags & FIN) !== 0;
  let seq = seg.seq;

  // A new SYN for a connection in TIME-WAIT may start a new incarnation
  // (Linux: tcp_timewait_state_process returns TCP_TW_SYN): the old one is freed
  // and the SYN goes to the listener.
  if (s.state === 'TIME-WAIT' && seg.flags & SYN && !(seg.flags & ACK) && sdiff(seg.seq, s.rcvNxt) > 0) {
    destroySock(k, s, 'TIME-WAIT reused by a new SYN');
    const l = findListener(k, seg.dstHost, seg.dst, seg.dport, seg.family, seg.src, seg.sport);
    if (l !== undefined) tcpInput(k, l, seg);
    else sendRstFor(k, seg, 'no listener');
    return;
  }

  // First: RST. Accepted only at exactly the next expected sequence number
  // (RFC 5961); a RST elsewhere in the window draws a challenge ACK.
  if (seg.flags & RST) {
    if (seq !== s.rcvNxt) {
      if (sdiff(seq, s.rcvNxt) > 0 && sdiff(seq, s.rcvWndEdge) < 0) sendAck(k, s);
      return;
    }
    switch (s.state) {
      // SYN-RECEIVED: a passive request is simply forgotten (the listener stays);
      // an active (simultaneous) open is refused.
      case 'SYN-RECEIVED':
        if (s.parent >= 0) destroySock(k, s, 'RST in SYN-RECEIVED');
        else tcpDone(k, s, ERRNO.ECONNREFUSED, 'RST in SYN-RECEIVED');
        return;
      // CLOSE-WAIT: we had the peer's FIN; Linux reports EPIPE, not ECONNRESET.
      case 'CLOSE-WAIT':
        tcpDone(k, s, ERRNO.EPIPE, 'RST received in CLOSE-WAIT');
        return;
      // TIME-WAIT: the RST kills it early (tcp_rfc1337=0).
      case 'TIME-WAIT':
        tcpDone(k, s, 0, 'RST received in TIME-WAIT');
        return;
      // Everywhere else the connection is reset: ECONNRESET.
      case 'ESTABLISHED':
      case 'FIN-WAIT-1':
      case 'FIN-WAIT-2':
      case 'CLOSING':
      case 'LAST-ACK':
        tcpDone(k, s, ERRNO.ECONNRESET, `RST received in ${s.state}`);
        return;
    }
  }

  // Second: SYN. In SYN-RECEIVED a retransmitted SYN means our SYN-ACK was
  // lost: send it again. Anywhere else a SYN draws a challenge ACK (RFC 5961).
  if (seg.flags & SYN) {
    if (s.state === 'SYN-RECEIVED' && seg.flags & ACK && seg.seq === s.irs && seg.ack === s.sndNxt && s.parent < 0) {
      // Simultaneous open: the peer's SYN-ACK acknowledges our SYN; treat it as the ACK.
      seq = s.rcvNxt;
    } else {
      if (s.state === 'SYN-RECEIVED' && seg.seq === s.irs) tcpSend(k, s, SYN | ACK, s.iss, EMPTY, true);
      else sendAck(k, s);
      return;
    }
  }
  if (!(seg.flags & ACK)) return;

  // Third: sequence check. Old duplicates are re-acknowledged (that is how a
  // zero-window probe gets its answer); we keep no out-of-order queue, so a
  // segment from the future is dropped with a duplicate ACK and will be retransmitted.
  const before = sdiff(s.rcvNxt, seq);
  if (before > 0) {
    const len = payload.length + (fin ? 1 : 0);
    if (before >= len) {
      if (len > 0 || before > 0) sendAck(k, s);
      if (s.state === 'TIME-WAIT' && fin) armTimer(k, s, 'timewait', k.now + LINUX.timeWaitMs);
      if (len === 0) processAckField(k, s, seg);
      return;
    }
    payload = payload.subarray(before);
    seq = s.rcvNxt;
  } else if (before < 0) {
    sendAck(k, s);
    return;
  }
  // Data beyond the receive buffer is not accepted (the window honours it).
  const room = Math.max(0, s.rcvbuf - s.recvLen);
  if (payload.length > room) {
    if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: `receive buffer full: ${payload.length - room} bytes beyond the window discarded` });
    payload = payload.subarray(0, room);
    fin = false;
  }

  // Fourth: the ACK field.
  if (s.state === 'SYN-RECEIVED') {
    // SYN-RECEIVED: the ACK of our SYN-ACK completes the handshake. For a
    // passive open the child moves to the listener's accept queue; if that queue
    // is full the ACK is dropped silently and the request stays, waiting for a
    // retransmission (tcp_abort_on_overflow=0).
    if (seg.ack !== s.sndNxt) {
      sendRstFor(k, seg, 'unacceptable ACK in SYN-RECEIVED');
      return;
    }
    const l = s.parent >= 0 ? k.socks.get(s.parent) : undefined;
    if (l !== undefined) {
      if (l.acceptQ.length > l.backlog) {
        if (k.recording) emit(k, { t: 'segment', time: k.now, cause: k.cause, what: 'dropped', seg, reason: `accept queue full (${l.acceptQ.length} > backlog ${l.backlog}): handshake ACK dropped silently` });
        return;
      }
      const i = l.synQ.indexOf(s.id);
      if (i >= 0) l.synQ.splice(i, 1);
      queueEvent(k, l, 'syn', 'remove', l.synQ.length);
      l.acceptQ.push(s.id);
      queueEvent(k, l, 'accept', 'add', l.acceptQ.length);
    }
    s.sndUna = seg.ack;
    s.sndWnd = seg.window;
    stopTimer(s);
    if (s.rtxCount === 0 && s.rttAt >= 0) rttSample(s, k.now - s.rttAt);
    else s.rto = computeRto(s);
    s.rttSeq = -1;
    s.rtxCount = 0;
    s.rtxStart = -1;
    setState(k, s, 'ESTABLISHED', 'handshake ACK received');
    expandSndbuf(s);
  } else {
    if (!processAckField(k, s, seg)) return;
  }
  if (!k.socks.has(s.id) || s.state === 'CLOSED') return;

  // Fifth: data. Accepted in ESTABLISHED, FIN-WAIT-1 and FIN-WAIT-2. A socket
  // whose reading side is shut (closed by the user) answers new data with a RST
  // and dies (Linux: TCPAbortOnData). After the peer's FIN there can be no data.
  let needAck = false;
  let delayAck = false;
  if (payload.length > 0) {
    switch (s.state) {
      case 'ESTABLISHED':
        appendRecv(k, s, payload, (seg.flags & URG) !== 0 && payload.length === seg.payload.length);
        needAck = true;
        break;
      case 'FIN-WAIT-1':
      case 'FIN-WAIT-2':
        // Both directions shut (close(), or shutdown(SHUT_RD) plus our FIN): RFC 1122 says
        // reset. Linux checks RCV_SHUTDOWN, so SHUT_RDWR on an open socket does the same.
        if (s.shutRd) {
          const why = s.orphan ? 'data arrived for a closed socket' : 'data arrived after shutdown(SHUT_RD) in ' + s.state;
          // The reset answers the segment (a bare RST taking its seq from the ACK field).
          sendRstFor(k, seg, why);
          tcpDone(k, s, ERRNO.ECONNRESET, why);
          return;
        }
        appendRecv(k, s, payload, (seg.flags & URG) !== 0 && payload.length === seg.payload.length);
        needAck = true;
        break;
      case 'CLOSE-WAIT':
      case 'CLOSING':
      case 'LAST-ACK':
      case 'TIME-WAIT':
        needAck = true;
        fin = false;
        break;
      default:
        break;
    }
  }

  // Sixth: FIN, once everything before it has arrived.
  if (fin) {
    s.rcvNxt = sadd(s.rcvNxt, 1);
    s.finReceived = true;
    s.shutRd = true;
    needAck = true;
    switch (s.state) {
      // ESTABLISHED: the peer is done sending; we may still send (CLOSE-WAIT).
      // Linux enters "pingpong" mode here and delays this ACK (40 ms), so an
      // application that closes at once sends one FIN-ACK that carries it.
      case 'ESTABLISHED':
        setState(k, s, 'CLOSE-WAIT', 'FIN received');
        delayAck = true;
        break;
      // FIN-WAIT-1: both sides closed at once, our FIN not yet acknowledged.
      case 'FIN-WAIT-1':
        setState(k, s, 'CLOSING', 'FIN received before our FIN was acknowledged (simultaneous close)');
        break;
      // FIN-WAIT-2: the peer's FIN completes the close; wait 60 s in TIME-WAIT.
      case 'FIN-WAIT-2':
        enterTimeWait(k, s, 'FIN received in FIN-WAIT-2');
        break;
      // TIME-WAIT: a retransmitted FIN restarts the 2MSL timer.
      case 'TIME-WAIT':
        armTimer(k, s, 'timewait', k.now + LINUX.timeWaitMs);
        break;
      default:
        break;
    }
  }
  if (needAck) {
    if (delayAck) armDelack(k, s, k.now + LINUX.delackMs);
    else sendAck(k, s);
  }
  tcpOutput(k, s);
}

/** The delayed ACK is due and nothing carried it meanwhile: send it. */
export function tcpDelack(k: Kernel, s: Sock): void {
  s.delackAt = -1;
  if (s.state === 'CLOSED' || s.state === 'LISTEN' || s.state === 'SYN-SENT') return;
  if (k.recording) emit(k, { t: 'timer', time: k.now, cause: k.cause, sock: s.id, what: 'delayed ACK' });
  sendAck(k, s);
}

/** Put byte b into the receive queue `off` bytes after the read position. */
function insertRecvByte(s: Sock, off: number, b: number): void {
  let pos = s.recvQOff + off;
  for (let i = 0; i < s.recvQ.length; i++) {
    const c = s.recvQ[i]!;
    if (pos <= c.length) {
      const n = new Uint8Array(c.length + 1);
      n.set(c.subarray(0, pos), 0);
      n[pos] = b;
      n.set(c.subarray(pos), pos + 1);
      s.recvQ[i] = n;
      s.recvLen++;
      return;
    }
    pos -= c.length;
  }
  s.recvQ.push(new Uint8Array([b]));
  s.recvLen++;
}

function appendRecv(k: Kernel, s: Sock, payload: Uint8Array, urgent = false): void {
  // tcp_event_data_recv: ato starts at TCP_ATO_MIN with the first data; in pingpong mode the ACK
  // waits for a reply until ato has passed.
  if (s.ato === 0) s.ato = LINUX.delackMs;
  s.lrcvAt = k.now;
  if (s.pingpong && s.ackDue < 0) s.ackDue = k.now + s.ato;
  if (urgent && payload.length > 0) {
    // Urgent data: the last byte is urgent (tcp_urg); select's exceptional set reports it
    // (POLLPRI) and recv() stops at its mark. With SO_OOBINLINE it stays in the stream (recv
    // returns it, MSG_OOB is EINVAL); without, it leaves the stream and waits for recv(MSG_OOB).
    if (s.urgOff > 0 && !s.opts.oobinline) {
      // tcp_check_urg: a new urgent pointer turns the previous urgent byte (read with MSG_OOB or
      // not) back into ordinary data, still in the skb at its old place; only a byte at the read
      // position (copied_seq == urg_seq) is skipped for good.
      insertRecvByte(s, s.urgOff, s.oobByte);
    }
    s.oobByte = payload[payload.length - 1]!;
    s.urgOff = s.recvLen + payload.length - 1;
    s.urgRead = false;
    if (!s.opts.oobinline) {
      s.rcvNxt = sadd(s.rcvNxt, 1);
      payload = payload.subarray(0, payload.length - 1);
      if (payload.length === 0) return;
    }
  }
  s.recvQ.push(payload);
  s.recvLen += payload.length;
  s.rcvNxt = sadd(s.rcvNxt, payload.length);
  queueEvent(k, s, 'recv', 'add', s.recvQ.length, s.recvLen);
}

/**
 * The ACK field in a synchronized state: free acknowledged bytes, take an RTT
 * sample, restart or stop the retransmission timer, take the new window, and
 * make the FIN-acknowledged transitions. Returns false if the segment must be dropped.
 */
function processAckField(k: Kernel, s: Sock, seg: Segment): boolean {
  const ack = seg.ack;
  if (sdiff(ack, s.sndMax) > 0) {
    // Acknowledges something never sent: re-ACK and drop (RFC 9293).
    sendAck(k, s);
    return false;
  }
  if (sdiff(ack, s.sndUna) >= 0) s.sndWnd = seg.window;
  if (sdiff(ack, s.sndUna) > 0) {
    let acked = sdiff(ack, s.sndUna);
    const dataAcked = Math.min(acked, s.sendLen);
    if (dataAcked > 0) {
      sendConsume(s, dataAcked);
      queueEvent(k, s, 'send', 'remove', s.sendQ.length, s.sendLen);
    }
    acked -= dataAcked;
    s.sndUna = ack;
    if (s.sndUp >= 0 && sdiff(ack, s.sndUp) >= 0) s.sndUp = -1;
    if (sdiff(s.sndNxt, s.sndUna) < 0) s.sndNxt = s.sndUna;
    if (s.rttSeq >= 0 && sdiff(ack, s.rttSeq) >= 0) {
      if (s.rtxCount === 0) rttSample(s, k.now - s.rttAt);
      s.rttSeq = -1;
    }
    s.rtxCount = 0;
    s.rto = computeRto(s);
    if (s.sndUna === s.sndMax) {
      if (s.timerKind === 'rtx' || s.timerKind === 'persist') stopTimer(s);
      s.rtxStart = -1;
    } else {
      s.rtxStart = k.now;
      armTimer(k, s, 'rtx', k.now + s.rto);
    }
  } else if (s.timerKind === 'persist' && s.sndWnd > 0) {
    stopTimer(s);
  }
  const finAcked = s.finSent && s.sndUna === s.sndMax;
  switch (s.state) {
    // FIN-WAIT-1: once our FIN is acknowledged, wait for the peer's (FIN-WAIT-2).
    // An orphan only waits tcp_fin_timeout (60 s) for it.
    case 'FIN-WAIT-1':
      if (finAcked) {
        setState(k, s, 'FIN-WAIT-2', 'our FIN was acknowledged');
        if (s.orphan) armTimer(k, s, 'finwait2', k.now + LINUX.finTimeoutMs);
      }
      break;
    // CLOSING: our FIN acknowledged after a simultaneous close: TIME-WAIT.
    case 'CLOSING':
      if (finAcked) enterTimeWait(k, s, 'our FIN was acknowledged in CLOSING');
      break;
    // LAST-ACK: the acknowledgement of our FIN ends the connection.
    case 'LAST-ACK':
      if (finAcked) {
        tcpDone(k, s, 0, 'our FIN was acknowledged in LAST-ACK');
        return false;
      }
      break;
    default:
      break;
  }
  return true;
}

// ---------------------------------------------------------------- demultiplexing

/** The listener for a segment's destination: an exact local address beats a wildcard. */
export function findListener(k: Kernel, host: number, dst: string, dport: number, family: number, src = '', sport = 0): Sock | undefined {
  const list = k.binds.get(bindKeyOf(host, 1, dport));
  if (list === undefined) return undefined;
  let best: Sock | undefined;
  let bestScore = -1;
  for (const id of list) {
    const s = k.socks.get(id);
    if (s === undefined || s.state !== 'LISTEN') continue;
    let score = -1;
    const lip = s.localIp;
    if (s.family === family) {
      if (lip === '0.0.0.0' || lip === '::') score = 1;
      else if (unmap(lip) === dst) score = 2;
    } else if (family === 2 && s.family === 10 && !s.v6only) {
      if (lip === '::') score = 0;
      else if (unmap(lip) === dst) score = 2;
    }
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best !== undefined && best.reuseport ? reuseportPick(k, list, best, src, sport, 'LISTEN') : best;
}

/**
 * SO_REUSEPORT: sockets bound to the same address and port with the option form a group, and each
 * flow goes to one of them by a hash of its source (reuseport_select_sock: Linux hashes the 4-tuple
 * with a random secret; here a fixed hash, so runs are repeatable). Members in join (bind) order.
 */
export function reuseportPick(k: Kernel, list: Iterable<number>, best: Sock, src: string, sport: number, state: string): Sock {
  const group: Sock[] = [];
  for (const id of list) {
    const s = k.socks.get(id);
    if (s !== undefined && s.reuseport && s.state === state && s.family === best.family && s.localIp === best.localIp && s.type === best.type) group.push(s);
  }
  if (group.length < 2) return best;
  let h = 2166136261 ^ sport;
  for (let i = 0; i < src.length; i++) h = Math.imul(h ^ src.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h ^= h >>> 13;
  return group[(h >>> 0) % group.length]!;
}

/** Deliver a TCP segment on its destination host: 4-tuple first, then a listener, else RST. */
export function tcpRcv(k: Kernel, seg: Segment): void {
  const id = k.conns.get(seg.rkey !== '' ? seg.rkey : connKeyOf(seg.dstHost, seg.dst, seg.dport, seg.src, seg.sport));
  const s = id === undefined ? findListener(k, seg.dstHost, seg.dst, seg.dport, seg.family, seg.src, seg.sport) : k.socks.get(id);
  if (s === undefined) {
    sendRstFor(k, seg, 'no socket for this port');
    return;
  }
  tcpInput(k, s, seg);
}

// ---------------------------------------------------------------- user calls

/** connect(): choose the ISN, send the SYN, arm the 1 s SYN timer. */
export function tcpConnect(k: Kernel, s: Sock): void {
  s.iss = rand32(k);
  s.sndUna = s.iss;
  s.sndNxt = sadd(s.iss, 1);
  s.sndMax = s.sndNxt;
  s.sndSml = s.sndNxt;
  s.rto = LINUX.rtoInit;
  s.rtxCount = 0;
  s.rtxStart = k.now;
  s.rttSeq = s.sndNxt;
  s.rttAt = k.now;
  s.mss = mssFor(s);
  s.peerKey = '';
  addConn(k, s);
  setState(k, s, 'SYN-SENT', 'connect() sent SYN');
  tcpSend(k, s, SYN, s.iss, EMPTY);
  armTimer(k, s, 'rtx', k.now + LINUX.rtoInit);
}

/** Reset every connection a listener still holds (close() or shutdown(SHUT_RD) on it). */
function listenStop(k: Kernel, l: Sock): void {
  for (const id of [...l.synQ]) {
    const c = k.socks.get(id);
    if (c !== undefined) destroySock(k, c, 'listener closed');
  }
  for (const id of [...l.acceptQ]) {
    const c = k.socks.get(id);
    if (c === undefined) continue;
    c.orphan = true;
    if (c.state !== 'CLOSED') sendRst(k, c);
    tcpDone(k, c, ERRNO.ECONNRESET, 'listener closed before accept()');
    if (k.socks.has(c.id)) destroySock(k, c, 'listener closed');
  }
  l.synQ = [];
  l.acceptQ = [];
}

/**
 * close() on a TCP socket (the fd is already gone). Unread data, or SO_LINGER
 * with a zero timeout, aborts with RST-ACK; otherwise a FIN is queued and the
 * orphan finishes the close on its own.
 */
export function tcpClose(k: Kernel, s: Sock): void {
  s.orphan = true;
  switch (s.state) {
    case 'CLOSED':
      destroySock(k, s, 'closed');
      return;
    case 'LISTEN':
      listenStop(k, s);
      setState(k, s, 'CLOSED', 'close() on listener');
      destroySock(k, s, 'closed');
      return;
    case 'SYN-SENT':
      tcpDone(k, s, 0, 'close() in SYN-SENT');
      return;
    default:
      break;
  }
  if (s.state !== 'TIME-WAIT' && (s.recvLen > 0 || (s.lingerOn && s.lingerSecs === 0))) {
    sendRst(k, s);
    tcpDone(k, s, 0, s.recvLen > 0 ? 'close() with unread data: RST' : 'close() with SO_LINGER 0: RST');
    return;
  }
  s.shutRd = true;
  shutWrite(k, s, 'close()');
  if (s.state === 'FIN-WAIT-2') armTimer(k, s, 'finwait2', k.now + LINUX.finTimeoutMs);
}

/** Stop sending: queue the FIN (ESTABLISHED -> FIN-WAIT-1, CLOSE-WAIT -> LAST-ACK). */
export function shutWrite(k: Kernel, s: Sock, why: string): void {
  s.shutWr = true;
  switch (s.state) {
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
      s.finQueued = true;
      setState(k, s, 'FIN-WAIT-1', `${why}: FIN queued`);
      tcpOutput(k, s);
      return;
    case 'CLOSE-WAIT':
      s.finQueued = true;
      setState(k, s, 'LAST-ACK', `${why}: FIN queued`);
      tcpOutput(k, s);
      return;
    default:
      return;
  }
}

/** shutdown(SHUT_RD) on a listener or shutdown in SYN-SENT: tcp_disconnect(). */
export function tcpDisconnect(k: Kernel, s: Sock): void {
  if (s.state === 'LISTEN') {
    listenStop(k, s);
    setState(k, s, 'CLOSED', 'shutdown() on listener');
    if (!s.userBound) removeBind(k, s);
    if (!s.addrLocked) s.localIp = s.family === 2 ? '0.0.0.0' : '::';
    return;
  }
  stopTimer(s);
  removeConn(k, s);
  setState(k, s, 'CLOSED', 'shutdown() in SYN-SENT');
}

// ---------------------------------------------------------------- timers

/** tcp_clamp_rto_to_user_timeout: with TCP_USER_TIMEOUT, never wait past it (at least 1 ms). */
function clampToUserTimeout(k: Kernel, s: Sock, rto: number): number {
  if (s.userTimeout <= 0) return rto;
  const remaining = s.userTimeout - (k.now - s.rtxStart);
  return Math.max(1, Math.min(rto, remaining));
}

/** A socket's timer fired at k.now. */
export function tcpTimer(k: Kernel, s: Sock): void {
  const kind = s.timerKind;
  s.timerKind = 'none';
  s.timerAt = -1;
  if (k.recording) emit(k, { t: 'timer', time: k.now, cause: k.cause, sock: s.id, what: kind });
  switch (kind) {
    // SYN-SENT: resend the SYN. Linux's schedule with tcp_syn_linear_timeouts=4:
    // 1 s apart for the first five tries, then doubling (2, 4, 8, 16, 32, 64 s);
    // give up with ETIMEDOUT once 127 s have passed (tcp_syn_retries=6), which
    // happens at the 11th expiry, 131 s after connect().
    case 'rtx':
      if (s.state === 'SYN-SENT') {
        if (k.now - s.rtxStart >= (s.userTimeout || modelTimeout(LINUX.synRetries, LINUX.rtoInit))) {
          tcpDone(k, s, s.softError || ERRNO.ETIMEDOUT, 'SYN retries exhausted');
          return;
        }
        s.rtxCount++;
        s.rttSeq = -1;
        tcpSend(k, s, SYN, s.iss, EMPTY, true);
        const gap = s.rtxCount <= LINUX.synLinearTimeouts ? LINUX.rtoInit : Math.min(LINUX.rtoMax, LINUX.rtoInit << (s.rtxCount - LINUX.synLinearTimeouts));
        armTimer(k, s, 'rtx', k.now + clampToUserTimeout(k, s, gap));
        return;
      }
      if (s.sndUna === s.sndMax) return;
      // Data or FIN unacknowledged for an RTO: go back to sndUna and resend,
      // doubling the RTO; after tcp_retries2 (924.6 s) the connection times out.
      if (k.now - s.rtxStart >= (s.userTimeout || modelTimeout(LINUX.retries2, LINUX.rtoMin))) {
        tcpDone(k, s, ERRNO.ETIMEDOUT, 'retransmissions exhausted');
        return;
      }
      s.rtxCount++;
      s.rto = Math.min(LINUX.rtoMax, s.rto * 2);
      s.rttSeq = -1;
      s.sndNxt = s.sndUna;
      s.finSent = false;
      tcpOutput(k, s, true);
      armTimer(k, s, 'rtx', k.now + clampToUserTimeout(k, s, s.rto));
      return;
    // SYN-RECEIVED: resend the SYN-ACK at 1, 2, 4, 8, 16 s; after
    // tcp_synack_retries=5 the request is dropped.
    case 'synack':
      if (s.state !== 'SYN-RECEIVED') return;
      s.rtxCount++;
      if (s.rtxCount > LINUX.synackRetries) {
        destroySock(k, s, 'SYN-ACK retries exhausted');
        return;
      }
      s.rttSeq = -1;
      tcpSend(k, s, SYN | ACK, s.iss, EMPTY, true);
      armTimer(k, s, 'synack', k.now + (LINUX.rtoInit << s.rtxCount));
      return;
    // Zero window: probe with an old sequence number so the peer re-advertises.
    case 'persist':
      if (s.sndWnd > 0 || s.sendLen === 0 || !canSendData(s)) {
        tcpOutput(k, s);
        return;
      }
      tcpSend(k, s, ACK, sadd(s.sndUna, -1), EMPTY);
      s.rto = Math.min(LINUX.rtoMax, s.rto * 2);
      armTimer(k, s, 'persist', k.now + s.rto);
      return;
    // TIME-WAIT over: the connection is gone and its port is free again.
    case 'timewait':
      tcpDone(k, s, 0, 'TIME-WAIT expired (60 s)');
      if (k.socks.has(s.id) && s.orphan) destroySock(k, s, 'TIME-WAIT expired');
      return;
    // An orphan waited tcp_fin_timeout in FIN-WAIT-2 for the peer's FIN.
    case 'finwait2':
      if (s.state === 'FIN-WAIT-2') tcpDone(k, s, 0, 'FIN-WAIT-2 timeout (tcp_fin_timeout)');
      return;
    case 'none':
      return;
  }
}

export { sendRst, sendAck as tcpAckNow };

/** The MSS for a connection's path: loopback's MTU 65536 less IPv4 or IPv6 and TCP headers and timestamps. */
function mssFor(s: Sock): number {
  if (!s.local) return LINUX.mssLink;
  return isV4(unmap(s.remoteIp)) ? LINUX.mssLoopback : LINUX.mssLoopback6;
}
