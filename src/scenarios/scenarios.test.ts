import { describe, expect, it } from 'vitest';
import { createSimulation, getView, runSession, stepForward, type SegmentView, type SimView, type Simulation } from '../sim';
import { checkScenario, type Outcome } from './expect';
import { SCENARIOS, toSession } from './index';
import type { Scenario } from './types';

interface StateChange {
  host: string;
  from: string;
  to: string;
  time: number;
}

function stateChanges(sim: Simulation): StateChange[] {
  const out: StateChange[] = [];
  for (const r of sim.records)
    for (const e of r.events) if (e.t === 'state') out.push({ host: e.host, from: e.from, to: e.to, time: e.time });
  return out;
}

const reached = (sim: Simulation, host: string, state: string) => stateChanges(sim).some((c) => c.host === host && c.to === state);
const firstTime = (sim: Simulation, host: string, state: string) => stateChanges(sim).find((c) => c.host === host && c.to === state)?.time ?? null;
const sent = (v: SimView, from: string, flags?: string) => v.segments.filter((s) => s.from === from && (flags === undefined || s.flags === flags));
const data = (v: SimView, from: string) => v.segments.filter((s) => s.from === from && s.len > 0);

function run(s: Scenario) {
  const res = runSession(toSession(s));
  const outcomes: Record<string, Outcome> = {};
  s.programs.forEach((p, i) => {
    const o = res.programs[i];
    outcomes[p.id] = { stdout: o.stdout, stderr: o.stderr, ended: o.status === 'exited' || o.status === 'syntax-error', exitCode: o.exitCode };
  });
  return { res, sim: res.sim, view: getView(res.sim), outcomes };
}

