import { describe, expect, it } from 'vitest';
import { countChars, countCharsUpTo } from '../../src/core/text/count-chars.ts';
import { xmlSafe } from '../../src/core/text/xml-safe.ts';
import { createAjv } from '../../src/core/validate/create-ajv.ts';

describe('countChars counts as a person does', () => {
  it.each([
    ['', 0],
    ['四川', 2],
    ['ABC', 3],
    ['😀', 1],
    ['👨‍👩‍👧‍👦', 1], // one family emoji made of 7 code points
    ['🇨🇳', 1], // flag: two regional indicators
    ['𠀀𪚥', 2], // CJK Extension B, outside the BMP: 2 UTF-16 units each
    ['é', 1], // e + combining acute
    ['第1行\n第2行', 7],
  ])('%j has %i characters', (text, n) => expect(countChars(text)).toBe(n));
});

describe('maxChars in validation', () => {
  const validate = createAjv().compile({ type: 'string', maxChars: 10 });
  it.each([
    ['十个汉字十个汉字十个', true],
    ['十个汉字十个汉字十个字', false],
    ['😀'.repeat(10), true],
    ['𠀀'.repeat(10), true],
    ['😀'.repeat(11), false],
  ])('%j → %s', (text, ok) => expect(validate(text)).toBe(ok));
});

describe('xmlSafe', () => {
  it('keeps every character XML 1.0 allows', () => {
    const text = '中文 <&>"\' {#x} \t😀𠀀 \u00a0\u3000\u200b';
    expect(xmlSafe(text)).toBe(text);
  });
  it('drops control characters, lone surrogates and U+FFFE/FFFF', () => {
    expect(xmlSafe('a\u0000b\u0001c\u000bd\u001fe\ud800f\udc00g\uffffh\ufffe')).toBe('abcdefgh');
  });
  it('turns Windows line ends into one break', () => expect(xmlSafe('一\r\n二\r三')).toBe('一\n二\n三'));
});

describe('countCharsUpTo', () => {
  it.each([
    ['四川😀', 10, 3],
    ['字'.repeat(11), 10, 11],
    ['字'.repeat(1_000_000), 10, 11],
  ])('%#: stops one past the cap', (text, max, n) => expect(countCharsUpTo(text, max)).toBe(n));

  it('is what maxChars uses: a 2-million-character text is refused by counting to 501', () => {
    expect(createAjv().compile({ type: 'string', maxChars: 500 })('字'.repeat(2_000_000))).toBe(false);
  });
});
