import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { WorkspaceState, WorkspaceStore } from '../store';
import { useWorkspaceStore, WorkspaceContext } from './context';

type Listener = (state: WorkspaceState, prev: WorkspaceState) => void;
type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

/** The longest an out-of-sight panel lags behind the store when the page never goes idle (playing at 'Max'). */
const LAG_MS = 250;

/**
 * The workspace store as seen by panels that may be out of sight. While they are in sight it passes
 * every change on at once, exactly as the store does. While they are out of sight it holds the
 * changes back and passes on the latest one when the page is next idle (or when they come into
 * sight, whichever is first): a step then re-renders, lays out and paints only what can be seen,
 * and the panels below the fold catch up straight after its frame.
 *
 * State and actions are the store's own (getState is the store's), so a panel that renders for any
 * other reason still draws the present, and its buttons act on the real store.
 */
export interface LazyStore extends WorkspaceStore {
  /** Whether the panels are in sight (they are until an IntersectionObserver says otherwise). */
  setInSight(inSight: boolean): void;
  /** The element that is `aria-busy` while changes are held back. */
  attach(el: Element | null): void;
  dispose(): void;
}

export function lazyStore(store: WorkspaceStore): LazyStore {
  const listeners = new Set<Listener>();
  let inSight = true;
  let upstream: (() => void) | null = null;
  // The changes held back: the state before the first of them, and whether any is waiting.
  let held: { prev: WorkspaceState } | null = null;
  let timer: number | null = null;
  const w = (typeof window === 'undefined' ? undefined : window) as IdleWindow | undefined;
  // The element marked aria-busy while changes are held back.
  let el: Element | null = null;
  const onHeld = (busy: boolean) => {
    if (busy) el?.setAttribute('aria-busy', 'true');
    else el?.removeAttribute('aria-busy');
  };

  const cancel = () => {
    if (timer === null || !w) return;
    if (w.cancelIdleCallback) w.cancelIdleCallback(timer);
    else w.clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    cancel();
    if (!held) return;
    const { prev } = held;
    held = null;
    onHeld(false);
    const state = store.getState();
    for (const l of [...listeners]) l(state, prev);
  };
  const schedule = () => {
    if (timer !== null || !w) return;
    timer = w.requestIdleCallback ? w.requestIdleCallback(() => { timer = null; flush(); }, { timeout: LAG_MS }) : w.setTimeout(() => { timer = null; flush(); }, 16);
  };
  const onChange: Listener = (state, prev) => {
    if (inSight || !w) {
      for (const l of [...listeners]) l(state, prev);
      return;
    }
    if (!held) {
      held = { prev };
      onHeld(true);
    }
    schedule();
  };

  return {
    getState: store.getState,
    getInitialState: store.getInitialState,
    setState: store.setState,
    subscribe(listener) {
      listeners.add(listener);
      upstream ??= store.subscribe(onChange);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && upstream) {
          upstream();
          upstream = null;
        }
      };
    },
    attach(e) {
      el = e;
    },
    setInSight(v) {
      inSight = v;
      if (v) flush();
    },
    dispose() {
      cancel();
      if (held) onHeld(false);
      held = null;
    },
  };
}

/**
 * A part of the workspace that follows the store lazily while it is scrolled out of sight (see
 * `lazyStore`). While it holds changes back it is `aria-busy` (set on the element, with no render),
 * which is also what a test waits for before reading the page. Without IntersectionObserver (tests
 * in happy-dom) it is always in sight.
 */
export function InSight({ className, children }: { className: string; children: ReactNode }) {
  const store = useWorkspaceStore();
  const ref = useRef<HTMLDivElement>(null);
  const lazy = useMemo(() => lazyStore(store), [store]);
  useLayoutEffect(() => {
    const el = ref.current;
    lazy.attach(el);
    if (!el || typeof IntersectionObserver !== 'function') return;
    const io = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) lazy.setInSight(last.isIntersecting);
    });
    io.observe(el);
    return () => {
      io.disconnect();
      lazy.setInSight(true);
      lazy.attach(null);
    };
  }, [lazy]);
  useEffect(() => () => lazy.dispose(), [lazy]);
  return (
    <div ref={ref} className={className}>
      <WorkspaceContext.Provider value={lazy}>{children}</WorkspaceContext.Provider>
    </div>
  );
}
