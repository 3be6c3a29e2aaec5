/**
 * Questions from templates, and grading from the simulation.
 *
 * makeQuestion builds a template's variant from the seed, runs the session with default steps to
 * the pause point and on to the reveal point, and returns plain data. grade() runs the question's
 * own session again (so an edited session gives an answer true to the edit), reads the right
 * answer from the simulation at the reveal point and compares. Results are cached per question.
 */
import { createSimulation, flagName, getView, goTo, stepForward, type SessionSpec, type SimView, type Simulation } from '../sim';
import { createRng } from './prng';
import { normalizeRepr } from './repr';
import type { Answer, GradeResult, Locator, Probe, Question, QuizTemplate, RevealContext, Variant } from './types';
import { QUIZ_TEMPLATES } from './templates';

export { QUIZ_TEMPLATES };

const BY_ID = new Map<string, QuizTemplate>(QUIZ_TEMPLATES.map((t) => [t.id, t]));

export function templateById(id: string): QuizTemplate | undefined {
  return BY_ID.get(id);
}

// ------------------------------------------------------------------ probing the simulation

function progIndex(sim: Simulation, id: string): number {
  const i = sim.spec.programs.findIndex((p) => p.id === id);
  if (i < 0) throw new Error(`no program ${id}`);
  return i;
}

export function makeProbe(sim: Simulation): Probe {
  const from = sim.step;
  const hostName = (i: number) => sim.state.kernel.hosts[i]?.name ?? String(i);
  return {
    sim,
    from,
    line(id) {
      const py = sim.state.procs[progIndex(sim, id)].py;
      return py && !py.done ? py.line : null;
    },
    status(id) {
      return sim.state.procs[progIndex(sim, id)].status;
    },
    ranLine(id) {
      const rec = sim.records[sim.step - 1];
      return sim.step > 0 && rec && rec.prog === progIndex(sim, id) ? rec.line : null;
    },
    stdout: (id) => sim.state.procs[progIndex(sim, id)].stdout,
    stderr: (id) => sim.state.procs[progIndex(sim, id)].stderr,
    time: () => sim.state.kernel.now,
    segmentsSent() {
      const out: ReturnType<Probe['segmentsSent']> = [];
      for (let i = from; i < sim.step; i++)
        for (const e of sim.records[i].events)
          if (e.t === 'segment' && e.what === 'sent')
            out.push({
              id: e.seg.id,
              flags: e.seg.proto === 'tcp' ? flagName(e.seg.flags) : e.seg.proto.toUpperCase(),
              from: hostName(e.seg.srcHost),
              to: hostName(e.seg.dstHost),
              proto: e.seg.proto,
              len: e.seg.payload.length,
            });
      return out;
    },
    stateChanges() {
      const out: ReturnType<Probe['stateChanges']> = [];
      for (let i = from; i < sim.step; i++)
        for (const e of sim.records[i].events) if (e.t === 'state') out.push({ sock: e.sock, host: e.host, from: e.from, to: e.to, time: e.time });
      return out;
    },
  };
}

/** Take default steps until the locator holds. Throws when it never does. */
export function stepUntil(sim: Simulation, loc: Locator): void {
  const probe = makeProbe(sim);
  const max = loc.maxSteps ?? 20_000;
  for (let i = 0; i <= max; i++) {
    if (loc.until(probe)) return;
    if (!stepForward(sim)) {
      if (loc.acceptEnd) return;
      break;
    }
  }
  if (loc.until(probe)) return;
  throw new Error(`the simulation never reached "${loc.describe}" (stopped at step ${sim.step}, t = ${sim.state.kernel.now} ms)`);
}

// ------------------------------------------------------------------ running a variant

interface Evaluated {
  pauseStep: number;
  revealStep: number;
  before: SimView;
  after: SimView;
  options: Question['options'];
  expected: Answer;
  explanation: string;
}

function evaluate(v: Variant, session: SessionSpec): Evaluated {
  const sim = createSimulation(session);
  stepUntil(sim, v.pause);
  const pauseStep = sim.step;
  const before = getView(sim);
  const reveal = typeof v.reveal === 'function' ? v.reveal(before, sim) : v.reveal;
  stepUntil(sim, reveal);
  const revealStep = sim.step;
  const after = getView(sim);
  const ctx: RevealContext = { sim, before, after, pauseStep, revealStep };
  const expected = v.answer(ctx);
  const explanation = v.explain(ctx, expected);
  const options = typeof v.options === 'function' ? v.options(before) : v.options;
  return { pauseStep, revealStep, before, after, options, expected, explanation };
}

