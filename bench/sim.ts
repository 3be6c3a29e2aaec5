/**
 * Scheduler benchmarks:
 * - the lecture's select server with 1,000 clients that each send one message (seconds);
 * - stepping back one step from step 100,000 (milliseconds; target ≤ 50 ms).
 */
import { createSimulation, goTo, runUntilIdle, stepBack, stepForward, lectureSession, getView } from '../src/sim';

function lectureWithClients(n: number, spacingMs = 0) {
  const spec = lectureSession(n);
  spec.stepBudget = 1e9;
  // Clients arrive `spacingMs` apart: all at once, 1,000 SYNs overflow listen(30)'s queue and the
  // synchronised retransmissions make many connects time out, exactly as on Linux.
  spec.programs.forEach((p, i) => {
    if (i > 0) p.startAt = (i - 1) * spacingMs;
  });
  return spec;
}

for (const history of ['none', 'full'] as const) {
  const N = 1000;
  const t0 = performance.now();
  const sim = createSimulation(lectureWithClients(N, 5), { history });
  // Run until the server has received all N messages (counted from the kernel's recv events).
  let steps = 0;
  let received = 0;
  while (received < N && stepForward(sim)) {
    steps++;
    const rec = sim.records[sim.records.length - 1];
    for (const e of rec.events) if (e.t === 'syscall' && e.name === 'recv' && (e.value as { bytes?: number } | undefined)?.bytes === 13) received++;
  }
  const secs = (performance.now() - t0) / 1000;
  if (received !== N) throw new Error(`expected ${N} messages, the server received ${received}`);
  const what = history === 'none' ? 'headless' : 'with time-travel history';
  console.log(`sim lecture select server, ${N} clients 5 ms apart, ${what}: ${secs.toFixed(2)} s`);
  if (history === 'none') console.log(`sim lecture select server, ${N} clients, steps: ${steps} steps`);
}

{
  const spec = lectureWithClients(1);
  const sim = createSimulation(spec);
  runUntilIdle(sim, 100_000);
  if (sim.step !== 100_000) throw new Error(`expected step 100000, reached ${sim.step}`);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    goTo(sim, 100_000);
    const t0 = performance.now();
    stepBack(sim);
    getView(sim);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`sim step back from step 100000 (median): ${times[10].toFixed(2)} ms`);
  console.log(`sim step back from step 100000 (max): ${times[times.length - 1].toFixed(2)} ms`);
}
