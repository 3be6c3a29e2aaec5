/**
 * The session's life outside the page:
 * - a share link in the address (`#/s/v1.…`) is restored when the workspace opens, or when one is
 *   pasted into the address bar later; a link that cannot be restored leaves the default session
 *   and a message; either way the link leaves the address, so a reload restores the autosave;
 * - otherwise the session saved in localStorage is restored;
 * - every change is saved to localStorage (debounced, and at once when the page is hidden).
 * A prepared view (an address with ?clients=, ?budget=, ?step= or ?panels=, as the slides link to)
 * is defined by its address: it neither restores nor overwrites the saved session.
 */
import { useEffect, useState } from 'react';
import type { WorkspaceStore } from '../../store';
import { decodeSession, sessionFromJson, sessionToJson, shareTextFromHash } from '../../share/codec';
import { currentSession, loadSession } from './session-store';

export const AUTOSAVE_KEY = 'socket-lab:session';
const SAVE_DELAY_MS = 400;

function clearHash() {
  try {
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  } catch { /* an opaque origin (file://) may refuse; the hash then simply stays */ }
}

function explicitStart(search: string): boolean {
  const q = new URLSearchParams(search);
  return ['clients', 'budget', 'step', 'panels'].some((k) => q.has(k));
}

export function readAutosave(): ReturnType<typeof sessionFromJson> | null {
  try {
    const text = localStorage.getItem(AUTOSAVE_KEY);
    return text === null ? null : sessionFromJson(text);
  } catch {
    return null;
  }
}

export function useSessionSync(store: WorkspaceStore): { problem: string | null; dismiss(): void } {
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const fromHash = async (): Promise<boolean> => {
      const text = shareTextFromHash(window.location.hash);
      if (text === null) return false;
      const r = await decodeSession(text);
      if (!live) return true;
      clearHash();
      if (r.ok) {
        loadSession(store, r);
        setProblem(null);
      } else {
        setProblem(r.error);
      }
      return true;
    };

    const autosave = !explicitStart(window.location.search);
    void fromHash().then((used) => {
      if (used || !live || !autosave) return;
      const saved = readAutosave();
      if (saved?.ok) loadSession(store, saved);
      else if (saved) {
        try { localStorage.removeItem(AUTOSAVE_KEY); } catch { /* ignore */ }
      }
    });

    const save = () => {
      timer = null;
      const s = currentSession(store);
      try {
        localStorage.setItem(AUTOSAVE_KEY, sessionToJson(s.spec, s.step, s.actions));
      } catch { /* storage full or unavailable: the session still lives in the page */ }
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (!autosave || (s.revision === prev.revision && s.spec === prev.spec)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    const flush = () => {
      if (timer) {
        clearTimeout(timer);
        save();
      }
    };
    const onHash = () => void fromHash();
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      flush();
      unsubscribe();
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', flush);
    };
  }, [store]);

  return { problem, dismiss: () => setProblem(null) };
}
