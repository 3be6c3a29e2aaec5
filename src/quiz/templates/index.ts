/** Every quiz template, in the order of the lecture's sections. */
import { SECTIONS } from '../../scenarios/types';
import type { QuizTemplate } from '../types';
import { BASICS_TEMPLATES } from './basics';
import { CONNECT_TEMPLATES } from './connect';
import { DATA_TEMPLATES } from './data';
import { SELECT_TEMPLATES } from './select';

const order = new Map<string, number>(SECTIONS.map((s, i) => [s.id, i]));

export const QUIZ_TEMPLATES: QuizTemplate[] = [...BASICS_TEMPLATES, ...CONNECT_TEMPLATES, ...DATA_TEMPLATES, ...SELECT_TEMPLATES]
  .map((t, i) => ({ t, i }))
  .sort((a, b) => order.get(a.t.section)! - order.get(b.t.section)! || a.i - b.i)
  .map(({ t }) => t);
