/**
 * The quiz store: a thin zustand slice over the quiz engine (src/quiz).
 *
 * It holds the question on screen, the learner's draft answer, the grade once checked, and the
 * learner's progress (kept in localStorage through an injected storage). Actions are named for what
 * happened (questionOpened, answerChanged, answerChecked, revealed …) and do nothing but call the
 * quiz engine; every exception from it becomes a message in `error`, never a crash. The quiz engine
 * runs the simulator, so it is loaded lazily (`loadQuiz()`), like the workspace's engine.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Answer, GradeResult, Progress, Question } from '../quiz';
import type { SectionId } from '../scenarios/types';

/** The quiz engine module (src/quiz), as `loadQuiz()` resolves it. */
export type QuizModule = typeof import('../quiz');

let pending: Promise<QuizModule> | null = null;

/** The quiz engine (and the simulator under it), as its own lazily loaded chunk. */
export function loadQuiz(): Promise<QuizModule> {
  pending ??= import('../quiz');
  return pending;
}

export const PROGRESS_KEY = 'socket-lab:quiz-progress';

/** Where progress is kept: localStorage in the browser, a fake in tests. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/**
 * - `idle`: no question yet;
 * - `asking`: the question is on screen, the simulator paused;
 * - `checked`: graded, the reveal is playing;
 * - `revealed`: the reveal has played to its end;
 * - `error`: the question could not be made or graded (see `error`).
 */
export type QuizStatus = 'idle' | 'asking' | 'checked' | 'revealed' | 'error';

export interface QuizState {
  quiz: QuizModule;
  progress: Progress;
  /** The section being practised, or null for every section. */
  scope: SectionId | null;
  /** The id asked for (`template@seed`), even when it could not be made. */
  questionId: string | null;
  question: Question | null;
  status: QuizStatus;
  /** The learner's answer so far: an option value, option values ('multi'), or typed text. */
  answer: Answer;
  result: GradeResult | null;
  /** What went wrong making or grading the question, in plain words. */
  error: string | null;
  /** Why the answer cannot be checked yet ("Pick an answer first."). */
  hint: string | null;
  /** Progress could not be saved (storage full or blocked); it still lives in the page. */
  storageProblem: string | null;
  /** The question to go on to, once this one is answered (or at the start of a quiz). */
  nextId: string | null;

  /** A question's page was opened: make it from its id. */
  questionOpened(id: string): void;
  answerChanged(answer: Answer): void;
  /** The learner checked their answer: grade it, record it, save the progress. */
  answerChecked(): void;
  /** The reveal has played to its end. */
  revealed(): void;
  /** A quiz was started, over every section or one; `nextId` says where it begins. */
  quizStarted(scope: SectionId | null): string;
  /** Progress was changed elsewhere (another tab): read it again. */
  progressReloaded(): void;
  progressReset(): void;
}

export type QuizStore = StoreApi<QuizState>;

