/**
 * Test helper (Node only, used by the pcap tests): decode a pcap file with tshark, when the machine
 * has it, with checksum validation switched on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findTshark(): string | null {
  for (const p of [process.env.TSHARK_PATH, '/usr/bin/tshark', '/usr/local/bin/tshark']) if (p && existsSync(p)) return p;
  try {
    return execFileSync('sh', ['-c', 'command -v tshark'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const TSHARK_MISSING = 'tshark is not installed, so the pcap export is not decoded here (Debian/Ubuntu: sudo apt-get install -y tshark)';

export const FIELDS = [
  'frame.number', 'frame.time_epoch', 'eth.type', 'ip.src', 'ip.dst', 'ipv6.src', 'ipv6.dst', 'ip.checksum.status',
  'tcp.srcport', 'tcp.dstport', 'tcp.flags.str', 'tcp.seq_raw', 'tcp.ack_raw', 'tcp.len', 'tcp.payload', 'tcp.checksum.status',
  'udp.srcport', 'udp.dstport', 'udp.payload', 'udp.checksum.status', 'icmp.checksum.status', 'icmpv6.checksum.status', '_ws.expert.message',
] as const;

export type Row = Record<(typeof FIELDS)[number], string>;

/** Every frame of the capture as tshark decodes it, one record per frame. */
export function tsharkRows(tshark: string, pcap: Uint8Array): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'socket-lab-pcap-'));
  try {
    const file = join(dir, 'run.pcap');
    writeFileSync(file, pcap);
    const out = execFileSync(tshark, [
      '-r', file, '-n',
      '-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE', '-o', 'udp.check_checksum:TRUE',
      '-o', 'tcp.relative_sequence_numbers:FALSE',
      '-T', 'fields', '-E', 'separator=\t', '-E', 'occurrence=a', '-E', 'aggregator=|',
      ...FIELDS.flatMap((f) => ['-e', f]),
    ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.split('\n').filter((l) => l.trim() !== '').map((line) => {
      const cols = line.split('\t');
      return Object.fromEntries(FIELDS.map((f, i) => [f, cols[i] ?? ''])) as Row;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** tshark's TCP payload field (hex, with or without colons) as text. */
export function payloadText(hex: string): string {
  const clean = hex.replace(/[^0-9a-f]/gi, '');
  let s = '';
  for (let i = 0; i + 1 < clean.length; i += 2) s += String.fromCharCode(parseInt(clean.slice(i, i + 2), 16));
  return s;
}