function variantOf(templateId: string, seed: number): { t: QuizTemplate; v: Variant } {
  const t = BY_ID.get(templateId);
  if (!t) throw new Error(`no quiz template ${templateId}`);
  return { t, v: t.build(createRng(seed)) };
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const cache = new Map<string, { expected: Answer; explanation: string; revealStep: number; pauseStep: number }>();
const cacheKey = (q: Pick<Question, 'id' | 'session'>) => `${q.id}|${hash(JSON.stringify(q.session))}`;

const HINTS: Record<string, string> = {
  'text-repr': "Type a Python repr, as print(repr(x)) would show it: b'abc', 'abc', 13, ('10.0.0.2', 5000), [].",
  choice: 'Pick one.',
  multi: 'Pick every one that applies (or none).',
  state: 'Pick a TCP state.',
  segment: 'Pick the segment and its direction.',
};

/** Build the question `templateId` makes from `seed`. Runs the simulation to find the steps. */
export function makeQuestion(templateId: string, seed: number): Question {
  const { t, v } = variantOf(templateId, seed);
  const ev = evaluate(v, v.session);
  const python = v.python ?? ((v.session.programs.find((p) => p.id === v.focus.programId)?.python ?? 3) === 2 ? 2 : 3);
  const q: Question = {
    id: `${templateId}@${seed}`,
    templateId,
    seed,
    section: t.section,
    title: t.title,
    kind: t.kind,
    prompt: v.prompt,
    programs: v.session.programs.map((p) => ({
      id: p.id,
      label: p.label,
      python: p.python === 2 ? 2 : 3,
      source: p.source,
      highlight: p.id === v.focus.programId ? v.focus.line : (v.highlights?.[p.id] ?? null),
    })),
    focus: v.focus,
    python,
    answerHint: v.answerHint ?? HINTS[t.kind],
    session: structuredClone(v.session),
    pauseStep: ev.pauseStep,
    revealStep: ev.revealStep,
  };
  if (ev.options) q.options = ev.options;
  cache.set(cacheKey(q), { expected: ev.expected, explanation: ev.explanation, revealStep: ev.revealStep, pauseStep: ev.pauseStep });
  return q;
}

/**
 * The right answer for a question, read from the simulation of the question's own session
 * (cached per question and session).
 */
export function expectedAnswer(q: Question): { expected: Answer; explanation: string; pauseStep: number; revealStep: number } {
  const key = cacheKey(q);
  let hit = cache.get(key);
  if (!hit) {
    const { v } = variantOf(q.templateId, q.seed);
    const ev = evaluate(v, q.session);
    hit = { expected: ev.expected, explanation: ev.explanation, revealStep: ev.revealStep, pauseStep: ev.pauseStep };
    if (cache.size > 500) cache.delete(cache.keys().next().value as string);
    cache.set(key, hit);
  }
  return hit;
}

/** Forget cached answers (tests use it to prove answers come from the simulation). */
export function clearAnswerCache(): void {
  cache.clear();
}

const STATE_ALIASES: Record<string, string> = { SYN_SENT: 'SYN-SENT', SYN_RECV: 'SYN-RECEIVED', SYN_RECEIVED: 'SYN-RECEIVED' };

function normState(s: string): string {
  const u = s.trim().toUpperCase().replace(/[\s_]+/g, '-');
  return STATE_ALIASES[u.replace(/-/g, '_')] ?? u;
}

function normalize(q: Question, a: Answer): Answer {
  switch (q.kind) {
    case 'text-repr':
      return normalizeRepr(Array.isArray(a) ? a.join(', ') : a, q.python);
    case 'multi':
      return [...new Set((Array.isArray(a) ? a : a.split(',')).map((x) => x.trim()).filter(Boolean))].sort();
    case 'state':
      return normState(Array.isArray(a) ? (a[0] ?? '') : a);
    default:
      return (Array.isArray(a) ? (a[0] ?? '') : a).trim();
  }
}

function label(q: Question, a: Answer): string {
  const byValue = new Map((q.options ?? []).map((o) => [o.value, o.label]));
  if (Array.isArray(a)) return a.length ? a.map((x) => byValue.get(x) ?? x).join(', ') : 'none of them';
  return byValue.get(a) ?? a;
}

export function grade(q: Question, answer: Answer): GradeResult {
  const { expected, explanation } = expectedAnswer(q);
  const want = normalize(q, expected);
  const got = normalize(q, answer);
  const correct = Array.isArray(want) ? Array.isArray(got) && want.length === got.length && want.every((x, i) => x === got[i]) : want === got;
  return { correct, expected: want, expectedLabel: label(q, want), explanation };
}

/** The step to pause at and the step to reveal, for a simulation of `q.session`. */
export function questionSteps(q: Question): { pauseStep: number; revealStep: number } {
  return { pauseStep: q.pauseStep, revealStep: q.revealStep };
}

/** A fresh simulation of the question, paused where the learner predicts. */
export function simulationAtPause(q: Question): Simulation {
  const sim = createSimulation(q.session);
  goTo(sim, q.pauseStep);
  return sim;
}
