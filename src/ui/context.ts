import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { highlightStore, selectView, viewOptionsStore, type HighlightState, type WorkspaceState, type WorkspaceStore } from '../store';
import type { SimView } from '../sim/types';

export const WorkspaceContext = createContext<WorkspaceStore | null>(null);

export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error('WorkspaceContext is missing');
  return store;
}

export function useWorkspace<T>(selector: (s: WorkspaceState) => T): T {
  return useStore(useWorkspaceStore(), selector);
}

/** The SimView of the current step (memoised per revision by the store's selector). */
export function useView(): SimView {
  return useWorkspace(selectView);
}

/**
 * One part of the current view, picked by `pick`. The store shares structure between steps, so a
 * part the step did not change is the same object and the component using it does not re-render.
 */
export function useViewPart<T>(pick: (view: SimView) => T): T {
  return useWorkspace((s) => pick(selectView(s)));
}

/**
 * A list's identity as a string (each item's part, joined), made once per list rather than once per
 * subscriber: every panel that uses the lifelines or the labels runs its selector on every step.
 */
function keyMaker<T extends object>(part: (item: T) => string): (list: readonly T[]) => string {
  const made = new WeakMap<readonly T[], string>();
  return (list) => {
    let key = made.get(list);
    if (key === undefined) made.set(list, (key = list.map(part).join('\u0001')));
    return key;
  };
}
const lifelinesKey = keyMaker((h: { name: string; addr: string }) => `${h.name}\u0000${h.addr}`);
const labelsKey = keyMaker((p: { id: string; label: string }) => `${p.id}\u0000${p.label}`);

/** The hosts' names and addresses (a new array only when they change, not when their sockets do). */
export function useLifelines(): { name: string; addr: string }[] {
  const key = useWorkspace((s) => lifelinesKey(selectView(s).hosts));
  return useMemo(() => (key ? key.split('\u0001').map((e) => {
    const [name, addr] = e.split('\u0000');
    return { name, addr };
  }) : []), [key]);
}

/** Each program's label by id (a new map only when the labels change, not on every step). */
export function useProgramLabels(): ReadonlyMap<string, string> {
  const key = useWorkspace((s) => labelsKey(selectView(s).programs));
  return useMemo(() => new Map(key ? key.split('\u0001').map((e) => e.split('\u0000') as [string, string]) : []), [key]);
}

/** The programs' ids, in order (a new array only when they change). */
export function useProgramIds(): string[] {
  const labels = useProgramLabels();
  return useMemo(() => [...labels.keys()], [labels]);
}

/** The hosts' names, in order. */
export function useHostNames(): string[] {
  const hosts = useLifelines();
  return useMemo(() => hosts.map((h) => h.name), [hosts]);
}

export function useHighlight<T>(selector: (s: HighlightState) => T): T {
  return useStore(highlightStore, selector);
}

/** Whether sequence numbers are written relative to each side's first (SYN) sequence number. */
export function useRelativeSeq(): boolean {
  return useStore(viewOptionsStore, (s) => s.relativeSeq);
}

/** Settings that turn animation down or off: `?speed=instant` or prefers-reduced-motion. */
export interface MotionSettings {
  instant: boolean;
  reduced: boolean;
}
export const MotionSettingsContext = createContext<MotionSettings>({ instant: false, reduced: false });
export function useMotionSettings(): MotionSettings {
  return useContext(MotionSettingsContext);
}
/** A duration in seconds, or 0 when animation is off. */
export function useDuration(seconds: number): number {
  const m = useMotionSettings();
  return m.instant || m.reduced ? 0 : seconds;
}
