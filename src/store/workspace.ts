/**
 * The workspace store: a thin zustand slice over the pure simulation (src/sim).
 *
 * It holds the engine handle and a revision number that goes up whenever the handle changed; the
 * view the panels draw is derived from the handle by a memoised selector (`selectView`), never
 * stored. Actions are named for what happened (stepped, steppedBack, scrubbed …) and do nothing but
 * call the engine. Animation state lives in the components, not here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionSpec, SimView } from '../sim/types';
import type { Engine, SimHandle } from './engine';
import { share } from './share';

/** Steps per second while playing; 'max' is one step per animation frame. */
export type Speed = 0.5 | 1 | 2 | 4 | 8 | 'max';
export const SPEEDS: readonly Speed[] = [0.5, 1, 2, 4, 8, 'max'];

export interface WorkspaceState {
  engine: Engine;
  spec: SessionSpec;
  sim: SimHandle;
  /** Goes up by one whenever the simulation changed; selectors key their caches on it. */
  revision: number;
  playing: boolean;
  speed: Speed;

  /** One line of the next runnable program (or of `programId`). False when nothing can run. */
  stepped(programId?: string): boolean;
  /** Up to `count` steps at once (fast playing), drawn as one change. Returns the steps taken. */
  skipped(count: number): number;
  steppedBack(): void;
  scrubbed(step: number): void;
  ranToLine(programId: string, line: number): void;
  reset(): void;
  clientAdded(): void;
  played(): void;
  paused(): void;
  speedChanged(speed: Speed): void;
  /** The app had idle time: the engine may do what it deferred (it changes nothing on screen). */
  idled(): void;
}

export type WorkspaceStore = StoreApi<WorkspaceState>;

export interface WorkspaceOptions {
  clients?: number;
  stepBudget?: number;
  speed?: Speed;
  /** Steps to run before the first view (a link to a moment of the story). */
  startStep?: number;
}

export function initialSpec(engine: Engine, opts: WorkspaceOptions = {}): SessionSpec {
  const spec = engine.lectureSession(Math.max(1, opts.clients ?? 1));
  return opts.stepBudget ? { ...spec, stepBudget: opts.stepBudget } : spec;
}

export function createWorkspaceStore(engine: Engine, spec: SessionSpec, opts: WorkspaceOptions = {}): WorkspaceStore {
  const first = engine.createSimulation(spec);
  for (let i = 0; i < (opts.startStep ?? 0); i++) if (!engine.stepForward(first)) break;
  return createStore<WorkspaceState>()((set, get) => {
    const changed = () => set((s) => ({ revision: s.revision + 1 }));
    return {
      engine,
      spec,
      sim: first,
      revision: 0,
      playing: false,
      speed: opts.speed ?? 2,

      stepped(programId) {
        const { sim } = get();
        const moved = engine.stepForward(sim, programId);
        // A step that finds nothing to do may still record why (the budget, or nothing left to run).
        if (moved) changed();
        else set((s) => ({ revision: s.revision + 1, playing: false }));
        return moved;
      },
      skipped(count) {
        const { sim } = get();
        let n = 0;
        while (n < count && engine.stepForward(sim)) {
          n++;
          // The view of a step compares with the step before it; viewing every step keeps that
          // comparison cached in the engine instead of replaying history for the final view.
          if (n < count) engine.getView(sim);
        }
        set((s) => ({ revision: s.revision + 1, playing: n === count && s.playing }));
        // Fast-forwarding leaves no idle time; a batch pays for its own checkpoint.
        engine.idle?.(sim);
        return n;
      },
      steppedBack() {
        const { sim } = get();
        if (selectView(get()).step === 0) return;
        engine.stepBack(sim);
        set((s) => ({ revision: s.revision + 1, playing: false }));
      },
      scrubbed(step) {
        const { sim } = get();
        engine.goTo(sim, Math.max(0, Math.floor(step)));
        set((s) => ({ revision: s.revision + 1, playing: false }));
      },
      ranToLine(programId, line) {
        engine.runToLine(get().sim, programId, line);
        set((s) => ({ revision: s.revision + 1, playing: false }));
      },
      reset() {
        set((s) => ({ sim: engine.createSimulation(s.spec), revision: s.revision + 1, playing: false }));
      },
      clientAdded() {
        const s = get();
        const at = selectView(s).step;
        const choices = engine.stepChoices?.(s.sim) ?? [];
        const next = engine.addClient(s.spec);
        const sim = engine.createSimulation(next);
        // The new session is brought to the same point in its own history: the same number of
        // steps, replaying the programs the user stepped (Step server, Step client 1 …) as they
        // were stepped, and default steps as the simulator schedules them with the new client
        // taking part. A program that cannot run at its turn (the new client changed the world)
        // gives way to a default step.
        for (let i = 0; i < at; i++) {
          const id = choices[i] ?? null;
          if (id !== null && engine.stepForward(sim, id)) continue;
          if (!engine.stepForward(sim)) break;
        }
        set({ spec: next, sim, revision: s.revision + 1 });
      },
      played() {
        set({ playing: true });
      },
      paused() {
        set({ playing: false });
      },
      speedChanged(speed) {
        set({ speed });
      },
      idled() {
        engine.idle?.(get().sim);
      },
    };
  });
}

const cache = new WeakMap<SimHandle, { revision: number; view: SimView }>();

/**
 * The view of the current step, derived on demand and memoised per (handle, revision). It shares
 * structure with the handle's previous view (see `share`): the hosts, programs, sockets and
 * segments a step did not change keep their identity, so selectors that pick one of them out
 * return the same object and its panel does not re-render.
 */
export function selectView(s: Pick<WorkspaceState, 'engine' | 'sim' | 'revision'>): SimView {
  const hit = cache.get(s.sim);
  if (hit && hit.revision === s.revision) return hit.view;
  const view = share(hit?.view, s.engine.getView(s.sim));
  cache.set(s.sim, { revision: s.revision, view });
  return view;
}
