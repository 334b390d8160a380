/** When a field's message is said on leaving it (announce.ts). */
import { describe, expect, it } from 'vitest';
import { leavingMessage } from '../../src/components/renderers/announce.ts';

const LENGTH_11 = '统一社会信用代码应为18位，现为11位。';
const MISSING = '请填写企业名称。';

describe('leavingMessage', () => {
  it.each([
    ['a message that came with typing', { shown: '', value: undefined }, LENGTH_11, '91510100MA6', true, LENGTH_11],
    ['a message that changed with typing', { shown: '统一社会信用代码应为18位，现为1位。', value: '9' }, LENGTH_11, '91510100MA6', true, LENGTH_11],
    ['the same message as on entering', { shown: LENGTH_11, value: '91510100MA6' }, LENGTH_11, '91510100MA6', true, ''],
    ['an empty field passed by', { shown: '', value: undefined }, MISSING, undefined, false, ''],
    ['a field emptied', { shown: '', value: '四川' }, MISSING, undefined, true, MISSING],
    ['a value changed on leaving (tidied), nothing typed', { shown: '', value: '9151 0100' }, LENGTH_11, '91510100', false, LENGTH_11],
    ['a message gone', { shown: LENGTH_11, value: '9' }, '', '91510100MA6CXY3R1W', true, ''],
  ])('%s', (_, visit, shown, value, edited, said) => {
    expect(leavingMessage(visit, shown, value, edited)).toBe(said);
  });
});
