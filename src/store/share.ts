/**
 * Structural sharing between two views of the simulation: `share(prev, next)` returns `next`, except
 * that every part equal in value to the same part of `prev` is `prev`'s object. A step changes a
 * line or two of one program and a socket or two, so after sharing, everything else keeps its
 * identity and the panels can skip it with `===` (one subscription per host or program re-renders
 * only what changed) instead of deep-comparing thirty hosts on every step.
 *
 * Plain data only (what a SimView is made of): arrays, plain objects, strings, numbers, booleans, null.
 */
export function share<T>(prev: unknown, next: T): T {
  if (prev === next) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  // Nothing is allocated while the two agree: a copy starts at the first difference.
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let out: unknown[] | null = prev.length === next.length ? null : new Array(next.length);
    for (let i = 0; i < next.length; i++) {
      const v = i < prev.length ? share(prev[i], next[i]) : next[i];
      if (out) out[i] = v;
      else if (v !== prev[i]) {
        out = new Array(next.length);
        for (let j = 0; j < i; j++) out[j] = prev[j];
        out[i] = v;
      }
    }
    return (out ?? prev) as T;
  }
  if (Array.isArray(prev)) return next;
  const p = prev as Record<string, unknown>, n = next as Record<string, unknown>;
  // for…in rather than Object.keys: no array of keys is allocated per object (thousands a step).
  let nKeys = 0, pKeys = 0;
  for (const k in p) if (Object.prototype.hasOwnProperty.call(p, k)) pKeys++;
  for (const k in n) if (Object.prototype.hasOwnProperty.call(n, k)) nKeys++;
  let out: Record<string, unknown> | null = nKeys === pKeys ? null : {};
  for (const k in n) {
    if (!Object.prototype.hasOwnProperty.call(n, k)) continue;
    const had = Object.prototype.hasOwnProperty.call(p, k);
    const v = had ? share(p[k], n[k]) : n[k];
    if (out) out[k] = v;
    else if (!had || v !== p[k]) {
      out = {};
      for (const j in n) {
        if (j === k) break;
        if (Object.prototype.hasOwnProperty.call(n, j)) out[j] = p[j];
      }
      out[k] = v;
    }
  }
  return (out ?? p) as T;
}
