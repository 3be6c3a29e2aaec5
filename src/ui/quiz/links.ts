import { hashParams } from '../routes';

/**
 * The address of a question, keeping the current hash's query (`?speed=instant`), so a quiz
 * started in instant mode stays in it.
 */
export function questionHref(id: string): string {
  const q = hashParams(window.location.hash).toString();
  return `#/quiz/${encodeURIComponent(id).replace(/%40/g, '@')}${q ? `?${q}` : ''}`;
}

export function homeHref(): string {
  const q = hashParams(window.location.hash).toString();
  return `#/quiz${q ? `?${q}` : ''}`;
}
