import { useState } from 'react';
import { useStore } from 'zustand';
import { selectScores, selectTemplateCounts, selectWeakest, type QuizStore } from '../../store/quiz';
import type { SectionId } from '../../scenarios/types';
import { PageHeader, useTitle } from '../scenarios/chrome';
import { Icon } from '../Icon';
import { questionHref } from './links';

function percent(f: number | null): string {
  return f === null ? 'not tried' : `${Math.round(f * 100)}%`;
}

/**
 * The quiz home: start a quiz (every section, or the weakest), the scores per lecture section from
 * the learner's progress, and the wrong answers to review, each a link back to its question.
 */
export function QuizHome({ store }: { store: QuizStore }) {
  useTitle('Quiz');
  const progress = useStore(store, (s) => s.progress);
  const storageProblem = useStore(store, (s) => s.storageProblem);
  const scores = useStore(store, selectScores);
  const perSection = useStore(store, selectTemplateCounts);
  const weakest = useStore(store, selectWeakest);
  const [confirmReset, setConfirmReset] = useState(false);
  const weakestTitle = scores.find((s) => s.section === weakest)?.title ?? weakest;

  const start = (scope: SectionId | null) => {
    const id = store.getState().quizStarted(scope);
    window.location.hash = questionHref(id);
  };

  return (
    <div className="app page-app">
      <PageHeader current="quiz" />
      <main className="page quiz-home">
        <h1>Quiz: predict, then reveal</h1>
        <p className="lede">
          The simulator pauses just before something happens and asks what comes next: which sockets select() returns, a
          socket's next TCP state, what recv() returns, whether connect() succeeds, which segment is sent. Then it plays the
          step and explains. The right answer is read from the simulation itself, and each question comes in many variants.
        </p>
        <div className="quiz-start">
          <button type="button" className="btn primary big" onClick={() => start(null)}>
            <Icon name="play" /> Start quiz
          </button>
          <button type="button" className="btn big" onClick={() => start(weakest)} aria-describedby="weakest-note">
            Practise weakest section
          </button>
          <span id="weakest-note" className="quiz-weakest">Weakest: {weakestTitle}</span>
        </div>

        <p className="quiz-total" data-testid="quiz-total">
          {progress.answered === 0
            ? 'No questions answered yet.'
            : `${progress.answered} answered, ${progress.correct} correct (${percent(progress.correct / progress.answered)}).`}
        </p>
        {storageProblem && <p className="quiz-warning" role="alert">{storageProblem}</p>}

        <section aria-labelledby="scores-title">
          <h2 id="scores-title">Scores by section</h2>
          <div className="table-scroll">
            <table className="quiz-scores">
              <thead>
                <tr>
                  <th scope="col">Section</th>
                  <th scope="col">Questions</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Correct</th>
                  <th scope="col">Score</th>
                  <th scope="col"><span className="sr-only">Practise</span></th>
                </tr>
              </thead>
              <tbody>
                {scores.map((s) => (
                  <tr key={s.section} data-section={s.section}>
                    <th scope="row">{s.title}</th>
                    <td>{perSection[s.section]}</td>
                    <td>{s.answered}</td>
                    <td>{s.correct}</td>
                    <td>
                      <span className="score">
                        <span className="score-bar" aria-hidden="true"><span style={{ width: `${Math.round((s.fraction ?? 0) * 100)}%` }} /></span>
                        <span className={`score-text${s.fraction === null ? ' untried' : ''}`}>{percent(s.fraction)}</span>
                      </span>
                    </td>
                    <td>
                      <button type="button" className="btn small" onClick={() => start(s.section)} aria-label={`Practise ${s.title}`}>Practise</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="review-title" className="quiz-review">
          <h2 id="review-title">Review wrong answers</h2>
          {progress.review.length === 0 ? (
            <p className="empty-note">No wrong answers to review. A question answered wrongly waits here until you answer it right.</p>
          ) : (
            <ul className="review-list" aria-labelledby="review-title">
              {progress.review.map((r) => (
                <li key={r.questionId} className="review-item" data-question={r.questionId}>
                  <p className="review-head">
                    <Icon name="cross" className="review-icon" />{' '}
                    <a href={questionHref(r.questionId)}>{r.title}<span className="sr-only"> (question {r.questionId})</span></a>
                    <span className="review-meta">{scores.find((s) => s.section === r.section)?.title} · missed {r.misses === 1 ? 'once' : `${r.misses} times`}</span>
                  </p>
                  <p className="review-prompt">{r.prompt}</p>
                  <details>
                    <summary>Show the answer<span className="sr-only"> to {r.title}</span></summary>
                    <p>The answer: <strong className="answer-text">{r.expectedLabel}</strong></p>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="reset-title" className="quiz-reset">
          <h2 id="reset-title">Start afresh</h2>
          {confirmReset ? (
            <p role="group" aria-label="Confirm reset">
              Forget every score and the review list?{' '}
              <button type="button" className="btn small" onClick={() => { store.getState().progressReset(); setConfirmReset(false); }}>Yes, reset my progress</button>{' '}
              <button type="button" className="btn small" onClick={() => setConfirmReset(false)}>No, keep it</button>
            </p>
          ) : (
            <button type="button" className="btn small" onClick={() => setConfirmReset(true)} disabled={progress.answered === 0}>Reset progress</button>
          )}
        </section>
      </main>
    </div>
  );
}
