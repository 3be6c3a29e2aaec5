import { lazy, Suspense, use, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createWorkspaceStore, initialSpec, loadEngine, type WorkspaceStore } from '../store';
import { LECTURE_CLIENT, LECTURE_SERVER } from '../scenarios/lecture';
import type { SessionSpec } from '../sim/types';
import { MotionSettingsContext, useMotionSettings, useProgramIds, useViewPart, useWorkspace, WorkspaceContext, type MotionSettings } from './context';
import { CodeView } from './CodeView';
import { Controls, Narration, ThemePicker, Timeline } from './Controls';
import { KernelPanel } from './KernelPanel';
import { SelectPanel } from './SelectPanel';
import { VariablesPanel } from './VariablesPanel';
import { OutputPanel } from './OutputPanel';
import { useIdleWork, useKeyboard, usePlayLoop } from './hooks';
import { ModeLinks } from './ModeLinks';
import { InSight } from './InSight';

const NetworkPanel = lazy(() => import('./NetworkPanel').then((m) => ({ default: m.NetworkPanel })));
const SequencePanel = lazy(() => import('./SequencePanel').then((m) => ({ default: m.SequencePanel })));
// Sharing, export and autosave load just after the first paint.
const WorkspaceSessionMenu = lazy(() => import('./export/WorkspaceSession').then((m) => ({ default: m.WorkspaceSessionMenu })));
const SessionSync = lazy(() => import('./export/WorkspaceSession').then((m) => ({ default: m.SessionSync })));

function PanelPlaceholder({ name }: { name: string }) {
  return (
    <div className="panel" aria-busy="true">
      <p className="empty">Loading the {name.toLowerCase()}…</p>
    </div>
  );
}

/** One program's code, subscribed to that program alone: a step re-renders only the programs it changed. */
function ProgramCode({ id }: { id: string }) {
  const program = useViewPart((v) => v.programs.find((p) => p.id === id));
  return program ? <CodeView program={program} /> : null;
}

function CodeArea() {
  const [server, ...clients] = useProgramIds();
  return (
    <div className="area-code">
      <div className="code-col server-col">{server && <InSight className="code-slot"><ProgramCode id={server} /></InSight>}</div>
      <div className="code-col clients-col">{clients.map((id) => <InSight key={id} className="code-slot"><ProgramCode id={id} /></InSight>)}</div>
    </div>
  );
}

/** Hands the engine the page's idle time; a leaf of its own, so the steps it follows re-render nothing else. */
function IdleWork() {
  useIdleWork();
  return null;
}

