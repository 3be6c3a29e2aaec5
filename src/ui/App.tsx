import { lazy, Suspense, useState } from 'react';
import { LazyMotion, MotionConfig } from 'framer-motion';
import { createWorkspaceStore, initialSpec, simEngine, type WorkspaceStore } from '../store';
import { MotionSettingsContext, useMotionSettings, useView, WorkspaceContext, type MotionSettings } from './context';
import { CodeView } from './CodeView';
import { Controls, Narration, ThemePicker, Timeline } from './Controls';
import { KernelPanel } from './KernelPanel';
import { SelectPanel } from './SelectPanel';
import { VariablesPanel } from './VariablesPanel';
import { OutputPanel } from './OutputPanel';
import { useKeyboard, usePlayLoop } from './hooks';

const NetworkPanel = lazy(() => import('./NetworkPanel').then((m) => ({ default: m.NetworkPanel })));
const SequencePanel = lazy(() => import('./SequencePanel').then((m) => ({ default: m.SequencePanel })));
const loadFeatures = () => import('./motion').then((m) => m.default);

function PanelPlaceholder({ name }: { name: string }) {
  return (
    <div className="panel" aria-busy="true">
      <p className="empty">Loading the {name.toLowerCase()}…</p>
    </div>
  );
}

function CodeArea() {
  const view = useView();
  const [server, ...clients] = view.programs;
  return (
    <div className="area-code">
      <div className="code-col server-col">{server && <CodeView program={server} />}</div>
      <div className="code-col clients-col">{clients.map((p) => <CodeView key={p.id} program={p} />)}</div>
    </div>
  );
}

function Workspace() {
  usePlayLoop();
  useKeyboard();
  const motion = useMotionSettings();
  return (
    <div className="app" data-motion={motion.instant ? 'instant' : motion.reduced ? 'reduced' : 'full'}>
      <div className="top">
      <header className="app-header">
        <div className="brand">
          <h1>Socket Lab</h1>
          <p className="tagline">See what a socket program, and the kernel underneath it, really do.</p>
        </div>
        <Controls />
        <ThemePicker />
      </header>
      <div className="status-bar">
        <Narration />
        <Timeline />
      </div>
      </div>
      <main className="workspace">
        <CodeArea />
        <div className="area-vars"><VariablesPanel /></div>
        <div className="area-kernel"><KernelPanel /></div>
        <div className="area-select"><SelectPanel /></div>
        <div className="area-net"><Suspense fallback={<PanelPlaceholder name="Network" />}><NetworkPanel /></Suspense></div>
        <div className="area-seq"><Suspense fallback={<PanelPlaceholder name="Sequence diagram" />}><SequencePanel /></Suspense></div>
        <div className="area-out"><OutputPanel /></div>
      </main>
    </div>
  );
}

export interface AppOptions {
  instant?: boolean;
  clients?: number;
  stepBudget?: number;
  /** Start this many steps into the story. */
  step?: number;
}

/** Reads ?speed=instant, ?clients=N, ?budget=N and ?step=N from the page's address. */
export function optionsFromUrl(search: string): AppOptions {
  const q = new URLSearchParams(search);
  const n = (k: string) => (q.has(k) && Number.isFinite(Number(q.get(k))) ? Number(q.get(k)) : undefined);
  return { instant: q.get('speed') === 'instant', clients: n('clients'), stepBudget: n('budget'), step: n('step') };
}

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export function App({ store: given, options = {} }: { store?: WorkspaceStore; options?: AppOptions }) {
  const [store] = useState(() => given ?? createWorkspaceStore(simEngine, initialSpec(simEngine, options), { startStep: options.step }));
  const [motion] = useState<MotionSettings>(() => ({ instant: !!options.instant, reduced: reducedMotion() }));
  return (
    <WorkspaceContext.Provider value={store}>
      <MotionSettingsContext.Provider value={motion}>
        <MotionConfig reducedMotion={motion.instant ? 'always' : 'user'}>
          <LazyMotion features={loadFeatures} strict>
            <Workspace />
          </LazyMotion>
        </MotionConfig>
      </MotionSettingsContext.Provider>
    </WorkspaceContext.Provider>
  );
}
