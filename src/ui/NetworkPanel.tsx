import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { animate } from 'framer-motion/dom/mini';
import type { SegmentView } from '../sim/types';
import { useDuration, useHighlight, useLifelines, useRelativeSeq, useViewPart } from './context';
import { payloadLabel, relativeSeqs, segmentKind, segmentLabel, type SeqAck } from './segments';

const W = 960;
const FULL_ROW = 78;
const COMPACT_ROW = 34;
const BOX_W = 170;
const FULL_BOX_H = 62;
const COMPACT_BOX_H = 30;
const SEG_W = 230;
/** A label box wide enough for its text (monospace, about 10.3 units a character at 17px). */
const segW = (label: string) => Math.max(150, Math.ceil(label.length * 10.4) + 22);
const SEG_H = 56;

interface Geometry { height: number; boxH: number; pos: Map<string, { x: number; y: number; side: 'left' | 'right' }> }

export function layout(hosts: readonly { name: string }[]): Geometry {
  const [first, ...rest] = hosts;
  const others = rest.length ? rest : [];
  // Many clients share the right-hand side in compact rows, so the panel stays about a screen high.
  const ROW = others.length > 8 ? COMPACT_ROW : FULL_ROW;
  const BOX_H = others.length > 8 ? COMPACT_BOX_H : FULL_BOX_H;
  const height = Math.max(200, 30 + Math.max(1, others.length) * ROW);
  const pos = new Map<string, { x: number; y: number; side: 'left' | 'right' }>();
  if (first) pos.set(first.name, { x: 12, y: height / 2 - BOX_H / 2, side: 'left' });
  const top = (height - Math.max(1, others.length) * ROW) / 2;
  others.forEach((h, i) => pos.set(h.name, { x: W - 12 - BOX_W, y: top + i * ROW + (ROW - BOX_H) / 2, side: 'right' }));
  return { height, boxH: BOX_H, pos };
}

function endpoint(g: Geometry, host: string): { x: number; y: number } {
  const p = g.pos.get(host);
  if (!p) return { x: W / 2, y: g.height / 2 };
  return { x: p.side === 'left' ? p.x + BOX_W : p.x, y: p.y + g.boxH / 2 };
}

/**
 * Where a segment's label box sits (top-left) at progress t ∈ [0, 1] of its trip. Segments on the
 * same link at the same time travel in lanes, one above the other, so their labels never overlap.
 */
function at(g: Geometry, s: SegmentView, t: number, lane: number, w = SEG_W) {
  const a = endpoint(g, s.from), b = endpoint(g, s.to);
  const dir = Math.sign(b.x - a.x) || 1;
  const ax = a.x + dir * (w / 2 + 4), bx = b.x - dir * (w / 2 + 4);
  const y = a.y + (b.y - a.y) * t - SEG_H / 2 + lane * (SEG_H + 8);
  return { x: ax + (bx - ax) * t - w / 2, y: Math.max(2, Math.min(g.height - SEG_H - 2, y)) };
}

/** Lane of each segment shown: centred on the link, in order of sending, per pair of hosts. */
function lanes(shown: SegmentView[]): Map<number, number> {
  const groups = new Map<string, SegmentView[]>();
  for (const s of shown) {
    const k = s.from < s.to ? `${s.from}|${s.to}` : `${s.to}|${s.from}`;
    const list = groups.get(k);
    if (list) list.push(s);
    else groups.set(k, [s]);
  }
  const out = new Map<number, number>();
  for (const list of groups.values()) list.forEach((s, i) => out.set(s.id, i - (list.length - 1) / 2));
  return out;
}

const progress = (s: SegmentView, time: number) =>
  s.arriveAt <= s.sentAt ? 1 : Math.max(0, Math.min(1, (time - s.sentAt) / (s.arriveAt - s.sentAt)));

interface Point { x: number; y: number }
interface SegmentProps {
  s: SegmentView; lit: boolean; n: SeqAck; d: number; w: number;
  /** Where the box starts (used when it mounts) and where it goes; for a drop, where it falls from. */
  from: Point; to: Point;
}