export interface QuizStoreOptions {
  storage?: ProgressStorage | null;
  scope?: SectionId | null;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const ID = /^([a-z0-9][a-z0-9-]*)@(\d{1,9})$/;

/** `template@seed` → its parts, or null when the id is not of that form. */
export function parseQuestionId(id: string): { templateId: string; seed: number } | null {
  const m = ID.exec(id.trim());
  return m ? { templateId: m[1], seed: Number(m[2]) } : null;
}

/**
 * The next question to ask: among the templates in scope, the one answered least often, taking
 * them in lecture order after `after` (the template just asked), with a seed this learner has
 * not seen yet. Pure.
 */
export function pickNext(quiz: QuizModule, progress: Progress, scope: SectionId | null, after?: string | null): string {
  const all = quiz.QUIZ_TEMPLATES.filter((t) => !scope || t.section === scope);
  const templates = all.length ? all : quiz.QUIZ_TEMPLATES;
  const times = new Map<string, number>();
  for (const id of progress.seen) {
    const t = id.slice(0, id.lastIndexOf('@'));
    times.set(t, (times.get(t) ?? 0) + 1);
  }
  const n = templates.length;
  const at = after ? templates.findIndex((t) => t.id === after) : -1;
  let best = templates[0];
  let bestKey = Infinity;
  templates.forEach((t, i) => {
    const key = (times.get(t.id) ?? 0) * n + ((i - at - 1 + n) % n);
    if (key < bestKey) {
      bestKey = key;
      best = t;
    }
  });
  return `${best.id}@${quiz.nextSeed(best.id, progress.seen)}`;
}

function readProgress(quiz: QuizModule, storage: ProgressStorage | null): Progress {
  try {
    return quiz.parseProgress(storage?.getItem(PROGRESS_KEY));
  } catch {
    return quiz.emptyProgress();
  }
}

function emptyAnswer(q: Question | null): Answer {
  return q?.kind === 'multi' ? [] : '';
}

/** The browser's localStorage, or null where it is blocked. */
export function browserStorage(): ProgressStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function createQuizStore(quiz: QuizModule, opts: QuizStoreOptions = {}): QuizStore {
  const storage = opts.storage === undefined ? browserStorage() : opts.storage;
  const save = (progress: Progress): string | null => {
    if (!storage) return 'Progress cannot be saved in this browser (storage is unavailable); it is kept until the page closes.';
    try {
      storage.setItem(PROGRESS_KEY, quiz.serializeProgress(progress));
      return null;
    } catch (e) {
      return `Progress could not be saved (${message(e)}); it is kept until the page closes.`;
    }
  };

  return createStore<QuizState>()((set, get) => ({
    quiz,
    progress: readProgress(quiz, storage),
    scope: opts.scope ?? null,
    questionId: null,
    question: null,
    status: 'idle',
    answer: '',
    result: null,
    error: null,
    hint: null,
    storageProblem: null,
    nextId: null,

    questionOpened(id) {
      const base = { questionId: id, question: null, result: null, hint: null, answer: '' as Answer, nextId: null };
      const parts = parseQuestionId(id);
      if (!parts) {
        set({ ...base, status: 'error', error: `“${id}” is not a quiz question: a question is named like select-ready-fds@3.` });
        return;
      }
      if (!quiz.templateById(parts.templateId)) {
        set({ ...base, status: 'error', error: `There is no quiz question called “${parts.templateId}”.` });
        return;
      }
      try {
        const question = quiz.makeQuestion(parts.templateId, parts.seed);
        set({ ...base, question, status: 'asking', error: null, answer: emptyAnswer(question) });
      } catch (e) {
        set({ ...base, status: 'error', error: `This question could not be made: ${message(e)}` });
      }
    },

    answerChanged(answer) {
      if (get().status !== 'asking') return;
      set({ answer, hint: null });
    },

    answerChecked() {
      const s = get();
      const q = s.question;
      if (!q || s.status !== 'asking') return;
      if (q.kind !== 'multi' && (Array.isArray(s.answer) ? s.answer.length === 0 : s.answer.trim() === '')) {
        set({ hint: q.kind === 'text-repr' ? 'Type an answer first.' : 'Pick an answer first.' });
        return;
      }
      let result: GradeResult;
      try {
        result = quiz.grade(q, s.answer);
      } catch (e) {
        set({ status: 'error', error: `This answer could not be checked: ${message(e)}` });
        return;
      }
      const progress = quiz.recordAnswer(s.progress, q, s.answer, result);
      const storageProblem = save(progress);
      set({ result, progress, storageProblem, status: 'checked', hint: null, nextId: pickNext(quiz, progress, s.scope, q.templateId) });
    },

    revealed() {
      if (get().status === 'checked') set({ status: 'revealed' });
    },

    quizStarted(scope) {
      const nextId = pickNext(quiz, get().progress, scope);
      set({ scope, nextId });
      return nextId;
    },

    progressReloaded() {
      set({ progress: readProgress(quiz, storage) });
    },

    progressReset() {
      const progress = quiz.emptyProgress();
      try {
        storage?.removeItem?.(PROGRESS_KEY);
      } catch { /* nothing kept, nothing to remove */ }
      set({ progress, storageProblem: null });
    },
  }));
}

// ------------------------------------------------------------------ selectors (memoised: the UI reads these)

type Scores = ReturnType<QuizModule['sectionScores']>;
const scoreCache = new WeakMap<Progress, Scores>();
const countCache = new WeakMap<QuizModule, Record<SectionId, number>>();

/** Scores per lecture section, in lecture order (the same array while the progress is the same). */
export function selectScores(s: Pick<QuizState, 'quiz' | 'progress'>): Scores {
  let v = scoreCache.get(s.progress);
  if (!v) {
    v = s.quiz.sectionScores(s.progress);
    scoreCache.set(s.progress, v);
  }
  return v;
}

/** The section to practise: the weakest (untried sections first). */
export function selectWeakest(s: Pick<QuizState, 'quiz' | 'progress'>): SectionId {
  return s.quiz.weakestSection(s.progress);
}

/** How many question templates each section has. */
export function selectTemplateCounts(s: Pick<QuizState, 'quiz'>): Record<SectionId, number> {
  let v = countCache.get(s.quiz);
  if (!v) {
    v = s.quiz.templatesPerSection();
    countCache.set(s.quiz, v);
  }
  return v;
}
