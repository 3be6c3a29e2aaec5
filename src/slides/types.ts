/**
 * The deck's shapes. A slide is plain data: what to say, which lines to pick out, and where the
 * simulator should stand (a session plus a step, preferably given as a condition on the simulation
 * rather than a raw step number, so that slides survive changes to the engine's step granularity).
 */
import type { ProgramStatus, SegmentView, SessionSpec, SimView, TcpStateName } from '../sim/types';

/** The lecture's sections, in the order the lecture presents them. */
export type SectionId =
  | 'basics'
  | 'server-program'
  | 'creating'
  | 'binding'
  | 'listen'
  | 'accept'
  | 'receive'
  | 'close'
  | 'wait-input'
  | 'select'
  | 'select-loop'
  | 'client-program'
  | 'summary';

export interface Section {
  id: SectionId;
  /** The section's heading as the lecture prints it. */
  lectureHeading: string;
  /** Our short name for it, shown in the deck's header. */
  title: string;
}

/**
 * A condition on the simulation, as data. Every field given must hold.
 * - `program`: about to run `line` (its current line), has just run `ran`, has `status`, printed `stdout`.
 * - `socket`: some socket on `host` (or anywhere) is in `state`, has at least `acceptQueue`
 *   connections waiting, at least `recvBytes` unread, a local address starting with `local`.
 * - `segment`: at least `count` (default 1) segments with these flags (and status, and sender).
 * - `select`: the program's select() call is in this phase.
 * - `finished`: nothing can happen any more (or the budget stopped the run).
 */
export type Predicate =
  | {
      program: string;
      line?: number;
      ran?: number;
      status?: ProgramStatus | ProgramStatus[];
      stdout?: string;
      /** With `stdout`: it has been printed at least this many times (default 1). */
      stdoutTimes?: number;
    }
  | {
      socket: {
        host?: string;
        state?: TcpStateName;
        acceptQueue?: number;
        recvBytes?: number;
        local?: string;
        fd?: number | null;
      };
    }
  | { segment: { flags: string; status?: SegmentView['status']; from?: string; count?: number } }
  | { select: { program: string; phase: 'waiting' | 'returned' } }
  | { finished: true }
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate };

/** Where the simulator stands: a raw step, or the `nth` (default 1st) moment a condition becomes true. */
export type StepSpec = number | { until: Predicate; nth?: number };

/** A session: 'lecture-N' (the lecture's server with N clients) or one of the deck's own sessions. */
export type SessionId = string;

export interface Preset {
  session: SessionId;
  step: StepSpec;
}

/** The simulator panels a slide may show next to its code (names as the workspace titles them). */
export type PanelId = 'kernel' | 'network' | 'sequence' | 'select' | 'output' | 'variables';

export interface CodeRef {
  /** Program id in the session: 'server', 'client1' … */
  program: string;
  /** 1-based lines to pick out. */
  highlight: number[];
}

export interface SpeakerNotes {
  /** What to say. */
  say: string;
  /** What to point at on the screen. */
  point: string;
  /** A question to ask the class. */
  ask: string;
}

export interface Slide {
  /** Stable id (also used in tests and as a DOM id). */
  id: string;
  section: SectionId;
  title: string;
  /** 2–5 short bullets in our own words. */
  bullets: string[];
  notes: SpeakerNotes;
  /** The programs shown, with the lines this slide explains. */
  code: CodeRef[];
  /** The simulator at this slide. */
  preset: Preset;
  /** What Space plays: from the preset, until this condition holds. */
  play?: { until: Predicate; label: string };
  /** Panels shown beside the code (at most three). */
  panels: PanelId[];
  /** 'side-by-side': two programs left and right of the simulator (the summary). */
  layout?: 'side-by-side';
  /** Hosts whose sockets are summarised in one line each above the panels, live (the detail the slide is about). */
  spotlight?: string[];
}

/** The part of the scheduler a preset needs (both src/sim and the store's Engine have it). */
export interface Stepper<H> {
  createSimulation(spec: SessionSpec): H;
  stepForward(sim: H, programId?: string): boolean;
  getView(sim: H): SimView;
}