const translate = (p: Point, extra = '') => `translate(${p.x}px, ${p.y}px)${extra}`;

/**
 * How a segment's box moves in this step, as framer-motion keyframes, and where it rests after.
 * - in flight: from where it was to where it is now;
 * - delivered: on to the receiver, then it fades;
 * - dropped: to the middle of the link, then it falls, tips over and fades.
 */
function motionOf(s: SegmentView, from: Point, to: Point, d: number) {
  if (s.status === 'dropped') {
    const fallen = translate({ x: to.x, y: to.y + 90 }, ' rotate(18deg)');
    return {
      rest: { transform: fallen, opacity: 0.15 },
      keyframes: { transform: [translate(from, ' rotate(0deg)'), translate(to, ' rotate(0deg)'), fallen], opacity: [1, 1, 0.15] },
      options: { duration: d * 2, times: [0, 0.5, 1] },
    };
  }
  if (s.status === 'delivered') {
    return {
      rest: { transform: translate(to), opacity: 0 },
      keyframes: { transform: [translate(from), translate(to), translate(to)], opacity: [1, 1, 0] },
      options: { duration: d * 1.4, times: [0, 1 / 1.4, 1], ease: 'easeInOut' as const },
    };
  }
  return {
    rest: { transform: translate(to), opacity: 1 },
    keyframes: { transform: [translate(from), translate(to)] },
    options: { duration: d, ease: 'easeInOut' as const },
  };
}

/**
 * One segment's label box on the link. Memoised on where it goes, so a step re-renders (and
 * re-animates) only the segments that moved, appeared or changed, not every one in sight.
 *
 * The box rests where the step leaves it (its style), and framer-motion's WAAPI animate() moves it
 * there: the browser runs the animation, with no script per frame and nothing to reconcile per step.
 * It is an HTML box over the drawing rather than part of the SVG: moving it changes a transform
 * and nothing else, so a step lays out none of the drawing (an SVG group that moves makes the
 * browser lay out the whole SVG again, text and all), and the compositor can run its animation.
 */
const Segment = memo(function Segment({ s, lit, n, d, w, from, to }: SegmentProps) {
  const ref = useRef<HTMLDivElement>(null);
  const label = segmentLabel(s, n);
  const kind = segmentKind(s);
  const { rest, keyframes, options } = motionOf(s, from, to, d);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || d === 0 || typeof el.animate !== 'function') return;
    const moves = from.x !== to.x || from.y !== to.y || s.status !== 'in-flight';
    if (!moves) return;
    const animation = animate(el, keyframes, options);
    return () => animation.cancel();
    // The keyframes follow from these: a new animation only when the box goes somewhere new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [s.status, from.x, from.y, to.x, to.y, d]);
  return (
    <div ref={ref} className={`segment seg-box seg-${kind} ${s.status}${lit ? ' lit' : ''}`} data-segment={s.id} style={{ ...rest, width: w, height: SEG_H }}>
      <span className="seg-flags">{label}</span>
      <span className="seg-payload">{s.status === 'dropped' ? '✕ dropped' : payloadLabel(s) || `${s.src.split(':')[1]} → ${s.dst.split(':')[1]}`}</span>
    </div>
  );
}, (a, b) => a.s.id === b.s.id && a.s.status === b.s.status && a.lit === b.lit && a.d === b.d && a.w === b.w
  && a.n.seq === b.n.seq && a.n.ack === b.n.ack && a.to.x === b.to.x && a.to.y === b.to.y
  && (a.s.status !== 'dropped' || (a.from.x === b.from.x && a.from.y === b.from.y)));

/** Where a segment's box starts and ends in this step's drawing. */
function placement(g: Geometry, s: SegmentView, prevTime: number, time: number, lane: number, w: number): { from: Point; to: Point } {
  const from = at(g, s, s.sentAt < prevTime ? progress(s, prevTime) : 0, lane, w);
  if (s.status === 'dropped') return { from, to: at(g, s, 0.5, lane, w) };
  return { from, to: at(g, s, s.status === 'delivered' ? 1 : progress(s, time), lane, w) };
}

