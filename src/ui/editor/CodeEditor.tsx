/**
 * The program editor: CodeMirror 6 with Python highlighting. Loaded lazily (see ./index.ts), so
 * CodeMirror stays out of the initial JavaScript.
 *
 * The editor is controlled loosely: typing calls `onChange` with the new source; a new `value`
 * from outside (a restored session, an undo of the whole edit) replaces the text when it differs.
 * A syntax error from the compiler is shown where it is, as CodeMirror's lint underline carrying
 * CPython's message, and as a line of text below the editor.
 */
import { useEffect, useRef } from 'react';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { HighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, StateEffect, StateField, type Text } from '@codemirror/state';
import { Decoration, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import './editor.css';

export interface SyntaxErrorMark {
  line: number;
  /** 1-based column, as CPython's SyntaxError.offset. */
  col: number;
  msg: string;
}

export interface CodeEditorProps {
  value: string;
  onChange(source: string): void;
  /** The compiler's syntax error for the text shown, or null. */
  error: SyntaxErrorMark | null;
  /** "Server code": the editor is named "Server code editor". */
  label: string;
  readOnly?: boolean;
  /** The line the program is about to run (marked, as in the read-only view), or null. */
  currentLine?: number | null;
}

const setStepLine = StateEffect.define<number | null>();
const stepLineMark = Decoration.line({ class: 'cm-step-line', attributes: { title: 'The next line to run' } });

/** The line about to run, kept as a line decoration that follows edits until the next run. */
const stepLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setStepLine)) continue;
      const n = e.value;
      deco = n !== null && n >= 1 && n <= tr.state.doc.lines ? Decoration.set([stepLineMark.range(tr.state.doc.line(n).from)]) : Decoration.none;
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword, t.bool, t.null, t.self], color: 'var(--tok-kw)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--tok-str)' },
  { tag: [t.number], color: 'var(--tok-num)' },
  { tag: [t.comment, t.lineComment], color: 'var(--tok-com)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.standard(t.variableName)], color: 'var(--tok-builtin)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--panel)', fontSize: 'var(--code-size)' },
  '.cm-content': { fontFamily: 'var(--font-code)', caretColor: 'var(--focus)' },
  '.cm-scroller': { fontFamily: 'var(--font-code)', lineHeight: '1.45' },
  '.cm-gutters': { backgroundColor: 'var(--panel-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'rgba(127, 127, 127, 0.12)' },
  '.cm-step-line': { backgroundColor: 'var(--current-bg)', boxShadow: 'inset 4px 0 0 var(--current-edge)' },
  '.cm-activeLineGutter': { backgroundColor: 'rgba(127, 127, 127, 0.12)' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '-3px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--focus)', borderLeftWidth: '2px' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'rgba(86, 180, 233, 0.35) !important' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--error)',
    textDecorationThickness: '2px',
    textUnderlineOffset: '4px',
  },
  '.cm-tooltip': { backgroundColor: 'var(--panel-2)', color: 'var(--text)', border: '1px solid var(--border)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--error)' },
});

/** The document range a CPython (line, 1-based col) error covers: the token it points at. */
export function errorRange(doc: Text, e: SyntaxErrorMark): { from: number; to: number } {
  const lineNo = Math.min(Math.max(1, e.line), doc.lines);
  const line = doc.line(lineNo);
  const col = Math.min(Math.max(0, e.col - 1), line.length);
  const from = line.from + col;
  const rest = line.text.slice(col);
  const word = /^[A-Za-z0-9_]+|^\S/.exec(rest)?.[0].length ?? 0;
  if (word > 0) return { from, to: from + word };
  // At the end of a line (an unclosed bracket, a missing colon): underline the last character.
  if (line.length > 0) return { from: Math.max(line.from, from - 1), to: Math.max(line.from + 1, from) };
  return { from: line.from, to: line.from };
}

function diagnostics(doc: Text, e: SyntaxErrorMark | null): Diagnostic[] {
  if (!e) return [];
  const { from, to } = errorRange(doc, e);
  return [{ from, to, severity: 'error', source: 'Python', message: `SyntaxError: ${e.msg}` }];
}

export default function CodeEditor({ value, onChange, error, label, readOnly = false, currentLine = null }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const change = useRef(onChange);
  /** The text last sent out by onChange (or last taken in from `value`). */
  const emitted = useRef(value);
  const readOnlyConf = useRef(new Compartment());
  // The latest props, read by the effects below without re-creating the editor.
  const latest = useRef({ value, error, readOnly, currentLine });

  useEffect(() => {
    change.current = onChange;
    latest.current = { value, error, readOnly, currentLine };
  });

  useEffect(() => {
    if (!host.current) return;
    const { value: initial, readOnly: ro } = latest.current;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          indentUnit.of('    '),
          EditorState.tabSize.of(8),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          python(),
          syntaxHighlighting(highlight),
          // Diagnostics come from the simulator's compiler (pushed with setDiagnostics below);
          // this linter only keeps the lint state and gutter in place and adds none of its own.
          linter(null),
          lintGutter(),
          stepLine,
          EditorView.lineWrapping,
          theme,
          readOnlyConf.current.of(EditorState.readOnly.of(ro)),
          EditorView.contentAttributes.of({ 'aria-label': `${label} editor`, spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            const text = u.state.doc.toString();
            emitted.current = text;
            change.current(text);
          }),
        ],
      }),
    });
    view.current = v;
    v.dispatch(setDiagnostics(v.state, diagnostics(v.state.doc, latest.current.error)));
    v.dispatch({ effects: setStepLine.of(latest.current.currentLine) });
    return () => {
      v.destroy();
      view.current = null;
    };
  }, [label]);

  // A value from outside (a restored or opened session) replaces the text. The editor's own edits
  // come back as `value` a little later (they are applied after a pause); those are not re-applied.
  useEffect(() => {
    const v = view.current;
    if (!v || value === emitted.current) return;
    const current = v.state.doc.toString();
    emitted.current = value;
    if (current !== value) v.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (v) v.dispatch({ effects: readOnlyConf.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    view.current?.dispatch({ effects: setStepLine.of(currentLine) });
  }, [currentLine]);

  const errLine = error?.line, errCol = error?.col, errMsg = error?.msg;
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const e = errMsg === undefined ? null : { line: errLine!, col: errCol!, msg: errMsg };
    v.dispatch(setDiagnostics(v.state, diagnostics(v.state.doc, e)));
  }, [errLine, errCol, errMsg]);

  return (
    <div className="code-editor">
      <div className="code-editor-host" ref={host} />
      <p className={`editor-status${error ? ' has-error' : ''}`} aria-live="polite">
        {error ? `SyntaxError: ${error.msg} (line ${error.line}, column ${error.col})` : 'No syntax errors. An edit restarts the run from the beginning.'}
      </p>
    </div>
  );
}
