/**
 * Interpreter benchmark: line steps per second on a CPU-bound loop.
 * Run: npx tsx bench/python.ts
 */
import { compile, createProcess, runStep } from '../src/python/index';

const src = 'i = 0\nwhile i < 1000000:\n    i += 1\n';
const r = compile(src, 'bench.py', 3);
if (!r.ok) throw new Error(r.error.formatted);
const k = { now: 0 } as never;

function once(): { steps: number; ms: number } {
  if (!r.ok) throw new Error('unreachable');
  const st = createProcess(r.program, { pid: 1, argv: ['bench.py'] });
  let steps = 0;
  const t0 = performance.now();
  for (;;) {
    const s = runStep(r.program, st, k);
    steps++;
    if (s.kind !== 'running') break;
  }
  return { steps, ms: performance.now() - t0 };
}

once(); // warm up
let best = 0;
for (let i = 0; i < 3; i++) {
  const { steps, ms } = once();
  best = Math.max(best, Math.round(steps / (ms / 1000)));
}
console.log(`python line steps/s: ${best} steps/s`);
