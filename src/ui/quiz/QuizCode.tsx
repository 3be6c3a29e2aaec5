import type { QuestionProgram } from '../../quiz';
import type { ProgramView } from '../../sim/types';
import { CodeLine, STATUS_WORDS, StatusBadge } from '../badges';
import { Icon } from '../Icon';

/**
 * A question's program, read-only: the line the question is about is picked out (a bar, a tint, a
 * ◆ mark and words, never colour alone), and the line the simulator is about to run carries ▶ (or
 * the blocked mark) and aria-current, following the live simulation while the reveal plays.
 */
export function QuizCode({ program: p, live }: { program: QuestionProgram; live?: ProgramView }) {
  const lines = p.source.replace(/\n$/, '').split('\n');
  const id = `qcode-${p.id}`;
  const current = live?.currentLine ?? null;
  const blocked = live?.status === 'blocked';
  return (
    <section className="panel code-panel quiz-code" role="region" aria-labelledby={id} data-program={p.id}>
      <header className="panel-head">
        <h2 id={id}>{p.label} code</h2>
        {live && <span className="host-tag">{live.host} · {live.hostAddr}</span>}
        <span className="host-tag">Python {p.python}</span>
        {live && <StatusBadge status={live.status} text={STATUS_WORDS[live.status]} />}
      </header>
      <ol className="code" aria-label={`${p.label} code, ${lines.length} lines${p.highlight ? `, line ${p.highlight} picked out` : ''}`}>
        {lines.map((text, i) => {
          const n = i + 1;
          const focus = p.highlight === n;
          const now = current === n;
          const cls = ['code-line', focus && 'focus', now && 'current', now && blocked && 'blocked'].filter(Boolean).join(' ');
          return (
            <li key={i} className={cls} aria-current={now ? 'step' : undefined}>
              <span className="line-hit"><span className="line-no">{n}</span></span>
              <span className="gutter-mark" aria-hidden="true">{now ? <Icon name={blocked ? 'blocked' : 'play'} /> : focus ? '◆' : null}</span>
              <CodeLine text={text} />
              {focus && <span className="sr-only"> (the line this question is about)</span>}
              {now && <span className="sr-only"> (next line to run{blocked ? ', blocked' : ''})</span>}
              {now && blocked && live?.statusText && <div className="line-note blocked-note"><Icon name="blocked" /> {live.statusText}</div>}
            </li>
          );
        })}
      </ol>
      {live && live.status !== 'blocked' && live.status !== 'ready' && live.statusText && (
        <p className={`program-status status-${live.status}`}>{live.statusText}</p>
      )}
    </section>
  );
}
