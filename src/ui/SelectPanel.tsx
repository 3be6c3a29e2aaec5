import { memo } from 'react';
import type { SelectFdView, SelectView } from '../sim/types';
import { useProgramLabels, useViewPart } from './context';
import { Icon } from './Icon';

function FdList({ name, fds }: { name: string; fds: SelectFdView[] }) {
  return (
    <div className="select-list">
      <h4>{name} <span className="count">({fds.length} fd{fds.length === 1 ? '' : 's'})</span></h4>
      {fds.length === 0 ? <p className="empty">empty</p> : (
        <ul>
          {fds.map((f) => (
            <li key={f.fd} className={f.ready ? 'ready' : 'not-ready'}>
              <span className="ready-mark" aria-hidden="true">{f.ready ? <Icon name="check" /> : '·'}</span>
              <span className="fd">fd {f.fd}</span>
              {f.label && f.label !== `fd ${f.fd}` && <code className="fd-label">{f.label}</code>}
              <span className="ready-word">{f.ready ? 'ready' : 'not ready'}</span>
              <span className="why">{f.why}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const OneSelect = memo(function OneSelect({ sel, label }: { sel: SelectView; label: string }) {
  const ready = [...sel.rlist, ...sel.wlist, ...sel.xlist].filter((f) => f.ready).length;
  return (
    <section className={`select-call phase-${sel.phase}`} aria-labelledby={`sel-${sel.programId}`}>
      <h3 id={`sel-${sel.programId}`}>
        {label}: {sel.phase === 'waiting' ? <><Icon name="blocked" /> waiting in select()</> : <><Icon name="check" /> select() returned</>}
      </h3>
      <p className="select-summary">
        {sel.phase === 'waiting'
          ? `No fd is ready${sel.timeout === null ? '; no timeout, so it waits as long as it takes.' : `; it gives up after ${sel.timeout} ms.`}`
          : `${ready} fd${ready === 1 ? ' is' : 's are'} ready.`}
      </p>
      <div className="select-lists">
        <FdList name="rlist (read)" fds={sel.rlist} />
        <FdList name="wlist (write)" fds={sel.wlist} />
        <FdList name="xlist (except)" fds={sel.xlist} />
      </div>
      {sel.result !== null && (
        <p className="select-result"><span className="label">returns</span> <code>{sel.result}</code></p>
      )}
    </section>
  );
});

export function SelectPanel() {
  const select = useViewPart((v) => v.select);
  const labels = useProgramLabels();
  return (
    <section className="panel select-panel" role="region" aria-labelledby="select-title">
      <header className="panel-head"><h2 id="select-title">select()</h2></header>
      <div className="panel-body" tabIndex={0} role="group" aria-label="select() calls (scrolls)">
        {select.length === 0 ? (
          <p className="empty">No program is waiting in select() or has just returned from it.</p>
        ) : select.map((s) => (
          <OneSelect key={s.programId} sel={s} label={labels.get(s.programId) ?? s.programId} />
        ))}
      </div>
    </section>
  );
}
