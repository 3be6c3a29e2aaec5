/** Small inline icons (fonts on lecture-hall machines often lack the media-control glyphs). */
export type IconName = 'step' | 'back' | 'play' | 'pause' | 'reset' | 'plus' | 'blocked' | 'check' | 'cross' | 'stop' | 'dot' | 'thread';

const PATHS: Record<IconName, string> = {
  step: 'M3 2 L11 8 L3 14 Z M12 2 H14.5 V14 H12 Z',
  back: 'M13 2 L5 8 L13 14 Z M1.5 2 H4 V14 H1.5 Z',
  play: 'M4 2 L14 8 L4 14 Z',
  pause: 'M3.5 2 H6.5 V14 H3.5 Z M9.5 2 H12.5 V14 H9.5 Z',
  blocked: 'M3.5 2 H6.5 V14 H3.5 Z M9.5 2 H12.5 V14 H9.5 Z',
  reset: 'M8 2.5 A5.5 5.5 0 1 1 2.6 9 H4.7 A3.5 3.5 0 1 0 8 4.5 V7 L4 3.5 L8 0 Z',
  plus: 'M6.75 2 H9.25 V6.75 H14 V9.25 H9.25 V14 H6.75 V9.25 H2 V6.75 H6.75 Z',
  check: 'M2 8.5 L4 6.5 L6.5 9 L12 3 L14 5 L6.5 13 Z',
  cross: 'M3.5 2 L8 6.5 L12.5 2 L14 3.5 L9.5 8 L14 12.5 L12.5 14 L8 9.5 L3.5 14 L2 12.5 L6.5 8 L2 3.5 Z',
  stop: 'M3 3 H13 V13 H3 Z',
  dot: 'M8 4 A4 4 0 1 1 7.99 4 Z',
  // a wavy thread
  thread: 'M2 7 C4 3 6 3 8 7 C10 11 12 11 14 7 L14 9.5 C12 13.5 10 13.5 8 9.5 C6 5.5 4 5.5 2 9.5 Z',
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon${className ? ` ${className}` : ''}`} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
