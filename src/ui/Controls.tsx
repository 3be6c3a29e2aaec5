import { useLayoutEffect, useState, type ChangeEvent } from 'react';
import { SPEEDS, type Speed } from '../store';
import { useView, useViewPart, useWorkspace, useWorkspaceStore } from './context';
import { Icon } from './Icon';

const speedName = (s: Speed) => (s === 'max' ? 'Max' : `${s}×`);

export type Theme = 'dark' | 'light' | 'contrast';
const THEMES: { id: Theme; name: string }[] = [
  { id: 'dark', name: 'Dark' }, { id: 'light', name: 'Light' }, { id: 'contrast', name: 'High contrast' },
];

function readTheme(): Theme {
  try {
    const t = localStorage.getItem('socket-lab-theme');
    if (t === 'dark' || t === 'light' || t === 'contrast') return t;
  } catch { /* storage may be unavailable */ }
  return 'dark';
}

export function ThemePicker() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  // The new colours apply at once, in the same commit: no 0.15 s cross-fade of every button, during
  // which text would briefly sit at low contrast (and an accessibility check would be right to say so).
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add('theme-switching');
    root.dataset.theme = theme;
    void document.body.offsetHeight; // restyle the page with the new theme while transitions are off
    const frame = requestAnimationFrame(() => root.classList.remove('theme-switching'));
    try { localStorage.setItem('socket-lab-theme', theme); } catch { /* ignore */ }
    return () => {
      cancelAnimationFrame(frame);
      root.classList.remove('theme-switching');
    };
  }, [theme]);
  return (
    <label className="control-select">
      <span>Theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
      </select>
    </label>
  );
}

/** Step, Back, Play/Pause, speed, Reset, Add client. Named exactly as the lecture notes refer to them. */
export function Controls() {
  const store = useWorkspaceStore();
  // Only what the buttons show: a step does not re-render them unless it changes one of these.
  const done = useViewPart((v) => v.finished !== null && v.step >= v.historyLength - 1);
  const atStart = useViewPart((v) => v.step === 0);
  const playing = useWorkspace((s) => s.playing);
  const speed = useWorkspace((s) => s.speed);
  const a = store.getState();
  return (
    <div className="controls" role="group" aria-label="Simulation controls">
      <button type="button" className="btn primary" onClick={() => a.stepped()} aria-keyshortcuts="ArrowRight" disabled={done && !playing}>
        <Icon name="step" /> Step
      </button>
      <button type="button" className="btn" onClick={() => a.steppedBack()} aria-keyshortcuts="ArrowLeft" disabled={atStart}>
        <Icon name="back" /> Back
      </button>
      <button type="button" className="btn" onClick={() => (playing ? a.paused() : a.played())} aria-keyshortcuts="Space">
        <Icon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
      </button>
      <label className="control-select">
        <span>Speed</span>
        <select value={String(speed)} onChange={(e: ChangeEvent<HTMLSelectElement>) => a.speedChanged(e.target.value === 'max' ? 'max' : (Number(e.target.value) as Speed))}>
          {SPEEDS.map((s) => <option key={String(s)} value={String(s)}>{speedName(s)}</option>)}
        </select>
      </label>
      <button type="button" className="btn" onClick={() => a.reset()} aria-keyshortcuts="Home">
        <Icon name="reset" /> Reset
      </button>
      <button type="button" className="btn" onClick={() => a.clientAdded()}>
        <Icon name="plus" /> Add client
      </button>
    </div>
  );
}

export function Timeline() {
  const store = useWorkspaceStore();
  const view = useView();
  const max = Math.max(view.step, view.historyLength - 1, 0);
  return (
    <label className="timeline">
      <span className="timeline-label">Timeline</span>
      <input type="range" min={0} max={max} value={view.step} aria-label="Timeline"
        aria-valuetext={`step ${view.step} of ${max}, ${view.time} ms`}
        onChange={(e) => store.getState().scrubbed(Number(e.target.value))} />
      <span className="timeline-pos" aria-hidden="true">step {view.step}/{max} · {view.time} ms</span>
    </label>
  );
}

export function Narration() {
  const view = useView();
  return (
    <div className="narration-bar" role="status" aria-live="polite">
      <p className="narration">{view.narration}</p>
      {view.finished && <p className="finished"><Icon name="stop" /> {view.finished}</p>}
    </div>
  );
}
