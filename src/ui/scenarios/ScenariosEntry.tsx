import { useMemo, useState, type ReactNode } from 'react';
import { scenarioById, searchScenarios, toSession, type Scenario } from '../../scenarios';
import type { ScenarioProps } from '../App';
import { ErrorBoundary, PageHeader, useTitle } from './chrome';
import { ScenarioNotes } from './ScenarioNotes';
import { ScenarioPicker } from './ScenarioPicker';
import './scenarios.css';

/** The workspace running one scenario's session, with its teaching notes above the panels. */
/** Draws the workspace (the App) for a scenario's session and notes. */
export type WorkspaceRenderer = (scenario: ScenarioProps) => ReactNode;

function ScenarioWorkspace({ scenario, workspace }: { scenario: Scenario; workspace: WorkspaceRenderer }) {
  useTitle(scenario.title);
  // A fresh copy of the session per visit; the workspace may change it (edits, added clients).
  const [session] = useState(() => toSession(scenario));
  const props = useMemo(() => ({ session, notes: <ScenarioNotes scenario={scenario} /> }), [session, scenario]);
  return workspace(props);
}

function UnknownScenario({ id }: { id: string }) {
  useTitle('Scenario not found');
  const words = id.replace(/[^a-z0-9]+/gi, ' ').trim();
  const near = words ? searchScenarios(words.split(' ')[0]).slice(0, 3) : [];
  return (
    <div className="app page-app">
      <PageHeader current="scenarios" />
      <main className="page">
        <div className="page-problem" role="alert">
          <h1>Scenario not found</h1>
          <p>There is no scenario called “<code>{id}</code>”. The link may be mistyped, or the scenario was renamed.</p>
          <p><a href="#/scenarios">Back to the scenario library</a></p>
        </div>
        {near.length > 0 && (
          <section aria-labelledby="near-title">
            <h2 id="near-title">Perhaps one of these</h2>
            <ul>{near.map((s) => <li key={s.id}><a href={`#/scenario/${s.id}`}>{s.title}</a></li>)}</ul>
          </section>
        )}
      </main>
    </div>
  );
}

/** The scenario library's lazily loaded chunk: the picker (`#/scenarios`) and a scenario (`#/scenario/<id>`). */
export default function ScenariosEntry({ route, workspace }: { route: { kind: 'scenarios' } | { kind: 'scenario'; id: string }; workspace: WorkspaceRenderer }) {
  let body;
  if (route.kind === 'scenarios') body = <ScenarioPicker />;
  else {
    const s = scenarioById(route.id);
    body = s ? <ScenarioWorkspace key={s.id} scenario={s} workspace={workspace} /> : <UnknownScenario id={route.id} />;
  }
  return <ErrorBoundary key={route.kind === 'scenario' ? route.id : ''} what="the scenario">{body}</ErrorBoundary>;
}
