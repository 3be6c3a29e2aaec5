/**
 * What the editor, the share menu and autosave need from the workspace store: the session as plain
 * data, and the three things that replace the run (an edit, a Python switch, an opened session).
 *
 * Each replacement builds a new simulation through the store's engine (the same `createSimulation`,
 * `stepForward` and `goTo` the store uses) and swaps it in as one state change, like `reset`.
 */
import { selectView, type WorkspaceStore } from '../../store';
import type { PythonMode, SessionSpec } from '../../sim/types';
import type { SharedSession } from '../../share/validate';

/** The parts of a real simulation handle the exports read (src/sim's Simulation). */
interface RecordedRun {
  spec: SessionSpec;
  step: number;
  records: { choice: number; events: { t: string; what?: string; seg?: unknown }[] }[];
}

function recorded(sim: unknown): RecordedRun | null {
  const r = sim as Partial<RecordedRun> | null;
  return r && typeof r.step === 'number' && Array.isArray(r.records) && r.spec ? (r as RecordedRun) : null;
}

/** The session as it stands: spec, the actions behind the recorded steps, the current step. */
export function currentSession(store: WorkspaceStore): SharedSession {
  const s = store.getState();
  const run = recorded(s.sim);
  const actions = run ? run.records.map((r) => (r.choice < 0 ? null : run.spec.programs[r.choice]?.id ?? null)) : [];
  return { spec: s.spec, actions, step: selectView(s).step };
}

/**
 * The run's segments up to the current step as a pcap file (empty when the engine keeps no
 * records). The pcap writer is loaded on first use, so it stays out of the initial JavaScript.
 */
export async function currentPcap(store: WorkspaceStore): Promise<Uint8Array> {
  const run = recorded(store.getState().sim);
  const { toPcap, wireSegments } = await import('../../sim/pcap');
  return toPcap(run ? wireSegments(run.records as Parameters<typeof wireSegments>[0], run.step) : []);
}

/** Replace the run with `spec`, replaying `actions` and standing at `step` (the start by default). */
function replaceRun(store: WorkspaceStore, spec: SessionSpec, actions: (string | null)[] = [], step = 0): void {
  const { engine } = store.getState();
  const sim = engine.createSimulation(spec);
  for (const a of actions) if (!engine.stepForward(sim, a ?? undefined)) break;
  engine.goTo(sim, step);
  store.setState((s) => ({ spec, sim, revision: s.revision + 1, playing: false }));
}

export function loadSession(store: WorkspaceStore, session: SharedSession): void {
  replaceRun(store, session.spec, session.actions, session.step);
}

function withProgram(spec: SessionSpec, id: string, change: (p: SessionSpec['programs'][number]) => SessionSpec['programs'][number]): SessionSpec {
  return { ...spec, programs: spec.programs.map((p) => (p.id === id ? change(p) : p)) };
}

/** An edit resets the run to the start. */
export function editProgram(store: WorkspaceStore, id: string, source: string): void {
  const { spec } = store.getState();
  const p = spec.programs.find((x) => x.id === id);
  if (p && p.source !== source) replaceRun(store, withProgram(spec, id, (q) => ({ ...q, source })));
}

/** Switching a program's Python version resets the run to the start. */
export function switchPython(store: WorkspaceStore, id: string, python: PythonMode): void {
  const { spec } = store.getState();
  const p = spec.programs.find((x) => x.id === id);
  if (p && p.python !== python) replaceRun(store, withProgram(spec, id, (q) => ({ ...q, python })));
}
