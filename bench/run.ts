/**
 * `npm run bench`: runs every benchmark and prints one `name: value unit` line per figure.
 * Each benchmark is its own process, so one's heap and JIT state cannot colour another's figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = ['kernel', 'python', 'sim', 'size', 'ui-step'].filter((b) => only.length === 0 || only.includes(b));
let failed = 0;
for (const b of benches) {
  const file = `bench/${b}.ts`;
  if (!existsSync(file)) continue;
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    failed++;
    console.error(`bench ${b} failed with status ${r.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
