import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../scenarios/types';
import { getView, goTo } from '../sim';
import { clearAnswerCache, grade, makeQuestion, QUIZ_TEMPLATES, simulationAtPause, templatesPerSection, type Question } from './index';
import { expectedAnswer } from './engine';

const SEEDS = [1, 2, 3, 4, 5, 6];

function wrongAnswer(q: Question, expected: string | string[]): string | string[] {
  if (q.kind === 'multi') {
    const all = (q.options ?? []).map((o) => o.value);
    const exp = expected as string[];
    const other = all.filter((v) => !exp.includes(v));
    return other.length ? [...exp, other[0]] : exp.slice(1);
  }
  if (q.kind === 'text-repr') return `${expected}x`;
  return (q.options ?? []).map((o) => o.value).find((v) => v !== expected) ?? 'nothing';
}

describe('quiz templates', () => {
  it('has at least 30 templates covering every section of the lecture', () => {
    expect(QUIZ_TEMPLATES.length).toBeGreaterThanOrEqual(30);
    const ids = QUIZ_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const per = templatesPerSection();
    for (const s of SECTIONS) expect(per[s.id], s.id).toBeGreaterThanOrEqual(2);
    const kinds = new Set(QUIZ_TEMPLATES.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['choice', 'multi', 'segment', 'state', 'text-repr']);
  });
});

describe('every template generates and grades from the simulation', () => {
  for (const t of QUIZ_TEMPLATES) {
    it(t.id, () => {
      const seen = new Set<string>();
      for (const seed of SEEDS) {
        const q = makeQuestion(t.id, seed);
        // Plain data.
        expect(JSON.parse(JSON.stringify(q))).toEqual(q);
        expect(q.id).toBe(`${t.id}@${seed}`);
        expect(q.section).toBe(t.section);
        expect(q.kind).toBe(t.kind);
        expect(q.revealStep).toBeGreaterThanOrEqual(q.pauseStep);
        const focus = q.programs.find((p) => p.id === q.focus.programId)!;
        expect(focus.highlight).toBe(q.focus.line);
        expect(focus.source.split('\n').length).toBeGreaterThanOrEqual(q.focus.line);
        const { expected } = expectedAnswer(q);
        // The expected answer is one of the options the learner can pick.
        if (q.kind === 'multi') for (const v of expected as string[]) expect(q.options!.map((o) => o.value), `${q.id}`).toContain(v);
        else if (q.kind !== 'text-repr') expect(q.options!.map((o) => o.value), `${q.id}: ${String(expected)}`).toContain(expected);
        const ok = grade(q, expected);
        expect(ok.correct, q.id).toBe(true);
        expect(ok.explanation.length).toBeGreaterThan(10);
        const bad = grade(q, wrongAnswer(q, ok.expected));
        expect(bad.correct, q.id).toBe(false);
        seen.add(JSON.stringify([q.prompt, q.session]));
      }
      // Variants differ across seeds.
      expect(seen.size, t.id).toBeGreaterThan(1);
    }, 120_000);
  }
});

describe('variants', () => {
  it('the same seed gives the same question, a different seed a different one', () => {
    const a = makeQuestion('recv-chunks', 11);
    const b = makeQuestion('recv-chunks', 11);
    expect(b).toEqual(a);
    const others = [12, 13, 14].map((s) => makeQuestion('recv-chunks', s));
    expect(others.some((o) => o.prompt !== a.prompt || JSON.stringify(o.session) !== JSON.stringify(a.session))).toBe(true);
  });
});

describe('grading', () => {
  it('normalises reprs: quote style and whitespace', () => {
    const q = makeQuestion('recv-chunks', 3);
    const { expected } = expectedAnswer(q);
    const body = String(expected).slice(2, -1);
    expect(grade(q, `  b"${body}" `).correct).toBe(true);
    expect(grade(q, `'${body}'`).correct).toBe(false); // str is not bytes in Python 3
    expect(grade(q, body).correct).toBe(false);
  });

  it('compares multiple choices as a set', () => {
    for (const seed of SEEDS) {
      const q = makeQuestion('select-ready-fds', seed);
      const e = expectedAnswer(q).expected as string[];
      if (e.length < 2) continue;
      expect(grade(q, [...e].reverse()).correct).toBe(true);
      expect(grade(q, e.slice(1)).correct).toBe(false);
      return;
    }
  });

  it('accepts state names in other spellings', () => {
    const q = makeQuestion('listen-state', 1);
    expect(grade(q, 'listen').correct).toBe(true);
    expect(grade(q, 'ESTABLISHED').correct).toBe(false);
  });
});

describe('answers come from the simulation, not from a key', () => {
  it('a changed port changes whether connect succeeds', () => {
    const seed = [...Array(40).keys()].map((i) => i + 1).find((s) => expectedAnswer(makeQuestion('client-connect-outcome', s)).expected === 'connected')!;
    const q = makeQuestion('client-connect-outcome', seed);
    expect(grade(q, 'connected').correct).toBe(true);
    const edited: Question = structuredClone(q);
    const client = edited.session.programs.find((p) => p.id === 'client1')!;
    client.source = client.source.replace(/(\d+)\)\)/, (_m, p) => `${Number(p) + 1}))`);
    const r = grade(edited, 'connected');
    expect(r.correct).toBe(false);
    expect(r.expected).toBe('ConnectionRefusedError');
  });

  it('a changed bind port changes what getsockname returns', () => {
    const seed = [...Array(40).keys()].map((i) => i + 1).find((s) => /bind\(\(''/.test(makeQuestion('bind-getsockname', s).programs[0].source))!;
    const q = makeQuestion('bind-getsockname', seed);
    const before = expectedAnswer(q).expected as string;
    const edited: Question = structuredClone(q);
    edited.session.programs[0].source = edited.session.programs[0].source.replace(/bind\(\('', \d+\)\)/, "bind(('', 4321))");
    clearAnswerCache();
    const after = expectedAnswer(edited).expected as string;
    expect(after).not.toBe(before);
    expect(after).toBe("('0.0.0.0', 4321)");
  });
});

describe('the UI reaches the pause and the reveal with goTo', () => {
  it('pauses just before the focus line and reveals its result', () => {
    const q = makeQuestion('recv-chunks', 5);
    const sim = simulationAtPause(q);
    expect(sim.step).toBe(q.pauseStep);
    const at = getView(sim).programs.find((p) => p.id === q.focus.programId)!;
    expect(at.currentLine).toBe(q.focus.line);
    expect(at.frames.flatMap((f) => f.vars).some((v) => v.name === 'second')).toBe(false);
    goTo(sim, q.revealStep);
    const after = getView(sim).programs.find((p) => p.id === q.focus.programId)!;
    const second = after.frames.flatMap((f) => f.vars).find((v) => v.name === 'second')!;
    expect(grade(q, second.repr).correct).toBe(true);
  });
});
