import { describe, expect, it } from 'vitest';
import { fixtureEngine } from './fixtures';
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
