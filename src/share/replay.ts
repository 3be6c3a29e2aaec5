/**
 * Between a running simulation and its shared form: the actions behind the recorded steps, and a
 * simulation rebuilt from a shared session at exactly the step it was shared at.
 */
import { createSimulation, goTo, stepForward, type Simulation } from '../sim';
import type { SharedSession } from './validate';

/** The choice behind every recorded step: null for the default interleaving, else the program's id. */
export function actionsOf(sim: Pick<Simulation, 'spec' | 'records'>): (string | null)[] {
  return sim.records.map((r) => (r.choice < 0 ? null : sim.spec.programs[r.choice]?.id ?? null));
}

/**
 * A simulation that replays the shared actions (the whole recorded history, so stepping forward
 * after a step back follows the same path) and then stands at the shared step.
 */
export function replay(shared: SharedSession): Simulation {
  const sim = createSimulation(shared.spec);
  for (const a of shared.actions) if (!stepForward(sim, a ?? undefined)) break;
  goTo(sim, shared.step);
  return sim;
}
