import { memo, useEffect, useRef, useState, type KeyboardEvent, type UIEvent } from 'react';
import type { SegmentView, SimView } from '../sim/types';
import { highlightStore, viewOptionsStore, type Highlight } from '../store';
import { useHighlight, useLifelines, useProgramLabels, useRelativeSeq, useViewPart } from './context';
import { describeSegment, describeSegmentCached, payloadLabel, relativeSeqs, segmentKind, segmentLabel, type SeqAck } from './segments';

const COL = 320;
const LEFT = 150;
const RIGHT = 250;
const TOP = 34;
const ROW = 58;

/** Row of each moment on the ladder: the segments' send and arrival times, and the present (unless null). */
function rows(view: { segments: SegmentView[]; time: number | null }): Map<number, number> {
  const ts = new Set<number>([0]);
  if (view.time !== null) ts.add(view.time);
  for (const s of view.segments) {
    ts.add(s.sentAt);
    if (s.status !== 'in-flight') ts.add(s.arriveAt);
  }
  const sorted = [...ts].sort((a, b) => a - b);
  return new Map(sorted.map((t, i) => [t, i]));
}

/**
 * Where the present marker sits, in the ladder's own coordinates (no layout needed to know it).
 * The panel and its marker both subscribe to it, so the last answer is kept: rows() sorts every
 * moment of the run, once per step rather than once per subscriber.
 */
let lastNow: { segments: SegmentView[]; time: number; y: number } | null = null;
function nowY(view: Pick<SimView, 'segments' | 'time'>): number {
  if (lastNow && lastNow.segments === view.segments && lastNow.time === view.time) return lastNow.y;
  const y = TOP + (rows(view).get(view.time) ?? 0) * ROW;
  lastNow = { segments: view.segments, time: view.time, y };
  return y;
}

interface ArrowProps {
  s: SegmentView;
  x1: number; y1: number; x2: number; y2: number;
  lit: boolean; focusable: boolean; pinned: boolean; label: string; n: SeqAck;
}

const point = (s: SegmentView, n: SeqAck): Highlight => ({
  programId: s.cause.programId, line: s.cause.line, segmentId: s.id, mode: 'hover',
  note: `${s.cause.syscall ? `${s.cause.syscall}() sent ` : 'sent '}${segmentLabel(s, n)}`,
});

/** One segment of the ladder. Only the arrows whose drawing changed re-render on a step. */
const Arrow = memo(function Arrow({ s, x1, y1, x2, y2, lit, focusable, pinned, label, n }: ArrowProps) {
  const kind = segmentKind(s);
  // The label sits a third of the way from the sender, so arrows crossing in the middle keep theirs apart.
  const mx = x1 + (x2 - x1) * 0.36, my = y1 + (y2 - y1) * 0.36;
  // Labels run along their arrow, upright, just above it.
  let angle = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const along = `rotate(${angle.toFixed(1)} ${mx} ${my})`;
  return (
    <g className={`seq-seg seg-${kind} ${s.status}${lit ? ' lit' : ''}`} data-segment={s.id}
      tabIndex={focusable ? 0 : -1} role="button" aria-pressed={pinned} aria-label={label}
      onMouseEnter={() => highlightStore.getState().hovered(point(s, n))}
      onMouseLeave={() => highlightStore.getState().hovered(null)}
      onFocus={() => highlightStore.getState().hovered(point(s, n))}
      onClick={() => highlightStore.getState().pinnedToggled({ ...point(s, n), mode: 'pinned' })}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          highlightStore.getState().pinnedToggled({ ...point(s, n), mode: 'pinned' });
        }
      }}>
      <line x1={x1} y1={y1} x2={x2} y2={y2} className="hit" />
      <line x1={x1} y1={y1} x2={x2} y2={y2} className="arrow" markerEnd={s.status === 'dropped' ? undefined : `url(#arrow-${kind})`} />
      {s.status === 'dropped' && <text x={x2} y={y2 + 7} textAnchor="middle" className="drop-x">✕</text>}
      <text x={mx} y={my - 8} textAnchor="middle" className="seq-label" transform={along}>{segmentLabel(s, n)}</text>
      {s.len > 0 && <text x={mx} y={my + 19} textAnchor="middle" className="seq-payload" transform={along}>{payloadLabel(s)}</text>}
    </g>
  );
}, (a, b) => a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2 && a.lit === b.lit && a.focusable === b.focusable
  && a.pinned === b.pinned && a.label === b.label && a.n.seq === b.n.seq && a.n.ack === b.n.ack && a.s.status === b.s.status && a.s.flags === b.s.flags && a.s.len === b.s.len
  && a.s.payloadPreview === b.s.payloadPreview);

/** The part of the ladder in sight (plus a margin): only the segments there are drawn. */
interface Window { top: number; height: number }
const MARGIN = 480;

/** The present: a dashed line across the ladder at the current time, labelled with the step. */
function NowMarker({ y, width, step }: { y: number; width: number; step: number }) {
  return (
    <g className="now-marker" aria-hidden="true">
      <line x1={LEFT - 60} y1={y} x2={width - 12} y2={y} />
      <text x={width - 12} y={y - 7} textAnchor="end">now · step {step}</text>
    </g>
  );
}

