/**
 * A learner's progress, as plain serialisable data the UI keeps in localStorage. Every function
 * here is pure: it returns a new Progress and never changes the one it is given.
 */
import { SECTIONS, type SectionId } from '../scenarios/types';
import type { Answer, GradeResult, Question } from './types';

export interface SectionScore {
  answered: number;
  correct: number;
}

/** A question answered wrongly, kept for review until it is answered right. */
export interface ReviewItem {
  questionId: string;
  templateId: string;
  seed: number;
  section: SectionId;
  title: string;
  prompt: string;
  answer: Answer;
  expected: Answer;
  expectedLabel: string;
  /** How many times it was answered wrongly. */
  misses: number;
}

export interface Progress {
  version: 1;
  answered: number;
  correct: number;
  sections: Record<SectionId, SectionScore>;
  /** Most recent first. */
  review: ReviewItem[];
  /** Ids of questions answered at least once (most recent last), to avoid repeats. */
  seen: string[];
}

export const REVIEW_LIMIT = 50;
export const SEEN_LIMIT = 500;

export function emptyProgress(): Progress {
  const sections = Object.fromEntries(SECTIONS.map((s) => [s.id, { answered: 0, correct: 0 }])) as Record<SectionId, SectionScore>;
  return { version: 1, answered: 0, correct: 0, sections, review: [], seen: [] };
}

export function recordAnswer(progress: Progress, question: Question, answer: Answer, result: GradeResult): Progress {
  const base = emptyProgress();
  const sec = progress.sections[question.section] ?? base.sections[question.section];
  const sections = { ...base.sections, ...progress.sections, [question.section]: { answered: sec.answered + 1, correct: sec.correct + (result.correct ? 1 : 0) } };
  const old = progress.review.find((r) => r.questionId === question.id);
  let review = progress.review.filter((r) => r.questionId !== question.id);
  if (!result.correct) {
    const item: ReviewItem = {
      questionId: question.id,
      templateId: question.templateId,
      seed: question.seed,
      section: question.section,
      title: question.title,
      prompt: question.prompt,
      answer: Array.isArray(answer) ? [...answer] : answer,
      expected: Array.isArray(result.expected) ? [...result.expected] : result.expected,
      expectedLabel: result.expectedLabel,
      misses: (old?.misses ?? 0) + 1,
    };
    review = [item, ...review].slice(0, REVIEW_LIMIT);
  }
  const seen = [...progress.seen.filter((id) => id !== question.id), question.id].slice(-SEEN_LIMIT);
  return { version: 1, answered: progress.answered + 1, correct: progress.correct + (result.correct ? 1 : 0), sections, review, seen };
}

/** Scores per section in lecture order, with a fraction (null before any answer). */
export function sectionScores(progress: Progress): { section: SectionId; title: string; answered: number; correct: number; fraction: number | null }[] {
  return SECTIONS.map((s) => {
    const sc = progress.sections[s.id] ?? { answered: 0, correct: 0 };
    return { section: s.id, title: s.title, answered: sc.answered, correct: sc.correct, fraction: sc.answered ? sc.correct / sc.answered : null };
  });
}

/** The weakest section (lowest score; untried sections first), to suggest what to practise. */
export function weakestSection(progress: Progress): SectionId {
  const scores = sectionScores(progress);
  scores.sort((a, b) => (a.fraction ?? -1) - (b.fraction ?? -1));
  return scores[0].section;
}

/** Read progress back from JSON (localStorage), tolerating missing or damaged data. */
export function parseProgress(json: string | null | undefined): Progress {
  const empty = emptyProgress();
  if (!json) return empty;
  try {
    const p = JSON.parse(json) as Partial<Progress>;
    if (!p || p.version !== 1) return empty;
    const sections = { ...empty.sections };
    for (const s of SECTIONS) {
      const v = p.sections?.[s.id];
      if (v && Number.isFinite(v.answered) && Number.isFinite(v.correct)) sections[s.id] = { answered: v.answered, correct: v.correct };
    }
    return {
      version: 1,
      answered: Number.isFinite(p.answered) ? p.answered! : 0,
      correct: Number.isFinite(p.correct) ? p.correct! : 0,
      sections,
      review: Array.isArray(p.review) ? p.review.filter((r) => r && typeof r.questionId === 'string' && typeof r.templateId === 'string').slice(0, REVIEW_LIMIT) : [],
      seen: Array.isArray(p.seen) ? p.seen.filter((x) => typeof x === 'string').slice(-SEEN_LIMIT) : [],
    };
  } catch {
    return empty;
  }
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
