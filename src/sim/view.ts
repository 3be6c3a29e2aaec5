/**
 * The read-only view of one moment of a simulation, derived on demand for the UI.
 *
 * Nothing here is stored: the view is computed from the state at the current step and the step
 * records before it. Reading the kernel happens here, in the simulation room, so that React never
 * has to.
 */
import { isReady, type KEvent, type Kernel, type Segment, type TcpState } from '../kernel/syscalls';
import { currentLine, frameViews, lastSelectRepr, threadLines, type PyState } from '../python';
import { stateAt, type ProcSlot, type SimState, type Simulation, type StepRecord } from './engine';
import { narrate, flagName, hostLabel, endpoint } from './narrate';
import type {
  BufferView,
  FrameView,
  HostView,
  ProgramView,
  SegmentView,
  SelectFdView,
  SelectView,
  SimView,
  SocketView,
} from './types';

type SockLike = Kernel['socks'] extends Map<number, infer S> ? S : never;

const PREVIEW_BYTES = 48;

/** Bytes as Python shows them inside b'...', cut to a preview. */
export function bytesPreview(chunks: Uint8Array[], offset: number, limit = PREVIEW_BYTES): string {
  let out = '';
  let n = 0;
  let first = true;
  for (const c of chunks) {
    for (let i = first ? offset : 0; i < c.length; i++) {
      if (n >= limit) return out + '…';
      const b = c[i];
      if (b === 0x5c) out += '\\\\';
      else if (b === 0x27) out += "\\'";
      else if (b === 0x0a) out += '\\n';
      else if (b === 0x0d) out += '\\r';
      else if (b === 0x09) out += '\\t';
      else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
      else out += '\\x' + b.toString(16).padStart(2, '0');
      n++;
    }
    first = false;
  }
  return out;
}

function bufferView(chunks: Uint8Array[], offset: number, bytes: number, capacity: number): BufferView {
  return { bytes, capacity, preview: bytes > 0 ? bytesPreview(chunks, offset) : '' };
}

function sockFlags(s: SockLike): string[] {
  const f: string[] = [];
  if (s.finReceived) f.push('EOF received');
  if (s.soError) f.push('error pending');
  if (s.shutWr) f.push('write side shut');
  // Linux marks the read side shut when the peer's FIN arrives too; only a shutdown(SHUT_RD) is news.
  if (s.shutRd && !s.finReceived) f.push('read side shut');
  if (s.nonblocking) f.push('non-blocking');
  if (s.reuseaddr) f.push('SO_REUSEADDR');
  if (s.orphan && s.state !== 'CLOSED') f.push('closed by its program');
  return f;
}

function localOf(s: SockLike): string {
  if (!s.localPort && !s.localIp) return s.family === 10 ? '[::]:0' : '0.0.0.0:0';
  return endpoint(s.localIp || (s.family === 10 ? '::' : '0.0.0.0'), s.localPort, s.family);
}

function socketView(k: Kernel, s: SockLike): SocketView {
  const stream = s.type === 1;
  const listening = stream && s.state === 'LISTEN';
  const acceptQueue = listening
    ? s.acceptQ.map((id: number) => {
        const c = k.socks.get(id);
        return c ? endpoint(c.remoteIp, c.remotePort, c.family) : '?';
      })
    : [];
  return {
    id: `${k.hosts[s.host]?.name ?? s.host}#${s.id}`,
    host: k.hosts[s.host]?.name ?? String(s.host),
    pid: s.pid >= 0 ? s.pid : null,
    fd: s.fd >= 0 ? s.fd : null,
    family: s.family === 10 ? 'AF_INET6' : 'AF_INET',
    type: stream ? 'SOCK_STREAM' : 'SOCK_DGRAM',
    local: localOf(s),
    remote: s.remotePort ? endpoint(s.remoteIp, s.remotePort, s.family) : '—',
    state: stream ? (s.state as TcpState) : 'UDP',
    backlog: listening ? s.backlog : null,
    synQueue: listening ? s.synQ.length : 0,
    acceptQueue,
    acceptQueueLimit: listening ? s.backlog + 1 : null,
    recv: stream
      ? bufferView(s.recvQ, s.recvQOff, s.recvLen, s.rcvbuf)
      : { bytes: s.dgramBytes, capacity: s.rcvbuf, preview: s.dgrams.length ? bytesPreview([s.dgrams[0].data], 0) : '' },
    send: stream ? bufferView(s.sendQ, s.sendQOff, s.sendLen, s.sndbuf) : { bytes: 0, capacity: s.sndbuf, preview: '' },
    flags: sockFlags(s),
    inAcceptQueue: s.parent >= 0 && (k.socks.get(s.parent)?.acceptQ.includes(s.id) ?? false),
    inSynQueue: s.parent >= 0 && (k.socks.get(s.parent)?.synQ.includes(s.id) ?? false),
  };
}

