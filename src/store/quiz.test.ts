import { beforeAll, describe, expect, it } from 'vitest';
import { createQuizStore, loadQuiz, parseQuestionId, pickNext, PROGRESS_KEY, selectScores, selectTemplateCounts, selectWeakest, type ProgressStorage, type QuizModule } from './quiz';

/** A fake localStorage: a Map, optionally refusing to write. */
function fakeStorage(init: Record<string, string> = {}, opts: { full?: boolean } = {}): ProgressStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (opts.full) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

let quiz: QuizModule;
beforeAll(async () => {
  quiz = await loadQuiz();
});

/** The right answer, read from the real engine (the simulation), and a wrong one. */
function answers(id: string): { right: string | string[]; wrong: string | string[] } {
  const p = parseQuestionId(id)!;
  const q = quiz.makeQuestion(p.templateId, p.seed);
  const { expected } = quiz.expectedAnswer(q);
  if (q.kind === 'text-repr') return { right: expected, wrong: `${String(expected)}-not-it` };
  if (q.kind === 'multi') {
    const exp = expected as string[];
    const other = (q.options ?? []).map((o) => o.value).find((v) => !exp.includes(v));
    return { right: exp, wrong: other ? [...exp, other] : exp.slice(1) };
  }
  return { right: expected, wrong: (q.options ?? []).map((o) => o.value).find((v) => v !== expected)! };
}

