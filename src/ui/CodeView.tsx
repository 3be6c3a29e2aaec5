import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { ProgramView } from '../sim/types';
import { highlightStore } from '../store';
import { useHighlight, useWorkspaceStore } from './context';
import { CodeLine, STATUS_WORDS, StatusBadge } from './badges';
import { Icon } from './Icon';
import { EditToggle, ProgramEditor, ProgramPython } from './editor/ProgramEdit';

interface CodeViewProps {
  program: ProgramView;
}

interface LineProps {
  programId: string; label: string; n: number; text: string;
  current: boolean; last: boolean;
  /** Why the program is blocked, at its current line while it is blocked; else null. */
  blockedText: string | null;
  /** The note of a segment linked to this line ('' for none), or null when the line is not linked. */
  linkNote: string | null;
  /** The other threads of the program waiting to run this line ("Thread-1 (serve): blocked in accept() ..."), or null. */
  threadNote: string | null;
  /** At the current line of a program with threads: the name of the thread that runs it; else null. */
  runningThread: string | null;
  error: string | null;
  focusable: boolean;
  runTo: (line: number) => void;
}

/**
 * One line of a program. Memoised on what it shows, so a step re-renders only the lines whose
 * marks changed (the one that ran and the next), not the whole program.
 */
const Line = memo(function Line({ programId, label, n, text, current, last, blockedText, linkNote, threadNote, runningThread, error, focusable, runTo }: LineProps) {
  const blocked = blockedText !== null;
  const cls = ['code-line', current && 'current', last && 'last', blocked && 'blocked', linkNote !== null && 'linked', threadNote !== null && 'thread-here', error !== null && 'error'].filter(Boolean).join(' ');
  return (
    <li
      className={cls}
      aria-current={current ? 'step' : undefined}
      onClick={() => runTo(n)}
      onMouseEnter={() => highlightStore.getState().hovered({ programId, line: n, segmentId: null, mode: 'hover' })}
      onMouseLeave={() => highlightStore.getState().hovered(null)}
    >
      <button
        type="button"
        className="line-hit"
        tabIndex={focusable ? 0 : -1}
        aria-label={`Run ${label} to line ${n}`}
        onFocus={() => highlightStore.getState().hovered({ programId, line: n, segmentId: null, mode: 'hover' })}
        onBlur={() => highlightStore.getState().hovered(null)}
      >
        <span className="line-no">{n}</span>
      </button>
      <span className="gutter-mark" aria-hidden="true">{current ? <Icon name={blocked ? 'blocked' : 'play'} /> : last ? <Icon name="check" /> : threadNote !== null ? <Icon name="thread" /> : null}</span>
      <CodeLine text={text} />
      {current && <span className="sr-only"> (next line to run{runningThread ? ` in ${runningThread}` : ''})</span>}
      {last && <span className="sr-only"> (just ran)</span>}
      {blocked && (
        <div className="line-note blocked-note">
          <Icon name="blocked" /> {runningThread ? `${runningThread}: ` : ''}{blockedText}
        </div>
      )}
      {current && runningThread && !blocked && <div className="line-note running-note">{runningThread} runs next</div>}
      {threadNote !== null && <div className="line-note thread-note"><Icon name="thread" /> {threadNote}</div>}
      {linkNote && <div className="line-note link-note"><span aria-hidden="true">⇢ </span>{linkNote}</div>}
      {error !== null && <div className="line-note error-note">SyntaxError: {error}</div>}
    </li>
  );
});

/**
 * A program with line numbers. The line about to run carries aria-current="step"; the line just
 * executed is marked "just ran"; a blocked line says why. Clicking a line runs the program to it.
 */
function CodeViewImpl({ program: p }: CodeViewProps) {
  const store = useWorkspaceStore();
  const linked = useHighlight((s) => (s.current?.programId === p.id ? s.current.line : null));
  const linkNote = useHighlight((s) => (s.current?.programId === p.id ? s.current.note ?? null : null));
  const listRef = useRef<HTMLOListElement>(null);
  const [editing, setEditing] = useState(false);
  const toggleEditing = useCallback(() => setEditing((e) => !e), []);
  const title = `${p.label} code`;
  const id = `code-${p.id}`;
  const focusLine = p.currentLine ?? p.lastLine ?? 1;
  // The other threads, by the line each will run next (the running thread's is the current line).
  const waiting = new Map<number, string>();
  for (const t of p.threads.slice(1)) {
    const note = `${t.name} ${t.blocked ? `waits here: ${t.blocked}` : 'runs this line when its turn comes'}`;
    waiting.set(t.line, waiting.has(t.line) ? `${waiting.get(t.line)}; ${note}` : note);
  }
  const running = p.threads.length > 1 ? p.threads[0].name : null;

  const runTo = useCallback((line: number) => store.getState().ranToLine(p.id, line), [store, p.id]);
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.line-hit') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    e.stopPropagation();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  return (
    <section className={`panel code-panel status-${p.status}`} role="region" aria-labelledby={id} data-program={p.id}>
      <header className="panel-head">
        <h2 id={id}>{title}</h2>
        <span className="host-tag">{p.host} · {p.hostAddr}</span>
        <StatusBadge status={p.status} text={STATUS_WORDS[p.status]} />
        <button type="button" className="btn small step-program" onClick={() => store.getState().stepped(p.id)}
          disabled={p.status === 'exited' || p.status === 'crashed' || p.status === 'syntax-error' || p.status === 'budget'}>
          Step {p.label.toLowerCase()}
        </button>
        <ProgramPython id={p.id} label={p.label} python={p.python} />
        <EditToggle label={p.label} editing={editing} onToggle={toggleEditing} />
      </header>
      {editing ? <ProgramEditor program={p} /> : (
      <ol className="code" ref={listRef} aria-label={`${title}, ${p.lines.length} lines`} onKeyDown={onKeyDown}>
        {p.lines.map((text, i) => {
          const n = i + 1;
          const current = p.currentLine === n;
          return (
            <Line key={i} programId={p.id} label={p.label} n={n} text={text} current={current} last={p.lastLine === n && !current}
              blockedText={current && p.status === 'blocked' ? p.statusText : null}
              linkNote={linked === n ? linkNote ?? '' : null} threadNote={waiting.get(n) ?? null} runningThread={current ? running : null} error={p.syntaxError?.line === n ? p.syntaxError.msg : null}
              focusable={n === focusLine} runTo={runTo} />
          );
        })}
      </ol>
      )}
      {/* While editing, the editor itself shows a syntax error, with its column. */}
      {!editing && p.status !== 'blocked' && p.status !== 'ready' && p.statusText && (
        <p className={`program-status status-${p.status}`}>{p.statusText}</p>
      )}
    </section>
  );
}

function same(a: CodeViewProps, b: CodeViewProps): boolean {
  const p = a.program, q = b.program;
  return p === q || (p.id === q.id && p.label === q.label && p.python === q.python && p.currentLine === q.currentLine && p.lastLine === q.lastLine
    && p.status === q.status && p.statusText === q.statusText && p.host === q.host && p.hostAddr === q.hostAddr
    && p.threads === q.threads && p.lines.length === q.lines.length && p.lines.every((l, i) => l === q.lines[i])
    && p.syntaxError?.line === q.syntaxError?.line && p.syntaxError?.msg === q.syntaxError?.msg);
}

export const CodeView = memo(CodeViewImpl, same);
