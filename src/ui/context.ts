import { createContext, useContext } from 'react';
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
