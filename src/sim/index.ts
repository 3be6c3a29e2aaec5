/**
 * The simulation room's public face: sessions, the scheduler, time travel and views.
 * The store, the runner, scenarios and quizzes import from here.
 */
export {
  createSimulation,
  stepForward,
  stepBack,
  goTo,
  runToLine,
  runUntilIdle,
  programProbe,
  stepChoices,
  stateAt,
  checkpointDue,
  takeDueCheckpoint,
  CHECKPOINT_EVERY,
  type Simulation,
  type SimState,
  type StepRecord,
} from './engine';
export { getView, bytesPreview } from './view';
export { lectureSession, addClient, lectureClient, DEFAULT_STEP_BUDGET, DEFAULT_LATENCY_MS } from './session';
export { runHeadless, runSession, sessionFor, type HeadlessResult, type HeadlessOptions } from './runner';
export { flagName, formatMs } from './narrate';
export type * from './types';
export { toPcap, wireSegments, frameFor } from './pcap';
