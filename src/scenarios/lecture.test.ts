import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LECTURE_CLIENT, LECTURE_SERVER, LECTURE_SERVER_ANNOTATED } from './lecture';

const seed = '../shared/seed/socket-programming-lecture.txt';

describe('the lecture programs', () => {
  // CI always has ../shared beside the checkout; a stand-alone clone may not.
  it.skipIf(!existsSync(seed))('are exactly the code blocks printed in the lecture', () => {
    const text = readFileSync(seed, 'utf8');
    const blocks = new Set([...text.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]));
    expect(blocks).toEqual(new Set([LECTURE_SERVER, LECTURE_CLIENT, LECTURE_SERVER_ANNOTATED]));
  });

  it('has a client that connects to the port the server binds', () => {
    expect(LECTURE_SERVER).toContain("bind(('',50000))");
    expect(LECTURE_CLIENT).toContain("connect(('10.0.0.1', 50000))");
  });
});
