/**
 * Conformance: every program in conformance/programs must print on the simulator exactly what it
 * printed on real Linux + CPython (recorded by conformance/record.mjs into conformance/expected).
 *
 * Compared: stdout byte for byte, the last non-empty line of stderr, and the exit code.
 * (The rest of stderr is not compared: real tracebacks carry absolute paths and 3.11 caret lines.)
 *
 * programs-py2/*.py are Python 2 programs whose *.expected files were written by hand per Python 2.7
 * semantics (and checked against a real Python 2.7.18 with `node conformance/record.mjs --py2`).
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHeadless } from '../src/sim/runner';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROGRAMS = join(HERE, 'programs');
const PROGRAMS_PY2 = join(HERE, 'programs-py2');
const EXPECTED = join(HERE, 'expected');

interface Recording {
  stdout: string;
  stderr?: string;
  stderrLastLine: string;
  exitCode: number;
}

/** The last non-empty line of a stream, as record.mjs computes it. */
function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function programsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{2,3}_.*\.py$/.test(f))
    .sort();
}

function check(dir: string, file: string, want: Recording, python: 2 | 3): void {
  const source = readFileSync(join(dir, file), 'utf8');
  const got = runHeadless([{ filename: file, source }], { python, topology: 'loopback' });
  const ctx = `${file}\n--- simulator stderr ---\n${got.stderr}`;
  expect(got.stdout, ctx).toBe(want.stdout);
  expect(lastLine(got.stderr), ctx).toBe(want.stderrLastLine);
  expect(got.exitCode, ctx).toBe(want.exitCode);
}

const py3 = programsIn(PROGRAMS);
const py2 = programsIn(PROGRAMS_PY2);

describe('conformance suite layout', () => {
  it('has at least 60 Python 3 programs, each with a recording', () => {
    expect(py3.length).toBeGreaterThanOrEqual(60);
    const missing = py3.filter((f) => !existsSync(join(EXPECTED, f.replace(/\.py$/, '.json'))));
    expect(missing).toEqual([]);
  });
  it('has hand-written expectations for every Python 2 program', () => {
    const missing = py2.filter((f) => !existsSync(join(PROGRAMS_PY2, f.replace(/\.py$/, '.expected'))));
    expect(missing).toEqual([]);
  });
});

describe('Python 3 programs match Linux', () => {
  for (const file of py3) {
    const rec = join(EXPECTED, file.replace(/\.py$/, '.json'));
    it(file, () => {
      const want = JSON.parse(readFileSync(rec, 'utf8')) as Recording;
      check(PROGRAMS, file, want, 3);
    });
  }
});

describe('Python 2 programs match hand-written Python 2.7 expectations', () => {
  for (const file of py2) {
    const exp = join(PROGRAMS_PY2, file.replace(/\.py$/, '.expected'));
    it(file, () => {
      const want = JSON.parse(readFileSync(exp, 'utf8')) as Recording;
      check(PROGRAMS_PY2, file, want, 2);
    });
  }
});
