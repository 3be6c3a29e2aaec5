/**
 * What a scenario is: a classroom demo as plain data. The programs, the network, the faults and
 * what the lecturer can say about it, plus the outcome it promises (checked on real Linux by
 * `linux-check/check.mjs` and on the simulator by `scenarios.test.ts`).
 */
import type { FaultSpec, ProgramSpec } from '../sim/types';

/** The lecture's sections, in the order the slides present them. */
export const SECTIONS = [
  { id: 'basics', title: 'Basics' },
  { id: 'server-program', title: 'Server program' },
  { id: 'creating-sockets', title: 'Creating sockets' },
  { id: 'binding', title: 'Binding sockets (and ephemeral ports)' },
  { id: 'listen', title: 'Listen for connections (backlog and handshake)' },
  { id: 'accept', title: 'Accept connections' },
  { id: 'recv', title: 'Receive data (MSG_PEEK, MSG_DONTWAIT)' },
  { id: 'close', title: 'Close socket (FIN)' },
  { id: 'waiting-for-input', title: 'Wait for input' },
  { id: 'select', title: 'select()' },
  { id: 'select-loop', title: 'The select loop' },
  { id: 'client', title: 'Client program' },
  { id: 'summary', title: 'Summary' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((s) => s.id === id)?.title ?? id;
}

/** A line of text the program must print: a substring, or a whole line seen a number of times. */
export type TextExpect = string | { line: string; count: number } | { line: string; atLeast: number };

/** The outcome one program must show, on Linux and on the simulator. */
export interface ProgramExpect {
  /** Each must appear in stdout. */
  stdout?: TextExpect[];
  /** These substrings must appear in stdout in this order. */
  stdoutInOrder?: string[];
  /** None of these may appear in stdout. */
  notStdout?: string[];
  /** The last non-empty line of stderr contains this (e.g. 'ConnectionRefusedError: [Errno 111] Connection refused'). */
  stderrLast?: string;
  /** stderr must be empty. */
  noStderr?: boolean;
  /**
   * 'exits': the program ends by itself (exit code 0 unless stderrLast says otherwise);
   * 'keeps-running': a server that never ends (blocked in select/accept, or spinning) when the demo is over.
   */
  ends: 'exits' | 'keeps-running';
}

export interface TeachingNotes {
  /** What to watch for on the screen. */
  watch: string;
  /** What happens, in order. */
  happens: string;
  /** Why: the kernel's reason. */
  why: string;
  /** "Try this" suggestions: edits to make and what they show. */
  tryThis: string[];
}

export interface Scenario {
  /** URL-safe slug, used in `#/scenario/<id>`. */
  id: string;
  title: string;
  /** One line. */
  summary: string;
  /** Keywords for search (syscalls, errors, TCP states, ideas). */
  tags: string[];
  /** The lecture section the demo belongs to. */
  section: SectionId;
  programs: ProgramSpec[];
  topology: 'lecture' | 'loopback';
  latencyMs: number;
  seed: number;
  stepBudget: number;
  faults: FaultSpec[];
  notes: TeachingNotes;
  /** What each program does, by program id: the promise the notes make. */
  expect: Record<string, ProgramExpect>;
  /** Ids of related scenarios (the problem and its fix). */
  related: string[];
  /**
   * For the Linux check: how long (real ms) to let the programs run before stopping the ones that
   * never end; and, when the scenario needs something loopback cannot do (a lost segment), why
   * only its output is checked there.
   */
  linux: { runForMs: number; note?: string };
}