function hostViews(k: Kernel): HostView[] {
  const hosts: HostView[] = k.hosts.map((h) => ({ name: h.name, addr: h.addrs[0] ?? '127.0.0.1', sockets: [] }));
  // Per host, the fd table in order (by process, then fd), then the sockets without an fd (waiting
  // to be accepted, or closed and finishing) in the order they were made. accept() gives the
  // longest-waiting connection the next fd, so the socket it takes keeps its place in the list.
  const noFd = (s: SockLike) => (s.fd >= 0 ? 0 : 1);
  const socks = [...k.socks.values()].sort((a, b) => a.host - b.host || noFd(a) - noFd(b)
    || (noFd(a) === 0 ? a.pid - b.pid || a.fd - b.fd : 0) || a.id - b.id);
  for (const s of socks) {
    // A socket that reached CLOSED and has no fd is gone for good: the kernel only keeps it around briefly.
    if (s.state === 'CLOSED' && s.fd < 0 && s.type === 1) continue;
    hosts[s.host]?.sockets.push(socketView(k, s));
  }
  return hosts;
}

/** Why a socket is (or is not) ready for reading, writing or an exceptional condition, in words. */
function readiness(k: Kernel, s: SockLike | undefined, which: 'r' | 'w' | 'x'): { ready: boolean; why: string } {
  if (!s) return { ready: false, why: 'closed' };
  if (which === 'x') return { ready: false, why: 'no urgent data' };
  const stream = s.type === 1;
  if (which === 'r') {
    if (stream && s.state === 'LISTEN')
      return s.acceptQ.length > 0
        ? { ready: true, why: `the accept queue holds ${s.acceptQ.length} connection${s.acceptQ.length === 1 ? '' : 's'}` }
        : { ready: false, why: 'the accept queue is empty' };
    if (s.soError) return { ready: true, why: 'an error is pending' };
    if (stream && s.recvLen > 0) return { ready: true, why: `${s.recvLen} byte${s.recvLen === 1 ? '' : 's'} of data waiting` };
    if (!stream && s.dgrams.length > 0) return { ready: true, why: `${s.dgrams.length} datagram${s.dgrams.length === 1 ? '' : 's'} waiting` };
    if (stream && (s.finReceived || s.shutRd)) return { ready: true, why: 'EOF: the peer has closed, recv() returns an empty string' };
    if (stream && s.state === 'CLOSED') return { ready: true, why: 'not connected: recv() would not block' };
    return { ready: false, why: 'no data has arrived' };
  }
  if (stream && s.state === 'LISTEN') return { ready: false, why: 'a listening socket is never writable' };
  if (stream && (s.state === 'SYN-SENT' || s.state === 'SYN-RECEIVED')) return { ready: false, why: 'the handshake is not complete' };
  if (s.soError) return { ready: true, why: 'an error is pending' };
  if (stream && s.sendLen >= s.sndbuf) return { ready: false, why: 'the send buffer is full' };
  return { ready: true, why: 'the send buffer has room' };
}

