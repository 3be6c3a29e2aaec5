/**
 * The engine the workspace store drives: exactly the scheduler contract of `src/sim/index.ts`
 * (docs/CONTRACTS.md), seen through an opaque handle so the store never touches its insides.
 */
import type { SessionSpec, SimView } from '../sim/types';

/** An engine handle. The store only passes it back to the engine. */
export type SimHandle = object;

export interface Engine {
  createSimulation(spec: SessionSpec): SimHandle;
  /** One line of the next runnable program (or of `programId`); false if nothing can run. */
  stepForward(sim: SimHandle, programId?: string): boolean;
  stepBack(sim: SimHandle): void;
  goTo(sim: SimHandle, step: number): void;
  runToLine(sim: SimHandle, programId: string, line: number): void;
  getView(sim: SimHandle): SimView;
  /**
   * Bookkeeping the engine leaves for idle time (a history checkpoint, which costs more than a
   * frame with many clients). It changes no view. Returns whether it did anything.
   */
  idle?(sim: SimHandle): boolean;
  /**
   * The program asked for at each step taken so far (its id), or null for a default step: what the
   * user chose with "Step server", "Step client 1" …, so a new session can replay it. Engines that
   * keep no such record (test fixtures) leave it out, and a replay takes default steps.
   */
  stepChoices?(sim: SimHandle): (string | null)[];
  lectureSession(clients?: number): SessionSpec;
  addClient(spec: SessionSpec): SessionSpec;
}