describe('the quiz store', () => {
  it('opens a question from its id, paused and unanswered', () => {
    const store = createQuizStore(quiz, { storage: fakeStorage() });
    store.getState().questionOpened('recv-chunks@3');
    const s = store.getState();
    expect(s.status).toBe('asking');
    expect(s.question?.id).toBe('recv-chunks@3');
    expect(s.question?.kind).toBe('text-repr');
    expect(s.answer).toBe('');
    expect(s.result).toBeNull();
    store.getState().questionOpened('select-ready-fds@1');
    expect(store.getState().answer).toEqual([]);
  });

  it('grades a right answer as correct and a wrong one as incorrect, from the simulation', () => {
    const store = createQuizStore(quiz, { storage: fakeStorage() });
    for (const id of ['recv-chunks@3', 'listen-state@2', 'select-data-eof-or-idle@1', 'close-next-segment@4']) {
      const { right, wrong } = answers(id);
      store.getState().questionOpened(id);
      store.getState().answerChanged(right);
      store.getState().answerChecked();
      expect(store.getState().status, id).toBe('checked');
      expect(store.getState().result?.correct, id).toBe(true);
      store.getState().questionOpened(id);
      store.getState().answerChanged(wrong);
      store.getState().answerChecked();
      const r = store.getState().result!;
      expect(r.correct, id).toBe(false);
      expect(r.expectedLabel.length).toBeGreaterThan(0);
      expect(r.explanation.length).toBeGreaterThan(10);
    }
  });

  it('asks for an answer before checking, and checks only once', () => {
    const storage = fakeStorage();
    const store = createQuizStore(quiz, { storage });
    store.getState().questionOpened('listen-state@1');
    store.getState().answerChecked();
    expect(store.getState().status).toBe('asking');
    expect(store.getState().hint).toMatch(/Pick an answer/);
    expect(store.getState().progress.answered).toBe(0);
    store.getState().answerChanged(answers('listen-state@1').right);
    expect(store.getState().hint).toBeNull();
    store.getState().answerChecked();
    store.getState().answerChecked();
    expect(store.getState().progress.answered).toBe(1);
    // Changing the answer after the check does nothing.
    store.getState().answerChanged('CLOSED');
    expect(store.getState().answer).toBe(answers('listen-state@1').right);
    store.getState().revealed();
    expect(store.getState().status).toBe('revealed');
  });

  it('keeps progress in storage: scores per section, the review list, and a reload reads it back', () => {
    const storage = fakeStorage();
    const a = createQuizStore(quiz, { storage });
    const wrongId = 'recv-chunks@5';
    const rightId = 'listen-state@3';
    a.getState().questionOpened(wrongId);
    a.getState().answerChanged(answers(wrongId).wrong);
    a.getState().answerChecked();
    a.getState().questionOpened(rightId);
    a.getState().answerChanged(answers(rightId).right);
    a.getState().answerChecked();
    expect(storage.data.has(PROGRESS_KEY)).toBe(true);

    // A new page: a new store over the same storage.
    const b = createQuizStore(quiz, { storage });
    const p = b.getState().progress;
    expect(p.answered).toBe(2);
    expect(p.correct).toBe(1);
    expect(p.sections.recv).toEqual({ answered: 1, correct: 0 });
    expect(p.sections.listen).toEqual({ answered: 1, correct: 1 });
    expect(p.review.map((r) => r.questionId)).toEqual([wrongId]);
    expect(p.review[0].expectedLabel).toBe(String(answers(wrongId).right));
    expect(p.seen).toEqual([wrongId, rightId]);

    // Answered right on a retry, it leaves the review list.
    b.getState().questionOpened(wrongId);
    b.getState().answerChanged(answers(wrongId).right);
    b.getState().answerChecked();
    expect(createQuizStore(quiz, { storage }).getState().progress.review).toEqual([]);

    b.getState().progressReset();
    expect(b.getState().progress.answered).toBe(0);
    expect(createQuizStore(quiz, { storage }).getState().progress.answered).toBe(0);
  });

  it('tolerates damaged storage and storage that refuses to write', () => {
    const damaged = createQuizStore(quiz, { storage: fakeStorage({ [PROGRESS_KEY]: '{"version":1,"answered":"x' }) });
    expect(damaged.getState().progress.answered).toBe(0);
    const full = createQuizStore(quiz, { storage: fakeStorage({}, { full: true }) });
    full.getState().questionOpened('listen-state@1');
    full.getState().answerChanged(answers('listen-state@1').right);
    full.getState().answerChecked();
    expect(full.getState().status).toBe('checked');
    expect(full.getState().progress.answered).toBe(1);
    expect(full.getState().storageProblem).toMatch(/could not be saved/);
    const none = createQuizStore(quiz, { storage: null });
    expect(none.getState().progress.answered).toBe(0);
  });

  it('turns a bad id, an unknown template or an engine failure into a message', () => {
    const store = createQuizStore(quiz, { storage: fakeStorage() });
    store.getState().questionOpened('not a question');
    expect(store.getState().status).toBe('error');
    expect(store.getState().error).toMatch(/not a quiz question/);
    store.getState().questionOpened('no-such-template@1');
    expect(store.getState().error).toMatch(/no quiz question called “no-such-template”/);
    const broken = { ...quiz, makeQuestion: () => { throw new Error('the simulation never reached it'); } } as QuizModule;
    const b = createQuizStore(broken, { storage: fakeStorage() });
    b.getState().questionOpened('listen-state@1');
    expect(b.getState().status).toBe('error');
    expect(b.getState().error).toMatch(/could not be made: the simulation never reached it/);
    const badGrade = { ...quiz, grade: () => { throw new Error('boom'); } } as QuizModule;
    const c = createQuizStore(badGrade, { storage: fakeStorage() });
    c.getState().questionOpened('listen-state@1');
    c.getState().answerChanged('LISTEN');
    c.getState().answerChecked();
    expect(c.getState().status).toBe('error');
    expect(c.getState().error).toMatch(/could not be checked: boom/);
  });

  it('picks the next question: the least answered template in scope, with an unseen seed', () => {
    const store = createQuizStore(quiz, { storage: fakeStorage() });
    const first = store.getState().quizStarted(null);
    expect(first).toBe(`${quiz.QUIZ_TEMPLATES[0].id}@1`);
    const listen = store.getState().quizStarted('listen');
    expect(quiz.templateById(parseQuestionId(listen)!.templateId)!.section).toBe('listen');
    store.getState().questionOpened(listen);
    store.getState().answerChanged(answers(listen).right);
    store.getState().answerChecked();
    const next = store.getState().nextId!;
    expect(quiz.templateById(parseQuestionId(next)!.templateId)!.section).toBe('listen');
    expect(parseQuestionId(next)!.templateId).not.toBe(parseQuestionId(listen)!.templateId);
    // Every listen template once, then the first again with a fresh seed.
    const progress = { ...store.getState().progress, seen: quiz.QUIZ_TEMPLATES.filter((t) => t.section === 'listen').map((t) => `${t.id}@1`) };
    const again = pickNext(quiz, progress, 'listen');
    expect(again.endsWith('@2')).toBe(true);
  });

  it('selects scores per section (memoised per progress), the weakest section and the template counts', () => {
    const store = createQuizStore(quiz, { storage: fakeStorage() });
    const first = selectScores(store.getState());
    expect(selectScores(store.getState())).toBe(first);
    expect(first.map((s) => s.fraction)).toEqual(first.map(() => null));
    expect(selectWeakest(store.getState())).toBe('basics');
    expect(Object.values(selectTemplateCounts(store.getState())).reduce((a, b) => a + b, 0)).toBe(quiz.QUIZ_TEMPLATES.length);
    // Every section tried once, right except in 'accept': that one is the weakest.
    for (const t of quiz.QUIZ_TEMPLATES) {
      if (store.getState().progress.sections[t.section].answered) continue;
      const id = `${t.id}@1`;
      const { right, wrong } = answers(id);
      store.getState().questionOpened(id);
      store.getState().answerChanged(t.section === 'accept' ? wrong : right);
      store.getState().answerChecked();
    }
    const scores = selectScores(store.getState());
    expect(scores).not.toBe(first);
    expect(scores.find((s) => s.section === 'accept')!.fraction).toBe(0);
    expect(scores.find((s) => s.section === 'recv')!.fraction).toBe(1);
    expect(selectWeakest(store.getState())).toBe('accept');
  });

  it('parses question ids', () => {
    expect(parseQuestionId('select-ready-fds@42')).toEqual({ templateId: 'select-ready-fds', seed: 42 });
    expect(parseQuestionId('select-ready-fds')).toBeNull();
    expect(parseQuestionId('x@-1')).toBeNull();
    expect(parseQuestionId('<script>@1')).toBeNull();
  });
});