function labelFds(frames: FrameView[]): Map<number, string> {
  const labels = new Map<number, string>();
  for (const f of frames)
    for (const v of f.vars) {
      const fd = v.fd ?? Number(/^<socket\.socket fd=(\d+),/.exec(v.repr)?.[1] ?? -1);
      if (fd >= 0 && !labels.has(fd)) labels.set(fd, v.name);
    }
  return labels;
}

interface SelectArgs {
  r: number[];
  w: number[];
  x: number[];
  timeoutMs: number | null;
}

function asSelectArgs(a: unknown): SelectArgs | null {
  if (!a || typeof a !== 'object') return null;
  const o = a as Record<string, unknown>;
  const arr = (v: unknown) => (Array.isArray(v) ? (v as number[]) : []);
  return { r: arr(o.r), w: arr(o.w), x: arr(o.x), timeoutMs: typeof o.timeoutMs === 'number' ? o.timeoutMs : null };
}

function fdSock(k: Kernel, pid: number, fd: number): SockLike | undefined {
  const p = k.procs.get(pid);
  const id = p?.fds[fd];
  return id === null || id === undefined ? undefined : k.socks.get(id);
}

function selectViews(sim: Simulation, st: SimState, last: StepRecord | undefined, frames: FrameView[][]): SelectView[] {
  const k = st.kernel;
  const out: SelectView[] = [];
  st.procs.forEach((slot, i) => {
    let args: SelectArgs | null = null;
    let phase: SelectView['phase'] = 'waiting';
    let result: string | null = null;
    let ready: SelectView['ready'] = null;
    if (slot.status === 'blocked' && slot.wait?.op === 'select') args = asSelectArgs(slot.wait.args);
    else if (last && last.prog === i) {
      const ev = last.events.find((e): e is Extract<KEvent, { t: 'syscall' }> => e.t === 'syscall' && e.name === 'select' && e.result === 'ok');
      if (ev) {
        // A select that blocked first is finished by resume(), whose event lacks the lists.
        args = asSelectArgs(ev.args);
        if (args && args.r.length + args.w.length + args.x.length === 0 && slot.lastSelectArgs) args = asSelectArgs(slot.lastSelectArgs);
        phase = 'returned';
        const v = ev.value as { r?: number[]; w?: number[]; x?: number[] } | undefined;
        if (v) ready = { r: v.r ?? [], w: v.w ?? [], x: v.x ?? [] };
        // What Python would print for the returned tuple: the interpreter's own repr of it.
        const program = sim.programs[i];
        if (program && slot.py) result = lastSelectRepr(program, slot.py, k);
      }
    }
    if (!args) return;
    const labels = labelFds(frames[i] ?? []);
    const list = (fds: number[], which: 'r' | 'w' | 'x'): SelectFdView[] =>
      fds.map((fd) => ({ fd, label: labels.get(fd) ?? `fd ${fd}`, ...readiness(k, fdSock(k, slot.pid, fd), which) }));
    out.push({
      programId: sim.spec.programs[i].id,
      phase,
      rlist: list(args.r, 'r'),
      wlist: list(args.w, 'w'),
      xlist: list(args.x, 'x'),
      timeout: args.timeoutMs,
      result,
      ready,
    });
  });
  return out;
}

interface SegmentIndexEntry {
  view: SegmentView;
  sentStep: number;
  doneStep: number;
  done: 'delivered' | 'dropped' | null;
  delayedTo: number | null;
  delayStep: number;
}

/**
 * Segments indexed by the step that sent, delivered or dropped them. The records only grow until
 * history is rewritten, so the index is extended incrementally and a view at any step is a filter.
 */
const segmentIndex = new WeakMap<Simulation, { generation: number; upTo: number; entries: SegmentIndexEntry[]; byId: Map<number, SegmentIndexEntry> }>();

