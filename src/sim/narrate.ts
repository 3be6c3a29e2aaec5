/**
 * Narration: one plain paragraph saying what a step did, built from the step's kernel events.
 * Students read it out of the corner of their eye while watching the panels, so it leads with the
 * cause ("the client runs line 6"), then the effect on the kernel and the wire.
 */
import type { KEvent, Kernel, Segment } from '../kernel/syscalls';
import type { Simulation, StepRecord } from './engine';

const FLAG_ORDER: [number, string][] = [
  [0x02, 'SYN'],
  [0x01, 'FIN'],
  [0x04, 'RST'],
  [0x08, 'PSH'],
  [0x10, 'ACK'],
];

/** TCP flags as the panels print them: 'SYN', 'SYN+ACK', 'PSH+ACK', 'FIN+ACK', 'RST' … */
export function flagName(flags: number): string {
  const parts = FLAG_ORDER.filter(([bit]) => flags & bit).map(([, n]) => n);
  return parts.length ? parts.join('+') : 'none';
}

export function endpoint(ip: string, port: number, family: number): string {
  return family === 10 || ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

export function hostLabel(k: Kernel, host: number): string {
  return k.hosts[host]?.addrs[0] ?? '127.0.0.1';
}

function ownerLabel(sim: Simulation, k: Kernel, hostIdx: number): string {
  const name = k.hosts[hostIdx]?.name;
  const prog = sim.spec.programs.find((p) => p.host === name);
  if (name === 'localhost') return 'the kernel';
  if (!prog) return `${name}'s kernel`;
  return prog.id === 'server' ? "the server's kernel" : `${prog.label}'s kernel`;
}

function segWords(seg: Segment): string {
  if (seg.proto === 'udp') return `a UDP datagram of ${seg.payload.length} byte${seg.payload.length === 1 ? '' : 's'}`;
  if (seg.proto === 'icmp') return 'an ICMP port-unreachable message';
  const f = flagName(seg.flags);
  const data = seg.payload.length ? ` carrying ${seg.payload.length} byte${seg.payload.length === 1 ? '' : 's'}` : '';
  return `${f}${data}`;
}

function reprBytes(v: unknown): string | null {
  if (!(v instanceof Uint8Array)) return null;
  let s = '';
  for (const b of v.subarray(0, 40)) s += b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
  return `b'${s}${v.length > 40 ? '…' : ''}'`;
}

function syscallSentence(e: Extract<KEvent, { t: 'syscall' }>): string | null {
  const name = e.name;
  if (e.result === 'err') {
    return `${name}() fails with ${e.errno !== undefined ? errnoLabel(e.errno) : 'an error'}.`;
  }
  if (e.result === 'block') {
    switch (name) {
      case 'connect':
        return 'connect() waits for the handshake to complete.';
      case 'accept':
        return 'accept() blocks: the accept queue is empty.';
      case 'select':
        return 'select() blocks: none of its sockets is ready.';
      case 'recv':
      case 'recvfrom':
        return `${name}() blocks: no data has arrived.`;
      default:
        return `${name}() blocks${e.reason ? ': ' + e.reason.replace(/^blocked in [^:]+: /, '') : ''}.`;
    }
  }
  const v = e.value as unknown;
  switch (name) {
    case 'socket':
      return `socket() creates a new socket, file descriptor ${String(v)}.`;
    case 'bind':
      return 'bind() gives the socket its local address and port.';
    case 'listen':
      return 'listen() makes it a listening socket: from now on its kernel completes handshakes and queues the connections for accept().';
    case 'connect':
      return 'connect() returns: the three-way handshake is complete.';
    case 'accept': {
      const fd = (v as { fd?: number } | undefined)?.fd;
      return `accept() takes the first connection off the accept queue and returns a new socket${fd !== undefined ? `, fd ${fd}` : ''}.`;
    }
    case 'recv':
    case 'recvfrom': {
      // The kernel's event summarises the data: { bytes } (and addr for recvfrom), or the bytes themselves.
      const data = v instanceof Uint8Array ? v : (v as { data?: Uint8Array } | undefined)?.data;
      const n = data instanceof Uint8Array ? data.length : (v as { bytes?: number } | undefined)?.bytes;
      if (n === 0)
        return `${name}() returns an empty string: the peer has closed its end (its FIN arrived), and end-of-file is permanent. The socket stays readable, so select() reports it again at once; a server that never removes it from its list spins forever.`;
      if (data instanceof Uint8Array) return `${name}() returns ${data.length} byte${data.length === 1 ? '' : 's'}: ${reprBytes(data)}.`;
      if (typeof n === 'number') return `${name}() returns ${n} byte${n === 1 ? '' : 's'} from the receive buffer.`;
      return `${name}() returns.`;
    }
    case 'send':
    case 'sendto':
      return `${name}() copies ${String(v)} byte${v === 1 ? '' : 's'} into the send buffer and returns at once.`;
    case 'close':
      // A close no line asked for: CPython's refcounting freed the socket object (src/python, realClose).
      if (e.cause !== null && 'note' in e.cause && e.cause.note === 'garbage-collected') {
        return `Python closes fd ${String((e.args as { fd?: number } | null)?.fd ?? '?')} itself: nothing refers to that socket object any more (a name was rebound or deleted, or a function returned), so it is freed and its close() runs, as in CPython.`;
      }
      return 'close() releases the file descriptor.';
    case 'shutdown':
      return 'shutdown() closes one direction of the connection.';
    case 'select': {
      const r = v as { r?: number[]; w?: number[]; x?: number[] } | undefined;
      const n = (r?.r?.length ?? 0) + (r?.w?.length ?? 0) + (r?.x?.length ?? 0);
      return n === 0 ? 'select() returns three empty lists: its timeout expired.' : `select() returns: fd ${[...(r?.r ?? []), ...(r?.w ?? []), ...(r?.x ?? [])].join(', ')} ready.`;
    }
    default:
      return null;
  }
}

const ERRNO_WORDS: Record<number, string> = {
  9: 'EBADF (Bad file descriptor)',
  11: 'EAGAIN (Resource temporarily unavailable)',
  22: 'EINVAL (Invalid argument)',
  32: 'EPIPE (Broken pipe)',
  98: 'EADDRINUSE (Address already in use)',
  99: 'EADDRNOTAVAIL (Cannot assign requested address)',
  104: 'ECONNRESET (Connection reset by peer)',
  106: 'EISCONN (Transport endpoint is already connected)',
  107: 'ENOTCONN (Transport endpoint is not connected)',
  110: 'ETIMEDOUT (Connection timed out)',
  111: 'ECONNREFUSED (Connection refused)',
  114: 'EALREADY (Operation already in progress)',
  115: 'EINPROGRESS (Operation now in progress)',
};

function errnoLabel(n: number): string {
  return ERRNO_WORDS[n] ?? `errno ${n}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function narrate(sim: Simulation, rec: StepRecord): string {
  const k = sim.state.kernel;
  const parts: string[] = [];
  if (rec.prog >= 0) {
    const spec = sim.spec.programs[rec.prog];
    const code = rec.line !== null ? (spec.source.split('\n')[rec.line - 1] ?? '').trim() : '';
    parts.push(`${spec.label} runs line ${rec.line ?? '?'}${code ? `: ${code}` : ''}.`);
  } else {
    parts.push(`Time ${formatMs(rec.time)}: the network moves.`);
  }
  for (const e of rec.events) {
    if (e.t === 'syscall') {
      const s = syscallSentence(e);
      if (s) parts.push(s); // sentences start with the call's own name, e.g. socket(), kept lower-case
    }
  }
  const segs: string[] = [];
  for (const e of rec.events) {
    if (e.t !== 'segment') continue;
    const seg = e.seg;
    const dst = endpoint(seg.dst, seg.dport, seg.family);
    const src = endpoint(seg.src, seg.sport, seg.family);
    if (e.what === 'sent') segs.push(`${capital(ownerLabel(sim, k, seg.srcHost))} sends ${segWords(seg)} to ${dst}.`);
    else if (e.what === 'delivered') segs.push(`${capital(ownerLabel(sim, k, seg.dstHost))} receives ${segWords(seg)} from ${src}.`);
    else if (e.what === 'dropped') segs.push(`${capital(segWords(seg))} from ${src} to ${dst} is dropped${e.reason ? `: ${e.reason}` : ''}.`);
  }
  // Synchronous loopback exchanges can send many segments in one step: keep the paragraph short.
  if (segs.length > 4) parts.push(...segs.slice(0, 3), `…and ${segs.length - 3} more segments.`);
  else parts.push(...segs);
  for (const e of rec.events) {
    if (e.t === 'state' && (e.to === 'ESTABLISHED' || e.to === 'TIME-WAIT' || e.to === 'CLOSE-WAIT' || e.to === 'FIN-WAIT-2')) {
      parts.push(`A socket on ${k.hosts.find((h) => h.name === e.host)?.addrs[0] ?? e.host} goes ${e.from} → ${e.to}.`);
    }
  }
  return parts.join(' ');
}

export function formatMs(ms: number): string {
  return `${Number(ms.toFixed(3))} ms`;
}
