import type { SegmentView } from '../sim/types';

/** Sequence and acknowledgement numbers to print for a segment. */
export interface SeqAck { seq: number; ack: number }

/**
 * Sequence numbers relative to each direction's initial sequence number (its SYN), as Wireshark
 * shows them by default: the SYN is seq=0, the first data byte seq=1.
 */
const relCache = new WeakMap<SegmentView[], Map<number, SeqAck>>();

export function relativeSeqs(segments: SegmentView[]): Map<number, SeqAck> {
  const hit = relCache.get(segments);
  if (hit) return hit;
  const isn = new Map<string, number>();
  for (const s of segments) {
    const dir = `${s.src}>${s.dst}`;
    if (s.proto === 'TCP' && s.flags.includes('SYN') && !isn.has(dir)) isn.set(dir, s.seq);
  }
  const out = new Map<number, SeqAck>();
  for (const s of segments) {
    const mine = isn.get(`${s.src}>${s.dst}`);
    const theirs = isn.get(`${s.dst}>${s.src}`);
    out.set(s.id, {
      seq: mine === undefined ? s.seq : (s.seq - mine) >>> 0,
      ack: theirs === undefined ? s.ack : (s.ack - theirs) >>> 0,
    });
  }
  relCache.set(segments, out);
  return out;
}

/** "SYN seq=0", "PSH+ACK seq=1 ack=1 len=13" … the label a segment carries on the wire. */
export function segmentLabel(s: SegmentView, n: SeqAck = s): string {
  const parts = [s.flags || s.proto];
  if (s.proto === 'TCP') {
    parts.push(`seq=${n.seq}`);
    if (/ACK/.test(s.flags)) parts.push(`ack=${n.ack}`);
  }
  if (s.len) parts.push(`len=${s.len}`);
  return parts.join(' ');
}

export function payloadLabel(s: SegmentView): string {
  if (!s.len) return '';
  const p = s.payloadPreview.length > 18 ? `${s.payloadPreview.slice(0, 17)}…` : s.payloadPreview;
  return `"${p}"`;
}

/** A colour family per kind of segment (always alongside the flags in text). */
export function segmentKind(s: SegmentView): 'syn' | 'fin' | 'rst' | 'data' | 'ack' | 'udp' {
  if (s.proto === 'UDP') return 'udp';
  if (s.flags.includes('RST')) return 'rst';
  if (s.flags.includes('SYN')) return 'syn';
  if (s.flags.includes('FIN')) return 'fin';
  if (s.len > 0) return 'data';
  return 'ack';
}

const described = new Map<string, string>();

/** The same description, remembered: the ladder describes every segment on every step. */
export function describeSegmentCached(s: SegmentView, labelOf: (programId: string) => string, n: SeqAck = s): string {
  const key = `${s.id}|${s.status}|${s.flags}|${s.src}|${s.dst}|${s.sentAt}|${n.seq}|${n.ack}|${s.len}|${s.cause.programId}|${s.cause.line}|${s.cause.syscall}|${labelOf(s.cause.programId ?? '')}`;
  let d = described.get(key);
  if (d === undefined) {
    if (described.size > 4000) described.clear();
    d = describeSegment(s, labelOf, n);
    described.set(key, d);
  }
  return d;
}

export function describeSegment(s: SegmentView, labelOf: (programId: string) => string, n: SeqAck = s): string {
  const abs = n.seq !== s.seq || n.ack !== s.ack ? ` (absolute seq=${s.seq}${/ACK/.test(s.flags) ? ` ack=${s.ack}` : ''})` : '';
  const what = `${segmentLabel(s, n)} from ${s.src} to ${s.dst}${abs}`;
  const status = s.status === 'dropped' ? ', dropped' : s.status === 'in-flight' ? ', in flight' : '';
  const cause = s.cause.programId
    ? `; caused by ${labelOf(s.cause.programId)}${s.cause.line ? ` line ${s.cause.line}` : ''}${s.cause.syscall ? `, ${s.cause.syscall}()` : ''}`
    : '; sent by the kernel on its own (no program line)';
  return `${what}, sent at ${s.sentAt} ms${status}${cause}`;
}
