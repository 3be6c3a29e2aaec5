import { describe, expect, it } from 'vitest';
import { isPythonLiteral, normalizeRepr, sameRepr } from './repr';

describe('normalizeRepr', () => {
  it('treats quote styles and whitespace alike', () => {
    expect(sameRepr(`b'abc'`, `b"abc"`)).toBe(true);
    expect(sameRepr(`  b'Hello Server!'  `, `b'Hello Server!'`)).toBe(true);
    expect(sameRepr(`('0.0.0.0',0)`, `( '0.0.0.0' , 0 )`)).toBe(true);
    expect(normalizeRepr(`("it's",)`)).toBe(`("it's",)`);
    expect(normalizeRepr(`'a\\'b"c'`)).toBe(`'a\\'b"c'`);
  });

  it('keeps str and bytes apart in Python 3 but not in Python 2', () => {
    expect(sameRepr(`'abc'`, `b'abc'`, 3)).toBe(false);
    expect(sameRepr(`'abc'`, `b'abc'`, 2)).toBe(true);
    expect(sameRepr(`u'abc'`, `'abc'`, 3)).toBe(true);
    expect(sameRepr(`''`, `b''`, 3)).toBe(false);
  });

  it('reads escapes and numbers', () => {
    expect(normalizeRepr(`b'\\x41\\n'`)).toBe(`b'A\\n'`);
    expect(normalizeRepr(`b"\\x00"`)).toBe(`b'\\x00'`);
    expect(normalizeRepr(`013`.replace(/^0/, ''))).toBe('13');
    expect(normalizeRepr(` 1_000 `)).toBe('1000');
    expect(normalizeRepr(`[ 1,2 ]`)).toBe('[1, 2]');
    expect(normalizeRepr(`1, 2`)).toBe('(1, 2)');
    expect(normalizeRepr(`None`)).toBe('None');
    expect(normalizeRepr(`'ab' 'c'`)).toBe(`'abc'`);
  });

  it('falls back to trimmed text for what is not a literal', () => {
    expect(isPythonLiteral('Hello Server!')).toBe(false);
    expect(normalizeRepr('  Hello   Server! ')).toBe('Hello Server!');
    expect(sameRepr('Hello Server!', `b'Hello Server!'`)).toBe(false);
  });
});
