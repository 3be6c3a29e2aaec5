/**
 * The workspace's responsiveness in a real Chromium, with the lecture server and 30 clients:
 * - `ui step-to-paint p95`: from a "Step" key press (→) to the frame that shows the step, painted;
 * - `ui play fps`: frames per second while playing at 8 steps a second, with the animations on;
 * - `ui fast-forward fps`: frames per second while playing at 'Max' (many steps per frame).
 * The machine's load average is printed with VERBOSE=1: on a busy machine every figure suffers.
 *
 *   npx tsx bench/ui-step.ts
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulation, getView, lectureSession, stepForward } from '../src/sim';
// @ts-expect-error: a plain .mjs helper shared with playwright.config.ts
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Built outside the checkout, so that lint and tests never see the bundle.
const dist = mkdtempSync(join(tmpdir(), 'socket-lab-ui-'));
const PORT = 4181;
const CLIENTS = Number(process.env.CLIENTS ?? 30);
const PRESSES = Number(process.env.PRESSES ?? 120);

execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
const stop = () => {
  try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* gone */ }
  rmSync(dist, { recursive: true, force: true });
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: (findChromium() as { path?: string } | null)?.path, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // Start where all clients have connected (the store runs these steps before the first paint).
  const sim = createSimulation(lectureSession(CLIENTS));
  let at = 0;
  const connected = () => getView(sim).hosts[0].sockets.filter((s) => s.state === 'ESTABLISHED' || s.state === 'CLOSE-WAIT').length >= CLIENTS;
  while (at < 5000 && !connected() && stepForward(sim)) at++;
  await page.goto(`http://127.0.0.1:${PORT}/?clients=${CLIENTS}&step=${at}`);
  await page.getByRole('region', { name: `Client ${CLIENTS} code` }).waitFor();
  await page.getByRole('region', { name: 'Sequence diagram' }).waitFor();

  // Key press → painted frame: stamp the keydown (capture phase, before the app handles it), then
  // wait for the next animation frame and a task posted from it, which runs once that frame is painted.
  // (Scripts are passed as strings: tsx would wrap named functions in helpers the page lacks.)
  await page.evaluate(`
    window.__lat = [];
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight') return;
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    }, true);
  `);
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < PRESSES; i++) {
    const before = await slider.inputValue();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => (document.querySelector('input[aria-label="Timeline"]') as HTMLInputElement).value !== b, before);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  }
  const lat = (await page.evaluate('window.__lat')) as number[];

  // Frames per second while playing: at the fastest animated speed (8 steps a second, segments
  // flying), and while fast-forwarding ('Max': as many steps per frame as keep frames coming).
  const measureFps = async () => (await page.evaluate(`new Promise((done) => {
    const slider = document.querySelector('input[aria-label="Timeline"]');
    const s0 = Number(slider.value);
    let frames = 0;
    const t0 = performance.now();
    const tick = () => {
      frames++;
      const t = performance.now() - t0;
      if (t < 3000) requestAnimationFrame(tick);
      else done({ fps: (frames * 1000) / t, steps: Number(slider.value) - s0 });
    };
    requestAnimationFrame(tick);
  })`)) as { fps: number; steps: number };
  await page.getByLabel('Speed').selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  const fps = await measureFps();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Speed').selectOption('max');
  await page.getByRole('button', { name: 'Play' }).click();
  const ff = await measureFps();
  await page.getByRole('button', { name: 'Pause' }).click().catch(() => undefined);
  await browser.close();

  if (process.env.VERBOSE) {
    console.error(`load average: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    const sorted = [...lat].sort((a, b) => a - b);
    console.error(`step-to-paint: n=${lat.length} median=${sorted[Math.floor(sorted.length / 2)].toFixed(1)} max=${sorted[sorted.length - 1].toFixed(1)} ms; start step ${at}; steps in 3 s: ${fps.steps} playing, ${ff.steps} fast-forwarding`);
  }
  console.log(`ui step-to-paint p95: ${p95(lat).toFixed(1)} ms`);
  console.log(`ui play fps: ${fps.fps.toFixed(1)} fps`);
  console.log(`ui fast-forward fps: ${ff.fps.toFixed(1)} fps`);
} finally {
  stop();
}