/** Moves to try for a box that would cover another, nearest first: half a box height up or down, a little along. */
const NUDGES = (() => {
  const out: { dx: number; dy: number; cost: number }[] = [];
  for (let i = -6; i <= 6; i++) for (let j = -3; j <= 3; j++) if (i || j) out.push({ dx: j * 60, dy: i * (SEG_H + 6) / 2, cost: Math.abs(i) + Math.abs(j) * 1.3 });
  return out.sort((a, b) => a.cost - b.cost);
})();

/**
 * Moves label boxes apart that would cover one another. Lanes keep the segments of one link apart,
 * but boxes of different links meet near the host they share, and a link's lanes slide into each
 * other as their boxes travel at different points of a slanted link. Each box, in order of sending,
 * takes the free place nearest to where it would be (up or down first, then a little along its
 * way, inside the panel); a box with no free place keeps its own. The start moves with the end, so
 * the box travels parallel to its link.
 */
export function separate(placed: { from: Point; to: Point; w: number }[], g: Geometry): void {
  const GAP = 6;
  const height = g.height;
  // The hosts' boxes are taken from the start: a label moved aside must not cover a host.
  const taken: { x: number; y: number; w: number; h: number }[] = [...g.pos.values()].map((p) => ({ x: p.x, y: p.y, w: BOX_W, h: g.boxH }));
  const clear = (x: number, y: number, w: number) =>
    taken.every((b) => x + w + GAP <= b.x || b.x + b.w + GAP <= x || y + SEG_H + GAP <= b.y || b.y + b.h + GAP <= y);
  const inside = (x: number, y: number, w: number) => x >= 0 && x + w <= W && y >= 2 && y <= height - SEG_H - 2;
  const hosts = taken.length;
  // Only another label makes a box move: one that starts or ends at its host's box stays put.
  const clearOfLabels = (x: number, y: number, w: number) => taken.slice(hosts).every((b) => x + w + GAP <= b.x || b.x + b.w + GAP <= x || y + SEG_H + GAP <= b.y || b.y + b.h + GAP <= y);
  for (const p of placed) {
    if (!clearOfLabels(p.to.x, p.to.y, p.w)) {
      const move = NUDGES.find(({ dx, dy }) => inside(p.to.x + dx, p.to.y + dy, p.w) && clear(p.to.x + dx, p.to.y + dy, p.w));
      if (move) {
        p.to = { x: p.to.x + move.dx, y: p.to.y + move.dy };
        p.from = { x: Math.max(0, Math.min(W - p.w, p.from.x + move.dx)), y: Math.max(2, Math.min(height - SEG_H - 2, p.from.y + move.dy)) };
      }
    }
    taken.push({ x: p.to.x, y: p.to.y, w: p.w, h: SEG_H });
  }
}

/** The hosts and their links: redrawn only when a host comes or goes. */
const Hosts = memo(function Hosts({ hosts, g }: { hosts: { name: string; addr: string }[]; g: Geometry }) {
  const [server, ...clients] = hosts;
  return (
    <>
      {server && clients.map((c) => {
        const a = endpoint(g, server.name), b = endpoint(g, c.name);
        return <line key={c.name} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="link" />;
      })}
      {hosts.map((h) => {
        const p = g.pos.get(h.name)!;
        return (
          <g key={h.name} transform={`translate(${p.x},${p.y})`} className="host-box">
            <rect width={BOX_W} height={g.boxH} rx={10} />
            {g.boxH < FULL_BOX_H ? (
              // A compact box: the name, and the address as a tooltip and for screen readers.
              <text x={BOX_W / 2} y={g.boxH / 2 + 7} textAnchor="middle" className="host-name">{h.name}<title>{h.addr}</title></text>
            ) : (
              <>
                <text x={BOX_W / 2} y={26} textAnchor="middle" className="host-name">{h.name}</text>
                <text x={BOX_W / 2} y={49} textAnchor="middle" className="host-addr">{h.addr}</text>
              </>
            )}
          </g>
        );
      })}
    </>
  );
}, (a, b) => a.g.boxH === b.g.boxH && a.g.height === b.g.height && a.hosts.length === b.hosts.length && a.hosts.every((h, i) => h.name === b.hosts[i].name && h.addr === b.hosts[i].addr));

