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

  it('on random changes to nested data, equals the new value and keeps every untouched part', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const make = (d: number): unknown => (d === 0 || rnd(3) === 0 ? (rnd(2) ? rnd(5) : `s${rnd(5)}`)
      : rnd(2) ? Array.from({ length: rnd(4) }, () => make(d - 1)) : Object.fromEntries(Array.from({ length: rnd(4) }, (_, i) => [`k${i}`, make(d - 1)])));
    const mutate = (v: unknown, d: number): unknown => {
      if (typeof v !== 'object' || v === null || rnd(4) === 0) return rnd(3) === 0 ? make(d) : v;
      if (Array.isArray(v)) return rnd(5) === 0 ? [...v, make(1)] : v.map((x) => mutate(x, d - 1));
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mutate(x, d - 1)]));
    };
    for (let i = 0; i < 300; i++) {
      const prev = make(4);
      const next = mutate(structuredClone(prev), 4);
      const out = share(prev, next);
      expect(out).toEqual(next);
      if (JSON.stringify(prev) === JSON.stringify(next)) expect(out).toBe(prev);
    }
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
