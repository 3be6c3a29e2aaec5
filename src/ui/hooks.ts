import { useEffect } from 'react';
import { useWorkspace, useWorkspaceStore } from './context';

/**
 * Plays the simulation: one step per tick at the chosen speed. 'max' fast-forwards: each animation
 * frame takes as many steps as fit in a few milliseconds (at least one) and draws the result once.
 */
export function usePlayLoop(): void {
  const store = useWorkspaceStore();
  const playing = useWorkspace((s) => s.playing);
  const speed = useWorkspace((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const tick = () => {
      const s = store.getState();
      if (!s.stepped()) s.paused();
    };
    if (speed === 'max') {
      let raf = 0;
      let batch = 1;
      // About 8 ms of stepping per frame: fast, and still leaves the frame time to draw the result.
      const loop = () => {
        const t0 = performance.now();
        store.getState().skipped(batch);
        const dt = performance.now() - t0;
        if (dt < 6) batch = Math.min(Math.ceil(batch * 1.5), 512);
        else if (dt > 10) batch = Math.max(1, batch >> 1);
        if (store.getState().playing) raf = requestAnimationFrame(loop);
      };
      raf = requestAnimationFrame(loop);
      return () => cancelAnimationFrame(raf);
    }
    const timer = setInterval(tick, 1000 / speed);
    return () => clearInterval(timer);
  }, [store, playing, speed]);
}

function isTyping(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName);
}
function isActivatable(t: EventTarget | null): boolean {
  return t instanceof Element && (t.tagName === 'BUTTON' || t.tagName === 'A' || t.getAttribute('role') === 'button');
}

/**
 * Runs keyboard actions at the start of the next frame, in the order pressed. The key handler
 * returns at once, so the browser begins that frame straight away (an idle page gets a frame as
 * soon as it asks for one), and the step's work, the simulation and React's render, runs inside
 * the frame that paints it. Done in the handler instead, a step longer than what is left of the
 * current frame misses it and waits for the next vsync, up to 16.7 ms more.
 */
function frameQueue(): { push(action: () => void): void; cancel(): void } {
  const actions: (() => void)[] = [];
  let frame = 0;
  const run = () => {
    frame = 0;
    for (const action of actions.splice(0)) action();
  };
  return {
    push(action) {
      actions.push(action);
      if (typeof requestAnimationFrame !== 'function') run();
      else if (!frame) frame = requestAnimationFrame(run);
    },
    cancel() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      actions.length = 0;
    },
  };
}

/** → steps, ← goes back, space plays or pauses, Home resets (unless a form field has the keys). */
export function useKeyboard(): void {
  const store = useWorkspaceStore();
  useEffect(() => {
    const queue = frameQueue();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const s = () => store.getState();
      if (e.key === 'ArrowRight') { e.preventDefault(); queue.push(() => s().stepped()); }
      else if (e.key === 'ArrowLeft') { e.preventDefault(); queue.push(() => s().steppedBack()); }
      else if (e.key === ' ' && !isActivatable(e.target)) { e.preventDefault(); queue.push(() => (s().playing ? s().paused() : s().played())); }
      else if (e.key === 'Home') { e.preventDefault(); queue.push(() => s().reset()); }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      queue.cancel();
    };
  }, [store]);
}

/**
 * Gives the engine the page's idle time after each change (history checkpoints wait for it, so a
 * step never pays for cloning the whole state). Without requestIdleCallback, a timer stands in.
 */
export function useIdleWork(): void {
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  useEffect(() => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const id = w.requestIdleCallback(() => store.getState().idled(), { timeout: 1000 });
      return () => w.cancelIdleCallback!(id);
    }
    const t = setTimeout(() => store.getState().idled(), 200);
    return () => clearTimeout(t);
  }, [store, revision]);
}
