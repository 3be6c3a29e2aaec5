/**
 * Strict validation of a session that came from outside (a link, a file, localStorage).
 *
 * Nothing is trusted: every field is checked for its type, its length and its range, objects are
 * rebuilt from the known fields only (unknown fields, `__proto__` and friends are dropped, never
 * copied), and labels and names are plain text. What passes can be handed to the simulator as it is.
 */
import type { FaultSpec, ProgramSpec, PythonMode, SessionSpec } from '../sim/types';

/** What a session link or file holds besides the spec: the steps taken, and where the user is. */
export interface SharedSession {
  spec: SessionSpec;
  /**
   * The choices behind every recorded step, in order: null for "the next runnable program" (the
   * default interleaving), or the id of the program that was stepped on purpose.
   */
  actions: (string | null)[];
  /** The current step (0 = the start). May be below actions.length after stepping back. */
  step: number;
}

export const LIMITS = {
  programs: 16,
  sourceChars: 64 * 1024,
  labelChars: 48,
  faults: 32,
  /** Steps a link may ask the simulator to replay when it opens. */
  steps: 100_000,
  /** Runs of identical actions (the run-length encoding's pairs). */
  actionRuns: 20_000,
  stepBudget: 1_000_000,
  latencyMs: 10_000,
  startAtMs: 3_600_000,
  delayMs: 60_000,
} as const;

export class InvalidSession extends Error {}

function fail(msg: string): never {
  throw new InvalidSession(msg);
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property only: inherited names (`constructor`, `toString`, `__proto__`) never count. */
function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined;
}

function obj(v: unknown, what: string): Obj {
  if (!isObj(v)) fail(`${what} is not an object`);
  return v;
}

function int(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(`${what} must be a whole number from ${min} to ${max}`);
  return v;
}

function num(v: unknown, what: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(`${what} must be a number from ${min} to ${max}`);
  return v;
}

function oneOf<T extends string | number>(v: unknown, what: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) fail(`${what} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  return v as T;
}

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const HOST = /^[A-Za-z][A-Za-z0-9-]{0,31}$/;
const FILENAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
const FLAGS = /^[A-Z]{2,3}(\+[A-Z]{2,3}){0,5}$/;
// Control characters (C0, DEL, C1), bidi overrides and markup characters are refused in labels.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069<>&"'`]/;
// Python source may hold any text but NUL and the other C0 controls (tabs, newlines and form feeds are fine).
// eslint-disable-next-line no-control-regex
const BAD_SOURCE = /[\u0000-\u0008\u000e-\u001f]/;

function pattern(v: unknown, what: string, re: RegExp): string {
  if (typeof v !== 'string' || !re.test(v)) fail(`${what} is not a valid name`);
  return v;
}

function label(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > LIMITS.labelChars || NOT_PLAIN.test(v)) fail(`${what} must be plain text of 1 to ${LIMITS.labelChars} characters`);
  return v;
}

function program(v: unknown, i: number): ProgramSpec {
  const what = `program ${i + 1}`;
  const o = obj(v, what);
  const source = own(o, 'source');
  if (typeof source !== 'string' || source.length > LIMITS.sourceChars || BAD_SOURCE.test(source)) fail(`${what}'s source must be text of at most ${LIMITS.sourceChars} characters`);
  const p: ProgramSpec = {
    id: pattern(own(o, 'id'), `${what}'s id`, ID),
    label: label(own(o, 'label'), `${what}'s label`),
    filename: pattern(own(o, 'filename'), `${what}'s file name`, FILENAME),
    source,
    python: oneOf<PythonMode>(own(o, 'python'), `${what}'s Python version`, [2, 3, 'auto']),
    host: pattern(own(o, 'host'), `${what}'s host`, HOST),
  };
  if (has(o, 'startAt')) p.startAt = num(own(o, 'startAt'), `${what}'s start time`, 0, LIMITS.startAtMs);
  return p;
}

