/**
 * Building blocks for scenarios: a ProgramSpec maker and the lecture's programs with the changes
 * the demos make to them (each change is a plain text edit, so a lecturer can show the diff).
 */
import type { ProgramSpec } from '../sim/types';
import { LECTURE_CLIENT, LECTURE_SERVER } from './lecture';

/** Replace `from` by `to` in `source`, and fail loudly if `from` is not there exactly once. */
export function edit(source: string, from: string, to: string): string {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`edit: expected exactly one ${JSON.stringify(from)}`);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/**
 * A program on the lecture topology. `id` 'server' runs on host 'server'; 'client3' on host
 * 'client3'; anything else on `opts.host` (default 'server').
 */
/** The network every classroom demo runs on: the lecture's hosts, 5 ms apart, seed 1. */
export const LECTURE_LINK = { topology: 'lecture', latencyMs: 5, seed: 1 } as const;

export function prog(
  id: string,
  source: string,
  python: 2 | 3,
  opts: { startAt?: number; host?: string; label?: string; filename?: string } = {},
): ProgramSpec {
  const m = /^client(\d+)$/.exec(id);
  const host = opts.host ?? (m ? id : 'server');
  const label = opts.label ?? (id === 'server' ? 'Server' : m ? `Client ${m[1]}` : id[0].toUpperCase() + id.slice(1));
  const filename = opts.filename ?? (id === 'server' ? 'server.py' : m ? 'client.py' : `${id}.py`);
  const p: ProgramSpec = { id, label, filename, source, python, host };
  if (opts.startAt) p.startAt = opts.startAt;
  return p;
}

/** The lecture server with the EOF fix: an empty recv means the peer closed; forget the socket. */
export const FIXED_LECTURE_SERVER = edit(
  LECTURE_SERVER,
  '            print data\n',
  `            if data:
                print data
            else:
                input.remove(s)
                s.close()
`,
);

/** The lecture client in Python 3, with the one change Python 3 needs: a bytes literal. */
export const LECTURE_CLIENT_PY3_FIXED = edit(LECTURE_CLIENT, 's.send("Hello Server!")', 's.send(b"Hello Server!")');

export { LECTURE_CLIENT, LECTURE_SERVER };
