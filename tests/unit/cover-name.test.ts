import { fitSignName } from '../../src/core/docx/sign-name.ts';
import { describe, expect, it } from 'vitest';
import { balancedLines, COVER_NAME_FITS, COVER_NAME_SMALL, COVER_NAME_WRAPS, fitCoverName } from '../../src/core/docx/cover-name.ts';

describe('a cover name in balanced lines', () => {
  it.each([
    ['17 characters: one line', '四川蜀芯精密传动科技股份有限公', ['四川蜀芯精密传动科技股份有限公']],
    ['18 characters: nine and nine, not seventeen and "司"', '四川省蜀芯精密传动与智能装备有限公司', ['四川省蜀芯精密传动', '与智能装备有限公司']],
    ['40 characters: three lines of 13–14', '字'.repeat(40), ['字'.repeat(13), '字'.repeat(14), '字'.repeat(13)]],
    ['Latin counts narrower: 24 characters on one line', 'ABCDEFGHIJKLMNOPQRST有限公司', ['ABCDEFGHIJKLMNOPQRST有限公司']],
  ])('%s', (_what, name, lines) => {
    expect(balancedLines(name).split('\n')).toEqual(lines);
  });

  it('keeps a fitting name, and a blank one, on the centred line; a longer one on the wrapping line; a very long one smaller', () => {
    const data = (name: string) => ({ [COVER_NAME_FITS]: name ? [name] : [], [COVER_NAME_WRAPS]: name ? [name] : [], [COVER_NAME_SMALL]: name ? [name] : [] });
    expect(fitCoverName(data(''))).toEqual({ [COVER_NAME_FITS]: [''], [COVER_NAME_WRAPS]: [], [COVER_NAME_SMALL]: [] });
    expect(fitCoverName(data('四川蜀芯精密传动科技有限公司'))).toEqual({ [COVER_NAME_FITS]: ['四川蜀芯精密传动科技有限公司'], [COVER_NAME_WRAPS]: [], [COVER_NAME_SMALL]: [] });
    expect(fitCoverName(data('四川省蜀芯精密传动与智能装备有限公司'))).toEqual({ [COVER_NAME_FITS]: [], [COVER_NAME_WRAPS]: ['四川省蜀芯精密传动\n与智能装备有限公司'], [COVER_NAME_SMALL]: [] });
    // Four lines of 三号 hold 68 characters; 70 take 小四, in lines of up to 22.
    const at = (n: number) => fitCoverName(data('字'.repeat(n)));
    expect(at(68)[COVER_NAME_WRAPS]).toEqual([expect.stringMatching(/^(字{17}\n){3}字{17}$/)]);
    expect(at(70)[COVER_NAME_SMALL]).toEqual([expect.stringMatching(/^(字{17,18}\n){3}字{17,18}$/)]);
    expect(at(70)[COVER_NAME_WRAPS]).toEqual([]);
  });
});

describe('附件4-6 signature name', () => {
  it.each([
    // Fits after the label.
    [14, false],
    // Would leave one or two characters alone on the next line: starts there instead.
    [15, true],
    [16, true],
    [23, true],
    // Wraps as it comes: its second line holds at least 10.
    [24, false],
    [36, false],
  ])('a name of %i characters starts on a line of its own: %s', (n, ownLine) => {
    const name = '名'.repeat(n);
    expect(fitSignName({ name }).name).toBe(ownLine ? `\n${name}` : name);
  });

  it('leaves a blank form alone', () => expect(fitSignName({ name: '' })).toEqual({ name: '' }));
});
