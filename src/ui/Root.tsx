import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { App } from './App';
import { hashParams, parseRoute } from './routes';

/**
 * The hash router in front of the workspace (routes: see ./routes.ts). The deck, the scenarios and
 * the quiz live in their own lazily loaded chunks, so the workspace's first load does not grow.
 */
export { parseRoute, hashParams, type Route, type DeckRoute } from './routes';

const SlidesEntry = lazy(() => import('./slides/SlidesEntry'));
const ScenariosEntry = lazy(() => import('./scenarios/ScenariosEntry'));
const QuizEntry = lazy(() => import('./quiz/QuizEntry'));

function Loading({ what }: { what: string }) {
  return <p className="deck-loading route-loading" role="status" aria-busy="true">Loading the {what}…</p>;
}

export function Root(props: ComponentProps<typeof App>) {
  // `nonce` changes on every hashchange, so typing the same slide number again still re-syncs the deck.
  const [loc, setLoc] = useState(() => ({ hash: window.location.hash, nonce: 0 }));
  useEffect(() => {
    const onHash = () => setLoc((l) => ({ hash: window.location.hash, nonce: l.nonce + 1 }));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const route = parseRoute(loc.hash);
  // The deck, a scenario and the quiz name the page; back in the workspace it is Socket Lab again.
  useEffect(() => {
    if (route.kind === 'app') document.title = 'Socket Lab';
  }, [route.kind]);
  const instant = !!props.options?.instant || hashParams(loc.hash).get('speed') === 'instant';
  if (route.kind === 'app') return <App {...props} />;
  if (route.kind === 'scenarios' || route.kind === 'scenario') {
    return (
      <Suspense fallback={<Loading what="scenarios" />}>
        {/* The workspace is handed in, so the scenarios' chunk does not import the app's entry modules. */}
        <ScenariosEntry route={route} workspace={(scenario) => <App options={{ ...props.options, instant }} scenario={scenario} />} />
      </Suspense>
    );
  }
  if (route.kind === 'quiz' || route.kind === 'question') {
    return (
      <Suspense fallback={<Loading what="quiz" />}>
        <QuizEntry route={route} nonce={loc.nonce} instant={instant} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading what="slides" />}>
      <SlidesEntry route={route} nonce={loc.nonce} instant={instant} />
    </Suspense>
  );
}
