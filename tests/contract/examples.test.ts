/**
 * The bundled examples are what a clerk reads as a model answer. The 统筹 example once repeated one
 * sentence under every heading of its 4-5 plan, and promised 120 enterprises in it against a 4-1
 * target of 20: these checks keep the two parts of one dossier telling the same story.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Pair = { initial?: number; year1?: number };
const general = JSON.parse(readFileSync('public/examples/platform-general.json', 'utf8')).data as {
  platform: { location: string; address: string };
  targetsGeneral: Record<string, Pair>;
  planGeneral: Record<string, string>;
};
const plan = general.planGeneral;
const target = (key: string) => general.targetsGeneral[key]!.year1;
const both = (key: string) => target(`${key}Provincial`)! + target(`${key}National`)!;

describe('the 统筹 example (platform-general.json)', () => {
  it.each([
    ['服务绩效', `国家级专精特新“小巨人”企业${target('servedGiants')}户`, plan.performance],
    ['服务绩效', `省级“专精特新”中小企业${target('servedProvincial')}户`, plan.performance],
    ['服务绩效', `服务活动${target('events')}场`, plan.performance],
    ['服务绩效', `服务人员${target('staff')}人`, plan.performance],
    ['创新和技术服务', `创新成果转化${both('transfers')}项`, plan.innovation],
    ['创新和技术服务', `产学研合作项目${both('research')}项`, plan.innovation],
    ['工业设计服务', `赋能产品${both('design')}项`, plan.design],
    ['融资对接服务', `获得融资${both('financing')}万元`, plan.financing],
    ['管理咨询服务', `解决方案${both('consulting')}项`, plan.consulting],
    ['市场开拓服务', `订单${both('orders')}万元`, plan.market],
    ['培训服务', `培训不少于${target('training')}场`, plan.training],
    ['法律维权服务', `法律问题${target('legal')}项`, plan.legal],
  ])('4-5 %s states the 4-1 year-one target: %s', (_part, phrase, text) => {
    expect(text).toContain(phrase);
  });

  it('sets each year-one target at or above its starting value', () => {
    for (const [key, { initial, year1 }] of Object.entries(general.targetsGeneral)) {
      if (initial === undefined) continue;
      expect(year1, key).toBeGreaterThanOrEqual(initial);
    }
  });

  it('writes a paragraph of its own under each heading, not the heading again', () => {
    const texts = Object.values(plan);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => /^[^：]{2,8}服务：/.test(t))).toEqual([]);
  });

  it('has its registered address in the city it names as its 所在地', () => {
    expect(general.platform.address.startsWith(general.platform.location.slice(0, 3))).toBe(true);
  });
});
