import { describe, expect, it } from 'vitest';
import { share } from './share';
import { simEngine } from './simEngine';

describe('share', () => {
  it('keeps the identity of every unchanged part and takes the changed parts from the new value', () => {
    const prev = { a: [1, 2, { x: 'p' }], b: { c: 'same' }, d: 1 };
    const next = { a: [1, 2, { x: 'q' }], b: { c: 'same' }, d: 1 };
    const out = share(prev, next);
    expect(out).toEqual(next);
    expect(out.b).toBe(prev.b);
    expect(out.a).not.toBe(prev.a);
    expect(out.a[2]).toEqual({ x: 'q' });
    expect(share(prev, structuredClone(prev))).toBe(prev);
  });

  it('treats added and removed keys and elements as changes', () => {
    expect(share({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    const p = { a: 1, b: 2 };
    expect(share(p, { a: 1 })).not.toBe(p);
    const arr = [1, 2];
    expect(share(arr, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(share(arr, [1])).toEqual([1]);
    expect(share({ a: null }, { a: undefined })).toEqual({ a: undefined });
  });

  it('on the lecture with three clients, a step keeps the hosts and programs it did not touch', () => {
    const sim = simEngine.createSimulation(simEngine.lectureSession(3));
    for (let i = 0; i < 60; i++) simEngine.stepForward(sim);
    const before = simEngine.getView(sim);
    simEngine.stepForward(sim);
    const raw = simEngine.getView(sim);
    const after = share(before, raw);
    expect(after).toEqual(raw);
    const kept = after.programs.filter((p, i) => p === before.programs[i]).length;
    // One program ran a line (or the network moved): the others are the very same objects.
    expect(kept).toBeGreaterThanOrEqual(after.programs.length - 2);
    expect(after.hosts.filter((h, i) => h === before.hosts[i]).length).toBeGreaterThanOrEqual(1);
  });
});
