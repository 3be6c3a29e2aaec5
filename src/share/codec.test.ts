import { describe, expect, it } from 'vitest';
import type { SessionSpec } from '../sim/types';
import { LECTURE_CLIENT, LECTURE_SERVER } from '../scenarios/lecture';
import {
  decodeSession,
  deflate,
  encodeSession,
  fromBase64Url,
  MAX_JSON,
  sessionFromJson,
  sessionToJson,
  shareTextFromHash,
  toBase64Url,
} from './codec';
import { packActions, unpackActions } from './validate';

// The lecture session as src/sim/session.ts builds it (kept here so this test needs no simulator).
function lecture(clients = 1): SessionSpec {
  const programs: SessionSpec['programs'] = [{ id: 'server', label: 'Server', filename: 'server.py', source: LECTURE_SERVER, python: 'auto', host: 'server' }];
  for (let i = 1; i <= clients; i++) programs.push({ id: `client${i}`, label: `Client ${i}`, filename: 'client.py', source: LECTURE_CLIENT, python: 'auto', host: `client${i}` });
  return { programs, topology: 'lecture', latencyMs: 5, seed: 1, stepBudget: 100_000, faults: [] };
}

async function encodeRaw(data: unknown): Promise<string> {
  return 'v1.' + toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(data))));
}

async function body(overrides: (b: { spec: Record<string, unknown>; actions: unknown; step: unknown }) => void) {
  const b = JSON.parse(JSON.stringify({ spec: lecture(), actions: [[-1, 3]], step: 3 }));
  overrides(b);
  return encodeRaw(b);
}

async function expectRejected(text: string, pattern?: RegExp) {
  const r = await decodeSession(text);
  expect(r.ok).toBe(false);
  if (!r.ok && pattern) expect(r.error).toMatch(pattern);
  if (!r.ok) expect(r.error).not.toMatch(/<|undefined|\[object/);
  return r;
}

describe('base64url', () => {
  it('round-trips every length and byte value', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 255);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
    expect(fromBase64Url('a')).toBeNull();
    expect(fromBase64Url('ab=c')).toBeNull();
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abé')).toBeNull();
  });
});

describe('session links', () => {
  it('round-trip the spec, the actions and the step exactly', async () => {
    const spec = lecture(2);
    spec.programs[1].source = 'print("ünïcødé ✓")\n\tx = 1\r\n';
    spec.programs[0].python = 2;
    spec.programs[2].python = 3;
    spec.programs[2].startAt = 12.5;
    spec.faults = [{ kind: 'drop', flags: 'SYN+ACK', nth: 1, from: 'server' }, { kind: 'delay', delayMs: 40 }];
    const actions = [null, null, 'client1', 'client1', null, 'server', 'client2', null];
    const text = await encodeSession(spec, 5, actions);
    expect(text.startsWith('v1.')).toBe(true);
    const r = await decodeSession(text);
    expect(r).toEqual({ ok: true, spec, actions, step: 5 });
    // The hash form decodes the same.
    expect(await decodeSession('#/s/' + text)).toEqual(r);
    expect(shareTextFromHash('#/s/' + text)).toBe(text);
    expect(shareTextFromHash('#/slides/1')).toBeNull();
  });

  it('are compact for the lecture session', async () => {
    const actions = Array<null>(120).fill(null);
    const text = await encodeSession(lecture(), 120, actions);
    const json = JSON.stringify({ spec: lecture(), actions: [[-1, 120]], step: 120 });
    expect(text.length).toBeLessThan(json.length);
    expect(text.length).toBeLessThan(900);
  });

  it('pack actions as runs', () => {
    const spec = lecture(2);
    const actions = [null, null, null, 'client2', 'client2', 'server', null];
    expect(packActions(actions, spec)).toEqual([[-1, 3], [2, 2], [0, 1], [-1, 1]]);
    expect(unpackActions(packActions(actions, spec), spec)).toEqual(actions);
    expect(() => packActions(['nobody'], spec)).toThrow();
  });
});

