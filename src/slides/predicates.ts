/**
 * Conditions on a simulation view (see {@link Predicate}), and the resolver that turns a slide's
 * preset into a step number by running the simulator forward until the condition holds.
 */
import type { SimView } from '../sim/types';
import type { Predicate, Preset, SessionId, StepSpec, Stepper } from './types';
import type { SessionSpec } from '../sim/types';

export function matches(view: SimView, p: Predicate): boolean {
  if ('all' in p) return p.all.every((q) => matches(view, q));
  if ('any' in p) return p.any.some((q) => matches(view, q));
  if ('not' in p) return !matches(view, p.not);
  if ('finished' in p) return view.finished !== null;
  if ('program' in p) {
    const prog = view.programs.find((q) => q.id === p.program);
    if (!prog) return false;
    if (p.line !== undefined && prog.currentLine !== p.line) return false;
    if (p.ran !== undefined && prog.lastLine !== p.ran) return false;
    if (p.status !== undefined) {
      const ok = Array.isArray(p.status) ? p.status : [p.status];
      if (!ok.includes(prog.status)) return false;
    }
    if (p.stdout !== undefined && prog.stdout.split(p.stdout).length - 1 < (p.stdoutTimes ?? 1)) return false;
    return true;
  }
  if ('socket' in p) {
    const q = p.socket;
    return view.hosts.some(
      (h) =>
        (q.host === undefined || h.name === q.host) &&
        h.sockets.some(
          (s) =>
            (q.state === undefined || s.state === q.state) &&
            (q.acceptQueue === undefined || s.acceptQueue.length >= q.acceptQueue) &&
            (q.recvBytes === undefined || s.recv.bytes >= q.recvBytes) &&
            (q.local === undefined || s.local.startsWith(q.local)) &&
            (q.fd === undefined || s.fd === q.fd),
        ),
    );
  }
  if ('segment' in p) {
    const q = p.segment;
    const n = view.segments.filter(
      (s) => s.flags === q.flags && (q.status === undefined || s.status === q.status) && (q.from === undefined || s.from === q.from),
    ).length;
    return n >= (q.count ?? 1);
  }
  if ('select' in p) return view.select.some((s) => s.programId === p.select.program && s.phase === p.select.phase);
  return false;
}

/** A short English description of a condition, for notes, errors and the presenter view. */
export function describe(p: Predicate): string {
  if ('all' in p) return p.all.map(describe).join(' and ');
  if ('any' in p) return p.any.map(describe).join(' or ');
  if ('not' in p) return `not (${describe(p.not)})`;
  if ('finished' in p) return 'nothing more can happen';
  if ('program' in p) {
    const parts: string[] = [];
    if (p.line !== undefined) parts.push(`is about to run line ${p.line}`);
    if (p.ran !== undefined) parts.push(`has just run line ${p.ran}`);
    if (p.status !== undefined) parts.push(`is ${Array.isArray(p.status) ? p.status.join('/') : p.status}`);
    if (p.stdout !== undefined) parts.push(`has printed ${JSON.stringify(p.stdout)}${(p.stdoutTimes ?? 1) > 1 ? ` ${p.stdoutTimes} times` : ''}`);
    return `${p.program} ${parts.join(', ') || 'exists'}`;
  }
  if ('socket' in p) {
    const q = p.socket;
    const parts: string[] = [];
    if (q.state) parts.push(`in ${q.state}`);
    if (q.acceptQueue !== undefined) parts.push(`with ≥${q.acceptQueue} in its accept queue`);
    if (q.recvBytes !== undefined) parts.push(`with ≥${q.recvBytes} unread bytes`);
    if (q.local) parts.push(`bound to ${q.local}…`);
    return `a socket${q.host ? ` on ${q.host}` : ''} ${parts.join(', ')}`;
  }
  if ('segment' in p) return `${p.segment.count ?? 1}× ${p.segment.flags}${p.segment.status ? ` ${p.segment.status}` : ''}`;
  if ('select' in p) return `${p.select.program}'s select() is ${p.select.phase}`;
  return '?';
}

export interface Resolution {
  /** The step the simulator stands at for this slide. */
  step: number;
  /** The step at which the slide's animation ends (equal to `step` when it has none). */
  end: number;
  /** False when a condition was never met within the limit (the step is then the last one reached). */
  matched: boolean;
  /** What went wrong, in words, when `matched` is false. */
  problem: string | null;
}

export const MAX_PRESET_STEPS = 6000;

/** Runs forward until the `nth` time `until` becomes true (counting step `from` itself). */
function advanceUntil<H>(engine: Stepper<H>, sim: H, from: number, until: Predicate, nth: number, strictlyAfter: boolean): { step: number; ok: boolean } {
  let step = from;
  let seen = 0;
  let prev = false;
  if (!strictlyAfter) {
    prev = matches(engine.getView(sim), until);
    if (prev && ++seen >= nth) return { step, ok: true };
  }
  for (let i = 0; i < MAX_PRESET_STEPS; i++) {
    if (!engine.stepForward(sim)) return { step, ok: false };
    step++;
    const now = matches(engine.getView(sim), until);
    if (now && (!prev || strictlyAfter) && ++seen >= nth) return { step, ok: true };
    prev = now;
  }
  return { step, ok: false };
}

/**
 * Runs `sim` (fresh, at step 0) forward to the preset, and then to the end of the slide's
 * animation when it has one. The simulation is left at `end`; its history is recorded, so going
 * back to `step` and playing forward again is exact.
 */
export function resolveOn<H>(engine: Stepper<H>, sim: H, step: StepSpec, play?: Predicate): Resolution {
  let at = 0;
  let matched = true;
  let problem: string | null = null;
  if (typeof step === 'number') {
    while (at < step && engine.stepForward(sim)) at++;
    if (at < step) {
      matched = false;
      problem = `the session ended at step ${at}, before step ${step}`;
    }
  } else {
    const r = advanceUntil(engine, sim, 0, step.until, step.nth ?? 1, false);
    at = r.step;
    if (!r.ok) {
      matched = false;
      problem = `never reached: ${describe(step.until)}${(step.nth ?? 1) > 1 ? ` (time ${step.nth})` : ''}`;
    }
  }
  let end = at;
  if (play && matched) {
    const r = advanceUntil(engine, sim, at, play, 1, true);
    end = r.step;
    if (!r.ok) {
      matched = false;
      problem = `the animation never reached: ${describe(play)}`;
    }
  }
  return { step: at, end, matched, problem };
}

/** {@link resolveOn} on a new simulation of `spec`. */
export function resolvePreset<H>(engine: Stepper<H>, spec: SessionSpec, step: StepSpec, play?: Predicate): Resolution & { sim: H } {
  const sim = engine.createSimulation(spec);
  return { ...resolveOn(engine, sim, step, play), sim };
}

export type { Preset, SessionId };