function fault(v: unknown, i: number): FaultSpec {
  const what = `fault ${i + 1}`;
  const o = obj(v, what);
  const f: FaultSpec = { kind: oneOf(own(o, 'kind'), `${what}'s kind`, ['drop', 'delay', 'duplicate'] as const) };
  if (has(o, 'flags')) f.flags = pattern(own(o, 'flags'), `${what}'s flags`, FLAGS);
  if (has(o, 'from')) f.from = pattern(own(o, 'from'), `${what}'s host`, HOST);
  if (has(o, 'nth')) f.nth = int(own(o, 'nth'), `${what}'s segment number`, 1, 100_000);
  if (has(o, 'delayMs')) f.delayMs = num(own(o, 'delayMs'), `${what}'s delay`, 0, LIMITS.delayMs);
  return f;
}

function array(v: unknown, what: string, max: number, min = 0): unknown[] {
  if (!Array.isArray(v)) fail(`${what} is not a list`);
  if (v.length < min || v.length > max) fail(`${what} must hold ${min} to ${max} entries`);
  return v;
}

/** A session spec from untrusted data, or an {@link InvalidSession} saying what is wrong. */
export function validateSpec(v: unknown): SessionSpec {
  const o = obj(v, 'the session');
  const programs = array(own(o, 'programs'), 'the programs', LIMITS.programs, 1).map(program);
  const ids = new Set<string>();
  for (const p of programs) {
    if (ids.has(p.id)) fail(`two programs have the id "${p.id}"`);
    ids.add(p.id);
  }
  return {
    programs,
    topology: oneOf(own(o, 'topology'), 'the topology', ['lecture', 'loopback'] as const),
    latencyMs: num(own(o, 'latencyMs'), 'the latency', 0, LIMITS.latencyMs),
    seed: int(own(o, 'seed'), 'the seed', 0, 0xffffffff),
    stepBudget: int(own(o, 'stepBudget'), 'the step budget', 1, LIMITS.stepBudget),
    faults: array(own(o, 'faults') ?? [], 'the faults', LIMITS.faults).map(fault),
  };
}

/**
 * The actions as stored: run-length pairs `[choice, count]`, where choice is -1 for the default
 * interleaving or a program's index. Compact, and a long run of default steps costs a few bytes.
 */
export type ActionRuns = [number, number][];

export function packActions(actions: (string | null)[], spec: SessionSpec): ActionRuns {
  const runs: ActionRuns = [];
  for (const a of actions) {
    const c = a === null ? -1 : spec.programs.findIndex((p) => p.id === a);
    if (a !== null && c < 0) throw new Error(`unknown program "${a}" in the actions`);
    const last = runs[runs.length - 1];
    if (last && last[0] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

export function unpackActions(v: unknown, spec: SessionSpec): (string | null)[] {
  const runs = array(v ?? [], 'the actions', LIMITS.actionRuns);
  const out: (string | null)[] = [];
  for (const r of runs) {
    const pair = array(r, 'an action', 2, 2);
    const c = int(pair[0], 'an action\'s program', -1, spec.programs.length - 1);
    const n = int(pair[1], 'an action\'s count', 1, LIMITS.steps);
    if (out.length + n > LIMITS.steps) fail(`the session has more than ${LIMITS.steps} steps`);
    const id = c < 0 ? null : spec.programs[c].id;
    for (let i = 0; i < n; i++) out.push(id);
  }
  return out;
}

/** The body of a link or file (after decompression and JSON parsing) as a checked session. */
export function validateShared(v: unknown): SharedSession {
  const o = obj(v, 'the data');
  const spec = validateSpec(own(o, 'spec'));
  const actions = unpackActions(own(o, 'actions'), spec);
  const step = int(own(o, 'step') ?? 0, 'the step', 0, LIMITS.steps);
  return { spec, actions, step };
}
