/**
 * The run's segments as a classic libpcap file (Ethernet link type), so Wireshark and tshark can
 * open what the class just watched. Every segment is written as the sender put it on the wire,
 * with real IPv4/IPv6, TCP and UDP headers and correct checksums, stamped with simulated time.
 */
import type { Segment } from '../kernel/syscalls';

/** Simulated time 0 is this Unix time, so captures show a plausible date. */
export const PCAP_EPOCH_SECONDS = 1_767_225_600; // 2026-01-01T00:00:00Z

const ETH_HEADER = 14;

function ipv4Bytes(ip: string): number[] {
  const parts = ip.split('.').map((x) => Number(x) & 255);
  return parts.length === 4 ? parts : [0, 0, 0, 0];
}

/** Expands an IPv6 text address ('::1', 'fe80::2') to 16 bytes. */
export function ipv6Bytes(ip: string): number[] {
  const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, null];
  const h = head ? head.split(':').filter((x) => x !== '') : [];
  const t = tail ? tail.split(':').filter((x) => x !== '') : [];
  const groups = tail === null ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  const out: number[] = [];
  for (const g of groups.slice(0, 8)) {
    const n = parseInt(g, 16) || 0;
    out.push((n >> 8) & 255, n & 255);
  }
  while (out.length < 16) out.push(0);
  return out;
}

function mac(hostIndex: number): number[] {
  return [0x02, 0x00, 0x00, 0x00, 0x00, (hostIndex + 1) & 255];
}

/** The Internet checksum (RFC 1071) over several byte runs. */
function checksum(...runs: ArrayLike<number>[]): number {
  let sum = 0;
  let odd = -1;
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      if (odd < 0) odd = run[i];
      else {
        sum += (odd << 8) | run[i];
        odd = -1;
      }
    }
  }
  if (odd >= 0) sum += odd << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

function u16(n: number): number[] {
  return [(n >>> 8) & 255, n & 255];
}
function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function transport(seg: Segment): { proto: number; bytes: number[] } {
  const payload = Array.from(seg.payload);
  if (seg.proto === 'udp') return { proto: 17, bytes: [...u16(seg.sport), ...u16(seg.dport), ...u16(8 + payload.length), 0, 0, ...payload] };
  if (seg.proto === 'icmp') {
    const v6 = seg.family === 10;
    const o = seg.icmp;
    // The ICMP error quotes the offending datagram's IP header and first 8 bytes (its UDP header).
    const origUdp = o ? [...u16(o.origSport), ...u16(o.origDport), ...u16(8), 0, 0] : [];
    const quoted = o ? [...ipHeader(v6, o.origSrc, o.origDst, 17, origUdp.length, 64), ...origUdp] : [];
    const type = v6 ? 1 : 3;
    const code = v6 ? 4 : 3;
    return { proto: v6 ? 58 : 1, bytes: [type, code, 0, 0, 0, 0, 0, 0, ...quoted] };
  }
  const header = [
    ...u16(seg.sport),
    ...u16(seg.dport),
    ...u32(seg.seq >>> 0),
    ...u32(seg.ack >>> 0),
    5 << 4,
    seg.flags & 0x3f,
    ...u16(Math.min(0xffff, Math.max(0, Math.floor(seg.window)))),
    0,
    0,
    0,
    0,
  ];
  return { proto: 6, bytes: [...header, ...payload] };
}

function ipHeader(v6: boolean, src: string, dst: string, proto: number, len: number, ttl: number): number[] {
  if (v6) return [0x60, 0, 0, 0, ...u16(len), proto, ttl, ...ipv6Bytes(src), ...ipv6Bytes(dst)];
  const h = [0x45, 0, ...u16(20 + len), 0, 0, 0x40, 0, ttl, proto, 0, 0, ...ipv4Bytes(src), ...ipv4Bytes(dst)];
  const c = checksum(h);
  h[10] = c >>> 8;
  h[11] = c & 255;
  return h;
}

/** One Ethernet frame for a segment, with every checksum filled in. */
export function frameFor(seg: Segment): Uint8Array {
  const v6 = seg.family === 10;
  const t = transport(seg);
  const src = v6 ? ipv6Bytes(seg.src) : ipv4Bytes(seg.src);
  const dst = v6 ? ipv6Bytes(seg.dst) : ipv4Bytes(seg.dst);
  const pseudo = v6 ? [...src, ...dst, ...u32(t.bytes.length), 0, 0, 0, t.proto] : [...src, ...dst, 0, t.proto, ...u16(t.bytes.length)];
  const csumAt = t.proto === 6 ? 16 : t.proto === 17 ? 6 : 2;
  const c = t.proto === 1 ? checksum(t.bytes) : checksum(pseudo, t.bytes);
  // A UDP checksum that computes to 0 is sent as 0xffff (0 means "no checksum").
  const value = t.proto === 17 && c === 0 ? 0xffff : c;
  t.bytes[csumAt] = value >>> 8;
  t.bytes[csumAt + 1] = value & 255;
  const ip = ipHeader(v6, seg.src, seg.dst, t.proto, t.bytes.length, 64);
  const eth = [...mac(seg.dstHost), ...mac(seg.srcHost), ...(v6 ? [0x86, 0xdd] : [0x08, 0x00])];
  const frame = new Uint8Array(ETH_HEADER + ip.length + t.bytes.length);
  frame.set(eth, 0);
  frame.set(ip, ETH_HEADER);
  frame.set(t.bytes, ETH_HEADER + ip.length);
  return frame;
}

/** A complete pcap file (little-endian, microsecond timestamps, LINKTYPE_ETHERNET). */
export function toPcap(segments: Segment[]): Uint8Array {
  const frames = segments.map((s) => ({ at: s.sentAt, bytes: frameFor(s) }));
  const size = 24 + frames.reduce((n, f) => n + 16 + f.bytes.length, 0);
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 0xa1b2c3d4, true);
  dv.setUint16(4, 2, true);
  dv.setUint16(6, 4, true);
  dv.setInt32(8, 0, true);
  dv.setUint32(12, 0, true);
  dv.setUint32(16, 65535, true);
  dv.setUint32(20, 1, true);
  let off = 24;
  for (const f of frames) {
    const us = Math.round(f.at * 1000);
    dv.setUint32(off, PCAP_EPOCH_SECONDS + Math.floor(us / 1_000_000), true);
    dv.setUint32(off + 4, us % 1_000_000, true);
    dv.setUint32(off + 8, f.bytes.length, true);
    dv.setUint32(off + 12, f.bytes.length, true);
    out.set(f.bytes, off + 16);
    off += 16 + f.bytes.length;
  }
  return out;
}

/** Every segment put on the wire up to the simulation's current step (retransmissions included). */
export function wireSegments(records: { events: { t: string; what?: string; seg?: Segment }[] }[], upTo = records.length): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < upTo; i++)
    for (const e of records[i].events) if (e.t === 'segment' && (e.what === 'sent' || e.what === 'duplicated') && e.seg) out.push(e.seg);
  return out;
}
