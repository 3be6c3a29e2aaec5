import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { SECTIONS, searchScenarios, sectionTitle, type Scenario } from '../../scenarios';
import { hashParams } from '../routes';
import { PageHeader, useTitle } from './chrome';
import { NotesBody } from './ScenarioNotes';

function ScenarioItem({ s, showSection }: { s: Scenario; showSection: boolean }) {
  return (
    <li className="scenario-item" data-scenario={s.id}>
      <h3 className="scenario-title"><a className="scenario-link" href={`#/scenario/${s.id}`}>{s.title}</a></h3>
      {showSection && <p className="scenario-section">{sectionTitle(s.section)}</p>}
      <p className="scenario-summary">{s.summary}</p>
      <ul className="scenario-tags" aria-label="Tags">
        {s.tags.map((t) => <li key={t}>{t}</li>)}
      </ul>
      <details className="scenario-notes-mini">
        <summary>Teaching notes<span className="sr-only">: {s.title}</span></summary>
        <NotesBody notes={s.notes} level={4} />
      </details>
    </li>
  );
}

/**
 * The scenario library: a search box over titles, tags and summaries, and the scenarios grouped by
 * the lecture's sections (or ranked, while searching). Each title links to `#/scenario/<id>`.
 * ↓ in the search box goes to the first result, ↑/↓ move between results, Enter opens one.
 */
export function ScenarioPicker() {
  useTitle('Scenario library');
  const [query, setQuery] = useState(() => hashParams(window.location.hash).get('q') ?? '');
  const hits = useMemo(() => searchScenarios(query), [query]);
  const listRef = useRef<HTMLDivElement>(null);
  const searching = query.trim() !== '';

  const links = () => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a.scenario-link') ?? [])];
  const changeQuery = (q: string) => {
    setQuery(q);
    // Keep the search in the address (no new history entry), so Back from a scenario returns to it.
    try {
      history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#/scenarios${q.trim() ? `?q=${encodeURIComponent(q)}` : ''}`);
    } catch { /* an opaque origin may refuse */ }
  };
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === 'Enter' && hits.length > 0 && searching) {
      e.preventDefault();
      window.location.hash = `#/scenario/${hits[0].id}`;
    }
  };
  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    e.preventDefault();
    const next = at + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) document.getElementById('scenario-search')?.focus();
    else all[Math.min(all.length - 1, next)]?.focus();
  };

  const count = searching
    ? hits.length === 0 ? `No scenario matches “${query.trim()}”.` : `${hits.length} ${hits.length === 1 ? 'scenario matches' : 'scenarios match'} “${query.trim()}”, best first.`
    : `${hits.length} scenarios, by lecture section.`;

  return (
    <div className="app page-app">
      <PageHeader current="scenarios" />
      <main className="page picker">
        <h1>Scenario library</h1>
        <p className="lede">Classic situations from the lecture, ready to run: each opens the workspace with its programs, its network and its teaching notes. Every one is checked on the simulator and on real Linux.</p>
        <div className="picker-search" role="search">
          <label htmlFor="scenario-search">Search scenarios</label>
          <input id="scenario-search" type="search" value={query} autoComplete="off" spellCheck={false}
            placeholder="backlog, RST, select, TIME-WAIT…" aria-describedby="scenario-count scenario-keys"
            onChange={(e) => changeQuery(e.target.value)} onKeyDown={onSearchKey} />
          <p id="scenario-keys" className="picker-keys">↓ goes to the results; Enter opens the best match.</p>
        </div>
        <p id="scenario-count" className="picker-count" role="status" aria-live="polite">{count}</p>
        {searching && hits.length === 0 && (
          <p><button type="button" className="btn small" onClick={() => changeQuery('')}>Clear the search</button></p>
        )}
        <div ref={listRef} className="picker-results" onKeyDown={onListKey}>
          {searching ? (
            hits.length > 0 && (
              <section aria-labelledby="picker-matches">
                <h2 id="picker-matches">Matches</h2>
                <ul className="scenario-list" aria-label="Matching scenarios">
                  {hits.map((s) => <ScenarioItem key={s.id} s={s} showSection />)}
                </ul>
              </section>
            )
          ) : (
            SECTIONS.map((sec) => {
              const list = hits.filter((s) => s.section === sec.id);
              if (list.length === 0) return null;
              return (
                <section key={sec.id} className="picker-section" aria-labelledby={`sec-${sec.id}`}>
                  <h2 id={`sec-${sec.id}`}>{sec.title}</h2>
                  <ul className="scenario-list" aria-label={`${sec.title} scenarios`}>
                    {list.map((s) => <ScenarioItem key={s.id} s={s} showSection={false} />)}
                  </ul>
                </section>
              );
            })
          )}
        </div>
      </main>
    </div>
  );
}
