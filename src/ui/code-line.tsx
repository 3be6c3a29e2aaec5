import type { ProgramView } from '../sim/types';
import { tokenize } from './python-tokens';

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
