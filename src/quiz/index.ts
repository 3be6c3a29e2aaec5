/**
 * Predict, then reveal: quiz questions that pause the simulator, ask what happens next, and grade
 * the answer against what the simulation then does.
 *
 * ```ts
 * import { QUIZ_TEMPLATES, makeQuestion, grade, recordAnswer, emptyProgress } from '../quiz';
 * const q = makeQuestion('select-ready-fds', 42);     // plain data
 * // show q.prompt, q.programs (q.focus line highlighted), q.options; the simulator at q.pauseStep
 * const r = grade(q, ['3', '4']);                      // { correct, expected, expectedLabel, explanation }
 * // then play the simulator on to q.revealStep
 * progress = recordAnswer(progress, q, ['3', '4'], r);
 * ```
 */
export { QUIZ_TEMPLATES, makeQuestion, grade, expectedAnswer, clearAnswerCache, templateById, simulationAtPause, questionSteps, makeProbe, stepUntil } from './engine';
export { emptyProgress, recordAnswer, sectionScores, weakestSection, parseProgress, serializeProgress, REVIEW_LIMIT, type Progress, type ReviewItem, type SectionScore } from './progress';
export { normalizeRepr, sameRepr, isPythonLiteral } from './repr';
export { createRng, type Rng } from './prng';
export type { Answer, GradeResult, Question, QuestionKind, QuestionOption, QuestionProgram, QuizTemplate } from './types';

import { SECTIONS, type SectionId } from '../scenarios/types';
import { QUIZ_TEMPLATES } from './engine';

/** Template counts per lecture section. */
export function templatesPerSection(): Record<SectionId, number> {
  const out = Object.fromEntries(SECTIONS.map((s) => [s.id, 0])) as Record<SectionId, number>;
  for (const t of QUIZ_TEMPLATES) out[t.section]++;
  return out;
}

/** A seed for the next question of a template that this learner has not seen (pure: give it a counter). */
export function nextSeed(templateId: string, seen: readonly string[], start = 1): number {
  let seed = start;
  while (seen.includes(`${templateId}@${seed}`)) seed++;
  return seed;
}
