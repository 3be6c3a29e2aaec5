import { Suspense, use, useEffect } from 'react';
import { loadEngine, type Engine } from '../../store';
import { createQuizStore, loadQuiz, PROGRESS_KEY, type QuizModule, type QuizStore } from '../../store/quiz';
import { ErrorBoundary, PageHeader } from '../scenarios/chrome';
import { QuizHome } from './QuizHome';
import { QuestionPage } from './QuestionPage';
import './quiz.css';

let loading: Promise<[QuizModule, Engine]> | null = null;
/** The quiz engine and the simulator, both lazily loaded chunks. */
function loadAll(): Promise<[QuizModule, Engine]> {
  loading ??= Promise.all([loadQuiz(), loadEngine()]);
  return loading;
}

// One quiz store for the page: the quiz home and the questions share progress and the practised section.
let store: QuizStore | null = null;
function quizStore(quiz: QuizModule): QuizStore {
  store ??= createQuizStore(quiz);
  return store;
}

export type QuizRoute = { kind: 'quiz' } | { kind: 'question'; id: string };

function Loaded({ route, instant }: { route: QuizRoute; instant: boolean }) {
  const [quiz, engine] = use(loadAll());
  const s = quizStore(quiz);
  // Progress answered in another tab shows up here too.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === PROGRESS_KEY || e.key === null) s.getState().progressReloaded();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [s]);
  if (route.kind === 'quiz') return <QuizHome store={s} />;
  return <QuestionPage store={s} engine={engine} id={route.id} instant={instant} />;
}

function Busy() {
  return (
    <div className="app page-app">
      <PageHeader current="quiz" />
      <main className="page" aria-busy="true">
        <p className="quiz-busy" role="status"><span className="spinner" aria-hidden="true" /> Loading the quiz and the simulator…</p>
      </main>
    </div>
  );
}

/** The quiz's lazily loaded chunk: the quiz home (`#/quiz`) and one question (`#/quiz/<template>@<seed>`). */
export default function QuizEntry({ route, instant }: { route: QuizRoute; nonce?: number; instant: boolean }) {
  return (
    <ErrorBoundary key={route.kind === 'question' ? route.id : ''} what="the quiz">
      <Suspense fallback={<Busy />}>
        <Loaded route={route} instant={instant} />
      </Suspense>
    </ErrorBoundary>
  );
}
