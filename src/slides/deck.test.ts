import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECK, SECTIONS, sessionSpec, matches, describe as describePredicate } from './index';
import type { Slide, Stepper } from './types';
import type { SessionSpec, SimView } from '../sim/types';
import { resolvePreset } from './predicates';

const LECTURE = '../shared/seed/socket-programming-lecture.txt';

describe('the deck', () => {
  it('covers every section of the lecture, in the lecture’s order', () => {
    const order = SECTIONS.map((s) => s.id);
    for (const s of SECTIONS) expect(DECK.some((d) => d.section === s.id), `section ${s.id}`).toBe(true);
    const idx = DECK.map((d) => order.indexOf(d.section));
    expect(idx.every((v) => v >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('has unique ids and well-formed content', () => {
    expect(new Set(DECK.map((d) => d.id)).size).toBe(DECK.length);
    for (const d of DECK) {
      expect(d.title.length, d.id).toBeGreaterThan(3);
      expect(d.bullets.length, `${d.id} bullets`).toBeGreaterThanOrEqual(2);
      expect(d.bullets.length, `${d.id} bullets`).toBeLessThanOrEqual(5);
      for (const b of d.bullets) expect(b.length, `${d.id}: ${b}`).toBeLessThanOrEqual(140);
      expect(d.notes.say.length, d.id).toBeGreaterThan(10);
      expect(d.notes.point.length, d.id).toBeGreaterThan(10);
      expect(d.notes.ask, d.id).toMatch(/\?/);
      expect(d.panels.length, d.id).toBeGreaterThanOrEqual(1);
      expect(d.panels.length, d.id).toBeLessThanOrEqual(3);
      expect(new Set(d.panels).size, d.id).toBe(d.panels.length);
      expect(d.code.length, d.id).toBeGreaterThanOrEqual(1);
      const hosts = new Set(['server', ...sessionSpec(d.preset.session)!.programs.map((p) => p.host)]);
      for (const h of d.spotlight ?? []) expect(hosts.has(h), `${d.id}: spotlight host ${h}`).toBe(true);
    }
  });

  it('highlights lines that exist and are not blank, in programs the session runs', () => {
    for (const d of DECK) {
      const spec = sessionSpec(d.preset.session);
      expect(spec, `${d.id}: session ${d.preset.session}`).not.toBeNull();
      for (const c of d.code) {
        const prog = spec!.programs.find((p) => p.id === c.program);
        expect(prog, `${d.id}: program ${c.program}`).toBeDefined();
        const lines = prog!.source.replace(/\n$/, '').split('\n');
        expect(c.highlight.length, `${d.id}/${c.program}`).toBeGreaterThan(0);
        for (const n of c.highlight) {
          expect(Number.isInteger(n) && n >= 1 && n <= lines.length, `${d.id}: line ${n} of ${lines.length}`).toBe(true);
          expect(lines[n - 1].trim(), `${d.id}: line ${n} is blank`).not.toBe('');
        }
      }
    }
  });

  it('refers only to programs the session has in its conditions', () => {
    const programsIn = (p: unknown, out: string[] = []): string[] => {
      if (p && typeof p === 'object') {
        const o = p as Record<string, unknown>;
        if (typeof o.program === 'string') out.push(o.program);
        for (const k of ['all', 'any']) if (Array.isArray(o[k])) (o[k] as unknown[]).forEach((q) => programsIn(q, out));
        if (o.not) programsIn(o.not, out);
        if (o.select && typeof o.select === 'object') out.push((o.select as { program: string }).program);
      }
      return out;
    };
    for (const d of DECK) {
      const ids = sessionSpec(d.preset.session)!.programs.map((p) => p.id);
      const step = d.preset.step;
      const used = [...(typeof step === 'number' ? [] : programsIn(step.until)), ...(d.play ? programsIn(d.play.until) : [])];
      for (const u of used) expect(ids, `${d.id} uses ${u}`).toContain(u);
    }
  });

  it.skipIf(!existsSync(LECTURE))('is written in our own words, not copied from the lecture', () => {
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const lectureLines = new Set(
      readFileSync(LECTURE, 'utf8').split('\n').map((l) => norm(l.replace(/^[\s-]+/, ''))).filter((l) => l.split(' ').length >= 4),
    );
    for (const d of DECK) for (const b of [d.title, ...d.bullets]) expect(lectureLines.has(norm(b)), `${d.id}: “${b}”`).toBe(false);
  });

  it('has a presenter-friendly size: one or more slides per section, under 40 in all', () => {
    expect(DECK.length).toBeGreaterThanOrEqual(SECTIONS.length);
    expect(DECK.length).toBeLessThan(40);
  });
});

describe('conditions', () => {
  const view = (over: Partial<SimView>): SimView => ({
    step: 0, historyLength: 0, time: 0, programs: [], hosts: [], select: [], segments: [], narration: '', finished: null, ...over,
  });
  it('match programs, sockets and output', () => {
    const v = view({
      programs: [{ id: 'server', label: 'Server', host: 'server', hostAddr: '10.0.0.1', pid: 1, python: 2, lines: [], currentLine: 9, lastLine: 8, threads: [],
        status: 'blocked', statusText: '', frames: [], stdout: 'a\nb\na\n', stderr: '', syntaxError: null }],
    });
    expect(matches(v, { program: 'server', line: 9, status: 'blocked' })).toBe(true);
    expect(matches(v, { program: 'server', line: 9, status: 'ready' })).toBe(false);
    expect(matches(v, { program: 'server', stdout: 'a', stdoutTimes: 2 })).toBe(true);
    expect(matches(v, { program: 'server', stdout: 'a', stdoutTimes: 3 })).toBe(false);
    expect(matches(v, { not: { program: 'client1' } })).toBe(true);
    expect(describePredicate({ program: 'server', line: 9, status: 'blocked' })).toBe('server is about to run line 9, is blocked');
  });
});

// The presets need the real simulator (kernel + interpreter). Until both exist the test is skipped.
const simReady = existsSync('src/python/index.ts') && existsSync('src/sim/index.ts');

describe.skipIf(!simReady)('every slide’s preset, on the real simulator', () => {
  it.each(DECK.map((d, i) => [i + 1, d.id, d] as [number, string, Slide]))('slide %i (%s) resolves', async (_n, _id, d) => {
    const sim = (await import('../sim')) as unknown as Stepper<unknown> & { getView(s: unknown): SimView };
    const spec = sessionSpec(d.preset.session) as SessionSpec;
    const r = resolvePreset(sim, spec, d.preset.step, d.play?.until);
    expect(r.problem).toBeNull();
    expect(r.matched).toBe(true);
    if (d.play) expect(r.end).toBeGreaterThan(r.step);
    // Programs the slide shows must exist in the view.
    const v = sim.getView(r.sim);
    for (const c of d.code) expect(v.programs.map((p) => p.id)).toContain(c.program);
  });
});
