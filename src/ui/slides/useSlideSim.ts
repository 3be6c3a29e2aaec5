import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createWorkspaceStore, selectView, type Engine, type WorkspaceStore } from '../../store';
import { simEngine } from '../../store/simEngine';
import { resolveOn, sessionSpec, type Resolution, type Slide } from '../../slides';
import type { SessionSpec } from '../../sim/types';

/** Resolved presets by slide id: the simulator is deterministic, so a preset resolves the same way every time. */
const resolved = new Map<string, Resolution>();

/** The real scheduler (src/sim), through the interface the workspace store drives. */
export const engine: Engine = simEngine;

export function specFor(slide: Slide): SessionSpec {
  return sessionSpec(slide.preset.session) ?? engine.lectureSession(1);
}

/**
 * A workspace store (the same store the workspace uses) standing at the slide's preset, with the
 * step at which its animation ends. The first time a slide is shown its preset is resolved by
 * running the simulator forward; the answer is cached.
 */
export function buildSlideSim(slide: Slide): { store: WorkspaceStore; res: Resolution } {
  const store = createWorkspaceStore(engine, specFor(slide));
  let res = resolved.get(slide.id);
  if (!res) {
    res = resolveOn(engine, store.getState().sim, slide.preset.step, slide.play?.until);
    resolved.set(slide.id, res);
    if (!res.matched) console.warn(`slide ${slide.id}: ${res.problem}`);
  }
  store.getState().scrubbed(res.step);
  return { store, res };
}

export interface SlideSim {
  store: WorkspaceStore;
  res: Resolution;
  step: number;
  playing: boolean;
  /** At or past the end of the slide's animation. */
  done: boolean;
  play(): void;
  pause(): void;
  /** Back to the slide's preset. */
  rewind(): void;
  stepOnce(): void;
  stepBackOnce(): void;
}

/**
 * Plays the slide: from its preset to the end of its animation, a step at a time, taking about five
 * seconds whatever the number of steps. With `instant` (?speed=instant) it jumps to the end; with
 * reduced motion it still steps, and the panels skip their own animations.
 */
export function useSlideSim(slide: Slide, instant: boolean): SlideSim {
  const { store, res } = useMemo(() => buildSlideSim(slide), [slide]);
  const step = useStore(store, (s) => selectView(s).step);
  const [playing, setPlaying] = useState(false);
  // About five seconds per animation whatever its length: at most 50 ticks, several steps per tick if needed.
  const total = Math.max(1, res.end - res.step);
  const ticks = Math.min(total, 50);
  const perTick = Math.ceil(total / ticks);
  const interval = Math.max(100, Math.min(700, 5000 / ticks));

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      for (let i = 0; i < perTick; i++) {
        const s = store.getState();
        if (selectView(s).step >= res.end || !s.stepped()) {
          setPlaying(false);
          return;
        }
      }
      if (selectView(store.getState()).step >= res.end) setPlaying(false);
    }, interval);
    return () => clearInterval(timer);
  }, [playing, store, res.end, interval, perTick]);

  const play = useCallback(() => {
    const s = store.getState();
    if (selectView(s).step >= res.end || selectView(s).step < res.step) s.scrubbed(res.step);
    if (res.end <= res.step) return;
    if (instant) {
      store.getState().scrubbed(res.end);
      return;
    }
    setPlaying(true);
  }, [store, res, instant]);

  return {
    store,
    res,
    step,
    playing,
    done: step >= res.end,
    play,
    pause: () => setPlaying(false),
    rewind: () => {
      setPlaying(false);
      store.getState().scrubbed(res.step);
    },
    stepOnce: () => {
      setPlaying(false);
      store.getState().stepped();
    },
    stepBackOnce: () => {
      setPlaying(false);
      store.getState().steppedBack();
    },
  };
}
