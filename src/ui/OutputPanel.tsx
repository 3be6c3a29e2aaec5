import { memo } from 'react';
import type { ProgramView } from '../sim/types';
import { useViewPart } from './context';

const MAX_LINES = 300;

function Stream({ text, stream, label }: { text: string; stream: 'stdout' | 'stderr'; label: string }) {
  if (!text) return null;
  const all = text.replace(/\n$/, '').split('\n');
  const from = Math.max(0, all.length - MAX_LINES);
  const blank = all.filter((l) => l === '').length;
  return (
    <div className={`stream stream-${stream}`}>
      <p className="stream-head">
        {stream}: {all.length} line{all.length === 1 ? '' : 's'}{blank ? `, ${blank} blank` : ''}
        {from > 0 && ` (showing the last ${MAX_LINES})`}
      </p>
      <ol className="output-lines" start={from + 1} aria-label={`${label} ${stream}`}>
        {all.slice(from).map((l, i) => (
          <li key={from + i} className={l === '' ? 'blank' : undefined}>
            {l === '' ? <span className="blank-mark">↵ <span className="sr-only">blank line</span></span> : <samp>{l}</samp>}
          </li>
        ))}
      </ol>
    </div>
  );
}

const ProgramOutput = memo(function ProgramOutput({ program: p }: { program: ProgramView }) {
  return (
    <section className="output-program" aria-labelledby={`out-${p.id}`}>
      <h3 id={`out-${p.id}`}>{p.label}</h3>
      {!p.stdout && !p.stderr && <p className="empty">No output yet.</p>}
      <Stream text={p.stdout} stream="stdout" label={p.label} />
      <Stream text={p.stderr} stream="stderr" label={p.label} />
    </section>
  );
}, (a, b) => a.program.stdout === b.program.stdout && a.program.stderr === b.program.stderr && a.program.label === b.program.label);

/** One program's output, subscribed to that program alone. */
function OutputById({ id }: { id: string }) {
  const program = useViewPart((v) => v.programs.find((p) => p.id === id));
  return program ? <ProgramOutput program={program} /> : null;
}

export function OutputPanel() {
  // The programs that have printed something (or the first two, before anything is printed).
  const key = useViewPart((v) => {
    const withOutput = v.programs.filter((p) => p.stdout || p.stderr);
    return (withOutput.length ? withOutput : v.programs.slice(0, 2)).map((p) => p.id).join('\n');
  });
  const shown = key ? key.split('\n') : [];
  return (
    <section className="panel output-panel" role="region" aria-labelledby="output-title">
      <header className="panel-head"><h2 id="output-title">Output</h2></header>
      <div className="panel-body" tabIndex={0} role="group" aria-label="Output by program (scrolls)">
        {shown.map((id) => <OutputById key={id} id={id} />)}
      </div>
    </section>
  );
}
