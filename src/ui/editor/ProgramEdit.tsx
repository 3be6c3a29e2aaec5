/**
 * Editing inside a program's code panel: the "Edit" toggle, the program's Python 2/3 switch, and
 * the editor itself (CodeMirror, loaded on first use). Every change replaces the run with a new one
 * from the start; a syntax error comes back from the simulator's compiler through the view.
 */
import { Suspense, useCallback } from 'react';
import type { ProgramView } from '../../sim/types';
import { useWorkspace, useWorkspaceStore } from '../context';
import { editProgram, switchPython } from '../export/session-store';
import { LazyCodeEditor, preloadEditor } from './index';
import { PythonSwitch } from './PythonSwitch';

export function EditToggle({ program: p, editing, onToggle }: { program: ProgramView; editing: boolean; onToggle(): void }) {
  return (
    <button type="button" className="btn small edit-program" aria-pressed={editing} aria-label={`Edit ${p.label} code`}
      onClick={onToggle} onPointerEnter={preloadEditor} onFocus={preloadEditor}>
      Edit
    </button>
  );
}

export function ProgramPython({ program: p }: { program: ProgramView }) {
  const store = useWorkspaceStore();
  const mode = useWorkspace((s) => s.spec.programs.find((x) => x.id === p.id)?.python ?? 'auto');
  return <PythonSwitch label={p.label} mode={mode} running={p.python} onChange={(v) => switchPython(store, p.id, v)} />;
}

export function ProgramEditor({ program: p }: { program: ProgramView }) {
  const store = useWorkspaceStore();
  const source = useWorkspace((s) => s.spec.programs.find((x) => x.id === p.id)?.source ?? '');
  const onChange = useCallback((text: string) => editProgram(store, p.id, text), [store, p.id]);
  return (
    <Suspense fallback={<p className="empty editor-loading">Loading the editor…</p>}>
      <LazyCodeEditor value={source} onChange={onChange} error={p.syntaxError} label={`${p.label} code`} currentLine={p.currentLine} />
    </Suspense>
  );
}
