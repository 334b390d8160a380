import { describe, expect, it } from 'vitest';
import { balancedLines, COVER_NAME_FITS, COVER_NAME_WRAPS, fitCoverName } from '../../src/core/docx/cover-name.ts';

describe('a cover name in balanced lines', () => {
  it.each([
    ['17 characters: one line', '四川蜀芯精密传动科技股份有限公', ['四川蜀芯精密传动科技股份有限公']],
    ['18 characters: nine and nine, not seventeen and "司"', '四川省蜀芯精密传动与智能装备有限公司', ['四川省蜀芯精密传动', '与智能装备有限公司']],
    ['40 characters: three lines of 13–14', '字'.repeat(40), ['字'.repeat(13), '字'.repeat(14), '字'.repeat(13)]],
    ['Latin counts narrower: 24 characters on one line', 'ABCDEFGHIJKLMNOPQRST有限公司', ['ABCDEFGHIJKLMNOPQRST有限公司']],
  ])('%s', (_what, name, lines) => {
    expect(balancedLines(name).split('\n')).toEqual(lines);
  });

  it('keeps a fitting name, and a blank one, on the centred line; a longer one on the wrapping line', () => {
    const data = (name: string) => ({ [COVER_NAME_FITS]: name ? [name] : [], [COVER_NAME_WRAPS]: name ? [name] : [] });
    expect(fitCoverName(data(''))).toEqual({ [COVER_NAME_FITS]: [''], [COVER_NAME_WRAPS]: [] });
    expect(fitCoverName(data('四川蜀芯精密传动科技有限公司'))).toEqual({ [COVER_NAME_FITS]: ['四川蜀芯精密传动科技有限公司'], [COVER_NAME_WRAPS]: [] });
    expect(fitCoverName(data('四川省蜀芯精密传动与智能装备有限公司'))).toEqual({ [COVER_NAME_FITS]: [], [COVER_NAME_WRAPS]: ['四川省蜀芯精密传动\n与智能装备有限公司'] });
  });
});
