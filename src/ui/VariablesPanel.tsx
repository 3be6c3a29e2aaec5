import { memo } from 'react';
import type { ProgramView } from '../sim/types';
import { useProgramIds, useViewPart } from './context';

/** Hide module objects by default: they never change and crowd the names the lecture talks about. */
const isModule = (repr: string) => repr.startsWith('<module ');

const ProgramVars = memo(function ProgramVars({ program: p }: { program: ProgramView }) {
  return (
    <section className="vars-program" aria-labelledby={`vars-${p.id}`}>
      <h3 id={`vars-${p.id}`}>{p.label}</h3>
      {p.frames.length === 0 && <p className="empty">No variables yet.</p>}
      {p.frames.map((f, fi) => {
        const vars = f.vars.filter((v) => !isModule(v.repr));
        const modules = f.vars.length - vars.length;
        return (
          <div key={fi} className="frame">
            {p.frames.length > 1 && <h4 className="frame-name">{f.name}</h4>}
            {vars.length === 0 ? (
              <p className="empty">{modules ? `${modules} imported module${modules > 1 ? 's' : ''}` : 'No variables yet.'}</p>
            ) : (
              <table className="vars-table">
                <caption className="sr-only">{p.label} variables in {f.name}</caption>
                <tbody>
                  {vars.map((v) => (
                    <tr key={`${v.name}\u0000${v.repr}`} className={v.changed ? 'changed' : undefined}>
                      <th scope="row">
                        <span className="changed-mark" aria-hidden="true">{v.changed ? '●' : ''}</span>
                        {v.name}
                      </th>
                      <td>
                        <code>{v.repr}</code>
                        {v.changed && <span className="sr-only"> (changed in this step)</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {vars.length > 0 && modules > 0 && <p className="modules-note">+ {modules} imported module{modules > 1 ? 's' : ''}</p>}
          </div>
        );
      })}
    </section>
  );
}, (a, b) => a.program.id === b.program.id && a.program.label === b.program.label && a.program.frames === b.program.frames);

/** One program's variables, subscribed to that program alone. */
function VarsById({ id }: { id: string }) {
  const program = useViewPart((v) => v.programs.find((p) => p.id === id));
  return program ? <ProgramVars program={program} /> : null;
}

export function VariablesPanel() {
  const ids = useProgramIds();
  return (
    <section className="panel vars-panel" role="region" aria-labelledby="vars-title">
      <header className="panel-head"><h2 id="vars-title">Variables</h2></header>
      <div className="panel-body" tabIndex={0} role="group" aria-label="Variables by program (scrolls)">
        {ids.map((id) => <VarsById key={id} id={id} />)}
      </div>
    </section>
  );
}
