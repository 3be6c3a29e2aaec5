import { useCallback, useEffect, useState } from 'react';
import { DECK, sectionOf, sessionSpec, type Slide } from '../../slides';
import { SlideCode } from './SlideCode';
import { Icon } from '../Icon';
import { useDeckKeys } from './keys';
import { useDeckSync } from './sync';
import { clampIndex, useStoredTheme } from './settings';

function fmt(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Elapsed time since the presenter view opened, with pause and reset. */
function Timer() {
  const [started, setStarted] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  const elapsed = (pausedAt ?? now) - started;
  return (
    <div className="timer" role="group" aria-label="Timer">
      <span className="timer-value" data-testid="timer" aria-label={`Elapsed ${fmt(elapsed)}`}>{fmt(elapsed)}</span>
      <button type="button" className="btn small" onClick={() => {
        if (pausedAt === null) setPausedAt(Date.now());
        else {
          setStarted((s) => s + (Date.now() - pausedAt));
          setPausedAt(null);
        }
      }}>{pausedAt === null ? 'Pause timer' : 'Resume timer'}</button>
      <button type="button" className="btn small" onClick={() => { setStarted(Date.now()); setPausedAt(pausedAt === null ? null : Date.now()); }}>Reset timer</button>
      <span className="clock" aria-label="Time of day">{new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
    </div>
  );
}

function CodePreview({ slide }: { slide: Slide }) {
  const spec = sessionSpec(slide.preset.session);
  return (
    <>
      {slide.code.map((c) => {
        const p = spec?.programs.find((q) => q.id === c.program);
        if (!p) return null;
        return (
          <SlideCode key={c.program} id={`presenter-${slide.id}-${c.program}`} label={p.label} filename={p.filename}
            lines={p.source.replace(/\n$/, '').split('\n')} highlight={c.highlight} compact />
        );
      })}
    </>
  );
}

/**
 * The presenter's window (P): speaker notes, the next slide and a timer. Moving here moves the
 * audience window, and moving there moves this one (BroadcastChannel); Space plays on the big screen.
 */
export function PresenterView({ start, nonce }: { start: number; nonce: number }) {
  const total = DECK.length;
  const [index, setIndex] = useState(() => clampIndex(start - 1, total));
  const [played, setPlayed] = useState(0);
  useStoredTheme();
  // Follow the address bar (a typed or pasted link): adjust during render, not in an effect.
  const [from, setFrom] = useState(`${start}:${nonce}`);
  if (from !== `${start}:${nonce}`) {
    setFrom(`${start}:${nonce}`);
    setIndex(clampIndex(start - 1, total));
  }
  useEffect(() => {
    const want = `#/presenter/${index + 1}`;
    if (window.location.hash !== want) window.history.replaceState(null, '', want);
    document.title = `Presenter · ${index + 1}/${total} · Socket Lab`;
  }, [index, total]);

  const sync = useDeckSync('presenter', index, (i) => setIndex(clampIndex(i, total)), () => setPlayed((n) => n + 1));
  const go = useCallback((i: number) => {
    const to = clampIndex(i, total);
    setIndex(to);
    sync.moved(to);
  }, [sync, total]);
  const play = () => {
    sync.played(index);
    setPlayed((n) => n + 1);
  };
  useDeckKeys({ next: () => go(index + 1), prev: () => go(index - 1), first: () => go(0), last: () => go(total - 1), play });

  const slide = DECK[index];
  const next = DECK[index + 1];
  return (
    <div className="presenter">
      <header className="presenter-bar">
        <h1 className="deck-name">Presenter view</h1>
        <p className="deck-counter" role="status" aria-live="polite" aria-atomic="true" data-testid="presenter-counter">
          Slide {index + 1} of {total}
        </p>
        <nav className="deck-nav" aria-label="Slides">
          <button type="button" className="btn" onClick={() => go(index - 1)} disabled={index === 0}><span aria-hidden="true">← </span>Previous</button>
          <button type="button" className="btn primary" onClick={() => go(index + 1)} disabled={index === total - 1}>Next<span aria-hidden="true"> →</span></button>
          <button type="button" className="btn" onClick={play} disabled={!slide.play}>
            <Icon name="play" /> Play on screen
          </button>
        </nav>
        <Timer />
      </header>
      <main className="presenter-main">
        <article className="presenter-current" aria-labelledby="presenter-now">
          <p className="slide-kicker">Now · {sectionOf(slide.section).title}</p>
          <h2 id="presenter-now" data-testid="presenter-title">{slide.title}</h2>
          <ul className="slide-bullets">{slide.bullets.map((b) => <li key={b}>{b}</li>)}</ul>
          <CodePreview slide={slide} />
          {slide.play && <p className="presenter-play">Space plays: <strong>{slide.play.label}</strong>{played ? ` (sent ${played}×)` : ''}</p>}
        </article>
        <section className="presenter-notes" aria-labelledby="notes-title">
          <h2 id="notes-title">Speaker notes</h2>
          <dl>
            <dt>Say</dt><dd>{slide.notes.say}</dd>
            <dt>Point at</dt><dd>{slide.notes.point}</dd>
            <dt>Ask the class</dt><dd>{slide.notes.ask}</dd>
          </dl>
        </section>
        <aside className="presenter-next" aria-labelledby="next-title">
          <h2 id="next-title">Next</h2>
          {next ? (
            <>
              <p className="slide-kicker">{index + 2}/{total} · {sectionOf(next.section).title}</p>
              <h3 data-testid="presenter-next">{next.title}</h3>
              <ul className="slide-bullets">{next.bullets.map((b) => <li key={b}>{b}</li>)}</ul>
            </>
          ) : <p>This is the last slide.</p>}
        </aside>
      </main>
    </div>
  );
}
