import type { HostView, SimView, SocketView } from '../../sim/types';

function queues(s: SocketView): string {
  return s.state === 'LISTEN' ? `accept queue ${s.acceptQueue.length}/${s.acceptQueueLimit ?? '?'}` : `recv ${s.recv.bytes} B, send ${s.send.bytes} B`;
}

/** The sockets of some hosts, one row each: fd, kind, state, addresses, queues. */
export function SocketTable({ hosts, caption }: { hosts: HostView[]; caption: string }) {
  const rows = hosts.flatMap((h) => h.sockets.map((s) => ({ h, s })));
  return (
    <table className="snap-sockets">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">Host</th><th scope="col">fd</th><th scope="col">Kind</th><th scope="col">State</th><th scope="col">Local</th><th scope="col">Remote</th><th scope="col">Queues</th></tr>
      </thead>
      <tbody>
        {rows.length === 0 && <tr><td colSpan={7}>{hosts.map((h) => h.name).join(', ')}: no sockets yet</td></tr>}
        {rows.map(({ h, s }) => (
          <tr key={s.id}>
            <td>{h.name}</td>
            <td>{s.fd ?? '—'}</td>
            <td>{s.family === 'AF_INET6' ? 'IPv6' : 'IPv4'} {s.type === 'SOCK_STREAM' ? 'TCP' : 'UDP'}</td>
            <td>{s.state}</td>
            <td><code>{s.local}</code></td>
            <td><code>{s.remote}</code></td>
            <td>{queues(s)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the simulator shows at a slide's preset, as compact text: for the handout and for print. */
export function Snapshot({ view }: { view: SimView }) {
  const sockets = view.hosts.flatMap((h) => h.sockets.map((s) => ({ h, s })));
  const wire = view.segments.slice(-10);
  const out = view.programs.filter((p) => p.stdout || p.stderr);
  return (
    <div className="snapshot">
      <ul className="snap-programs">
        {view.programs.map((p) => (
          <li key={p.id}>
            <strong>{p.label}</strong> ({p.host}, {p.hostAddr}):{' '}
            {p.status === 'blocked' ? `blocked at line ${p.currentLine}: ${p.statusText}` : p.status === 'exited' ? 'finished' : p.status === 'crashed' ? `crashed: ${p.statusText}` : p.currentLine ? `about to run line ${p.currentLine}` : p.statusText}
          </li>
        ))}
      </ul>
      {sockets.length > 0 && <SocketTable hosts={view.hosts} caption="Sockets in the kernel" />}
      {wire.length > 0 && (
        <p className="snap-wire">
          <span className="snap-label">On the wire{view.segments.length > wire.length ? ` (last ${wire.length} of ${view.segments.length})` : ''}:</span>{' '}
          {wire.map((s, i) => (
            <span key={s.id} className="snap-seg">{i ? ' · ' : ''}{s.from}→{s.to} {s.flags}{s.len ? ` ${s.len} B` : ''}{s.status === 'in-flight' ? ' (in flight)' : s.status === 'dropped' ? ' (dropped)' : ''}</span>
          ))}
        </p>
      )}
      {out.map((p) => (
        <p key={p.id} className="snap-output">
          <span className="snap-label">{p.label} printed:</span>{' '}
          <samp>{(p.stdout + p.stderr).trimEnd().split('\n').slice(-4).map((l) => l || '↵').join(' / ')}</samp>
        </p>
      ))}
    </div>
  );
}