const inFlight = (segments: SegmentView[]) => segments.some((s) => s.status === 'in-flight');
/** The present's moment when it is its own row of the ladder (no segment was sent or arrived then). */
const ownNowRow = (v: SimView) => !v.segments.some((s) => s.sentAt === v.time || (s.status !== 'in-flight' && s.arriveAt === v.time));

/**
 * In the panel the marker follows the store by itself, with the present's time tick while nothing
 * is in flight: every step moves the clock (a line costs simulated time), and this way a step that
 * changes no segment re-renders and repaints none of the ladder.
 */
function LiveNowMarker({ width }: { width: number }) {
  const step = useViewPart((v) => v.step);
  const y = useViewPart(nowY);
  const tick = useViewPart((v) => (!inFlight(v.segments) && ownNowRow(v) ? v.time : null));
  return (
    <>
      {tick !== null && <text x={8} y={y + 5} className="time-tick" aria-hidden="true">{tick} ms</text>}
      <NowMarker y={y} width={width} step={step} />
    </>
  );
}

// Exported for the SVG export (src/ui/export/diagram.tsx), which draws the whole ladder once more.
export const Ladder = memo(function Ladder({ view, lit, relative, win }: { view: SimView; lit: Highlight | null; relative: boolean; win: Window }) {
  return <LadderDrawing segments={view.segments} hosts={view.hosts} time={view.time} labels={new Map(view.programs.map((p) => [p.id, p.label]))} lit={lit} relative={relative} win={win} step={view.step} />;
});

interface DrawingProps {
  segments: SegmentView[];
  hosts: readonly { name: string; addr: string }[];
  /** The present, when the drawing needs it (segments in flight, or a fixed marker); else null. */
  time: number | null;
  /** Each program's label by id. */
  labels: ReadonlyMap<string, string>;
  lit: Highlight | null;
  relative: boolean;
  win: Window;
  /** The step for a fixed marker (the export); without it the marker follows the store (the panel). */
  step?: number;
}

/**
 * The ladder itself. It depends only on the segments, the hosts and the time (which the store keeps
 * identical across a step that changed none of them), so a step in which a program only ran a line
 * re-renders and repaints none of it.
 */
const LadderDrawing = memo(function LadderDrawing({ segments, hosts, time, labels, lit, relative, win, step }: DrawingProps) {
  const view = { segments, time };
  const lo = win.top - MARGIN, hi = win.top + Math.max(win.height, 600) + MARGIN;
  const inSight = (a: number, b: number) => Math.max(a, b) >= lo && Math.min(a, b) <= hi;
  const rel = relative ? relativeSeqs(segments) : null;
  const row = rows(view);
  const y = (t: number) => TOP + (row.get(t) ?? 0) * ROW;
  // Without the present in the drawing, a row is kept for it below the last one.
  const rowCount = row.size + (time === null ? 1 : 0);
  const colOf = new Map(hosts.map((h, i) => [h.name, LEFT + i * COL]));
  const width = LEFT + Math.max(1, hosts.length - 1) * COL + RIGHT;
  // The height grows four rows at a time, so most steps leave the drawing's size alone.
  const height = TOP + Math.ceil(rowCount / 4) * 4 * ROW + 20;
  const labelOf = (id: string) => labels.get(id) ?? id;
  const isLit = (s: SegmentView) => !!lit && (lit.segmentId === s.id || (lit.segmentId === null && !!lit.programId && s.cause.programId === lit.programId && s.cause.line === lit.line));
  const focusable = lit?.segmentId ?? segments[segments.length - 1]?.id;
  const now = time === null ? 0 : y(time);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const items = [...e.currentTarget.querySelectorAll<SVGGElement>('g.seq-seg')];
    const i = items.indexOf(document.activeElement as unknown as SVGGElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    }
  };

  return (
    <>
    {/* The hosts' names stay in sight while the ladder scrolls under them. */}
    <div className="ladder-head" style={{ width }} aria-hidden="true">
      {hosts.map((h) => (
        <span key={h.name} style={{ left: colOf.get(h.name) }}>
          <span className="lifeline-name">{h.name}</span>
          <span className="lifeline-addr">{h.addr}</span>
        </span>
      ))}
    </div>
    {/* No viewBox: user units are pixels, so when the drawing grows nothing inside it is laid out again. */}
    <svg className="ladder" width={width} height={height} role="group" aria-label="Segments between hosts over time" onKeyDown={onKeyDown}>
      <defs>
        {['syn', 'fin', 'rst', 'data', 'ack', 'udp'].map((k) => (
          <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className={`arrowhead seg-${k}`} />
          </marker>
        ))}
      </defs>
      {hosts.map((h) => {
        const x = colOf.get(h.name)!;
        return (
          <g key={h.name} className="lifeline">
            <line x1={x} y1={TOP - 24} x2={x} y2={height - 8} />
          </g>
        );
      })}
      {[...row.keys()].filter((t) => inSight(y(t), y(t))).map((t) => (
        <text key={t} x={8} y={y(t) + 5} className="time-tick">{t} ms</text>
      ))}
      {segments.map((s) => {
        const x1 = colOf.get(s.from) ?? LEFT, x2 = colOf.get(s.to) ?? LEFT;
        const y1 = y(s.sentAt);
        let x2e = x2, y2e = s.status === 'in-flight' ? now : y(s.arriveAt);
        if (s.status === 'dropped') { x2e = (x1 + x2) / 2; y2e = (y1 + y(s.arriveAt)) / 2 || y1 + ROW / 2; }
        if (s.status === 'in-flight') {
          const span = Math.max(1, s.arriveAt - s.sentAt);
          x2e = x1 + (x2 - x1) * Math.min(1, ((time ?? s.sentAt) - s.sentAt) / span);
          if (y2e === y1) y2e = y1 + 4;
        }
        if (!inSight(y1, y2e) && s.id !== focusable) return null;
        return (
          <Arrow key={s.id} s={s} x1={x1} y1={y1} x2={x2e} y2={y2e} lit={isLit(s)} focusable={s.id === focusable}
            pinned={lit?.mode === 'pinned' && lit.segmentId === s.id} label={describeSegmentCached(s, labelOf, rel?.get(s.id))} n={rel?.get(s.id) ?? s} />
        );
      })}
      {step === undefined ? <LiveNowMarker width={width} /> : <NowMarker y={now} width={width} step={step} />}
    </svg>
    </>
  );
});

