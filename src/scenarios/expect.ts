/**
 * Checking a scenario's promise against what its programs did: used by the scenario tests on the
 * simulator and by linux-check/check.mjs on real Linux, so both are held to the same words.
 */
import type { ProgramExpect, Scenario, TextExpect } from './types';

export interface Outcome {
  stdout: string;
  stderr: string;
  /** The program ended by itself (false: still running or blocked when the demo was over). */
  ended: boolean;
  exitCode: number | null;
}

function lines(text: string): string[] {
  const l = text.split('\n');
  if (l.length && l[l.length - 1] === '') l.pop();
  return l;
}

function describe(t: TextExpect): string {
  if (typeof t === 'string') return JSON.stringify(t);
  return 'count' in t ? `line ${JSON.stringify(t.line)} exactly ${t.count}×` : `line ${JSON.stringify(t.line)} at least ${t.atLeast}×`;
}

/** The ways `o` breaks the promise `e`; empty when it keeps it. */
export function checkOutcome(e: ProgramExpect, o: Outcome): string[] {
  const bad: string[] = [];
  const out = lines(o.stdout);
  for (const t of e.stdout ?? []) {
    if (typeof t === 'string') {
      if (!o.stdout.includes(t)) bad.push(`stdout lacks ${describe(t)}`);
    } else {
      const n = out.filter((l) => l === t.line).length;
      if ('count' in t ? n !== t.count : n < t.atLeast) bad.push(`stdout has ${describe(t)}: found ${n}`);
    }
  }
  let at = 0;
  for (const t of e.stdoutInOrder ?? []) {
    const i = o.stdout.indexOf(t, at);
    if (i < 0) {
      bad.push(`stdout lacks ${JSON.stringify(t)} ${at > 0 ? 'after the previous expected text' : ''}`.trim());
      break;
    }
    at = i + t.length;
  }
  for (const t of e.notStdout ?? []) if (o.stdout.includes(t)) bad.push(`stdout must not contain ${JSON.stringify(t)}`);
  const errLines = o.stderr.split('\n').filter((l) => l.trim() !== '');
  const last = errLines[errLines.length - 1] ?? '';
  if (e.stderrLast !== undefined && !last.includes(e.stderrLast)) bad.push(`last stderr line is ${JSON.stringify(last)}, expected ${JSON.stringify(e.stderrLast)}`);
  if (e.noStderr && o.stderr.trim() !== '') bad.push(`stderr is not empty: ${JSON.stringify(o.stderr.slice(0, 300))}`);
  if (e.ends === 'exits') {
    if (!o.ended) bad.push('expected the program to end, but it was still running');
    else if (e.stderrLast === undefined && o.exitCode !== 0) bad.push(`exit code ${o.exitCode}, expected 0`);
    else if (e.stderrLast !== undefined && o.exitCode === 0) bad.push('exit code 0, expected a failure');
  } else if (o.ended) bad.push(`expected the program to keep running, but it ended (exit code ${o.exitCode})`);
  return bad;
}

/** Check every program of a scenario; returns "programId: problem" lines. */
export function checkScenario(s: Scenario, outcomes: Record<string, Outcome>): string[] {
  const bad: string[] = [];
  for (const [id, e] of Object.entries(s.expect)) {
    const o = outcomes[id];
    if (!o) {
      bad.push(`${id}: no such program`);
      continue;
    }
    for (const b of checkOutcome(e, o)) bad.push(`${id}: ${b}`);
  }
  return bad;
}
