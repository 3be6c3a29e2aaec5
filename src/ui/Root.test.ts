import { describe, expect, it } from 'vitest';
import { hashParams, parseRoute } from './Root';

describe('parseRoute', () => {
  it('keeps the deck routes', () => {
    expect(parseRoute('#/slides/3')).toEqual({ kind: 'slides', n: 3 });
    expect(parseRoute('#/slides')).toEqual({ kind: 'slides', n: 1 });
    expect(parseRoute('#/slides/0')).toEqual({ kind: 'slides', n: 1 });
    expect(parseRoute('#/presenter/7/')).toEqual({ kind: 'presenter', n: 7 });
    expect(parseRoute('#/handout')).toEqual({ kind: 'handout' });
  });

  it('routes the scenario library and a scenario', () => {
    expect(parseRoute('#/scenarios')).toEqual({ kind: 'scenarios' });
    expect(parseRoute('#/scenarios/')).toEqual({ kind: 'scenarios' });
    expect(parseRoute('#/scenario')).toEqual({ kind: 'scenarios' });
    expect(parseRoute('#/scenario/backlog-full-slow-accept')).toEqual({ kind: 'scenario', id: 'backlog-full-slow-accept' });
    expect(parseRoute('#/scenario/no-such-thing/')).toEqual({ kind: 'scenario', id: 'no-such-thing' });
    expect(parseRoute('#/scenario/a%20b')).toEqual({ kind: 'scenario', id: 'a b' });
    expect(parseRoute('#/scenario/%E0%A4%A')).toEqual({ kind: 'scenario', id: '%E0%A4%A' });
  });

  it('routes the quiz home and a question', () => {
    expect(parseRoute('#/quiz')).toEqual({ kind: 'quiz' });
    expect(parseRoute('#/quiz/')).toEqual({ kind: 'quiz' });
    expect(parseRoute('#/quiz/select-ready-fds@3')).toEqual({ kind: 'question', id: 'select-ready-fds@3' });
    expect(parseRoute('#/quiz/recv-chunks@1?speed=instant')).toEqual({ kind: 'question', id: 'recv-chunks@1' });
  });

  it('sends everything else to the workspace', () => {
    for (const h of ['', '#', '#/', '#/s/v1.abc', '#/unknown', '#/quiz/a/b', '#/scenario/a/b', '#/slides/x', 'scenarios']) {
      expect(parseRoute(h), h).toEqual({ kind: 'app' });
    }
  });

  it('reads a query after the path', () => {
    expect(hashParams('#/quiz/x@1?speed=instant').get('speed')).toBe('instant');
    expect(hashParams('#/scenarios?q=backlog%20full').get('q')).toBe('backlog full');
    expect(hashParams('#/quiz').get('speed')).toBeNull();
  });
});
