/**
 * The app's stores. `engine` is the real simulator (src/sim); the workspace store drives it.
 */
export { createWorkspaceStore, initialSpec, selectView, SPEEDS } from './workspace';
export type { Speed, WorkspaceState, WorkspaceStore, WorkspaceOptions } from './workspace';
export { highlightStore } from './highlight';
export type { Highlight, HighlightState } from './highlight';
export type { Engine, SimHandle } from './engine';
export { simEngine } from './simEngine';
