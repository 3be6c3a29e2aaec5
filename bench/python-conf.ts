/** Dev tool: run one conformance program on the simulator and diff with the recording. */
import { readFileSync } from 'node:fs';
import { runHeadless } from '../src/sim/runner';
const file = process.argv[2];
const py2 = file.includes('programs-py2');
const source = readFileSync(file, 'utf8');
const got = runHeadless([{ filename: file.split('/').pop()!, source }], { python: py2 ? 2 : 3, topology: 'loopback' });
const expFile = py2 ? file.replace(/\.py$/, '.expected') : file.replace('programs/', 'expected/').replace(/\.py$/, '.json');
const want = JSON.parse(readFileSync(expFile, 'utf8'));
const a = want.stdout.split('\n'), b = got.stdout.split('\n');
for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) console.log(`line ${i + 1}:\n  want ${JSON.stringify(a[i])}\n  got  ${JSON.stringify(b[i])}`);
const last = (t: string) => t.split('\n').filter((l: string) => l.trim()).pop() ?? '';
if (last(got.stderr) !== want.stderrLastLine) console.log('stderr want', JSON.stringify(want.stderrLastLine), '\n got', got.stderr.slice(-600));
if (got.exitCode !== want.exitCode) console.log('exit', want.exitCode, got.exitCode);
