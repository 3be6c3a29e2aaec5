/**
 * The simulator (kernel, interpreter, scheduler) is the heaviest part of the app, so it is loaded
 * as its own chunk while the first screen paints; `loadEngine()` resolves once it is there.
 */
import type { Engine } from './engine';

let pending: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  pending ??= import('./simEngine').then((m) => m.simEngine);
  return pending;
}