function Workspace({ panels, notes, sync = true }: { panels?: string[]; notes?: ReactNode; sync?: boolean }) {
  usePlayLoop();
  useKeyboard();
  const motion = useMotionSettings();
  const on = (name: string) => !panels || panels.includes(name);
  const top = useRef<HTMLDivElement>(null);
  // The sticky bar's height, for the layout: with many clients their column reaches down to the
  // bottom of the first screen (theme.css, .clients-col).
  useLayoutEffect(() => {
    const el = top.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(() => el.parentElement?.style.setProperty('--top-h', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div className="app" data-motion={motion.instant ? 'instant' : motion.reduced ? 'reduced' : 'full'}>
      <div className="top" ref={top}>
      <header className="app-header">
        <div className="brand">
          <h1>Socket Lab</h1>
          <p className="tagline">See what a socket program, and the kernel underneath it, really do.</p>
        </div>
        <Controls />
        <Suspense fallback={null}><WorkspaceSessionMenu /></Suspense>
        <ThemePicker />
        <ModeLinks />
      </header>
      <div className="status-bar">
        <Narration />
        <Timeline />
        {sync && <Suspense fallback={null}><SessionSync /></Suspense>}
      </div>
      </div>
      {notes}
      <IdleWork />
      <main className="workspace">
        {on('code') && <CodeArea />}
        {/* Each part follows the steps lazily while it is scrolled out of sight (see InSight). */}
        {on('vars') && <InSight className="area-vars"><VariablesPanel /></InSight>}
        {on('kernel') && <InSight className="area-kernel"><KernelPanel /></InSight>}
        {on('select') && <InSight className="area-select"><SelectPanel /></InSight>}
        {on('net') && <InSight className="area-net"><Suspense fallback={<PanelPlaceholder name="Network" />}><NetworkPanel /></Suspense></InSight>}
        {on('seq') && <InSight className="area-seq"><Suspense fallback={<PanelPlaceholder name="Sequence diagram" />}><SequencePanel /></Suspense></InSight>}
        {on('out') && <InSight className="area-out"><OutputPanel /></InSight>}
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
  /** Show only these panels (code, vars, kernel, select, net, seq, out): a focused view. */
  panels?: string[];
}

/** Reads ?speed=instant, ?clients=N, ?budget=N and ?step=N from the page's address. */
export function optionsFromUrl(search: string): AppOptions {
  const q = new URLSearchParams(search);
  const n = (k: string) => (q.has(k) && Number.isFinite(Number(q.get(k))) ? Number(q.get(k)) : undefined);
  const panels = q.get('panels')?.split(',').filter(Boolean);
  return { instant: q.get('speed') === 'instant', clients: n('clients'), stepBudget: n('budget'), step: n('step'), panels };
}

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** The lecture's programs, drawn at once while the simulator's chunk loads. */
function Shell({ options, session }: { options: AppOptions; session?: SessionSpec }) {
  const programs = session?.programs ?? [
    { id: 'server', label: 'Server', source: LECTURE_SERVER },
    ...Array.from({ length: Math.max(1, options.clients ?? 1) }, (_, i) => ({ id: `client${i + 1}`, label: `Client ${i + 1}`, source: LECTURE_CLIENT })),
  ];
  const [server, ...clients] = programs.map((p) => {
    const lines = p.source.replace(/\n$/, '').split('\n');
    return (
      <section key={p.id} className="panel code-panel" role="region" aria-labelledby={`code-${p.id}`}>
        <header className="panel-head"><h2 id={`code-${p.id}`}>{p.label} code</h2></header>
        <ol className="code">
          {lines.map((l, i) => (
            <li key={i} className="code-line"><span className="line-hit">{i + 1}</span><span /><code>{l || ' '}</code></li>
          ))}
        </ol>
      </section>
    );
  });
  return (
    <div className="app">
      <div className="top">
        <header className="app-header">
          <div className="brand"><h1>Socket Lab</h1><p className="tagline">See what a socket program, and the kernel underneath it, really do.</p></div>
        </header>
        <div className="status-bar"><p className="narration">Loading the simulator…</p></div>
      </div>
      <main className="workspace">
        <div className="area-code">
          <div className="code-col server-col">{server}</div>
          <div className="code-col clients-col">{clients}</div>
        </div>
      </main>
    </div>
  );
}

function LoadedApp({ options, scenario }: { options: AppOptions; scenario?: ScenarioProps }) {
  const engine = use(loadEngine());
  const [store] = useState(() => createWorkspaceStore(engine, scenario?.session ?? initialSpec(engine, options), { startStep: options.step }));
  return <Providers store={store} options={options} scenario={scenario} />;
}

/** A prepared session (a scenario) instead of the lecture's, with its notes; it is not autosaved. */
export interface ScenarioProps {
  session: SessionSpec;
  notes: ReactNode;
}

/**
 * The workspace. Given a store it draws it at once; otherwise it draws the lecture's programs,
 * loads the simulator in the background and then creates the store from the page's options.
 */
export function App({ store, options = {}, scenario }: { store?: WorkspaceStore; options?: AppOptions; scenario?: ScenarioProps }) {
  if (store) return <Providers store={store} options={options} scenario={scenario} />;
  return (
    <Suspense fallback={<Shell options={options} session={scenario?.session} />}>
      <LoadedApp options={options} scenario={scenario} />
    </Suspense>
  );
}

/** Fast-forwarding ('Max') skips steps, so nothing is animated while it runs. */
function MotionScope({ base, children }: { base: MotionSettings; children: ReactNode }) {
  const fastForward = useWorkspace((s) => s.playing && s.speed === 'max');
  const value = useMemo(() => (fastForward ? { ...base, instant: true } : base), [fastForward, base]);
  return <MotionSettingsContext.Provider value={value}>{children}</MotionSettingsContext.Provider>;
}

function Providers({ store, options, scenario }: { store: WorkspaceStore; options: AppOptions; scenario?: ScenarioProps }) {
  const [motion] = useState<MotionSettings>(() => ({ instant: !!options.instant, reduced: reducedMotion() }));
  return (
    <WorkspaceContext.Provider value={store}>
      <MotionScope base={motion}>
        <Workspace panels={options.panels} notes={scenario?.notes} sync={!scenario} />
      </MotionScope>
    </WorkspaceContext.Provider>
  );
}
