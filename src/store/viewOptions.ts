/**
 * How the panels write things, chosen by the viewer (not part of the simulation): e.g. sequence
 * numbers relative to each side's initial sequence number, as Wireshark shows them, or absolute.
 */
import { createStore } from 'zustand/vanilla';

export interface ViewOptionsState {
  relativeSeq: boolean;
  relativeSeqToggled(): void;
}

export const viewOptionsStore = createStore<ViewOptionsState>()((set) => ({
  relativeSeq: true,
  relativeSeqToggled: () => set((s) => ({ relativeSeq: !s.relativeSeq })),
}));
