import { useCallback, useEffect, useState } from 'react';
import { DECK, sectionOf } from '../../slides';
import { SlideView } from './SlideView';
import { Overview } from './Overview';
import { toggleFullscreen, useDeckKeys } from './keys';
import { useDeckSync } from './sync';
import { clampIndex, useProjection, useReducedMotion, useStoredTheme } from './settings';

export function presenterUrl(n: number): string {
  return `${window.location.pathname}${window.location.search}#/presenter/${n}`;
}

/** The audience window: one live slide at a time, driven by the keyboard, a clicker or the presenter. */
export function SlidesApp({ start, nonce, instant }: { start: number; nonce: number; instant: boolean }) {
  const total = DECK.length;
  const [index, setIndex] = useState(() => clampIndex(start - 1, total));
  // 0 when the overview is closed; each request to open it is a new number, so a request made
  // while a just-closed dialog's close event is still queued (state not yet false) still opens it.
  const [overview, setOverview] = useState(0);
  const openOverview = () => setOverview((n) => n + 1);
  const [projection, setProjection] = useProjection();
  const [fullscreen, setFullscreen] = useState(false);
  const [playSignal, setPlaySignal] = useState(0);
  const reduced = useReducedMotion();
  useStoredTheme();

  // Follow the address bar (a typed or pasted link): adjust during render, not in an effect.
  const [from, setFrom] = useState(`${start}:${nonce}`);
  if (from !== `${start}:${nonce}`) {
    setFrom(`${start}:${nonce}`);
    setIndex(clampIndex(start - 1, total));
  }
  // Keep the address in step, so a reload or a shared link lands on the same slide.
  useEffect(() => {
    const want = `#/slides/${index + 1}`;
    if (window.location.hash !== want) window.history.replaceState(null, '', want);
    document.title = `${index + 1}/${total} · ${DECK[index].title} · Socket Lab`;
  }, [index, total]);
  useEffect(() => {
    const on = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', on);
    return () => document.removeEventListener('fullscreenchange', on);
  }, []);

  const sync = useDeckSync('audience', index, (i) => setIndex(clampIndex(i, total)), () => setPlaySignal((n) => n + 1));
  const go = useCallback(
    (i: number) => {
      const to = clampIndex(i, total);
      setIndex(to);
      sync.moved(to);
    },
    [sync, total],
  );
  const play = () => {
    setPlaySignal((n) => n + 1);
    sync.played(index);
  };
  const openPresenter = () => {
    window.open(presenterUrl(index + 1), 'socket-lab-presenter', 'popup,width=1200,height=800');
  };

  useDeckKeys({
    next: () => go(index + 1),
    prev: () => go(index - 1),
    first: () => go(0),
    last: () => go(total - 1),
    play,
    fullscreen: () => void toggleFullscreen(),
    overview: openOverview,
    presenter: openPresenter,
    projection: () => setProjection(!projection),
  });

  const slide = DECK[index];
  return (
    <div className={`deck${projection ? ' projection' : ''}`} data-projection={projection ? 'true' : 'false'}>
      <header className="deck-bar">
        <h1 className="deck-name"><a href="#/">Socket Lab</a> <span className="deck-sub">Socket programming, the lecture</span></h1>
        <p className="deck-counter" role="status" aria-live="polite" aria-atomic="true" data-testid="slide-counter">
          Slide {index + 1} of {total}<span className="sr-only">: {slide.title} ({sectionOf(slide.section).title})</span>
        </p>
        <nav className="deck-nav" aria-label="Slides">
          <button type="button" className="btn" onClick={() => go(index - 1)} disabled={index === 0} aria-keyshortcuts="ArrowLeft PageUp">
            <span aria-hidden="true">← </span>Previous
          </button>
          <button type="button" className="btn primary" onClick={() => go(index + 1)} disabled={index === total - 1} aria-keyshortcuts="ArrowRight PageDown">
            Next<span aria-hidden="true"> →</span>
          </button>
          <button type="button" className="btn" onClick={openOverview} aria-keyshortcuts="O" aria-haspopup="dialog">Overview</button>
          <button type="button" className="btn" onClick={openPresenter} aria-keyshortcuts="P">Presenter view</button>
          <button type="button" className="btn" aria-pressed={projection} onClick={() => setProjection(!projection)} aria-keyshortcuts="C">
            Projection mode
          </button>
          <button type="button" className="btn" aria-pressed={fullscreen} onClick={() => void toggleFullscreen()} aria-keyshortcuts="F">Fullscreen</button>
          <a className="btn" href="#/handout">Handout</a>
        </nav>
      </header>
      <main className="deck-main">
        <SlideView key={slide.id} slide={slide} index={index} total={total} projection={projection} instant={instant} reduced={reduced} playSignal={playSignal} />
      </main>
      <footer className="deck-keys" aria-label="Keyboard shortcuts">
        <kbd>→</kbd>/<kbd>←</kbd> or <kbd>PgDn</kbd>/<kbd>PgUp</kbd> move · <kbd>Space</kbd> plays · <kbd>Home</kbd>/<kbd>End</kbd> · <kbd>F</kbd> fullscreen ·{' '}
        <kbd>O</kbd> overview · <kbd>P</kbd> presenter · <kbd>C</kbd> projection mode
      </footer>
      <Overview open={overview} index={index} onClose={() => setOverview(0)} onPick={(i) => { setOverview(0); go(i); }} />
    </div>
  );
}
