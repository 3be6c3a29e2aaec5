/**
 * Editing inside a program's code panel: the "Edit" toggle, the program's Python 2/3 switch, and
 * the editor itself (CodeMirror, loaded on first use). Every change replaces the run with a new one
 * from the start; a syntax error comes back from the simulator's compiler through the view.
 */
import { memo, Suspense, useCallback, useEffect, useRef } from 'react';
import type { ProgramView } from '../../sim/types';
import { useWorkspace, useWorkspaceStore } from '../context';
import { editProgram, switchPython } from '../export/session-store';
import { LazyCodeEditor, preloadEditor } from './index';
import { PythonSwitch } from './PythonSwitch';

/** Milliseconds of quiet before an edit is applied. */
export const EDIT_DELAY_MS = 120;

/** Memoised on its label and state: a step that moves the program's line does not touch it. */
export const EditToggle = memo(function EditToggle({ label, editing, onToggle }: { label: string; editing: boolean; onToggle(): void }) {
  return (
    <button type="button" className="btn small edit-program" aria-pressed={editing} aria-label={`Edit ${label} code`}
      onClick={onToggle} onPointerEnter={preloadEditor} onFocus={preloadEditor}>
      Edit
    </button>
  );
});

/**
 * Memoised on what it shows: re-rendering the radios on every step would make React set their
 * attributes again (and the browser restyle them) for nothing.
 */
export const ProgramPython = memo(function ProgramPython({ id, label, python }: { id: string; label: string; python: 2 | 3 }) {
  const store = useWorkspaceStore();
  const mode = useWorkspace((s) => s.spec.programs.find((x) => x.id === id)?.python ?? 'auto');
  return <PythonSwitch label={label} mode={mode} running={python} onChange={(v) => switchPython(store, id, v)} />;
});

export function ProgramEditor({ program: p }: { program: ProgramView }) {
  const store = useWorkspaceStore();
  const source = useWorkspace((s) => s.spec.programs.find((x) => x.id === p.id)?.source ?? '');
  // Typing is applied after a short pause: each application compiles the programs and restarts the run.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const flush = useCallback(() => {
    const q = pending.current;
    if (!q) return;
    clearTimeout(q.timer);
    pending.current = null;
    editProgram(store, p.id, q.text);
  }, [store, p.id]);
  const onChange = useCallback((text: string) => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { text, timer: setTimeout(flush, EDIT_DELAY_MS) };
  }, [flush]);
  useEffect(() => flush, [flush]);
  // A session opened meanwhile wins over typing that was not applied yet.
  useEffect(() => {
    if (pending.current && pending.current.text !== source) {
      clearTimeout(pending.current.timer);
      pending.current = null;
    }
  }, [source]);
  return (
    // Leaving the editor (e.g. for Step or Play) applies any typing at once.
    <div className="program-editor" onBlur={flush}>
      <Suspense fallback={<p className="empty editor-loading">Loading the editor…</p>}>
        <LazyCodeEditor value={source} onChange={onChange} error={p.syntaxError} label={`${p.label} code`} currentLine={p.currentLine} />
      </Suspense>
    </div>
  );
}
