/**
 * Two-process conformance: each folder in conformance/pairs holds a server.py and a client.py that
 * were run as real processes on this machine's loopback (server first, the client 500 ms later) by
 * conformance/pairs/record.mjs. The simulator runs both with runHeadless, as `socket-lab run
 * server.py client.py` does, and each program must print what it printed on Linux: stdout byte for
 * byte, the last line of stderr, the exit code.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHeadless } from '../src/sim/runner';

const HERE = join(dirname(fileURLToPath(import.meta.url)), 'pairs');

interface Run {
  stdout: string;
  stderrLastLine: string;
  exitCode: number;
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

describe('server + client pairs: the simulator prints what two real processes printed', () => {
  for (const pair of readdirSync(HERE).filter((d) => /^\d\d_/.test(d)).sort()) {
    it(pair, () => {
      const dir = join(HERE, pair);
      const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { python: 2 | 3; server: Run; client: Run };
      const files = ['server.py', 'client.py'].map((filename) => ({ filename, source: readFileSync(join(dir, filename), 'utf8') }));
      const got = runHeadless(files, { python: want.python, topology: 'loopback' });
      expect(got.stopped, `${pair}: ${got.stderr}`).toBeNull();
      const [server, client] = got.programs;
      for (const [name, g, w] of [['server', server, want.server], ['client', client, want.client]] as const) {
        expect(g.stdout, `${pair} ${name}`).toBe(w.stdout);
        expect(lastLine(g.stderr), `${pair} ${name}`).toBe(w.stderrLastLine);
        expect(g.exitCode, `${pair} ${name}`).toBe(w.exitCode);
      }
    });
  }
});
