/**
 * Shared pieces for quiz templates: sessions, programs, locators and readers of the simulation.
 */
import { flagName, type ProgramSpec, type SessionSpec, type SimView, type SocketView, type Simulation } from '../../sim';
import type { Rng } from '../prng';
import type { Locator, Probe, QuestionOption } from '../types';

export const PORTS = [5000, 6000, 7000, 8080, 9000, 9999, 12345, 40000, 50000, 50001, 55555, 60000] as const;
export const WORDS = ['Hello', 'ping', 'quiz', 'sockets', 'TCP', 'data', 'abc', 'lecture', 'select', 'stream', 'kernel', 'bytes', 'GET /', 'hi there'] as const;

export function session(programs: ProgramSpec[], opts: Partial<Omit<SessionSpec, 'programs'>> = {}): SessionSpec {
  return { programs, topology: 'lecture', latencyMs: 5, seed: 1, stepBudget: 20_000, faults: [], ...opts };
}

export function program(id: string, source: string, python: 2 | 3, startAt = 0, host?: string): ProgramSpec {
  const m = /^client(\d+)$/.exec(id);
  const p: ProgramSpec = {
    id,
    label: id === 'server' ? 'Server' : m ? `Client ${m[1]}` : id,
    filename: id === 'server' ? 'server.py' : `${id}.py`,
    source,
    python,
    host: host ?? (m ? id : 'server'),
  };
  if (startAt > 0) p.startAt = startAt;
  return p;
}

/** 1-based number of the line containing `text` (the nth such line). */
export function lineOf(source: string, text: string, nth = 1): number {
  const lines = source.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++)
    if (lines[i].includes(text) && ++seen === nth) return i + 1;
  throw new Error(`no line with ${JSON.stringify(text)} in\n${source}`);
}

export function lineText(source: string, line: number): string {
  return source.split('\n')[line - 1]?.trim() ?? '';
}

/** Python source for bytes: b'...' (Python 3) or '...' (Python 2). */
export function pyBytes(text: string, python: 2 | 3): string {
  const body = text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return python === 3 ? `b'${body}'` : `'${body}'`;
}

// ------------------------------------------------------------------ locators

export const atStart: Locator = { describe: 'the start', until: () => true };

/** The program is about to run `line` for the nth time (counted from where the search starts). */
export function atLine(programId: string, line: number, nth = 1, countCurrent = true): Locator {
  const seen = new WeakMap<Probe, { prev: number | null | undefined; n: number }>();
  return {
    describe: `${programId} about to run line ${line}${nth > 1 ? ` (time ${nth})` : ''}`,
    until: (p) => {
      let st = seen.get(p);
      if (!st) seen.set(p, (st = { prev: countCurrent ? undefined : p.line(programId), n: 0 }));
      const cur = p.line(programId);
      const ready = p.status(programId) !== 'waiting-to-start';
      if (ready && cur === line && st.prev !== line) st.n++;
      st.prev = ready ? cur : undefined;
      return st.n >= nth;
    },
  };
}

/** The program has finished running `line` (it returned, raised, or ended the program). */
export function afterLine(programId: string, line: number): Locator {
  return {
    describe: `${programId} has run line ${line}`,
    until: (p) => p.ranLine(programId) === line && p.status(programId) !== 'blocked',
  };
}

export function whenBlocked(programId: string): Locator {
  return { describe: `${programId} blocked`, until: (p) => p.status(programId) === 'blocked' || p.status(programId) === 'exited', acceptEnd: true };
}

export function whenEnded(...programIds: string[]): Locator {
  return { describe: `${programIds.join(', ')} ended`, until: (p) => programIds.every((id) => p.status(id) === 'exited' || p.status(id) === 'syntax-error') };
}

export function atTime(ms: number): Locator {
  return { describe: `t = ${ms} ms`, until: (p) => p.time() >= ms, acceptEnd: true };
}

export function nextSegments(n = 1, filter?: (s: ReturnType<Probe['segmentsSent']>[number]) => boolean): Locator {
  return { describe: `${n} more segment(s)`, until: (p) => p.segmentsSent().filter((s) => !filter || filter(s)).length >= n };
}

export function untilEnd(): Locator {
  return { describe: 'the end of the run', until: () => false, acceptEnd: true, maxSteps: 50_000 };
}

export function and(a: Locator, b: Locator): Locator {
  return { describe: `${a.describe} and ${b.describe}`, until: (p) => a.until(p) && b.until(p) };
}

/** The socket (by kernel id) changes TCP state. */
export function stateChangeOf(sockId: number): Locator {
  return { describe: `socket #${sockId} changes state`, until: (p) => p.stateChanges().some((c) => c.sock === sockId) };
}

// ------------------------------------------------------------------ reading views

export function prog(v: SimView, id: string) {
  const p = v.programs.find((x) => x.id === id);
  if (!p) throw new Error(`no program ${id}`);
  return p;
}

/** The program has ended (normally, by an uncaught exception, or never started for a syntax error). */
export function ended(v: SimView, id: string): boolean {
  const st = prog(v, id).status;
  return st === 'exited' || st === 'crashed' || st === 'syntax-error';
}

/** fds of the sockets a program holds (lowest first). */
export function heldFds(v: SimView, id: string): number[] {
  const p = prog(v, id);
  const fds = (v.hosts.find((h) => h.name === p.host)?.sockets ?? []).filter((s) => s.pid === p.pid && s.fd !== null).map((s) => s.fd as number);
  return [...new Set(fds)].sort((a, b) => a - b);
}

