/** What counts as something a person entered, for saving a new dossier. */
import { describe, expect, it } from 'vitest';
import { hasAnswers } from '../../src/core/dossier/has-answers.ts';
import { example } from '../helpers/example.ts';

describe('hasAnswers', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty object', {}],
    ['the sections a page fills in', { platform: {}, capacity: { services: { '2019': {} } } }],
    ['empty strings and lists', { company: { name: '' }, staff: [], entries: [{}] }],
  ])('%s is not an answer', (_what, data) => expect(hasAnswers(data)).toBe(false));

  it.each([
    ['a name', { company: { name: '某' } }],
    ['a space typed', { company: { name: ' ' } }],
    ['a 0', { indicators: { '2018': { revenue: 0 } } }],
    ['a false', { status: { insured: false } }],
    ['a row with one cell', { staff: [{}, { name: '张三' }] }],
    ['the example', example()],
  ])('%s is', (_what, data) => expect(hasAnswers(data)).toBe(true));

  it('reads nesting deeper than the call stack allows', () => {
    let deep: unknown = { x: 1 };
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(hasAnswers(deep)).toBe(true);
  });
});

describe('hasAnswers on a very long list', () => {
  it('reads a million empty rows without overflowing', () => expect(hasAnswers({ staff: Array.from({ length: 1_000_000 }, () => ({})) })).toBe(false));
});
