/**
 * A hash router in front of the workspace:
 * - `#/slides/N`    the lecture deck at slide N (1-based),
 * - `#/presenter/N` the presenter view (speaker notes, next slide, timer),
 * - `#/handout`     every slide with its notes, one per printed page,
 * - `#/scenarios`   the scenario library (search, grouped by lecture section),
 * - `#/scenario/ID` the workspace running that scenario, with its teaching notes,
 * - `#/quiz`        the quiz: scores per section, start, review of wrong answers,
 * - `#/quiz/T@S`    one question (template T, seed S): predict, then reveal,
 * - anything else   the workspace, exactly as before (`#/s/<link>` is a share link it restores).
 * A `?key=value` query after the path (`#/quiz/T@S?speed=instant`) is allowed and ignored here.
 */
export type DeckRoute =
  | { kind: 'slides'; n: number }
  | { kind: 'presenter'; n: number }
  | { kind: 'handout' };

export type Route =
  | DeckRoute
  | { kind: 'scenarios' }
  | { kind: 'scenario'; id: string }
  | { kind: 'quiz' }
  | { kind: 'question'; id: string }
  | { kind: 'app' };

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '').replace(/\?.*$/, '');
  const m = /^\/(slides|presenter)(?:\/(\d+))?\/?$/.exec(h);
  if (m) return { kind: m[1] as 'slides' | 'presenter', n: m[2] ? Math.max(1, Number(m[2])) : 1 };
  if (/^\/handout\/?$/.test(h)) return { kind: 'handout' };
  if (/^\/scenarios?\/?$/.test(h)) return { kind: 'scenarios' };
  const sc = /^\/scenario\/([^/]+)\/?$/.exec(h);
  if (sc) return { kind: 'scenario', id: decode(sc[1]) };
  if (/^\/quiz\/?$/.test(h)) return { kind: 'quiz' };
  const q = /^\/quiz\/([^/]+)\/?$/.exec(h);
  if (q) return { kind: 'question', id: decode(q[1]) };
  return { kind: 'app' };
}

/** The `?key=value` part of the hash (`#/quiz/x@1?speed=instant`). */
export function hashParams(hash: string): URLSearchParams {
  const i = hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
}
