/**
 * Whole programs compared with what CPython prints: fixtures/py3/*.py were recorded with python3 3.11
 * (fixtures/record.sh); fixtures/py2/*.json were written by hand per Python 2.7 semantics.
 * stdout, stderr (the whole traceback, carets included) and the exit code must match exactly.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeWorld, runWorld } from './testing';

const HERE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function runFixture(dir: string, file: string, mode: 2 | 3) {
  const source = readFileSync(join(dir, file), 'utf8');
  const w = makeWorld([{ source, host: 'server', filename: file, mode }]);
  runWorld(w, 200000, 60000);
  const p = w.procs[0];
  return { stdout: p.stdout, stderr: p.stderr, exitCode: p.status.kind === 'exited' ? p.status.code : -1 };
}

for (const [sub, mode] of [['py3', 3], ['py2', 2]] as const) {
  const dir = join(HERE, sub);
  describe(`fixtures/${sub}`, () => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.py')).sort()) {
      it(f, () => {
        const want = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, '.json')), 'utf8'));
        const got = runFixture(dir, f, mode);
        expect(got.stdout).toBe(want.stdout);
        expect(got.stderr).toBe(want.stderr);
        expect(got.exitCode).toBe(want.exitCode);
      });
    }
  });
}