function indexSegments(sim: Simulation) {
  let idx = segmentIndex.get(sim);
  if (!idx || idx.generation !== sim.generation || idx.upTo > sim.records.length) {
    idx = { generation: sim.generation, upTo: 0, entries: [], byId: new Map() };
    segmentIndex.set(sim, idx);
  }
  const k = sim.state.kernel;
  const hostName = (i: number) => k.hosts[i]?.name ?? String(i);
  for (let i = idx.upTo; i < sim.records.length; i++) {
    const rec = sim.records[i];
    for (const e of rec.events) {
      if (e.t !== 'segment') continue;
      const seg: Segment = e.seg;
      let entry = idx.byId.get(seg.id);
      if (!entry) {
        const cause = e.cause && 'pid' in e.cause ? e.cause : null;
        entry = {
          sentStep: i + 1,
          doneStep: Infinity,
          done: null,
          delayedTo: null,
          delayStep: Infinity,
          view: {
            id: seg.id,
            from: hostName(seg.srcHost),
            to: hostName(seg.dstHost),
            src: endpoint(seg.src, seg.sport, seg.family),
            dst: endpoint(seg.dst, seg.dport, seg.family),
            proto: seg.proto === 'udp' ? 'UDP' : 'TCP',
            flags: seg.proto === 'tcp' ? flagName(seg.flags) : seg.proto === 'icmp' ? 'ICMP port unreachable' : 'UDP',
            seq: seg.seq,
            ack: seg.ack,
            len: seg.payload.length,
            payloadPreview: seg.payload.length ? bytesPreview([seg.payload], 0) : '',
            sentAt: seg.sentAt,
            arriveAt: seg.deliverAt,
            status: 'in-flight',
            cause: {
              programId: rec.prog >= 0 ? sim.spec.programs[rec.prog].id : null,
              line: rec.prog >= 0 ? rec.line : null,
              syscall: cause && cause.syscall ? cause.syscall : null,
              step: i + 1,
            },
          },
        };
        idx.byId.set(seg.id, entry);
        idx.entries.push(entry);
      }
      if ((e.what === 'delivered' || e.what === 'dropped') && entry.done === null) {
        entry.done = e.what;
        entry.doneStep = i + 1;
      } else if (e.what === 'delayed') {
        entry.delayedTo = e.seg.deliverAt;
        entry.delayStep = i + 1;
      }
    }
  }
  idx.upTo = sim.records.length;
  return idx;
}

