import { useEffect, useRef } from 'react';

/**
 * Keeps the audience window and the presenter window on the same slide, in both directions, over a
 * BroadcastChannel (same origin, same browser profile; no server). A window posts only what its own
 * user did, and never re-posts what it received, so two windows cannot ping-pong.
 */
export const CHANNEL = 'socket-lab-slides';

export type DeckMessage =
  | { type: 'goto'; index: number; from: string }
  | { type: 'play'; index: number; from: string }
  | { type: 'hello'; from: string }
  | { type: 'where'; index: number; from: string };

export interface DeckSync {
  /** Tell the other windows that this window moved to `index`. */
  moved(index: number): void;
  /** Tell the other windows to play slide `index`'s animation. */
  played(index: number): void;
}

export function useDeckSync(
  role: 'audience' | 'presenter',
  index: number,
  onGoto: (index: number) => void,
  onPlay: (index: number) => void,
): DeckSync {
  const id = useRef('');
  const chan = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ index, onGoto, onPlay });
  useEffect(() => {
    latest.current = { index, onGoto, onPlay };
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(CHANNEL);
    chan.current = c;
    id.current = `${role}-${Math.random().toString(36).slice(2)}`;
    c.onmessage = (e: MessageEvent<DeckMessage>) => {
      const m = e.data;
      if (!m || m.from === id.current) return;
      if (m.type === 'goto' || m.type === 'where') latest.current.onGoto(m.index);
      else if (m.type === 'play') {
        latest.current.onGoto(m.index);
        latest.current.onPlay(m.index);
      } else if (m.type === 'hello' && role === 'audience') {
        c.postMessage({ type: 'where', index: latest.current.index, from: id.current } satisfies DeckMessage);
      }
    };
    // A presenter window that opens (or reloads) asks where the audience is.
    if (role === 'presenter') c.postMessage({ type: 'hello', from: id.current } satisfies DeckMessage);
    return () => {
      c.close();
      chan.current = null;
    };
  }, [role]);
  return {
    moved: (i) => chan.current?.postMessage({ type: 'goto', index: i, from: id.current } satisfies DeckMessage),
    played: (i) => chan.current?.postMessage({ type: 'play', index: i, from: id.current } satisfies DeckMessage),
  };
}
