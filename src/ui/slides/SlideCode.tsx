import type { ProgramView } from '../../sim/types';
import { tokenize } from '../python-tokens';
import { Icon } from '../Icon';

function CodeText({ text }: { text: string }) {
  if (!text.trim()) return <code>{' '}</code>;
  return (
    <code>
      {tokenize(text).map((t, i) => (t.kind === 'plain' ? t.text : <span key={i} className={`tok-${t.kind}`}>{t.text}</span>))}
    </code>
  );
}

function ranges(lines: number[]): string {
  const s = [...new Set(lines)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(i === j ? `${s[i]}` : `${s[i]}–${s[j]}`);
    i = j;
  }
  return out.join(', ');
}

export interface SlideCodeProps {
  label: string;
  filename: string;
  lines: string[];
  highlight: number[];
  /** The live program, for the line about to run and whether it is blocked. */
  program?: ProgramView;
  /** Show only the highlighted and current lines with a little context; elide the rest. */
  compact?: boolean;
  id: string;
}

/**
 * A program listing for a slide. Highlighted lines carry a bar, a tint and bold text (never colour
 * alone); the line the simulator is about to run carries ▶ (or ⏸ when blocked) and aria-current.
 */
export function SlideCode({ label, filename, lines, highlight, program, compact, id }: SlideCodeProps) {
  const hl = new Set(highlight);
  const current = program?.currentLine ?? null;
  const blocked = program?.status === 'blocked';
  const keep = new Set<number>();
  if (compact) {
    for (const n of [...hl, ...(current ? [current] : [])]) for (let d = -1; d <= 1; d++) keep.add(n + d);
  }
  const rows: ({ kind: 'line'; n: number } | { kind: 'gap'; from: number; to: number })[] = [];
  for (let n = 1; n <= lines.length; n++) {
    if (!compact || keep.has(n)) {
      rows.push({ kind: 'line', n });
    } else {
      const last = rows[rows.length - 1];
      if (last && last.kind === 'gap') last.to = n;
      else rows.push({ kind: 'gap', from: n, to: n });
    }
  }
  const status = program ? ` ${program.label} is ${program.status === 'exited' ? 'finished' : program.status}${current ? ` at line ${current}` : ''}.` : '';
  return (
    <figure className="slide-code" aria-labelledby={`${id}-cap`} data-program={program?.id}>
      <figcaption id={`${id}-cap`}>
        <span className="slide-code-label">{label}</span> <span className="slide-code-file">{filename}</span>
        {program && (
          <span className={`slide-code-status status-${program.status}`}>
            <Icon name={program.status === 'blocked' ? 'blocked' : program.status === 'ready' ? 'play' : program.status === 'crashed' ? 'cross' : 'stop'} />{' '}
            {program.status === 'blocked' ? 'blocked' : program.status === 'exited' ? 'finished' : program.status === 'crashed' ? 'crashed' : program.status}
          </span>
        )}
        <span className="sr-only">. Lines {ranges(highlight)} highlighted.{status}</span>
      </figcaption>
      <ol className="slide-code-lines">
        {rows.map((r) =>
          r.kind === 'gap' ? (
            <li key={`gap${r.from}`} className="code-gap" aria-label={`lines ${r.from}–${r.to} not shown`}>
              <span className="line-no" aria-hidden="true">⋮</span>
            </li>
          ) : (
            <li
              key={r.n}
              value={r.n}
              className={['code-row', hl.has(r.n) && 'hl', current === r.n && 'current', current === r.n && blocked && 'blocked'].filter(Boolean).join(' ')}
              aria-current={current === r.n ? 'step' : undefined}
              data-line={r.n}
            >
              <span className="line-no" aria-hidden="true">{r.n}</span>
              <span className="mark" aria-hidden="true">{current === r.n ? <Icon name={blocked ? 'blocked' : 'play'} /> : null}</span>
              <CodeText text={lines[r.n - 1]} />
              {hl.has(r.n) && <span className="sr-only"> (highlighted)</span>}
              {current === r.n && <span className="sr-only">{blocked ? ' (blocked here)' : ' (next line to run)'}</span>}
              {current === r.n && blocked && program?.statusText && <span className="blocked-why">{program.statusText}</span>}
            </li>
          ),
        )}
      </ol>
    </figure>
  );
}
