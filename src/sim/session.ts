/**
 * Ready-made sessions: the lecture's server with N clients on the lecture's topology.
 */
import { LECTURE_CLIENT, LECTURE_SERVER } from '../scenarios/lecture';
import type { ProgramSpec, SessionSpec } from './types';

export const DEFAULT_STEP_BUDGET = 100_000;
export const DEFAULT_LATENCY_MS = 1;

export function lectureClient(n: number): ProgramSpec {
  return { id: `client${n}`, label: `Client ${n}`, filename: 'client.py', source: LECTURE_CLIENT, python: 'auto', host: `client${n}` };
}

export function lectureSession(clients = 1): SessionSpec {
  const programs: ProgramSpec[] = [
    { id: 'server', label: 'Server', filename: 'server.py', source: LECTURE_SERVER, python: 'auto', host: 'server' },
  ];
  for (let i = 1; i <= clients; i++) programs.push(lectureClient(i));
  return { programs, topology: 'lecture', latencyMs: DEFAULT_LATENCY_MS, seed: 1, stepBudget: DEFAULT_STEP_BUDGET, faults: [] };
}

/** The same session with one more host running the lecture client. */
export function addClient(spec: SessionSpec): SessionSpec {
  let n = 1;
  while (spec.programs.some((p) => p.id === `client${n}` || p.host === `client${n}`)) n++;
  return { ...spec, programs: [...spec.programs, lectureClient(n)] };
}