/** The read-ready fds select() returned in the program's most recent step (from the kernel's record of the call). */
export function selectReturned(v: SimView, id: string): number[] | null {
  const s = v.select.find((x) => x.programId === id && x.phase === 'returned');
  return s?.ready ? [...s.ready.r] : null;
}

/** The repr of a variable of a program (innermost frame first), or null. */
export function varRepr(v: SimView, programId: string, name: string): string | null {
  const frames = prog(v, programId).frames;
  for (let i = frames.length - 1; i >= 0; i--) {
    const x = frames[i].vars.find((y) => y.name === name);
    if (x) return x.repr;
  }
  return null;
}

export function mustVar(v: SimView, programId: string, name: string): string {
  const r = varRepr(v, programId, name);
  if (r === null) throw new Error(`${programId} has no variable ${name} (stderr: ${prog(v, programId).stderr.slice(-200)})`);
  return r;
}

/** fd numbers of the sockets in a repr like "[<socket.socket fd=3, ...>, ...]". */
export function fdsInRepr(repr: string): number[] {
  return [...repr.matchAll(/fd=(\d+)/g)].map((m) => Number(m[1]));
}

export function lastErrorLine(v: SimView, programId: string): string | null {
  const lines = prog(v, programId).stderr.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1].trim() : null;
}

/** 'ConnectionRefusedError' from 'ConnectionRefusedError: [Errno 111] Connection refused'. */
export function exceptionName(line: string | null): string | null {
  if (!line) return null;
  const m = /^([\w.]+)(:|$)/.exec(line);
  return m ? m[1] : null;
}

export function sockets(v: SimView, host: string): SocketView[] {
  return v.hosts.find((h) => h.name === host)?.sockets ?? [];
}

/** The socket a program holds as fd `fd`. */
export function socketByFd(v: SimView, programId: string, fd: number): SocketView | undefined {
  const p = prog(v, programId);
  return v.hosts.find((h) => h.name === p.host)?.sockets.find((s) => s.pid === p.pid && s.fd === fd);
}

export function kernelSockId(s: SocketView): number {
  return Number(s.id.slice(s.id.lastIndexOf('#') + 1));
}

export function portOf(endpoint: string): number {
  return Number(endpoint.slice(endpoint.lastIndexOf(':') + 1));
}

// ------------------------------------------------------------------ options

export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
] as const;

export const STATE_OPTIONS: QuestionOption[] = TCP_STATES.map((s) => ({ value: s, label: s }));

export const SEGMENT_FLAGS = ['SYN', 'SYN+ACK', 'ACK', 'PSH+ACK', 'FIN+ACK', 'RST+ACK', 'RST'] as const;

/** 'SYN+ACK|server|client1' */
export function segmentValue(s: { flags: string; from: string; to: string }): string {
  return `${s.flags}|${s.from}|${s.to}`;
}

const hostLabel = (h: string) => (h === 'server' ? 'the server' : h.replace(/^client(\d+)$/, 'client $1'));

export function segmentOptions(hosts: [string, string][], flags: readonly string[] = SEGMENT_FLAGS, extra: QuestionOption[] = []): QuestionOption[] {
  const out: QuestionOption[] = [];
  for (const f of flags)
    for (const [from, to] of hosts) out.push({ value: segmentValue({ flags: f, from, to }), label: `${f} from ${hostLabel(from)} to ${hostLabel(to)}` });
  return [...out, ...extra];
}

export function describeSegment(value: string): string {
  const [flags, from, to] = value.split('|');
  return to ? `${flags} from ${hostLabel(from)} to ${hostLabel(to)}` : value;
}

export function numberOptions(lo: number, hi: number): QuestionOption[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => ({ value: String(lo + i), label: String(lo + i) }));
}

/** Options naming lines of a program: "line 9: select.select(...)". */
export function lineOptions(source: string, lines: number[]): QuestionOption[] {
  return lines.map((l) => ({ value: String(l), label: `line ${l}: ${lineText(source, l)}` }));
}

export function pickPort(rng: Rng): number {
  return rng.pick(PORTS);
}

export function pickWords(rng: Rng, n: number): string[] {
  return rng.sample(WORDS, n);
}

export type { Simulation };

/** Segments sent from step `from` up to the simulation's current step, oldest first. */
export function segmentsSince(sim: Simulation, from: number): { flags: string; from: string; to: string; len: number; proto: string }[] {
  const out: { flags: string; from: string; to: string; len: number; proto: string }[] = [];
  const name = (i: number) => sim.state.kernel.hosts[i]?.name ?? String(i);
  for (let i = from; i < sim.step; i++)
    for (const e of sim.records[i].events)
      if (e.t === 'segment' && e.what === 'sent')
        out.push({ flags: e.seg.proto === 'tcp' ? flagName(e.seg.flags) : e.seg.proto.toUpperCase(), from: name(e.seg.srcHost), to: name(e.seg.dstHost), len: e.seg.payload.length, proto: e.seg.proto });
  return out;
}

/** The first segment sent after the pause, as an option value. */
export function firstSegmentAfterPause({ sim, pauseStep }: { sim: Simulation; pauseStep: number }): string {
  const s = segmentsSince(sim, pauseStep)[0];
  return s ? segmentValue(s) : 'none';
}
