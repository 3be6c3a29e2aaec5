/**
 * IP address helpers. Addresses are kept as canonical strings: dotted quad for
 * IPv4, RFC 5952 compressed form for IPv6 ('::1', '::ffff:127.0.0.1').
 */

const v4cache = new Map<string, string | null>();

/** Canonical IPv4 string, or null if `s` is not a dotted quad (memoised: a pure function). */
export function parseV4(s: string): string | null {
  let r = v4cache.get(s);
  if (r === undefined) {
    r = parseV4Slow(s);
    if (v4cache.size < 4096) v4cache.set(s, r);
  }
  return r;
}

function parseV4Slow(s: string): string | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out.join('.');
}

/** Canonical (compressed, lower-case) IPv6 string, or null if invalid. */
export function parseV6(s: string): string | null {
  let str = s.toLowerCase();
  const pct = str.indexOf('%');
  if (pct >= 0) str = str.slice(0, pct);
  let tail: number[] = [];
  // Embedded IPv4 (::ffff:1.2.3.4)
  const lastColon = str.lastIndexOf(':');
  if (lastColon >= 0 && str.indexOf('.', lastColon) >= 0) {
    const v4 = parseV4(str.slice(lastColon + 1));
    if (v4 === null) return null;
    const b = v4.split('.').map(Number);
    tail = [(b[0]! << 8) | b[1]!, (b[2]! << 8) | b[3]!];
    str = str.slice(0, lastColon + 1) + (str.endsWith('::') ? '' : '');
    if (str.endsWith(':') && !str.endsWith('::')) str = str.slice(0, -1);
  }
  const dbl = str.split('::');
  if (dbl.length > 2) return null;
  const parseGroups = (x: string): number[] | null => {
    if (x === '') return [];
    const gs = x.split(':');
    const r: number[] = [];
    for (const g of gs) {
      if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
      r.push(parseInt(g, 16));
    }
    return r;
  };
  const head = parseGroups(dbl[0]!);
  if (head === null) return null;
  let groups: number[];
  if (dbl.length === 2) {
    const rest = parseGroups(dbl[1]!);
    if (rest === null) return null;
    const all = [...rest, ...tail];
    const fill = 8 - head.length - all.length;
    if (fill < 1) return null;
    groups = [...head, ...new Array<number>(fill).fill(0), ...all];
  } else {
    groups = [...head, ...tail];
    if (groups.length !== 8) return null;
  }
  return formatV6(groups);
}

function formatV6(g: number[]): string {
  // IPv4-mapped addresses print with a dotted tail, as inet_ntop does.
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return `::ffff:${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestStart < 0) return hex.join(':');
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLen).join(':');
  return `${left}::${right}`;
}

export const ANY4 = '0.0.0.0';
export const ANY6 = '::';

export function isAny(ip: string): boolean {
  return ip === ANY4 || ip === ANY6 || ip === '';
}

/** '::ffff:1.2.3.4' -> '1.2.3.4'; other strings unchanged. */
export function unmap(ip: string): string {
  return ip.startsWith('::ffff:') && ip.indexOf('.') > 0 ? ip.slice(7) : ip;
}

export function isV4(ip: string): boolean {
  return ip.indexOf(':') < 0;
}

export function isLoopback(ip: string): boolean {
  const u = unmap(ip);
  return u === '::1' || u.startsWith('127.');
}
