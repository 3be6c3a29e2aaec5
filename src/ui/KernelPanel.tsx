import { memo } from 'react';
import type { BufferView, HostView, SocketView } from '../sim/types';
import { useHostNames, useViewPart } from './context';
import { StateBadge } from './badges';

function Meter({ label, value, max, unit }: { label: string; value: number; max: number; unit?: string }) {
  const pct = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  const full = max > 0 && value >= max;
  return (
    <div className={`meter${full ? ' full' : ''}`}>
      <span className="meter-label">{label}</span>
      <span className="meter-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}
        aria-valuetext={`${value} of ${max}${unit ? ` ${unit}` : ''}${full ? ', full' : ''}`}>
        <span className="meter-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="meter-value">{value}/{max}{unit ? ` ${unit}` : ''}{full ? ' FULL' : ''}</span>
    </div>
  );
}

function Buffer({ label, buf }: { label: string; buf: BufferView }) {
  return (
    <div className={`buffer${buf.bytes ? ' has-bytes' : ''}`}>
      <span className="buffer-label">{label}</span>
      <span className="buffer-bytes">{buf.bytes} B</span>
      <span className="buffer-cap">of {buf.capacity}</span>
      {buf.bytes > 0 && <code className="buffer-preview" title={buf.preview}>{buf.preview}</code>}
    </div>
  );
}

function Queue({ sock }: { sock: SocketView }) {
  const limit = sock.acceptQueueLimit ?? sock.backlog ?? 0;
  return (
    <div className="queues">
      <Meter label="SYN queue" value={sock.synQueue} max={sock.backlog ?? limit} />
      <Meter label="Accept queue" value={sock.acceptQueue.length} max={limit} />
      {sock.acceptQueue.length > 0 && (
        <ul className="accept-queue" aria-label="Connections in the accept queue">
          {/* Keyed by the peer (its nth time in the queue, should one ever come twice), not by the
              position: when accept() takes the head, the others keep their items and do not flash. */}
          {sock.acceptQueue.map((peer, i) => (
            <li key={`${peer}#${sock.acceptQueue.slice(0, i).filter((p) => p === peer).length}`}><span aria-hidden="true">⇲ </span>{peer}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Why a socket has no file descriptor. */
function noFdNote(sock: SocketView): string {
  if (sock.state === 'TIME-WAIT') return 'Closed by its program; the kernel keeps it in TIME-WAIT for a while.';
  if (sock.state === 'SYN-RECEIVED') return 'Half-open: in the SYN queue, waiting for the handshake\'s last ACK.';
  const closing = ['FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSING', 'LAST-ACK', 'CLOSED'].includes(sock.state);
  if (closing || sock.flags.some((f) => /closed by/i.test(f))) return 'Its fd is closed; the kernel is finishing the connection.';
  return 'Not accepted yet: waiting in the accept queue.';
}

const SocketCard = memo(function SocketCard({ sock }: { sock: SocketView }) {
  const listening = sock.state === 'LISTEN';
  return (
    <div className={`socket-card group-${sock.state}`} data-socket={sock.id}>
      <div className="socket-head">
        <span className="fd">{sock.fd === null ? 'no fd' : `fd ${sock.fd}`}</span>
        <span className="socket-kind">{sock.family} {sock.type}</span>
        {/* Keyed by the state, so a new state flashes (a CSS animation: no script runs per frame). */}
        <span key={sock.state} className="badge-wrap">
          <StateBadge state={sock.state} />
        </span>
      </div>
      <div className="socket-addrs">
        <span><span className="addr-label">local</span> <code>{sock.local}</code></span>
        <span><span className="addr-label">remote</span> <code>{sock.remote}</code></span>
      </div>
      {sock.fd === null && sock.state !== 'LISTEN' && <p className="socket-note">{noFdNote(sock)}</p>}
      {listening ? <Queue sock={sock} /> : (
        <div className="buffers">
          <Buffer label="Receive buffer" buf={sock.recv} />
          <Buffer label="Send buffer" buf={sock.send} />
        </div>
      )}
      {sock.flags.length > 0 && (
        <ul className="flags" aria-label="Flags">
          {sock.flags.map((f) => <li key={f} className="flag"><span aria-hidden="true">⚑ </span>{f}</li>)}
        </ul>
      )}
    </div>
  );
});

/**
 * A socket in its host's list; a ring flashes round it when it appears (a CSS animation, so that a
 * step with thirty hosts on screen runs no animation code) and it is re-rendered only when it changed.
 */
const SocketSlot = memo(function SocketSlot({ sock }: { sock: SocketView }) {
  return (
    <li className="socket-slot">
      <SocketCard sock={sock} />
    </li>
  );
});

const HostSockets = memo(function HostSockets({ host }: { host: HostView }) {
  return (
    <section className="host" aria-labelledby={`host-${host.name}`}>
      <h3 id={`host-${host.name}`}><span className="host-name">{host.name}</span> <span className="host-addr">{host.addr}</span></h3>
      {host.sockets.length === 0 ? <p className="empty">No sockets.</p> : (
        <ul className="sockets">
          {host.sockets.map((s) => <SocketSlot key={s.id} sock={s} />)}
        </ul>
      )}
    </section>
  );
});

/** One host, subscribed to that host alone (the view shares unchanged hosts and sockets between steps). */
function HostByName({ name }: { name: string }) {
  const host = useViewPart((v) => v.hosts.find((h) => h.name === name));
  return host ? <HostSockets host={host} /> : null;
}

export function KernelPanel() {
  const names = useHostNames();
  return (
    <section className="panel kernel-panel" role="region" aria-labelledby="kernel-title">
      <header className="panel-head"><h2 id="kernel-title">Kernel</h2><span className="panel-sub">fd tables and sockets, per host</span></header>
      <div className="panel-body hosts" tabIndex={0} role="group" aria-label="Sockets by host (scrolls)">
        {names.map((n) => <HostByName key={n} name={n} />)}
      </div>
    </section>
  );
}
