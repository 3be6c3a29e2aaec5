import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, recordAnswer, sectionScores, serializeProgress, weakestSection } from './progress';
import { createRng } from './prng';
import type { GradeResult, Question } from './types';

// No simulator needed: a question is plain data.
function fakeQuestion(id: string, section: Question['section'] = 'recv'): Question {
  return {
    id,
    templateId: id.split('@')[0],
    seed: Number(id.split('@')[1]),
    section,
    title: 't',
    kind: 'text-repr',
    prompt: 'What does recv return?',
    programs: [],
    focus: { programId: 'server', line: 1 },
    python: 3,
    answerHint: '',
    session: { programs: [], topology: 'lecture', latencyMs: 5, seed: 1, stepBudget: 10, faults: [] },
    pauseStep: 3,
    revealStep: 4,
  };
}
const right: GradeResult = { correct: true, expected: "b'abc'", expectedLabel: "b'abc'", explanation: '' };
const wrong: GradeResult = { correct: false, expected: "b'abc'", expectedLabel: "b'abc'", explanation: '' };

describe('progress', () => {
  it('counts per section, keeps wrong answers for review, and is pure', () => {
    const p0 = emptyProgress();
    const frozen = JSON.stringify(p0);
    const q = fakeQuestion('recv-chunks@1');
    const p1 = recordAnswer(p0, q, "b'ab'", wrong);
    expect(JSON.stringify(p0)).toBe(frozen);
    expect(p1.answered).toBe(1);
    expect(p1.correct).toBe(0);
    expect(p1.sections.recv).toEqual({ answered: 1, correct: 0 });
    expect(p1.review).toHaveLength(1);
    expect(p1.review[0]).toMatchObject({ questionId: 'recv-chunks@1', answer: "b'ab'", expected: "b'abc'", misses: 1 });
    const p2 = recordAnswer(p1, q, "b'x'", wrong);
    expect(p2.review).toHaveLength(1);
    expect(p2.review[0].misses).toBe(2);
    const p3 = recordAnswer(p2, q, "b'abc'", right);
    expect(p3.review).toHaveLength(0);
    expect(p3.sections.recv).toEqual({ answered: 3, correct: 1 });
    expect(p3.seen).toEqual(['recv-chunks@1']);
    const p4 = recordAnswer(p3, fakeQuestion('select-ready-fds@2', 'select'), ['3'], right);
    expect(sectionScores(p4).find((s) => s.section === 'select')!.fraction).toBe(1);
    expect(sectionScores(p4).find((s) => s.section === 'recv')!.fraction).toBeCloseTo(1 / 3);
    expect(weakestSection(p4)).toBe('basics');
  });

  it('survives a round trip through JSON and damaged storage', () => {
    const p = recordAnswer(emptyProgress(), fakeQuestion('recv-chunks@1'), "b'a'", wrong);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress('{not json')).toEqual(emptyProgress());
    expect(parseProgress('{"version":2}')).toEqual(emptyProgress());
    expect(parseProgress('{"version":1,"sections":{"recv":{"answered":"x"}}}').sections.recv).toEqual({ answered: 0, correct: 0 });
  });
});

describe('createRng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 5 }, () => a.int(0, 1000));
    expect(Array.from({ length: 5 }, () => b.int(0, 1000))).toEqual(xs);
    expect(Array.from({ length: 5 }, () => createRng(8).int(0, 1000))).not.toEqual(xs);
    const r = createRng(3);
    for (let i = 0; i < 100; i++) {
      const v = r.int(2, 4);
      expect(v >= 2 && v <= 4).toBe(true);
    }
    expect(createRng(5).sample([1, 2, 3, 4], 4).sort()).toEqual([1, 2, 3, 4]);
  });
});
