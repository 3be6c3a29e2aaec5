// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createQuizStore, loadQuiz, type QuizModule, type QuizStore } from '../../store/quiz';
import { simEngine } from '../../store/simEngine';
import { QuestionPage } from './QuestionPage';
import { QuizHome } from './QuizHome';

let quiz: QuizModule;
beforeAll(async () => {
  quiz = await loadQuiz();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

function open(id: string, instant: boolean): QuizStore {
  const store = createQuizStore(quiz, { storage: memoryStorage() });
  render(<QuestionPage store={store} engine={simEngine} id={id} instant={instant} />);
  act(() => vi.advanceTimersByTime(1));
  return store;
}

const phase = () => document.querySelector('.quiz-sim-status')!;

describe('a question page', () => {
  it('asks, grades from the simulation, says so in words, and plays on to the reveal', () => {
    vi.useFakeTimers();
    const store = open('listen-state@1', true);
    const q = store.getState().question!;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(q.prompt);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(phase().getAttribute('data-step')).toBe(String(q.pauseStep));
    const { expected } = quiz.expectedAnswer(q);
    fireEvent.click(screen.getByRole('radio', { name: String(expected) }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('heading', { level: 2, name: 'Correct' })).toBeTruthy();
    expect(document.activeElement?.id).toBe('quiz-result-title');
    expect(phase().getAttribute('data-step')).toBe(String(q.revealStep));
    expect(phase().getAttribute('data-phase')).toBe('done');
    expect(store.getState().progress.correct).toBe(1);
  });

  it('"Try again" during the reveal starts the question afresh, paused, and it does not play by itself', () => {
    vi.useFakeTimers();
    const store = open('accept-fd@1', false);
    const q = store.getState().question!;
    fireEvent.change(screen.getByRole('textbox', { name: 'Your answer' }), { target: { value: '99' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    act(() => vi.advanceTimersByTime(700));
    expect(phase().getAttribute('data-phase')).toBe('playing');
    expect(Number(phase().getAttribute('data-step'))).toBeGreaterThan(q.pauseStep);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(store.getState().status).toBe('asking');
    expect(phase().getAttribute('data-phase')).toBe('paused');
    expect(phase().getAttribute('data-step')).toBe(String(q.pauseStep));
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeTruthy();
  });

  it('shows a clear message for a question that cannot be made', () => {
    vi.useFakeTimers();
    open('no-such-template@1', true);
    expect(screen.getByRole('alert').textContent).toMatch(/no quiz question called “no-such-template”/);
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Back to the quiz' })).toBeTruthy();
  });
});

describe('the quiz home', () => {
  it('shows scores per section and the wrong answers to review', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = createQuizStore(quiz, { storage });
    store.getState().questionOpened('recv-chunks@1');
    store.getState().answerChanged("b'no'");
    store.getState().answerChecked();
    render(<QuizHome store={store} />);
    expect(screen.getByTestId('quiz-total').textContent).toBe('1 answered, 0 correct (0%).');
    const row = screen.getByRole('row', { name: /^Receive data/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4', '1', '0', '0%', 'Practise']);
    const review = screen.getByRole('list', { name: 'Review wrong answers' });
    const link = within(review).getByRole('link');
    expect(link.getAttribute('href')).toBe('#/quiz/recv-chunks@1');
  });
});
