import type { SegmentView } from '../sim/types';

/** "SYN seq=0", "PSH+ACK seq=1 ack=1 len=13" … the label a segment carries on the wire. */
export function segmentLabel(s: SegmentView): string {
  const parts = [s.flags || s.proto];
  if (s.proto === 'TCP') {
    parts.push(`seq=${s.seq}`);
    if (/ACK/.test(s.flags)) parts.push(`ack=${s.ack}`);
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

export function describeSegment(s: SegmentView, labelOf: (programId: string) => string): string {
  const what = `${segmentLabel(s)} from ${s.src} to ${s.dst}`;
  const status = s.status === 'dropped' ? ', dropped' : s.status === 'in-flight' ? ', in flight' : '';
  const cause = s.cause.programId
    ? `; caused by ${labelOf(s.cause.programId)}${s.cause.line ? ` line ${s.cause.line}` : ''}${s.cause.syscall ? `, ${s.cause.syscall}()` : ''}`
    : '; sent by the kernel on its own (no program line)';
  return `${what}, sent at ${s.sentAt} ms${status}${cause}`;
}
