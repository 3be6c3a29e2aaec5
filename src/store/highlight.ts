/**
 * A tiny store for what the pointer or keyboard is pointing at (a code line, a segment), shared
 * between the code panels, the network and the sequence diagram. It changes many times a second
 * while a lecturer moves the mouse, so it stays out of the simulation store.
 */
import { createStore } from 'zustand/vanilla';

export interface Highlight {
  /** The program and line whose segments are picked out, or whose line a segment points at. */
  programId: string | null;
  line: number | null;
  /** The segment picked out, when a segment is the source of the highlight. */
  segmentId: number | null;
  /** 'hover' goes away with the pointer; 'pinned' stays until something else is clicked. */
  mode: 'hover' | 'pinned';
  /** What to say at the code line, e.g. "connect() sent SYN seq=0". */
  note?: string;
}

export interface HighlightState {
  current: Highlight | null;
  pinned: Highlight | null;
  hovered(h: Highlight | null): void;
  pinnedToggled(h: Highlight): void;
  cleared(): void;
}

function same(a: Highlight | null, b: Highlight | null): boolean {
  return !!a && !!b && a.programId === b.programId && a.line === b.line && a.segmentId === b.segmentId;
}

export const highlightStore = createStore<HighlightState>()((set, get) => ({
  current: null,
  pinned: null,
  hovered(h) {
    if (same(get().current, h)) return;
    set({ current: h ?? get().pinned });
  },
  pinnedToggled(h) {
    const pinned = same(get().pinned, h) ? null : { ...h, mode: 'pinned' as const };
    set({ pinned, current: pinned });
  },
  cleared() {
    set({ pinned: null, current: null });
  },
}));
