/**
 * Page chrome shared by the scenario library and the quiz: the header (brand, links to the
 * workspace, scenarios and quiz, the theme), and an error boundary that turns a crash into a
 * message with a way back instead of a blank page.
 */
import { Component, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { ModeLinks } from '../ModeLinks';
import { ThemePicker } from '../Controls';
import './chrome.css';

export function PageHeader({ current }: { current: 'scenarios' | 'quiz' }) {
  return (
    <header className="app-header page-header">
      <div className="brand">
        <p className="brand-name"><a href="#/">Socket Lab</a></p>
        <p className="tagline">See what a socket program, and the kernel underneath it, really do.</p>
      </div>
      <ModeLinks current={current} />
      <ThemePicker />
    </header>
  );
}

/** Sets the document's title while mounted. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Socket Lab`;
  }, [title]);
}

interface BoundaryProps {
  /** What could not be shown, e.g. "the quiz". */
  what: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what}:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="page-problem" role="alert">
        <h1>Something went wrong</h1>
        <p>{this.props.what[0].toUpperCase() + this.props.what.slice(1)} could not be shown: {error.message}</p>
        <p className="page-problem-links">
          <a href="#/">Back to the workspace</a>
          <button type="button" className="btn small" onClick={() => this.setState({ error: null })}>Try again</button>
        </p>
      </main>
    );
  }
}