/** What each scenario's notes say happens on the wire and in the kernel, beyond the programs' output. */
const EXTRA: Record<string, (sim: Simulation, v: SimView) => void> = {
  'lecture-one-client': (sim, v) => {
    expect(v.segments.slice(0, 3).map((s) => s.flags)).toEqual(['SYN', 'SYN+ACK', 'ACK']);
    expect(data(v, 'client1').map((s) => s.len)).toEqual([13]);
    expect(sent(v, 'client1', 'FIN+ACK').length).toBe(1);
    expect(reached(sim, 'server', 'CLOSE-WAIT')).toBe(true);
    expect(reached(sim, 'client1', 'FIN-WAIT-2')).toBe(true);
    expect(v.finished).toMatch(/step budget/);
  },
  'lecture-three-clients': (sim, v) => {
    for (const c of ['client1', 'client2', 'client3']) {
      expect(sent(v, c, 'SYN').length).toBe(1);
      expect(data(v, c).map((s) => s.len)).toEqual([13]);
    }
    expect(v.finished).toMatch(/step budget/);
  },
  'eof-spin': (sim, v) => {
    expect(v.finished).toMatch(/step budget/);
    const server = v.hosts.find((h) => h.name === 'server')!.sockets;
    expect(server.some((s) => s.state === 'CLOSE-WAIT' && s.fd !== null)).toBe(true);
    expect(v.programs[0].stdout.split('\n').length).toBeGreaterThan(100);
  },
  'eof-fix': (sim, v) => {
    expect(reached(sim, 'client1', 'TIME-WAIT')).toBe(true);
    expect(reached(sim, 'server', 'LAST-ACK')).toBe(true);
    expect(v.finished ?? '').not.toMatch(/step budget/);
    expect(v.programs[0].status).toBe('blocked');
    expect(v.programs[0].statusText).toMatch(/select/);
    expect(v.hosts.find((h) => h.name === 'server')!.sockets.map((s) => s.state)).toEqual(['LISTEN']);
  },
  'blocking-vs-select-server': (sim, v) => {
    // At 1.5 s client 2's connection waits, unaccepted, in CLOSE-WAIT with its 15 bytes.
    const mid = createSimulation(sim.spec);
    while (mid.state.kernel.now < 1500 && stepForward(mid)) {
      /* run to 1.5 s */
    }
    const m = getView(mid);
    const queued = m.hosts.find((h) => h.name === 'server')!.sockets.find((s) => s.fd === null && s.remote.startsWith('10.0.0.3'))!;
    expect(queued.state).toBe('CLOSE-WAIT');
    expect(queued.recv.bytes).toBe(15);
    expect(m.hosts.find((h) => h.name === 'server')!.sockets.find((s) => s.state === 'LISTEN')!.acceptQueue).toHaveLength(1);
    expect(m.programs[0].statusText).toMatch(/recv/);
    // Client 2's connect completed long before the server read its message (3 s later).
    const est = firstTime(sim, 'client2', 'ESTABLISHED')!;
    expect(est).toBeLessThan(500);
    expect(v.programs[0].status).toBe('blocked');
    expect(v.programs[0].statusText).toMatch(/accept/);
  },
  'select-server-serves-all': (sim, v) => {
    expect(v.programs[0].statusText).toMatch(/select/);
  },
  'select-timeout-tick': (sim, v) => {
    expect(v.time).toBeGreaterThanOrEqual(5000);
    expect(v.time).toBeLessThan(7000);
  },
  'backlog-full-slow-accept': (sim, v) => {
    expect(sent(v, 'client1', 'SYN').length).toBe(1);
    expect(sent(v, 'client2', 'SYN').length).toBe(1);
    const syn3 = sent(v, 'client3', 'SYN');
    expect(syn3.length).toBeGreaterThanOrEqual(3);
    // Linear timeouts: about 1 s apart.
    for (let i = 1; i < Math.min(syn3.length, 4); i++) {
      const gap = syn3[i].sentAt - syn3[i - 1].sentAt;
      expect(gap).toBeGreaterThan(900);
      expect(gap).toBeLessThan(1100);
    }
    // No RST: the full listener drops SYNs silently.
    expect(v.segments.some((s) => s.flags.includes('RST'))).toBe(false);
    expect(sent(v, 'client4', 'SYN').length).toBeGreaterThanOrEqual(2);
    expect(reached(sim, 'client4', 'ESTABLISHED')).toBe(false);
    const est3 = firstTime(sim, 'client3', 'ESTABLISHED')!;
    expect(est3).toBeGreaterThan(3000);
    expect(est3).toBeLessThan(4200);
  },
  'backlog-lecture-35-clients': (sim, v) => {
    const clients = Array.from({ length: 35 }, (_, i) => `client${i + 1}`);
    const retried = clients.filter((c) => sent(v, c, 'SYN').length > 1);
    expect(retried.length).toBe(4);
    for (const c of clients) expect(reached(sim, c, 'ESTABLISHED')).toBe(true);
    expect(v.segments.some((s) => s.flags.includes('RST'))).toBe(false);
  },
  'connection-refused': (sim, v) => {
    expect(v.segments.slice(0, 2).map((s) => `${s.from}:${s.flags}`)).toEqual(['client1:SYN', 'server:RST+ACK']);
    expect(v.programs[0].statusText).toMatch(/select/);
  },
  'address-in-use': (sim, v) => {
    const tw = v.hosts.find((h) => h.name === 'server')!.sockets.find((s) => s.state === 'TIME-WAIT');
    expect(tw?.local).toMatch(/:50000$/);
    expect(reached(sim, 'client1', 'TIME-WAIT')).toBe(false);
  },
  'address-in-use-reuseaddr': (sim, v) => {
    expect(v.hosts.find((h) => h.name === 'server')!.sockets.some((s) => s.state === 'TIME-WAIT')).toBe(true);
  },
  'address-in-use-reuseaddr-one-side': (sim, v) => {
    expect(v.hosts.find((h) => h.name === 'server')!.sockets.some((s) => s.state === 'TIME-WAIT')).toBe(true);
  },
  'python3-str-vs-bytes': (sim, v) => {
    expect(reached(sim, 'client1', 'ESTABLISHED')).toBe(true);
    expect(data(v, 'client1')).toEqual([]);
    expect(sent(v, 'client1', 'FIN+ACK').length).toBe(1);
  },
  'python3-bytes-fix': (sim, v) => {
    expect(data(v, 'client1').map((s) => s.len)).toEqual([13]);
  },
  'stream-two-sends-one-recv': (sim, v) => {
    expect(data(v, 'client1').map((s) => s.len)).toEqual([5, 8]);
  },
  'stream-recv-chunks': (sim, v) => {
    expect(data(v, 'client1').map((s) => s.len)).toEqual([13]);
  },
  'msg-peek-dontwait': (sim, v) => {
    expect(data(v, 'client1').map((s) => s.len)).toEqual([13]);
  },
  'half-close-shutdown': (sim, v) => {
    expect(reached(sim, 'client1', 'FIN-WAIT-2')).toBe(true);
    expect(reached(sim, 'client1', 'TIME-WAIT')).toBe(true);
    expect(reached(sim, 'server', 'CLOSE-WAIT')).toBe(true);
    expect(reached(sim, 'server', 'LAST-ACK')).toBe(true);
    const fin = sent(v, 'client1', 'FIN+ACK')[0];
    const reply = data(v, 'server')[0];
    expect(reply.len).toBe(12);
    expect(reply.id).toBeGreaterThan(fin.id);
  },
  'close-unread-data-rst': (sim, v) => {
    const fromServer = v.segments.filter((s: SegmentView) => s.from === 'server').map((s) => s.flags);
    expect(fromServer).toContain('RST+ACK');
    expect(fromServer.some((f) => f.includes('FIN'))).toBe(false);
    expect(reached(sim, 'server', 'TIME-WAIT')).toBe(false);
  },
  'udp-echo': (sim, v) => {
    expect(v.segments.every((s) => s.proto === 'UDP')).toBe(true);
    expect(sent(v, 'client1').map((s) => s.len)).toEqual([3, 3, 5]);
    expect(sent(v, 'server').map((s) => s.len)).toEqual([3, 3, 5]);
  },
  'lost-syn-ack': (sim, v) => {
    const synacks = sent(v, 'server', 'SYN+ACK');
    expect(synacks[0].status).toBe('dropped');
    expect(synacks.length + sent(v, 'client1', 'SYN').length).toBeGreaterThanOrEqual(3);
    const est = firstTime(sim, 'client1', 'ESTABLISHED')!;
    expect(est).toBeGreaterThan(1000);
    expect(est).toBeLessThan(1300);
  },
};

describe('every scenario does on the simulator what its notes promise (and Linux does)', () => {
  it('has wire and kernel checks for every scenario', () => {
    for (const s of SCENARIOS) expect(EXTRA[s.id], s.id).toBeDefined();
  });

  for (const s of SCENARIOS) {
    it(s.id, () => {
      const { sim, view, outcomes } = run(s);
      expect(checkScenario(s, outcomes)).toEqual([]);
      EXTRA[s.id](sim, view);
    }, 60_000);
  }
});
