/**
 * Read-only views of the kernel for the UI: one row per socket with everything
 * a socket panel draws, and a one-line description of a segment.
 */
import { hostName } from './core';
import type { Kernel, Segment, Sock, TcpState } from './types';
import { ACK, FIN, PSH, RST, SYN, URG } from './types';

export interface SocketInfo {
  id: number;
  host: string;
  /** Owning process and fd; -1 for orphans (closed by the user) and unaccepted connections. */
  pid: number;
  fd: number;
  family: 'AF_INET' | 'AF_INET6';
  type: 'SOCK_STREAM' | 'SOCK_DGRAM';
  local: string;
  remote: string;
  /** RFC name for TCP; UDP shows 'UNCONNECTED' or 'CONNECTED'. */
  state: TcpState | 'UNCONNECTED' | 'CONNECTED';
  backlog: number | null;
  synQueue: number;
  /** Connections waiting in the accept queue (socket ids and peers). */
  acceptQueue: { id: number; remote: string; state: TcpState; recvBytes: number }[];
  /** Socket id of the listener whose queue holds this connection, or -1. */
  listener: number;
  recvBytes: number;
  sendBytes: number;
  recvPreview: string;
  sendPreview: string;
  datagrams: number;
  rcvbuf: number;
  sndbuf: number;
  seq: { iss: number; sndUna: number; sndNxt: number; sndWnd: number; irs: number; rcvNxt: number; rcvWnd: number } | null;
  timer: { kind: string; at: number } | null;
  eofReceived: boolean;
  errorPending: number;
  nonblocking: boolean;
  reuseaddr: boolean;
  shutRd: boolean;
  shutWr: boolean;
  orphan: boolean;
}

function fmt(ip: string, port: number): string {
  return ip.indexOf(':') >= 0 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

function preview(chunks: Uint8Array[], off: number, max = 48): string {
  let out = '';
  let first = true;
  for (const c of chunks) {
    const start = first ? off : 0;
    first = false;
    for (let i = start; i < c.length && out.length < max; i++) {
      const b = c[i]!;
      out += b >= 32 && b < 127 ? String.fromCharCode(b) : b === 10 ? '\\n' : `\\x${b.toString(16).padStart(2, '0')}`;
    }
    if (out.length >= max) return out + '…';
  }
  return out;
}

function info(k: Kernel, s: Sock): SocketInfo {
  const tcp = s.type === 1;
  return {
    id: s.id,
    host: hostName(k, s.host),
    pid: s.pid,
    fd: s.fd,
    family: s.family === 2 ? 'AF_INET' : 'AF_INET6',
    type: tcp ? 'SOCK_STREAM' : 'SOCK_DGRAM',
    local: fmt(s.localIp, s.localPort),
    remote: s.remotePort === 0 ? '*' : fmt(s.remoteIp, s.remotePort),
    state: tcp ? s.state : s.state === 'ESTABLISHED' ? 'CONNECTED' : 'UNCONNECTED',
    backlog: s.state === 'LISTEN' ? s.backlog : null,
    synQueue: s.synQ.length,
    acceptQueue: s.acceptQ.map((id) => {
      const c = k.socks.get(id);
      return { id, remote: c ? fmt(c.remoteIp, c.remotePort) : '?', state: c?.state ?? 'CLOSED', recvBytes: c?.recvLen ?? 0 };
    }),
    listener: s.parent,
    recvBytes: tcp ? s.recvLen : s.dgramBytes,
    sendBytes: s.sendLen,
    recvPreview: tcp ? preview(s.recvQ, s.recvQOff) : preview(s.dgrams.map((d) => d.data), 0),
    sendPreview: preview(s.sendQ, s.sendQOff),
    datagrams: s.dgrams.length,
    rcvbuf: s.rcvbuf,
    sndbuf: s.sndbuf,
    seq:
      tcp && s.state !== 'CLOSED' && s.state !== 'LISTEN'
        ? { iss: s.iss, sndUna: s.sndUna, sndNxt: s.sndNxt, sndWnd: s.sndWnd, irs: s.irs, rcvNxt: s.rcvNxt, rcvWnd: s.rcvWndAdv }
        : null,
    timer: s.timerKind === 'none' ? null : { kind: s.timerKind, at: s.timerAt },
    eofReceived: s.finReceived,
    errorPending: s.soError,
    nonblocking: s.nonblocking,
    reuseaddr: s.reuseaddr,
    shutRd: s.shutRd,
    shutWr: s.shutWr,
    orphan: s.orphan,
  };
}

/** Every socket, ordered by host, then pid/fd (orphans last), then id. */
export function listSockets(k: Kernel, host?: string): SocketInfo[] {
  const out: SocketInfo[] = [];
  for (const s of k.socks.values()) {
    if (host !== undefined && hostName(k, s.host) !== host) continue;
    out.push(info(k, s));
  }
  out.sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0) || (a.pid < 0 ? 1 : 0) - (b.pid < 0 ? 1 : 0) || a.pid - b.pid || a.fd - b.fd || a.id - b.id);
  return out;
}

export function flagNames(flags: number): string {
  const n: string[] = [];
  if (flags & SYN) n.push('SYN');
  if (flags & FIN) n.push('FIN');
  if (flags & RST) n.push('RST');
  if (flags & PSH) n.push('PSH');
  if (flags & ACK) n.push('ACK');
  if (flags & URG) n.push('URG');
  return n.join('|');
}

/** 'TCP 10.0.0.2:40000 > 10.0.0.1:50000 [SYN] seq=... win=... len=0' */
export function describeSegment(seg: Segment): string {
  const src = fmt(seg.src, seg.sport);
  const dst = fmt(seg.dst, seg.dport);
  if (seg.proto === 'udp') return `UDP ${src} > ${dst} len=${seg.payload.length}`;
  if (seg.proto === 'icmp') return `ICMP ${seg.src} > ${seg.dst} port unreachable (${seg.icmp?.origDst}:${seg.icmp?.origDport})`;
  const ack = seg.flags & ACK ? ` ack=${seg.ack}` : '';
  return `TCP ${src} > ${dst} [${flagNames(seg.flags)}] seq=${seg.seq}${ack} win=${seg.window} len=${seg.payload.length}`;
}
