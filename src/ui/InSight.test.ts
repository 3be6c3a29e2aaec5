// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkspaceStore, selectView } from '../store';
import { simEngine } from '../store/simEngine';
import { lazyStore } from './InSight';

describe('lazyStore: panels out of sight follow the store after the frame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const store = createWorkspaceStore(simEngine, simEngine.lectureSession(1));
    const lazy = lazyStore(store);
    const el = document.createElement('div');
    lazy.attach(el);
    const seen: number[] = [];
    const unsubscribe = lazy.subscribe((s) => seen.push(selectView(s).step));
    return { store, lazy, el, seen, unsubscribe };
  };

  it('passes every change on at once while in sight', () => {
    const { store, el, seen } = setup();
    store.getState().stepped();
    store.getState().stepped();
    expect(seen).toEqual([1, 2]);
    expect(el.hasAttribute('aria-busy')).toBe(false);
  });

  it('out of sight, holds changes back (aria-busy) and passes on the latest once the page is idle', () => {
    const { store, lazy, el, seen } = setup();
    lazy.setInSight(false);
    store.getState().stepped();
    store.getState().stepped();
    store.getState().stepped();
    expect(seen).toEqual([]);
    expect(el.getAttribute('aria-busy')).toBe('true');
    // The state itself is never stale: a panel that renders for another reason draws the present.
    expect(selectView(lazy.getState()).step).toBe(3);
    vi.runAllTimers();
    expect(seen).toEqual([3]);
    expect(el.hasAttribute('aria-busy')).toBe(false);
  });

  it('catches up at once when it comes into sight', () => {
    const { store, lazy, el, seen } = setup();
    lazy.setInSight(false);
    store.getState().stepped();
    lazy.setInSight(true);
    expect(seen).toEqual([1]);
    expect(el.hasAttribute('aria-busy')).toBe(false);
    vi.runAllTimers();
    expect(seen).toEqual([1]);
  });

  it('lets go of the store when its last panel unsubscribes', () => {
    const { store, lazy, seen, unsubscribe } = setup();
    unsubscribe();
    lazy.setInSight(false);
    store.getState().stepped();
    vi.runAllTimers();
    expect(seen).toEqual([]);
  });
});
