import type { ProgramStatus, ProgramView, TcpStateName } from '../sim/types';
import { Icon, type IconName } from './Icon';
import { tokenize } from './python-tokens';

/**
 * TCP states as badges: the RFC name is always written out, with an icon and a fill pattern, and a
 * colour from the Okabe-Ito palette, so no state is told apart by colour alone.
 */
const STATE_STYLE: Record<TcpStateName | 'UDP', { group: string; icon: string; hint: string }> = {
  CLOSED: { group: 'closed', icon: '○', hint: 'no connection' },
  LISTEN: { group: 'listen', icon: '◎', hint: 'waiting for connections' },
  'SYN-SENT': { group: 'opening', icon: '→', hint: 'SYN sent, waiting for SYN+ACK' },
  'SYN-RECEIVED': { group: 'opening', icon: '←', hint: 'SYN received, SYN+ACK sent' },
  ESTABLISHED: { group: 'established', icon: '⇄', hint: 'connection open' },
  'FIN-WAIT-1': { group: 'closing', icon: '⇥', hint: 'FIN sent, waiting for its ACK' },
  'FIN-WAIT-2': { group: 'closing', icon: '⇥', hint: 'our FIN acknowledged, waiting for the peer\'s FIN' },
  CLOSING: { group: 'closing', icon: '⇹', hint: 'both sides sent FIN at once' },
  'TIME-WAIT': { group: 'timewait', icon: '⌛', hint: 'waiting 2×MSL before the port is free' },
  'CLOSE-WAIT': { group: 'peerclosed', icon: '⇤', hint: 'the peer closed; this side has not' },
  'LAST-ACK': { group: 'peerclosed', icon: '⇤', hint: 'FIN sent after the peer\'s, waiting for the last ACK' },
  UDP: { group: 'udp', icon: '✉', hint: 'datagram socket' },
};

export function StateBadge({ state }: { state: TcpStateName | 'UDP' }) {
  const s = STATE_STYLE[state];
  return (
    <span className={`state-badge state-${s.group}`} title={s.hint} data-state={state}>
      <span className="state-icon" aria-hidden="true">{s.icon}</span>
      {state}
    </span>
  );
}

const STATUS_ICON: Record<ProgramStatus, IconName> = {
  ready: 'play', blocked: 'blocked', exited: 'stop', crashed: 'cross', 'syntax-error': 'cross', budget: 'stop', 'waiting-to-start': 'dot',
};

export function StatusBadge({ status, text }: { status: ProgramStatus; text: string }) {
  return (
    <span className={`status-badge status-${status}`}>
      <Icon name={STATUS_ICON[status]} /> 
      {text}
    </span>
  );
}


/** A program's status in a word, for its badge (the workspace's code panels and the quiz's listings). */
export const STATUS_WORDS: Record<ProgramView['status'], string> = {
  ready: 'ready', blocked: 'blocked', exited: 'finished', crashed: 'crashed', 'syntax-error': 'syntax error',
  budget: 'stopped', 'waiting-to-start': 'not started',
};

/** One line of Python, highlighted. */
export function CodeLine({ text }: { text: string }) {
  if (!text.trim()) return <code>{' '}</code>;
  // Long lines wrap with a hanging indent, so a projector never needs a horizontal scroll bar.
  const hang = text.length - text.trimStart().length + 4;
  return (
    <code style={{ paddingLeft: `${hang}ch`, textIndent: `-${hang}ch` }}>
      {tokenize(text).map((t, i) => (t.kind === 'plain' ? t.text : <span key={i} className={`tok-${t.kind}`}>{t.text}</span>))}
    </code>
  );
}