function segmentViews(sim: Simulation): SegmentView[] {
  const idx = indexSegments(sim);
  const n = sim.step;
  const out: SegmentView[] = [];
  for (const e of idx.entries) {
    if (e.sentStep > n) continue;
    const status = e.doneStep <= n ? (e.done as 'delivered' | 'dropped') : 'in-flight';
    const arriveAt = e.delayedTo !== null && e.delayStep <= n ? e.delayedTo : e.view.arriveAt;
    out.push(status === e.view.status && arriveAt === e.view.arriveAt ? e.view : { ...e.view, status, arriveAt });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** A program's source split into lines, made once per source text rather than once per program per step. */
const LINES = new Map<string, string[]>();
function linesOf(source: string): string[] {
  let lines = LINES.get(source);
  if (!lines) {
    if (LINES.size > 256) LINES.clear();
    lines = source.replace(/\n$/, '').split('\n');
    LINES.set(source, lines);
  }
  return lines;
}

const NO_THREADS: ProgramView['threads'] = [];
/** The program's threads, the same array as the step before while none moved (views compare by identity). */
const THREADS = new WeakMap<PyState, { key: string; value: ProgramView['threads'] }>();
function threadsOf(py: PyState, k: Kernel): ProgramView['threads'] {
  const t = threadLines(py, k);
  if (t.length === 0) return NO_THREADS;
  const key = t.map((x) => `${x.name}\u0000${x.line}\u0000${x.blocked ?? ''}`).join('\u0001');
  const hit = THREADS.get(py);
  if (hit && hit.key === key) return hit.value;
  THREADS.set(py, { key, value: t });
  return t;
}

function programView(sim: Simulation, st: SimState, slot: ProcSlot, frames: FrameView[], prev: FrameView[] | null): ProgramView {
  const spec = sim.spec.programs[slot.index];
  const k = st.kernel;
  const py = slot.py;
  const hostIdx = k.procs.get(slot.pid)?.host ?? 0;
  const syntax = sim.syntaxErrors[slot.index];
  // The same frames as at the step before (the program did not run): nothing changed.
  const same = prev === frames;
  const prevMap = new Map<string, string>();
  if (prev && !same) for (const f of prev) for (const v of f.vars) prevMap.set(`${f.name}\u0000${v.name}`, v.repr);
  let statusText = '';
  switch (slot.status) {
    case 'blocked':
      statusText = slot.blockReason || 'blocked';
      break;
    case 'exited':
      statusText = slot.exitCode === 0 ? 'finished' : `exited with status ${slot.exitCode}`;
      break;
    case 'syntax-error':
      statusText = `SyntaxError: ${syntax?.msg ?? ''} (line ${syntax?.line ?? '?'})`;
      break;
    case 'waiting-to-start':
      statusText = `starts at ${spec.startAt ?? 0} ms`;
      break;
    default:
      statusText = 'ready';
  }
  const crashed = slot.status === 'exited' && slot.exitCode !== 0 && /Traceback \(most recent call last\)|^\w+Error/m.test(slot.stderr);
  if (crashed) {
    const lines = slot.stderr.trimEnd().split('\n');
    statusText = lines[lines.length - 1];
  }
  const budgetHit = st.finished !== null && st.finished.startsWith('Stopped after') && (slot.status === 'ready' || slot.status === 'blocked');
  return {
    id: spec.id,
    label: spec.label,
    host: k.hosts[hostIdx]?.name ?? spec.host,
    hostAddr: hostLabel(k, hostIdx),
    pid: slot.pid,
    python: sim.programs[slot.index]?.version ?? 3,
    lines: linesOf(spec.source),
    currentLine: py && slot.status !== 'exited' ? currentLine(py) : null,
    lastLine: slot.lastLine,
    threads: py && slot.status !== 'exited' ? threadsOf(py, k) : NO_THREADS,
    status: budgetHit ? 'budget' : crashed ? 'crashed' : slot.status,
    statusText: budgetHit ? 'stopped by the step budget' : statusText,
    frames: same ? frames : frames.map((f) => ({
      name: f.name,
      vars: f.vars.map((v) => {
        const before = prevMap.get(`${f.name}\u0000${v.name}`);
        return { ...v, changed: prev !== null && before !== v.repr };
      }),
    })),
    stdout: slot.stdout,
    stderr: slot.stderr,
    syntaxError: syntax ? { line: syntax.line, col: syntax.col, msg: syntax.msg } : null,
  };
}

/**
 * What a program's socket reprs read from the kernel (CPython's repr shows laddr and raddr): its
 * fds' sockets, their addresses and states. The kernel can change these while the program waits.
 */
function socketsSeenBy(k: Kernel, pid: number): string {
  const fds = k.procs.get(pid)?.fds;
  if (!fds) return '';
  let out = '';
  for (let fd = 0; fd < fds.length; fd++) {
    const id = fds[fd];
    const s = id === null || id === undefined ? undefined : k.socks.get(id);
    if (s) out += `${fd}:${id}:${s.localIp}:${s.localPort}:${s.remoteIp}:${s.remotePort}:${s.state};`;
  }
  return out;
}

/**
 * A program's variables as last drawn, kept while nothing they show can have changed: the program
 * has run no line since (so its own objects are untouched) and what its socket reprs read from the
 * kernel is the same. Most steps run one program, so the others' reprs are not made again. A
 * program with classes of its own is always drawn afresh: its own __repr__ may read anything.
 */
const drawn = new WeakMap<PyState, { lines: number; sockets: string; frames: FrameView[] }>();

function programFrames(sim: Simulation, st: SimState, slot: ProcSlot): FrameView[] {
  const program = sim.programs[slot.index];
  if (!program || !slot.py) return [];
  const memo = !program.codes.some((c) => c.kind === 'class');
  const sockets = memo ? socketsSeenBy(st.kernel, slot.pid) : '';
  const hit = memo ? drawn.get(slot.py) : undefined;
  if (hit && hit.lines === slot.lines && hit.sockets === sockets) return hit.frames;
  const frames = frameViews(program, slot.py, st.kernel).map((f) => ({ name: f.name, vars: f.vars.map((v) => ({ name: v.name, repr: v.repr, changed: false, ...(v.fd !== undefined ? { fd: v.fd } : {}) })) }));
  if (memo) drawn.set(slot.py, { lines: slot.lines, sockets, frames });
  return frames;
}

function framesOf(sim: Simulation, st: SimState): FrameView[][] {
  return st.procs.map((slot) => programFrames(sim, st, slot));
}

/** Frames by `${generation}:${step}`: the view of step n compares with step n-1 without replaying. */
const frameCache = new WeakMap<Simulation, Map<string, FrameView[][]>>();

function cachedFrames(sim: Simulation, step: number, st: () => SimState): FrameView[][] {
  let cache = frameCache.get(sim);
  if (!cache) frameCache.set(sim, (cache = new Map()));
  const key = `${sim.generation}:${step}`;
  let f = cache.get(key);
  if (!f) {
    f = framesOf(sim, st());
    if (cache.size > 8) cache.delete(cache.keys().next().value as string);
    cache.set(key, f);
  }
  return f;
}

export function getView(sim: Simulation): SimView {
  const st = sim.state;
  const k = st.kernel;
  const frames = cachedFrames(sim, sim.step, () => st);
  const prev = sim.step > 0 ? cachedFrames(sim, sim.step - 1, () => stateAt(sim, sim.step - 1)) : null;
  const last = sim.step > 0 ? sim.records[sim.step - 1] : undefined;
  const programs = st.procs.map((slot, i) => programView(sim, st, slot, frames[i], prev ? prev[i] : null));
  const select = selectViews(sim, st, last, frames);
  // A program still waiting in select() whose fds the kernel has just made ready is woken, not
  // stuck: say so at its line, rather than the reason it blocked with, which is no longer true.
  for (const sel of select) {
    if (sel.phase !== 'waiting') continue;
    const ready = [...sel.rlist, ...sel.wlist, ...sel.xlist].filter((f) => f.ready);
    const p = programs.find((x) => x.id === sel.programId);
    if (!ready.length || !p || p.status !== 'blocked') continue;
    const fds = ready.map((f) => `fd ${f.fd}`).join(', ');
    p.statusText = `woken: ${fds} ${ready.length === 1 ? 'is' : 'are'} ready (${ready[0].why}); select() returns when the ${p.label.toLowerCase()} runs next`;
  }
  // Likewise any other blocking call whose wait the kernel has ended (connect's handshake is over, a
  // connection waits for accept, data or EOF for recv, room for send): the reason it blocked with is
  // no longer true, and the call returns when the scheduler next runs the program.
  st.procs.forEach((slot, i) => {
    const p = programs[i];
    const w = slot.wait;
    if (!p || p.status !== 'blocked' || !w || w.op === 'select' || w.op === 'poll' || !isReady(k, w)) return;
    p.statusText = `woken: the kernel has ended ${w.op}()'s wait; ${w.op}() returns when ${p.label} runs next`;
  });
  return {
    step: sim.step,
    historyLength: sim.records.length,
    time: k.now,
    programs,
    hosts: hostViews(k),
    select,
    segments: segmentViews(sim),
    narration: last ? narrate(sim, last) : 'Ready. Press Step to run the first line of the server.',
    finished: st.finished,
  };
}
