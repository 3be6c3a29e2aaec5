import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createWorkspaceStore, selectView, type Engine, type QuizStore, type WorkspaceStore } from '../../store';
import type { Question } from '../../quiz';
import { sectionTitle } from '../../scenarios/types';
import { MotionSettingsContext, WorkspaceContext, type MotionSettings } from '../context';
import { KernelPanel } from '../KernelPanel';
import { VariablesPanel } from '../VariablesPanel';
import { SelectPanel } from '../SelectPanel';
import { OutputPanel } from '../OutputPanel';
import { NetworkPanel } from '../NetworkPanel';
import { SequencePanel } from '../SequencePanel';
import { Icon } from '../Icon';
import { PageHeader, useTitle } from '../scenarios/chrome';
import { AnswerForm } from './AnswerForm';
import { QuizCode } from './QuizCode';
import { homeHref, questionHref } from './links';

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** The real workspace panels, drawing the question's simulation (a workspace store). */
function Simulator({ ws, motion, children }: { ws: WorkspaceStore; motion: MotionSettings; children: ReactNode }) {
  return (
    <WorkspaceContext.Provider value={ws}>
      <MotionSettingsContext.Provider value={motion}>
        {children}
      </MotionSettingsContext.Provider>
    </WorkspaceContext.Provider>
  );
}

function Programs({ q, ws }: { q: Question; ws: WorkspaceStore }) {
  const view = useStore(ws, selectView);
  return (
    <div className={`quiz-programs n${q.programs.length}`}>
      {q.programs.map((p) => <QuizCode key={p.id} program={p} live={view.programs.find((v) => v.id === p.id)} />)}
    </div>
  );
}

function SimStatus({ q, ws, phase }: { q: Question; ws: WorkspaceStore; phase: 'paused' | 'playing' | 'done' }) {
  const view = useStore(ws, selectView);
  const total = q.revealStep - q.pauseStep;
  const done = Math.max(0, Math.min(total, view.step - q.pauseStep));
  return (
    <div className="quiz-sim-status" data-step={view.step} data-reveal-step={q.revealStep} data-phase={phase}>
      <p className="quiz-sim-phase">
        {phase === 'paused' ? (
          <><Icon name="pause" /> Paused at step {q.pauseStep}: what happens next?</>
        ) : phase === 'playing' ? (
          <><Icon name="play" /> Playing the reveal: {done} of {total} steps</>
        ) : (
          <><Icon name="check" /> Played to the reveal (step {view.step})</>
        )}
      </p>
      <p className="quiz-narration">{view.narration}</p>
    </div>
  );
}

const panel = (cls: string, node: ReactNode) => <div className={`quiz-panel ${cls}`}>{node}</div>;

/**
 * Plays the simulation from the pause to the reveal: step by step (about four seconds), or at once.
 * Playing belongs to one workspace store: a new question (a new store) never plays by itself.
 */
function useReveal(ws: WorkspaceStore | null, q: Question | null, instant: boolean, onDone: () => void) {
  const [playingFor, setPlayingFor] = useState<WorkspaceStore | null>(null);
  const playing = ws !== null && playingFor === ws;
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    if (!playing || !ws || !q) return;
    const finish = () => {
      setPlayingFor(null);
      done.current();
    };
    const total = q.revealStep - q.pauseStep;
    if (instant || total <= 0) {
      ws.getState().scrubbed(q.revealStep);
      const t = setTimeout(finish, 0);
      return () => clearTimeout(t);
    }
    const ticks = Math.min(total, 40);
    const perTick = Math.ceil(total / ticks);
    const timer = setInterval(() => {
      const at = selectView(ws.getState()).step;
      const n = Math.min(perTick, q.revealStep - at);
      if (n <= 0 || ws.getState().skipped(n) < n || at + n >= q.revealStep) {
        clearInterval(timer);
        finish();
      }
    }, Math.max(90, Math.min(600, 4000 / ticks)));
    return () => clearInterval(timer);
  }, [playing, ws, q, instant]);
  const play = useCallback(() => {
    if (!ws || !q) return;
    ws.getState().scrubbed(q.pauseStep);
    setPlayingFor(ws);
  }, [ws, q]);
  return { playing, play };
}

/**
 * One question: the prompt, the programs with the line it is about, the simulator paused at the
 * question's step (the workspace's own panels), and the answer. Checking grades the answer from the
 * simulation, records it, says Correct or Incorrect (in words, with an icon, announced), explains,
 * and plays the simulator on to the step the question was about.
 */
