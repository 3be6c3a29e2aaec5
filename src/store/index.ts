/**
 * The app's stores. The workspace store drives the real simulator (src/sim), which `loadEngine()`
 * loads lazily; `simEngine` (from './simEngine') is the same engine imported eagerly.
 */
export { createWorkspaceStore, initialSpec, selectView, SPEEDS } from './workspace';
export type { Speed, WorkspaceState, WorkspaceStore, WorkspaceOptions } from './workspace';
export { highlightStore } from './highlight';
export { viewOptionsStore } from './viewOptions';
export type { ViewOptionsState } from './viewOptions';
export type { Highlight, HighlightState } from './highlight';
export type { Engine, SimHandle } from './engine';
export { loadEngine } from './loadEngine';
// The quiz store (./quiz) is imported from its own module by the quiz's lazy chunk, so it stays out of the first load.
export type { QuizModule, QuizState, QuizStatus, QuizStore, QuizStoreOptions, ProgressStorage } from './quiz';
