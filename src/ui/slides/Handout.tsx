import { useEffect, useState } from 'react';
import { DECK, SECTIONS, sectionOf } from '../../slides';
import { selectView } from '../../store';
import type { SimView } from '../../sim/types';
import { SlideCode } from './SlideCode';
import { Snapshot } from './Snapshot';
import { buildSlideSim, specFor } from './useSlideSim';

/**
 * The printable handout: every slide in order with its code, what the simulator shows at that
 * point, and the speaker notes. On paper each slide takes one page (see the print rules in slides.css).
 */
export function Handout() {
  // For each slide: the view at its preset, and after its animation.
  const [views, setViews] = useState<({ at: SimView; after: SimView } | null)[]>(() => DECK.map(() => null));
  const ready = views.every((v) => v !== null);
  useEffect(() => {
    document.title = 'Handout · Socket programming · Socket Lab';
    let i = 0;
    let cancelled = false;
    // Resolve one slide per task, so the page stays responsive while the simulator runs.
    const next = () => {
      if (cancelled || i >= DECK.length) return;
      const at = i++;
      const { store, res } = buildSlideSim(DECK[at]);
      const first = selectView(store.getState());
      store.getState().scrubbed(res.end);
      const v = { at: first, after: selectView(store.getState()) };
      setViews((vs) => vs.map((x, j) => (j === at ? v : x)));
      setTimeout(next, 0);
    };
    next();
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <div className="handout" data-ready={ready ? 'true' : 'false'}>
      <div className="handout-toolbar">
        <a className="btn" href="#/slides/1">Back to the slides</a>
        <button type="button" className="btn primary" onClick={() => window.print()} disabled={!ready}>Print</button>
        <p role="status">{ready ? `${DECK.length} slides, one per printed page.` : `Preparing ${views.filter(Boolean).length}/${DECK.length}…`}</p>
      </div>
      <main>
        {DECK.map((s, i) => {
          const spec = specFor(s);
          const v = views[i];
          return (
            <article key={s.id} className="handout-slide" aria-labelledby={`h-${s.id}`} data-slide={i + 1}>
              {i === 0 && (
                <header className="handout-head">
                  <h1>Socket programming: handout</h1>
                  <p>{DECK.length} slides in {SECTIONS.length} sections. Each page shows a slide, the simulator at that point, and the notes.</p>
                </header>
              )}
              <p className="slide-kicker">Slide {i + 1} of {DECK.length} · {sectionOf(s.section).title}</p>
              <h2 id={`h-${s.id}`}>{s.title}</h2>
              <ul className="slide-bullets">{s.bullets.map((b) => <li key={b}>{b}</li>)}</ul>
              <div className="handout-body">
                <div className="handout-code">
                  {s.code.map((c) => {
                    const p = spec.programs.find((q) => q.id === c.program);
                    return p ? (
                      <SlideCode key={c.program} id={`h-${s.id}-${c.program}`} label={p.label} filename={p.filename}
                        lines={p.source.replace(/\n$/, '').split('\n')} highlight={c.highlight} program={v?.at.programs.find((q) => q.id === c.program)} />
                    ) : null;
                  })}
                </div>
                <section className="handout-sim" aria-label="In the simulator">
                  <h3>In the simulator{s.play ? <>, after “{s.play.label}”</> : ''}</h3>
                  {v ? <Snapshot view={v.after} /> : <p>Preparing…</p>}
                </section>
              </div>
              <section className="handout-notes" aria-label="Notes">
                <h3>Notes</h3>
                <p><strong>Say:</strong> {s.notes.say}</p>
                <p><strong>Look at:</strong> {s.notes.point}</p>
                <p><strong>Question:</strong> {s.notes.ask}</p>
              </section>
            </article>
          );
        })}
      </main>
    </div>
  );
}
