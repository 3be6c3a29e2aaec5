/**
 * The engine the app runs on. Until src/sim/index.ts lands this replays fixtures; it is switched to
 * the real scheduler as soon as that exists.
 */
import type { Engine } from './engine';
import { fixtureEngine } from './fixtures';

export const simEngine: Engine = fixtureEngine();
