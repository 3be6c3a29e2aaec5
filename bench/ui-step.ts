/**
 * The workspace's responsiveness in a real Chromium, with the lecture server and 30 clients:
 * - `ui step-to-paint p95` (and median): from a "Step" key press (→) to the commit of the frame that
 *   shows the step, each press made once the screen has been still for 150 ms (no script has
 *   written to the DOM and no animation has run for that long: a lecturer stepping);
 * - `ui step-to-paint p95 at animation end`: the same, each press made the moment the previous
 *   step's animations are over (within 50 ms), while the browser is often still producing frames;
 * - `ui rapid step-to-paint p95`: the same with presses as fast as the steps paint;
 * - `ui key-to-paint floor p95` (and median): the harness's floor, a key whose only effect is one
 *   character changed in a 4-pixel box (the least a press can do that still needs a frame), pressed
 *   like a settled step: what this browser on this machine needs for any key to reach the screen;
 * - `ui play fps`: frames per second while playing at 8 steps a second, with the animations on;
 * - `ui fast-forward fps`: frames per second while playing at 'Max' (many steps per frame).
 * The machine's load average is printed with VERBOSE=1: on a busy machine every figure suffers.
 *
 *   npx tsx bench/ui-step.ts
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { type?: string } } }

/** For each keydown in a trace: ms from its dispatch to the end of the next frame commit on the main thread. */
function keyToCommit(trace: { traceEvents?: TraceEvent[] } | TraceEvent[]): number[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const keys = mine.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const commits = mine.filter((e) => e.name === 'Commit');
  const out: number[] = [];
  for (const k of keys) {
    const c = commits.find((e) => e.ts >= k.ts + (k.dur ?? 0));
    if (c) out.push((c.ts + (c.dur ?? 0) - k.ts) / 1000);
  }
  return out;
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

  // Key press → painted frame, read from a Chromium trace of the renderer's main thread: from the
  // start of the keydown's dispatch to the end of the first frame commit after it (the frame that
  // shows the step, handed to the compositor). A script in the page cannot see that moment: a task
  // posted from requestAnimationFrame runs late whenever animations keep frames coming.
  // Three ways of pressing:
  // - settled: one press, then wait until the screen has been still for 150 ms: no script has
  //   written to the DOM, and no animation has run (the segments' flights, the rings that flash
  //   round what changed, which the browser runs without touching the DOM), for that long. This is
  //   a lecturer stepping: the press finds the browser idle, as a person's press does.
  // - at animation end: the next press the moment the animations are over (polled every 50 ms).
  //   Chromium keeps its frame clock running for a frame or two after the last animation frame,
  //   so such a press often waits for the next vsync tick (up to 16.7 ms) before its frame starts.
  // - rapid: the next press as soon as the step is painted, with the last steps still animating.
  //   This includes the wait for the next vsync (up to 16.7 ms).
  // The floor: a key the app ignores, whose handler (added here) changes one character in a tiny
  // box, so that the press needs a frame as a step does. (A key that changes nothing needs no frame:
  // its "next commit" would be whatever frame came next for other reasons, which measures nothing.)
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const traced = async (key: string, presses: number, settle: 0 | 1 | 2) => {
    const file = join(dist, `trace-${key}-${settle}.json`);
    await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i < presses; i++) {
      const before = await slider.inputValue();
      await page.keyboard.press(key);
      if (key === 'ArrowRight') await page.waitForFunction((b) => (document.querySelector('input[aria-label="Timeline"]') as HTMLInputElement).value !== b, before);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
      // Quiet: no DOM writes for 150 ms, and then either no animation running (at animation end)
      // or none seen running for 150 ms either (settled). Animations are polled every 50 ms.
      if (settle) await page.evaluate(`new Promise((done) => {
        const still = ${settle === 1 ? 150 : 0};
        let quiet;
        let animated = -1e9;
        const t0 = performance.now();
        const obs = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(finish, 150); });
        const finish = () => {
          const now = performance.now();
          const running = document.getAnimations().length > 0;
          if (running) animated = now;
          if (now - t0 < 5000 && (running || now - animated < still)) { quiet = setTimeout(finish, 50); return; }
          obs.disconnect();
          done();
        };
        obs.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
        quiet = setTimeout(finish, 150);
      })`);
    }
    await browser.stopTracing();
    return keyToCommit(JSON.parse(readFileSync(file, 'utf8')));
  };
  const settled = await traced('ArrowRight', Math.ceil(PRESSES / 2), 1);
  const atEnd = await traced('ArrowRight', Math.ceil(PRESSES / 2), 2);
  const rapid = await traced('ArrowRight', PRESSES, 0);
  await page.evaluate(`(() => {
    const box = document.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.style.cssText = 'position:fixed;left:0;bottom:0;width:4px;height:4px;overflow:hidden;font-size:2px';
    document.body.append(box);
    let n = 0;
    window.addEventListener('keydown', (e) => { if (e.key === 'x') box.textContent = String(++n % 10); });
  })()`);
  const floor = await traced('x', 40, 1);
  const lat = settled;

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
    console.error(`rapid: ${rapid.map((x) => x.toFixed(0)).join(' ')}`);
    console.error(`step-to-paint: n=${lat.length} median=${sorted[Math.floor(sorted.length / 2)].toFixed(1)} max=${sorted[sorted.length - 1].toFixed(1)} ms; start step ${at}; steps in 3 s: ${fps.steps} playing, ${ff.steps} fast-forwarding`);
  }
  console.log(`ui step-to-paint p95: ${p95(lat).toFixed(1)} ms`);
  console.log(`ui step-to-paint median: ${[...lat].sort((a, b) => a - b)[Math.floor(lat.length / 2)].toFixed(1)} ms`);
  console.log(`ui step-to-paint p95 at animation end: ${p95(atEnd).toFixed(1)} ms`);
  console.log(`ui rapid step-to-paint p95: ${p95(rapid).toFixed(1)} ms`);
  console.log(`ui key-to-paint floor p95: ${p95(floor).toFixed(1)} ms`);
  console.log(`ui key-to-paint floor median: ${[...floor].sort((a, b) => a - b)[Math.floor(floor.length / 2)].toFixed(1)} ms`);
  console.log(`ui play fps: ${fps.fps.toFixed(1)} fps`);
  console.log(`ui fast-forward fps: ${ff.fps.toFixed(1)} fps`);
} finally {
  stop();
}