/** The relative seq/ack option (memoised: the panel re-renders on most steps, the checkbox need not). */
const RelativeToggle = memo(function RelativeToggle({ relative }: { relative: boolean }) {
  return (
    <label className="check">
      <input type="checkbox" checked={relative} onChange={() => viewOptionsStore.getState().relativeSeqToggled()} />
      Relative seq/ack
    </label>
  );
});

/**
 * The ladder of segments between hosts over simulated time; links segments and code lines both ways.
 * It subscribes to the parts of the view it draws (segments, lifelines, labels, the present's row),
 * so a step that only ran a line or changed a socket re-renders none of it but the marker.
 */
export function SequencePanel() {
  const segments = useViewPart((v) => v.segments);
  const hosts = useLifelines();
  const labels = useProgramLabels();
  const time = useViewPart((v) => (inFlight(v.segments) ? v.time : null));
  const y = useViewPart(nowY);
  const lit = useHighlight((s) => s.current);
  const relative = useRelativeSeq();
  const scroller = useRef<HTMLDivElement>(null);
  // The scroll position and height are tracked from events, so following the present marker never
  // forces a synchronous layout in the middle of a step.
  const box = useRef({ top: 0, height: 0 });
  // What is in sight, for drawing only that; updated at most once a frame while scrolling.
  const [win, setWin] = useState<Window>({ top: 0, height: 0 });
  const pending = useRef(0);
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    box.current.top = e.currentTarget.scrollTop;
    if (pending.current) return;
    pending.current = requestAnimationFrame(() => {
      pending.current = 0;
      setWin({ top: box.current.top, height: box.current.height });
    });
  };
  useEffect(() => () => cancelAnimationFrame(pending.current), []);
  const selected = lit?.segmentId != null ? segments.find((s) => s.id === lit.segmentId) : undefined;
  const labelOf = (id: string) => labels.get(id) ?? id;

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => {
      box.current.height = e.contentRect.height;
      setWin({ top: box.current.top, height: e.contentRect.height });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // Follow the present marker. The scroll is set in the next animation frame, where the layout it
  // needs is the one that frame does anyway (set here, it would force an extra one mid-step).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const el = scroller.current;
      const { top, height } = box.current;
      if (!el || height === 0) return;
      if (y < top + 40 || y > top + height - 40) {
        const to = Math.max(0, y - height / 2);
        box.current.top = to;
        el.scrollTop = to;
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [y]);

  return (
    <section className="panel sequence-panel" role="region" aria-labelledby="seq-title">
      <header className="panel-head">
        <h2 id="seq-title">Sequence diagram</h2>
        <span className="panel-sub">{segments.length} segment{segments.length === 1 ? '' : 's'}</span>
        <RelativeToggle relative={relative} />
      </header>
      <div className="panel-body ladder-scroll" ref={scroller} onScroll={onScroll} tabIndex={0} role="group" aria-label="Sequence diagram (scrolls)">
        {segments.length === 0 && <p className="empty">No segments yet: the first one appears when a program connects.</p>}
        <LadderDrawing segments={segments} hosts={hosts} time={time} labels={labels} lit={lit} relative={relative} win={win} />
      </div>
      <p className="seg-detail">
        {selected
          ? describeSegment(selected, labelOf, relative ? relativeSeqs(segments).get(selected.id) : undefined)
          : 'Hover or click a segment to see the line and syscall that sent it; hover a code line to see its segments.'}
      </p>
    </section>
  );
}
