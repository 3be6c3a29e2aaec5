import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { SegmentView, SimView } from '../sim/types';
import { highlightStore, type Highlight } from '../store';
import { useHighlight, useView } from './context';
import { describeSegment, payloadLabel, segmentKind, segmentLabel } from './segments';

const COL = 320;
const LEFT = 150;
const RIGHT = 250;
const TOP = 86;
const ROW = 58;

function rows(view: SimView): Map<number, number> {
  const ts = new Set<number>([0, view.time]);
  for (const s of view.segments) {
    ts.add(s.sentAt);
    if (s.status !== 'in-flight') ts.add(s.arriveAt);
  }
  const sorted = [...ts].sort((a, b) => a - b);
  return new Map(sorted.map((t, i) => [t, i]));
}

const Ladder = memo(function Ladder({ view, lit }: { view: SimView; lit: Highlight | null }) {
  const row = rows(view);
  const y = (t: number) => TOP + (row.get(t) ?? 0) * ROW;
  const colOf = new Map(view.hosts.map((h, i) => [h.name, LEFT + i * COL]));
  const width = LEFT + Math.max(1, view.hosts.length - 1) * COL + RIGHT;
  const height = TOP + row.size * ROW + 20;
  const labelOf = (id: string) => view.programs.find((p) => p.id === id)?.label ?? id;
  const isLit = (s: SegmentView) => !!lit && (lit.segmentId === s.id || (lit.segmentId === null && !!lit.programId && s.cause.programId === lit.programId && s.cause.line === lit.line));
  const focusable = lit?.segmentId ?? view.segments[view.segments.length - 1]?.id;
  const now = y(view.time);

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
    <svg className="ladder" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label="Segments between hosts over time" onKeyDown={onKeyDown}>
      <defs>
        {['syn', 'fin', 'rst', 'data', 'ack', 'udp'].map((k) => (
          <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className={`arrowhead seg-${k}`} />
          </marker>
        ))}
      </defs>
      {view.hosts.map((h) => {
        const x = colOf.get(h.name)!;
        return (
          <g key={h.name} className="lifeline">
            <text x={x} y={24} textAnchor="middle" className="lifeline-name">{h.name}</text>
            <text x={x} y={46} textAnchor="middle" className="lifeline-addr">{h.addr}</text>
            <line x1={x} y1={TOP - 12} x2={x} y2={height - 8} />
          </g>
        );
      })}
      {[...row.keys()].map((t) => (
        <text key={t} x={8} y={y(t) + 5} className="time-tick">{t} ms</text>
      ))}
      {view.segments.map((s) => {
        const x1 = colOf.get(s.from) ?? LEFT, x2 = colOf.get(s.to) ?? LEFT;
        const y1 = y(s.sentAt);
        const kind = segmentKind(s);
        let x2e = x2, y2e = s.status === 'in-flight' ? now : y(s.arriveAt);
        if (s.status === 'dropped') { x2e = (x1 + x2) / 2; y2e = (y1 + y(s.arriveAt)) / 2 || y1 + ROW / 2; }
        if (s.status === 'in-flight') {
          const span = Math.max(1, s.arriveAt - s.sentAt);
          x2e = x1 + (x2 - x1) * Math.min(1, (view.time - s.sentAt) / span);
          if (y2e === y1) y2e = y1 + 4;
        }
        const mx = (x1 + x2e) / 2, my = (y1 + y2e) / 2;
        // Labels run along their arrow, upright, just above it.
        let angle = (Math.atan2(y2e - y1, x2e - x1) * 180) / Math.PI;
        if (angle > 90) angle -= 180;
        if (angle < -90) angle += 180;
        const along = `rotate(${angle.toFixed(1)} ${mx} ${my})`;
        const lit1 = isLit(s);
        return (
          <g key={s.id} className={`seq-seg seg-${kind} ${s.status}${lit1 ? ' lit' : ''}`} data-segment={s.id}
            tabIndex={s.id === focusable ? 0 : -1} role="button" aria-pressed={lit?.mode === 'pinned' && lit.segmentId === s.id}
            aria-label={describeSegment(s, labelOf)}
            onMouseEnter={() => highlightStore.getState().hovered({ programId: s.cause.programId, line: s.cause.line, segmentId: s.id, mode: 'hover' })}
            onMouseLeave={() => highlightStore.getState().hovered(null)}
            onFocus={() => highlightStore.getState().hovered({ programId: s.cause.programId, line: s.cause.line, segmentId: s.id, mode: 'hover' })}
            onClick={() => highlightStore.getState().pinnedToggled({ programId: s.cause.programId, line: s.cause.line, segmentId: s.id, mode: 'pinned' })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                e.stopPropagation();
                highlightStore.getState().pinnedToggled({ programId: s.cause.programId, line: s.cause.line, segmentId: s.id, mode: 'pinned' });
              }
            }}>
            <line x1={x1} y1={y1} x2={x2e} y2={y2e} className="hit" />
            <line x1={x1} y1={y1} x2={x2e} y2={y2e} className="arrow" markerEnd={s.status === 'dropped' ? undefined : `url(#arrow-${kind})`} />
            {s.status === 'dropped' && <text x={x2e} y={y2e + 7} textAnchor="middle" className="drop-x">✕</text>}
            <text x={mx} y={my - 8} textAnchor="middle" className="seq-label" transform={along}>{segmentLabel(s)}</text>
            {s.len > 0 && <text x={mx} y={my + 19} textAnchor="middle" className="seq-payload" transform={along}>{payloadLabel(s)}</text>}
          </g>
        );
      })}
      <g className="now-marker" aria-hidden="true">
        <line x1={LEFT - 60} y1={now} x2={width - 12} y2={now} />
        <text x={width - 12} y={now - 7} textAnchor="end">now · step {view.step}</text>
      </g>
    </svg>
  );
});

/** The ladder of segments between hosts over simulated time; links segments and code lines both ways. */
export function SequencePanel() {
  const view = useView();
  const lit = useHighlight((s) => s.current);
  const scroller = useRef<HTMLDivElement>(null);
  const selected = lit?.segmentId != null ? view.segments.find((s) => s.id === lit.segmentId) : undefined;
  const labelOf = (id: string) => view.programs.find((p) => p.id === id)?.label ?? id;

  useEffect(() => {
    const el = scroller.current;
    const marker = el?.querySelector('.now-marker line');
    if (!el || !marker) return;
    const y = Number(marker.getAttribute('y1'));
    if (y < el.scrollTop + 40 || y > el.scrollTop + el.clientHeight - 40) el.scrollTop = Math.max(0, y - el.clientHeight / 2);
  }, [view.step]);

  return (
    <section className="panel sequence-panel" role="region" aria-labelledby="seq-title">
      <header className="panel-head">
        <h2 id="seq-title">Sequence diagram</h2>
        <span className="panel-sub">{view.segments.length} segment{view.segments.length === 1 ? '' : 's'}</span>
      </header>
      <div className="panel-body ladder-scroll" ref={scroller} tabIndex={view.segments.length ? undefined : 0} aria-label={view.segments.length ? undefined : 'Sequence diagram, empty'}>
        {view.segments.length === 0 && <p className="empty">No segments yet: the first one appears when a program connects.</p>}
        <Ladder view={view} lit={lit} />
      </div>
      <p className="seg-detail">
        {selected
          ? describeSegment(selected, labelOf)
          : 'Hover or click a segment to see the line and syscall that sent it; hover a code line to see its segments.'}
      </p>
    </section>
  );
}
