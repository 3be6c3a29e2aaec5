import { useId, useState } from 'react';
import { scenarioById, sectionTitle, type Scenario, type TeachingNotes } from '../../scenarios';

/** The four parts of a scenario's teaching notes, as a list of headed blocks. */
export function NotesBody({ notes, level = 3 }: { notes: TeachingNotes; level?: 3 | 4 }) {
  const H = `h${level}` as const;
  return (
    <div className="notes-grid">
      <section className="note note-watch"><H><span aria-hidden="true">◉ </span>Watch</H><p>{notes.watch}</p></section>
      <section className="note note-happens"><H><span aria-hidden="true">▶ </span>What happens</H><p>{notes.happens}</p></section>
      <section className="note note-why"><H><span aria-hidden="true">? </span>Why</H><p>{notes.why}</p></section>
      <section className="note note-try">
        <H><span aria-hidden="true">✎ </span>Try this</H>
        <ul>{notes.tryThis.map((t) => <li key={t}>{t}</li>)}</ul>
      </section>
    </div>
  );
}

/**
 * A scenario's teaching notes above the workspace that runs it: its title and summary, then
 * what to watch, what happens, why, and what to try (collapsible), with its related scenarios.
 */
export function ScenarioNotes({ scenario: s }: { scenario: Scenario }) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const related = s.related.map((id) => scenarioById(id)).filter((r): r is Scenario => !!r);
  return (
    <section className="scenario-notes" aria-label="Teaching notes" data-scenario={s.id}>
      <div className="notes-head">
        <p className="notes-kicker">Scenario · {sectionTitle(s.section)}</p>
        <h2 className="notes-title">{s.title}</h2>
        <p className="notes-summary">{s.summary}</p>
        <div className="notes-actions">
          <button type="button" className="btn small" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
            <span aria-hidden="true">{open ? '▾' : '▸'} </span>{open ? 'Hide teaching notes' : 'Show teaching notes'}
          </button>
          <a className="notes-back" href="#/scenarios">All scenarios</a>
        </div>
      </div>
      <div id={bodyId} className="notes-body" hidden={!open}>
        <NotesBody notes={s.notes} />
        {related.length > 0 && (
          <nav className="notes-related" aria-label="Related scenarios">
            <span className="notes-related-label">Related:</span>
            <ul>{related.map((r) => <li key={r.id}><a href={`#/scenario/${r.id}`}>{r.title}</a></li>)}</ul>
          </nav>
        )}
      </div>
    </section>
  );
}
