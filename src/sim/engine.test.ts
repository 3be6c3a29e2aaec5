import { describe, expect, it } from 'vitest';
import {
  addClient,
  createSimulation,
  getView,
  goTo,
  lectureSession,
  runToLine,
  runUntilIdle,
  stepBack,
  stepForward,
  takeDueCheckpoint,
  checkpointDue,
  CHECKPOINT_EVERY,
  type SessionSpec,
} from './index';

function session(clients = 1, budget = 3000): SessionSpec {
  return { ...lectureSession(clients), stepBudget: budget };
}

/** Step until `pred` holds on the view, or fail after `max` steps. */
function stepUntil(sim: ReturnType<typeof createSimulation>, pred: (v: ReturnType<typeof getView>) => boolean, max = 5000) {
  for (let i = 0; i < max; i++) {
    if (pred(getView(sim))) return getView(sim);
    if (!stepForward(sim)) break;
  }
  const v = getView(sim);
  if (!pred(v)) throw new Error(`condition never held; stopped at step ${v.step}: ${v.narration}`);
  return v;
}

const sockets = (v: ReturnType<typeof getView>, host: string) => v.hosts.find((h) => h.name === host)!.sockets;

describe('the lecture story on the scheduler', () => {
  it('plays through: listen, select, handshake, accept, data, FIN, and the EOF spin until the budget', () => {
    const sim = createSimulation(session());
    // 1-2. The server creates, binds, listens and blocks in select.
    let v = stepUntil(sim, (v) => v.programs[0].status === 'blocked');
    expect(v.programs[0].statusText).toMatch(/select/);
    expect(v.programs[0].currentLine).toBe(9);
    expect(sockets(v, 'server').map((s) => s.state)).toEqual(['LISTEN']);
    expect(sockets(v, 'server')[0].local).toBe('0.0.0.0:50000');
    expect(sockets(v, 'server')[0].backlog).toBe(30);
    // 3. The client's connect sends a SYN and waits.
    v = stepUntil(sim, (v) => v.programs[1].status === 'blocked');
    expect(v.programs[1].statusText).toMatch(/connect/);
    expect(sockets(v, 'client1')[0].state).toBe('SYN-SENT');
    expect(v.segments.map((s) => s.flags)).toEqual(['SYN']);
    expect(v.segments[0].status).toBe('in-flight');
    // The handshake happens segment by segment, one network step each.
    v = stepUntil(sim, (v) => v.segments.length >= 2);
    expect(v.segments.map((s) => s.flags)).toEqual(['SYN', 'SYN+ACK']);
    expect(sockets(v, 'server').some((s) => s.state === 'SYN-RECEIVED') || sockets(v, 'server')[0].synQueue === 1).toBe(true);
    v = stepUntil(sim, (v) => sockets(v, 'server').find((s) => s.state === 'LISTEN')!.acceptQueue.length === 1);
    expect(v.segments.slice(0, 3).map((s) => s.flags)).toEqual(['SYN', 'SYN+ACK', 'ACK']);
    // 4. select returns the listening socket and accept takes the connection.
    v = stepUntil(sim, (v) => v.programs[0].frames[0]?.vars.some((x) => x.name === 'client'));
    expect(v.programs[0].frames[0].vars.find((x) => x.name === 'address')!.repr).toMatch(/^\('10\.0\.0\.2', \d+\)$/);
    // 5. The data arrives and the server prints it.
    v = stepUntil(sim, (v) => v.programs[0].stdout.includes('Hello Server!'));
    expect(v.programs[0].stdout.startsWith('Hello Server!\n')).toBe(true);
    // 6. The client closes: FIN; the server's side is CLOSE-WAIT, the client's FIN-WAIT-2.
    v = stepUntil(sim, (v) => v.programs[1].status === 'exited');
    v = stepUntil(sim, (v) => sockets(v, 'server').some((s) => s.state === 'CLOSE-WAIT'));
    v = stepUntil(sim, (v) => sockets(v, 'client1').some((s) => s.state === 'FIN-WAIT-2'));
    expect(v.segments.some((s) => s.flags === 'FIN+ACK')).toBe(true);
    // 7. The flaw: recv returns '' forever; blank lines pile up until the budget stops the run.
    runUntilIdle(sim);
    v = getView(sim);
    expect(v.finished).toMatch(/step budget/);
    expect(v.programs[0].status).toBe('budget');
    expect(v.programs[0].stdout).toMatch(/^Hello Server!\n\n\n\n/);
    const blank = v.programs[0].stdout.split('\n').length;
    expect(blank).toBeGreaterThan(100);
  });

  it('says plainly when nothing can ever happen again', () => {
    const spec = session(0);
    const sim = createSimulation(spec);
    runUntilIdle(sim);
    const v = getView(sim);
    expect(v.finished).toMatch(/^Nothing can happen any more: the server is blocked in select\(\)/);
    expect(v.finished).toMatch(/nothing will wake it\.$/);
  });

  it('steps a chosen program, and refuses one that is blocked', () => {
    const sim = createSimulation(session(2));
    expect(stepForward(sim, 'client2')).toBe(true);
    expect(getView(sim).programs[2].lastLine).toBe(1);
    expect(getView(sim).programs[0].lastLine).toBeNull();
    stepUntil(sim, (v) => v.programs[0].status === 'blocked');
    expect(stepForward(sim, 'server')).toBe(false);
  });

  it('runs a program to a clicked line', () => {
    const sim = createSimulation(session());
    expect(runToLine(sim, 'server', 7)).toBe(true);
    expect(getView(sim).programs[0].currentLine).toBe(7);
  });
});

