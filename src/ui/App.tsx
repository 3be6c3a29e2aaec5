import { LECTURE_CLIENT, LECTURE_SERVER } from '../scenarios/lecture';
import { CodeView } from './CodeView';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Socket Lab</h1>
        <p className="tagline">See what a socket program, and the kernel underneath it, really do.</p>
      </header>
      <main className="workspace">
        <CodeView title="Server code" source={LECTURE_SERVER} />
        <CodeView title="Client code" source={LECTURE_CLIENT} />
      </main>
    </div>
  );
}
