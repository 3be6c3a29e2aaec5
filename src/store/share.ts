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
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    const out = new Array(next.length);
    for (let i = 0; i < next.length; i++) {
      out[i] = i < prev.length ? share(prev[i], next[i]) : next[i];
      if (out[i] !== prev[i]) same = false;
    }
    return (same ? prev : out) as T;
  }
  if (Array.isArray(prev)) return next;
  const p = prev as Record<string, unknown>, n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = k in p ? share(p[k], n[k]) : n[k];
    out[k] = v;
    if (v !== p[k] || !(k in p)) same = false;
  }
  return (same ? p : out) as T;
}
