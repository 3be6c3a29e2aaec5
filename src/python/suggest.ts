/** CPython 3.11's "Did you mean" suggestions (Python/suggestions.c), for NameError and AttributeError. */
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a0: string, b0: string, maxCost: number): number {
  if (a0 === b0) return 0;
  let a = a0, b = b0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s); b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e); b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) { const t = a; a = b; b = t; }
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b.charCodeAt(bi);
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a.charCodeAt(i));
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function suggest(candidates: Iterable<string>, name: string): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  let n = 0;
  for (const item of candidates) {
    if (++n > MAX_CANDIDATE_ITEMS) return null;
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDist - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDist) { best = item; bestDist = d; }
  }
  return best;
}
