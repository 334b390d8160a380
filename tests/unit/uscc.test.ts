import { describe, expect, it } from 'vitest';
import { explainUscc, isUscc, orgCodeCheckChar, usccCheckChar, usccProblemText } from '../../src/core/formats/uscc.ts';

// Published codes of well-known companies, checked by hand against GB 32100-2015, plus our fictional example.
const VALID = ['9144030071526726XG', '914403001922038216', '91350100M000100Y43', '91110000802100433B', '91510100MA6CXY3R1W'];

describe('统一社会信用代码', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(explainUscc(code)).toBeNull();
    expect(isUscc(code)).toBe(true);
  });

  it.each(VALID)('rejects %s with any other check character', (code) => {
    for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      if (c === code[17]) continue;
      const changed = code.slice(0, 17) + c;
      expect(explainUscc(changed)).toEqual({ kind: 'check', expected: code[17], actual: c });
    }
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the forbidden letter %s and says where it is', (letter) => {
    const code = `91510100MA6C${letter}Y3R1W`;
    expect(explainUscc(code)).toEqual({ kind: 'forbidden', char: letter, position: 13 });
    expect(usccProblemText(explainUscc(code)!)).toContain('第13位');
  });

  it('asks for capitals when a letter is lower case', () => {
    const p = explainUscc('91510100ma6cxy3r1w');
    expect(p).toEqual({ kind: 'forbidden', char: 'm', position: 9 });
    expect(usccProblemText(p!)).toBe('第9位“m”应为大写字母。');
  });

  it.each([
    ['', 0],
    ['9151010', 7],
    ['91510100MA6CXY3R1', 17],
    ['91510100MA6CXY3R1W0', 19],
    ['9151010０MA6CXY3R1W', 18],
  ])('reports the length of %j', (code, length) => {
    if (length === 18) expect(explainUscc(code)?.kind).toBe('forbidden');
    else expect(explainUscc(code)).toEqual({ kind: 'length', length });
  });

  it('checks the organisation code inside (positions 9–17, mod 11)', () => {
    // Change one body digit of the org code and recompute only the final check: the org check must catch it.
    const first16 = '9144030071526727';
    const code = first16 + 'X' + usccCheckChar(first16 + 'X');
    expect(explainUscc(code)).toMatchObject({ kind: 'org-check', actual: 'X' });
    expect(usccProblemText(explainUscc(code)!)).toContain('组织机构代码');
  });

  it('computes GB 11714 check characters, X included', () => {
    expect(orgCodeCheckChar('71526726')).toBe('X');
    expect(orgCodeCheckChar('19220382')).toBe('1');
  });
});