describe('time travel', () => {
  it('goTo and stepBack reproduce every earlier view exactly', () => {
    const sim = createSimulation(session(2));
    const views: string[] = [JSON.stringify(getView(sim))];
    for (let i = 0; i < CHECKPOINT_EVERY * 2 + 40 && stepForward(sim); i++) views.push(JSON.stringify(getView(sim)));
    const end = sim.step;
    for (const n of [end - 1, 0, 3, CHECKPOINT_EVERY - 1, CHECKPOINT_EVERY, CHECKPOINT_EVERY + 7, end]) {
      goTo(sim, n);
      expect({ ...JSON.parse(JSON.stringify(getView(sim))), historyLength: 0 }).toEqual({ ...JSON.parse(views[n]), historyLength: 0 });
    }
    goTo(sim, 50);
    stepBack(sim);
    expect({ ...JSON.parse(JSON.stringify(getView(sim))), historyLength: 0 }).toEqual({ ...JSON.parse(views[49]), historyLength: 0 });
  });

  it('with checkpoints left for idle time, a step never clones the state until two distances have passed', () => {
    const sim = createSimulation(session(2), { checkpointWhen: 'idle' });
    for (let i = 0; i < CHECKPOINT_EVERY; i++) stepForward(sim);
    expect([...sim.checkpoints.keys()]).toEqual([0]);
    expect(checkpointDue(sim)).toBe(true);
    // Idle time comes a few steps later: the checkpoint is of that step, whatever it is.
    for (let i = 0; i < 5; i++) stepForward(sim);
    expect(takeDueCheckpoint(sim)).toBe(true);
    expect([...sim.checkpoints.keys()]).toEqual([0, CHECKPOINT_EVERY + 5]);
    expect(checkpointDue(sim)).toBe(false);
    expect(takeDueCheckpoint(sim)).toBe(false);
    // No idle time at all: the step itself takes one once twice the distance has gone by.
    for (let i = 0; i < CHECKPOINT_EVERY * 2 - 1; i++) stepForward(sim);
    expect([...sim.checkpoints.keys()]).toEqual([0, CHECKPOINT_EVERY + 5]);
    stepForward(sim);
    expect([...sim.checkpoints.keys()]).toEqual([0, CHECKPOINT_EVERY + 5, CHECKPOINT_EVERY * 3 + 5]);
  });

  it('goTo is exact from checkpoints taken at odd steps, and after they are thinned out', () => {
    const spec = session(3, 40_000);
    const ref = createSimulation(spec);
    const sim = createSimulation(spec, { checkpointWhen: 'idle' });
    const views: string[] = [];
    const strip = (v: ReturnType<typeof getView>) => JSON.stringify({ ...v, historyLength: 0 });
    // Idle time after an irregular number of steps, as a person stepping and pausing gives it.
    for (let i = 0; i < 20_000; i++) {
      if (!stepForward(sim)) break;
      stepForward(ref);
      if (i % 97 === 13) takeDueCheckpoint(sim);
      if (i % 50 === 0) views.push(strip(getView(sim)));
    }
    expect(sim.checkpointEvery).toBeGreaterThan(CHECKPOINT_EVERY);
    const keys = [...sim.checkpoints.keys()].sort((a, b) => a - b);
    keys.slice(1).forEach((k, i) => expect(k - keys[i]).toBeGreaterThanOrEqual(CHECKPOINT_EVERY));
    for (const n of [16_001, 1, 2501, 13_777, 19_951, 999, 8193]) {
      goTo(sim, n);
      goTo(ref, n);
      expect(strip(getView(sim))).toBe(strip(getView(ref)));
      if (n % 50 === 1) expect(strip(getView(sim))).toBe(views[(n - 1) / 50]);
    }
  });

  it('keeps the future when stepping forward the same way, and rewrites it when choosing another program', () => {
    const sim = createSimulation(session(2));
    for (let i = 0; i < 30; i++) stepForward(sim);
    const len = sim.records.length;
    goTo(sim, 10);
    stepForward(sim);
    expect(sim.records.length).toBe(len);
    stepForward(sim, 'client2');
    expect(sim.records.length).toBe(12);
  });

  it("restores the run's stop (the step budget) when time travel comes back to the step where it stopped", () => {
    const sim = createSimulation(session(1, 400));
    runUntilIdle(sim);
    const end = sim.step;
    const stopped = getView(sim).finished;
    expect(stopped).toMatch(/step budget/);
    const endView = JSON.stringify(getView(sim));
    expect(getView(sim).programs[0].status).toBe('budget');
    stepBack(sim);
    expect(sim.step).toBe(end - 1);
    expect(getView(sim).finished).toBeNull();
    expect(getView(sim).programs[0].status).not.toBe('budget');
    // Forward again with goTo …
    goTo(sim, end);
    expect(sim.step).toBe(end);
    expect(getView(sim).finished).toBe(stopped);
    expect(JSON.stringify(getView(sim))).toBe(endView);
    // … with stepForward …
    stepBack(sim);
    expect(getView(sim).finished).toBeNull();
    expect(stepForward(sim)).toBe(true);
    expect(sim.step).toBe(end);
    expect(getView(sim).finished).toBe(stopped);
    expect(JSON.stringify(getView(sim))).toBe(endView);
    // … and from far back, past a checkpoint.
    goTo(sim, 3);
    expect(getView(sim).finished).toBeNull();
    goTo(sim, end);
    expect(getView(sim).finished).toBe(stopped);
    // The run stays stopped: no step can be taken there.
    expect(stepForward(sim)).toBe(false);
    expect(sim.step).toBe(end);
    expect(getView(sim).finished).toBe(stopped);
  });

  it("restores a stop because nothing can ever happen again, and forgets it when the future is rewritten", () => {
    const sim = createSimulation(session(0));
    runUntilIdle(sim);
    const end = sim.step;
    const stopped = getView(sim).finished;
    expect(stopped).toMatch(/^Nothing can happen any more/);
    stepBack(sim);
    expect(getView(sim).finished).toBeNull();
    goTo(sim, end);
    expect(getView(sim).finished).toBe(stopped);
    goTo(sim, 0);
    stepForward(sim);
    stepBack(sim);
    expect(stepForward(sim, 'server')).toBe(true);
    expect(sim.stopped).toBeNull();
    goTo(sim, end + 5);
    expect(sim.step).toBe(end);
    expect(getView(sim).finished).toBe(stopped);
    stepBack(sim);
    goTo(sim, end);
    expect(getView(sim).finished).toBe(stopped);
  });

  it('adds a client as a new host', () => {
    const spec = addClient(session(1));
    expect(spec.programs.map((p) => p.id)).toEqual(['server', 'client1', 'client2']);
    const sim = createSimulation(spec);
    expect(getView(sim).hosts.map((h) => `${h.name}=${h.addr}`)).toEqual(['server=10.0.0.1', 'client1=10.0.0.2', 'client2=10.0.0.3']);
  });
});

