import type { FormEvent, KeyboardEvent } from 'react';
import type { Answer, GradeResult, Question } from '../../quiz';
import { Icon } from '../Icon';

export interface AnswerFormProps {
  q: Question;
  answer: Answer;
  /** Set once the answer is checked: the options show which was right and which was chosen. */
  result: GradeResult | null;
  hint: string | null;
  onChange(answer: Answer): void;
  onCheck(): void;
}

const LEGENDS: Record<Question['kind'], string> = {
  choice: 'Your answer',
  state: 'Your answer: the TCP state',
  segment: 'Your answer: the next segment',
  multi: 'Your answer: pick the sockets',
  'text-repr': 'Your answer',
};

function has(a: Answer | undefined, v: string): boolean {
  return Array.isArray(a) ? a.includes(v) : a === v;
}

/**
 * The learner's answer: a radio group ('choice', 'state', 'segment'), checkboxes ('multi'), or a
 * text box for a Python repr ('text-repr'). "Check answer" (or Enter) grades it. After the check the
 * inputs are locked, and the options say which was right and which was chosen (words and an icon).
 */
export function AnswerForm({ q, answer, result, hint, onChange, onCheck }: AnswerFormProps) {
  const locked = result !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCheck();
  };
  // Enter on a radio button or a checkbox checks the answer too (a text box submits the form by itself).
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const t = e.target as HTMLInputElement;
    if (e.key === 'Enter' && t.tagName === 'INPUT' && (t.type === 'radio' || t.type === 'checkbox')) {
      e.preventDefault();
      onCheck();
    }
  };
  const hintId = `answer-hint-${q.id}`;
  const errId = `answer-error-${q.id}`;
  const described = [hintId, hint ? errId : ''].filter(Boolean).join(' ');

  return (
    <form className="quiz-answer" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Answer" noValidate>
      {q.kind === 'text-repr' ? (
        <div className="answer-text-field">
          <label htmlFor={`answer-${q.id}`} className="answer-label">Your answer</label>
          <input id={`answer-${q.id}`} type="text" className="answer-input" value={typeof answer === 'string' ? answer : answer.join(', ')}
            onChange={(e) => onChange(e.target.value)} readOnly={locked} aria-describedby={described} aria-invalid={hint ? true : undefined}
            autoComplete="off" autoCapitalize="off" autoCorrect="off" spellCheck={false} />
          <p id={hintId} className="answer-hint">{q.answerHint}</p>
          {result && (
            <p className="answer-mark">
              {result.correct ? <><Icon name="check" /> Your answer matches.</> : <><Icon name="cross" /> The answer was <code>{result.expectedLabel}</code>.</>}
            </p>
          )}
        </div>
      ) : (
        <fieldset className={`answer-options kind-${q.kind}`} aria-describedby={described} disabled={locked}>
          <legend className="answer-label">{LEGENDS[q.kind]}</legend>
          <p id={hintId} className="answer-hint">{q.answerHint}</p>
          {(q.options ?? []).length === 0 && <p className="empty">There are no options to pick: check the answer to see what happens.</p>}
          <div className="option-list">
            {(q.options ?? []).map((o) => {
              const chosen = has(answer, o.value);
              const right = result ? has(result.expected, o.value) : false;
              const cls = ['option', chosen && 'chosen', result && right && 'right', result && chosen && !right && 'wrong'].filter(Boolean).join(' ');
              return (
                <label key={o.value} className={cls}>
                  <input
                    type={q.kind === 'multi' ? 'checkbox' : 'radio'}
                    name={`answer-${q.id}`}
                    value={o.value}
                    checked={chosen}
                    onChange={(e) => {
                      if (q.kind !== 'multi') onChange(o.value);
                      else {
                        const list = Array.isArray(answer) ? answer : [];
                        onChange(e.target.checked ? [...list.filter((v) => v !== o.value), o.value] : list.filter((v) => v !== o.value));
                      }
                    }}
                  />
                  <span className="option-label">{o.label}</span>
                  {result && right && <span className="option-mark right-mark"><Icon name="check" /> right answer</span>}
                  {result && chosen && !right && <span className="option-mark wrong-mark"><Icon name="cross" /> your answer</span>}
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
      {hint && <p id={errId} className="answer-error" role="alert"><Icon name="blocked" /> {hint}</p>}
      {!locked && (
        <button type="submit" className="btn primary big check-btn">
          <Icon name="check" /> Check answer
        </button>
      )}
    </form>
  );
}
