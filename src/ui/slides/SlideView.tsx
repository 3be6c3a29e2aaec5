import { useEffect, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { selectView } from '../../store';
import { sectionOf, type PanelId, type Slide } from '../../slides';
import { MotionSettingsContext, WorkspaceContext, type MotionSettings } from '../context';
import { KernelPanel } from '../KernelPanel';
import { NetworkPanel } from '../NetworkPanel';
import { SequencePanel } from '../SequencePanel';
import { SelectPanel } from '../SelectPanel';
import { OutputPanel } from '../OutputPanel';
import { VariablesPanel } from '../VariablesPanel';
import { Narration } from '../Controls';
import { SlideCode } from './SlideCode';
import { Icon } from '../Icon';
import { SocketTable } from './Snapshot';
import { specFor, useSlideSim, type SlideSim } from './useSlideSim';

const PANELS: Record<PanelId, () => ReactNode> = {
  kernel: () => <KernelPanel />,
  network: () => <NetworkPanel />,
  sequence: () => <SequencePanel />,
  select: () => <SelectPanel />,
  output: () => <OutputPanel />,
  variables: () => <VariablesPanel />,
};

const PANEL_NAMES: Record<PanelId, string> = {
  kernel: 'Kernel', network: 'Network', sequence: 'Sequence diagram', select: 'select()', output: 'Output', variables: 'Variables',
};

/** The slide's code listings, following the live simulation. */
function SlideCodes({ slide, sim, compact, only, area = 'code' }: { slide: Slide; sim: SlideSim; compact: boolean; only?: number; area?: string }) {
  const view = useStore(sim.store, selectView);
  const spec = specFor(slide);
  const refs = only === undefined ? slide.code : [slide.code[only]];
  const box = useRef<HTMLDivElement>(null);
  // Bring the slide's highlighted lines into view when the listing is taller than its box.
  useEffect(() => {
    const el = box.current;
    const first = el?.querySelector<HTMLElement>('.code-row.hl');
    if (!el || !first || el.scrollHeight <= el.clientHeight) return;
    const top = first.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    el.scrollTop = Math.max(0, top - el.clientHeight / 4);
  }, [slide.id, compact]);
  return (
    <div ref={box} className={`slide-codes n${refs.length} area-${area}`} tabIndex={0} role="group" aria-label={only === undefined ? 'Code' : `${refs[0].program} code`}>
      {refs.map((c) => {
        const p = spec.programs.find((q) => q.id === c.program);
        const live = view.programs.find((q) => q.id === c.program);
        const lines = p ? p.source.replace(/\n$/, '').split('\n') : (live?.lines ?? []);
        return (
          <SlideCode key={c.program} id={`${slide.id}-${c.program}`} label={p?.label ?? c.program} filename={p?.filename ?? ''}
            lines={lines} highlight={c.highlight} program={live} compact={compact} />
        );
      })}
    </div>
  );
}

/** A live one-line-per-socket summary of the hosts a slide is about (e.g. the client's ephemeral port). */
function Spotlight({ slide, sim }: { slide: Slide; sim: SlideSim }) {
  const view = useStore(sim.store, selectView);
  if (!slide.spotlight?.length) return null;
  const hosts = view.hosts.filter((h) => slide.spotlight!.includes(h.name));
  return (
    <div className="spotlight" data-testid="spotlight">
      <SocketTable hosts={hosts} caption={`Spotlight: ${slide.spotlight.join(' and ')}`} />
    </div>
  );
}

function PlayBar({ slide, sim }: { slide: Slide; sim: SlideSim }) {
  const steps = sim.res.end - sim.res.step;
  const progress = Math.max(0, Math.min(steps, sim.step - sim.res.step));
  return (
    <div className="play-bar" role="group" aria-label="Play this slide">
      {slide.play ? (
        <button type="button" className="btn primary play-btn" onClick={() => (sim.playing ? sim.pause() : sim.play())} aria-keyshortcuts="Space">
          <Icon name={sim.playing ? 'pause' : sim.done ? 'reset' : 'play'} />{' '}
          {sim.playing ? 'Pause' : sim.done ? `Replay: ${slide.play.label}` : slide.play.label}
        </button>
      ) : null}
      <button type="button" className="btn small" onClick={sim.stepBackOnce} disabled={sim.step === 0}>
        <Icon name="back" /> Back a step
      </button>
      <button type="button" className="btn small" onClick={sim.stepOnce}>
        <Icon name="step" /> Step
      </button>
      <button type="button" className="btn small" onClick={sim.rewind} disabled={sim.step === sim.res.step}>
        <Icon name="reset" /> Slide start
      </button>
      {slide.play && (
        <span className="play-progress" data-testid="play-progress" data-step={sim.step} data-end={sim.res.end} data-done={sim.done ? 'true' : 'false'}>
          <span className="sr-only">Animation </span>
          {progress}/{steps} steps
        </span>
      )}
      {!sim.res.matched && <span className="preset-problem" role="note">Preset not reached: {sim.res.problem}</span>}
    </div>
  );
}

export interface SlideViewProps {
  slide: Slide;
  index: number;
  total: number;
  projection: boolean;
  instant: boolean;
  reduced: boolean;
  /** Increments each time this slide should play (Space, or the presenter's window). */
  playSignal: number;
}

/** One live slide: headline, bullets, code with the lines it explains, and the simulator at that point. */
export function SlideView({ slide, index, total, projection, instant, reduced, playSignal }: SlideViewProps) {
  const sim = useSlideSim(slide, instant);
  const seen = useRef(playSignal);
  const play = sim.play;
  useEffect(() => {
    if (playSignal !== seen.current) {
      seen.current = playSignal;
      play();
    }
  }, [playSignal, play]);
  const motion: MotionSettings = { instant, reduced };
  const section = sectionOf(slide.section);
  const sideBySide = slide.layout === 'side-by-side' && slide.code.length === 2;
  return (
    <article className={`slide${sideBySide ? ' side-by-side' : ''}`} id={`slide-${slide.id}`} aria-roledescription="slide" aria-labelledby={`title-${slide.id}`}
      data-slide={index + 1} data-slide-id={slide.id}>
      <div className="slide-text">
        <p className="slide-kicker"><span className="slide-section">{section.title}</span> <span className="slide-of" aria-hidden="true">· {index + 1}/{total}</span></p>
        <h2 id={`title-${slide.id}`} className="slide-title">{slide.title}</h2>
        <ul className="slide-bullets">
          {slide.bullets.map((b) => <li key={b}>{b}</li>)}
        </ul>
      </div>
      <WorkspaceContext.Provider value={sim.store}>
        <MotionSettingsContext.Provider value={motion}>
          {sideBySide ? (
            <>
              <SlideCodes slide={slide} sim={sim} compact={projection} only={0} area="code" />
              <SlideCodes slide={slide} sim={sim} compact={projection} only={1} area="code2" />
            </>
          ) : (
            <SlideCodes slide={slide} sim={sim} compact={projection || slide.code.length > 1} />
          )}
          <section className={`slide-stage panels-${slide.panels.length}${slide.panels.some((p) => p === 'network' || p === 'sequence') ? ' wide' : ''}`} aria-label="Simulator">
            <PlayBar slide={slide} sim={sim} />
            <Spotlight slide={slide} sim={sim} />
            <div className="stage-panels">
              {slide.panels.map((p) => (
                // The wrapper scrolls when a panel is taller than its share of the screen, so it takes focus (arrow keys scroll it).
                <div key={p} className={`stage-panel stage-${p}`} tabIndex={0} role="group" aria-label={`${PANEL_NAMES[p]} (scrollable)`}>
                  {PANELS[p]()}
                </div>
              ))}
            </div>
            <Narration />
          </section>
        </MotionSettingsContext.Provider>
      </WorkspaceContext.Provider>
    </article>
  );
}