describe('bad programs', () => {
  it('shows a syntax error at its line and lets the other programs run', () => {
    const spec = session(1);
    spec.programs[1] = { ...spec.programs[1], source: 'import socket\ns = socket.socket(\nprint "x"\n' };
    const sim = createSimulation(spec);
    const v = getView(sim);
    expect(v.programs[1].status).toBe('syntax-error');
    expect(v.programs[1].syntaxError?.line).toBeGreaterThan(0);
    expect(v.programs[1].stderr).toMatch(/SyntaxError/);
    expect(stepForward(sim)).toBe(true);
  });

  it('stops a runaway loop at the step budget', () => {
    const spec: SessionSpec = { ...session(0, 500), programs: [{ id: 'server', label: 'Server', filename: 'spin.py', source: 'while True:\n    pass\n', python: 3, host: 'server' }] };
    const sim = createSimulation(spec);
    runUntilIdle(sim);
    expect(sim.state.lineSteps).toBe(500);
    expect(getView(sim).finished).toMatch(/step budget/);
  });
});

describe('faults from the session', () => {
  it('drops the first SYN+ACK and the handshake recovers by retransmission', () => {
    const spec = { ...session(1, 5000), faults: [{ kind: 'drop' as const, flags: 'SYN+ACK', nth: 1 }] };
    const sim = createSimulation(spec);
    const v = stepUntil(sim, (v) => v.programs[0].stdout.includes('Hello Server!'), 20_000);
    const synAcks = v.segments.filter((s) => s.flags === 'SYN+ACK');
    expect(synAcks.length).toBeGreaterThanOrEqual(2);
    expect(synAcks[0].status).toBe('dropped');
    expect(synAcks[1].status).toBe('delivered');
    // Linux's client retransmits its SYN after 1 s (the initial RTO), which elicits a new SYN+ACK.
    expect(v.segments.filter((s) => s.flags === 'SYN').length).toBe(2);
    expect(v.time).toBeGreaterThan(1000);
  });
});

