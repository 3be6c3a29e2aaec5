/**
 * The app's initial JavaScript: what the browser must download before the first paint (the entry
 * script and the chunks it imports statically, i.e. the modulepreload links), gzip-compressed.
 * Lazy chunks (network, sequence diagram, editors, slides, quiz) are not counted.
 *
 *   npx tsx bench/size.ts          prints `app initial js: N KB gzip`
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Built outside the checkout, so that lint and tests never see the bundle.
const out = mkdtempSync(join(tmpdir(), 'socket-lab-size-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });

const html = readFileSync(join(out, 'index.html'), 'utf8');
const files = new Set<string>();
for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) files.add(m[1]);
for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]);

let total = 0;
for (const f of files) {
  const bytes = gzipSync(readFileSync(join(out, f.replace(/^\.?\//, '')))).length;
  total += bytes;
  if (process.env.VERBOSE) console.error(`${f}: ${(bytes / 1024).toFixed(1)} KB gzip`);
}
console.log(`app initial js: ${(total / 1024).toFixed(1)} KB gzip`);
