/**
 * The pcap export (src/sim/pcap.ts) decoded by tshark: hand-made segments of every kind the kernel
 * sends, checked frame by frame, with checksum validation on. Skipped, with a clear message, where
 * tshark is missing.
 */
import { describe, expect, it } from 'vitest';
import type { Segment } from '../kernel/syscalls';
import { PCAP_EPOCH_SECONDS, toPcap } from '../sim/pcap';
import { findTshark, payloadText, TSHARK_MISSING, tsharkRows } from './tshark';

const tshark = findTshark();
if (!tshark) console.warn(`SKIPPED: ${TSHARK_MISSING}`);

/** Wireshark's checksum status: 0 bad, 1 good, 2 unverified. */
const GOOD = '1';
const SYN = 0x02, ACK = 0x10, PSH = 0x08, FIN = 0x01, RST = 0x04;
const enc = (s: string) => new TextEncoder().encode(s);

let nextId = 1;
function seg(p: Partial<Segment> & Pick<Segment, 'src' | 'dst' | 'sport' | 'dport'>): Segment {
  // Built loosely (cast) so the test keeps compiling as the kernel adds bookkeeping fields.
  return {
    id: nextId++, family: 2, proto: 'tcp', seq: 0, ack: 0, flags: 0, window: 65535, payload: new Uint8Array(), sentAt: 0, deliverAt: 0,
    srcHost: 1, dstHost: 0, icmp: null, rkey: '', retransmit: false, ...p,
  } as Segment;
}

/** The lecture's exchange: the handshake, "Hello Server!", the client's FIN, in one family. */
function exchange(v6: boolean): Segment[] {
  const c = v6 ? 'fd00::2' : '10.0.0.2', s = v6 ? 'fd00::1' : '10.0.0.1', family = v6 ? 10 : 2;
  const base = { family, src: c, dst: s, sport: 40000, dport: 50000, srcHost: 1, dstHost: 0 } as const;
  const back = { family, src: s, dst: c, sport: 50000, dport: 40000, srcHost: 0, dstHost: 1 } as const;
  return [
    seg({ ...base, seq: 0xfffffff0, flags: SYN, sentAt: 0.002 }),
    seg({ ...back, seq: 1000, ack: 0xfffffff1, flags: SYN | ACK, sentAt: 5.002 }),
    seg({ ...base, seq: 0xfffffff1, ack: 1001, flags: ACK, sentAt: 10.003 }),
    seg({ ...base, seq: 0xfffffff1, ack: 1001, flags: PSH | ACK, payload: enc('Hello Server!'), sentAt: 10.004 }),
    seg({ ...base, seq: (0xfffffff1 + 13) >>> 0, ack: 1001, flags: FIN | ACK, sentAt: 10.005 }),
    seg({ ...back, seq: 1001, ack: (0xfffffff1 + 14) >>> 0, flags: ACK, sentAt: 15.005 }),
    seg({ ...back, seq: 1001, ack: 0, flags: RST, sentAt: 1234.5 }),
  ];
}

describe.skipIf(!tshark)('pcap export decoded by tshark', () => {
  it('IPv4 and IPv6 TCP: handshake, payload, FIN, valid checksums, simulated timestamps', () => {
    for (const v6 of [false, true]) {
      const segs = exchange(v6);
      const rows = tsharkRows(tshark!, toPcap(segs));
      expect(rows.length).toBe(segs.length);
      expect(rows.map((r) => r['tcp.flags.str'].replace(/·/g, '.'))).toEqual([
        '..........S.', '.......A..S.', '.......A....', '.......AP...', '.......A...F', '.......A....', '.........R..',
      ]);
      for (const [i, r] of rows.entries()) {
        expect(r['tcp.checksum.status'], `frame ${i + 1} TCP checksum`).toBe(GOOD);
        if (!v6) expect(r['ip.checksum.status'], `frame ${i + 1} IP checksum`).toBe(GOOD);
        expect(r['eth.type']).toBe(v6 ? '0x86dd' : '0x0800');
        expect(Number(r['frame.time_epoch'])).toBeCloseTo(PCAP_EPOCH_SECONDS + segs[i].sentAt / 1000, 6);
        expect(Number(r['tcp.seq_raw'])).toBe(segs[i].seq);
        expect(r['_ws.expert.message']).not.toMatch(/malformed|bad checksum|incorrect/i);
      }
      expect(payloadText(rows[3]['tcp.payload'])).toBe('Hello Server!');
      expect(rows[0][v6 ? 'ipv6.src' : 'ip.src']).toBe(v6 ? 'fd00::2' : '10.0.0.2');
      expect(rows[1]['tcp.srcport']).toBe('50000');
    }
  });

  it('UDP and ICMP port unreachable, with valid checksums', () => {
    const segs: Segment[] = [
      seg({ proto: 'udp', src: '10.0.0.2', dst: '10.0.0.1', sport: 5353, dport: 9999, payload: enc('ping'), sentAt: 1 }),
      seg({ proto: 'udp', family: 10, src: '::1', dst: '::1', sport: 5353, dport: 9999, payload: enc('ping6'), sentAt: 2, srcHost: 0, dstHost: 0 }),
      seg({ proto: 'icmp', src: '10.0.0.1', dst: '10.0.0.2', sport: 0, dport: 0, sentAt: 3, icmp: { type: 3, code: 3, origSrc: '10.0.0.2', origSport: 5353, origDst: '10.0.0.1', origDport: 9999 } }),
      seg({ proto: 'icmp', family: 10, src: 'fd00::1', dst: 'fd00::2', sport: 0, dport: 0, sentAt: 4, icmp: { type: 1, code: 4, origSrc: 'fd00::2', origSport: 5353, origDst: 'fd00::1', origDport: 9999 } }),
    ];
    const rows = tsharkRows(tshark!, toPcap(segs));
    expect(rows.length).toBe(4);
    expect(rows[0]['udp.checksum.status']).toBe(GOOD);
    expect(payloadText(rows[0]['udp.payload'])).toBe('ping');
    expect(rows[0]['ip.checksum.status']).toBe(GOOD);
    expect(rows[1]['udp.checksum.status']).toBe(GOOD);
    expect(rows[2]['icmp.checksum.status']).toBe(GOOD);
    expect(rows[3]['icmpv6.checksum.status']).toBe(GOOD);
  });
});
