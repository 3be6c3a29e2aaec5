/**
 * Quiz shapes. A Question is plain data (it can be saved, put in a link, stored in localStorage);
 * a template is code that builds one variant of a question from a seed and says how to read the
 * answer out of the simulation.
 */
import type { SectionId } from '../scenarios/types';
import type { SessionSpec, SimView, Simulation } from '../sim';

export type QuestionKind = 'choice' | 'multi' | 'text-repr' | 'state' | 'segment';

export interface QuestionOption {
  value: string;
  label: string;
}

export interface QuestionProgram {
  id: string;
  label: string;
  python: 2 | 3;
  source: string;
  /** 1-based line to pick out in this program, or null. */
  highlight: number | null;
}

/** One question, as plain data. */
export interface Question {
  /** `${templateId}@${seed}`. */
  id: string;
  templateId: string;
  seed: number;
  section: SectionId;
  /** The template's short title ("What does select() return?"). */
  title: string;
  kind: QuestionKind;
  /** What the learner is asked, in plain English. */
  prompt: string;
  /** The programs, each with the line to highlight. */
  programs: QuestionProgram[];
  /** The program and line the question is about. */
  focus: { programId: string; line: number };
  /** Options for 'choice', 'multi', 'state' and 'segment'. */
  options?: QuestionOption[];
  /** For 'text-repr': the Python version whose reprs the answer is compared in. */
  python: 2 | 3;
  /** A hint on the answer's form ("a Python repr, like b'abc'"). */
  answerHint: string;
  /** The session to run: `createSimulation(session)`, then `goTo(sim, pauseStep)` to pause. */
  session: SessionSpec;
  /** Steps are default steps (stepForward with no program chosen), so goTo reaches them exactly. */
  pauseStep: number;
  /** `goTo(sim, revealStep)` plays what the question asks about. */
  revealStep: number;
}

/** A learner's answer: an option value, a list of option values ('multi'), or a typed repr. */
export type Answer = string | string[];

export interface GradeResult {
  correct: boolean;
  /** The right answer, read from the simulation (option values, or a canonical repr). */
  expected: Answer;
  /** The right answer as the learner sees it (option labels joined, or the repr). */
  expectedLabel: string;
  explanation: string;
}

/** What a template can look at when it reads the answer: the moment of the pause and of the reveal. */
export interface RevealContext {
  sim: Simulation;
  before: SimView;
  after: SimView;
  pauseStep: number;
  revealStep: number;
}

/**
 * Cheap looks at a running simulation (no full view), for finding the pause and the reveal.
 * Every method reads the state at the simulation's current step.
 */
export interface Probe {
  sim: Simulation;
  /** Step at which the search started. */
  from: number;
  /** The line the program is about to run (null when it has ended). */
  line(programId: string): number | null;
  status(programId: string): string;
  /** Did the last step run a line of this program? Which line? */
  ranLine(programId: string): number | null;
  stdout(programId: string): string;
  stderr(programId: string): string;
  time(): number;
  /** Segments put on the wire since the search started (sent events, in order). */
  segmentsSent(): { id: number; flags: string; from: string; to: string; proto: string; len: number }[];
  /** TCP state changes since the search started. */
  stateChanges(): { sock: number; host: string; from: string; to: string; time: number }[];
}

/** Where to stop: a predicate over the probe, checked after each default step. */
export interface Locator {
  /** For messages: "the server is about to run line 9". */
  describe: string;
  until: (p: Probe) => boolean;
  maxSteps?: number;
  /** The end of the simulation (nothing can happen any more) also counts as reaching it. */
  acceptEnd?: boolean;
}

/** One variant of a template, built from a seed. Code, not data: it is rebuilt from the seed. */
export interface Variant {
  session: SessionSpec;
  prompt: string;
  focus: { programId: string; line: number };
  /** Extra lines to highlight in other programs. */
  highlights?: Record<string, number>;
  python?: 2 | 3;
  options?: QuestionOption[] | ((before: SimView) => QuestionOption[]);
  pause: Locator;
  /** Built at the pause, when it needs what the pause looks like (a socket id, a count). */
  reveal: Locator | ((before: SimView, sim: Simulation) => Locator);
  /** Read the right answer from the simulation. */
  answer: (ctx: RevealContext) => Answer;
  /** Why, in a sentence or two, given the answer. */
  explain: (ctx: RevealContext, expected: Answer) => string;
  answerHint?: string;
}

export interface QuizTemplate {
  id: string;
  section: SectionId;
  title: string;
  kind: QuestionKind;
  build: (rng: import('./prng').Rng) => Variant;
}
