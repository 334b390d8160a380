import fc from 'fast-check';
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
    // A line break starts a new paragraph on paper; it is not a 字.
    ['第1行\n第2行', 6],
    ['第1行\r\n第2行\r第3行\n', 9],
    ['\n\n', 0],
  ])('%j has %i characters', (text, n) => expect(countChars(text)).toBe(n));
});

describe('the plain-text shortcut counts as the segmenter does', () => {
  const reference = new Intl.Segmenter('zh', { granularity: 'grapheme' });
  const byReference = (text: string) => Array.from(reference.segment(text)).filter(({ segment }) => !['\n', '\r', '\r\n'].includes(segment)).length;
  // Characters at the edges of the shortcut's ranges, and their neighbours that combine with what precedes them.
  const edges = '\t\n\r \x7e\x7f\u00a0\u00ad\u02ff\u0300\u0301\u200b\u200c\u200d\u2010\u2027\u2028\u2030\u205e\u205f\u2060\u3000\u3029\u302a\u302f\u3030\u3098\u3099\u309a\u309b\u30ff\u3400\u4dbf\u4e00\u9fff\ufe0f\uff01\uff5e\uff9e\uffe0\uffe6\ud83d\ude00';
  const pieces = fc.oneof(
    fc.constantFrom(...edges),
    fc.string({ unit: 'grapheme-composite', maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 3 }),
    fc.constantFrom('四川', '第1行\n', '（一）', '……', '👨‍👩‍👧‍👦', 'é', '\r\n'),
  );
  it('for any mix of plain and combining characters', () =>
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(countChars(text)).toBe(byReference(text));
        expect(countCharsUpTo(text, 3)).toBe(Math.min(byReference(text), 4));
      }),
      { numRuns: 2000 },
    ));
});

describe('maxChars in validation', () => {
  const validate = createAjv().compile({ type: 'string', maxChars: 10 });
  it.each([
    ['十个汉字十个汉字十个', true],
    ['十个汉字十个汉字十个字', false],
    ['😀'.repeat(10), true],
    ['𠀀'.repeat(10), true],
    ['😀'.repeat(11), false],
    ['十个汉字十\n个汉字十个', true],
    ['十个汉字十\r\n个汉字十个字', false],
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
