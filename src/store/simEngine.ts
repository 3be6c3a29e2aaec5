/**
 * The engine the app runs on: the real scheduler (src/sim), behind the store's opaque handle.
 */
import * as sim from '../sim';
import type { Engine, SimHandle } from './engine';

const s = (h: SimHandle) => h as sim.Simulation;

export const simEngine: Engine = {
  // Checkpoints wait for idle time: a step must never pay for a clone of the whole state.
  createSimulation: (spec) => sim.createSimulation(spec, { checkpointWhen: 'idle' }),
  stepForward: (h, programId) => sim.stepForward(s(h), programId),
  stepBack: (h) => sim.stepBack(s(h)),
  goTo: (h, step) => sim.goTo(s(h), step),
  runToLine: (h, programId, line) => sim.runToLine(s(h), programId, line),
  getView: (h) => sim.getView(s(h)),
  idle: (h) => sim.takeDueCheckpoint(s(h)),
  stepChoices: (h) => sim.stepChoices(s(h)),
  lectureSession: (clients) => sim.lectureSession(clients),
  addClient: (spec) => sim.addClient(spec),
};
