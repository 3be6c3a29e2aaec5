import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { App } from './App';

/**
 * A hash router in front of the workspace:
 * - `#/slides/N`    the lecture deck at slide N (1-based),
 * - `#/presenter/N` the presenter view (speaker notes, next slide, timer),
 * - `#/handout`     every slide with its notes, one per printed page,
 * - anything else   the workspace, exactly as before.
 * The deck lives in its own lazily loaded chunk, so the workspace's first load does not grow.
 */
export type Route =
  | { kind: 'slides'; n: number }
  | { kind: 'presenter'; n: number }
  | { kind: 'handout' }
  | { kind: 'app' };

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const m = /^\/(slides|presenter)(?:\/(\d+))?\/?$/.exec(h);
  if (m) return { kind: m[1] as 'slides' | 'presenter', n: m[2] ? Math.max(1, Number(m[2])) : 1 };
  if (/^\/handout\/?$/.test(h)) return { kind: 'handout' };
  return { kind: 'app' };
}

const SlidesEntry = lazy(() => import('./slides/SlidesEntry'));

export function Root(props: ComponentProps<typeof App>) {
  // `nonce` changes on every hashchange, so typing the same slide number again still re-syncs the deck.
  const [loc, setLoc] = useState(() => ({ hash: window.location.hash, nonce: 0 }));
  useEffect(() => {
    const onHash = () => setLoc((l) => ({ hash: window.location.hash, nonce: l.nonce + 1 }));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const route = parseRoute(loc.hash);
  if (route.kind === 'app') return <App {...props} />;
  return (
    <Suspense fallback={<p className="deck-loading" role="status">Loading the slides…</p>}>
      <SlidesEntry route={route} nonce={loc.nonce} instant={!!props.options?.instant} />
    </Suspense>
  );
}