describe('hostile links fall back with a clear message', () => {
  it('reject things that are not links', async () => {
    for (const t of [undefined, null, 42, {}, '', 'hello', 'v1.', 'v1', '#/s/', 'v2.abc', 'javascript:alert(1)', '<script>alert(1)</script>']) {
      await expectRejected(t as string);
    }
    await expectRejected('v9.AAAA', /newer Socket Lab/);
  });

  it('reject truncated links', async () => {
    const text = await encodeSession(lecture(), 3, [null, null, null]);
    for (const cut of [4, 10, Math.floor(text.length / 2), text.length - 3, text.length - 1]) {
      await expectRejected(text.slice(0, cut));
    }
  });

  it('reject bit-flipped links', async () => {
    const text = await encodeSession(lecture(), 3, [null, null, null]);
    const bytes = fromBase64Url(text.slice(3))!;
    let rejected = 0;
    for (let i = 0; i < bytes.length; i += 7) {
      const b = bytes.slice();
      b[i] ^= 1 << (i % 8);
      const r = await decodeSession('v1.' + toBase64Url(b));
      // zlib's Adler-32 catches a flip anywhere in the data; at worst the result is still a valid session.
      if (!r.ok) rejected++;
      else expect(r.spec.programs.length).toBeGreaterThan(0);
    }
    expect(rejected).toBeGreaterThan(0);
  });

  it('reject characters that base64url never holds', async () => {
    await expectRejected('v1.abc$def', /damaged/);
    await expectRejected('v1.' + '%3Cscript%3E', /damaged/);
  });

  it('reject zip bombs and huge links', async () => {
    const bomb = await deflate(new Uint8Array(MAX_JSON * 4).fill(32));
    await expectRejected('v1.' + toBase64Url(bomb), /more than 256 KB/);
    await expectRejected('v1.' + 'A'.repeat(300 * 1024), /too long/);
  });

  it('reject valid compression of invalid UTF-8 or JSON', async () => {
    await expectRejected('v1.' + toBase64Url(await deflate(Uint8Array.from([0xff, 0xfe, 0x7b]))));
    await expectRejected('v1.' + toBase64Url(await deflate(new TextEncoder().encode('{"spec":'))));
    await expectRejected('v1.' + toBase64Url(await deflate(new TextEncoder().encode('null'))));
    await expectRejected('v1.' + toBase64Url(await deflate(new TextEncoder().encode('[1,2,3]'))));
  });

  it('reject wrong types and out-of-range numbers', async () => {
    const cases: [(b: { spec: Record<string, unknown>; actions: unknown; step: unknown }) => void, RegExp][] = [
      [(b) => { b.spec.programs = []; }, /programs/],
      [(b) => { b.spec.programs = 'x'; }, /programs/],
      [(b) => { b.spec.programs = Array(17).fill((b.spec.programs as unknown[])[0]); }, /programs/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[0].source = 42; }, /source/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[0].source = 'x'.repeat(70_000); }, /source/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[0].source = 'a\u0000b'; }, /source/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[0].python = 4; }, /Python version/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[0].python = '3'; }, /Python version/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[1].id = 'server'; }, /two programs/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[1].id = '../x'; }, /id/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[1].host = 'a b'; }, /host/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[1].filename = '/etc/passwd'; }, /file name/],
      [(b) => { (b.spec.programs as Record<string, unknown>[])[1].startAt = -1; }, /start time/],
      [(b) => { b.spec.topology = 'internet'; }, /topology/],
      [(b) => { b.spec.latencyMs = 1e9; }, /latency/],
      [(b) => { b.spec.latencyMs = 'NaN'; }, /latency/],
      [(b) => { b.spec.seed = 1.5; }, /seed/],
      [(b) => { b.spec.stepBudget = 1e12; }, /step budget/],
      [(b) => { b.spec.faults = [{ kind: 'explode' }]; }, /fault/],
      [(b) => { b.spec.faults = [{ kind: 'drop', flags: '<b>' }]; }, /fault/],
      [(b) => { b.step = -1; }, /step/],
      [(b) => { b.step = 1e9; }, /step/],
      [(b) => { b.step = '3'; }, /step/],
      [(b) => { b.actions = [[5, 1]]; }, /action/],
      [(b) => { b.actions = [[-1, 1e9]]; }, /action|steps/],
      [(b) => { b.actions = Array(60).fill([-1, 99_999]); }, /more than 100000 steps/],
      [(b) => { b.actions = [[-1]]; }, /action/],
      [(b) => { b.actions = 'all'; }, /actions/],
    ];
    for (const [change, pattern] of cases) await expectRejected(await body(change), pattern);
  });

  it('reject HTML and control characters in labels', async () => {
    for (const label of ['<img src=x onerror=alert(1)>', 'Server</h2><script>', 'a\u202eb', 'tab\there', '', ' ', 'x'.repeat(49), 'A & B']) {
      await expectRejected(await body((b) => { (b.spec.programs as Record<string, unknown>[])[0].label = label; }), /label/);
    }
  });

  it('drop unknown fields and never pollute prototypes', async () => {
    const text = 'v1.' + toBase64Url(await deflate(new TextEncoder().encode(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"extra":"<b>",' +
      '"spec":' + JSON.stringify({ ...lecture(), onload: 'alert(1)' }).replace('{', '{"__proto__":{"polluted":3},') + ',"actions":[],"step":0}',
    )));
    const r = await decodeSession(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r)).toEqual(['ok', 'spec', 'actions', 'step']);
    expect(Object.keys(r.spec).sort()).toEqual(['faults', 'latencyMs', 'programs', 'seed', 'stepBudget', 'topology']);
    expect(Object.getPrototypeOf(r.spec)).toBe(Object.prototype);
    expect(r.spec).toEqual(lecture());
  });

  it('do not read inherited names as fields', async () => {
    // `constructor` and `toString` exist on every object; a spec missing fields must not pick them up.
    await expectRejected(await encodeRaw({ spec: { programs: [{ id: 'a', label: 'A', filename: 'a.py', python: 3, host: 'h' }], topology: 'lecture', latencyMs: 1, seed: 1, stepBudget: 10 } }), /source/);
  });
});

describe('session files', () => {
  it('round-trip and are checked like links', () => {
    const spec = lecture(1);
    const json = sessionToJson(spec, 2, [null, 'client1']);
    expect(JSON.parse(json).format).toBe('socket-lab-session');
    expect(sessionFromJson(json)).toEqual({ ok: true, spec, actions: [null, 'client1'], step: 2 });
    expect(sessionFromJson('not json').ok).toBe(false);
    expect(sessionFromJson('{}').ok).toBe(false);
    expect(sessionFromJson(JSON.stringify({ format: 'socket-lab-session', version: 2 }))).toMatchObject({ ok: false, error: /newer/ });
    const bad = JSON.parse(json);
    bad.spec.programs[0].label = '<script>';
    expect(sessionFromJson(JSON.stringify(bad))).toMatchObject({ ok: false, error: /label/ });
    expect(sessionFromJson('x'.repeat(MAX_JSON + 1))).toMatchObject({ ok: false, error: /too large/ });
  });
});
