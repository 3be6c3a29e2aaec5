/**
 * Offline use: registers the service worker that the build generates (scripts/vite-pwa.ts), in
 * production builds only (the dev server's modules are not precached and must never be served
 * stale). Once it has installed, the deck and the simulator work with the network gone.
 */

export type UpdateListener = (apply: () => void) => void;

let registering: Promise<ServiceWorkerRegistration | null> | null = null;
let pendingUpdate: (() => void) | null = null;
const updateListeners = new Set<UpdateListener>();

/**
 * Be told when a new version has installed while this one runs (at once if one already waits).
 * Calling the `apply` function it is given switches to the new version and reloads the page.
 * Returns the unsubscribe function.
 */
export function onUpdateReady(listener: UpdateListener): () => void {
  updateListeners.add(listener);
  if (pendingUpdate) listener(pendingUpdate);
  return () => updateListeners.delete(listener);
}

function announceUpdate(apply: () => void) {
  pendingUpdate = apply;
  for (const l of updateListeners) l(apply);
}

/** Register ./sw.js once the page has loaded. Safe to call more than once; a no-op in dev. */
export function registerServiceWorker(onUpdate?: UpdateListener): Promise<ServiceWorkerRegistration | null> {
  if (onUpdate) onUpdateReady(onUpdate);
  if (registering) return registering;
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return Promise.resolve(null);
  const sw = navigator.serviceWorker;
  registering = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  })
    .then(() => sw.register('./sw.js', { scope: './' }))
    .then((reg) => {
      watchForUpdate(reg, announceUpdate);
      return reg;
    })
    .catch((e: unknown) => {
      // Offline use is an extra: the app works without it (e.g. opened from file:// or in a private window).
      console.warn('Socket Lab: offline use is not available:', e);
      return null;
    });
  return registering;
}

/** A new version installed while this one runs: offer it; applying it reloads the page. */
function watchForUpdate(reg: ServiceWorkerRegistration, onUpdate: UpdateListener) {
  const sw = navigator.serviceWorker;
  const offer = (worker: ServiceWorker) => {
    if (!sw.controller) return; // the first install: nothing to update
    onUpdate(() => {
      sw.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      worker.postMessage({ type: 'skip-waiting' });
    });
  };
  if (reg.waiting) offer(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}

/** True once a service worker controls this page (it was loaded through the offline cache). */
export function isOfflineReady(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
}