/**
 * The hosts and the link, with the segments on it. A segment moves from sender to receiver over its
 * sentAt→arriveAt span (mapped to a fraction of a second); a dropped one falls and fades.
 */
export function NetworkPanel() {
  const segments = useViewPart((v) => v.segments);
  const time = useViewPart((v) => v.time);
  const step = useViewPart((v) => v.step);
  const hosts = useLifelines();
  const d = useDuration(0.8);
  const lit = useHighlight((s) => s.current);
  // The previous step's time, for segments that started or finished during the last step
  // (kept from the previous render, as React recommends, rather than in the simulation store).
  const [track, setTrack] = useState({ step, time, prevTime: time });
  let prevTime = track.prevTime;
  if (track.step !== step) {
    prevTime = step === track.step + 1 ? track.time : time;
    setTrack({ step, time, prevTime });
  }

  const g = useMemo(() => layout(hosts), [hosts]);
  // The segments' layer is scaled as the SVG is (width / W), set straight on the element as the
  // panel resizes, so neither a step nor a resize re-renders anything for it.
  const stage = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(([e]) => el.style.setProperty('--net-scale', String(e.contentRect.width / W)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const shown = segments.filter((s) => s.status === 'in-flight' || (s.arriveAt > prevTime && s.arriveAt <= time && prevTime < time) || (s.sentAt >= prevTime && prevTime < time));
  const inFlight = segments.filter((s) => s.status === 'in-flight');
  const relative = useRelativeSeq();
  const rel = relative ? relativeSeqs(segments) : null;
  const num = (s: SegmentView) => rel?.get(s.id) ?? s;
  const lane = lanes(shown);
  const isLit = (s: SegmentView) => !!lit && (lit.segmentId === s.id || (lit.segmentId === null && s.cause.programId === lit.programId && s.cause.line === lit.line));
  const boxes = shown.map((s) => {
    const w = segW(segmentLabel(s, num(s)));
    return { s, w, ...placement(g, s, prevTime, time, lane.get(s.id) ?? 0, w) };
  });
  separate(boxes, g);

  return (
    <section className="panel network-panel" role="region" aria-labelledby="net-title">
      <header className="panel-head"><h2 id="net-title">Network</h2><span className="panel-sub">t = {time} ms</span></header>
      <div className="panel-body">
        <div className="network-stage" ref={stage}>
          <svg className="network" viewBox={`0 0 ${W} ${g.height}`} role="img" aria-label={`${hosts.length} hosts on one link; ${inFlight.length} segment${inFlight.length === 1 ? '' : 's'} in flight`}>
            <Hosts hosts={hosts} g={g} />
          </svg>
          {/* In the drawing's own units, scaled with it (the drawing's description above says what is in flight). */}
          <div className="network-segments" aria-hidden="true" style={{ width: W, height: g.height }}>
            {boxes.map(({ s, w, from, to }) => <Segment key={s.id} s={s} d={d} lit={isLit(s)} n={num(s)} w={w} from={from} to={to} />)}
          </div>
        </div>
        <div className="wire-summary" tabIndex={0} role="group" aria-label="On the wire (scrolls)">
          <p>
            {inFlight.length === 0 ? 'Nothing on the wire.' : `On the wire: ${inFlight.map((s) => `${segmentLabel(s, num(s))} ${s.from} → ${s.to}`).join('; ')}.`}
            {shown.filter((s) => s.status === 'dropped').map((s) => <span key={s.id} className="dropped-note"> ✕ {segmentLabel(s, num(s))} {s.from} → {s.to} was dropped.</span>)}
          </p>
        </div>
      </div>
    </section>
  );
}