export function QuestionPage({ store, engine, id, instant }: { store: QuizStore; engine: Engine; id: string; instant: boolean }) {
  const status = useStore(store, (s) => s.status);
  const openedId = useStore(store, (s) => s.questionId);
  const q = useStore(store, (s) => s.question);
  const answer = useStore(store, (s) => s.answer);
  const result = useStore(store, (s) => s.result);
  const error = useStore(store, (s) => s.error);
  const hint = useStore(store, (s) => s.hint);
  const nextId = useStore(store, (s) => s.nextId);
  const storageProblem = useStore(store, (s) => s.storageProblem);
  const [reduced] = useState(reducedMotion);
  const motion = useMemo<MotionSettings>(() => ({ instant, reduced }), [instant, reduced]);
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  useTitle(q && openedId === id ? `Quiz: ${q.title}` : 'Quiz');

  // Make the question after the busy state has painted (it runs the simulator).
  useEffect(() => {
    const t = setTimeout(() => {
      store.getState().questionOpened(id);
      setOpenedFor(id);
    }, 0);
    return () => clearTimeout(t);
  }, [store, id]);
  const ready = openedFor === id && openedId === id;
  const question = ready ? q : null;

  const ws = useMemo(() => {
    if (!question) return null;
    try {
      return createWorkspaceStore(engine, question.session, { startStep: question.pauseStep });
    } catch {
      return null;
    }
  }, [engine, question]);

  const onRevealed = useCallback(() => store.getState().revealed(), [store]);
  const reveal = useReveal(ws, question, motion.instant, onRevealed);

  const promptRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  // A new question: focus its prompt. A checked answer: focus the result.
  useEffect(() => {
    if (question) promptRef.current?.focus();
  }, [question]);
  const checked = status === 'checked' || status === 'revealed';
  useEffect(() => {
    if (checked && result) resultRef.current?.focus();
  }, [checked, result]);

  const check = () => {
    store.getState().answerChecked();
    if (store.getState().status === 'checked') reveal.play();
  };
  const tryAgain = () => store.getState().questionOpened(id);
  const next = () => {
    if (nextId) window.location.hash = questionHref(nextId);
  };

  const announcement = checked && result ? (result.correct ? 'Correct.' : `Incorrect. The answer is ${result.expectedLabel}.`) : '';

  let body: ReactNode;
  if (!ready) {
    body = <p className="quiz-busy" role="status"><span className="spinner" aria-hidden="true" /> Preparing the question (running the simulator)…</p>;
  } else if (status === 'error' || !question) {
    body = (
      <div className="page-problem" role="alert">
        <h1>This question cannot be shown</h1>
        <p>{error ?? 'Something went wrong.'}</p>
        <p className="page-problem-links">
          <a href={homeHref()}>Back to the quiz</a>
          {question && <button type="button" className="btn small" onClick={tryAgain}>Start the question again</button>}
        </p>
      </div>
    );
  } else {
    const phase = reveal.playing ? 'playing' : status === 'revealed' ? 'done' : checked ? 'playing' : 'paused';
    body = (
      <>
        <div className="quiz-ask">
          <p className="quiz-kicker">
            <a href={homeHref()}>Quiz</a> · {sectionTitle(question.section)} · {question.title}
            <span className="quiz-id"> · question <code>{question.id}</code></span>
          </p>
          <h1 className="quiz-prompt" tabIndex={-1} ref={promptRef}>{question.prompt}</h1>
        </div>
        <div className="quiz-grid">
          {ws && <Simulator ws={ws} motion={motion}><Programs q={question} ws={ws} /></Simulator>}
          <div className="quiz-side">
            <AnswerForm q={question} answer={answer} result={checked ? result : null} hint={hint}
              onChange={(a) => store.getState().answerChanged(a)} onCheck={check} />
            {checked && result && (
              <section className={`quiz-result ${result.correct ? 'correct' : 'incorrect'}`} aria-labelledby="quiz-result-title" data-correct={result.correct}>
                <h2 id="quiz-result-title" className="quiz-verdict" tabIndex={-1} ref={resultRef}>
                  <Icon name={result.correct ? 'check' : 'cross'} />{result.correct ? 'Correct' : 'Incorrect'}
                </h2>
                <p className="quiz-expected">The answer: <strong className="answer-text" data-testid="expected-answer">{result.expectedLabel}</strong></p>
                <p className="quiz-explanation">{result.explanation}</p>
                {storageProblem && <p className="quiz-warning">{storageProblem}</p>}
                <div className="quiz-actions">
                  <button type="button" className="btn primary" onClick={next} disabled={!nextId}>Next question <Icon name="step" /></button>
                  <button type="button" className="btn" onClick={tryAgain}>Try again</button>
                  <button type="button" className="btn" onClick={reveal.play} disabled={reveal.playing}><Icon name="reset" /> Replay the reveal</button>
                  <a className="quiz-home-link" href={homeHref()}>Quiz home: scores and review</a>
                </div>
              </section>
            )}
          </div>
        </div>
        {ws && (
          <Simulator ws={ws} motion={motion}>
            <section className="quiz-sim" aria-label="Simulator">
              <SimStatus q={question} ws={ws} phase={phase} />
              <div className="quiz-panels">
                {panel('qp-kernel', <KernelPanel />)}
                {panel('qp-select', <SelectPanel />)}
                {panel('qp-vars', <VariablesPanel />)}
                {panel('qp-out', <OutputPanel />)}
                {panel('qp-net', <Suspense fallback={null}><NetworkPanel /></Suspense>)}
                {panel('qp-seq', <Suspense fallback={null}><SequencePanel /></Suspense>)}
              </div>
            </section>
          </Simulator>
        )}
        {!ws && <p className="quiz-warning" role="alert">The simulator could not be started for this question.</p>}
      </>
    );
  }

  return (
    <div className="app page-app quiz-app" data-motion={motion.instant ? 'instant' : motion.reduced ? 'reduced' : 'full'}>
      <PageHeader current="quiz" />
      <main className="page quiz-question" aria-busy={!ready}>
        {body}
        <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">{announcement}</div>
      </main>
    </div>
  );
}
