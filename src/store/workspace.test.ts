import { describe, expect, it } from 'vitest';
import { fixtureEngine } from './fixtures';
import { simEngine } from './simEngine';
import { createWorkspaceStore, initialSpec, selectView } from './workspace';

function make() {
  const engine = fixtureEngine();
  return createWorkspaceStore(engine, initialSpec(engine));
}

describe('the workspace store', () => {
  it('derives the view with a memoised selector keyed on the revision', () => {
    const store = make();
    const a = selectView(store.getState());
    expect(selectView(store.getState())).toBe(a);
    store.getState().stepped();
    const b = selectView(store.getState());
    expect(b).not.toBe(a);
    expect(b.step).toBe(1);
    expect(store.getState().revision).toBe(1);
  });

  it('leaves history checkpoints for idle time: a step never clones the state, idled() does', () => {
    const store = createWorkspaceStore(simEngine, initialSpec(simEngine, { clients: 2 }));
    const sim = store.getState().sim as { checkpoints: Map<number, unknown>; step: number };
    for (let i = 0; i < 300; i++) store.getState().stepped();
    expect([...sim.checkpoints.keys()]).toEqual([0]);
    const revision = store.getState().revision;
    store.getState().idled();
    expect([...sim.checkpoints.keys()]).toEqual([0, 300]);
    // Idle work changes nothing on screen.
    expect(store.getState().revision).toBe(revision);
    store.getState().scrubbed(299);
    expect(selectView(store.getState()).step).toBe(299);
  });

  it('steps back and scrubs exactly', () => {
    const store = make();
    for (let i = 0; i < 5; i++) store.getState().stepped();
    const at5 = selectView(store.getState());
    store.getState().stepped();
    store.getState().steppedBack();
    expect(selectView(store.getState())).toEqual(at5);
    store.getState().scrubbed(2);
    expect(selectView(store.getState()).step).toBe(2);
    store.getState().steppedBack();
    store.getState().steppedBack();
    store.getState().steppedBack();
    expect(selectView(store.getState()).step).toBe(0);
  });

  it('steps a chosen program, runs to a line, resets', () => {
    const store = make();
    store.getState().stepped('client1');
    expect(selectView(store.getState()).programs.find((p) => p.id === 'client1')?.lastLine).not.toBeNull();
    store.getState().reset();
    expect(selectView(store.getState()).step).toBe(0);
    store.getState().ranToLine('server', 9);
    expect(selectView(store.getState()).programs[0].currentLine).toBe(9);
  });

  it('plays and pauses as events; stops playing when nothing can run', () => {
    const store = make();
    store.getState().played();
    expect(store.getState().playing).toBe(true);
    while (store.getState().stepped()) { /* run to the end */ }
    expect(store.getState().playing).toBe(false);
    store.getState().speedChanged('max');
    expect(store.getState().speed).toBe('max');
  });

  it('adds a client to the session', () => {
    const store = make();
    store.getState().clientAdded();
    expect(store.getState().spec.programs.map((p) => p.id)).toEqual(['server', 'client1', 'client2']);
  });
});

describe('adding a client mid-run on the real engine', () => {
  it('replays the programs the user stepped, so the existing programs are where they were on screen', () => {
    const store = createWorkspaceStore(simEngine, initialSpec(simEngine));
    const a = store.getState();
    // Client 1 goes first (socket, connect …), then the server, then two default steps.
    for (let i = 0; i < 3; i++) expect(a.stepped('client1')).toBe(true);
    for (let i = 0; i < 4; i++) expect(a.stepped('server')).toBe(true);
    expect(a.stepped()).toBe(true);
    expect(a.stepped()).toBe(true);
    const before = selectView(store.getState());
    expect(before.step).toBe(9);
    expect(before.programs[1].lastLine).not.toBeNull();

    store.getState().clientAdded();
    const after = selectView(store.getState());
    expect(store.getState().spec.programs.map((p) => p.id)).toEqual(['server', 'client1', 'client2']);
    expect(after.step).toBe(before.step);
    // The server and client 1 are exactly as they were: lines, status, variables, output.
    for (const id of ['server', 'client1']) {
      const was = before.programs.find((p) => p.id === id)!;
      const now = after.programs.find((p) => p.id === id)!;
      expect(now).toEqual(was);
    }
    // Their sockets too; the new client has not been chosen by anyone and has not run.
    expect(after.hosts.find((h) => h.name === 'server')!.sockets).toEqual(before.hosts.find((h) => h.name === 'server')!.sockets);
    expect(after.hosts.find((h) => h.name === 'client1')!.sockets).toEqual(before.hosts.find((h) => h.name === 'client1')!.sockets);
    expect(after.programs.find((p) => p.id === 'client2')!.lastLine).toBeNull();
    // History after the click is the replayed one: stepping back and forth is exact.
    store.getState().steppedBack();
    store.getState().stepped();
    expect(selectView(store.getState()).programs.slice(0, 2)).toEqual(after.programs.slice(0, 2));
  });

  it('keeps default steps default, with the new client taking part', () => {
    const store = createWorkspaceStore(simEngine, initialSpec(simEngine));
    for (let i = 0; i < 40; i++) store.getState().stepped();
    store.getState().clientAdded();
    const replayed = selectView(store.getState());
    const fresh = simEngine.createSimulation(simEngine.addClient(initialSpec(simEngine)));
    for (let i = 0; i < 40; i++) simEngine.stepForward(fresh);
    expect(replayed).toEqual(simEngine.getView(fresh));
  });
});

describe('fast playing', () => {
  it('takes many steps as one change and stops (and pauses) at the end', () => {
    const engine = fixtureEngine();
    const store = createWorkspaceStore(engine, initialSpec(engine));
    store.getState().played();
    expect(store.getState().skipped(5)).toBe(5);
    expect(selectView(store.getState()).step).toBe(5);
    expect(store.getState().revision).toBe(1);
    expect(store.getState().playing).toBe(true);
    const rest = store.getState().skipped(10_000);
    expect(rest).toBeGreaterThan(0);
    expect(store.getState().playing).toBe(false);
  });
});
