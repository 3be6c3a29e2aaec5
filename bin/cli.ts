/**
 * The headless runner's command line. Lecturers use it to check code; tests use it to compare
 * with CPython. It only reads files and prints: all the work is done by src/sim's runner.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runHeadless } from '../src/sim/runner';

const USAGE = `usage: socket-lab run [--python 2|3] [--topology lecture|loopback] [--budget N] [--trace FILE.json] FILE...

Runs each FILE as a Python process on the simulated kernel.
  --python 2|3         language version (default: detected per file; a print statement means Python 2)
  --topology lecture   the first file runs on 10.0.0.1, the others on 10.0.0.2 onwards
                       (default: all on one host, so 127.0.0.1 works)
  --budget N           stop after N line steps (default 100000)
  --trace FILE.json    write the kernel's event trace
`;

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  if (args[0] !== 'run') {
    process.stderr.write(USAGE);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  args.shift();
  let python: 2 | 3 | 'auto' = 'auto';
  let topology: 'lecture' | 'loopback' = 'loopback';
  let trace: string | null = null;
  let budget: number | undefined;
  const files: string[] = [];
  while (args.length) {
    const a = args.shift()!;
    if (a === '--python') {
      const v = args.shift();
      if (v !== '2' && v !== '3') return usage(`--python takes 2 or 3, not ${v ?? 'nothing'}`);
      python = v === '2' ? 2 : 3;
    } else if (a === '--topology') {
      const v = args.shift();
      if (v !== 'lecture' && v !== 'loopback') return usage(`--topology takes lecture or loopback, not ${v ?? 'nothing'}`);
      topology = v;
    } else if (a === '--trace') {
      trace = args.shift() ?? null;
      if (!trace) return usage('--trace takes a file name');
    } else if (a === '--budget') {
      budget = Number(args.shift());
      if (!Number.isInteger(budget) || budget <= 0) return usage('--budget takes a positive whole number');
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      return usage(`unknown option ${a}`);
    } else files.push(a);
  }
  if (files.length === 0) return usage('no FILE given');
  const sources: { filename: string; source: string }[] = [];
  for (const f of files) {
    try {
      sources.push({ filename: basename(f), source: readFileSync(f, 'utf8') });
    } catch (e) {
      process.stderr.write(`socket-lab: can't open file '${f}': ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      return 2;
    }
  }
  const result = runHeadless(sources, { python, topology, stepBudget: budget, trace: trace !== null });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (trace) {
    const json = JSON.stringify(result.trace, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : typeof v === 'bigint' ? v.toString() : v), 1);
    writeFileSync(trace, json);
  }
  return result.exitCode;
}

function usage(msg: string): number {
  process.stderr.write(`socket-lab: ${msg}\n${USAGE}`);
  return 2;
}
