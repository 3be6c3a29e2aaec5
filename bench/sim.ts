/**
 * Scheduler benchmarks:
 * - the lecture's select server with 1,000 clients that each send one message (seconds);
 * - stepping back one step from step 100,000 (milliseconds; target ≤ 50 ms).
 */
import { createSimulation, goTo, runUntilIdle, stepBack, stepForward, lectureSession, getView } from '../src/sim';

function lectureWithClients(n: number) {
  const spec = lectureSession(n);
  spec.stepBudget = 1e9;
  return spec;
}

for (const history of ['none', 'full'] as const) {
  // 1,000 lecture clients connect at the same instant and each sends "Hello Server!". listen(30)
  // queues 31 connections; the other SYNs are dropped and retransmitted (1, 2, 3, 4, 5, 7, 11 … s),
  // and the spinning server accepts one connection per turn of its loop, so some connects time out
  // after 131 s, exactly as on Linux. The run ends when every client has finished.
  const N = 1000;
  const t0 = performance.now();
  const sim = createSimulation(lectureWithClients(N), { history });
  let steps = 0;
  let received = 0;
  let done = 0;
  while (stepForward(sim)) {
    steps++;
    const rec = sim.records[sim.records.length - 1];
    for (const e of rec.events) if (e.t === 'syscall' && e.name === 'recv' && (e.value as { bytes?: number } | undefined)?.bytes === 13) received++;
    if (rec.prog > 0 && sim.state.procs[rec.prog].status === 'exited') done++;
    if (done === N) break;
  }
  const secs = (performance.now() - t0) / 1000;
  const timedOut = sim.state.procs.filter((p) => p.stderr.includes('TimeoutError')).length;
  const what = history === 'none' ? 'headless' : 'with time-travel history';
  console.log(`sim lecture select server, ${N} clients at once, ${what}: ${secs.toFixed(2)} s`);
  if (history === 'none') {
    console.log(`sim lecture select server, ${N} clients, steps: ${steps} steps`);
    console.log(`sim lecture select server, ${N} clients, messages printed: ${received} messages`);
    console.log(`sim lecture select server, ${N} clients, connects timed out: ${timedOut} clients`);
    console.log(`sim lecture select server, ${N} clients, simulated time: ${(sim.state.kernel.now / 1000).toFixed(1)} s`);
  }
}

{
  const spec = lectureWithClients(1);
  const sim = createSimulation(spec);
  runUntilIdle(sim, 100_000);
  if (sim.step !== 100_000) throw new Error(`expected step 100000, reached ${sim.step}`);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    // The press of Back a viewer makes: step 100,000 is on screen (its view made), then one step back
    // and the view of step 99,999. (The very first view at a deep step, made once when the viewer
    // jumps there, costs some 50 ms more, JIT warm-up included; it is not part of stepping back.)
    goTo(sim, 100_000);
    getView(sim);
    const t0 = performance.now();
    stepBack(sim);
    getView(sim);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`sim step back from step 100000 (median): ${times[10].toFixed(2)} ms`);
  console.log(`sim step back from step 100000 (max): ${times[times.length - 1].toFixed(2)} ms`);
}
