/**
 * The share menu and the session's sync (share links, autosave) wired to the workspace store, as
 * two drop-in components for the workspace's header.
 */
import { useEffect, useMemo, useState } from 'react';
import { onUpdateReady } from '../pwa';
import { selectView, viewOptionsStore } from '../../store';
import { useWorkspaceStore } from '../context';
import { currentPcap, currentSession, loadSession } from './session-store';
import { LinkProblem, SessionMenu, type SessionPorts } from './SessionMenu';
import { useSessionSync } from './useSessionSync';

export function WorkspaceSessionMenu() {
  const store = useWorkspaceStore();
  const ports = useMemo<SessionPorts>(() => ({
    current: () => currentSession(store),
    pcap: () => currentPcap(store),
    load: (s) => loadSession(store, s),
    diagram: async () => {
      const { wholeDiagramSvgText } = await import('./diagram');
      return wholeDiagramSvgText(selectView(store.getState()), viewOptionsStore.getState().relativeSeq);
    },
  }), [store]);
  return <SessionMenu ports={ports} />;
}

/**
 * Restores a share link or the autosave, keeps saving, and says so when a link could not be opened
 * or when a new version of the app is ready (installed by the service worker in the background).
 */
export function SessionSync() {
  const { problem, dismiss } = useSessionSync(useWorkspaceStore());
  const [update, setUpdate] = useState<{ apply(): void } | null>(null);
  useEffect(() => onUpdateReady((apply) => setUpdate({ apply })), []);
  return (
    <>
      {problem && <LinkProblem message={problem} onDismiss={dismiss} />}
      {update && (
        <p className="update-ready">
          A new version of Socket Lab is ready.
          <button type="button" className="btn small" onClick={() => update.apply()}>Reload to update</button>
        </p>
      )}
    </>
  );
}