describe('the select panel', () => {
  it('names each fd by the Python variable that holds it, in Python 2 too', () => {
    const sim = createSimulation(session(1));
    const v = stepUntil(sim, (v) => v.select.some((s) => s.phase === 'returned' && s.rlist.length === 2), 5000);
    const sel = v.select.find((s) => s.programId === 'server')!;
    expect(sel.rlist.map((f) => f.label)).toEqual(['server', 'client']);
    expect(v.programs[0].python).toBe(2);
  });

  it('shows what a blocked select waits for, and why each fd is not ready', () => {
    const sim = createSimulation(session(1));
    const v = stepUntil(sim, (v) => v.programs[0].status === 'blocked');
    const sel = v.select.find((s) => s.programId === 'server')!;
    expect(sel.phase).toBe('waiting');
    expect(sel.rlist).toEqual([{ fd: 3, label: 'server', ready: false, why: 'the accept queue is empty' }]);
  });
});

describe('time travel with a live dict view', () => {
  it('rebuilds from a checkpoint what the run printed: the view still follows its dict', async () => {
    const { sessionFor } = await import('./runner');
    const source = 'd = {1: 2}\nk = d.keys()\nn = 0\nfor i in range(300):\n    n += i\nd[3] = 4\nprint(list(k), len(k), 3 in k)\n';
    const sim = createSimulation(sessionFor([{ filename: 'p.py', source }], { python: 3 }), { history: 'full' });
    sim.checkpointEvery = 4;
    runUntilIdle(sim);
    const end = getView(sim).step;
    expect(getView(sim).programs[0].stdout).toBe('[1, 3] 2 True\n');
    goTo(sim, 10);
    goTo(sim, end);
    expect(getView(sim).programs[0].stdout).toBe('[1, 3] 2 True\n');
  });
});
