import { describe, expect, it } from 'vitest';
import type { SegmentView } from '../sim/types';
import { describeSegment, relativeSeqs, segmentLabel } from './segments';

const seg = (id: number, src: string, dst: string, flags: string, seq: number, ack: number, len = 0): SegmentView => ({
  id, from: src.startsWith('10.0.0.1') ? 'server' : 'client1', to: dst.startsWith('10.0.0.1') ? 'server' : 'client1', src, dst,
  proto: 'TCP', flags, seq, ack, len, payloadPreview: len ? 'Hello Server!' : '', sentAt: id, arriveAt: id + 1, status: 'delivered',
  cause: { programId: 'client1', line: 6, syscall: 'connect', step: id },
});

describe('segment labels', () => {
  const c = '10.0.0.2:46732', s = '10.0.0.1:50000';
  const segs = [
    seg(1, c, s, 'SYN', 11749833, 0),
    seg(2, s, c, 'SYN+ACK', 2265367787, 11749834),
    seg(3, c, s, 'ACK', 11749834, 2265367788),
    seg(4, c, s, 'PSH+ACK', 11749834, 2265367788, 13),
    seg(5, c, s, 'FIN+ACK', 11749847, 2265367788),
  ];
  it('counts sequence numbers from each side\'s SYN, as Wireshark does', () => {
    const rel = relativeSeqs(segs);
    expect(segs.map((x) => segmentLabel(x, rel.get(x.id)))).toEqual([
      'SYN seq=0', 'SYN+ACK seq=0 ack=1', 'ACK seq=1 ack=1', 'PSH+ACK seq=1 ack=1 len=13', 'FIN+ACK seq=14 ack=1',
    ]);
  });
  it('keeps the absolute numbers and the cause in the description', () => {
    const rel = relativeSeqs(segs);
    expect(describeSegment(segs[0], () => 'Client 1', rel.get(1))).toBe(
      'SYN seq=0 from 10.0.0.2:46732 to 10.0.0.1:50000 (absolute seq=11749833), sent at 1 ms; caused by Client 1 line 6, connect()');
  });
});
