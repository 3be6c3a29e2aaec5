/**
 * Scheduler benchmarks:
 * - the lecture's select server with 1,000 clients that each send one message (seconds);
 * - stepping back one step from step 100,000 (milliseconds; target ≤ 50 ms).
 */
import { createSimulation, goTo, runUntilIdle, stepBack, stepForward, lectureSession, getView } from '../src/sim';
import { LECTURE_SERVER } from '../src/scenarios/lecture';

function lectureWithClients(n: number) {
  const spec = lectureSession(n);
  spec.stepBudget = 10_000_000;
  return spec;
}

{
  const N = 1000;
  const t0 = performance.now();
  const sim = createSimulation(lectureWithClients(N));
  // Run until every client has finished and the server has printed every message.
  let steps = 0;
  while (stepForward(sim)) {
    steps++;
    if (steps % 500 === 0 && sim.state.procs.slice(1).every((p) => p.status === 'exited')) {
      const printed = sim.state.procs[0].stdout.split('Hello Server!').length - 1;
      if (printed >= N) break;
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const printed = sim.state.procs[0].stdout.split('Hello Server!').length - 1;
  if (printed !== N) throw new Error(`expected ${N} messages, server printed ${printed}`);
  console.log(`sim lecture select server, ${N} clients: ${secs.toFixed(2)} s`);
  console.log(`sim lecture select server steps: ${steps} steps`);
}

{
  const spec = lectureWithClients(1);
  spec.programs[0] = { ...spec.programs[0], source: LECTURE_SERVER };
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
