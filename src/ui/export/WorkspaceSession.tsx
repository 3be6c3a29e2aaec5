/**
 * The share menu and the session's sync (share links, autosave) wired to the workspace store, as
 * two drop-in components for the workspace's header.
 */
import { useMemo } from 'react';
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
  }), [store]);
  return <SessionMenu ports={ports} />;
}

/** Restores a share link or the autosave, keeps saving, and says so when a link could not be opened. */
export function SessionSync() {
  const { problem, dismiss } = useSessionSync(useWorkspaceStore());
  return problem ? <LinkProblem message={problem} onDismiss={dismiss} /> : null;
}
